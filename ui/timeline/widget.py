"""The timeline card under the preview: trim fields, fit-to-limit, loop and zoom above the painted
view (ui/timeline_view.py). Everything it changes goes through the Document: one drag, one undo step.

Frames: a trim sits on a frame boundary. The start is the first frame kept; the end is just after
the last frame kept, so the out handle and "O" keep the frame you see.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollBar, QVBoxLayout, QWidget

from app.errors import UserError
from app.media.filmstrip import THUMB_HEIGHT, iter_filmstrip, strip_plan
from app.media.photo import upright_reduced
from app.media.waveform import PEAK_RATE, Waveform, iter_waveform, loudest_start
from app.messages import Message
from app.project import trim
from app.project.choices import MIN_SECONDS
from app.project.edit import PhotoShot
from app.project.timecode import format_time, parse_timecode
from app.render.plan import resolve_song
from app.render.presets import PRESETS
from ui.common.signals import blocked
from ui.i18n.wording import preset_label
from ui.preview.playback import Playback
from ui.preview.shuttle import Shuttle
from ui.session.document import Document
from ui.session.tasks import Task, TaskState, media_pool, run_task
from ui.timeline.view import TimelineState, TimelineView


class Timeline(QFrame):
    problem = Signal(object)  # a core Message, or words already in the window's language
    songWaveChanged = Signal()  # the song's waveform is known (another song, or it finished loading)

    def __init__(self, doc: Document, playback: Playback, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Timeline")
        self.doc, self.playback = doc, playback
        self.shuttle = Shuttle(playback, self)
        self._two_lines: bool | None = None
        self.view = TimelineView()
        self._request = 0
        self._tasks: list[Task] = []
        self._song_path: Path | None = None
        self._song_wave: Waveform | None = None
        self._song_parts: list[tuple[int, Waveform]] = []
        self._song_request = 0

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        self.in_field = self._time_field(self.tr("Start of the video"), "in")
        self.out_field = self._time_field(self.tr("End of the video"), "out")
        self.trim_box = QWidget()  # Start, End, Length: always on the first line
        trim = QHBoxLayout(self.trim_box)
        trim.setContentsMargins(0, 0, 0, 0)
        trim.setSpacing(6)
        trim.addWidget(QLabel(self.tr("Start"), objectName="FieldLabel"))
        trim.addWidget(self.in_field)
        trim.addSpacing(6)
        trim.addWidget(QLabel(self.tr("End"), objectName="FieldLabel"))
        trim.addWidget(self.out_field)
        trim.addSpacing(6)
        self.length_label = QLabel(objectName="TrimLength")
        trim.addWidget(self.length_label)
        self.fit_button = QPushButton(objectName="FitLimit")
        self.fit_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fit_button.clicked.connect(self.fit_to_limit)
        self.loop_button = QPushButton(self.tr("Loop"), objectName="Small", checkable=True)
        self.loop_button.setToolTip(self.tr("Play the chosen part again and again"))
        self.loop_button.toggled.connect(self.set_loop)
        self.zoom_out_button = QPushButton("−", objectName="Zoom")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / 2))
        self.zoom_in_button = QPushButton("+", objectName="Zoom")
        self.zoom_in_button.setToolTip(self.tr("Zoom in to pick the exact frame (Ctrl+wheel)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(2))
        self.zoom_fit_button = QPushButton(self.tr("All"), objectName="Small")
        self.zoom_fit_button.setToolTip(self.tr("Show the whole clip"))
        self.zoom_fit_button.clicked.connect(self.view.zoom_fit)
        self.tools_box = QWidget()  # Loop and zoom: after the trim, or on a second line when narrow
        tools = QHBoxLayout(self.tools_box)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.setSpacing(6)
        tools.addWidget(self.loop_button)
        tools.addSpacing(6)
        for button in (self.loop_button, self.zoom_out_button, self.zoom_in_button, self.zoom_fit_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.zoom_fit_button)
        self._lines = (QHBoxLayout(), QHBoxLayout())
        for line in self._lines:
            line.setSpacing(6)
            col.addLayout(line)
        self._arrange_header()
        col.addWidget(self.view)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal)
        self.scrollbar.setAccessibleName(self.tr("Scroll the timeline"))
        self.scrollbar.valueChanged.connect(lambda v: self.view.set_offset(v / 1000))
        self.scrollbar.hide()
        col.addWidget(self.scrollbar)

        self.actions_: list[QAction] = []
        for text, key, slot in (
            (self.tr("Start here (I)"), "I", self.set_in_here),
            (self.tr("End here (O)"), "O", self.set_out_here),
            (self.tr("Play backward (J)"), "J", self.shuttle.backward),
            (self.tr("Stop (K)"), "K", self.shuttle.stop),
            (self.tr("Play forward, faster (L)"), "L", self.shuttle.forward),
            (self.tr("Fit to the length limit"), "Ctrl+Shift+F", self.fit_to_limit),
            (self.tr("Loop the chosen part"), "Ctrl+L", self.loop_button.toggle),
            (self.tr("Zoom in"), "Ctrl+=", lambda: self.view.zoom_by(2)),
            (self.tr("Zoom out"), "Ctrl+-", lambda: self.view.zoom_by(0.5)),
        ):
            action = QAction(text, self, shortcut=QKeySequence(key))
            action.triggered.connect(slot)
            self.actions_.append(action)

        self.view.seekRequested.connect(self._seek)
        self.view.handleDragged.connect(self._handle_dragged)
        self.view.songDragged.connect(self._song_dragged)
        self.view.zoomChanged.connect(self._sync_scrollbar)
        doc.changed.connect(self.refresh)
        doc.clipChanged.connect(self._clip_changed)
        playback.positionChanged.connect(lambda ms: self.view.set_position(ms / 1000))
        self.refresh()

    def _time_field(self, name: str, which: str) -> QLineEdit:
        field = QLineEdit(objectName="TimeField")
        field.setAccessibleName(name)
        field.setToolTip(self.tr("minutes:seconds.frames, e.g. 00:12.15 — type a time and press Enter"))
        field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # single-letter keys (I, O, J, K, L) stay free
        field.editingFinished.connect(lambda: self._typed(which))
        field.returnPressed.connect(self.view.setFocus)
        return field

    # Header layout -----------------------------------------------------------------------------

    def _arrange_header(self) -> None:
        """One line when everything fits; else Loop, zoom and the Fit button go to a second line, so
        no text is cut in a small window, at 200 % scaling or with a large font."""
        fit = self.fit_button.sizeHint().width() + 6 if not self.fit_button.isHidden() else 0
        need = self.trim_box.sizeHint().width() + fit + 12 + self.tools_box.sizeHint().width()
        two = need > self.contentsRect().width()
        if two == self._two_lines:
            return
        self._two_lines = two
        first, second = self._lines
        for line in self._lines:
            while line.count():
                line.takeAt(0)
        first.addWidget(self.trim_box)
        if two:
            first.addStretch(1)
            second.addWidget(self.fit_button)
            second.addStretch(1)
            second.addWidget(self.tools_box)
        else:
            first.addWidget(self.fit_button)
            first.addStretch(1)
            first.addWidget(self.tools_box)

    def _size_time_fields(self) -> None:
        """Wide enough for mm:ss.ff in the field's own font (large fonts, scaling)."""
        for field in (self.in_field, self.out_field):
            field.ensurePolished()
            text = max(field.text(), "00:00.00", key=len)
            field.setFixedWidth(field.fontMetrics().horizontalAdvance(text) + 26)  # padding, border, margins

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._size_time_fields()
        self._arrange_header()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)
        if changed and self._two_lines is not None:  # (not while __init__ sets the style sheet)
            self._size_time_fields()
            self._two_lines = None
            self._arrange_header()

    # Clip and song data ------------------------------------------------------------------------

    def _clip_changed(self) -> None:
        self.cancel_work()
        media = self.doc.media
        self.view.reset_song()
        self._song_path, self._song_wave = None, None
        if media is None:
            self.view.reset_media(0, 30, 0, 16 / 9)
            return
        shot = self.doc.current_shot()
        if isinstance(shot, PhotoShot):
            self._photo_strip(shot.source, shot.seconds, media.width / max(1, media.height))
            return
        plan = strip_plan(media)
        self.view.reset_media(media.duration, media.fps or 30.0, plan.count, plan.width / plan.height)
        self._request += 1
        request = self._request
        self._start(lambda state: _pieces(iter_filmstrip(media, state.should_cancel), state),
                    lambda piece: self._thumb_arrived(request, *piece), lambda: self._strip_done(request))
        if media.has_audio:
            self._start(lambda state: _pieces(iter_waveform(media.path, state.should_cancel), state),
                        lambda piece: self._clip_wave_arrived(request, *piece))
        self.refresh()

    def _photo_strip(self, path: str, seconds: float, aspect: float) -> None:
        """A story's photo: the photo itself across the lane, no sound of its own."""
        count = 8
        self.view.reset_media(seconds, 30.0, count, aspect)
        self._request += 1
        request = self._request

        def picture(_state: TaskState) -> np.ndarray:
            return np.asarray(upright_reduced(path, round(THUMB_HEIGHT * aspect), THUMB_HEIGHT, cover=False))

        def show(rgb: np.ndarray) -> None:
            for index in range(count):
                self._thumb_arrived(request, index, rgb)
            self._strip_done(request)

        task: Task | None = None

        def ended(*_args: object) -> None:
            if task in self._tasks:
                self._tasks.remove(task)

        task = run_task(picture, done=lambda rgb: (ended(), show(rgb)), failed=ended, pool=media_pool())
        self._tasks.append(task)
        self.refresh()

    def _start(self, work, piece, over=None) -> None:  # noqa: ANN001
        """Stream ``work``'s pieces to ``piece``; ``over`` when it ends (a missing filmstrip or
        waveform is never worth a message: the lane just stays as it is)."""
        task: Task | None = None

        def ended(*_args: object) -> None:
            if task in self._tasks:
                self._tasks.remove(task)
                if over is not None:
                    over()

        task = run_task(work, done=ended, failed=ended, progress=piece, pool=media_pool())
        self._tasks.append(task)

    def cancel_work(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()

    def shutdown(self) -> None:
        self.shuttle.stop()
        self.cancel_work()
        media_pool().waitForDone(5000)

    def _thumb_arrived(self, request: int, index: int, rgb: np.ndarray) -> None:
        if request != self._request:
            return
        h, w = rgb.shape[:2]
        image = QImage(rgb.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.view.set_thumb(index, image)

    def _strip_done(self, request: int) -> None:
        if request == self._request:
            self.view.strip_done = True  # slots past the last keyframe show the thumbnail before them
            self.view.update()

    def _clip_wave_arrived(self, request: int, at: int, part: Waveform) -> None:
        if request == self._request:
            self.view.add_clip_peaks(at, part.peaks)

    def _load_song(self, path: Path | None) -> None:
        self._song_path, self._song_wave, self._song_parts = path, None, []
        self.view.reset_song()
        self._song_request += 1
        if path is None or not Path(path).is_file():
            return
        request, song = self._song_request, str(path)
        self._start(lambda state: _pieces(iter_waveform(song, state.should_cancel), state),
                    lambda piece: self._song_wave_arrived(request, *piece), lambda: self._song_wave_done(request))

    def _song_wave_arrived(self, request: int, at: int, part: Waveform) -> None:
        if request == self._song_request:
            self._song_parts.append((at, part))
            self.view.add_song_peaks(at, part.peaks)

    def _song_wave_done(self, request: int) -> None:
        if request != self._song_request:
            return
        parts = [p for _, p in sorted(self._song_parts, key=lambda item: item[0])]
        if parts:
            self._song_wave = Waveform(np.concatenate([p.peaks for p in parts]),
                                       np.concatenate([p.power for p in parts]))
        self.refresh()
        self.songWaveChanged.emit()

    def song_wave(self) -> Waveform | None:
        """The song's whole waveform, once it has been read."""
        return self._song_wave

    def song_path(self) -> Path | None:
        return self._song_path

    def song_seconds(self) -> float:
        return len(self._song_wave.peaks) / PEAK_RATE if self._song_wave is not None else 0.0

    def chorus_start(self) -> float | None:
        """The campaign's chorus, or else the loudest stretch of the song as long as the video."""
        song = self.doc.campaign.song
        if song is not None and not self.doc.edit.audio.song and song.chorus_start is not None:
            return song.chorus_start
        if self._song_wave is None:
            return None
        return loudest_start(self._song_wave, min(self.doc.result_seconds() or 15.0, self.song_seconds()))

    def start_song_at_chorus(self) -> None:
        start = self.chorus_start()
        if start is None:
            return
        most = trim.latest_song_start(self.song_seconds(), self.doc.result_seconds())
        start = round(min(start, most) if self.song_seconds() else start, 2)
        self.doc.set_song_start(start, self.tr("Song starts at the chorus"))

    # Following the Edit ------------------------------------------------------------------------

    def refresh(self) -> None:
        doc, media = self.doc, self.doc.media
        edit = doc.view()  # the selected shot of a story, with the song where it is under that shot
        self.setEnabled(media is not None)
        song, song_start = resolve_song(edit, doc.campaign)
        if song != self._song_path:
            self._load_song(song)
        if media is None:
            self.view.set_state(TimelineState())
            for field in (self.in_field, self.out_field):
                field.clear()
            self.length_label.clear()
            self.fit_button.hide()
            return
        fps = media.fps or 30.0
        start, end = doc.trim_range()
        limit = doc.shot_limit()  # a story: how long this shot may be while the whole video fits
        self.trim_box.setEnabled(not isinstance(doc.current_shot(), PhotoShot))  # a photo: its length, not a trim
        a = edit.audio
        state = TimelineState(
            duration=doc.duration(), fps=fps, start=start, end=end, limit=limit,
            limit_label=self.tr("%s s limit") % f"{limit:g}",
            song_on=song is not None, song_start=song_start, song_seconds=self.song_seconds(),
            song_volume=a.song_volume, chorus=self.chorus_start() if song is not None else None,
            fade_in=a.fade_in, fade_out=a.fade_out, has_audio=media.has_audio, clip_muted=a.clip_volume <= 0,
        )
        self.view.set_state(state)
        for field, value in ((self.in_field, start), (self.out_field, end)):
            if not field.hasFocus():
                field.setText(format_time(value, fps))
                field.setProperty("bad", False)
                field.style().unpolish(field)
                field.style().polish(field)
        over = end - start > limit + 1e-6
        self.length_label.setText(self.tr("Length %s") % format_time(end - start, fps))
        self.length_label.setProperty("over", over)
        self.length_label.style().unpolish(self.length_label)
        self.length_label.style().polish(self.length_label)
        video_limit = doc.limit_seconds()
        self.fit_button.setText(self.tr("✂ Fit to %s s") % f"{video_limit:g}")
        platform = preset_label(PRESETS[edit.preset])
        if doc.is_story():
            over = doc.result_seconds() > video_limit + 1e-6
            tip = self.tr("%1 allows %2 s: shorten the last shots until the story fits (none is left out)")
        else:
            tip = self.tr("%1 allows %2 s: keep only the first %2 s from the start")
        self.fit_button.setToolTip(tip.replace("%1", platform).replace("%2", f"{video_limit:g}"))
        self.fit_button.setVisible(over)
        self._arrange_header()
        self._sync_scrollbar()

    def _sync_scrollbar(self) -> None:
        view = self.view
        zoomed = view.is_zoomed() and view.state.duration > 0
        self.scrollbar.setVisible(zoomed)
        if zoomed:
            with blocked(self.scrollbar):
                self.scrollbar.setRange(0, int(max(0.0, view.state.duration - view.visible_seconds()) * 1000))
                self.scrollbar.setPageStep(int(view.visible_seconds() * 1000))
                self.scrollbar.setSingleStep(max(1, int(view.visible_seconds() * 100)))
                self.scrollbar.setValue(int(view.offset * 1000))
        self.zoom_out_button.setEnabled(zoomed)
        self.zoom_fit_button.setEnabled(zoomed)

    # Gestures → the Edit -------------------------------------------------------------------------

    def fps(self) -> float:
        return self.doc.fps()

    def set_trim(self, which: str, seconds: float, merge: str | None = None, token: object = None) -> bool:
        """Move the in or out point (clamped to the clip and the minimum length), as one undo step."""
        if which == "in":
            return self.doc.move_start(seconds, self.tr("Move the start"), merge, token)
        return self.doc.move_end(seconds, self.tr("Move the end"), merge, token)

    def _handle_dragged(self, which: str, seconds: float, token: int) -> None:
        self.playback.pause()
        self.set_trim(which, seconds, f"trim.{which}", ("timeline", token))
        self._show_trim_frame(which)  # the preview shows the frame at the handle

    def _show_trim_frame(self, which: str) -> None:
        """The preview shows the first frame kept, or the last one."""
        start, end = self.doc.trim_range()
        self.playback.seek(trim.frame_ms(start if which == "in" else trim.last_frame(start, end, self.fps())))

    def _song_dragged(self, start: float, token: int) -> None:
        start = max(0.0, start - self.doc.shot_offset())  # the lane shows the song under the selected shot
        self.doc.set_song_start(start, self.tr("Move the song"), "song.start", ("timeline", token))

    def _seek(self, seconds: float, dragging: bool) -> None:
        if dragging:
            self.playback.pause()
        self.playback.seek(trim.frame_ms(seconds))

    def _typed(self, which: str) -> None:
        field = self.in_field if which == "in" else self.out_field
        if self.doc.media is None or not field.isModified():
            return
        field.setModified(False)
        problem: str | Message | None = None
        try:
            seconds = parse_timecode(field.text(), self.fps())
        except UserError as exc:
            problem = exc.message
        else:
            start, end = self.doc.trim_range()
            duration = self.doc.duration()
            if seconds > self.doc.media.duration + 1e-6:
                problem = self.tr("the clip is only %s long") % format_time(self.doc.media.duration)
            elif which == "in" and not trim.start_fits(seconds, end, duration, MIN_SECONDS, slack=0):
                problem = self.tr("the start must come at least 1 s before the end")
            elif which == "out" and not trim.end_fits(seconds, start, duration, MIN_SECONDS, slack=0):
                problem = self.tr("the end must come at least 1 s after the start")
        if problem is not None:
            field.setProperty("bad", True)
            field.style().unpolish(field)
            field.style().polish(field)
            self.problem.emit(problem)
            return
        self.set_trim(which, seconds)
        self.playback.pause()
        self._show_trim_frame(which)
        self.refresh()

    def playhead_frame_time(self) -> float:
        """The start of the frame the preview shows now."""
        return trim.frame_at(self.playback.position(), self.fps())

    def set_in_here(self) -> None:
        if self.doc.media is None:
            return
        here = self.playhead_frame_time()
        _, end = self.doc.trim_range()
        if not trim.start_fits(here, end, self.doc.duration(), MIN_SECONDS):
            self.problem.emit(self.tr("The start must come at least 1 s before the end of the video."))
            return
        self.set_trim("in", here)

    def set_out_here(self) -> None:
        if self.doc.media is None:
            return
        here = self.playhead_frame_time() + 1 / self.fps()  # keep the frame you see
        start, _ = self.doc.trim_range()
        if not trim.end_fits(here, start, self.doc.duration(), MIN_SECONDS):
            self.problem.emit(self.tr("The end must come at least 1 s after the start of the video."))
            return
        self.set_trim("out", here)

    def fit_to_limit(self) -> None:
        try:
            self.doc.fit_to_limit(self.tr("Fit to the limit"))
        except UserError as exc:  # a story that cannot fit even with every shot cut short
            self.problem.emit(exc.message)

    def set_loop(self, on: bool) -> None:
        with blocked(self.loop_button):
            self.loop_button.setChecked(on)
        self.playback.loop = on


def _pieces(pieces: Iterable[tuple[int, object]], state: TaskState) -> None:
    """Report each (index, data) piece as it arrives, until the task is cancelled."""
    for piece in pieces:
        if state.is_cancelled:
            return
        state.report(piece)
