"""The one way work leaves the GUI thread: :func:`run_task` (like Orange's TaskState or Picard's run_task).

``run_task(work, done=…, failed=…, progress=…)`` runs ``work(state)`` on a thread pool and
calls the callbacks on the GUI thread: ``progress`` for whatever the work reports with
``state.report(value)`` (a fraction, or a piece such as one filmstrip thumbnail), then exactly
one of ``done(result)``, ``failed(message, details)`` (a core :class:`app.messages.Message`) or
``cancelled()``. ``task.cancel()`` asks
the work to stop: it sees ``state.is_cancelled`` (or passes ``state.should_cancel`` to the core,
which kills its ffmpeg process soon).

The work never touches a widget: it only returns a value or reports one. Signals are emitted
from a QObject that lives on the GUI thread, so Qt delivers them queued to the callbacks there.

Three pools: :func:`background_pool` (Qt's global pool: probing a clip, thumbnails, the sample
clip, all short), :func:`media_pool` (two threads of its own for the filmstrip and the
waveforms, which read a whole clip, so they never delay opening one) and :func:`preview_pool`
(one thread for a story's preview rendering). Exports go through
:class:`ui.session.export_queue.ExportQueue`, whose single thread runs one encode at a time.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import Cancelled, ExportError, UserError
from app.messages import M, Message

UNEXPECTED = Message(M.EXPORT_UNEXPECTED)


class TaskSignals(QObject):
    started = Signal()  # the task left the pool's queue and is running now
    progress = Signal(object)  # whatever the work reported
    done = Signal(object)  # the work's result
    failed = Signal(object, str)  # a core Message for the user, the technical details
    cancelled = Signal()
    over = Signal()  # always last, whatever happened


class TaskState:
    """What the work sees, on its own thread: has it been cancelled, and a way to report."""

    def __init__(self, signals: TaskSignals, cancel: threading.Event) -> None:
        self.signals = signals
        self._cancel = cancel

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def should_cancel(self) -> bool:
        """For the core's ``should_cancel`` callbacks."""
        return self._cancel.is_set()

    def report(self, value: Any) -> None:
        self.signals.progress.emit(value)


