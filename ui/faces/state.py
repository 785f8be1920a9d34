"""The shown clip's faces for the GUI: its analysis (cached, or made in the background on request), the
tracked people with a picture each, and the boxes hidden at a given second. Follows the Document's clip."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from app.analysis.tracks import Box, Manual, Track, frame_boxes, sample_step, tracks_of
from app.media.probe import MediaInfo
from app.messages import M, Message
from ui.session.document import Document
from ui.session.tasks import Task, TaskState, media_pool, run_task


@dataclass
class Found:
    """What the background work hands back for one clip."""

    path: str
    analysis: object  # app.analysis.clip.ClipAnalysis
    tracks: list[Track]
    pictures: dict[int, bytes]


def _find(media: MediaInfo, state: TaskState, cached_only: bool) -> Found | None:
    from app.analysis.clip import analyse, cached_analysis  # onnxruntime loads only when faces are wanted
    from app.analysis.people import face_picture

    path = Path(media.path)
    analysis = cached_analysis(path, media)
    if analysis is None:
        if cached_only:
            return None
        analysis = analyse(path, media, on_progress=state.report, should_cancel=state.should_cancel)
    tracks = tracks_of(analysis)
    pictures = {}
    for track in tracks[:24]:  # the card shows at most this many people
        if state.should_cancel():
            break
        pictures[track.id] = face_picture(media, track)
    return Found(media.path, analysis, tracks, pictures)


class FaceState(QObject):
    changed = Signal()  # status, progress or results changed

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.status = "idle"  # idle · running · ready · broken (detector) · failed
        self.progress = 0.0
        self.problem: Message | None = None
        self.found: Found | None = None
        self.pictures: dict[int, QImage] = {}
        self._task: Task | None = None
        self._path = ""
        doc.clipChanged.connect(self._clip_changed)
        self._clip_changed()

    @property
    def tracks(self) -> list[Track]:
        return self.found.tracks if self.found else []

    def _media(self) -> MediaInfo | None:
        media = self.doc.media
        return media if media is not None and media.duration > 0 and media.has_video else None

    def _clip_changed(self) -> None:
        media = self._media()
        path = media.path if media else ""
        if path == self._path:
            return
        self._path = path
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self.status != "broken":
            self.status, self.problem = "idle", None
        self.found, self.pictures, self.progress = None, {}, 0.0
        if media is not None:
            self._start(media, cached_only=True)  # a cached analysis shows at once, nothing is decoded
        self.changed.emit()

    def analyse(self) -> None:
        """Find the faces of the shown clip (in the background, with progress)."""
        media = self._media()
        if media is None or self.status in ("running", "broken"):
            return
        self.status, self.progress, self.problem = "running", 0.0, None
        self._start(media, cached_only=False)
        self.changed.emit()

    def _start(self, media: MediaInfo, cached_only: bool) -> None:
        path = media.path

        def done(found: Found | None) -> None:
            if path != self._path:
                return
            self._task = None
            if found is None:
                if self.status == "running":
                    self.status = "idle"
                self.changed.emit()
                return
            self.found = found
            self.pictures = {k: QImage.fromData(png) for k, png in found.pictures.items() if png}
            self.status = "ready"
            self.changed.emit()

        def failed(message: Message, _details: str) -> None:
            if path != self._path:
                return
            self._task = None
            self.problem = message
            self.status = "broken" if message.id == M.FACE_DETECTOR_BROKEN else "failed"
            self.changed.emit()

        def progress(value: object) -> None:
            if path == self._path and isinstance(value, float):
                self.progress = value
                self.changed.emit()

        def cancelled() -> None:
            if path == self._path:
                self._task, self.status = None, "idle"
                self.changed.emit()

        self._task = run_task(lambda state: _find(media, state, cached_only), done, failed, progress, cancelled,
                              pool=media_pool())

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def boxes_at(self, seconds: float) -> list[Box]:
        """The boxes the export hides at source second ``seconds`` of the shown clip."""
        hide = self.doc.hide_faces()
        if hide is None or not hide.active:
            return []
        media = self._media()
        until = media.duration if media else None
        manual = [Manual(b.start, b.end, Box(b.x, b.y, b.w, b.h)) for b in hide.boxes]
        found = self.found if self.found and self.found.path == self._path and hide.needs_tracks else None
        if found is None:
            return frame_boxes([], seconds, 1, manual=manual, until=until)[0]
        analysis = found.analysis
        people = [t for t in found.tracks if hide.hides(t.id)]
        return frame_boxes(people, seconds, 1, cuts=analysis.cuts, step=sample_step(analysis.times),  # type: ignore[attr-defined]
                           manual=manual, until=until)[0]
