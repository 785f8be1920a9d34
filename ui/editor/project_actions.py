"""Projects and recovery in the window: File ▸ Open project / Save project / Save project as, the
autosave every few seconds of editing, and restoring what a crash left behind.

A project is an :class:`app.project.edit.Edit` saved as ``.anakgenius`` JSON (schema version, the clip's
path relative to the project where possible). Opening one probes its clip like File ▸ Open clip
and then puts the saved Edit in place, exactly. A clip that has moved is asked for.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.errors import UserError
from app.kinds import VIDEO_PATTERNS
from app.project.autosave import Autosaver, Recovered, find_crashed
from app.project.edit import Edit
from app.project.settings import Settings
from ui.i18n.wording import sentence
from ui.session.document import Document

OpenClip = Callable[[str, Edit | None], None]  # open this clip, then put this Edit (or a fresh one) in place

SUFFIX = ".anakgenius"
AUTOSAVE_MS = 3000  # after this much quiet following a change, the edit is written


class ProjectActions(QObject):
    """The project actions for ``doc``. ``open_clip`` probes a clip and opens it with an Edit; the
    window tells :meth:`clip_loaded` / :meth:`open_failed` how that went, and
    :meth:`export_started` / :meth:`exported` about exports (exported changes are not unsaved).
    ``problem`` shows a sentence; ``status`` a short note. Dialogs open over ``parent``."""

    projectOpened = Signal(str)  # the Edit of a project (or a recovered autosave) is in the editor
    projectSaved = Signal(str)
    autosaved = Signal()

    def __init__(self, doc: Document, settings: Settings, parent: QWidget, open_clip: OpenClip,
                 problem: Callable[[str], None], status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.doc, self.settings, self.parent_ = doc, settings, parent
        self._open_clip, self._problem_, self._status = open_clip, problem, status
        self.project_path: str = ""
        self._pending: str | None = None  # the project whose clip is being opened
        self.autosaver = Autosaver()
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave_now)
        self._exported_at = -1  # the undo index of the last export: its changes are not lost
        self._exporting_at = -1  # the undo index when the running export started
        self.doc.changed.connect(self._changed)

        self.open_action = QAction(self.tr("Open &project…"), parent, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.open_action.triggered.connect(self.choose_project)
        self.save_action = QAction(self.tr("&Save project"), parent, shortcut=QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction(self.tr("Save project &as…"), parent, shortcut=QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self.save_as)
        self._update_actions()

    def actions(self) -> list[QAction]:
        return [self.open_action, self.save_action, self.save_as_action]

    # Asking the user (tests replace these) ------------------------------------------------------

    def ask_open_path(self) -> str:
        folder = self.settings.last_open_folder or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.parent_, self.tr("Open a project"), folder,
                                              self.tr("AnakGENIUS projects (*.anakgenius);;All files (*)"))
        return path

    def ask_save_path(self) -> str:
        source = Path(self.doc.first_source())
        suggestion = self.project_path or str(source.with_suffix(SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self.parent_, self.tr("Save the project"), suggestion,
                                              self.tr("AnakGENIUS projects (*.anakgenius)"))
        if path and not path.endswith(SUFFIX):
            path += SUFFIX
        return path

    def ask_moved_clip(self, missing: str) -> str:
        """The project's clip is not where it was: where is it now? '' to give up."""
        answer = QMessageBox.question(
            self.parent_, self.tr("Where is the clip?"),
            self.tr("The clip of this project, %s, has been moved or deleted. Do you want to find it?")
            % Path(missing).name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return ""
        folder = self.settings.last_open_folder or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self.parent_, self.tr("Find the clip %s") % Path(missing).name,
                                              folder, self.tr("Videos (%s);;All files (*)") % VIDEO_PATTERNS)
        return path

    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel': what to do with changes that were neither saved nor exported."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Keep your changes?"),
                          self.tr("You changed %s but did not save or export it. Save the project first?")
                          % Path(self.doc.first_source()).name, parent=self.parent_)
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Don’t save"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        return {save: "save", discard: "discard"}.get(box.clickedButton(), "cancel")

    def ask_restore(self, found: Recovered) -> bool:
        when = datetime.fromtimestamp(found.saved_at).strftime("%H:%M")
        answer = QMessageBox.question(
            self.parent_, self.tr("Restore your work?"),
            self.tr("AnakGENIUS Studio did not close properly last time. Restore your unsaved work on %1 "
                    "(saved at %2)?").replace("%1", Path(found.edit.source).name).replace("%2", when),
        )
        return answer == QMessageBox.StandardButton.Yes

    # Opening ---------------------------------------------------------------------------------------

    def choose_project(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path) -> bool:
        try:
            edit = Edit.load(path)
        except UserError as exc:
            self._problem(self.tr("This project can’t be opened: %s") % sentence(exc, False))
            return False
        if self.load_edit(edit, str(Path(path).absolute())):
            self.settings.last_open_folder = str(Path(path).parent)
            return True
        return False

    def load_edit(self, edit: Edit, project: str = "") -> bool:
        """Open the Edit's clip, then put the Edit in place. False when the clip can't be found."""
        if not self.settle_unsaved():
            return False
        if edit.shots:  # a story: the window reads its files and names any that are missing
            self._pending = project
            self._open_clip("", copy.deepcopy(edit))
            return True
        if not Path(edit.source).is_file():
            found = self.ask_moved_clip(edit.source)
            if not found:
                self._problem(self.tr("The project was not opened: its clip %s is missing.")
                              % Path(edit.source).name)
                return False
            edit.source = str(Path(found).absolute())
        self._pending = project
        self._open_clip(edit.source, copy.deepcopy(edit))
        return True

    def clip_loaded(self, _path: str) -> None:
        """A clip is in the editor (with the project's Edit when it was opened as one)."""
        pending, self._pending = self._pending, None
        self.project_path = pending or ""  # a plain clip: not a project yet
        self.doc.undo_stack.setClean()
        self._exported_at = -1
        self._update_actions()
        if pending is not None:
            self.projectOpened.emit(self.project_path)

    def open_failed(self, _message: str) -> None:
        self._pending = None

    # Saving ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.doc.media is None:
            return False
        if not self.project_path:
            return self.save_as()
        return self._write(self.project_path)

    def save_as(self) -> bool:
        if self.doc.media is None:
            return False
        path = self.ask_save_path()
        if not path:
            return False
        return self._write(path)

    def _write(self, path: str) -> bool:
        try:
            self.doc.edit.save(path)
        except OSError as exc:
            self._problem(self.tr("The project was not saved: %s") % sentence(exc, False))
            return False
        self.project_path = str(Path(path).absolute())
        self.doc.undo_stack.setClean()
        self._status(self.tr("Project saved: %s") % Path(path).name)
        self.projectSaved.emit(self.project_path)
        return True

    # Unsaved changes ------------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Edits since the clip was opened, the project saved or the video exported."""
        stack = self.doc.undo_stack
        return self.doc.media is not None and not stack.isClean() and stack.index() != self._exported_at

    def settle_unsaved(self) -> bool:
        """Before the edit is replaced or the window closes: True to go on (saved, or the user lets
        the changes go), False to stay (cancelled, or saving did not happen)."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def export_started(self) -> None:
        self._exporting_at = self.doc.undo_stack.index()

    def exported(self, _path: str) -> None:
        self._exported_at = self._exporting_at  # edits made while it ran are not in the file

    def _update_actions(self) -> None:
        has_clip = self.doc.media is not None
        self.save_action.setEnabled(has_clip)
        self.save_as_action.setEnabled(has_clip)

    # Autosave and recovery ------------------------------------------------------------------------

    def _changed(self) -> None:
        self._update_actions()
        if self.doc.media is not None and not self.timer.isActive():
            self.timer.start()

    def autosave_now(self) -> None:
        if self.doc.media is not None and self.autosaver.save(self.doc.edit, self.project_path):
            self.autosaved.emit()

    def discard_autosave(self) -> None:
        self.timer.stop()
        self.autosaver.discard()

    def offer_restore(self) -> bool:
        """At start: offer what crashes left behind, newest first, one at a time. True when one is
        being restored. Each is claimed first (it becomes this window's autosave, so another window
        starting now never offers the same one); a declined one is removed and the next offered;
        after a restore the rest wait for the next start (or another window)."""
        for found in find_crashed():
            claimed = self.autosaver.claim(found)
            if claimed is None:
                continue  # another window took it
            if self.ask_restore(claimed):
                return self.load_edit(claimed.edit, claimed.project)
            self.autosaver.discard()
        return False

    def _problem(self, text: str) -> None:
        self._problem_(text)
