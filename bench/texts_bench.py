"""What 20 caption blocks cost an export: the same export with and without them, in one run.

Generates a 1920×1080 30 fps clip, then alternates the export without words and with 20 caption
blocks (one every second, box style, plus a title), and the same with 20 karaoke blocks. Prints the
median wall time and the median CPU time of ffmpeg (user + system: what counts on a busy machine)
and their ratios against the export without words. Issue #16 asks for ≤ 1.10×.

usage: python bench/texts_bench.py [--runs N] [--seconds S]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.export.job import export  # noqa: E402
from app.ffmpeg import ffmpeg_exe  # noqa: E402
from app.project.choices import TextKind, TextPlace, TextStyle  # noqa: E402
from app.project.edit import Edit  # noqa: E402
from app.project.texts import TextBlock  # noqa: E402

LINES = ["Selamat pagi anak-anak Indonesia 😀", "Hari ini kita merayakan Hari Anak Nasional",
         "Kami belajar dengan gembira", "Gesit, empati, berani, unggul dan sehat! 💪"]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def blocks(n: int, seconds: float, style: TextStyle) -> list[TextBlock]:
    step = seconds / n
    out = [TextBlock(LINES[i % len(LINES)], round(i * step, 3), round((i + 1) * step, 3), TextKind.CAPTION, style)
           for i in range(n)]
    return [TextBlock("Kelas 5 SDN 3 Merauke", 0, seconds, TextKind.TITLE, TextStyle.BOX, TextPlace.TOP), *out]


def timed(edit: Edit, out: Path) -> tuple[float, float]:
    cpu, wall = children_cpu(), time.perf_counter()
    export(edit, out, overwrite=True)
    return time.perf_counter() - wall, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "clip.mp4"
        subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i",
                        f"testsrc2=s=1920x1080:r=30:d={args.seconds}", "-f", "lavfi", "-i",
                        f"sine=f=330:d={args.seconds}:sample_rate=48000", "-c:v", "libx264", "-preset", "veryfast",
                        "-c:a", "aac", str(src)], check=True)
        cases = {"no words": [], "20 box captions + title": blocks(20, args.seconds, TextStyle.BOX),
                 "20 karaoke captions + title": blocks(20, args.seconds, TextStyle.KARAOKE)}
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, texts in cases.items():
                edit = Edit(source=str(src))
                edit.audio.normalize = False
                edit.texts = texts
                results[name].append(timed(edit, folder / "out.mp4"))
        base_wall = statistics.median(w for w, _ in results["no words"])
        base_cpu = statistics.median(c for _, c in results["no words"])
        print(f"{args.seconds:g} s of 1080×1920 from a 1080p clip, {args.runs} runs each, medians")
        for name, runs in results.items():
            wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
            print(f"  {name:30s} wall {wall:6.2f} s ({wall / base_wall:4.2f}×)   ffmpeg CPU {cpu:6.2f} s "
                  f"({cpu / base_cpu:4.2f}×)")


if __name__ == "__main__":
    main()
