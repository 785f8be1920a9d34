"""Ready for the classroom: projects, autosave and crash recovery, preferences, offline, keyboard,
screen readers, the tour and the sample clip."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QTreeWidget,
    QWidget,
)

from app.project.autosave import find_crashed
from app.project.edit import Edit
from app.project.preferences import Preferences
from tests.conftest import ARTIFACTS, ROOT

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QAbstractSlider, QAbstractSpinBox, QTreeWidget)


def _make_changes(doc) -> None:
    def mutate(e: Edit) -> None:
        e.trim.start, e.trim.end = 0.5, 2.5
        e.framing.layout, e.framing.focus = "fill", 0.3
        e.watermark.text, e.watermark.x, e.watermark.y = "#KelasGENIUS", 0.4, 0.6
        e.watermark.scale, e.watermark.opacity = 1.5, 0.8
        e.audio.song_volume, e.audio.clip_volume, e.audio.fade_out = 0.7, 0.4, 2.0
        e.audio.song_start, e.preset, e.card = 3.0, "whatsapp", "lower-third"

    doc.change("many", mutate)


def test_save_and_reopen_restores_every_setting(open_clip, clip, qtbot, tmp_path, monkeypatch):
    window = open_clip(clip)
    projects = window.projects
    _make_changes(window.doc)
    saved = window.doc.edit
    target = tmp_path / "kelas 5B.anakgenius"
    monkeypatch.setattr(projects, "ask_save_path", lambda: str(target))
    assert projects.save()  # no project yet: asks where (Save As)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    # the clip is elsewhere: absolute; a clip next to the project is stored relative
    assert Path(data["source"]).is_absolute()

    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_clip(clip)  # a fresh edit replaces it
    assert window.doc.edit != saved
    with qtbot.waitSignal(projects.projectOpened, timeout=10000):
        assert projects.open_project(target)
    assert window.doc.edit == saved
    assert projects.project_path == str(target)
    assert not window.doc.undo_stack.canUndo()  # opening is not an undoable step


def test_project_next_to_its_clip_is_relative_and_a_moved_clip_is_asked_for(
    open_clip, make_clip, qtbot, tmp_path, monkeypatch
):
    folder = tmp_path / "tugas"
    folder.mkdir()
    clip = folder / "video saya.mp4"
    clip.write_bytes(make_clip(seconds=2.0).read_bytes())
    window = open_clip(clip)
    projects = window.projects
    _make_changes(window.doc)
    saved = window.doc.edit
    project = folder / "proyek.anakgenius"
    monkeypatch.setattr(projects, "ask_save_path", lambda: str(project))
    assert projects.save_as()
    assert json.loads(project.read_text(encoding="utf-8"))["source"] == "video saya.mp4"

    moved = tmp_path / "elsewhere" / "video saya.mp4"
    moved.parent.mkdir()
    clip.rename(moved)
    asked: list[str] = []
    monkeypatch.setattr(projects, "ask_moved_clip", lambda missing: asked.append(missing) or "")
    assert not projects.open_project(project)  # the user gave up: a sentence, no crash
    assert asked and window.banner.isVisible() and "video saya.mp4" in window.banner.text.text()

    monkeypatch.setattr(projects, "ask_moved_clip", lambda missing: str(moved))
    with qtbot.waitSignal(projects.projectOpened, timeout=10000):
        assert projects.open_project(project)
    assert window.doc.edit.source == str(moved)
    assert window.doc.edit.watermark == saved.watermark and window.doc.edit.trim == saved.trim


def test_a_damaged_project_gets_a_sentence(window, tmp_path):
    bad = tmp_path / "rusak.anakgenius"
    bad.write_text("{not json", encoding="utf-8")
    assert not window.projects.open_project(bad)
    assert "rusak.anakgenius" in window.banner.text.text()


def test_autosave_writes_after_a_few_seconds_and_is_removed_on_close(open_clip, clip, qtbot, monkeypatch):
    window = open_clip(clip)
    projects = window.projects
    projects.timer.setInterval(200)
    window.doc.change("text", lambda e: setattr(e.watermark, "text", "#Autosave"))
    with qtbot.waitSignal(projects.autosaved, timeout=5000):
        pass
    assert projects.autosaver.path.is_file()
    assert Edit.from_dict(json.loads(projects.autosaver.path.read_text())).watermark.text == "#Autosave"
    assert find_crashed() == []  # this app is still running: not a crash
    window.shutdown()
    assert not projects.autosaver.path.exists()


CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from ui.editor.start import create_app, create_window
app = create_app()
window = create_window()
window.show()
clip = sys.argv[1]
def edit():
    window.doc.change("text", lambda e: setattr(e.watermark, "text", "#SebelumMatiLampu"))
    window.doc.change("trim", lambda e: setattr(e.trim, "start", 1.25))
window.clipLoaded.connect(lambda _p: QTimer.singleShot(100, edit))
window.projects.autosaved.connect(lambda: print("AUTOSAVED", flush=True))
QTimer.singleShot(0, lambda: window.open_clip(clip))
app.exec()
"""


