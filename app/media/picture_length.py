"""How long a clip's picture lasts (its sound may be longer or shorter: in a story the picture counts).

``MediaInfo.duration`` is the container's, the longest of the streams. This reads the video
packets of the last seconds only (stream copy, no decoding), so it is quick on any clip.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from app import winjob
from app.ffmpeg import ffmpeg_exe

_START = re.compile(r"Duration: [^,]+, start: (-?[\d.]+)")
_TB = re.compile(r"#tb 0: (\d+)/(\d+)")


def picture_seconds(path: str | Path, container_seconds: float) -> float:
    """Seconds from the clip's start to the end of its last video frame (the container's if unknown)."""
    tail = min(max(container_seconds, 0.0), 3.0) + 1.0
    try:
        proc = winjob.run(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-sseof", f"-{tail:.3f}", "-copyts", "-i", str(path),
             "-map", "0:v:0", "-c", "copy", "-f", "framecrc", "-"],
            capture_output=True, timeout=20,
        )
    except subprocess.TimeoutExpired:
        return container_seconds
    out = proc.stdout.decode("ascii", "replace")
    start = _START.search(proc.stderr.decode("utf-8", "replace"))
    tb = _TB.search(out)
    if proc.returncode != 0 or not start or not tb:
        return container_seconds
    ends = []
    for line in out.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if not line.startswith("#") and len(parts) >= 4 and parts[2].lstrip("-").isdigit() and parts[3].isdigit():
            ends.append(int(parts[2]) + int(parts[3]))
    if not ends:
        return container_seconds
    seconds = max(ends) * int(tb.group(1)) / int(tb.group(2)) - float(start.group(1))
    return min(container_seconds, seconds) if seconds > 0 else container_seconds
