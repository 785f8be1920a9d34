"""Work that must not run on the GUI thread: probing a clip and exporting.

Each task is a QRunnable on the global QThreadPool. It never touches a widget: it only emits
signals from its own small QObject, which Qt delivers to the GUI thread's slots (queued).
"""

from __future__ import annotations

import copy
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import Cancelled, ExportError, UserError
from app.export.job import check_source, export
from app.media.probe import probe
from app.messages import M, Message
from app.project.edit import Edit


class ProbeSignals(QObject):
    done = Signal(int, object)  # request id, MediaInfo
    failed = Signal(int, object)  # request id, a Message for the user


class ProbeTask(QRunnable):
    def __init__(self, request: int, path: str) -> None:
        super().__init__()
        self.request, self.path = request, path
        self.signals = ProbeSignals()

    def run(self) -> None:
        try:
            info = probe(self.path)
            check_source(info)  # the export's own refusal of sound-only files and pictures
        except UserError as exc:
            self.signals.failed.emit(self.request, exc.message)
        except Exception:  # noqa: BLE001 - never let a worker die silently
            traceback.print_exc()
            self.signals.failed.emit(self.request, Message(M.COULD_NOT_READ, file=Path(self.path).name))
        else:
            self.signals.done.emit(self.request, info)


class ExportSignals(QObject):
    progress = Signal(float)  # 0..1
    finished = Signal(str)  # the written file
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()


class ExportTask(QRunnable):
    """Runs :func:`app.export.job.export` on a copy of the Edit; :meth:`cancel` stops it soon."""

    def __init__(self, edit: Edit, output: str, overwrite: bool = False, cut: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.edit = copy.deepcopy(edit)
        self.output, self.overwrite, self.cut = output, overwrite, cut
        self.signals = ExportSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def run(self) -> None:
        try:
            out = export(
                self.edit, self.output, overwrite=self.overwrite, cut=self.cut,
                on_progress=self.signals.progress.emit, should_cancel=self._cancel.is_set,
            )
        except Cancelled:
            self.signals.cancelled.emit()
        except (UserError, ExportError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception:  # noqa: BLE001
            traceback.print_exc()
            self.signals.failed.emit("the export failed for an unexpected reason")
        else:
            self.signals.finished.emit(str(out))
        finally:
            self._done.set()


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()
