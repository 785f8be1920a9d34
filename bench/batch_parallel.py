"""A classroom batch on this machine: one export at a time against two at once.

Makes N phone-like clips (1920×1080 30 fps with sound), then exports all of them with the CLI
(``python -m app export``, libx264, the default two-pass loudness) first one after another, then
two at a time, alternating the order over the runs (the machine may be shared). Prints each run's
wall time, the medians and their ratio. Whether two at once pays depends on how much of an
export is single-threaded (the loudness pass, the filters, the sound, the start of each process).

usage: python bench/batch_parallel.py [--clips N] [--seconds S] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ffmpeg import ffmpeg_exe  # noqa: E402


def make_clips(folder: Path, count: int, seconds: float) -> list[Path]:
    clips = []
    for i in range(count):
        clip = folder / f"pupil-{i + 1}.mp4"
        subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i",
                        f"testsrc2=s=1920x1080:r=30:d={seconds},hue=h={i * 40}", "-f", "lavfi", "-i",
                        f"sine=f={300 + 50 * i}:d={seconds}:sample_rate=48000", "-c:v", "libx264", "-preset",
                        "veryfast", "-b:v", "12M", "-c:a", "aac", "-ac", "2", str(clip)], check=True)
        clips.append(clip)
    return clips


def export(clip: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "app", "export", str(clip), "-o", str(out), "--overwrite",
                    "--encoder", "libx264"], check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
                   env={**os.environ, "ANAKGENIUS_HOME": str(out.parent / "home")})


def batch(clips: list[Path], folder: Path, at_once: int) -> tuple[float, float]:
    """Wall time, and CPU time of every process it started (the same work either way, unless
    running two at once costs more; on a shared machine the wall time also depends on the load)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        list(pool.map(lambda c: export(c, folder / f"out-{c.stem}.mp4"), clips))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter() - start, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="anakgenius-batch-") as tmp:
        folder = Path(tmp)
        clips = make_clips(folder, args.clips, args.seconds)
        one, two, cpu1, cpu2 = [], [], [], []
        for r in range(args.runs):
            for at_once in ((1, 2) if r % 2 == 0 else (2, 1)):
                t, cpu = batch(clips, folder, at_once)
                (one if at_once == 1 else two).append(t)
                (cpu1 if at_once == 1 else cpu2).append(cpu)
                print(f"run {r + 1}: {at_once} at a time: {t:.1f} s, CPU {cpu:.1f} s "
                      f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    m1, m2 = statistics.median(one), statistics.median(two)
    print()
    print(f"machine: {os.cpu_count()} cores; {args.clips} clips of {args.seconds:g} s")
    print(f"one at a time: median {m1:.1f} s (min {min(one):.1f}, max {max(one):.1f})")
    print(f"two at once:   median {m2:.1f} s (min {min(two):.1f}, max {max(two):.1f})")
    print(f"two at once / one at a time: {m2 / m1:.2f}x")
    print(f"CPU time: one at a time {statistics.median(cpu1):.1f} s, two at once {statistics.median(cpu2):.1f} s; "
          f"cores kept busy by one at a time: {statistics.median(cpu1) / m1:.2f} of {os.cpu_count()}")


if __name__ == "__main__":
    main()
