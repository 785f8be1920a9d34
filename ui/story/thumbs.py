"""The story strip's pictures: decoded in the background, a few at once, kept in memory (LRU).

``ThumbCache.image(path, height)`` gives the picture of a shot when it is ready (None until
then, and it asks for it); ``ready(path)`` says one arrived. A photo is decoded reduced (the
JPEG decoder's draft mode reads a 12- or 48-megapixel photo at 1/8 of its size, never in full),
turned upright and scaled to ``height``; a clip gets one frame first (app.media.thumbnail, tone-
mapped when HDR) and then its filmstrip (app.media.filmstrip, cached on disk per clip), so a
clip's tile can show a few frames across its width: ``frames(path)``.

Nothing is decoded on the GUI thread: photos and first frames run on the background pool, filmstrips
(a whole clip each) on the media pool (ui/session/tasks.py), never more than ``workers`` (two, for
two cores) at once, photos and first frames before filmstrips. Entries are keyed by path, the file's
modification time and size, and the height, so a changed file is read again.
"""

from __future__ import annotations

import os
import time
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageOps
from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtGui import QImage

from app.kinds import is_photo_name
from app.media.filmstrip import filmstrip
from app.media.photo import read_photo
from app.media.probe import probe
from app.media.thumbnail import thumbnail
from ui.session.tasks import Task, TaskState, background_pool, media_pool, run_task

MAX_STRIP_FRAMES = 48  # a clip's filmstrip is kept at most this many frames (enough for a wide tile)
BUDGET = 128 * 1024 * 1024  # bytes of pictures kept in memory
_SWAPS = {5, 6, 7, 8}  # EXIF orientations that turn the picture a quarter


@dataclass(frozen=True)
class ClipFrames:
    duration: float  # the clip's length, seconds
    times: tuple[float, ...]  # seconds into the clip each frame shows
    images: tuple[QImage, ...]

    def at(self, seconds: float) -> QImage | None:
        """The frame nearest ``seconds`` into the clip."""
        if not self.images:
            return None
        i = int(np.argmin(np.abs(np.asarray(self.times) - seconds)))
        return self.images[i]


Key = tuple[str, str, int, int, int]  # (what, path, mtime_ns, size, height)
WORKERS = 2  # at once, whatever the pools could run
_SHARED: ThumbCache | None = None


def shared_cache() -> ThumbCache:
    """The one cache the strips of the window share (pictures stay when a strip is rebuilt)."""
    global _SHARED
    if _SHARED is None:
        _SHARED = ThumbCache()
    return _SHARED


