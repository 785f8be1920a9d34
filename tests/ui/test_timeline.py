"""The timeline driven like a user: drag the handles and the song, keys I/O/J/K/L, typed times,
fit to the limit; what it paints; and the export starting and ending on the frames shown."""

from __future__ import annotations

import dataclasses
import subprocess

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.export.job import export
from app.ffmpeg import ffmpeg_exe
from tests.conftest import ARTIFACTS, ROOT
from ui.timeline.view import MUSIC_H, MUSIC_Y, STRIP_H, STRIP_Y, WAVE_H, WAVE_Y


def _ready(window, qtbot):
    view = window.timeline.view
    qtbot.waitUntil(lambda: view.strip_done, timeout=10000)
    assert all(t is not None for t in view.thumbs[:-2])
    if window.doc.media.has_audio:
        qtbot.waitUntil(lambda: view.clip_wave_filled >= window.doc.media.duration * 100 - 5, timeout=10000)
    return view


def _drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 8) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * (i / steps))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _at(view, seconds: float, y: float) -> QPoint:
    return QPoint(round(view.x_of(seconds)), round(y))


def test_dragging_handles_trims_on_frames_and_shows_the_frame(open_clip, gap_clip, qtbot):
    window = open_clip(gap_clip)
    view = _ready(window, qtbot)
    y = STRIP_Y + STRIP_H / 2
    _drag(qtbot, view, _at(view, 0, y) - QPoint(4, 0), _at(view, 1.2, y))
    start = window.doc.edit.trim.start
    assert abs(start - 1.2) < 0.05 and abs(start * 30 - round(start * 30)) < 1e-4  # on a frame
    assert window.doc.undo_stack.count() == 1  # one drag, one undo step
    qtbot.waitUntil(lambda: abs(window.playback.position() - start * 1000) < 2, timeout=3000)
    assert window.timeline.in_field.text() == f"00:01.{round((start - 1) * 30):02d}"
    _drag(qtbot, view, _at(view, 4.0, y) + QPoint(4, 0), _at(view, 3.0, y))
    end = window.doc.edit.trim.end
    assert end is not None and abs(end - 3.0) < 0.05
    assert window.doc.undo_stack.count() == 2
    # the preview shows the last kept frame
    qtbot.waitUntil(lambda: abs(window.playback.position() - (end - 1 / 30) * 1000) < 2, timeout=3000)
    window.doc.undo_stack.undo()
    assert window.doc.edit.trim.end is None and window.doc.edit.trim.start == start
    # a handle never crosses the other: at least 1 s stays
    _drag(qtbot, view, _at(view, start, y) - QPoint(4, 0), _at(view, 3.9, y))
    assert window.doc.edit.trim.start == pytest.approx(3.0, abs=1 / 30 + 1e-6)


def test_keys_i_o_j_k_l(open_clip, gap_clip, qtbot):
    window = open_clip(gap_clip)
    pb = window.playback
    pb.seek(1000)
    qtbot.waitUntil(lambda: pb.position() == 1000, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_I)
    assert window.doc.edit.trim.start == 1.0
    pb.seek(2500)
    qtbot.waitUntil(lambda: pb.position() == 2500, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_O)
    assert window.doc.edit.trim.end == pytest.approx(2.5 + 1 / 30, abs=1e-5)  # keeps the frame you see
    qtbot.keyClick(window, Qt.Key.Key_L)  # play forward from the start of the selection
    qtbot.waitUntil(lambda: pb.is_playing(), timeout=3000)
    qtbot.waitUntil(lambda: pb.position() > 1200, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: not pb.is_playing(), timeout=3000)
    here = pb.position()
    qtbot.keyClick(window, Qt.Key.Key_J)  # backward
    qtbot.waitUntil(lambda: pb.position() < here - 100, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert window.timeline.shuttle.speed == 0 and not pb.is_playing()


def test_typing_a_time_and_a_bad_one(open_clip, gap_clip, qtbot):
    window = open_clip(gap_clip)
    field = window.timeline.in_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "00:01.15")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.doc.edit.trim.start == pytest.approx(1.5)
    out = window.timeline.out_field
    qtbot.mouseClick(out, Qt.MouseButton.LeftButton)
    out.selectAll()
    qtbot.keyClicks(out, "00:01.20")  # less than 1 s after the start: refused with a sentence
    qtbot.keyClick(out, Qt.Key.Key_Return)
    assert window.doc.edit.trim.end is None
    assert window.banner.isVisible() and "1 s" in window.banner.text.text()


def test_dragging_the_song_window_sets_where_the_song_starts(open_clip, gap_clip, qtbot):
    window = open_clip(gap_clip)
    view = _ready(window, qtbot)
    qtbot.waitUntil(lambda: view.state.song_seconds > 0 and view.song_wave_filled > 0, timeout=10000)
    assert view.state.song_seconds == pytest.approx(20.0, abs=0.2)  # the test song
    window_rect = view.song_window()
    assert window_rect.width() == pytest.approx(4.0 * view.song_scale(), abs=1)  # as long as the video
    start = window_rect.center().toPoint()
    _drag(qtbot, view, start, start + QPoint(round(5 * view.song_scale()), 0))
    assert window.doc.edit.audio.song_start == pytest.approx(2.0 + 5.0, abs=0.1)
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert window.doc.edit.audio.song_start is None  # the campaign's suggestion again
    # the chorus button: the loudest part of a steady tone starts anywhere, so just in range
    window.panel.chorus_button.click()
    assert 0 <= window.doc.edit.audio.song_start <= 16


