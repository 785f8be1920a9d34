"""File ▸ Try with a sample clip (also a button on the welcome page): a colourful practice clip
made by ffmpeg on this computer (:mod:`app.media.sample_clip`), then opened like any clip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from app.media.sample_clip import make_sample_clip
from app.messages import Message
from ui.i18n.wording import sentence
from ui.session.tasks import Task, run_task


class SampleClip(QObject):
    """The action and the button; ``open_clip`` opens the clip once it is made, ``problem`` shows a
    sentence, ``status`` shows (or, with "", clears) a note in the status bar."""

    sampleReady = Signal(str)

    def __init__(self, parent: QWidget, open_clip: Callable[[str], None], problem: Callable[[str], None],
                 status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._open_clip, self._problem, self._status = open_clip, problem, status
        self.task: Task | None = None
        self.action = QAction(self.tr("Try with a &sample clip"), parent)
        self.action.triggered.connect(self.open_sample)
        self.button = QPushButton(self.tr("Try with a sample clip"), objectName="SampleButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setToolTip(self.tr("Makes a colourful practice video on this computer"))
        self.button.clicked.connect(self.open_sample)

    def open_sample(self) -> None:
        if self.task is not None:
            return
        self._set_busy(True)
        self._status(self.tr("Making a sample clip…"))
        self.task = run_task(lambda _state: str(make_sample_clip()), done=self._done, failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.action.setEnabled(not busy)

    def _done(self, path: str) -> None:
        self.task = None
        self._set_busy(False)
        self._status("")
        self._open_clip(path)
        self.sampleReady.emit(path)

    def _failed(self, message: Message, _details: str) -> None:
        self.task = None
        self._set_busy(False)
        self._status("")
        self._problem(self.tr("The sample clip could not be made. %s") % sentence(message))
