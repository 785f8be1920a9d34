"""Two exports, two windows (issue 20): the dialog refuses a file another export is still making,
and every crashed window's autosave is offered, none lost."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from app import files
from app.project.autosave import Autosaver, find_crashed
from app.project.edit import Edit

LEFT = Qt.MouseButton.LeftButton


def _dialog(window, qtbot, folder, name):
    qtbot.mouseClick(window.panel.export_button, LEFT)
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    dialog.ask_folder = lambda: str(folder)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, name)
    return dialog


def _written_by(pid: int, target) -> None:
    """A note as a running export in process ``pid`` writes it."""
    note = files.remember(files.temp_for(target, files.new_token()), target)
    data = json.loads(note.read_text(encoding="utf-8"))
    note.write_text(json.dumps({**data, "pid": pid}), encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_dialog_refuses_a_file_another_copy_of_the_app_is_making(open_clip, clip, qtbot, tmp_path, language):
    from ui.i18n.language import set_language

    target = tmp_path / "tugas.mp4"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])  # another window's export
    set_language(language)
    try:
        _written_by(other.pid, target)
        window = open_clip(clip)
        dialog = _dialog(window, qtbot, tmp_path, "tugas")
        qtbot.mouseClick(dialog.export_button, LEFT)
        shown = dialog.note_label.text()
        assert dialog.job is None and not window.exports.busy, "nothing started"
        assert dialog.pages.currentWidget() is dialog.setup_page and dialog.note_label.isVisible()
        assert "tugas.mp4" in shown and shown.count(".") == 2, shown  # one sentence (and the file's dot)
        assert ("masih membuat" in shown) if language == "id" else ("still making" in shown), shown
        assert not list(tmp_path.iterdir())
    finally:
        set_language("en")
        other.kill()
        other.wait()
    # the other export is over (its process is gone): the same name is fine now
    assert not files.being_written(target)


def test_the_dialog_refuses_a_file_this_window_is_making(open_clip, clip, qtbot, tmp_path):
    target = tmp_path / "dua kali.mp4"
    note = files.remember(files.temp_for(target, files.new_token()), target)  # the batch, in this window
    try:
        window = open_clip(clip)
        dialog = _dialog(window, qtbot, tmp_path, "dua kali")
        qtbot.mouseClick(dialog.export_button, LEFT)
        assert dialog.job is None and "still making" in dialog.note_label.text()
    finally:
        files.forget(note)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_two_crashed_windows_are_both_offered_and_a_declined_one_goes(window, clip, qtbot, monkeypatch):
    for text in ("#jendelaSatu", "#jendelaDua"):
        edit = Edit(source=str(clip))
        edit.watermark.text = text
        assert Autosaver(pid=_dead_pid()).save(edit)
        time.sleep(0.02)
    asked = []

    def answer(found) -> bool:
        asked.append(found.edit.watermark.text)
        return len(asked) == 2  # decline the newest, restore the other

    monkeypatch.setattr(window.projects, "ask_restore", answer)
    with qtbot.waitSignal(window.projects.projectOpened, timeout=10000):
        window.on_start()
    assert asked == ["#jendelaDua", "#jendelaSatu"]
    assert window.doc.edit.watermark.text == "#jendelaSatu"
    assert find_crashed() == []  # the declined one is gone; the restored one is this window's now
    assert window.projects.autosaver.path.is_file()


def test_an_export_waiting_its_turn_counts_as_being_made(clip, tmp_path):
    from ui.session.export_queue import export_job

    target = tmp_path / "antre.mp4"
    job = export_job(Edit(source=str(clip)), str(target))
    assert files.being_written(target)  # the dialog (here or in another window) refuses this name
    job.finish_unstarted()  # taken out of the queue before it ran
    assert not files.being_written(target)
