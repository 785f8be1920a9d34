"""A story in the window, driven like a user: open several files, add more by dropping, pick a
photo and see it, a broken file named, the story saved and opened again, exported from the dialog."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from app.media.probe import probe
from app.project.edit import Edit, PhotoShot
from tests.mediacheck import frame

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def red_photo(tmp_path) -> Path:
    path = tmp_path / "merah.jpg"
    Image.new("RGB", (300, 400), (220, 20, 20)).save(path)
    return path


def _open_story(window, qtbot, paths):
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_files([str(p) for p in paths])
    return window


def _drop(window, paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, data, LEFT, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_open_several_files_makes_a_story_and_a_photo_shows_in_the_preview(window, qtbot, make_clip, red_photo,
                                                                           monkeypatch):
    blue = make_clip(size="160x90", seconds=2.0, source="color=c=blue")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(blue), str(red_photo)], ""))
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.choose_clip()
    doc = window.doc
    assert [s.kind for s in doc.edit.shots] == ["clip", "photo"] and doc.shot == 0
    assert window.stack.currentWidget() is window.editor
    qtbot.waitUntil(lambda: window.canvas.frames_received > 0, timeout=10000)
    assert "00:05.00" in window.length_label.text()  # 2 s + the photo's 3 s
    assert "(+1)" in window.windowTitle()
    card = window.panel.story_card
    assert "1" in card.summary.text() and "2" in card.summary.text()

    doc.select_shot(1)  # the photo: shown framed in the preview, no player needed
    qtbot.waitUntil(lambda: window.canvas.current_image() is not None
                    and window.canvas.current_image().width() > 0, timeout=10000)
    window.set_guides(False)
    doc.set_watermark_shown(False, "hide")
    image = window.canvas.grab().toImage()
    p = window.canvas.to_widget(540, 960)
    c = image.pixelColor(round(p.x() * image.devicePixelRatio()), round(p.y() * image.devicePixelRatio()))
    assert c.red() > 180 and c.green() < 80 and c.blue() < 80
    assert card.photo_box.isVisibleTo(card) and card.photo_seconds.value() == 3.0
    card.photo_seconds.setValue(4.0)
    assert doc.edit.shots[1].seconds == 4.0 and "00:06.00" in window.length_label.text()


def test_dropping_files_on_the_editor_adds_them_after_the_selected_shot(window, qtbot, open_clip, clip,
                                                                      make_clip, red_photo, tmp_path):
    open_clip(clip)
    broken = tmp_path / "rusak.mov"
    broken.write_bytes(b"x" * 1000)
    green = make_clip(size="160x90", seconds=1.5, source="color=c=green")
    with qtbot.waitSignal(window.doc.shotChanged, timeout=10000):
        _drop(window, [red_photo, broken, green])
    doc = window.doc
    assert [Path(s.source).name for s in doc.edit.shots] == [clip.name, "merah.jpg", green.name]
    assert doc.shot == 1 and doc.undo_stack.count() == 1
    assert window.banner.isVisible() and "rusak.mov" in window.banner.text.text()
    doc.undo_stack.undo()
    assert not doc.is_story() and doc.media is not None and doc.media.path == str(clip)


def test_paste_a_folder_adds_its_clips_and_photos(window, qtbot, open_clip, clip, tmp_path):
    open_clip(clip)
    folder = tmp_path / "Hari Anak"
    folder.mkdir()
    for name, colour in (("1.jpg", (255, 0, 0)), ("2.png", (0, 0, 255))):
        Image.new("RGB", (90, 160), colour).save(folder / name)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    QGuiApplication.clipboard().setMimeData(data)
    with qtbot.waitSignal(window.doc.shotChanged, timeout=10000):
        window.paste_action.trigger()
    assert [Path(s.source).name for s in window.doc.edit.shots] == [clip.name, "1.jpg", "2.png"]


def test_a_story_project_saves_and_opens_again_with_a_missing_file_named(window, qtbot, make_clip, red_photo,
                                                                       tmp_path):
    blue = make_clip(size="160x90", seconds=2.0, source="color=c=blue")
    _open_story(window, qtbot, [blue, red_photo])
    window.doc.select_shot(1)
    window.doc.set_layout("fill", "Framing")
    project = tmp_path / "cerita.anakgenius"
    window.projects._write(str(project))
    saved = Edit.load(project)
    assert [s.kind for s in saved.shots] == ["clip", "photo"] and saved.shots[1].framing.layout == "fill"

    red_photo.rename(tmp_path / "pindah.jpg")
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        assert window.projects.open_project(project)
    assert [s.kind for s in window.doc.edit.shots] == ["clip"]
    assert "merah.jpg" in window.banner.text.text()


@pytest.mark.slow
def test_a_story_exports_from_the_dialog_with_each_shot_in_its_place(window, qtbot, make_clip, red_photo, tmp_path):
    blue = make_clip(size="160x90", seconds=2.0, source="color=c=blue")
    _open_story(window, qtbot, [blue, red_photo])
    doc = window.doc
    doc.set_watermark_shown(False, "hide")
    doc.set_song_on(False, "no song")
    qtbot.mouseClick(window.panel.export_button, LEFT)
    dialog = window.export_dialog()
    dialog.ask_folder = lambda: str(tmp_path)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    qtbot.mouseClick(dialog.draft_button, LEFT)
    assert "0:05" in dialog.fit_label.text()
    dialog.name_edit.setText("cerita")
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page, timeout=90000)
    out = tmp_path / "cerita.mp4"
    info = probe(out)
    assert (info.width, info.height) == (1080, 1920) and abs(info.duration - 5.0) < 0.1
    blue_mid = frame(out, 1.0).reshape(-1, 3).mean(axis=0)
    red_mid = frame(out, 3.5)[800:1100, 400:700].reshape(-1, 3).mean(axis=0)
    assert blue_mid[2] > 100 and blue_mid[0] < 60
    assert red_mid[0] > 150 and red_mid[2] < 80
    assert isinstance(doc.edit.shots[1], PhotoShot) and np.isfinite(blue_mid).all()


def _canvas_colour(window, x=540, y=960):
    image = window.canvas.grab().toImage()
    p = window.canvas.to_widget(x, y)
    c = image.pixelColor(round(p.x() * image.devicePixelRatio()), round(p.y() * image.devicePixelRatio()))
    return c.red(), c.green(), c.blue()


def test_the_preview_plays_the_story_and_a_seek_across_the_joint_shows_the_right_shot(window, qtbot, make_clip,
                                                                                      red_photo):
    blue = make_clip(size="160x90", seconds=2.0, source="color=c=blue")
    _open_story(window, qtbot, [blue, red_photo])
    window.set_guides(False)
    window.doc.set_watermark_shown(False, "hide")
    story = window.story
    assert story.strip.isVisible() and not window.timeline.view.music_lane
    qtbot.mouseClick(window.play_button, LEFT)  # Play: the whole story
    assert story.mode == "story" and window.canvas.framed
    qtbot.waitUntil(lambda: story.preview.ready, timeout=60000)
    story.go(1.0)  # in the clip
    qtbot.waitUntil(lambda: _canvas_colour(window)[2] > 150, timeout=10000)
    story.go(3.5)  # past the joint at 2 s: the photo
    qtbot.waitUntil(lambda: _canvas_colour(window)[0] > 150 and _canvas_colour(window)[2] < 100, timeout=10000)
    assert "00:03.15" in window.time_label.text() and "00:05.00" in window.time_label.text()
    assert abs(story.strip.position - 3.5) < 0.05

    story.strip.shotSelected.emit(0)  # a click on the first tile: that shot, framed live
    assert story.mode == "shot" and not window.canvas.framed and window.doc.shot == 0
    qtbot.waitUntil(lambda: _canvas_colour(window)[2] > 150, timeout=10000)


def test_the_strip_reorders_deletes_and_duplicates_shots_as_undo_steps(window, qtbot, make_clip, red_photo):
    blue = make_clip(size="160x90", seconds=2.0, source="color=c=blue")
    green = make_clip(size="160x90", seconds=1.5, source="color=c=green")
    _open_story(window, qtbot, [blue, red_photo, green])
    strip, doc = window.story.strip, window.doc
    names = lambda: [Path(s.source).name for s in doc.edit.shots]  # noqa: E731
    assert [item.source for item in strip.items] == [s.source for s in doc.edit.shots]
    strip.shotMoved.emit(0, 2)
    assert names() == ["merah.jpg", green.name, blue.name] and doc.shot == 2
    assert [item.source for item in strip.items] == [s.source for s in doc.edit.shots]  # the strip follows
    strip.duplicateRequested.emit(0)
    strip.deleteRequested.emit(3)
    assert names() == ["merah.jpg", "merah.jpg", green.name]
    for _ in range(3):
        doc.undo_stack.undo()
    assert names() == [blue.name, "merah.jpg", green.name]
    assert abs(strip.total - doc.result_seconds()) < 1e-6