class Task(QRunnable):
    """``work(state)`` as a QRunnable; :meth:`cancel` works before it starts and while it runs.

    ``unexpected``: the sentence a bug in the work is reported with (the traceback goes to the
    details and to stderr). ``signals`` may be a subclass of :class:`TaskSignals` with more signals.
    """

    def __init__(self, work: Callable[[TaskState], Any], unexpected: Message = UNEXPECTED,
                 signals: TaskSignals | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller holds it, and may cancel or wait on it later
        self.work = work
        self.unexpected = unexpected
        self.signals = signals or TaskSignals()
        self._cancel = threading.Event()
        self._done = threading.Event()
        self.state = TaskState(self.signals, self._cancel)
        self.running = False
        self.callbacks: QObject | None = None  # run_task's relay to the GUI thread

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def finish_unstarted(self) -> None:
        """Taken out of its pool before it ran: report it cancelled."""
        self.signals.cancelled.emit()
        self._done.set()
        self.signals.over.emit()

    def run(self) -> None:
        self.running = True
        try:
            self._run()
        except RuntimeError:  # the signals' owner was deleted (its window closed): nobody listens any more
            pass
        finally:
            self.running = False
            self._done.set()
            try:
                self.signals.over.emit()
            except RuntimeError:
                pass

    def _run(self) -> None:
        try:
            if self.is_cancelled:
                self.signals.cancelled.emit()
                return
            self.signals.started.emit()
            self.signals.done.emit(self.work(self.state))
        except Cancelled:
            self.signals.cancelled.emit()
        except ExportError as exc:
            self.signals.failed.emit(exc.message, exc.details)
        except UserError as exc:
            self.signals.failed.emit(exc.message, "")
        except RuntimeError as exc:
            if "Signal source has been deleted" in str(exc):
                raise
            self._unexpected()
        except Exception:  # noqa: BLE001 - never let a worker die silently
            self._unexpected()

    def _unexpected(self) -> None:
        details = traceback.format_exc()
        traceback.print_exc()
        self.signals.failed.emit(self.unexpected, details)


_LIVE: set[Task] = set()  # started by run_task and not over yet: kept alive whoever still holds them


class _Callbacks(QObject):
    """Lives on the GUI thread: the task's signals reach the callbacks through its bound methods,
    so Qt queues them to this thread (a lambda connected directly might run on the worker)."""

    def __init__(self, done, failed, progress, cancelled) -> None:  # noqa: ANN001
        super().__init__()
        self._done, self._failed, self._progress, self._cancelled = done, failed, progress, cancelled

    @Slot(object)
    def on_done(self, value: object) -> None:
        if self._done is not None:
            self._done(value)

    @Slot(object, str)
    def on_failed(self, message: Message, details: str) -> None:
        if self._failed is not None:
            self._failed(message, details)

    @Slot(object)
    def on_progress(self, value: object) -> None:
        if self._progress is not None:
            self._progress(value)

    @Slot()
    def on_cancelled(self) -> None:
        if self._cancelled is not None:
            self._cancelled()

    @Slot()
    def on_over(self) -> None:
        _LIVE.difference_update([t for t in _LIVE if t.callbacks is self])


def run_task(
    work: Callable[[TaskState], Any],
    done: Callable[[Any], None] | None = None,
    failed: Callable[[Message, str], None] | None = None,
    progress: Callable[[Any], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
    unexpected: Message = UNEXPECTED,
) -> Task:
    """Start ``work(state)`` on ``pool`` (the background pool by default); the callbacks run on the
    GUI thread. Returns the task (keep it to cancel it, or to tell its results from a newer one's)."""
    task = Task(work, unexpected)
    relay = task.callbacks = _Callbacks(done, failed, progress, cancelled)
    task.signals.done.connect(relay.on_done)
    task.signals.failed.connect(relay.on_failed)
    task.signals.progress.connect(relay.on_progress)
    task.signals.cancelled.connect(relay.on_cancelled)
    task.signals.over.connect(relay.on_over)
    _LIVE.add(task)  # a caller may let go of a task it no longer wants (a newer clip): it still runs out
    (pool or background_pool()).start(task)
    return task


def background_pool() -> QThreadPool:
    """Short work: probing a clip, a thumbnail, the sample clip."""
    return QThreadPool.globalInstance()


_MEDIA_POOL: QThreadPool | None = None
_PREVIEW_POOL: QThreadPool | None = None
_PROXY_POOL: QThreadPool | None = None
_SPEECH_POOL: QThreadPool | None = None


def proxy_pool() -> QThreadPool:
    """#21: one thread of its own for the preview's small copy of a 4K60 clip (a minute of ffmpeg on a
    busy laptop), so it never holds up a story's preview rendering, the filmstrip or an export."""
    global _PROXY_POOL
    if _PROXY_POOL is None:
        _PROXY_POOL = QThreadPool()
        _PROXY_POOL.setMaxThreadCount(1)
    return _PROXY_POOL


def speech_pool() -> QThreadPool:
    """One thread of its own for "Buat teks dari suara" (#16: tens of seconds of the recogniser), so
    hearing a clip never holds up probing, thumbnails or the filmstrip."""
    global _SPEECH_POOL
    if _SPEECH_POOL is None:
        _SPEECH_POOL = QThreadPool()
        _SPEECH_POOL.setMaxThreadCount(1)
    return _SPEECH_POOL


def preview_pool() -> QThreadPool:
    """One thread of its own for a story's preview rendering (seconds of ffmpeg), so it never holds
    up probing a clip or a thumbnail; a newer rendering waits for the stale one's cancel."""
    global _PREVIEW_POOL
    if _PREVIEW_POOL is None:
        _PREVIEW_POOL = QThreadPool()
        _PREVIEW_POOL.setMaxThreadCount(1)
    return _PREVIEW_POOL


def media_pool() -> QThreadPool:
    """Two threads of their own for the filmstrip and the waveforms (a whole clip each), so they
    never delay opening a clip or an export."""
    global _MEDIA_POOL
    if _MEDIA_POOL is None:
        _MEDIA_POOL = QThreadPool()
        _MEDIA_POOL.setMaxThreadCount(2)
    return _MEDIA_POOL