def test_killed_during_editing_the_next_start_offers_to_restore(window, clip, qtbot, private_home, monkeypatch):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANAKGENIUS_HOME": str(private_home)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(clip)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        line = ""
        while time.monotonic() < deadline and "AUTOSAVED" not in line:
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                break
        assert "AUTOSAVED" in line, "the app never autosaved"
    finally:
        child.send_signal(signal.SIGKILL)  # the power cut
        child.wait(10)

    crashed = find_crashed()
    assert len(crashed) == 1 and crashed[0].edit.watermark.text == "#SebelumMatiLampu"

    asked = []
    monkeypatch.setattr(window.projects, "ask_restore", lambda found: asked.append(found) or True)
    with qtbot.waitSignal(window.projects.projectOpened, timeout=10000):
        window.on_start()
    assert asked
    assert window.doc.edit.watermark.text == "#SebelumMatiLampu" and window.doc.edit.trim.start == 1.25
    assert find_crashed() == []  # offered once


def test_preferences_dialog_applies_language_and_theme_and_saves(window, qtbot):
    window.preferences.show()
    dialog = window.preferences.dialog
    qtbot.waitExposed(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.theme.activated.emit(dialog.theme.currentIndex())
    assert QApplication.instance().property("anakgeniusTheme") == "dark"
    dialog.preset.setCurrentIndex(dialog.preset.findData("reels"))
    dialog.accept()
    saved = Preferences.load()
    assert saved.theme == "dark" and saved.preset == "reels" and saved.note == ""
    assert window.prefs.preset == "reels"  # the one Preferences the window and its dialogs share
    assert window.doc.platform == "reels"  # the next clip is made for it
    window.preferences.save(Preferences())
    assert QApplication.instance().property("anakgeniusTheme") == "light"


def test_a_broken_preferences_file_shows_a_note(window, qtbot):
    from app.project.preferences import preferences_path

    preferences_path().write_text("{broken", encoding="utf-8")
    window.prefs = Preferences.load()
    window.prefs.tour_done = True
    window.on_start()
    assert window.banner.isVisible() and "defaults" in window.banner.text.text()


# Offline ------------------------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args)[:120])
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    real_socket = socket.socket

    class Guarded(real_socket):
        def __init__(self, family=-1, *args, **kwargs):
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket({family})")
                raise OSError("network blocked by the test")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", Guarded)
    yield attempts
    assert attempts == [], f"the app tried to use the network: {attempts}"


@pytest.mark.slow
def test_open_edit_export_batch_without_network(no_network, open_clip, clip, make_clip, qtbot, tmp_path,
                                                monkeypatch):
    from app.export.batch import BatchItem, run_batch
    from app.export.job import export
    from app.media.probe import probe

    window = open_clip(clip)
    window.doc.change("text", lambda e: setattr(e.watermark, "text", "#Luring"))
    monkeypatch.setattr(window.projects, "ask_save_path", lambda: str(tmp_path / "p.anakgenius"))
    assert window.projects.save()
    out = export(window.doc.edit, tmp_path / "out.mp4")
    assert probe(str(out)).duration > 2
    items = [BatchItem(str(clip)), BatchItem(str(make_clip(seconds=2.0)))]
    run_batch(items, window.doc.edit, tmp_path)
    assert [i.status for i in items] == ["done", "done"]


def test_no_network_code_in_the_app():
    """No module of the app imports a network library (no telemetry, no update check)."""
    banned = ("import socket", "urllib", "http.client", "requests", "QNetwork", "QtNetwork", "QTcpSocket")
    for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]:
        if path.is_relative_to(ROOT / "app" / "share"):  # #18: the one server, while sharing (test_share_offline)
            continue
        text = path.read_text(encoding="utf-8")
        for word in banned:
            assert word not in text, f"{path.name} mentions {word}"


# Everyone can use it ----------------------------------------------------------------------------------


def _nameless(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root.window()):
            continue
        if isinstance(widget, QScrollBar) or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: the box itself carries the name
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} tip={widget.toolTip()!r}")
    return missing


def test_every_control_has_an_accessible_name(open_clip, clip, qtbot):
    window = open_clip(clip)
    from ui.dialogs.preferences import PreferencesDialog
    from ui.dialogs.shortcuts import ShortcutsWindow

    dialogs = [PreferencesDialog(Preferences(), lambda p: None, window), ShortcutsWindow(window)]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
    window.help.start_tour()
    problems = _nameless(window) + [p for d in dialogs for p in _nameless(d)]
    window.help.tour.skip()
    for dialog in dialogs:
        dialog.close()
    assert problems == []


