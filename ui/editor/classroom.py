"""What makes the window ready for a classroom, installed on the MainWindow by one call:

* File ▸ Open project / Save project / Save project as, autosave and crash recovery
  (:mod:`ui.editor.project_actions`);
* Edit ▸ Preferences (language and theme apply at once; :mod:`ui.dialogs.preferences`);
* Help ▸ Keyboard shortcuts, Help ▸ Show the tour, and "Try with a sample clip" (also a button on
  the welcome page) that makes a colourful practice clip with ffmpeg on this computer;
* accessible names for controls that only show an icon or a colour.

:func:`on_start` (called by ``run_app``, not by tests' windows) offers to restore a crashed
session and shows the first-run tour.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QPushButton

from app.errors import UserError
from app.media.sample_clip import make_sample_clip
from app.messages import Message
from app.project.preferences import Preferences
from ui.editor.project_actions import ProjectActions
from ui.i18n.language import set_language
from ui.i18n.wording import sentence
from ui.session.tasks import pool
from ui.style.theme import apply_theme

if TYPE_CHECKING:
    from ui.editor.window import MainWindow


class SampleSignals(QObject):
    done = Signal(str)
    failed = Signal(object)  # a Message


class SampleTask(QRunnable):
    def __init__(self) -> None:
        super().__init__()
        self.signals = SampleSignals()

    def run(self) -> None:
        try:
            path = make_sample_clip()
        except UserError as exc:
            self.signals.failed.emit(exc.message)
        else:
            self.signals.done.emit(str(path))


class Classroom(QObject):
    sampleReady = Signal(str)

    def __init__(self, window: MainWindow, prefs: Preferences | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.prefs = prefs or Preferences.load()
        self.projects = ProjectActions(window)
        self.sample_task: SampleTask | None = None
        self.tour = None
        self.shortcuts_window = None
        self.preferences_dialog = None
        self._build_menus()
        self._sample_button()
        self._name_controls()
        window.settings.preset = self.prefs.preset  # a newly opened clip is made for the default platform
        if not window.settings.last_export_folder and Path(self.prefs.export_folder).is_dir():
            window.settings.last_export_folder = self.prefs.export_folder
        window.installEventFilter(self)

    # Menus -----------------------------------------------------------------------------------------

    def _menu(self, position: int) -> QMenu | None:
        menus = [a.menu() for a in self.window.menuBar().actions() if a.menu() is not None]
        return menus[position] if len(menus) > position else None

    def _build_menus(self) -> None:
        w = self.window
        file_menu = self._menu(0)
        anchor = getattr(w, "export_action", None)
        if file_menu is not None:
            before = anchor if anchor in file_menu.actions() else None
            for action in self.projects.actions():
                file_menu.insertAction(before, action)
            self.sample_action = QAction(self.tr("Try with a &sample clip"), w)
            self.sample_action.triggered.connect(self.open_sample)
            file_menu.insertAction(before, self.sample_action)
            file_menu.insertSeparator(before)
        edit_menu = self._menu(1)
        self.preferences_action = QAction(self.tr("&Preferences…"), w, shortcut=QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        if edit_menu is not None:
            edit_menu.addSeparator()
            edit_menu.addAction(self.preferences_action)
        help_menu = w.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("HelpMenu")
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), w, shortcut=QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.tour_action = QAction(self.tr("Show the &tour"), w)
        self.tour_action.triggered.connect(self.start_tour)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.tour_action)
        self.help_menu = help_menu
        for action in (*self.projects.actions(), self.preferences_action, self.shortcuts_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _sample_button(self) -> None:
        big_open = getattr(self.window, "big_open", None)
        self.sample_button = QPushButton(self.tr("Try with a sample clip"), objectName="SampleButton")
        self.sample_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.sample_button.setToolTip(self.tr("Makes a colourful practice video on this computer"))
        self.sample_button.clicked.connect(self.open_sample)
        parent = big_open.parentWidget() if big_open is not None else None
        layout = parent.layout() if parent is not None else None
        if layout is None:
            return
        index = layout.indexOf(big_open)
        layout.insertWidget(index + 1, self.sample_button, 0, Qt.AlignmentFlag.AlignCenter)

    def _name_controls(self) -> None:
        """Controls that show only an icon or a colour get a name from their tooltip."""
        for button in self.window.findChildren(QAbstractButton):
            if not button.accessibleName() and not button.text() and button.toolTip():
                button.setAccessibleName(button.toolTip())

    # Actions ---------------------------------------------------------------------------------------

    def open_sample(self) -> None:
        if self.sample_task is not None:
            return
        self.sample_button.setEnabled(False)
        self.sample_action.setEnabled(False)
        self.window.statusBar().showMessage(self.tr("Making a sample clip…"))
        task = SampleTask()
        task.signals.done.connect(self._sample_done)
        task.signals.failed.connect(self._sample_failed)
        self.sample_task = task
        pool().start(task)

    def _sample_done(self, path: str) -> None:
        self.sample_task = None
        self.sample_button.setEnabled(True)
        self.sample_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        self.window.open_clip(path)
        self.sampleReady.emit(path)

    def _sample_failed(self, message: Message) -> None:
        self.sample_task = None
        self.sample_button.setEnabled(True)
        self.sample_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        self.window.banner.show_message(self.tr("The sample clip could not be made. %s") % sentence(message))

    def show_preferences(self) -> None:
        from ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.apply_preferences, self.window)
        self.preferences_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_preferences(dialog.chosen()))
        dialog.finished.connect(lambda _r: setattr(self, "preferences_dialog", None))
        dialog.open()

    def apply_preferences(self, prefs: Preferences) -> None:
        app = QApplication.instance()
        set_language(prefs.language)
        if app is not None and app.property("anakgeniusThemeChoice") != prefs.theme:
            apply_theme(app, prefs.theme)
            app.setProperty("anakgeniusThemeChoice", prefs.theme)

    def save_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.apply_preferences(prefs)
        self.window.settings.preset = prefs.preset
        prefs.save()

    def show_shortcuts(self) -> None:
        from ui.dialogs.shortcuts import ShortcutsWindow

        if self.shortcuts_window is None:
            self.shortcuts_window = ShortcutsWindow(self.window)
        self.shortcuts_window.fill()
        self.shortcuts_window.show()
        self.shortcuts_window.raise_()
        self.shortcuts_window.activateWindow()

    def start_tour(self) -> None:
        from ui.dialogs.tour import Tour

        if self.tour is not None:
            return
        self.tour = Tour(self.window)
        self.tour.finished.connect(self._tour_finished)
        self.tour.start()

    def _tour_finished(self, _completed: bool) -> None:
        self.tour = None
        if not self.prefs.tour_done:
            self.prefs.tour_done = True
            self.prefs.save()

    def shutdown(self) -> None:
        """The window closes normally: its autosave is no longer needed."""
        self.projects.discard_autosave()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.retranslate)
        return False

    def retranslate(self) -> None:
        """Texts computed from the Edit (title, length) are recomputed in the new language."""
        w = self.window
        if getattr(w, "_shut_down", False):
            return
        for name in ("_update_length", "_update_title"):
            hook = getattr(w, name, None)
            if callable(hook):
                hook()


def install(window: MainWindow) -> Classroom:
    return Classroom(window)


def on_start(window: MainWindow, clip: str | None = None) -> None:
    """After the window is shown (run_app): offer to restore a crashed session; first-run tour."""
    classroom: Classroom | None = getattr(window, "classroom", None)
    if classroom is None:
        return
    restoring = classroom.projects.offer_restore()
    if classroom.prefs.note:
        window.banner.show_message(
            classroom.tr("Your saved preferences could not be read, so the defaults are used.")
            if classroom.prefs.note != "newer" else
            classroom.tr("Your preferences were saved by a newer version of the app; the defaults are used."),
            "ok")
    if not restoring and not clip and not classroom.prefs.tour_done:
        classroom.start_tour()


def project_argument(argv: list[str]) -> str | None:
    """A ``.anakgenius`` file given on the command line."""
    for arg in argv:
        if arg.endswith(".anakgenius") and Path(arg).is_file():
            return arg
    return None

