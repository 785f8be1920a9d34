"""#17 "Ikuti subjek" in the editor: the clip's face analysis in the background, the crop path on the
preview canvas (live during playback and scrubbing), and the user's drag as a keyframe.

The analysis (app.analysis.clip.analyse: one ffmpeg pass + the face detector) runs on the media
pool with its progress under the framing buttons; it is cached per clip, so it runs once. The
path (app.analysis.path.follow_path, a few milliseconds) is recomputed on the GUI thread whenever
the Edit changes (trim, keyframes). A detector that cannot load disables the option with the sentence.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from app.analysis.clip import ClipAnalysis, analyse, cached_analysis
from app.analysis.detector import load_detector
from app.analysis.path import follow_path
from app.messages import M, Message
from app.project.edit import PhotoShot
from ui.editor.panel import SidePanel
from ui.i18n.wording import sentence
from ui.preview.canvas import PreviewCanvas
from ui.preview.playback import Playback
from ui.session.document import Document
from ui.session.tasks import Task, media_pool, run_task

CHECK_AFTER_MS = 1500


class FollowView(QObject):
    def __init__(self, doc: Document, canvas: PreviewCanvas, panel: SidePanel, playback: Playback,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.canvas, self.panel = doc, canvas, panel
        self.analysis: ClipAnalysis | None = None
        self.analysed = ""  # the file self.analysis is of
        self.task: Task | None = None
        self.broken = False
        doc.changed.connect(self.refresh)
        doc.shotChanged.connect(self.refresh)
        doc.clipChanged.connect(self.refresh)
        playback.positionChanged.connect(lambda ms: canvas.set_source_time(ms / 1000))
        canvas.followDragged.connect(self._dragged)
        self._check: Task | None = None
        # the detector is loaded (and so checked) once the window is up, not while it starts
        QTimer.singleShot(CHECK_AFTER_MS, self, self._check_detector)  # not after the window is gone

    def _check_detector(self) -> None:
        self._check = run_task(lambda _state: load_detector(), failed=self._detector_failed)

    def _detector_failed(self, message: Message, _details: str) -> None:
        self.broken = True
        self.panel.disable_follow(sentence(message))
        self.refresh()

    def _source(self) -> str | None:
        """The selected clip when it is framed with "follow" (a photo never is)."""
        media, view = self.doc.media, self.doc.view()
        if media is None or view.framing.layout != "follow" or isinstance(self.doc.current_shot(), PhotoShot):
            return None
        if not media.has_video or media.duration <= 0:
            return None
        return media.path

    def refresh(self) -> None:
        source = self._source()
        if source is None or self.broken:
            self.canvas.set_follow_path(None)
            return
        if source != self.analysed:
            self.analysis, self.analysed = None, source
            if self.task is not None:
                self.task.cancel()
            media = self.doc.media
            assert media is not None
            self.analysis = cached_analysis(Path(source), media)
            if self.analysis is None:
                self.panel.set_follow_note(self.tr("Looking for faces…"))
                self.task = self._start(source)
        self._show()

    def _start(self, source: str) -> Task:
        media = self.doc.media
        assert media is not None
        task: Task | None = None

        def work(state) -> ClipAnalysis:  # noqa: ANN001
            return analyse(Path(source), media, on_progress=state.report, should_cancel=state.should_cancel)

        def progress(fraction: object) -> None:
            if task is self.task and isinstance(fraction, float):
                self.panel.set_follow_note(self.tr("Looking for faces… %s%%") % round(fraction * 100))

        def done(result: ClipAnalysis) -> None:
            if task is self.task and source == self.analysed:
                self.analysis, self.task = result, None
                self._show()

        def failed(message: Message, _details: str) -> None:
            if task is self.task:
                self.task = None
                if message.id is M.FACE_DETECTOR_BROKEN:
                    self._detector_failed(message, "")
                else:
                    self.panel.set_follow_note(sentence(message))

        task = run_task(work, done, failed, progress, pool=media_pool())
        return task

    def _show(self) -> None:
        if self.analysis is None:
            self.canvas.set_follow_path(None)
            return
        view, media = self.doc.view(), self.doc.media
        assert media is not None
        end = view.trim.end if view.trim.end is not None else media.duration
        path = follow_path(self.analysis, view.trim.start, max(end, view.trim.start + 0.04), view.framing.keys)
        self.canvas.set_follow_path(path)
        if not path.follows_anything:
            self.panel.set_follow_note(sentence(Message(M.NO_FACES_FOUND, file=Path(self.analysed).name)))
        else:
            self.panel.set_follow_note("")

    def _dragged(self, second: float, centre: float, token: int) -> None:
        self.doc.set_follow_key(second, centre, self.tr("Move the crop"), "follow.drag", ("canvas", token))