def test_every_menu_is_reachable_with_alt_and_shortcuts_are_listed(window, qtbot):
    from ui.dialogs.shortcuts import ShortcutsWindow, shortcut_rows

    titles = [a.text() for a in window.menuBar().actions()]
    assert all("&" in t for t in titles), titles
    listed = {text: keys for _, rows in shortcut_rows(window) for text, keys in rows}
    assert listed["Save project"] == "Ctrl+S"
    assert listed["Open project"] == "Ctrl+Shift+O"
    assert listed["Keyboard shortcuts"] == "F1"
    window.help.shortcuts_action.trigger()
    shortcuts = window.help.shortcuts_window
    qtbot.waitExposed(shortcuts)
    assert isinstance(shortcuts, ShortcutsWindow) and shortcuts.tree.topLevelItemCount() > 10
    ARTIFACTS.mkdir(exist_ok=True)
    shortcuts.grab().save(str(ARTIFACTS / "shortcuts-window.png"))
    shortcuts.close()


def test_tab_moves_focus_through_the_preferences_in_order(window, qtbot):
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Preferences(), lambda p: None, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    order = [dialog.language]
    while len(order) < 6:
        widget = order[-1].nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [dialog.language, dialog.campaign, dialog.folder, dialog.browse, dialog.preset, dialog.theme]
    dialog.close()


def test_tour_walks_four_steps_and_can_be_skipped(window, qtbot):
    help_ = window.help
    help_.start_tour()
    tour = help_.tour
    titles = []
    for index in range(4):
        titles.append(tour.title.text())
        target = tour.target_rect()  # before a clip is open: the welcome screen's same step
        assert target is not None
        if index:
            step = window.welcome_steps[index]
            assert target.contains(step.mapTo(window, step.rect().center()))
        tour.next()
    assert titles == ["Open a clip", "Trim", "Music and hashtag", "Export"]
    assert help_.tour is None and Preferences.load().tour_done
    help_.start_tour()
    help_.tour.next_button.setFocus()
    qtbot.keyClick(help_.tour.next_button, Qt.Key.Key_Escape)
    assert help_.tour is None


@pytest.mark.slow
def test_sample_clip_button_makes_and_opens_a_colourful_clip(window, qtbot):
    with qtbot.waitSignal(window.clipLoaded, timeout=60000):
        qtbot.mouseClick(window.sample.button, Qt.MouseButton.LeftButton)
    media = window.doc.media
    assert media.width == 1280 and media.height == 720 and media.has_audio and 7.5 < media.duration < 8.5
    qtbot.waitUntil(lambda: window.canvas.frames_received > 0, timeout=10000)
    image = window.canvas.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(0, image.width(), 7)}
    assert len(colours) > 6  # colourful: testsrc2's bars (a flat picture gives one or two; the exact count
    # of blended edge pixels moves with the canvas height, i.e. with the body font's metrics)


def test_unsaved_changes_are_asked_about_before_they_are_lost(open_clip, clip, make_clip, qtbot, tmp_path, monkeypatch):
    """Closing, or opening another clip, after edits that were neither saved nor exported asks first:
    Cancel keeps everything, Save writes the project, and an export counts as kept."""
    other = make_clip(name="lain.mp4")
    window = open_clip(clip)
    projects = window.projects
    asked = []

    def answer(reply):
        monkeypatch.setattr(projects, "ask_unsaved", lambda: asked.append(reply) or reply)

    answer("cancel")
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_clip(clip)  # nothing changed: no question
    assert asked == []
    _make_changes(window.doc)
    edited = window.doc.edit

    window.open_clip(other)  # Cancel: the edit stays
    qtbot.wait(300)
    assert asked == ["cancel"] and window.doc.edit == edited
    assert not window.close() and window.isVisible()  # Cancel: the window stays open
    assert asked == ["cancel", "cancel"]

    target = tmp_path / "tugas.anakgenius"
    monkeypatch.setattr(projects, "ask_save_path", lambda: str(target))
    answer("save")
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_clip(other)
    assert Edit.load(target) == edited  # saved before it was replaced

    asked.clear()
    _make_changes(window.doc)
    window.exportStarted.emit()
    window.exportFinished.emit(str(tmp_path / "video.mp4"))  # exported: the work is not lost
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        window.open_clip(clip)
    assert asked == []

    answer("cancel")
    _make_changes(window.doc)
    window.exportStarted.emit()
    window.doc.change("during the export", lambda e: setattr(e.watermark, "text", "#Kelas5"))
    window.exportFinished.emit(str(tmp_path / "video.mp4"))
    window.open_clip(other)  # the change made while it ran is not in the video: asked
    assert asked == ["cancel"]
    answer("discard")  # let the window close at the end of the test
