"""Whether the window stays responsive while "Buat teks dari suara" listens (issue #16: no stall over 100 ms).

Synthesises Indonesian speech with espeak-ng, makes a small clip of it, opens it in the real main
window (offscreen) and presses the Words card's button with the installed recogniser. A 10 ms timer
records the gaps of the event loop while it listens; the same is measured for as long with the
window idle, as the reference of this machine's load. Prints the longest gap and the 99th percentile
of both, the transcription's wall time and the number of captions made.

usage: python bench/speech_window_bench.py   (needs the speech add-on: pip install -e ".[speech]")
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.ffmpeg import ffmpeg_exe  # noqa: E402
from bench.speech_bench import TEXT  # noqa: E402

WHEN: list[tuple[float, float]] = []  # (gap, ms after the start) of the last measurement


def gaps_while(app, busy) -> list[float]:  # noqa: ANN001
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    WHEN.clear()

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        WHEN.append((now - last[0], now))
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    while busy():
        app.processEvents()
        time.sleep(0.002)
    timer.stop()
    return gaps


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ANAKGENIUS_HOME"] = tmp
        from PySide6.QtCore import QCoreApplication

        from ui.editor.start import create_app, create_window

        folder = Path(tmp)
        wav, clip = folder / "ucapan.wav", folder / "bicara.mp4"
        subprocess.run(["espeak-ng", "-v", "id", "-s", "140", "-w", str(wav), TEXT["id"]], check=True)
        subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=c=0x306090:s=320x180:r=30", "-i",
                        str(wav), "-shortest", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(clip)],
                       check=True)
        app = create_app()
        window = create_window()
        window.show()
        window.open_clip(str(clip))
        while window.doc.media is None:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        card = window.panel.words_card
        from app.speech.transcribe import load

        load()  # the model once, as the first press after a start would (its checksum check included)
        started = time.perf_counter()
        card.make_captions_from_speech()
        busy = gaps_while(app, card.speech.is_running)
        seconds = time.perf_counter() - started
        longest = sorted(WHEN, reverse=True)[:3]
        print("longest gaps while listening (ms, at ms):", ", ".join(f"{g:.0f} at {t:.0f}" for g, t in longest),
              f"of {seconds * 1000:.0f}")
        idle_until = time.perf_counter() + seconds
        idle = gaps_while(app, lambda: time.perf_counter() < idle_until)
        captions = [b for b in window.doc.edit.texts if b.kind == "caption"]
        print(f"{window.doc.media.duration:.0f} s of espeak-ng Indonesian heard in {seconds:.1f} s, "
              f"{len(captions)} captions")
        for name, gaps in (("listening", busy), ("idle", idle)):
            gaps.sort()
            p99 = gaps[int(len(gaps) * 0.99) - 1] if gaps else 0
            print(f"  {name:9s} longest GUI gap {max(gaps, default=0):5.0f} ms, 99th percentile {p99:4.0f} ms "
                  f"({len(gaps)} ticks of 10 ms)")
        window.shutdown()


if __name__ == "__main__":
    main()
