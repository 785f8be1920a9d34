"""The Help menu: Help ▸ Keyboard shortcuts (:mod:`ui.dialogs.shortcuts`) and Help ▸ Show the
tour (:mod:`ui.dialogs.tour`); a finished or skipped tour is remembered in the Preferences."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.project.preferences import Preferences
from ui.dialogs.shortcuts import ShortcutsWindow
from ui.dialogs.tour import Tour, TourTarget


class HelpActions(QObject):
    """``window`` is any main window (the shortcuts are read from its menus, the tour covers it);
    ``targets`` are what each step of the tour points at."""

    def __init__(self, window: QMainWindow, prefs: Preferences, targets: Sequence[TourTarget]) -> None:
        super().__init__(window)
        self.window_ = window
        self.prefs = prefs
        self.targets = list(targets)
        self.tour: Tour | None = None
        self.shortcuts_window: ShortcutsWindow | None = None
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window, shortcut=QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.tour_action = QAction(self.tr("Show the &tour"), window)
        self.tour_action.triggered.connect(self.start_tour)

    def menu(self, parent: QMainWindow) -> QMenu:
        """The Help menu, added to ``parent``'s menu bar."""
        menu = parent.menuBar().addMenu(self.tr("&Help"))
        menu.setObjectName("HelpMenu")
        menu.addAction(self.shortcuts_action)
        menu.addAction(self.tour_action)
        return menu

    def show_shortcuts(self) -> None:
        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self.window_)
        self.shortcuts_window.fill()
        self.shortcuts_window.show()
        self.shortcuts_window.raise_()
        self.shortcuts_window.activateWindow()

    def start_tour(self) -> None:
        if self.tour is not None:
            return
        self.tour = Tour(self.window_, self.targets)
        self.tour.finished.connect(self._tour_finished)
        self.tour.start()

    def _tour_finished(self, _completed: bool) -> None:
        self.tour = None
        if not self.prefs.tour_done:
            self.prefs.tour_done = True
            self.prefs.save()
