"""The story preview's rendering time against the real export of the same story, in one run.

The issue's benchmark story (bench/story_bench.py: 3 clips of 1080p30 at 6 s, 4 photos of
4000×3000 at 3 s, crossfades of 0.5 s, blur framing, watermark, song; 27 s out), alternately
exported (app.export.job.export, as the window does) and rendered for the preview
(app.export.preview.render_preview, into an empty cache each time). Prints the medians and their
ratio, for the export's defaults (loudness pass, photo motion) and without them, then the time of
a cached preview (what a watermark change or an undo costs). ``--heights`` also renders the
preview at other sizes (e.g. 960 for 540×960) to compare.

usage: python bench/preview_bench.py [--runs N] [--heights 640,960]
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from story_bench import make_sources  # noqa: E402

from app.export import preview  # noqa: E402
from app.export.job import export  # noqa: E402
from app.project.edit import Edit, Framing  # noqa: E402
from app.project.story import ClipShot, PhotoShot, Transition  # noqa: E402


def story(clips: list[Path], photos: list[Path], defaults: bool) -> Edit:
    """clip photo clip photo clip photo photo; ``defaults``: photo motion and the loudness pass on."""
    order: list[ClipShot | PhotoShot] = [
        ClipShot(str(clips[0])), PhotoShot(str(photos[0]), motion=defaults), ClipShot(str(clips[1])),
        PhotoShot(str(photos[1]), motion=defaults), ClipShot(str(clips[2])), PhotoShot(str(photos[2]), motion=defaults),
        PhotoShot(str(photos[3]), motion=defaults)]
    edit = Edit(shots=order, transition=Transition("crossfade", 0.5), framing=Framing("blur"))
    edit.audio.song_start = 0.0
    edit.audio.normalize = defaults
    return edit


def seconds(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--heights", default="640", help="preview heights to render, comma-separated")
    args = parser.parse_args()
    heights = [int(h) for h in args.heights.split(",")]

    with tempfile.TemporaryDirectory(prefix="anakgenius-preview-bench-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("ANAKGENIUS_HOME", str(folder / "home"))
        print("generating 3 clips of 1920x1080 30 fps 6 s and 4 photos of 4000x3000 ...", flush=True)
        clips, photos = make_sources(folder)
        results: dict[str, list[float]] = {}
        for run in range(args.runs):
            for defaults in (False, True):
                name = "defaults" if defaults else "plain"
                edit = story(clips, photos, defaults)
                t = seconds(lambda edit=edit: export(edit, folder / "export.mp4", overwrite=True))
                results.setdefault(f"export {name}", []).append(t)
                for height in heights:
                    preview.PREVIEW_HEIGHT, preview.PREVIEW_WIDTH = height, height * 9 // 16
                    cache = folder / f"cache-{run}-{name}-{height}"
                    t = seconds(lambda edit=edit, cache=cache: preview.render_preview(edit, cache))
                    results.setdefault(f"preview {name} {height}", []).append(t)
                    changed = copy.deepcopy(edit)
                    changed.watermark.text = "#KelasKita"
                    t = seconds(lambda changed=changed, cache=cache: preview.render_preview(changed, cache))
                    results.setdefault(f"cached {name} {height}", []).append(t)
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in results.items()), flush=True)

        med = {k: statistics.median(v) for k, v in results.items()}
        print()
        print(f"machine: {os.cpu_count()} cores; story of 27 s out; medians of {args.runs} runs")
        for name, label in (("plain", "no loudness pass, photos still"),
                            ("defaults", "the export's defaults: loudness pass, photo motion")):
            print(f"{label}: export {med[f'export {name}']:.2f} s")
            for height in heights:
                p = med[f"preview {name} {height}"]
                ratio = p / med[f"export {name}"]
                print(f"  preview {height * 9 // 16}x{height}: {p:.2f} s = {ratio:.2f}x the export; "
                      f"from the cache (watermark changed) {med[f'cached {name} {height}'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
