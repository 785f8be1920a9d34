"""How long until the timeline is filled: filmstrip + waveform for a 10-minute 1080p clip and a 30 s one.

The long clip is made cheaply: 20 s of 1080p30 (a keyframe every second, like phones write) looped
30 times with stream copy. Both jobs run at once, as in the app (two threads, one ffmpeg each);
the cache is empty for the cold run and full for the warm one.

    .venv/bin/python bench/timeline_bench.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.ffmpeg import ffmpeg_exe  # noqa: E402


def make_clips(folder: Path) -> tuple[Path, Path]:
    ff = [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y"]
    seg = folder / "seg.mp4"
    subprocess.run([*ff, "-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=30:d=20", "-f", "lavfi",
                    "-i", "sine=f=440:d=20:sample_rate=48000", "-c:v", "libx264", "-preset", "veryfast",
                    "-b:v", "12M", "-g", "30", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(seg)], check=True)
    long = folder / "ten-minutes.mp4"
    subprocess.run([*ff, "-stream_loop", "29", "-i", str(seg), "-c", "copy", str(long)], check=True)
    short = folder / "thirty-seconds.mp4"
    subprocess.run([*ff, "-stream_loop", "1", "-i", str(seg), "-t", "30", "-c", "copy", str(short)], check=True)
    return long, short


def ready_time(path: Path) -> tuple[float, float, float, int]:
    from app.media.filmstrip import iter_filmstrip
    from app.media.probe import probe
    from app.media.waveform import iter_waveform

    started = time.monotonic()
    media = probe(path)

    def strip() -> tuple[float, int]:
        n = sum(1 for _ in iter_filmstrip(media))
        return time.monotonic() - started, n

    def wave() -> float:
        for _ in iter_waveform(path):
            pass
        return time.monotonic() - started

    with ThreadPoolExecutor(2) as pool:
        s, w = pool.submit(strip), pool.submit(wave)
        (strip_s, count), wave_s = s.result(), w.result()
    return strip_s, wave_s, max(strip_s, wave_s), count


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="anakgenius-tlbench-") as tmp:
        os.environ["ANAKGENIUS_HOME"] = str(Path(tmp) / "home")
        long, short = make_clips(Path(tmp))
        print(f"cores: {os.cpu_count()}  (targets: 10 min 1080p < 5 s, 30 s < 1 s)")
        for label, path, target in (("10 min 1080p", long, 5.0), ("30 s 1080p", short, 1.0)):
            for run in ("cold", "warm"):
                strip_s, wave_s, both, count = ready_time(path)
                verdict = "ok" if both < target else "SLOW"
                print(f"{label:13} {run}: filmstrip {strip_s:5.2f} s ({count} thumbnails), "
                      f"waveform {wave_s:5.2f} s, both ready {both:5.2f} s  [{verdict}]")


if __name__ == "__main__":
    main()
