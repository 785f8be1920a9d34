"""#17 the export with "Ikuti subjek" against the same export with Fill, in the same run.

Makes a phone-like 1920×1080 30 fps clip with a face wandering across it (tests/faceclip.py),
analyses it once (the analysis is cached, as in the app after the first time; its own time is
printed too), then exports it to TikTok 1080×1920 with Fill and with Follow, alternating, ``--runs``
times, through the CLI as a user would. Target (#17): Follow ≤ 1.25× Fill.

usage: python bench/follow_bench.py [--seconds S] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from faceclip import face_clip  # noqa: E402


def export(clip: Path, out: Path, layout: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "export", str(clip), "-o", str(out), "--overwrite",
                    "--encoder", "libx264", "--layout", layout, "--preset", "tiktok"], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="follow-bench-"))
    os.environ["ANAKGENIUS_HOME"] = str(folder / "home")
    clip = face_clip(folder / "wandering.mp4", size="1920x1080", seconds=args.seconds, face_height=300,
                     x="(W-w)/2+0.38*W*sin(t*0.9)",
                     codec_args=("-c:v", "libx264", "-preset", "veryfast", "-b:v", "12M", "-pix_fmt", "yuv420p"))
    from app.analysis.clip import analyse
    from app.media.probe import probe

    start = time.perf_counter()
    analyse(clip, probe(clip))
    analysis = time.perf_counter() - start
    fills, follows = [], []
    for run in range(args.runs):
        order = ("fill", "follow") if run % 2 == 0 else ("follow", "fill")
        for layout in order:
            took = export(clip, folder / f"{layout}.mp4", layout)
            (fills if layout == "fill" else follows).append(took)
        print(f"run {run + 1}: fill {fills[-1]:.1f} s, follow {follows[-1]:.1f} s", flush=True)
    fill, follow = statistics.median(fills), statistics.median(follows)
    print(f"clip 1920×1080 {args.seconds:g} s; analysis (once, then cached) {analysis:.1f} s")
    print(f"export: fill {fill:.1f} s, follow {follow:.1f} s: follow = {follow / fill:.2f}× fill (target ≤ 1.25×)")
    print(f"follow with its analysis the first time: {(follow + analysis) / fill:.2f}× fill")


if __name__ == "__main__":
    main()
