"""Remembered state, a rotated clip, the screenshot."""

from __future__ import annotations

import shutil
import time

from app.media.probe import probe
from app.project.settings import Settings
from tests.conftest import ARTIFACTS, ROOT

# Exporting from the dialog, cancelling, overwriting: tests/ui/test_export_dialog.py


def test_too_long_video_shows_in_the_status_line(open_clip, make_clip, qtbot):
    window = open_clip(make_clip(seconds=3.0))
    window.doc.campaign = __import__("dataclasses").replace(window.campaign, max_seconds=2)
    window.doc.change("preset", lambda e: setattr(e, "preset", "whatsapp"))
    assert window.length_label.objectName() == "LengthBad"
    assert "WhatsApp" in window.length_label.text() and "too long" in window.length_label.text()


def test_window_remembers_size_folder_recent_and_guides(window, qtbot, clip, campaign):
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_clip(clip)
    window.resize(1100, 700)
    window.set_guides(False)
    window.shutdown()
    saved = Settings.load()
    assert saved.recent_clips == [str(clip)] and saved.last_open_folder == str(clip.parent)
    assert saved.window_geometry and saved.show_guides is False

    from ui.editor.window import MainWindow

    again = MainWindow(campaign, Settings.load())
    qtbot.addWidget(again)
    again.show()
    # the offscreen screen is 800×800, so Qt keeps the restored window at its minimum width
    assert again.height() == 700 and again.width() >= again.minimumWidth()
    assert again.welcome.recent_box.isVisibleTo(again) and not again.canvas.show_guides
    assert again.recent_menu.actions()[0].text() == clip.name
    again.shutdown()


def test_rotated_phone_clip_shows_upright(open_clip, phone_clip, qtbot):
    rotated = phone_clip
    info = probe(rotated)
    assert (info.width, info.height, info.rotation) == (180, 320, 90)
    window = open_clip(rotated)
    window.set_guides(False)
    window.doc.change("fit, no hashtag", lambda e: (setattr(e.framing, "layout", "fit"),
                                                    setattr(e.watermark, "enabled", False)))
    image = window.canvas.grab().toImage()

    def colour(x, y):
        p = window.canvas.to_widget(x, y)
        c = image.pixelColor(round(p.x() * image.devicePixelRatio()), round(p.y() * image.devicePixelRatio()))
        return c.red(), c.green(), c.blue()

    red, green, blue = colour(540, 150)
    assert red > 200 and green < 60 and blue < 60, "the red band must be at the top"
    assert all(abs(v - 128) < 30 for v in colour(540, 1800))
    assert all(abs(v - 128) < 30 for v in colour(30, 960)), "the portrait clip fills the frame, no bars"


def test_screenshot_of_the_main_window(open_clip, clip, qtbot):
    window = open_clip(clip)
    window.resize(1366, 768)
    window.doc.undo_stack.clear()
    window.playback.seek(1500)
    qtbot.waitUntil(lambda: abs(window.playback.position() - 1500) < 40, timeout=3000)
    time.sleep(0.1)
    qtbot.wait(150)
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "main-window.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 20000
    docs = ROOT / "docs"
    if docs.is_dir() and not (docs / "main-window.png").exists():
        shutil.copy(path, docs / "main-window.png")
