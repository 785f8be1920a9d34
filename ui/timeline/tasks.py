"""Workers that fill the timeline: the clip's filmstrip, the clip's and the song's waveforms.

Each runs one ffmpeg process (app.media.filmstrip / app.media.waveform) on the thread pool and posts its
pieces back as they arrive. ``cancel()`` kills the process soon; a new clip cancels the old work.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.media.filmstrip import iter_filmstrip
from app.media.probe import MediaInfo
from app.media.waveform import iter_waveform


class PieceSignals(QObject):
    piece = Signal(int, int, object)  # request, index (thumbnail or first bucket), data
    done = Signal(int)


class _Task(QRunnable):
    def __init__(self, request: int) -> None:
        super().__init__()
        self.request = request
        self.signals = PieceSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def pieces(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def run(self) -> None:
        try:
            for index, data in self.pieces():
                if self._cancel.is_set():
                    return
                self.signals.piece.emit(self.request, index, data)
        except Exception:  # noqa: BLE001 - a missing filmstrip must not take the app down
            traceback.print_exc()
        if not self._cancel.is_set():
            self.signals.done.emit(self.request)


class StripTask(_Task):
    def __init__(self, request: int, media: MediaInfo) -> None:
        super().__init__(request)
        self.media = media

    def pieces(self):
        return iter_filmstrip(self.media, self._cancel.is_set)


class WaveTask(_Task):
    def __init__(self, request: int, path: str) -> None:
        super().__init__(request)
        self.path = path

    def pieces(self):
        return iter_waveform(self.path, self._cancel.is_set)


_POOL: QThreadPool | None = None


def timeline_pool() -> QThreadPool:
    """Its own two threads, so a filmstrip never delays opening a clip or an export."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL
