"""#17 "Ikuti subjek" in the window: the fourth framing button, the analysis in the background with
its progress, the canvas crop following the face while scrubbing, a drag as one undo step that
pins the path there, a sentence when no face is found, and the option disabled when the detector
cannot load."""

from __future__ import annotations

from pathlib import Path

import pytest
from faceclip import face_clip
from PySide6.QtCore import QPoint, QPointF, Qt

from app.messages import M, Message
from tests.conftest import ARTIFACTS
from ui.i18n.wording import sentence


@pytest.fixture(scope="module")
def face_video(tmp_path_factory) -> Path:
    # the face on the left for 2 s, then on the right: the crop must move
    return face_clip(tmp_path_factory.mktemp("fg") / "anak bernyanyi.mp4", size="960x540", seconds=4.0,
                     face_height=150, x="if(lt(t,2),W*0.22-w/2,W*0.78-w/2)")


def _choose_follow(window, qtbot):
    button = window.panel.layout_buttons["follow"]
    assert button.isEnabled() and button.text() in ("Follow subject", "Ikuti subjek")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.doc.edit.framing.layout == "follow"
    qtbot.waitUntil(lambda: window.canvas.follow_path is not None, timeout=30000)


def _seek(window, qtbot, seconds: float):
    frames = window.canvas.frames_received
    window.playback.seek(int(seconds * 1000))
    qtbot.waitUntil(lambda: abs(window.canvas.source_time - seconds) < 0.1, timeout=5000)
    qtbot.waitUntil(lambda: window.canvas.frames_received > frames, timeout=5000)  # that moment's picture
    qtbot.wait(200)


def test_follow_subject_frames_the_face_and_a_drag_is_a_keyframe(window, open_clip, qtbot, face_video):
    open_clip(face_video)
    _choose_follow(window, qtbot)
    canvas = window.canvas
    _seek(window, qtbot, 1.0)
    left = canvas.follow_centre()
    assert left == pytest.approx(0.22, abs=0.05)
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / "follow-window.png"))
    _seek(window, qtbot, 3.5)
    assert canvas.follow_centre() == pytest.approx(0.78, abs=0.05)  # the crop went with the face
    canvas.grab().save(str(ARTIFACTS / "follow-canvas-right.png"))

    # drag the picture to the right at 3.5 s: the crop's centre moves left there, as one undo step
    steps = window.doc.undo_stack.count()
    r = canvas.frame_rect()
    start = QPoint(round(r.center().x()), round(r.center().y()))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for dx in (10, 20, 40):
        canvas.mouseMoveEvent(_move(canvas, start + QPoint(dx, 0)))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 0))
    assert window.doc.undo_stack.count() == steps + 1
    ((t, centre),) = window.doc.edit.framing.keys
    assert t == pytest.approx(3.5, abs=0.1) and centre < 0.78
    assert canvas.follow_centre() == pytest.approx(centre, abs=0.005)  # the path re-smoothed through it
    window.doc.undo_stack.undo()
    assert window.doc.edit.framing.keys == []


def _move(widget, pos: QPoint):
    from PySide6.QtGui import QMouseEvent

    return QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def test_no_face_says_so_and_frames_with_blur(window, open_clip, qtbot, make_clip):
    clip = make_clip(size="320x180", seconds=1.0, name="tanpa wajah.mp4")
    open_clip(clip)
    _choose_follow(window, qtbot)
    assert not window.canvas.follow_path.follows_anything and window.canvas.follow_centre() is None
    said = sentence(Message(M.NO_FACES_FOUND, file="tanpa wajah.mp4"))
    qtbot.waitUntil(lambda: window.panel.layout_hint.text() == said, timeout=5000)


def test_a_broken_detector_disables_the_option(qapp, qtbot, campaign, monkeypatch):
    import app.analysis.detector as detector
    from app.errors import UserError
    from app.project.settings import Settings
    from ui.editor.start import create_app
    from ui.editor.window import MainWindow

    def broken():
        raise UserError(M.FACE_DETECTOR_BROKEN)

    monkeypatch.setattr("ui.editor.follow_view.load_detector", broken)
    monkeypatch.setattr(detector, "_cached", None)
    create_app()
    win = MainWindow(campaign, Settings.load())
    qtbot.addWidget(win)
    button = win.panel.layout_buttons["follow"]
    said = sentence(Message(M.FACE_DETECTOR_BROKEN))
    qtbot.waitUntil(lambda: button.toolTip() == said, timeout=5000)
    assert not button.isEnabledTo(win.panel)  # greyed even when a clip is open
    win.shutdown()


def test_the_framing_card_in_indonesian(qtbot, face_video, campaign):
    from app.project.settings import Settings
    from ui.editor.start import create_app
    from ui.editor.window import MainWindow
    from ui.i18n.language import set_language

    create_app()
    assert set_language("id") == "id"
    try:
        win = MainWindow(campaign, Settings.load())
        win.resize(1366, 740)
        win.projects.ask_unsaved = lambda: "discard"
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.clipLoaded, timeout=10000):
            win.open_clip(face_video)
        qtbot.waitUntil(lambda: win.canvas.frames_received > 0, timeout=10000)
        assert win.panel.layout_buttons["follow"].text() == "Ikuti subjek"
        _choose_follow(win, qtbot)
        _seek(win, qtbot, 1.0)
        ARTIFACTS.mkdir(exist_ok=True)
        win.grab().save(str(ARTIFACTS / "follow-window-id.png"))
        assert win.panel.layout_hint.text() == "Bingkai mengikuti wajah; geser untuk membetulkan"
        win.shutdown()
    finally:
        set_language("en")
