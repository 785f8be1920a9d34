"""A colourful practice clip made on this computer by ffmpeg (no footage or network needed).

Landscape 1280×720, 8 seconds, 30 fps, moving colour bars and a counter with a gentle two-note
tune, so a class can try trimming, framing, the hashtag and export without their own video.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from app import winjob
from app.errors import UserError
from app.ffmpeg import ffmpeg_exe
from app.messages import M, as_is, os_reason
from app.paths import data_dir

NAME = "anakgenius-sample.mp4"
SECONDS = 8


def sample_path() -> Path:
    return data_dir() / "sample" / NAME


def make_sample_clip(path: Path | None = None, seconds: int = SECONDS) -> Path:
    """Write the sample clip (once; an existing complete one is reused) and return its path."""
    path = path or sample_path()
    if path.is_file() and path.stat().st_size > 0:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.making{path.suffix}")
    video = (
        f"testsrc2=s=1280x720:r=30:d={seconds},"
        "hue=H=2*PI*t/8:s=1.3,"
        "drawbox=x=0:y=ih-90:w=iw:h=90:color=0xC2185B@0.85:t=fill"
    )
    audio = (f"sine=f=523.25:d={seconds}:sample_rate=48000[a];sine=f=659.25:d={seconds}:sample_rate=48000[b];"
             "[a][b]amix=inputs=2,volume=0.6,aformat=channel_layouts=stereo")
    argv = [
        ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
        "-f", "lavfi", "-i", video,
        "-f", "lavfi", "-i", audio,
        "-map", "0:v", "-map", "1:a",
        "-c:v", "libx264", "-preset", "veryfast", "-g", "30",  # a keyframe a second, like a phone's clip
        "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest",
        "-movflags", "+faststart", str(tmp),
    ]
    try:
        done = winjob.run(argv, capture_output=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as exc:
        tmp.unlink(missing_ok=True)
        reason = os_reason(exc) if isinstance(exc, OSError) else as_is(str(exc))
        raise UserError(M.SAMPLE_FAILED, reason=reason) from None
    if done.returncode != 0 or not tmp.is_file():
        tmp.unlink(missing_ok=True)
        raise UserError(M.SAMPLE_FFMPEG_FAILED)
    tmp.replace(path)
    return path
