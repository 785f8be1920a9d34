"""Soak: many exports and many clip opens in one process; no leaked ffmpeg, no memory creep.

usage: python bench/soak.py [--exports 50] [--opens 200] [--gui]

Exports use the 'draft' preset on a small generated clip. Opens probe a clip (the core of
opening one); with --gui they go through the real main window offscreen instead. Prints the
resident memory after a warm-up and at the end, and the ffmpeg processes still running.
Exits 1 if an ffmpeg process is left or memory grew by more than 50 MB.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.export.job import export  # noqa: E402
from app.ffmpeg import ffmpeg_exe  # noqa: E402
from app.media.probe import probe  # noqa: E402
from app.project.edit import Edit  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def ffmpeg_children() -> list[int]:
    me, found = os.getpid(), []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                with open(f"/proc/{entry}/cmdline", "rb") as f:
                    cmd = f.read().split(b"\0")[0]
            except OSError:
                continue
            if int(fields[1]) == me and b"ffmpeg" in cmd and fields[0] not in ("Z", "X"):
                found.append(int(entry))
    return found


def make_clip(folder: Path) -> Path:
    import subprocess

    clip = folder / "soak clip.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=1.5",
                    "-f", "lavfi", "-i", "sine=d=1.5", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac",
                    str(clip)], check=True)
    return clip


def gui_opener(clip: Path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.campaigns.packs import get_campaign
    from ui.editor.window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(get_campaign())
    window.show()

    def open_once() -> None:
        window.open_clip(clip)
        deadline = time.monotonic() + 10
        while window.doc.media is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        window.doc.media = None  # so the next open is observed as new
        app.processEvents()

    return open_once


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exports", type=int, default=50)
    parser.add_argument("--opens", type=int, default=200)
    parser.add_argument("--gui", action="store_true", help="open clips through the real main window")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="anakgenius-soak-") as tmp:
        os.environ["ANAKGENIUS_HOME"] = str(Path(tmp) / "home")
        folder = Path(tmp)
        clip = make_clip(folder)
        open_once = gui_opener(clip) if args.gui else (lambda: probe(clip))
        edit = Edit(source=str(clip), preset="draft")
        # warm-up: first export and open load every module and cache
        export(edit, folder / "warm.mp4", overwrite=True)
        open_once()
        gc.collect()
        start_mem, started = rss_mb(), time.monotonic()
        for _ in range(args.exports):
            export(edit, folder / "soak.mp4", overwrite=True)
        for _ in range(args.opens):
            open_once()
        gc.collect()
        end_mem = rss_mb()
        left = ffmpeg_children()
        print(f"{args.exports} exports and {args.opens} opens{' (GUI)' if args.gui else ''} "
              f"in {time.monotonic() - started:.0f} s")
        print(f"memory after warm-up {start_mem:.0f} MB, at the end {end_mem:.0f} MB "
              f"(growth {end_mem - start_mem:+.1f} MB, limit 50 MB)")
        print(f"ffmpeg processes left: {len(left)}")
        return 0 if not left and end_mem - start_mem <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
