"""Adding 20 photos of 12 megapixels to the story strip: how long until every thumbnail is shown,
and the longest the window stalls meanwhile (issue #15: < 3 s on 2 cores, never over 100 ms).

One 4000×3000 JPEG is generated and copied 20 times (each copy its own file, so nothing is
shared). The strip is shown offscreen and given the 20 shots; a 10 ms timer on the GUI thread
records the longest gap between its ticks until the last thumbnail is in. References, in the same
run: the same 20 decodes done one after another by plain Pillow (draft mode, no Qt), and the
timer's longest gap over the same time with nothing loading (the machine's own noise).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/story_thumbs_bench.py [rounds]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

COUNT = 20


def make_photos(folder: Path) -> list[Path]:
    first = folder / "photo00.jpg"
    rng = np.random.default_rng(15)
    small = rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)
    Image.fromarray(small).resize((4000, 3000), Image.Resampling.BILINEAR).save(first, quality=88)
    paths = [first]
    for i in range(1, COUNT):
        paths.append(folder / f"photo{i:02d}.jpg")
        shutil.copy(first, paths[-1])
    return paths


def plain_pillow(paths: list[Path], height: int) -> tuple[float, float]:
    """The least work: each photo decoded reduced and scaled, one after another: (wall, CPU) seconds."""
    started, cpu = time.monotonic(), time.process_time()
    for path in paths:
        with Image.open(path) as image:
            image.draft("RGB", (round(height * 4 / 3), height))
            image.load()
            image.resize((round(height * 4 / 3), height), Image.Resampling.BILINEAR)
    return time.monotonic() - started, time.process_time() - cpu


class Ticks:
    """The longest gap between the ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.monotonic()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.longest = 0.0, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def strip_run(app, paths: list[Path]) -> tuple[float, float, float, int]:  # noqa: ANN001
    """(seconds until every thumbnail is in, CPU seconds of the process meanwhile (all threads), the
    longest GUI gap meanwhile, the thumbnails' height)."""
    from PySide6.QtCore import QEventLoop

    from ui.story.items import CUT, PHOTO, StripJoint, StripShot
    from ui.story.strip import StoryStrip
    from ui.story.thumbs import ThumbCache

    strip = StoryStrip(thumbs=ThumbCache())
    strip.resize(1366, 160)
    strip.show()
    app.processEvents()
    items = [StripShot(PHOTO, str(p), i * 3.0, 3.0, p.name) for i, p in enumerate(paths)]
    joints = [StripJoint(i, CUT, i * 3.0) for i in range(1, len(items))]
    height = strip._thumb_height()
    ticks = Ticks()
    ticks.start()
    started, cpu = time.monotonic(), time.process_time()
    strip.set_story(items, joints, len(items) * 3.0, 60.0, "60 s")
    while any(strip.thumbs.image(s.source, height) is None for s in items):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.monotonic() - started > 120:
            raise SystemExit("the thumbnails did not arrive in 120 s")
    seconds, cpu = time.monotonic() - started, time.process_time() - cpu
    longest = ticks.stop()
    strip.deleteLater()
    app.processEvents()
    return seconds, cpu, longest, height


def idle_run(app, seconds: float) -> float:  # noqa: ANN001
    from PySide6.QtCore import QEventLoop

    ticks = Ticks()
    ticks.start()
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return ticks.stop()


def main() -> None:
    from PySide6.QtWidgets import QApplication

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    app = QApplication.instance() or QApplication([])
    Image.preinit()
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_photos(Path(tmp))
        rows = []
        for _ in range(rounds):  # alternated, so both see the same machine
            ours, ours_cpu, stall, height = strip_run(app, paths)
            plain, plain_cpu = plain_pillow(paths, height)
            noise = idle_run(app, ours)
            rows.append((ours, plain, stall, noise, ours_cpu, plain_cpu))
            print(f"strip {ours:5.2f} s (CPU {ours_cpu:4.2f} s)  plain Pillow {plain:5.2f} s (CPU {plain_cpu:4.2f} s)  "
                  f"ratio {ours / plain:4.2f}  longest GUI gap {stall * 1000:4.0f} ms (idle: {noise * 1000:4.0f} ms)",
                  flush=True)
    best = min(rows)
    print(f"\n{COUNT} photos of 4000×3000, thumbnails {height} px high, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"all thumbnails shown: best {best[0]:.2f} s, median {np.median([r[0] for r in rows]):.2f} s "
          f"(target < 3 s); plain Pillow one by one: {min(r[1] for r in rows):.2f} s")
    print(f"CPU for all of it (GUI and workers): median {np.median([r[4] for r in rows]):.2f} s, plain Pillow "
          f"{np.median([r[5] for r in rows]):.2f} s (the wall time above also holds the other programs' share)")
    print(f"longest GUI stall: median {np.median([r[2] for r in rows]) * 1000:.0f} ms "
          f"(target ≤ 100 ms); the idle machine's own: median {np.median([r[3] for r in rows]) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
