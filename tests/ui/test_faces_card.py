"""#17 the "Sembunyikan wajah" card in the window: find the faces in the background, a thumbnail and a tick
box per person, the preview blurs the ticked faces, a box drawn by hand is one undo step, and a broken
detector disables only the card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.errors import UserError
from app.messages import M
from tests.conftest import ARTIFACTS
from tests.faceclip import face_clip


@pytest.fixture(scope="module")
def face(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return face_clip(tmp_path_factory.mktemp("gui-faces") / "anak.mp4", size="640x360", seconds=2.0,
                     x="200+60*t", face_height=140)


def _find(window, qtbot) -> None:
    card = window.panel.faces_card
    window.panel.show_card("faces")
    qtbot.mouseClick(card.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.state.status == "ready", timeout=60000)


def test_tick_a_person_and_the_preview_blurs_the_face(window, qtbot, open_clip, face):
    open_clip(face)
    card = window.panel.faces_card
    _find(window, qtbot)
    assert list(card.checks) == [1]
    assert not card.checks[1].icon().isNull()  # the person's face as a thumbnail
    before = window.canvas.grab().toImage()
    card.checks[1].click()
    assert window.doc.edit.hide.people == [1]
    qtbot.waitUntil(lambda: window.canvas.grab().toImage() != before, timeout=5000)
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / "faces-card.png"))
    window.doc.undo_stack.undo()
    assert window.doc.edit.hide.people == []
    assert not card.checks[1].isChecked()
    card.everyone.click()
    assert window.doc.edit.hide.everyone and not card.checks[1].isEnabled()


def test_a_box_drawn_on_the_preview_is_one_undo_step(window, qtbot, open_clip, face):
    open_clip(face)
    card = window.panel.faces_card
    card.draw_button.click()
    r = window.canvas.frame_rect()
    a = QPoint(round(r.center().x() - r.width() * 0.15), round(r.center().y() - r.height() * 0.04))
    b = QPoint(round(r.center().x() + r.width() * 0.15), round(r.center().y() + r.height() * 0.04))
    qtbot.mousePress(window.canvas, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(window.canvas, b)
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=b)
    (box,) = window.doc.edit.hide.boxes
    assert abs(box.x + box.w / 2 - 0.5) < 0.05 and abs(box.y + box.h / 2 - 0.5) < 0.05  # centred, as dragged
    assert 0.1 < box.w < 0.5 and 0.1 < box.h < 0.5
    assert (box.start, box.end) == (0.0, 0.5)  # at the first frame: half a second on
    assert card.clear_button.isVisible()
    window.doc.undo_stack.undo()
    assert window.doc.edit.hide.boxes == []


def test_a_broken_detector_disables_only_the_card(window, qtbot, open_clip, face, monkeypatch):
    import app.analysis.clip as clip_module

    def broken(*_a, **_k):
        raise UserError(M.FACE_DETECTOR_BROKEN)

    monkeypatch.setattr(clip_module, "cached_analysis", lambda *_a, **_k: None)
    monkeypatch.setattr(clip_module, "analyse", broken)
    open_clip(face)
    card = window.panel.faces_card
    window.panel.show_card("faces")
    qtbot.mouseClick(card.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.state.status == "broken", timeout=10000)
    assert not card.find_button.isEnabled() and not card.everyone.isEnabled()
    assert "face detector cannot start" in card.hint.text() or "pendeteksi wajah" in card.hint.text()
