"""“Buat teks dari suara”: the video's speech heard in the background, then the captions as one undo step.

:class:`SpeechCaptions` runs :func:`app.speech.hear.hear` on a copy of the Edit in a thread of its
own (a minute of speech takes tens of seconds on two cores), reports its progress and can be
cancelled; the window stays responsive. When it is done the heard captions replace the video's
captions (titles and free lines stay) as one undo step, selected as a draft to correct; a
cancel, a failure or a video with no speech changes nothing. The recogniser can be injected
(tests); the real one is :func:`app.speech.transcribe.transcribe`.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.errors import UserError
from app.media.probe import MediaInfo, probe
from app.messages import M, Message
from app.project.choices import TextKind
from app.project.edit import Edit
from app.project.texts import TextBlock
from app.speech import model
from app.speech.hear import Recognise, hear
from ui.session.document import Document
from ui.session.tasks import Task, TaskState, run_task, speech_pool


def with_heard(texts: list[TextBlock], heard: list[TextBlock]) -> list[TextBlock]:
    """The video's blocks with its captions replaced by the heard ones (titles and lines kept)."""
    kept = [b for b in texts if b.kind != TextKind.CAPTION]
    return sorted(kept + heard, key=lambda b: (b.start, b.end))


class SpeechCaptions(QObject):
    started = Signal()
    progress = Signal(float)  # 0..1
    finished = Signal(int)  # how many captions were made (the Edit has them, one undo step)
    failed = Signal(object)  # a core Message (no sound, no speech, the add-on missing, …)
    cancelled = Signal()
    running = Signal(bool)

    def __init__(self, doc: Document, recognise: Recognise | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.recognise = recognise  # None: the real recogniser (app.speech.transcribe)
        self.task: Task | None = None
        self.label = "Captions from speech"  # the undo step's name (the card gives it in the window's language)

    def is_running(self) -> bool:
        return self.task is not None

    def available(self) -> bool:
        """The add-on is there (or a recogniser was given)."""
        return self.recognise is not None or model.available()

    def start(self, language: str) -> bool:
        if self.task is not None or self.doc.media is None:
            return False
        edit = copy.deepcopy(self.doc.edit)
        medias = dict(self.doc.medias)
        if not edit.shots and self.doc.media is not None:
            medias.setdefault(edit.source, self.doc.media)
        source = self.doc.first_source()
        recognise = self.recognise

        def media(path: str) -> MediaInfo:
            return medias.get(path) or probe(path)

        def work(state: TaskState) -> tuple[str, Edit, list[TextBlock]]:
            blocks = hear(edit, language, state.report, state.should_cancel, recognise, media)
            return source, edit, blocks

        self.task = run_task(work, done=self._done, failed=self._failed, progress=self._progress,
                             cancelled=self._cancelled, pool=speech_pool())
        self.running.emit(True)
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def wait(self, timeout: float = 10.0) -> bool:
        return self.task is None or self.task.wait(timeout)

    def _over(self) -> None:
        self.task = None
        self.running.emit(False)

    def _progress(self, value: Any) -> None:
        if isinstance(value, (int, float)):
            self.progress.emit(float(value))

    def _done(self, result: tuple[str, Edit, list[TextBlock]]) -> None:
        self._over()
        source, _edit, blocks = result
        if source != self.doc.first_source():  # another video was opened meanwhile: not for this one
            self.cancelled.emit()
            return
        if not blocks:
            self.failed.emit(Message(M.NO_SPEECH_HEARD, file=source))
            return
        new = with_heard(self.doc.edit.texts, blocks)
        try:
            self.doc.set_texts(new, self.label)
        except UserError as exc:  # more blocks than a video holds
            self.failed.emit(exc.message)
            return
        first = next(i for i, b in enumerate(self.doc.edit.texts) if b.kind == TextKind.CAPTION)
        self.doc.select_text(first)
        self.finished.emit(len(blocks))

    def _failed(self, message: Message, _details: str) -> None:
        self._over()
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._over()
        self.cancelled.emit()

