"""Help ▸ Keyboard shortcuts: every menu action of the window and its keys, read from the menus
themselves (so a new action shows up here by itself)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for every menu of the window's menu bar, in menu order."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []

    def walk(menu: QMenu, title: str) -> None:
        rows: list[tuple[str, str]] = []
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{title} ▸ {_plain(action.text())}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
            if keys and action.isVisible():
                rows.append((_plain(action.text()), "   ".join(keys)))
        if rows:
            groups.append((title, rows))

    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk(action.menu(), _plain(action.text()))
    return groups


class ShortcutsWindow(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("ShortcutsWindow")
        self.resize(560, 620)
        self.lead = QLabel(objectName="Hint")
        self.lead.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 16, 18, 14)
        box.addWidget(self.lead)
        box.addWidget(self.tree, 1)
        box.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.lead.setText(self.tr("Everything in the menus works from the keyboard: press Alt to reach the menus, "
                                  "Tab to move between controls, Space or Enter to press a button."))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        for title, rows in shortcut_rows(self.window_):
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for text, keys in rows:
                self.tree.addTopLevelItem(QTreeWidgetItem([f"    {text}", keys]))
        extra = [s for s in self.window_.findChildren(QShortcut) if not s.key().isEmpty() and s.whatsThis()]
        if extra:
            group = QTreeWidgetItem([self.tr("Also"), ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for shortcut in extra:
                text = shortcut.whatsThis()
                keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
                self.tree.addTopLevelItem(QTreeWidgetItem([f"    {text}", keys]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

