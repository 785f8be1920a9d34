"""The story strip driven like a user: what it paints (tiles in order, as wide as they last, the
limit's tint), click to select, drag to reorder, keys, the joint badge, files dropped, the menu,
60 shots, and 20 photos of 12 megapixels getting their pictures off the GUI thread."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pytest
from PIL import Image, ImageFile
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.conftest import ARTIFACTS, ffmpeg
from ui.story import thumbs as thumbs_module
from ui.story.items import CLIP, CROSSFADE, CUT, DIP, PHOTO, StripJoint, StripShot, StripSong, strip_data
from ui.story.strip import BAR_Y, MIN_TILE, SHOT_Y, StoryStrip
from ui.style.sheet import YELLOW

ROW = SHOT_Y + 22  # a row of the tiles clear of the number, the joint badges and the length text


@pytest.fixture(scope="module")
def colour_media(tmp_path_factory):
    """A red clip (2 s), and green, blue and white photos: tiles told apart by colour."""
    folder = tmp_path_factory.mktemp("strip")
    red = folder / "red.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=c=red:s=160x90:r=30:d=2", "-pix_fmt", "yuv420p", str(red))
    photos = {}
    for name, rgb in (("green.jpg", (0, 200, 0)), ("blue.png", (0, 0, 230)), ("white.jpg", (255, 255, 255))):
        path = folder / name
        Image.new("RGB", (400, 300), rgb).save(path)
        photos[name.split(".")[0]] = path
    return {"red": red, **photos}


def _shots(media, lengths=(2.0, 3.0, 1.0, 2.0)) -> tuple[list[StripShot], list[StripJoint], float]:
    kinds = [(CLIP, media["red"]), (PHOTO, media["green"]), (PHOTO, media["blue"]), (PHOTO, media["white"])]
    items, joints, t = [], [], 0.0
    for i, ((kind, path), length) in enumerate(zip(kinds, lengths, strict=True)):
        items.append(StripShot(kind, str(path), t, length, path.name))
        if i:
            joints.append(StripJoint(i, CUT, t))
        t += length
    return items, joints, t


@pytest.fixture
def strip(qapp, qtbot, colour_media):
    widget = StoryStrip()
    widget.resize(900, 160)
    qtbot.addWidget(widget)
    items, joints, total = _shots(colour_media)
    widget.set_story(items, joints, total, 60.0, "60 s limit", StripSong(False))
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: all(widget.thumbs.image(s.source, widget._thumb_height()) is not None
                                for s in widget.items), timeout=15000)
    return widget


def _colour(rgb) -> str:
    r, g, b = rgb[:3]
    if min(r, g, b) > 200:
        return "white"
    if r > 150 and g < 90 and b < 90:
        return "red"
    if g > 140 and r < 90 and b < 90:
        return "green"
    if b > 150 and r < 90 and g < 90:
        return "blue"
    return "other"


def _runs(strip) -> list[tuple[str, int, int]]:
    """(colour, first x, last x) along ROW, other colours (gaps, borders) left out."""
    image = strip.grab().toImage()
    scale = image.width() / strip.width()
    runs: list[tuple[str, int, int]] = []
    for x in range(int(strip.lane_left()), int(strip.lane_left() + strip.lane_width())):
        c = image.pixelColor(int(x * scale), int(ROW * scale))
        name = _colour((c.red(), c.green(), c.blue()))
        if name == "other":
            continue
        if runs and runs[-1][0] == name and x - runs[-1][2] <= 3:
            runs[-1] = (name, runs[-1][1], x)
        else:
            runs.append((name, x, x))
    return runs


def _drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 10) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(widget, start + (end - start) * (i / steps))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def _centre(strip, index: int) -> QPoint:
    r = strip.tile_rect(index)
    return QPoint(round(r.center().x()), ROW)


def _record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_tiles_are_painted_in_order_as_wide_as_their_shots_last(strip):
    runs = _runs(strip)
    assert [name for name, _, _ in runs] == ["red", "green", "blue", "white"]
    widths = [last - first + 1 for _, first, last in runs]
    scale = strip.scale()
    for width, shot in zip(widths, strip.items, strict=True):
        assert abs(width - shot.length * scale) <= 6  # the 1 px gaps and the rounded corners
    assert strip.scale() == pytest.approx(strip.lane_width() / 8.0)  # 8 s fit the width
    ARTIFACTS.mkdir(exist_ok=True)
    strip.grab().save(str(ARTIFACTS / "story_strip.png"))


def test_a_clip_tile_shows_frames_of_its_trimmed_part_across_its_width(qapp, qtbot, tmp_path):
    clip = tmp_path / "red then blue.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=c=red:s=160x90:r=30:d=2", "-f", "lavfi", "-i", "color=c=blue:s=160x90:r=30:d=2",
           "-filter_complex", "[0][1]concat=n=2:v=1", "-pix_fmt", "yuv420p", str(clip))
    widget = StoryStrip()
    widget.resize(700, 160)
    qtbot.addWidget(widget)
    widget.set_story([StripShot(CLIP, str(clip), 0.0, 2.0, clip_start=1.0)], [], 2.0, 60.0, "")  # 1 s … 3 s
    widget.show()
    qtbot.waitUntil(lambda: widget.thumbs.frames(str(clip)) is not None, timeout=15000)
    rect = widget.tile_rect(0)

    def seen() -> tuple[str, str]:  # the tile as painted now (its pictures may still be on their way)
        image = widget.grab().toImage()
        s = image.width() / widget.width()
        left = image.pixelColor(int((rect.left() + rect.width() * 0.2) * s), int(ROW * s))
        right = image.pixelColor(int((rect.left() + rect.width() * 0.8) * s), int(ROW * s))
        return _colour((left.red(), left.green(), left.blue())), _colour((right.red(), right.green(), right.blue()))

    qtbot.waitUntil(lambda: "white" not in seen(), timeout=15000)
    assert seen() == ("red", "blue")  # 1.0 … 2.0 s of the clip, then 2.0 … 3.0 s


def test_a_click_selects_the_shot_and_highlights_it(strip, qtbot):
    seen = _record(strip.shotSelected)
    moved = _record(strip.shotMoved)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=_centre(strip, 1))
    assert seen == [(1,)] and strip.selected == 1
    assert moved == []  # a plain click never moves
    image = strip.grab().toImage()
    s = image.width() / strip.width()
    rect = strip.tile_rect(1)
    border = image.pixelColor(int((rect.left() + 1.5) * s), int(ROW * s))
    assert abs(border.red() - QColor(YELLOW).red()) < 30 and abs(border.green() - QColor(YELLOW).green()) < 30
    assert "2" in strip.accessibleDescription() and strip.accessibleName()


def test_dragging_shot_0_after_shot_2_moves_it_there(strip, qtbot):
    moved = _record(strip.shotMoved)
    target = strip.tile_rect(3)
    end = QPoint(round(target.left() + 6), ROW)  # just into shot 3: the gap between shots 2 and 3
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=_centre(strip, 0))
    for i in range(1, 11):
        qtbot.mouseMove(strip, _centre(strip, 0) + (end - _centre(strip, 0)) * (i / 10))
    assert strip._gap == 3  # the insertion marker shows where it goes
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=end)
    assert moved == [(0, 2)]  # Story.move(0, 2): its index afterwards
    # to the very end, and back to the start
    _drag(qtbot, strip, _centre(strip, 1), QPoint(round(strip.tile_rect(3).right() - 2), ROW))
    _drag(qtbot, strip, _centre(strip, 2), QPoint(round(strip.tile_rect(0).left() + 3), ROW))
    assert moved[1:] == [(1, 3), (2, 0)]
    # a wobble smaller than a drag, and a drag that ends where it started, move nothing
    _drag(qtbot, strip, _centre(strip, 1), _centre(strip, 1) + QPoint(2, 1), steps=2)
    _drag(qtbot, strip, _centre(strip, 1), _centre(strip, 1) + QPoint(12, 0))
    assert len(moved) == 3 and strip._gap == -1


def test_keys_select_move_and_ask_to_delete_or_duplicate(strip, qtbot):
    selected = _record(strip.shotSelected)
    deleted = _record(strip.deleteRequested)
    duplicated = _record(strip.duplicateRequested)
    moved = _record(strip.shotMoved)
    strip.setFocus()
    strip.set_selected(1)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    qtbot.keyClick(strip, Qt.Key.Key_Right)  # the last one stays selected
    assert [s[0] for s in selected] == [2, 3, 3]
    qtbot.keyClick(strip, Qt.Key.Key_Delete)
    assert deleted == [(3,)]
    qtbot.keyClick(strip, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert moved == [(3, 2)]
    qtbot.keyClick(strip, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert duplicated == [(3,)]


def test_the_context_menu_duplicates_deletes_and_moves(strip):
    deleted = _record(strip.deleteRequested)
    duplicated = _record(strip.duplicateRequested)
    moved = _record(strip.shotMoved)
    actions = [a for a in strip.menu_for(0).actions() if not a.isSeparator()]
    assert [a.isEnabled() for a in actions] == [True, True, False, True]  # the first cannot go left
    for action in actions:
        action.trigger()
    assert duplicated == [(0,)] and deleted == [(0,)] and moved == [(0, 1)]


def test_clicking_a_joint_badge_asks_for_that_joint(strip, qtbot, colour_media):
    items, _, total = _shots(colour_media)
    joints = [StripJoint(1, CUT, 2.0), StripJoint(2, CROSSFADE, 4.5, 4.5, 5.0), StripJoint(3, DIP, 6.0, 5.8, 6.2)]
    strip.set_story(items, joints, total, 60.0, "", StripSong(False))
    clicked = _record(strip.jointClicked)
    selected = _record(strip.shotSelected)
    centre = strip.joint_centre(joints[1])
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert clicked == [(2,)] and selected == []  # the badge, not the shot under it


def test_files_dropped_on_the_strip_go_where_they_were_dropped(strip, colour_media, tmp_path):
    dropped = _record(strip.filesDropped)
    files = [str(colour_media["green"]), str(colour_media["red"])]
    for x, index in ((strip.tile_rect(0).left() + 3, 0), (strip.tile_rect(1).center().x() + 5, 2),
                     (strip.tile_rect(3).right() - 3, 4)):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(f) for f in files])
        where, args = QPointF(x, ROW), (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                        Qt.KeyboardModifier.NoModifier)
        enter = QDragEnterEvent(where.toPoint(), *args)
        QApplication.sendEvent(strip, enter)
        assert enter.isAccepted()
        QApplication.sendEvent(strip, QDragMoveEvent(where.toPoint(), *args))
        assert strip._gap == index  # the insertion marker shows where they go
        QApplication.sendEvent(strip, QDropEvent(where, *args))
        assert dropped[-1] == (files, index)
    assert len(dropped) == 3


def test_the_ruler_seeks_while_the_mouse_is_down(strip, qtbot):
    seeks = _record(strip.seekRequested)
    y = SHOT_Y - 10
    _drag(qtbot, strip, QPoint(round(strip.x_of(1.0)), y), QPoint(round(strip.x_of(5.0)), y), steps=4)
    assert seeks[0][0] == pytest.approx(1.0, abs=0.1) and seeks[0][1] is True
    assert seeks[-1][0] == pytest.approx(5.0, abs=0.1) and seeks[-1][1] is False
    assert all(abs(t * 30 - round(t * 30)) < 1e-6 for t, _ in seeks)  # on frames


def test_over_the_limit_the_part_beyond_is_tinted(strip, colour_media):
    items, joints, total = _shots(colour_media)
    strip.set_story(items, joints, total, 6.5, "6.5 s limit", StripSong(False))
    image = strip.grab().toImage()
    s = image.width() / strip.width()
    inside = image.pixelColor(int(strip.x_of(7.5) * s), int(ROW * s))  # the white photo, beyond 6.5 s
    before = image.pixelColor(int(strip.x_of(6.2) * s), int(ROW * s))
    assert _colour((before.red(), before.green(), before.blue())) == "white"
    assert inside.red() > inside.green() + 40  # tinted red


def test_sixty_shots_scroll_and_the_selection_stays_in_sight(qapp, qtbot, colour_media):
    widget = StoryStrip()
    widget.resize(900, 160)
    qtbot.addWidget(widget)
    items = [StripShot(PHOTO, str(colour_media["green" if i % 2 else "blue"]), i * 3.0, 3.0) for i in range(60)]
    joints = [StripJoint(i, CUT, i * 3.0) for i in range(1, 60)]
    widget.set_story(items, joints, 180.0, 60.0, "60 s limit")
    widget.show()
    assert widget.scroll.isVisible() and widget.scroll.geometry().top() == BAR_Y
    assert all(widget.tile_rect(i).width() >= MIN_TILE - 2 for i in range(60))
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End)
    last = widget.tile_rect(59)
    assert widget.lane_left() <= last.left() and last.right() <= widget.lane_left() + widget.lane_width() + 1
    widget.zoom_by(2.0)
    assert widget.scale() == pytest.approx(2 * widget.base_scale())


def test_the_strip_data_follow_the_story_layout(tmp_path):
    from app.project.choices import TransitionKind
    from app.project.story import ClipShot, PhotoShot, Transition, Trim

    shots = [ClipShot("/a.mp4", Trim(1.0, 3.0)), PhotoShot("/b.jpg"),
             PhotoShot("/c.jpg", transition=Transition(TransitionKind.CROSSFADE, 0.5))]
    items, joints, total = strip_data(shots, Transition())
    assert [(i.kind, i.start, i.length) for i in items] == [(CLIP, 0.0, 2.0), (PHOTO, 2.0, 3.0), (PHOTO, 4.5, 3.0)]
    assert items[0].clip_start == 1.0 and total == 7.5
    assert [(j.index, j.kind) for j in joints] == [(1, CUT), (2, CROSSFADE)] and joints[1].span == (4.5, 5.0)


@pytest.fixture(scope="module")
def big_photos(tmp_path_factory):
    """20 copies of one 4000×3000 JPEG (12 megapixels), each its own file."""
    folder = tmp_path_factory.mktemp("big")
    first = folder / "photo00.jpg"
    rng = np.random.default_rng(15)
    small = rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)
    Image.fromarray(small).resize((4000, 3000), Image.Resampling.BILINEAR).save(first, quality=88)
    paths = [first]
    for i in range(1, 20):
        paths.append(folder / f"photo{i:02d}.jpg")
        shutil.copy(first, paths[-1])
    return paths


def test_twenty_big_photos_get_thumbnails_decoded_reduced_off_the_gui_thread(qapp, qtbot, big_photos, monkeypatch):
    decoded: list[tuple[int, int]] = []
    threads: set[bool] = set()
    running, most = [0], [0]
    lock = threading.Lock()
    real_load, real_photo = ImageFile.ImageFile.load, thumbs_module.photo_image

    def load(self):  # noqa: ANN001
        decoded.append(self.size)
        return real_load(self)

    def photo_image(path, height):  # noqa: ANN001
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        threads.add(threading.current_thread() is threading.main_thread())
        try:
            return real_photo(path, height)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    monkeypatch.setattr(thumbs_module, "photo_image", photo_image)
    widget = StoryStrip(thumbs=thumbs_module.ThumbCache())  # its own: nothing cached yet
    widget.resize(1200, 160)
    qtbot.addWidget(widget)
    items = [StripShot(PHOTO, str(p), i * 3.0, 3.0, p.name) for i, p in enumerate(big_photos)]
    gaps: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    clock = [0.0]

    def tick() -> None:
        import time

        now = time.monotonic()
        if clock[0]:
            gaps.append(now - clock[0])
        clock[0] = now

    timer.timeout.connect(tick)
    timer.start()
    widget.show()
    widget.set_story(items, [StripJoint(i, CUT, i * 3.0) for i in range(1, 20)], 60.0, 60.0, "60 s limit")
    height = widget._thumb_height()
    qtbot.waitUntil(lambda: all(widget.thumbs.image(s.source, height) is not None for s in items), timeout=60000)
    timer.stop()
    assert threads == {False}  # never decoded on the GUI thread
    assert most[0] <= 2  # two at once, for two cores
    assert decoded and max(w * h for w, h in decoded) <= 4000 * 3000 / 16  # the decoder read 1/4 or 1/8
    image = widget.thumbs.image(items[0].source, height)
    assert image.height() == height and image.width() == round(height * 4 / 3)
    # the stall the user would feel is in bench/story_thumbs_bench.py (timed figures stay out of tests)
    print(f"longest GUI gap while loading: {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks")


def test_the_strip_speaks_indonesian(strip, colour_media, qapp):
    from ui.i18n.language import set_language

    assert set_language("id") == "id"
    qapp.processEvents()  # the window's language change reaches the strip
    try:
        items, joints, total = _shots(colour_media)
        strip.set_story(items, joints, total, 6.5, "", StripSong(False))
        strip.set_selected(1)
        assert strip.labels["shots"] == "Bagian" and strip.accessibleName() == "Linimasa cerita"
        assert strip.accessibleDescription().startswith("Bagian 2 dari 4: foto, 3,0 dtk")
        assert strip.labels["too_long"].replace("%1", "1,5 dtk") == "kelebihan 1,5 dtk"
        assert [a.text() for a in strip.menu_for(1).actions() if not a.isSeparator()] == [
            "Gandakan", "Hapus", "Pindah ke kiri", "Pindah ke kanan"]
    finally:
        set_language("en")
        qapp.processEvents()


def test_a_damaged_or_missing_file_gets_a_tile_that_says_so(qapp, qtbot, colour_media, tmp_path):
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    missing = tmp_path / "hilang.mp4"
    widget = StoryStrip()
    widget.resize(600, 160)
    qtbot.addWidget(widget)
    items = [StripShot(PHOTO, str(broken), 0.0, 3.0), StripShot(CLIP, str(missing), 3.0, 3.0),
             StripShot(PHOTO, str(colour_media["green"]), 6.0, 3.0)]
    widget.set_story(items, [StripJoint(1, CUT, 3.0), StripJoint(2, CUT, 6.0)], 9.0, 60.0, "")
    widget.show()
    height = widget._thumb_height()
    qtbot.waitUntil(lambda: widget.thumbs.failed(str(broken), height), timeout=15000)
    assert widget.thumbs.failed(str(missing), height)
    qtbot.waitUntil(lambda: widget.thumbs.image(str(colour_media["green"]), height) is not None, timeout=15000)
    image = widget.grab().toImage()  # painted without error; the good photo is still shown
    s = image.width() / widget.width()
    c = image.pixelColor(int(widget.tile_rect(2).center().x() * s), int(ROW * s))
    assert _colour((c.red(), c.green(), c.blue())) == "green"
