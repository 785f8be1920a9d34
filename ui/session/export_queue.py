"""The one export queue: the editor's export and the classroom batch never run at the same time.

A school laptop has two cores; one ffmpeg encode already uses both. Every export job (one video
from the editor, or a whole batch) is a QRunnable on a private QThreadPool with a single thread,
so jobs run strictly one after another. Jobs never touch widgets: they emit signals from their own
QObject, which Qt delivers queued to slots on the GUI thread (connect bound methods of QObjects,
not lambdas, so the slot runs on the GUI thread).
"""

from __future__ import annotations

import copy
import threading
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import Cancelled, ExportError, UserError
from app.export.batch import BatchItem, run_batch
from app.export.job import export
from app.media.probe import probe
from app.messages import M, Message
from app.project.edit import Edit


@dataclass(frozen=True)
class ExportResult:
    path: str
    size: int  # bytes
    seconds: float  # length of the video


class JobSignals(QObject):
    started = Signal()  # the job left the queue and is running now
    progress = Signal(float)  # 0..1 (one export) or the overall fraction (a batch)
    finished = Signal(object)  # ExportResult (one export) or list[BatchItem] (a batch)
    failed = Signal(object, str)  # a Message for the user, the technical details
    cancelled = Signal()
    over = Signal()  # always last, whatever happened
    # batch only
    item = Signal(int, object)  # index, a copy of the BatchItem (status changed)
    item_progress = Signal(int, float)  # index, 0..1


class Job(QRunnable):
    """Something the queue runs; :meth:`cancel` works before it starts and while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.running = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def run(self) -> None:
        self.running = True
        try:
            if self.is_cancelled:
                self.signals.cancelled.emit()
                return
            self.signals.started.emit()
            self.work()
        except Cancelled:
            self.signals.cancelled.emit()
        except UserError as exc:
            self.signals.failed.emit(exc.message, "")
        except ExportError as exc:
            self.signals.failed.emit(exc.message, exc.details)
        except Exception:  # noqa: BLE001 - never let a worker die silently
            details = traceback.format_exc()
            traceback.print_exc()
            self.signals.failed.emit(Message(M.EXPORT_UNEXPECTED), details)
        finally:
            self.running = False
            self._done.set()
            self.signals.over.emit()

    def work(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError


class ExportJob(Job):
    """One video from the editor: :func:`app.export.job.export` on a copy of the Edit."""

    def __init__(self, edit: Edit, output: str, overwrite: bool = False, cut: bool = False) -> None:
        super().__init__()
        self.edit = copy.deepcopy(edit)
        self.output, self.overwrite, self.cut = output, overwrite, cut

    def work(self) -> None:
        out = export(self.edit, self.output, overwrite=self.overwrite, cut=self.cut,
                     on_progress=self.signals.progress.emit, should_cancel=self._cancel.is_set)
        try:
            seconds = probe(out).duration
        except UserError:
            seconds = 0.0
        self.signals.finished.emit(ExportResult(str(out), Path(out).stat().st_size, seconds))


class BatchJob(Job):
    """Many clips with one template, one after another (:func:`app.export.batch.run_batch`)."""

    def __init__(self, items: list[BatchItem], template: Edit, folder: str) -> None:
        super().__init__()
        self.items = [copy.deepcopy(i) for i in items]
        self.template = copy.deepcopy(template)
        self.folder = Path(folder)

    def _on_item(self, index: int, item: BatchItem) -> None:
        self.signals.item.emit(index, copy.deepcopy(item))

    def _on_progress(self, index: int, fraction: float) -> None:
        self.signals.item_progress.emit(index, fraction)
        self.signals.progress.emit((index + fraction) / max(1, len(self.items)))

    def work(self) -> None:
        items = run_batch(self.items, self.template, self.folder, self._on_item, self._on_progress,
                          self._cancel.is_set)
        if self.is_cancelled:
            raise Cancelled()
        self.signals.finished.emit([copy.deepcopy(i) for i in items])


class ExportQueue(QObject):
    """Runs export jobs one at a time, in the order they were given."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # two cores: one encode at a time
        self._pool.setExpiryTimeout(-1)
        self.jobs: list[Job] = []

    @property
    def busy(self) -> bool:
        return bool(self.jobs)

    def waiting_before(self, job: Job) -> bool:
        """True while another job runs first."""
        return job in self.jobs and self.jobs.index(job) > 0

    def submit(self, job: Job) -> Job:
        self.jobs.append(job)
        job.signals.over.connect(self._over)
        self._pool.start(job)
        if len(self.jobs) == 1:
            self.busyChanged.emit(True)
        return job

    def cancel(self, job: Job) -> None:
        """Stop a running job at once, or take a waiting one out of the queue."""
        job.cancel()
        if not job.running and self._pool.tryTake(job):
            job.signals.cancelled.emit()
            job._done.set()
            job.signals.over.emit()

    def cancel_all(self) -> None:
        for job in list(self.jobs):
            self.cancel(job)

    def wait(self, timeout: float = 10.0) -> bool:
        return self._pool.waitForDone(round(timeout * 1000))

    def _over(self) -> None:
        self.jobs = [j for j in self.jobs if not j.is_done()]
        if not self.jobs:
            self.busyChanged.emit(False)
