"""The one export queue: the editor's export and the classroom batch never run at the same time.

A school laptop has two cores; one ffmpeg encode already uses both. Every export job (one video
from the editor, or a whole batch) is a :class:`ui.session.tasks.Task` on a private QThreadPool
with a single thread, so jobs run strictly one after another. Jobs never touch widgets: they emit
signals from their own QObject, which Qt delivers queued to slots on the GUI thread (connect bound
methods of QObjects, not lambdas, so the slot runs on the GUI thread).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from app import files
from app.errors import Cancelled, UserError
from app.export import decoders, encoders
from app.export.batch import BatchItem, batch_at_once, run_batch
from app.export.job import export
from app.media.probe import probe
from app.messages import M, Message
from app.project import srt
from app.project.edit import Edit
from app.project.preferences import Preferences
from ui.session.tasks import Task, TaskSignals, TaskState

EXPORT_UNEXPECTED = Message(M.EXPORT_UNEXPECTED)


@dataclass(frozen=True)
class ExportResult:
    path: str
    size: int  # bytes
    seconds: float  # length of the video
    notice: Message | None = None  # one sentence to show, e.g. the video chip failed and libx264 made it (#19)
    srt: str = ""  # the captions' .srt written beside the video (#16), or none


def chosen_encoder(encoder: str | None) -> str:
    """The encoder an export job uses: as given, or the preference ("Chip video laptop": Otomatis →
    auto, Mati → libx264). With auto the chips are tried on the job's own thread the first time
    (a second or two, once per ffmpeg version), never on the window's."""
    encoder = encoder or Preferences.load().encoder
    if encoder == "auto":
        encoders.detect()
    return encoder


def chosen_decoder() -> str:
    """#21: the decoder an export job reads its clip with: the preference's (auto unless the video chip is
    turned off); with auto the chips are tried on the job's own thread the first time, never on the window's."""
    decoder = Preferences.load().decoder
    if decoder == "auto":
        decoders.detect()
    return decoder


class BatchSignals(TaskSignals):
    item = Signal(int, object)  # index, a copy of the BatchItem (its status changed)
    item_progress = Signal(int, float)  # index, 0..1
    notice = Signal(object)  # a Message to show once (the video chip was given up, #19)


def export_job(edit: Edit, output: str, overwrite: bool = False, cut: bool = False,
               encoder: str | None = None, srt_beside: bool = False) -> Task:
    """One video from the editor: :func:`app.export.job.export` on a copy of the Edit. Reports its
    progress (0..1); its result is an :class:`ExportResult`. ``encoder``: see :func:`chosen_encoder`.
    ``srt_beside``: the captions also go into an .srt of the same name, once the video is made (#16)."""
    edit = copy.deepcopy(edit)
    claimed = files.claim(Path(output))  # another export to this name is refused while it waits its turn

    def work(state: TaskState) -> ExportResult:
        notices: list[Message] = []
        out = export(edit, output, overwrite=overwrite, cut=cut, on_progress=state.report,
                     should_cancel=state.should_cancel, encoder=chosen_encoder(encoder), on_notice=notices.append,
                     decoder=chosen_decoder())
        try:
            seconds = probe(out).duration
        except UserError:
            seconds = 0.0
        subtitles = ""
        if srt_beside and srt.captions(edit.texts):  # the captions the video shows, cut where it ends
            subtitles = str(srt.write(srt.beside(out), edit.texts, seconds or None))
        return ExportResult(str(out), Path(out).stat().st_size, seconds, notices[0] if notices else None, subtitles)

    task = Task(work, EXPORT_UNEXPECTED)
    task.signals.over.connect(lambda: files.forget(claimed))  # done, failed, cancelled, never started
    return task


def batch_job(items: list[BatchItem], template: Edit, folder: str, encoder: str | None = None) -> Task:
    """Many clips with one template, two at a time (:func:`app.export.batch.run_batch`). Reports
    the overall fraction; its ``signals`` (:class:`BatchSignals`) also tell each clip's status and
    progress; its result is the list of BatchItems."""
    items = [copy.deepcopy(i) for i in items]
    template = copy.deepcopy(template)
    signals = BatchSignals()

    parts = [0.0] * len(items)  # each clip's fraction: a batch makes two at once (app.export.batch)

    def on_item(index: int, item: BatchItem) -> None:
        if item.status in ("done", "failed", "cancelled"):
            parts[index] = 1.0
            signals.progress.emit(sum(parts) / max(1, len(items)))
        signals.item.emit(index, copy.deepcopy(item))

    def on_progress(index: int, fraction: float) -> None:
        parts[index] = fraction
        signals.item_progress.emit(index, fraction)
        signals.progress.emit(sum(parts) / max(1, len(items)))

    def work(state: TaskState) -> list[BatchItem]:
        done = run_batch(items, template, Path(folder), on_item, on_progress, state.should_cancel,
                         encoder=chosen_encoder(encoder), on_notice=signals.notice.emit, at_once=batch_at_once())
        if state.is_cancelled:
            raise Cancelled()
        return [copy.deepcopy(i) for i in done]

    return Task(work, EXPORT_UNEXPECTED, signals)


class ExportQueue(QObject):
    """Runs export jobs one at a time, in the order they were given."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # two cores: one encode at a time
        self._pool.setExpiryTimeout(-1)
        self.jobs: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def submit(self, job: Task) -> Task:
        self.jobs.append(job)
        job.signals.over.connect(self._over)
        self._pool.start(job)
        if len(self.jobs) == 1:
            self.busyChanged.emit(True)
        return job

    def cancel(self, job: Task) -> None:
        """Stop a running job at once, or take a waiting one out of the queue."""
        job.cancel()
        if not job.running and self._pool.tryTake(job):
            job.finish_unstarted()

    def cancel_all(self) -> None:
        for job in list(self.jobs):
            self.cancel(job)

    def wait(self, timeout: float = 10.0) -> bool:
        return self._pool.waitForDone(round(timeout * 1000))

    def _over(self) -> None:
        self.jobs = [j for j in self.jobs if not j.is_done()]
        if not self.jobs:
            self.busyChanged.emit(False)
