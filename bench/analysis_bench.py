"""The clip analysis of #17 (faces + shot changes) on a phone-like 60 s 1080p30 clip.

Makes the clip (a real face, tests/data/face.png, moving over a noisy background, 12 Mbit/s
H.264 like a phone's), then in the same run: ffmpeg decoding it alone (the reference: what
reading the clip costs at all) and :func:`app.analysis.clip.analyse` (no cache), alternating,
``--runs`` times. Prints each run, the medians, the analysis' speed as × real time, its ratio to
the bare decode, and the peak memory of the analysing process (Python + onnxruntime) and of
its ffmpeg. Target (#17): ≤ 10 s for the 60 s clip on 2 cores, i.e. ≥ 6× real time.

usage: python bench/analysis_bench.py [--seconds S] [--runs R] [--clip FILE]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from faceclip import face_clip  # noqa: E402

from app.ffmpeg import ffmpeg_exe  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and its finished children (ffmpeg)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--clip", type=Path)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="analysis-bench-"))
    os.environ["ANAKGENIUS_HOME"] = str(folder / "home")
    from app.analysis import clip as analysis
    from app.analysis.detector import load_detector
    from app.media.probe import probe

    path = args.clip
    if path is None:
        path = folder / "phone.mp4"
        print(f"making a {args.seconds:g} s 1920×1080 30 fps clip …", flush=True)
        face_clip(path, size="1920x1080", seconds=args.seconds, face_height=300,
                  x="(W-w)*(0.5+0.4*sin(t*0.7))", y="(H-h)*(0.5+0.2*sin(t*1.3))",
                  codec_args=("-c:v", "libx264", "-preset", "veryfast", "-b:v", "12M", "-pix_fmt", "yuv420p"))
    media = probe(path)
    load_detector()
    decodes, analyses, cpu_decodes, cpu_analyses = [], [], [], []
    samples = faces = 0
    for run in range(args.runs):
        cpu = _cpu()
        start = time.perf_counter()
        subprocess.run([ffmpeg_exe(), "-v", "error", "-nostdin", "-threads", "2", "-i", str(path), "-map", "0:v:0",
                        "-f", "null", "-"], check=True)
        decodes.append(time.perf_counter() - start)
        cpu_decodes.append(_cpu() - cpu)
        analysis.save_cached = lambda *a, **k: None  # measure the work, not the cache
        cpu = _cpu()
        start = time.perf_counter()
        result = analysis.analyse(path, media)
        analyses.append(time.perf_counter() - start)
        cpu_analyses.append(_cpu() - cpu)
        samples, faces = len(result.times), sum(1 for f in result.faces if f)
        print(f"run {run + 1}: decode alone {decodes[-1]:.2f} s ({cpu_decodes[-1]:.1f} s of CPU), "
              f"analysis {analyses[-1]:.2f} s ({cpu_analyses[-1]:.1f} s of CPU)", flush=True)
    d, a = statistics.median(decodes), statistics.median(analyses)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"clip {media.width}×{media.height} {media.duration:.1f} s; {samples} samples, a face found in {faces}")
    print(f"analysis {a:.2f} s = {media.duration / a:.1f}× real time (target ≥ 6×); "
          f"{a / d:.2f}× the bare decode ({d:.2f} s)")
    ca = statistics.median(cpu_analyses)
    print(f"CPU time of the analysis (Python + onnxruntime + ffmpeg): {ca:.1f} s; on 2 idle cores that is about "
          f"{ca / 2:.1f} s = {media.duration / (ca / 2):.1f}× real time (the wall time above is what this machine, "
          f"shared with other work, gave)")
    print(f"peak memory: the app's process {own:.0f} MB, ffmpeg {child:.0f} MB")


if __name__ == "__main__":
    main()