class ThumbCache(QObject):
    ready = Signal(str)  # a picture of this path arrived (or it failed: see ``failed``)

    def __init__(self, parent: QObject | None = None, workers: int = WORKERS, budget: int = BUDGET) -> None:
        super().__init__(parent)
        Image.preinit()  # Pillow imports its JPEG and PNG readers here, not in the middle of loading
        self.workers = workers
        self.budget = budget
        self._kept: OrderedDict[Key, tuple[Any, int]] = OrderedDict()  # key → (value, bytes), oldest first
        self._bytes = 0
        self._failed: set[Key] = set()
        self._queued: set[Key] = set()
        self._first: deque[tuple[Key, Callable[[], Any]]] = deque()  # photos, first frames
        self._later: deque[tuple[Key, Callable[[], Any]]] = deque()  # filmstrips
        self._active = 0  # workers running
        self._tasks: set[Task] = set()

    # Asking -------------------------------------------------------------------------------------

    def image(self, path: str, height: int) -> QImage | None:
        """The shot's picture ``height`` pixels high (a photo, or a clip's first frame), or None while
        it is being made (it is asked for now)."""
        height = max(8, int(height))
        what = "photo" if is_photo_name(path) else "first"
        key = _key(what, path, height)
        if key is None:
            return None
        hit = self._get(key)
        if hit is None:
            if what == "photo":
                self._ask(key, lambda: photo_image(path, height), first=True)
            else:
                self._ask(key, lambda: clip_image(path, height), first=True)
        return hit

    def frames(self, path: str) -> ClipFrames | None:
        """A clip's filmstrip (after its first frame), or None while it is being made."""
        key = _key("strip", path, 0)
        if key is None or is_photo_name(path):
            return None
        hit = self._get(key)
        if hit is None:
            self._ask(key, lambda: clip_frames(path), first=False)
        return hit

    def failed(self, path: str, height: int) -> bool:
        """The picture could not be made (a damaged or missing file)."""
        what = "photo" if is_photo_name(path) else "first"
        key = _key(what, path, max(8, int(height)))
        return key is None or key in self._failed

    def busy(self) -> int:
        """Pictures asked for and not made yet."""
        return len(self._queued)

    def clear(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._first.clear()
        self._later.clear()
        self._queued.clear()
        self._kept.clear()
        self._failed.clear()
        self._bytes = 0

    # Inside -------------------------------------------------------------------------------------

    def _get(self, key: Key) -> Any:
        hit = self._kept.get(key)
        if hit is None:
            return None
        self._kept.move_to_end(key)
        return hit[0]

    def _ask(self, key: Key, work: Callable[[], Any], first: bool) -> None:
        if key in self._queued or key in self._failed:
            return
        self._queued.add(key)
        (self._first if first else self._later).append((key, work))
        self._pump()

    def _pump(self) -> None:
        """Start workers while fewer than ``workers`` run: for photos and first frames a worker that takes
        one job after another from the queue by itself (no trip through the GUI thread between two
        pictures), for a filmstrip one task on the media pool."""
        while self._active < self.workers and self._first:
            self._start(self._drain, background_pool())
        while self._active < self.workers and self._later and not self._first:
            key, work = self._later.popleft()
            self._start(lambda _state, key=key, work=work: [(key, _attempt(work))], media_pool())

    def _start(self, work: Callable[[TaskState], Any], pool: QThreadPool) -> None:
        self._active += 1
        task: Task | None = None

        def over(*_: object) -> None:
            self._active -= 1
            self._tasks.discard(task)  # type: ignore[arg-type]
            self._pump()

        def done(results: list) -> None:
            for key, value in results:
                self._finish(key, value)
            over()

        task = run_task(work, done=done, failed=over, cancelled=over, progress=lambda kv: self._finish(*kv),
                        pool=pool)
        self._tasks.add(task)

    def _drain(self, state: TaskState) -> list:
        """On a worker: photos and first frames, one after another, each reported as it is made."""
        while not state.is_cancelled:
            try:
                key, work = self._first.popleft()  # a deque's popleft is atomic: no lock needed
            except IndexError:
                return []
            state.report((key, _attempt(work)))
        return []

    def _finish(self, key: Key, value: Any) -> None:
        if key not in self._queued:  # cleared meanwhile
            return
        self._queued.discard(key)
        if value is None:
            self._failed.add(key)
        else:
            self._store(key, value)
        self.ready.emit(key[1])

    def _store(self, key: Key, value: Any) -> None:
        size = _bytes_of(value)
        self._kept[key] = (value, size)
        self._bytes += size
        while self._bytes > self.budget and len(self._kept) > 1:
            _, (_, dropped) = self._kept.popitem(last=False)
            self._bytes -= dropped


_STATS: dict[str, tuple[float, tuple[int, int] | None]] = {}  # path → (when looked, (mtime_ns, size))
STAT_SECONDS = 2.0  # a file is looked at again at most this often (a strip repaints 30 times a second)


def _attempt(work: Callable[[], Any]) -> Any:
    """The work's picture, or None when the file cannot give one (damaged, missing, not a picture)."""
    try:
        return work()
    except Exception:  # noqa: BLE001 - a bad file must not stop the others; it is shown as unreadable
        return None


def _key(what: str, path: str, height: int) -> Key | None:
    now = time.monotonic()
    seen = _STATS.get(path)
    if seen is None or now - seen[0] > STAT_SECONDS:
        try:
            st = os.stat(path)
            seen = (now, (st.st_mtime_ns, st.st_size))
        except OSError:
            seen = (now, None)
        if len(_STATS) > 4096:
            _STATS.clear()
        _STATS[path] = seen
    if seen[1] is None:
        return None
    return (what, path, seen[1][0], seen[1][1], height)


def _bytes_of(value: Any) -> int:
    if isinstance(value, QImage):
        return value.sizeInBytes()
    if isinstance(value, ClipFrames):
        return sum(i.sizeInBytes() for i in value.images)
    return 0


def _qimage(rgb: np.ndarray) -> QImage:
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


# The work (on a pool thread; Qt-free but for building the QImage) ---------------------------------

def photo_image(path: str, height: int) -> QImage:
    """The photo upright, ``height`` pixels high, decoded reduced (JPEG: 1/2…1/8 by the decoder)."""
    info = read_photo(path)  # refuses what the export would refuse, with its sentence
    width = max(1, round(height * info.width / max(1, info.height)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(path) as image:
            orientation = _orientation(image)
            if image.format in ("JPEG", "MPO"):
                image.draft("RGB", (height, width) if orientation in _SWAPS else (width, height))
            # the whole file to the decoder in one call: one release of the interpreter lock, not one
            # per 64 KB (each taking it back waits for the GUI thread and the other worker)
            image.decodermaxblock = max(image.decodermaxblock, os.path.getsize(path) + 1)
            image.load()
            picture = ImageOps.exif_transpose(image)
            picture = _flat_rgb(picture)
            picture = picture.resize((width, height), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return _qimage(np.asarray(picture))


def clip_image(path: str, height: int) -> QImage:
    """One frame of the clip (a third of the way in, at most 1 s), ``height`` pixels high."""
    png = thumbnail(path, height).png
    image = QImage.fromData(png, "PNG") if png else QImage()
    if image.isNull():
        raise ValueError(f"no frame from {path}")
    return image.convertToFormat(QImage.Format.Format_RGB888)


def clip_frames(path: str) -> ClipFrames:
    """The clip's filmstrip, at most MAX_STRIP_FRAMES evenly chosen frames."""
    media = probe(path)
    strip = filmstrip(media)
    count = len(strip)
    if not count:
        raise ValueError(f"no filmstrip from {path}")
    step = max(1, int(np.ceil(count / MAX_STRIP_FRAMES)))
    picks = range(0, count, step)
    slot = media.duration / count
    return ClipFrames(media.duration, tuple(i * slot for i in picks),  # thumbnail i shows i·slot
                      tuple(_qimage(strip[i]) for i in picks))


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except (ValueError, TypeError):
        return 1


def _flat_rgb(picture: Image.Image) -> Image.Image:
    if picture.mode == "RGB":
        return picture
    if picture.mode in ("RGBA", "LA", "P", "PA"):
        rgba = picture.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (0, 0, 0))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return picture.convert("RGB")
