"""What drawing the words costs the preview at each playback tick (#16, ui/words/overlay.py).

A 360×640 preview canvas (offscreen) shows a still 1080p picture framed "blur", with the
watermark, and 20 caption blocks of 1.5 s over 30 s (karaoke every other one). Measured in
one run, as medians of many paints:

- **reference**: a paint with no words (what every tick costs already);
- **words, cached**: a paint at seconds where the pictures are in the cache (the ticks of playback
  between a block appearing and karaoke lighting the next word);
- **words, new picture**: a paint where a block's picture must be drawn by Pillow there and then
  (a block appearing or the next karaoke word, nothing drawn ahead), the cost the cache saves on
  every other tick;
- **playback**: ``--seconds`` of the video at 30 ticks a second in real time (events processed
  between ticks), with and without the pictures drawn ahead in the background: how many ticks took
  over 16 ms and over 4× the reference, and the slowest (the machine is shared: the load average is
  printed, and the ratios are what compare).

Prints each and its ratio to the reference.
usage: python bench/words_tick_bench.py [--paints N] [--seconds S]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paints", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()

    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    from app.campaigns.packs import get_campaign
    from app.project.choices import TextStyle
    from app.project.texts import TextBlock
    from ui.preview.canvas import PreviewCanvas
    from ui.session.document import Document

    app = QApplication.instance() or QApplication([])
    doc = Document(get_campaign())
    canvas = PreviewCanvas(doc)
    canvas.resize(360, 640)
    canvas.show()
    still = QImage(1920, 1080, QImage.Format.Format_RGB32)
    still.fill(QColor("#3C6E91"))
    canvas.set_source_size(1920, 1080)
    canvas.show_image(still)
    app.processEvents()
    blocks = [TextBlock(f"Kalimat nomor {n} yang cukup panjang untuk dua baris di layar", n * 1.5, n * 1.5 + 1.4,
                        style=TextStyle.KARAOKE if n % 2 else TextStyle.BOX) for n in range(20)]
    clock = {"t": 0.0}
    canvas.video_second = lambda: clock["t"]  # type: ignore[method-assign]  # the tick's second

    def paint_ms(at: float) -> float:
        clock["t"] = at
        start = time.perf_counter()
        canvas.repaint()
        return (time.perf_counter() - start) * 1000

    canvas.words.ahead = False
    doc.edit.texts = []
    reference = statistics.median(paint_ms(0.5) for _ in range(args.paints))
    doc.edit.texts = blocks
    for n in range(20):  # every picture once (and the karaoke words at the seconds used below)
        paint_ms(n * 1.5 + 0.2)
    cached = statistics.median(paint_ms(n % 20 * 1.5 + 0.2) for n in range(args.paints))
    fresh = []
    for n in range(min(args.paints, 60)):
        canvas.words._cache.clear()
        fresh.append(paint_ms(n % 20 * 1.5 + 0.7))
    new = statistics.median(fresh)
    print(f"paint, no words:           {reference:7.2f} ms")
    print(f"paint, words cached:       {cached:7.2f} ms  ({cached / reference:.2f}x the reference)")
    print(f"paint, a new word picture: {new:7.2f} ms  ({new / reference:.2f}x the reference)")
    print(f"pictures drawn by Pillow: {canvas.words.renders}")

    def playback(ahead: bool) -> tuple[int, float, int]:
        canvas.words._cache.clear()
        canvas.words.ahead = ahead
        before = canvas.words.renders
        ticks = []
        for n in range(round(args.seconds * 30)):
            ticks.append(paint_ms(n / 30))
            end = time.perf_counter() + 1 / 30
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.002)
        return (sum(1 for t in ticks if t > 16), sum(1 for t in ticks if t > 4 * reference), max(ticks),
                canvas.words.renders - before)

    print(f"load average {os.getloadavg()[0]:.1f}")
    for ahead in (False, True):
        slow, long_, worst, drawn = playback(ahead)
        print(f"playback {args.seconds:g} s, drawn ahead {'on ' if ahead else 'off'}: of {round(args.seconds * 30)} "
              f"ticks {slow} over 16 ms, {long_} over 4x the reference; slowest {worst:.1f} ms "
              f"({worst / reference:.1f}x); {drawn} pictures drawn on the GUI thread")


if __name__ == "__main__":
    main()
