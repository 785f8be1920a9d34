"""Live playback: the clip (QMediaPlayer → QVideoSink → canvas) and the campaign song in sync.

The song plays from ``song_start + (position − trim.start)``, looped like the export loops it,
at the chosen volumes with the export's fades (see :func:`mix_gains`). Playback stays inside
the trim: it starts at the trim's start and pauses at its end, or loops when ``loop`` is on.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoSink

from app.campaigns.model import Campaign
from app.project.edit import Edit
from app.render.plan import resolve_song
from ui.session.document import Document

DRIFT_MS = 120  # resync the song when it wanders further than this from the clip


def mix_gains(edit: Edit, seconds_in: float, length: float) -> tuple[float, float]:
    """(clip, song) output volumes at ``seconds_in`` into the video, as the export mixes them:
    the chosen volumes and the song's linear fades (app.render.plan.audio_graph). Players cannot go
    above 1.0, so volumes over 100 % are scaled down together, keeping their balance."""
    a = edit.audio
    loudest = max(1.0, a.clip_volume, a.song_volume)
    song = a.song_volume
    fade_in, fade_out = min(a.fade_in, length / 2), min(a.fade_out, length / 2)
    if fade_in > 0:
        song *= min(1.0, max(0.0, seconds_in / fade_in))
    if fade_out > 0:
        song *= min(1.0, max(0.0, (length - seconds_in) / fade_out))
    return a.clip_volume / loudest, song / loudest


class _Queued(QObject):
    """Calls into a player that tear its decoding threads down (``stop``, ``setSource``) are queued.

    They then run from the event loop, where PySide has released Python's GIL. Called directly
    from Python, they block the GUI thread while it holds the GIL, and the backend's audio thread,
    which needs the GIL for a moment while it cleans up (a Python-made QAudioOutput is connected
    to it), waits for ever: a deadlock seen with PySide6 6.12's FFmpeg backend.
    """

    stop = Signal()
    setSource = Signal(QUrl)  # noqa: N815 - mirrors the Qt slot
    pause = Signal()

    def __init__(self, player: QMediaPlayer) -> None:
        super().__init__(player)
        queued = Qt.ConnectionType.QueuedConnection
        self.stop.connect(player.stop, queued)
        self.setSource.connect(player.setSource, queued)
        self.pause.connect(player.pause, queued)


class Playback(QObject):
    positionChanged = Signal(int)  # ms
    playingChanged = Signal(bool)
    durationChanged = Signal(int)
    failed = Signal(str)

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc  # the Edit played and its campaign: it follows the Document's changes
        self.edit = doc.view()
        doc.changed.connect(self._follow_document)
        self.fps = 30.0
        self.sink = QVideoSink(self)
        self.player = QMediaPlayer(self)
        self.player.setVideoSink(self.sink)
        self.clip_audio = QAudioOutput(self)
        self.player.setAudioOutput(self.clip_audio)
        self.song = QMediaPlayer(self)
        self.song_audio = QAudioOutput(self)
        self.song.setAudioOutput(self.song_audio)
        self._song_path: Path | None = None
        self._video_q = _Queued(self.player)
        self._song_q = _Queued(self.song)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.durationChanged.connect(self._on_duration)
        self.player.errorOccurred.connect(self._on_error)
        self._sync = QTimer(self, interval=500)
        self._sync.timeout.connect(self._sync_song)
        self.loop = False  # play the trimmed part again and again
        self._closing = False
        self._volumes = (-1.0, -1.0)  # what the outputs were last set to

    # Source and settings ----------------------------------------------------------------------

    def open(self, path: str, fps: float) -> None:
        self._closing = False
        self.fps = fps if fps > 0 else 30.0
        self._video_q.setSource.emit(QUrl.fromLocalFile(path))
        self._video_q.pause.emit()  # decode and show the first frame without playing

    @property
    def campaign(self) -> Campaign:
        return self.doc.campaign

    def close(self, wait: bool = False) -> None:
        """Stop both players and let go of their files; ``wait`` until that has happened."""
        self._closing = True  # no volume changes while the players tear their threads down
        self._sync.stop()
        for queue in (self._video_q, self._song_q):
            queue.stop.emit()
            queue.setSource.emit(QUrl())
        self._song_path = None
        if wait:
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()  # runs the queued calls without holding the GIL

    def _follow_document(self) -> None:
        self.set_edit(self.doc.view())

    def set_edit(self, edit: Edit) -> None:
        self.edit = edit
        self._apply_mix(self.player.position())
        song, _ = resolve_song(edit, self.campaign)
        if song != self._song_path:
            self._song_path = song
            self._song_q.stop.emit()
            self._song_q.setSource.emit(QUrl.fromLocalFile(str(song)) if song else QUrl())
            if self.is_playing():
                self._sync_song(force=True)
        if not self.is_playing():
            return
        start, end = self.trim_ms()
        if self.player.position() >= end:
            self.pause()

    # Transport -----------------------------------------------------------------------------------

    def trim_ms(self) -> tuple[int, int]:
        duration = self.player.duration()
        start = int(round(self.edit.trim.start * 1000))
        end = duration if self.edit.trim.end is None else min(duration, int(round(self.edit.trim.end * 1000)))
        return min(start, duration), max(end, 0)

    def position(self) -> int:
        return self.player.position()

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        if self.player.source().isEmpty():
            return
        start, end = self.trim_ms()
        pos = self.player.position()
        if pos < start or pos >= end - self.frame_ms():
            self.player.setPosition(start)
        self.player.play()
        self._sync_song(force=True)
        self._sync.start()

    def pause(self) -> None:
        self.player.pause()
        self.song.pause()
        self._sync.stop()

    def toggle(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def set_rate(self, rate: float) -> None:
        """Play faster (J/K/L shuttle); the song keeps pace."""
        self.player.setPlaybackRate(rate)
        self.song.setPlaybackRate(rate)

    def frame_ms(self) -> float:
        return 1000.0 / self.fps

    def seek(self, ms: int) -> None:
        ms = max(0, min(self.player.duration(), int(ms)))
        self.player.setPosition(ms)
        if self.is_playing():
            self._sync_song(force=True)

    def step_frames(self, frames: int) -> None:
        self.pause()
        current = round(self.player.position() / self.frame_ms())
        # ceil: position k·frame must not round below the frame's start, or the frame before shows
        self.seek(math.ceil((current + frames) * self.frame_ms() - 1e-3))

    def step_seconds(self, seconds: float) -> None:
        self.pause()
        self.seek(self.player.position() + round(seconds * 1000))

    # Internals ---------------------------------------------------------------------------------

    def song_position_ms(self, clip_ms: int) -> int | None:
        """Where in the song the clip's ``clip_ms`` falls (the export loops the song)."""
        song, song_start = resolve_song(self.edit, self.campaign)
        if song is None:
            return None
        pos = int(round(song_start * 1000)) + clip_ms - int(round(self.edit.trim.start * 1000))
        duration = self.song.duration()
        if duration > 0:
            pos %= duration
        return max(0, pos)

    def _sync_song(self, force: bool = False) -> None:
        want = self.song_position_ms(self.player.position())
        if want is None or not self.is_playing() or self.edit.audio.song_volume <= 0:
            self.song.pause()
            return
        if force or abs(self.song.position() - want) > DRIFT_MS:
            self.song.setPosition(want)
        if self.song.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
            self.song.play()

    def _apply_mix(self, ms: int) -> None:
        """The outputs' volumes at ``ms``. Set only when they change, and never while closing: called
        from Python (holding the GIL) while a backend audio thread tears down and needs the GIL for a
        moment, ``setVolume`` waits for that thread for ever (seen in a test's window teardown)."""
        if self._closing:
            return
        start, end = self.trim_ms()
        clip, song = mix_gains(self.edit, (ms - start) / 1000, max(0, end - start) / 1000)
        if clip != self._volumes[0]:
            self.clip_audio.setVolume(clip)
        if song != self._volumes[1]:
            self.song_audio.setVolume(song)
        self._volumes = (clip, song)

    def _on_position(self, ms: int) -> None:
        if self.is_playing():
            start, end = self.trim_ms()
            if end > 0 and ms >= end:
                if self.loop and end - start > self.frame_ms():
                    self.player.setPosition(start)
                    self._sync_song(force=True)
                else:
                    self.pause()
                    self.player.setPosition(end)
        self._apply_mix(ms)
        self.positionChanged.emit(ms)

    def _on_duration(self, ms: int) -> None:
        self.durationChanged.emit(int(ms))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if not playing:
            self.song.pause()
            self._sync.stop()
        self.playingChanged.emit(playing)

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.failed.emit(message)
