"""#17 "hide faces": the export with two hidden faces (with Fill, and with Follow the subject) against the same
export with Fill alone, in the same run.

Makes a 1920×1080 30 fps clip with two real faces (tests/data/face.png) moving over a noisy background,
analyses it once (cached, as the GUI leaves it), then exports it alternately ``--runs`` times: Fill alone
(the reference), Fill with both faces hidden (the mask video and the blurred overlay), and Follow the
subject with both faces hidden. The analysis is
not part of the export's time (the card makes it beforehand; the CLI makes it once and caches it). Prints
each run, the medians and their ratio. Target (#17): ≤ 1.25×.

usage: python bench/faces_bench.py [--seconds S] [--runs R]
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

from app.ffmpeg import ffmpeg_exe  # noqa: E402
from tests.faceclip import FACE_PNG  # noqa: E402


def two_faces(path: Path, seconds: float) -> Path:
    background = f"color=c=0x5a7d9a:s=1920x1080:r=30:d={seconds}"
    graph = ("[1:v]scale=-2:280,format=rgba,split[a][b];[0:v]noise=alls=6:allf=t[bg];"
             "[bg][a]overlay=x='700+200*sin(t*0.7)':y='(H-h)/2+150*sin(t*1.1)':eval=frame[one];"
             "[one][b]overlay=x='1000+150*sin(t*0.9)':y='(H-h)/2+120*cos(t*1.3)':eval=frame,format=yuv420p[v]")
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                    background, "-loop", "1", "-framerate", "30", "-i", str(FACE_PNG), "-filter_complex", graph,
                    "-map", "[v]", "-t", f"{seconds}", "-c:v", "libx264", "-preset", "veryfast", "-b:v", "12M",
                    "-pix_fmt", "yuv420p", str(path)], check=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="faces-bench-"))
    os.environ["ANAKGENIUS_HOME"] = str(folder / "home")
    from app.analysis.clip import analyse
    from app.analysis.tracks import tracks_of
    from app.export.job import export
    from app.media.probe import probe
    from app.project.choices import Layout
    from app.project.edit import Edit
    from app.project.hide import HideFaces

    clip = two_faces(folder / "two faces.mp4", args.seconds)
    media = probe(clip)
    start = time.perf_counter()
    tracks = tracks_of(analyse(clip, media))
    print(f"analysis {time.perf_counter() - start:.1f} s, people: {len(tracks)}", flush=True)
    times: dict[str, list[float]] = {"fill": [], "fill + 2 hidden faces": [], "follow + 2 hidden faces": []}
    for run in range(args.runs):
        for name in times:
            edit = Edit(source=str(clip))
            edit.framing.layout = Layout.FOLLOW if name.startswith("follow") else Layout.FILL
            if name != "fill":
                edit.hide = HideFaces(everyone=True)
            out = folder / f"{run}-{len(name)}.mp4"
            t0 = time.perf_counter()
            export(edit, out, overwrite=True)
            times[name].append(time.perf_counter() - t0)
            print(f"run {run + 1}: {name:24s} {times[name][-1]:6.1f} s", flush=True)
    fill, hidden, follow = (statistics.median(v) for v in times.values())
    print(f"median: fill {fill:.1f} s; fill with two hidden faces {hidden:.1f} s: {hidden / fill:.2f}×; "
          f"follow with two hidden faces {follow:.1f} s: {follow / fill:.2f}× (target ≤ 1.25×)")


if __name__ == "__main__":
    main()