def test_fit_to_limit(open_clip, gap_clip, qtbot):
    window = open_clip(gap_clip)
    window.doc.campaign = dataclasses.replace(window.campaign, max_seconds=2)
    window.doc.change("start", lambda e: setattr(e.trim, "start", 0.5))
    assert window.timeline.fit_button.isVisible()
    qtbot.mouseClick(window.timeline.fit_button, Qt.MouseButton.LeftButton)
    assert window.doc.edit.trim.end == pytest.approx(2.5)
    assert not window.timeline.fit_button.isVisible()


def _column_ink(image, x: int, y0: int, y1: int) -> int:
    """How many pixels of a column are strongly coloured (the waveform's magenta)."""
    count = 0
    for y in range(y0, y1):
        c = image.pixelColor(x, y)
        count += c.red() > 150 and c.green() < 90 and c.blue() < 140
    return count


def test_timeline_paints_thumbnails_and_the_waveform_shape(open_clip, gap_clip, qtbot):
    window = open_clip(gap_clip)
    view = _ready(window, qtbot)
    view.repaint()
    image = view.grab().toImage()
    dpr = image.devicePixelRatio()
    strip = [image.pixelColor(round(view.x_of(t) * dpr), round((STRIP_Y + STRIP_H / 2) * dpr)).name()
             for t in np.linspace(0.2, 3.8, 12)]
    assert len(set(strip)) >= 4  # thumbnails, not a blank lane
    y0, y1 = round(WAVE_Y * dpr), round((WAVE_Y + WAVE_H) * dpr)
    loud = [_column_ink(image, round(view.x_of(t) * dpr), y0, y1) for t in (0.5, 1.0, 3.0, 3.5)]
    silent = [_column_ink(image, round(view.x_of(t) * dpr), y0, y1) for t in (1.8, 2.0, 2.2)]
    assert min(loud) >= 6 and max(silent) == 0, (loud, silent)
    qtbot.waitUntil(lambda: view.state.song_seconds > 0, timeout=10000)
    view.repaint()
    image = view.grab().toImage()
    x = round(view.song_window().center().x() * dpr)
    assert _column_ink(image, x, round(MUSIC_Y * dpr), round((MUSIC_Y + MUSIC_H) * dpr)) > 4  # the song plays here


def _gray_frame(path, select: str, crop: str = "") -> np.ndarray:
    vf = ",".join(f for f in (select, crop, "scale=64:36,format=gray") if f)
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-vf", vf, "-frames:v", "1",
                          "-f", "rawvideo", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(36, 64).astype(np.float32)


def _closest_source_frame(source, picture: np.ndarray, guess: int) -> int:
    diffs = {k: np.abs(_gray_frame(source, f"select=eq(n\\,{k})") - picture).mean()
             for k in range(max(0, guess - 3), guess + 4)}
    return min(diffs, key=diffs.get)


@pytest.mark.slow
def test_export_starts_and_ends_on_the_frames_at_the_handles(open_clip, gap_clip, qtbot, tmp_path):
    window = open_clip(gap_clip)
    view = _ready(window, qtbot)
    y = STRIP_Y + STRIP_H / 2
    _drag(qtbot, view, _at(view, 0, y) - QPoint(4, 0), _at(view, 1.13, y))
    _drag(qtbot, view, _at(view, 4.0, y) + QPoint(4, 0), _at(view, 2.71, y))
    start, end = window.doc.trim_range()
    first, last = round(start * 30), round(end * 30) - 1  # the frames the handles show
    qtbot.waitUntil(lambda: abs(window.playback.position() - last * 1000 / 30) < 2, timeout=3000)

    def plain(e):
        e.framing.layout, e.watermark.enabled, e.preset = "fit", False, "draft"

    window.doc.change("plain", plain)
    out = export(window.doc.edit, tmp_path / "trimmed.mp4")
    # "fit": the 320×180 picture is 1080×608 in the middle of the 1080×1920 frame
    crop = "crop=1080:606:0:658"
    exported_first = _gray_frame(out, "select=eq(n\\,0)", crop)
    count = round((end - start) * 30)
    exported_last = _gray_frame(out, f"select=eq(n\\,{count - 1})", crop)
    assert abs(_closest_source_frame(gap_clip, exported_first, first) - first) <= 1
    assert abs(_closest_source_frame(gap_clip, exported_last, last) - last) <= 1


def test_screenshot_of_the_timeline(open_clip, make_clip, qtbot):
    clip = make_clip(size="640x360", seconds=75.0, tone=330.0)
    window = open_clip(clip)
    view = window.timeline.view
    qtbot.waitUntil(lambda: view.strip_done, timeout=20000)
    qtbot.waitUntil(lambda: view.state.song_seconds > 0, timeout=10000)

    def trim(e):
        e.trim.start, e.trim.end = 4.0, 70.0

    window.doc.change("trim", trim)
    window.playback.seek(20000)
    qtbot.waitUntil(lambda: abs(window.playback.position() - 20000) < 50, timeout=3000)
    qtbot.wait(200)
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "timeline.png"))
    assert (ROOT / "test-artifacts" / "timeline.png").stat().st_size > 10000


def test_lane_names_and_ruler_labels_fit_a_large_font(qapp):
    """The lane names grow the gutter with the font and stay clear of the in handle (16 pt)."""
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.timeline.view import HANDLE_W, TimelineView

    view = TimelineView()
    view.resize(700, view.height())
    normal = view.lane_left()
    font = QFont(view.font())
    font.setPointSizeF(16)
    view.setFont(font)
    bold, small = (QFontMetrics(f) for f in view._fonts())
    room = view.lane_left() - 8 - HANDLE_W
    assert view.lane_left() > normal
    for metrics, word in ((bold, view.labels["clip"]), (bold, view.labels["song"]), (small, view.labels["sound"])):
        assert metrics.horizontalAdvance(word) <= room, word
