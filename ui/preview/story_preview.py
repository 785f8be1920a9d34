"""The preview of a whole story: the export's own plan rendered small (app.export.preview), then played.

:class:`StoryPreview` follows the Document. While its Edit is a story
(:func:`app.project.story.is_story`), every change that alters the picture or the sound starts a
new preview rendering after a short pause (``DEBOUNCE_MS``, so a drag renders once, at its end);
a rendering that a newer change made stale is cancelled at once (its ffmpeg is killed). The
finished file plays in this object's own QMediaPlayer, whose QVideoSink feeds the canvas, which
shows those already-framed frames as they are and draws the watermark on top live
(:meth:`ui.preview.canvas.PreviewCanvas.set_framed`): a watermark change needs no rendering, and
undoing back to a rendered Edit finds its file in the cache.

Since the file *is* the export (framing, transitions, card, clip sounds and song mixed), the
song is in sync and a frame sought across a joint is the right shot by construction.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink

from app.export.preview import preview_folder, preview_key, render_preview
from app.media.probe import probe
from app.messages import Message
from app.project.edit import Edit
from app.project.story import is_story
from ui.preview.canvas import PreviewCanvas
from ui.preview.playback import _Queued
from ui.session.document import Document
from ui.session.tasks import Task, TaskState, preview_pool, run_task

DEBOUNCE_MS = 600
FRAME_MS = 1000 / 30

class StoryPreview(QObject):
    positionChanged = Signal(int)  # ms into the story
    playingChanged = Signal(bool)
    readyChanged = Signal(bool)  # a preview of the current Edit is loaded (play and seek show it)
    progress = Signal(float)  # 0..1 while a rendering runs
    failed = Signal(object)  # a core Message (a shot that cannot be used…) or the player's text

    def __init__(self, doc: Document, canvas: PreviewCanvas | None = None, parent: QObject | None = None, *,
                 folder: Path | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.doc = doc
        self.folder = folder  # None: the app's cache folder
        self.canvas: PreviewCanvas | None = None
        self.sink = QVideoSink(self)
        self.player = QMediaPlayer(self)
        self.player.setVideoSink(self.sink)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self._q = _Queued(self.player)
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._render)
        self._task: Task | None = None
        self._task_key: str | None = None
        self._wanted: str | None = None  # the key of the Edit shown now (None: not a story)
        self._loaded: str | None = None  # the key of the file in the player, once it is loaded
        self._loading: str | None = None  # … while it loads
        self._url = QUrl()  # the file loading or loaded
        self._seconds = 0.0  # its length
        self._resume_ms = 0
        self._play_when_ready = False
        self.ready = False
        self.active = False  # the Edit is a story
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(self._on_error)
        doc.changed.connect(self._follow_document)
        if canvas is not None:
            self.attach(canvas)
        self._follow_document()

    def attach(self, canvas: PreviewCanvas) -> None:
        """Show this preview in ``canvas``: its frames, its framed mode while the Edit is a story, and
        the "preparing" state while a rendering runs. (The window keeps the one-clip Playback's frames
        away from the canvas meanwhile.)"""
        self.canvas = canvas
        self.sink.videoFrameChanged.connect(canvas.on_video_frame)
        canvas.set_framed(self.active)
        canvas.set_preparing(None if self.ready or not self.active else 0.0)

    # Transport -----------------------------------------------------------------------------------

    def play(self) -> None:
        if not self.ready:
            self._play_when_ready = self.active
            return
        if self.player.position() >= self._duration_ms() - FRAME_MS:
            self.player.setPosition(0)
        self.player.play()

    def pause(self) -> None:
        self._play_when_ready = False
        if self.is_playing():
            self.player.pause()

    def toggle(self) -> None:
        self.pause() if self.is_playing() or self._play_when_ready else self.play()

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def seek(self, seconds: float) -> None:
        """Show the story at ``seconds`` (kept for the next rendering while one is being made)."""
        ms = max(0, round(seconds * 1000))
        self._resume_ms = ms
        if self.ready:
            self.player.setPosition(min(ms, self._duration_ms()))

    def position(self) -> float:
        """Seconds into the story (where a rendering being made will start)."""
        return (self.player.position() if self.ready else self._resume_ms) / 1000

    def duration(self) -> float:
        """Seconds of the story loaded (0 while none is ready)."""
        return self._seconds if self.ready else 0.0

    def close(self, wait: bool = False) -> None:
        """Cancel any rendering, stop playing and let go of the file; ``wait`` until that has happened."""
        self._timer.stop()
        self._cancel()
        self._unload()
        if wait:
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()  # runs the queued calls without holding the GIL

    # Following the Document ----------------------------------------------------------------------

    def _follow_document(self) -> None:
        edit = self.doc.edit
        if not is_story(edit):
            self._timer.stop()
            self._cancel()
            self._wanted = None
            self._set_active(False)
            self._unload()
            self._set_ready(False)
            return
        self._set_active(True)
        key = preview_key(edit, self.doc.campaign)
        if key == self._wanted:
            return  # the watermark, the loudness choice, the preset: nothing the rendering shows
        self._wanted = key
        if self._task is not None and self._task_key != key:
            self._cancel()  # stale: stop its ffmpeg now rather than at its end
        if key in (self._loaded, self._loading):
            self._timer.stop()
            if key == self._loaded:  # back to the file loaded (an undo)
                self._set_preparing(None)
                self._set_ready(True)
                self._resume()
            return
        self._park()
        self._set_ready(False)
        self._set_preparing(0.0)
        self._timer.start()

    def _render(self) -> None:
        key = self._wanted
        if key is None or key == self._task_key:
            return
        edit: Edit = copy.deepcopy(self.doc.edit)
        folder = self.folder

        def work(state: TaskState) -> tuple[Path, float]:
            path = render_preview(edit, folder or preview_folder(), on_progress=state.report,
                                  should_cancel=state.should_cancel)
            return path, probe(path).duration  # a cached file's too

        task: Task | None = None

        def done(result: object) -> None:
            if task is self._task:
                self._finish_task()
                assert isinstance(result, tuple)
                self._load(*result, key)

        def failed(message: Message, details: str) -> None:
            if task is self._task:
                self._finish_task()
                self._set_preparing(None)
                self.failed.emit(message)

        def progress(value: object) -> None:
            if task is self._task and isinstance(value, float):
                self._set_preparing(value)
                self.progress.emit(value)

        def cancelled() -> None:
            if task is self._task:
                self._finish_task()

        # its own one-thread pool: a stale rendering is cancelled first (its ffmpeg killed), the new one then runs
        task = run_task(work, done=done, failed=failed, progress=progress, cancelled=cancelled, pool=preview_pool())
        self._task, self._task_key = task, key

    def _finish_task(self) -> None:
        self._task, self._task_key = None, None

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self._finish_task()

    # The player ----------------------------------------------------------------------------------

    def _park(self) -> None:
        """The file shown is stale: pause it, and remember where the next one starts and whether it plays."""
        if not self.ready:
            return
        self._resume_ms = self.player.position()
        if self.is_playing():
            self._play_when_ready = True
            self.player.pause()

    def _duration_ms(self) -> int:
        return self.player.duration() or round(self._seconds * 1000)

    def _load(self, path: Path, seconds: float, key: str) -> None:
        if key != self._wanted:
            return
        self._loading, self._loaded = key, None
        self._url, self._seconds = QUrl.fromLocalFile(str(path)), seconds
        self._q.setSource.emit(self._url)
        self._q.pause.emit()  # decode and show a frame without playing

    def _unload(self) -> None:
        if self._loaded is None and self._loading is None:
            return
        self._loaded = self._loading = None
        self._url = QUrl()
        self._q.stop.emit()
        self._q.setSource.emit(QUrl())

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        loaded = status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        if not loaded or self._loading is None:
            return
        if self.player.source() != self._url:
            return  # the file before, still being let go
        self._loaded, self._loading = self._loading, None
        self.player.setPosition(min(self._resume_ms, self._duration_ms()))
        self._set_preparing(None)
        self._set_ready(self._loaded == self._wanted)
        self._resume()

    def _resume(self) -> None:
        """Play on if it was playing (or asked to) when the file shown became stale."""
        if self._play_when_ready and self.ready:
            self._play_when_ready = False
            self.play()

    def _on_position(self, ms: int) -> None:
        self.positionChanged.emit(int(ms))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        self.playingChanged.emit(state == QMediaPlayer.PlaybackState.PlayingState)

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.failed.emit(message)

    # State -----------------------------------------------------------------------------------------

    def _set_ready(self, ready: bool) -> None:
        if ready != self.ready:
            self.ready = ready
            self.readyChanged.emit(ready)

    def _set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            if self.canvas is not None:
                self.canvas.set_framed(active)
                if not active:
                    self.canvas.set_preparing(None)

    def _set_preparing(self, fraction: float | None) -> None:
        if self.canvas is not None:
            self.canvas.set_preparing(fraction)
