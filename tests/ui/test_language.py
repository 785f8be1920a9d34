"""Bahasa Indonesia: switched at run time, every window and dialog walked, no English left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from app.project.preferences import Preferences
from tests.conftest import ARTIFACTS

# Words that are the same in both languages (names, platforms, key names) — allowed anywhere.
SAME_IN_BOTH = {
    "TikTok", "Reels", "Shorts", "WhatsApp", "Instagram", "YouTube", "Status", "AnakGENIUS", "Studio", "OK",
    "HTML", "Ctrl", "Shift", "Alt", "Home", "End", "Enter", "Tab", "Esc", "Del", "PgUp", "PgDown", "MB", "Qt",
    "GENIUS", "Backspace", "Gesit", "Empati", "beraNI", "Unggul", "Sehat", "Lato", "FFmpeg", "H", "AAC",
}
# Common English words: any of them in a visible text means a string was left untranslated.
ENGLISH = set(
    """the and your you to of with is on this for open save export play song start end show hide choose file
    cancel undo redo help edit view close done next back skip zoom sound fill fit blur size hashtag music
    length loop all from here make try sample preferences language theme light dark keys action step tour trim
    quit recent frame safe zone clip clips videos stop copy replace keep change quality best name where
    will it be can not no yes please project restore default computer same as chorus timeline result
    used part national day children top bottom left right middle draft quick check""".split()
)


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle() if widget.isWindow() else "", widget.toolTip(), widget.accessibleName(),
             widget.accessibleDescription()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            texts.append(item.text() if item is not None else "")
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        texts += [header.text(i) for i in range(header.columnCount())]
        for i in range(widget.topLevelItemCount()):
            item = widget.topLevelItem(i)
            texts += [item.text(c) for c in range(item.columnCount())]
    for action in widget.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return [t for t in texts if t]


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def english_left(root: QWidget, ignore: set[str] = frozenset()) -> list[str]:
    found = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for text in _texts(widget):
            if text in ignore:
                continue
            for user_text in ignore:  # file names and folders inside a sentence
                text = text.replace(user_text, "")
            text = re.sub(r"\S*[/\\]\S*|\S+\.(mp4|mov|mkv|anakgenius)\b", "", text)  # paths and file names
            words = re.findall(r"[A-Za-z]+", text.replace("&", ""))
            english = [w for w in words if w.lower() in ENGLISH and w not in SAME_IN_BOTH]
            if english:
                found.add(f"{type(widget).__name__}: {text!r}")
    return sorted(found)


@pytest.fixture
def indonesian(qapp):
    from ui.i18n.language import set_language

    assert set_language("id") == "id"
    QCoreApplication.processEvents()
    yield
    set_language("en")
    QCoreApplication.processEvents()


def _user_texts(window) -> set[str]:
    """Texts that come from the user or the campaign pack, not from the app."""
    campaign = window.campaign
    source = window.doc.edit.source
    return {t for t in (campaign.hashtag, campaign.description, source, Path(source).name, str(Path(source).parent))
            if t}


def test_switching_language_retranslates_the_open_window_without_restart(window, qtbot):
    from ui.i18n.language import set_language

    assert window.welcome.isVisible()
    assert "Open a clip…" == window.big_open.text()
    set_language("id")
    qtbot.waitUntil(lambda: window.big_open.text() == "Buka klip…", timeout=3000)
    assert window.menuBar().actions()[0].text() == "&Berkas"
    assert window.length_label.text() == "Buka klip untuk mulai"
    set_language("en")
    qtbot.waitUntil(lambda: window.big_open.text() == "Open a clip…", timeout=3000)
    assert window.menuBar().actions()[0].text() == "&File"


def test_qt_own_buttons_are_translated(indonesian):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] in (["Simpan", "Batal"], ["Batal", "Simpan"])
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ya"


def test_qtbase_source_texts_exist_in_qt():
    """Every source text of qtbase_id.ts is one Qt really uses (checked against Qt's German catalogue)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import PySide6

    from ui.i18n.language import ts_dir

    german = QTranslator()
    assert german.load(str(Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"))
    unknown = []
    for context in ET.parse(ts_dir() / "qtbase_id.ts").getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            if not german.translate(name, source) and source != "OK":
                unknown.append((name, source))
    assert unknown == []


def test_no_english_left_in_any_window_or_dialog(indonesian, open_clip, clip, qtbot, monkeypatch):
    window = open_clip(clip)
    # like a teacher: Preferences ▸ Language ▸ Bahasa Indonesia, saved
    window.preferences.save(Preferences(language="id"))
    qtbot.waitUntil(lambda: window.big_open.text() == "Buka klip…", timeout=3000)
    ignore = _user_texts(window)
    problems = english_left(window, ignore)
    ARTIFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTIFACTS / "indonesian-editor.png"))

    window.preferences.show()
    qtbot.waitExposed(window.preferences.dialog)
    problems += english_left(window.preferences.dialog, ignore)
    window.preferences.dialog.grab().save(str(ARTIFACTS / "indonesian-preferences.png"))
    window.preferences.dialog.reject()
    help_ = window.help
    help_.show_shortcuts()
    qtbot.waitExposed(help_.shortcuts_window)
    problems += english_left(help_.shortcuts_window, ignore)
    help_.shortcuts_window.close()
    for _ in range(4):
        if help_.tour is None:
            help_.start_tour()
        problems += english_left(help_.tour, ignore)
        if _ == 0:
            window.grab().save(str(ARTIFACTS / "indonesian-tour.png"))
        help_.tour.next()

    # every other window the app can open from its menus (export dialog, batch window, ...); a
    # modal one is walked and closed from a timer while its own event loop runs
    before = set(QApplication.topLevelWidgets())
    seen: list[QWidget] = []  # the widgets themselves: a bare id() is reused once a dialog is gone

    def walk_new() -> None:
        for top in set(QApplication.topLevelWidgets()) - before:
            if not top.isVisible() or isinstance(top, QMainWindow):
                continue
            try:
                if not any(top is old for old in seen):
                    seen.append(top)
                    problems.extend(english_left(top, ignore))
                    top.grab().save(str(ARTIFACTS / f"indonesian-{type(top).__name__}.png"))
            finally:
                top.close()  # whatever happened, a modal dialog must not stay open and hang the run

    for action in window.findChildren(type(help_.tour_action)):
        text = action.text().replace("&", "")
        if action.isEnabled() and action.menu() is None and text.endswith("…") and not any(
                word in text for word in ("Buka", "Simpan", "Preferensi")):
            timer = QTimer(interval=300)
            timer.timeout.connect(walk_new)
            timer.start()
            action.trigger()
            qtbot.wait(400)
            timer.stop()
            walk_new()

    # and the welcome page
    window.stack.setCurrentWidget(window.welcome)
    problems += english_left(window, ignore)
    window.grab().save(str(ARTIFACTS / "indonesian-welcome.png"))
    assert not problems, "English left:\n" + "\n".join(sorted(set(problems)))
