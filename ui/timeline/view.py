"""The painted timeline: ruler, filmstrip, the clip's waveform, in/out handles, the length limit,
the playhead, and the music lane with the song's waveform and the window of it that plays.

The view holds no Edit: :class:`ui.timeline.widget.Timeline` gives it the numbers (``set_state``) and
turns its gestures (signals) into Document changes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.media.waveform import PEAK_RATE
from app.project import trim
from app.project.timecode import format_time
from ui.common.lanes import LanePainting, column_peaks, paint_limit_pill, wave_image
from ui.style.sheet import BAD, INK, MAGENTA, MAGENTA_SOFT, MUTED, YELLOW, YELLOW_SOFT

MIN_GUTTER = 58  # lane names on the left: at least this, wider for long words or large fonts
RIGHT = 10
RULER_H = 20
STRIP_Y, STRIP_H = 22, 46
WAVE_Y, WAVE_H = 68, 24
MUSIC_Y, MUSIC_H = 100, 38
HEIGHT = MUSIC_Y + MUSIC_H + 4
HANDLE_W = 12
GRAB = 10  # how near (px) to a handle a press grabs it
MAX_PX_PER_FRAME = 14


@dataclass
class TimelineState:
    duration: float = 0.0
    fps: float = 30.0
    start: float = 0.0  # the trim, in seconds of the clip
    end: float = 0.0
    limit: float = 60.0
    limit_label: str = ""
    song_on: bool = False
    song_start: float = 0.0
    song_seconds: float = 0.0  # 0: not known yet
    song_volume: float = 1.0
    chorus: float | None = None
    fade_in: float = 0.0
    fade_out: float = 0.0
    has_audio: bool = True
    clip_muted: bool = False


class TimelineView(LanePainting, QWidget):
    seekRequested = Signal(float, bool)  # seconds, True while the mouse is still down
    handleDragged = Signal(str, float, int)  # "in" | "out", seconds, gesture token
    handleReleased = Signal(str)
    songDragged = Signal(float, int)  # song start, gesture token
    zoomChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(HEIGHT)
        self.setMaximumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Timeline"))
        self.state = TimelineState()
        self.position = 0.0
        self.thumbs: list[QImage | None] = []
        self.thumb_aspect = 16 / 9
        self.strip_done = False
        self.clip_peaks = np.zeros(0, np.float32)
        self.song_peaks = np.zeros(0, np.float32)
        self.clip_wave_filled = 0  # buckets that arrived so far
        self.song_wave_filled = 0
        self.px_per_s = 0.0  # 0: fit the whole clip
        self.offset = 0.0  # seconds at the left edge of the lanes
        self._drag: str | None = None  # "in" | "out" | "seek" | "song"
        self.music_lane = True  # a story shows its song under all its shots instead (ui/story)
        self._token = 0
        self._song_grab = 0.0
        self._tokens = 0
        self.labels = self._labels()
        self._gutter_for: tuple[str, str] | None = None  # (font, words) the gutter was measured for
        self._gutter_px = MIN_GUTTER

    def _labels(self) -> dict[str, str]:
        """The words painted on the lanes, in the window's language."""
        return {
            "clip": self.tr("Clip"), "sound": self.tr("Sound"), "song": self.tr("Song"),
            "song_off": self.tr("Song is off"), "muted": self.tr("muted"),
            "no_sound": self.tr("no sound"), "chorus": self.tr("chorus"),
            "loading": self.tr("Loading the song…"),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.labels = self._labels()
            self.update()
        super().changeEvent(event)

    @property
    def _gutter(self) -> int:
        """Room for the lane names, measured again when the font or the language changes."""
        key = (self.font().key(), self.labels["clip"] + self.labels["sound"] + self.labels["song"])
        if key != self._gutter_for:
            self._gutter_for, self._gutter_px = key, self._gutter_width()
        return self._gutter_px

    def _gutter_width(self) -> int:
        bold, small = (QFontMetrics(f) for f in self._fonts())
        words = max(bold.horizontalAdvance(self.labels["clip"]), bold.horizontalAdvance(self.labels["song"]),
                    small.horizontalAdvance(self.labels["sound"]))
        return max(MIN_GUTTER, words + 12 + HANDLE_W)  # the in handle sits left of the lanes

    # Data in -------------------------------------------------------------------------------------

    def set_state(self, state: TimelineState) -> None:
        self.state = state
        self._clamp_offset()
        self.update()

    def set_position(self, seconds: float) -> None:
        if abs(seconds - self.position) < 1e-4:
            return
        self.position = seconds
        shown = self.offset <= seconds <= self.offset + self.visible_seconds()
        if self._drag is None and self.px_per_s and not shown:
            self.offset = seconds - self.visible_seconds() * 0.1  # follow the playhead
            self._clamp_offset()
            self.zoomChanged.emit()
        self.update()

    def reset_media(self, duration: float, fps: float, count: int, aspect: float) -> None:
        self.thumbs = [None] * count
        self.strip_done = False
        self.thumb_aspect = aspect
        self.clip_peaks = np.zeros(int(math.ceil(duration * PEAK_RATE)) + 1, np.float32)
        self.clip_wave_filled = 0
        self.px_per_s, self.offset = 0.0, 0.0
        self.state.duration, self.state.fps = duration, fps
        self.zoomChanged.emit()
        self.update()

    def set_thumb(self, index: int, image: QImage) -> None:
        if 0 <= index < len(self.thumbs):
            self.thumbs[index] = image
            self.update()

    def add_clip_peaks(self, at: int, peaks: np.ndarray) -> None:
        self.clip_peaks = _put(self.clip_peaks, at, peaks)
        self.clip_wave_filled = max(self.clip_wave_filled, at + len(peaks))
        self.update()

    def reset_song(self) -> None:
        self.song_peaks = np.zeros(0, np.float32)
        self.song_wave_filled = 0
        self.update()

    def add_song_peaks(self, at: int, peaks: np.ndarray) -> None:
        self.song_peaks = _put(self.song_peaks, at, peaks)
        self.song_wave_filled = max(self.song_wave_filled, at + len(peaks))
        self.update()

    # Geometry ------------------------------------------------------------------------------------

    def lane_left(self) -> float:
        return self._gutter

    def lane_width(self) -> float:
        return max(10.0, self.width() - self._gutter - RIGHT)

    def fit_scale(self) -> float:
        return self.lane_width() / max(self.state.duration, 0.04)

    def scale(self) -> float:
        return self.px_per_s or self.fit_scale()

    def max_scale(self) -> float:
        return max(self.fit_scale(), self.state.fps * MAX_PX_PER_FRAME)

    def visible_seconds(self) -> float:
        return self.lane_width() / self.scale()

    def x_of(self, seconds: float) -> float:
        return self.lane_left() + (seconds - self.offset) * self.scale()

    def time_at(self, x: float) -> float:
        return self.offset + (x - self.lane_left()) / self.scale()

    def song_scale(self) -> float:
        return self.lane_width() / max(self.state.song_seconds, 0.04)

    def song_x(self, seconds: float) -> float:
        return self.lane_left() + seconds * self.song_scale()

    def song_window(self) -> QRectF:
        s = self.state
        width = (s.end - s.start) * self.song_scale()
        return QRectF(self.song_x(s.song_start), MUSIC_Y, width, MUSIC_H)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom around ``anchor_x`` (the playhead when None); the time under it stays put."""
        if anchor_x is None:
            anchor_x = self.x_of(self.position)
            if not (self.lane_left() <= anchor_x <= self.lane_left() + self.lane_width()):
                anchor_x = self.lane_left() + self.lane_width() / 2
        anchor_t = self.time_at(anchor_x)
        new = min(self.max_scale(), max(self.fit_scale(), self.scale() * factor))
        self.px_per_s = 0.0 if new <= self.fit_scale() * 1.001 else new
        self.offset = anchor_t - (anchor_x - self.lane_left()) / self.scale()
        self._clamp_offset()
        self.zoomChanged.emit()
        self.update()

    def zoom_fit(self) -> None:
        self.px_per_s, self.offset = 0.0, 0.0
        self.zoomChanged.emit()
        self.update()

    def is_zoomed(self) -> bool:
        return self.px_per_s > 0

    def set_offset(self, seconds: float) -> None:
        self.offset = seconds
        self._clamp_offset()
        self.update()

    def _clamp_offset(self) -> None:
        most = max(0.0, self.state.duration - self.visible_seconds())
        self.offset = 0.0 if not self.px_per_s else min(max(0.0, self.offset), most)

    def snap(self, seconds: float) -> float:
        """The start of the frame at ``seconds`` (trims sit on frame boundaries)."""
        return trim.frame_start(seconds, self.state.fps, self.state.duration)

    # Mouse -----------------------------------------------------------------------------------------

    def set_music_lane(self, shown: bool) -> None:
        """Show the music lane, or leave it out (the view is then as high as the clip's lanes)."""
        if shown != self.music_lane:
            self.music_lane = shown
            height = HEIGHT if shown else MUSIC_Y
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.update()

    def _hit(self, pos: QPointF) -> str:
        x, y = pos.x(), pos.y()
        s = self.state
        if y >= MUSIC_Y - 4:
            if not self.music_lane:
                return ""
            if s.song_on and s.song_seconds > 0 and x >= self.lane_left():
                return "song"
            return ""
        if x < self.lane_left() - GRAB:
            return ""
        d_in, d_out = abs(x - self.x_of(s.start)), abs(x - self.x_of(s.end))
        if y >= STRIP_Y - 2 and min(d_in, d_out) <= GRAB:
            return "in" if d_in < d_out or (d_in == d_out and x < self.x_of(s.start)) else "out"
        return "seek"

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() != Qt.MouseButton.LeftButton or self.state.duration <= 0:
            return
        self._drag = self._hit(event.position())
        self._tokens += 1
        self._token = self._tokens
        if self._drag == "song":
            window = self.song_window()
            x = event.position().x()
            if window.left() <= x <= window.right():
                self._song_grab = (x - window.left()) / self.song_scale()
            else:  # a press beside the window: the window jumps there, centred
                self._song_grab = (self.state.end - self.state.start) / 2
                self._drag_song(x)
        else:
            self._move(event.position().x())
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag:
            self._move(event.position().x())
            return
        hit = self._hit(event.position())
        cursors = {"in": Qt.CursorShape.SizeHorCursor, "out": Qt.CursorShape.SizeHorCursor,
                   "song": Qt.CursorShape.OpenHandCursor, "seek": Qt.CursorShape.PointingHandCursor}
        self.setCursor(cursors.get(hit, Qt.CursorShape.ArrowCursor))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag = self._drag, None
        if drag in ("in", "out"):
            self.handleReleased.emit(drag)
        elif drag == "seek":
            self.seekRequested.emit(self.snap(self.time_at(event.position().x())), False)
        self.update()

    def _move(self, x: float) -> None:
        t = self.snap(self.time_at(x))
        if self._drag == "seek":
            self.seekRequested.emit(t, True)
        elif self._drag in ("in", "out"):
            self.handleDragged.emit(self._drag, t, self._token)
        elif self._drag == "song":
            self._drag_song(x)

    def _drag_song(self, x: float) -> None:
        s = self.state
        start = (x - self.lane_left()) / self.song_scale() - self._song_grab
        most = trim.latest_song_start(s.song_seconds, s.end - s.start)
        self.songDragged.emit(round(min(max(0.0, start), most), 2), self._token)

    def wheelEvent(self, event) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta or self.state.duration <= 0:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 ** (delta / 120), event.position().x())
        elif self.is_zoomed():
            self.set_offset(self.offset - delta / 120 * self.visible_seconds() * 0.1)
            self.zoomChanged.emit()
        event.accept()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._clamp_offset()
        super().resizeEvent(event)

    # Painting ------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = self.state
        left, width = self.lane_left(), self.lane_width()
        p.fillRect(self.rect(), self.palette().base())  # white, or the dark theme's surface
        bold, small = self._fonts()
        self._paint_gutter(p, bold, small)
        if s.duration <= 0:
            return
        lanes = QRectF(left, 0, width, HEIGHT)
        p.save()
        p.setClipRect(lanes.adjusted(-HANDLE_W, 0, HANDLE_W, 0))
        self._paint_ruler(p, small)
        p.save()
        p.setClipRect(QRectF(left, 0, width, HEIGHT))
        self._paint_strip(p)
        self._paint_wave(p, small)
        self._paint_selection(p, bold)
        p.restore()
        self._paint_handles(p)
        self._paint_playhead(p)
        p.restore()
        if self.music_lane:
            self._paint_music(p, bold, small)

    def _paint_gutter(self, p: QPainter, bold: QFont, small: QFont) -> None:
        p.setPen(self._ink())
        p.setFont(bold)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        room = self._gutter - 8 - HANDLE_W
        p.drawText(QRectF(4, STRIP_Y, room, STRIP_H), flags, self.labels["clip"])
        p.drawText(QRectF(4, MUSIC_Y, room, MUSIC_H), flags, self.labels["song"])
        p.setFont(small)
        p.setPen(self._ink(150))
        p.drawText(QRectF(4, WAVE_Y, room, WAVE_H), flags, self.labels["sound"])

    def _paint_ruler(self, p: QPainter, font: QFont) -> None:
        left, width = self.lane_left(), self.lane_width()
        p.setFont(font)
        label_w = p.fontMetrics().horizontalAdvance("00:00.00") + 6
        step = _nice_step((label_w + 14) / self.scale())  # labels never overlap, whatever the font
        fps = self.state.fps or 30.0
        first = math.floor(self.offset / step) * step
        t = first
        p.setPen(QPen(self._ink(40), 1))
        p.drawLine(QPointF(left, RULER_H - 0.5), QPointF(left + width, RULER_H - 0.5))
        while t <= self.offset + self.visible_seconds() + step:
            x = self.x_of(t)
            if x >= left - 1:
                p.setPen(QPen(self._ink(150), 1))
                p.drawLine(QPointF(x, RULER_H - 6), QPointF(x, RULER_H))
                text = format_time(t, fps) if step < 1 else format_time(t, fps)[:5]
                if x + 3 + p.fontMetrics().horizontalAdvance(text) <= left + width + HANDLE_W:  # not cut at the end
                    p.drawText(QRectF(x + 3, 0, label_w, RULER_H - 4),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                for k in range(1, 4):
                    xm = self.x_of(t + step * k / 4)
                    p.setPen(QPen(self._ink(40), 1))
                    p.drawLine(QPointF(xm, RULER_H - 3), QPointF(xm, RULER_H))
            t += step

    def _paint_strip(self, p: QPainter) -> None:
        s = self.state
        left, width = self.lane_left(), self.lane_width()
        lane = QRectF(left, STRIP_Y, width, STRIP_H)
        p.fillRect(lane, QColor("#3A2A33"))
        count = len(self.thumbs)
        if not count:
            return
        tile = max(16.0, STRIP_H * self.thumb_aspect)
        x0 = self.x_of(0)
        first = max(0, math.floor((left - x0) / tile))
        x = x0 + first * tile
        end_x = min(left + width, self.x_of(s.duration))
        while x < end_x:
            mid = self.time_at(min(x + tile / 2, end_x))
            index = min(count - 1, max(0, int(mid / s.duration * count)))
            image = self.thumbs[index]
            if image is None:  # nearest thumbnail that already arrived
                image = next((self.thumbs[j] for j in range(index, -1, -1) if self.thumbs[j] is not None), None)
            target = QRectF(x, STRIP_Y, min(tile, end_x - x), STRIP_H)
            if image is not None:
                source = QRectF(0, 0, image.width() * target.width() / tile, image.height())
                p.drawImage(target, image, source)
            p.setPen(QPen(QColor(0, 0, 0, 90), 1))
            p.drawLine(QPointF(x, STRIP_Y), QPointF(x, STRIP_Y + STRIP_H))
            x += tile

    def _paint_wave(self, p: QPainter, font: QFont) -> None:
        s = self.state
        left, width = self.lane_left(), self.lane_width()
        lane = QRectF(left, WAVE_Y, width, WAVE_H)
        p.fillRect(lane, QColor(MAGENTA_SOFT))
        if not s.has_audio:
            p.setPen(QColor(MUTED))
            p.setFont(font)
            p.drawText(lane, Qt.AlignmentFlag.AlignCenter, self.labels["no_sound"])
            return
        n = int(min(width, max(0.0, self.x_of(s.duration) - left)))
        cols = column_peaks(self.clip_peaks, PEAK_RATE, self.offset, 1 / self.scale(), n, self.clip_wave_filled)
        colour = QColor(MUTED if s.clip_muted else MAGENTA)
        mid = WAVE_Y + WAVE_H / 2
        p.drawImage(QPointF(left, WAVE_Y), wave_image(np.sqrt(cols) * (WAVE_H / 2 - 1), WAVE_H, colour))
        p.setPen(QPen(QColor(colour.red(), colour.green(), colour.blue(), 80), 1))
        p.drawLine(QPointF(left, mid), QPointF(left + n, mid))
        if s.clip_muted:
            p.setFont(font)
            p.setPen(QColor(INK))
            p.drawText(lane.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.labels["muted"])

    def _paint_selection(self, p: QPainter, font: QFont) -> None:
        s = self.state
        top, bottom = STRIP_Y, WAVE_Y + WAVE_H
        x_in, x_out = self.x_of(s.start), self.x_of(s.end)
        shade = QColor(45, 20, 35, 170)
        p.fillRect(QRectF(self.lane_left(), top, x_in - self.lane_left(), bottom - top), shade)
        p.fillRect(QRectF(x_out, top, self.lane_left() + self.lane_width() - x_out, bottom - top), shade)
        over = s.end - s.start > s.limit + 1e-6
        x_limit = self.x_of(s.start + s.limit)
        kept = QRectF(x_in, top, x_out - x_in, bottom - top)
        if over:
            bad = QRectF(x_limit, top, x_out - x_limit, bottom - top)
            p.fillRect(bad, QColor(198, 40, 40, 110))
            p.fillRect(bad, QBrush(QColor(198, 40, 40, 150), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(QColor(YELLOW), 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(kept.adjusted(0, 1.5, 0, -1.5) if not over else
                   QRectF(x_in, top + 1.5, x_limit - x_in, bottom - top - 3))
        if over:
            p.setPen(QPen(QColor(BAD), 3))
            p.drawRect(QRectF(x_limit, top + 1.5, x_out - x_limit, bottom - top - 3))
        # the limit line, drawn when it falls inside the clip
        if s.start + s.limit < s.duration:
            p.setPen(QPen(QColor(BAD), 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x_limit, RULER_H), QPointF(x_limit, bottom))
            paint_limit_pill(p, s.limit_label, x_limit, 2, RULER_H - 4, self.lane_left(),
                             self.lane_left() + self.lane_width(), font)

    def _paint_handles(self, p: QPainter) -> None:
        s = self.state
        top, bottom = STRIP_Y - 2, WAVE_Y + WAVE_H + 2
        for name, t in (("in", s.start), ("out", s.end)):
            x = self.x_of(t)
            rect = QRectF(x - HANDLE_W if name == "in" else x, top, HANDLE_W, bottom - top)
            active = self._drag == name
            p.setPen(QPen(QColor(INK), 1.2))
            p.setBrush(QColor("#FFB300") if active else QColor(YELLOW))
            path = QPainterPath()
            radius = 5
            if name == "in":
                path.addRoundedRect(rect.adjusted(0, 0, radius, 0), radius, radius)
            else:
                path.addRoundedRect(rect.adjusted(-radius, 0, 0, 0), radius, radius)
            p.drawPath(path.intersected(_rect_path(rect)))
            p.setPen(QPen(QColor(INK), 1.4))
            cx = rect.center().x()
            for dy in (-6, 0, 6):
                cy = rect.center().y() + dy
                p.drawLine(QPointF(cx - 2, cy), QPointF(cx + 2, cy))

    def _paint_playhead(self, p: QPainter) -> None:
        x = self.x_of(self.position)
        if not (self.lane_left() - 1 <= x <= self.lane_left() + self.lane_width() + 1):
            return
        p.setPen(QPen(QColor(MAGENTA), 2))
        p.drawLine(QPointF(x, 6), QPointF(x, WAVE_Y + WAVE_H + 2))
        knob = QPainterPath()
        knob.moveTo(x - 6, 2)
        knob.lineTo(x + 6, 2)
        knob.lineTo(x, 10)
        knob.closeSubpath()
        p.fillPath(knob, QColor(MAGENTA))

    def _paint_music(self, p: QPainter, bold: QFont, small: QFont) -> None:
        s = self.state
        left, width = self.lane_left(), self.lane_width()
        lane = QRectF(left, MUSIC_Y, width, MUSIC_H)
        path = QPainterPath()
        path.addRoundedRect(lane, 8, 8)
        p.fillPath(path, QColor(YELLOW_SOFT) if s.song_on else QColor("#F4EEF1"))
        p.setFont(small)
        if not s.song_on:
            p.setPen(QColor(MUTED))
            p.drawText(lane, Qt.AlignmentFlag.AlignCenter, self.labels["song_off"])
            return
        if s.song_seconds <= 0:
            p.setPen(QColor(MUTED))
            p.drawText(lane, Qt.AlignmentFlag.AlignCenter, self.labels["loading"])
            return
        p.save()
        p.setClipPath(path)
        n = int(width)
        cols = column_peaks(self.song_peaks, PEAK_RATE, 0.0, 1 / self.song_scale(), n, self.song_wave_filled)
        amp = np.sqrt(cols) * (MUSIC_H / 2 - 3)
        p.drawImage(QPointF(left, MUSIC_Y), wave_image(amp, MUSIC_H, QColor("#B79AA8")))
        bright = wave_image(amp, MUSIC_H, QColor(MAGENTA))
        # the part of the song that plays (it loops when the video is longer than the song)
        window = self.song_window()
        pieces = [window]
        if window.right() > left + width:
            pieces.append(QRectF(left, MUSIC_Y, window.right() - left - width, MUSIC_H))
        for piece in pieces:
            p.save()
            p.setClipRect(piece)
            p.fillRect(piece, QColor(255, 201, 60, 120))
            p.drawImage(QPointF(left, MUSIC_Y), bright)
            p.restore()
        self._paint_fades(p, window)
        p.restore()
        p.setPen(QPen(QColor(MAGENTA), 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(window.intersected(lane).adjusted(1, 1, -1, -1), 6, 6)
        if s.chorus is not None and 0 <= s.chorus < s.song_seconds:
            x = self.song_x(s.chorus)
            p.setPen(QPen(QColor(INK), 1.5))
            p.drawLine(QPointF(x, MUSIC_Y + 2), QPointF(x, MUSIC_Y + MUSIC_H - 2))
            flag = QRectF(x + 1, MUSIC_Y + 2, p.fontMetrics().horizontalAdvance(self.labels["chorus"]) + 10, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(INK))
            p.drawRoundedRect(flag, 4, 4)
            p.setPen(QColor("white"))
            p.drawText(flag, Qt.AlignmentFlag.AlignCenter, self.labels["chorus"])

    def _paint_fades(self, p: QPainter, window: QRectF) -> None:
        s = self.state
        length = s.end - s.start
        scale = self.song_scale()
        ramp = QColor(INK)
        ramp.setAlpha(140)
        p.setPen(QPen(ramp, 1.5))
        fade_in, fade_out = min(s.fade_in, length / 2), min(s.fade_out, length / 2)
        if fade_in > 0:
            p.drawLine(QPointF(window.left(), window.bottom() - 2), QPointF(window.left() + fade_in * scale,
                                                                             window.top() + 3))
        if fade_out > 0:
            p.drawLine(QPointF(window.right() - fade_out * scale, window.top() + 3),
                       QPointF(window.right(), window.bottom() - 2))


def _rect_path(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addRect(rect)
    return path


def _put(array: np.ndarray, at: int, values: np.ndarray) -> np.ndarray:
    need = at + len(values)
    if need > len(array):
        grown = np.zeros(need, np.float32)
        grown[: len(array)] = array
        array = grown
    array[at:need] = values
    return array


def _nice_step(seconds: float) -> float:
    """A ruler step (1 frame … 10 min) near ``seconds``."""
    for step in (1 / 30, 2 / 30, 5 / 30, 10 / 30, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600):
        if step >= seconds:
            return step
    return 600.0
