"""The words on the preview (#16): drawn at the right second with the export's very pictures, dragged
up and down inside the safe box, and in a story at the story's own time (the story's preview
rendering leaves them out: the canvas draws them live)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from app.export.preview import preview_key
from app.project import texts as tx
from app.project.choices import TextPlace, TextStyle
from app.project.edit import ClipShot, Edit
from app.project.texts import TextBlock
from app.render.layout import SAFE_BOTTOM, SAFE_TOP
from app.render.placement import SNAP, dragged_text
from app.render.texts import at_second

LEFT = Qt.MouseButton.LeftButton


def _pixels(image: QImage) -> np.ndarray:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    w, h = rgba.width(), rgba.height()
    data = np.frombuffer(rgba.constBits(), np.uint8, count=h * rgba.bytesPerLine()).reshape(h, rgba.bytesPerLine())
    return data[:, : w * 4].reshape(h, w, 4).copy()


def _pil(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGBA"))


@pytest.fixture
def grey(make_clip):
    return make_clip(size="320x180", seconds=3.0, source="color=c=gray")


@pytest.fixture
def shown(window, open_clip, grey, qtbot):
    open_clip(grey)
    window.set_guides(False)
    window.doc.set_watermark_shown(False, "hide")
    return window


def _seek(window, qtbot, ms: int) -> None:
    before = window.canvas.frames_received
    window.playback.seek(ms)
    qtbot.waitUntil(lambda: window.canvas.frames_received > before and abs(window.canvas.video_second() - ms / 1000)
                    < 0.05, timeout=10000)


def test_a_block_shows_in_its_time_with_at_seconds_pixels_and_not_outside_it(shown, qtbot):
    window, canvas, doc = shown, shown.canvas, shown.doc
    block = TextBlock("Halo semua! Kami kelas 5", 1.0, 2.0)
    doc.set_texts([block], "words")
    _seek(window, qtbot, 500)
    assert canvas.words_placed() == []
    before = canvas.grab().toImage()
    _seek(window, qtbot, 1500)
    placed = canvas.words_placed()
    assert [p.index for p in placed] == [0]
    image, x, y = at_second(doc.edit.texts, doc.campaign, canvas.video_second())[0]
    assert (placed[0].x, placed[0].y) == (x, y)
    assert np.array_equal(_pixels(placed[0].image), _pil(image))  # the very picture the export overlays
    after = canvas.grab().toImage()
    # the canvas draws it like the frame: at_second's picture scaled by the frame's scale, at its place
    target = QRectF(*canvas.frame_view().rect_on_preview(x, y, image.width, image.height))
    expected = before.copy()
    p = QPainter(expected)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.drawImage(target, placed[0].image)
    p.end()
    box = target.toAlignedRect().adjusted(-2, -2, 2, 2)
    got, want, old = (_pixels(i.copy(box)).astype(int) for i in (after, expected, before))
    assert np.abs(got - want).mean() < 1.0
    assert np.abs(got - old).mean() > 20  # the words are there
    assert target.bottom() <= canvas.frame_view().to_preview(0, SAFE_BOTTOM)[1] + 1  # inside the safe box
    _seek(window, qtbot, 2100)  # its end is not shown
    assert canvas.words_placed() == []
    assert np.abs(_pixels(canvas.grab().toImage().copy(box)).astype(int) - old).mean() < 1.0


def test_karaoke_lights_the_next_word_and_playback_redraws_only_when_something_changes(shown, qtbot):
    window, canvas, doc = shown, shown.canvas, shown.doc
    doc.set_texts([TextBlock("satu dua tiga", 0.0, 3.0, style=TextStyle.KARAOKE)], "karaoke")
    _seek(window, qtbot, 300)
    first = canvas.words_placed()[0].image
    renders = canvas.words.renders
    canvas.repaint()
    canvas.repaint()
    assert canvas.words.renders == renders  # the same second: from the cache
    _seek(window, qtbot, 2700)
    assert not np.array_equal(_pixels(canvas.words_placed()[0].image), _pixels(first))  # another word lit


def test_soft_captions_show_as_a_player_shows_them_not_as_the_burned_picture(shown, qtbot):
    window, canvas, doc = shown, shown.canvas, shown.doc
    doc.set_texts([TextBlock("Halo", 0.0, 3.0)], "words")
    doc.set_soft_captions(True, "soft")
    _seek(window, qtbot, 1000)
    assert canvas.words_placed() == []  # not on the picture in the export
    image = _pixels(canvas.grab().toImage())
    r = canvas.frame_rect()
    band = image[int(r.bottom() - r.height() * 0.2): int(r.bottom() - r.height() * 0.08),
                 int(r.left() + 4): int(r.right() - 4), :3]
    assert (band.min(axis=2) > 190).any() and (band.max(axis=2) < 60).any()  # white words on a dark band


def test_dragging_the_block_places_it_inside_the_safe_box_one_step_per_drag(shown, qtbot):
    window, canvas, doc = shown, shown.canvas, shown.doc
    doc.set_texts([TextBlock("Halo semua", 0.0, 3.0)], "words")
    doc.undo_stack.clear()
    _seek(window, qtbot, 1000)
    word = canvas.words_placed()[0]
    s = canvas.scale()
    start = canvas.to_widget(word.x + word.image.width() / 2, word.y + word.image.height() / 2).toPoint()
    qtbot.mousePress(canvas, LEFT, pos=start)
    assert doc.text == 0
    for k in range(1, 5):
        qtbot.mouseMove(canvas, QPoint(start.x(), round(start.y() - 300 * s * k / 4)))
    qtbot.mouseRelease(canvas, LEFT, pos=QPoint(start.x(), round(start.y() - 300 * s)))
    moved = doc.edit.texts[0]
    assert moved.y is not None and doc.undo_stack.count() == 1
    assert abs(canvas.words_placed()[0].y - (word.y - 300)) <= 4 / s + 1
    word = canvas.words_placed()[0]
    start = canvas.to_widget(word.x + word.image.width() / 2, word.y + word.image.height() / 2).toPoint()
    qtbot.mousePress(canvas, LEFT, pos=start)
    qtbot.mouseMove(canvas, QPoint(start.x(), round(start.y() - 2000 * s)))  # far above the frame
    qtbot.mouseRelease(canvas, LEFT, pos=QPoint(start.x(), round(start.y() - 2000 * s)))
    top = doc.edit.texts[0]
    assert (top.place, top.y) == (TextPlace.TOP, None) and canvas.words_placed()[0].y == SAFE_TOP
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert (doc.edit.texts[0].place, doc.edit.texts[0].y) == (TextPlace.BOTTOM, None)


def test_a_dragged_block_snaps_to_the_safe_box_and_stays_inside_it():
    assert dragged_text(SAFE_TOP + 200, -200 + SNAP - 1, 100) == (TextPlace.TOP, None)
    assert dragged_text(SAFE_TOP + 200, 5000, 100) == (TextPlace.BOTTOM, None)
    place, y = dragged_text(SAFE_TOP + 200, 100, 100)
    assert place is None and y == pytest.approx((SAFE_TOP + 350 - SAFE_TOP) / (SAFE_BOTTOM - SAFE_TOP), abs=1e-4)


def test_the_story_preview_rendering_leaves_the_words_to_the_canvas(tmp_path):
    edit = Edit(shots=[ClipShot(str(tmp_path / "a.mp4"))])
    plain = preview_key(edit)
    edit.texts = [TextBlock("Halo", 0.0, 1.0)]
    edit.soft_captions = True
    assert preview_key(edit) == plain  # no new rendering for a word typed or moved


def test_a_story_shows_its_words_at_the_storys_second_and_the_lane_follows_the_strip(window, qtbot, make_clip):
    red = make_clip(size="160x90", seconds=2.0, source="color=c=red", tone=None)
    blue = make_clip(size="160x90", seconds=2.0, source="color=c=blue", tone=None)
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_files([str(red), str(blue)])
    doc, canvas, story, lane = window.doc, window.canvas, window.story, window.words.lane
    window.set_guides(False)
    doc.set_watermark_shown(False, "hide")
    doc.set_texts([TextBlock("merah", 0.2, 1.8), TextBlock("biru", 2.2, 3.8)], "words")
    qtbot.waitUntil(lambda: lane.isVisible())
    strip = story.strip
    column = window.words.column
    assert column.indexOf(lane) == column.indexOf(strip) + 1  # right under the strip
    offset = lane.mapFromGlobal(strip.mapToGlobal(QPoint(0, 0))).x()
    assert abs(lane.pill_rect(1).left() - (offset + strip.x_of(2.2))) < 1
    start = lane.pill_rect(0).center().toPoint()  # a drag on the lane moves by the strip's seconds
    dx = round(strip.x_of(0.3) - strip.x_of(0.0))
    qtbot.mousePress(lane, LEFT, pos=start)
    for k in range(1, 4):
        qtbot.mouseMove(lane, QPoint(start.x() + dx * k // 3, start.y()))
    qtbot.mouseRelease(lane, LEFT, pos=QPoint(start.x() + dx, start.y()))
    assert doc.edit.texts[0].start == pytest.approx(0.5, abs=0.03)
    doc.undo_stack.undo()
    assert doc.edit.texts[0].start == 0.2
    story.go(3.0)
    qtbot.waitUntil(lambda: story.preview.ready, timeout=60000)
    story.go(3.0)
    qtbot.waitUntil(lambda: canvas.framed and abs(canvas.video_second() - 3.0) < 0.05, timeout=10000)
    assert [p.index for p in canvas.words_placed()] == [1]
    qtbot.waitUntil(lambda: abs(lane.position - 3.0) < 0.05, timeout=5000)
    loaded = story.preview._loaded
    doc.change_texts(tx.edit_text(doc.edit.texts, 1, "biru laut"), "edit")
    assert story.preview.ready and story.preview._wanted == loaded  # the words do not make it render again
    assert canvas.words_placed()[0].index == 1
    story.strip.shotSelected.emit(0)  # the first shot, framed live: its clip's own time is the video's
    window.playback.seek(1000)
    qtbot.waitUntil(lambda: not canvas.framed and abs(canvas.video_second() - 1.0) < 0.05, timeout=10000)
    assert [p.index for p in canvas.words_placed()] == [0]
