"""The main window driven like a user: open, frame, place the hashtag, step, undo."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from app.render.layout import SAFE_LEFT, SAFE_TOP, watermark_origin
from app.render.presets import HEIGHT, WIDTH


def test_open_clip_with_the_big_button_shows_the_first_frame(window, qtbot, clip, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(clip)], ""))
    started = time.monotonic()
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        qtbot.mouseClick(window.big_open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.canvas.frames_received > 0, timeout=10000)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"first frame after {elapsed:.2f} s"
    assert window.stack.currentWidget() is window.editor
    assert window.doc.media.width == 320
    assert "00:03.00" in window.length_label.text()
    assert window.settings.recent_clips[0] == str(clip)


def test_a_broken_file_gets_a_friendly_sentence(window, qtbot, tmp_path):
    broken = tmp_path / "holiday video.mp4"
    broken.write_bytes(b"this is not a video at all" * 100)
    with qtbot.waitSignal(window.openFailed, timeout=10000):
        window.open_clip(broken)
    assert window.banner.isVisible()
    text = window.banner.text.text()
    assert "holiday video.mp4" in text and "Traceback" not in text
    assert window.stack.currentWidget() is window.welcome


def _canvas_pixel(window, x: float, y: float):
    """The colour the canvas shows at frame pixel (x, y) of the 1080×1920 frame."""
    image = window.canvas.grab().toImage()
    point = window.canvas.to_widget(x, y)
    dpr = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * dpr), round(point.y() * dpr))


def test_switching_framing_changes_model_and_preview(open_clip, clip, qtbot):
    window = open_clip(clip)
    window.set_guides(False)
    window.doc.change("no hashtag", lambda e: setattr(e.watermark, "enabled", False))
    assert window.doc.edit.framing.layout == "blur"
    blur_top = _canvas_pixel(window, 540, 200)
    qtbot.mouseClick(window.panel.layout_buttons["fit"], Qt.MouseButton.LeftButton)
    assert window.doc.edit.framing.layout == "fit"
    fit_top = _canvas_pixel(window, 540, 200)
    assert fit_top.red() < 10 and fit_top.green() < 10 and fit_top.blue() < 10  # the black background
    assert (blur_top.red(), blur_top.green(), blur_top.blue()) != (0, 0, 0)
    qtbot.mouseClick(window.panel.swatches["#FFC93C"], Qt.MouseButton.LeftButton)
    assert window.doc.edit.framing.background == "#FFC93C"
    yellow = _canvas_pixel(window, 540, 200)
    assert abs(yellow.red() - 0xFF) < 6 and abs(yellow.green() - 0xC9) < 6 and abs(yellow.blue() - 0x3C) < 6
    qtbot.mouseClick(window.panel.layout_buttons["fill"], Qt.MouseButton.LeftButton)
    assert window.doc.edit.framing.layout == "fill"
    assert window.panel.focus_slider.isVisible() and not window.panel.background_row.isVisible()
    fill = window.canvas.grab().toImage()
    qtbot.mouseClick(window.panel.layout_buttons["blur"], Qt.MouseButton.LeftButton)
    assert window.canvas.grab().toImage() != fill


def _drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        qtbot.mouseMove(widget, p)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_the_hashtag_moves_it_and_snaps_to_the_safe_box(open_clip, clip, qtbot):
    window = open_clip(clip)
    canvas = window.canvas
    rect = canvas.watermark_widget_rect()
    start = rect.center().toPoint()
    # drag it towards the middle of the frame (no edge nearby): it lands where the mouse went
    target = canvas.to_widget(540, 900).toPoint()
    _drag(qtbot, canvas, start, target)
    wm = window.doc.edit.watermark
    assert wm.x is not None and wm.y is not None
    placement = canvas.watermark_placement()
    moved = (target - start) / canvas.scale()
    assert abs(wm.x * WIDTH - (rect.center().x() - canvas.frame_rect().x()) / canvas.scale() - moved.x()) < 8
    assert abs(wm.y * HEIGHT - (rect.center().y() - canvas.frame_rect().y()) / canvas.scale() - moved.y()) < 8
    assert window.doc.undo_stack.count() == 1  # one drag, one undo step
    # now drag its top-left corner close to the safe box's top-left corner: it snaps exactly
    placement = canvas.watermark_placement()
    start = canvas.watermark_widget_rect().center().toPoint()
    want = canvas.to_widget(SAFE_LEFT + 10 + placement.image.width() / 2,
                            SAFE_TOP + 12 + placement.image.height() / 2).toPoint()
    _drag(qtbot, canvas, start, want)
    placement = canvas.watermark_placement()
    assert (placement.x, placement.y) == (SAFE_LEFT, SAFE_TOP)
    assert window.doc.undo_stack.count() == 2
    # undo puts it back where the first drag left it; undo again: the preset corner
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.edit.watermark.x == wm.x
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.edit.watermark.x is None and window.doc.edit.watermark.position == "bottom-right"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.edit.watermark.x == wm.x


def test_hashtag_pixels_appear_where_the_model_says(open_clip, clip, qtbot):
    window = open_clip(clip)
    window.set_guides(False)

    def place(e):
        e.framing.layout, e.framing.background = "fit", "#000000"
        e.watermark.x, e.watermark.y = 0.5, 0.12

    window.doc.change("place", place)
    placement = window.canvas.watermark_placement()
    w, h = placement.image.width(), placement.image.height()
    assert (placement.x, placement.y) == watermark_origin("bottom-right", 0.5, 0.12, w, h)
    image = window.canvas.grab().toImage()
    dpr = image.devicePixelRatio()

    def bright(x0, y0, x1, y1) -> int:
        count = 0
        for fy in range(y0, y1, 4):
            for fx in range(x0, x1, 4):
                p = window.canvas.to_widget(fx, fy)
                c = image.pixelColor(round(p.x() * dpr), round(p.y() * dpr))
                count += c.red() > 200 and c.green() > 200 and c.blue() > 200
        return count

    inside = bright(placement.x, placement.y, placement.x + w, placement.y + h)
    below = bright(placement.x, placement.y + h + 20, placement.x + w, placement.y + 2 * h + 20)
    assert inside > 20 and below == 0


def test_dragging_the_picture_in_fill_moves_the_focus(open_clip, clip, qtbot):
    window = open_clip(clip)
    qtbot.mouseClick(window.panel.layout_buttons["fill"], Qt.MouseButton.LeftButton)
    canvas = window.canvas
    start = canvas.to_widget(540, 700).toPoint()
    _drag(qtbot, canvas, start, start + QPoint(40, 0))
    assert window.doc.edit.framing.focus < 0.5  # dragged right: more of the left side stays
    assert window.panel.focus_slider.slider.value() == round(window.doc.edit.framing.focus * 100)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.edit.framing.focus == 0.5


def test_slider_moves_merge_into_one_undo_step(open_clip, clip, qtbot):
    window = open_clip(clip)
    slider = window.panel.wm_size.slider
    slider.sliderPressed.emit()
    slider.setSliderDown(True)
    for value in (110, 130, 150, 170):
        slider.setValue(value)
    slider.setSliderDown(False)
    slider.sliderReleased.emit()
    assert window.doc.edit.watermark.scale == 1.7
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.doc.edit.watermark.scale == 1.0
    assert slider.value() == 100


def test_typing_the_hashtag_is_one_undo_step(open_clip, clip, qtbot):
    window = open_clip(clip)
    window.panel.wm_text.setFocus()
    qtbot.keyClicks(window.panel.wm_text, "#Sehat")
    assert window.doc.edit.watermark.text == "#Sehat"
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.doc.edit.watermark.text == "" and window.panel.wm_text.text() == ""


def test_position_presets_and_hide(open_clip, clip, qtbot):
    window = open_clip(clip)
    qtbot.mouseClick(window.panel.position_buttons["top-left"], Qt.MouseButton.LeftButton)
    placement = window.canvas.watermark_placement()
    assert (placement.x, placement.y) == (SAFE_LEFT, SAFE_TOP)
    window.panel.wm_enabled.click()
    assert not window.doc.edit.watermark.enabled
    assert window.canvas.watermark_placement() is None


def test_frame_steps_and_jumps(open_clip, make_clip, qtbot):
    window = open_clip(make_clip(seconds=4.0))
    pb = window.playback

    def at(ms: float, tolerance: float = 20) -> bool:
        return abs(pb.position() - ms) <= tolerance

    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: at(33.3), timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: at(66.7), timeout=3000)
    frames = window.canvas.frames_received
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: at(1066.7), timeout=3000)
    qtbot.waitUntil(lambda: window.canvas.frames_received > frames, timeout=3000)  # a new picture shows
    assert window.time_label.text().startswith("00:01.02")
    qtbot.keyClick(window, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: at(1033.3), timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: at(4000 - 33.3, 40), timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: at(0), timeout=3000)


def test_play_pause_and_the_song_follows(open_clip, clip, qtbot):
    window = open_clip(clip)
    pb = window.playback
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pb.position() > 500, timeout=5000)
    assert pb.is_playing()
    qtbot.waitUntil(lambda: abs(pb.song.position() - pb.song_position_ms(pb.position())) < 300, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not pb.is_playing(), timeout=3000)
    assert pb.song.playbackState() != pb.song.PlaybackState.PlayingState


def test_trim_buttons_update_the_length_line(open_clip, make_clip, qtbot):
    window = open_clip(make_clip(seconds=4.0))
    window.playback.seek(1000)
    qtbot.waitUntil(lambda: abs(window.playback.position() - 1000) < 20, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_I)  # "Start here" on the timeline
    assert window.doc.edit.trim.start == 1.0
    assert "00:03.00" in window.length_label.text()
    window.doc.undo_stack.undo()
    assert "00:04.00" in window.length_label.text()


def test_guides_toggle(open_clip, clip, qtbot):
    window = open_clip(clip)
    assert window.canvas.show_guides
    with_guides = window.canvas.grab().toImage()
    qtbot.mouseClick(window.guides_button, Qt.MouseButton.LeftButton)
    assert not window.canvas.show_guides and not window.guides_action.isChecked()
    assert window.canvas.grab().toImage() != with_guides
    qtbot.keyClick(window, Qt.Key.Key_G)
    assert window.canvas.show_guides and window.guides_button.isChecked()


def test_panel_chips_bring_a_card_into_view(open_clip, clip, qtbot):
    """At 1366×768 the Music card is below the fold: its chip scrolls to it and is lit."""
    window = open_clip(clip)
    window.resize(1366, 768)
    qtbot.wait(50)
    panel = window.panel
    assert panel.song_enabled.visibleRegion().isEmpty()  # below the fold at first
    assert panel.jump_buttons["story"].isChecked()
    qtbot.mouseClick(panel.jump_buttons["music"], Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert not panel.song_enabled.visibleRegion().isEmpty()
    assert panel.jump_buttons["music"].isChecked()
    panel.scroll.verticalScrollBar().setValue(0)
    assert panel.jump_buttons["story"].isChecked()


@pytest.mark.parametrize("kind", ["10-bit", "hlg"])
def test_ten_bit_and_hdr_clips_show_in_the_preview(open_clip, make_clip, qtbot, kind):
    """iPhone clips are 10-bit HEVC, often HLG HDR. Without a GPU Qt cannot turn such frames into
    a picture, so the preview stayed black; it now shows them, HDR in the export's colours."""
    from tests.test_hdr import HEVC_HLG, TO_HLG

    def canvas_pixels(window):  # the 9:16 frame only
        image = window.canvas.grab(window.canvas.frame_rect().toRect()).toImage()
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        data = np.frombuffer(image.constBits(), np.uint8)
        return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3].astype(float)

    sdr = make_clip(size="480x270", seconds=1.5, name="sdr bars.mp4")
    if kind == "hlg":
        clip = make_clip(size="480x270", seconds=1.5, vf=TO_HLG, args=HEVC_HLG, name="hlg bars 10-bit.mp4")
    else:
        clip = make_clip(size="480x270", seconds=1.5, name="ten bit.mp4",
                         args=("-c:v", "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error"))
    window = open_clip(sdr)
    qtbot.wait(100)
    want = canvas_pixels(window)
    window = open_clip(clip)
    qtbot.wait(100)
    got = canvas_pixels(window)
    assert got.std() > 20  # a picture, not a black frame
    assert np.abs(got - want).mean() < 12


def test_the_preview_blur_keeps_the_colours(qapp):
    """The blurred background of the preview is the picture's colours (red stays red, not blue)."""
    from PySide6.QtGui import QColor, QImage

    from ui.preview.canvas import box_blur

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(230, 120, 40))
    assert box_blur(image, 2, 2).pixelColor(5, 5).getRgb()[:3] == (230, 120, 40)
