"""#21: a 4K60 HEVC 10-bit HLG phone clip in the whole window: does the window stall?

Opens the clip (bench/hdr_bench.py's generated one) in the editor window as a user does, then:
idle (the window open, nothing playing: the baseline of this loaded machine, same run), open (until
the first frame and the filmstrip are in), play 4 s of the clip itself (what is shown while the
preview's copy is made, app.media.proxy), wait for the copy, play 4 s of it, and scrub (20 seeks,
100 ms apart, as a drag does). ``--no-proxy``: as before #21, the player plays the 4K clip
throughout. For each: the longest gap between the ticks of a 10 ms timer on the GUI thread (the
stall), and for playing, the frames the preview received per second.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/preview4k_bench.py [--seconds 6] [--no-proxy]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.hdr_bench import make_source  # noqa: E402
from bench.story_thumbs_bench import Ticks  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--no-proxy", action="store_true", help="as before #21: the player plays the 4K clip")
    args = parser.parse_args()
    clip = make_source(args.seconds)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ANAKGENIUS_HOME"] = str(Path(tmp) / "home")
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        from app.campaigns.packs import get_campaign
        from app.project.settings import Settings
        from ui.editor.window import MainWindow

        app = QApplication.instance() or QApplication([])
        if args.no_proxy:
            import ui.editor.window as window_module

            window_module.needs_proxy = lambda media: False  # type: ignore[assignment]

        def spin(until, limit: float = 120) -> bool:  # noqa: ANN001
            started = time.monotonic()
            while not until():
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                if time.monotonic() - started > limit:
                    return False
            return True

        def wait(seconds: float) -> None:
            end = time.monotonic() + seconds
            spin(lambda: time.monotonic() > end)

        window = MainWindow(get_campaign("anakgenius"), Settings.load())
        window.resize(1366, 768)
        window.show()
        ticks = Ticks()
        rows = []

        ticks.start()
        wait(2.0)
        rows.append(("idle window (baseline)", ticks.stop(), ""))

        ticks.start()
        started = time.monotonic()
        window.open_clip(clip)
        spin(lambda: window.doc.media is not None and window.canvas.frames_received > 0)
        first = time.monotonic() - started
        strip_done = spin(lambda: not window.timeline._tasks if hasattr(window.timeline, "_tasks") else True, 60)
        wait(1.0)
        rows.append(("open the clip", ticks.stop(), f"first frame after {first:.1f} s"
                     + ("" if strip_done else ", filmstrip not done in 60 s")))

        def play(name: str) -> None:
            ticks.start()
            before = window.canvas.frames_received
            window.playback.seek(0)
            window.playback.play()
            wait(4.0)
            window.playback.pause()
            shown = window.canvas.frames_received - before
            rows.append((name, ticks.stop(), f"{shown / 4:.1f} frames/s shown"))

        play("play 4 s of the clip itself")
        if not args.no_proxy:
            ticks.start()
            started = time.monotonic()
            made = spin(lambda: window._proxy_task is None, 600)
            wait(1.0)
            rows.append(("until the preview's copy is made", ticks.stop(),
                         f"{time.monotonic() - started - 1:.1f} s" if made else "not made in 600 s"))
            play("play 4 s of the preview's copy")

        ticks.start()
        length = max(window.playback.trim_ms()[1], 1000)
        for i in range(20):
            window.playback.seek(int(length * (i * 7 % 20) / 20))
            wait(0.1)
        wait(0.5)
        rows.append(("scrub: 20 seeks 100 ms apart", ticks.stop(), ""))

        window.shutdown()
        window.deleteLater()
        app.processEvents()
    print(f"\n{args.seconds:g} s 3840x2160 60 fps HEVC Main 10 HLG clip in the window; {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    for name, stall, note in rows:
        print(f"{name:32s} longest GUI stall {stall * 1000:5.0f} ms  {note}")


if __name__ == "__main__":
    main()
