"""The story strip: a story's shots one after another on the video's timeline, painted.

A ruler in video time; every shot a tile as wide as it lasts (a clip shows frames of its trimmed
part across the tile, a photo the photo cropped to fill), with its number and length; a badge at
every joint (cut, crossfade, dip); the preset's limit as a dashed line with the part beyond it
tinted; the total against the limit; the playhead; the song lane under all the shots.

The strip holds no Edit: the window gives it plain data (:meth:`StoryStrip.set_story`, see
:mod:`ui.story.items`) and turns its signals into Document changes.

Index conventions (the same as :class:`app.project.story.Story`):

- ``shotMoved(source, target)``: ``target`` is the shot's index *after* the move, as
  ``Story.move(source, target)`` takes it. Dragging shot 0 to the gap after shot 2 gives (0, 2).
- ``filesDropped(paths, index)`` and the drag's insertion gap: ``index`` is where the first file
  goes, as ``Story.insert(index, shot)`` takes it (0: before the first shot, len: at the end).
- ``jointClicked(i)``: the joint into shot ``i`` (1 … len - 1).

Zoom: the whole story fits the width, unless that makes the shortest shot narrower than
MIN_TILE pixels (60 shots on a laptop): then the strip is wider than the widget and a horizontal
scroll bar appears under the song lane. The mouse wheel scrolls; Ctrl + wheel zooms in and out.

Mouse: a press on a tile selects it (``shotSelected``); moving it further than the system's drag
distance drags it, with an insertion marker, and the release moves it (a click never does); a
press on the ruler seeks; a joint badge asks for that joint. Keys: Left/Right/Home/End select,
Alt (or Shift) + Left/Right move the selected shot, Delete/Backspace ask to delete it, Ctrl+D to
duplicate it, Escape lets a drag go, the menu key opens the shot's menu.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QMenu, QScrollBar, QSizePolicy, QToolTip, QWidget

from app.media.waveform import PEAK_RATE
from ui.i18n.wording import limit_text
from ui.story.geometry import (
    BADGE_R,
    BAR_H,
    BAR_Y,
    FPS,
    HEIGHT,
    MAX_ZOOM,
    MIN_GUTTER,
    MIN_TILE,
    RIGHT,
    RULER_Y,
    SHOT_H,
    SHOT_Y,
    length_text,
)
from ui.story.items import CROSSFADE, DIP, PHOTO, StripJoint, StripShot, StripSong
from ui.story.painting import StripPainting
from ui.story.thumbs import ThumbCache, shared_cache


class StoryStrip(StripPainting, QWidget):
    shotSelected = Signal(int)
    shotMoved = Signal(int, int)  # source, target (its index after the move)
    deleteRequested = Signal(int)
    duplicateRequested = Signal(int)
    jointClicked = Signal(int)  # the joint into shot i
    seekRequested = Signal(float, bool)  # seconds, True while the mouse is still down
    filesDropped = Signal(list, int)  # local paths, the index to insert them at

    def __init__(self, parent: QWidget | None = None, thumbs: ThumbCache | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(HEIGHT)
        self.setMaximumHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.thumbs = thumbs or shared_cache()
        self.thumbs.ready.connect(self._thumb_ready)
        self.items: list[StripShot] = []
        self.joints: list[StripJoint] = []
        self.total = 0.0
        self.limit = 0.0
        self.limit_label = ""
        self.song = StripSong()
        self._song_video = np.zeros(0, np.float32)  # the song's peaks in video time (looped)
        self._spans: list[tuple[float, float]] = []
        self._joint_by_index: dict[int, StripJoint] = {}
        self._base_for: tuple[int, int] | None = None
        self._base = 1.0
        self.tile_pictures: dict[tuple, QPixmap] = {}  # a tile's picture, made once for its size
        self.position = 0.0
        self.selected = -1
        self.zoom = 1.0
        self.scroll = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scroll.setAccessibleName(self.tr("Scroll the story"))
        self.scroll.valueChanged.connect(self.update)
        self.scroll.hide()
        self._press: tuple[str, int, QPointF] | None = None  # ("shot" | "seek" | "joint", index, where)
        self._dragging = False
        self._drag_x = 0.0
        self._gap = -1  # the insertion gap shown while a shot or files are dragged
        self._hover_joint = -1
        self.labels = self._labels()
        self._gutter_for: tuple[str, str] | None = None
        self._gutter_px = MIN_GUTTER
        self._describe()

    def _labels(self) -> dict[str, str]:
        return {
            "shots": self.tr("Shots"), "song": self.tr("Song"), "song_off": self.tr("Song is off"),
            "loading": self.tr("Loading the song…"), "drop": self.tr("Drop clips and photos here"),
            "unreadable": self.tr("Cannot be read"), "name": self.tr("Story timeline"),
            "too_long": self.tr("%1 too long"),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.labels = self._labels()
            self._describe()
            self.update()
        super().changeEvent(event)

    # Data in -------------------------------------------------------------------------------------

    def set_story(self, items: list[StripShot], joints: list[StripJoint], total_seconds: float,
                  limit_seconds: float, limit_label: str, song: StripSong | None = None) -> None:
        self.items, self.joints = list(items), list(joints)
        self.total = max(0.0, float(total_seconds))
        self.limit, self.limit_label = float(limit_seconds), limit_label
        self._measure()
        if self._press is not None and self._press[1] >= len(self.items):  # a drag whose shot went away
            self._press, self._dragging, self._gap = None, False, -1
        self.set_song(song or StripSong())
        if self.selected >= len(self.items):
            self.selected = len(self.items) - 1
        self._update_scroll()
        height = self._thumb_height()
        for shot in self.items:  # asked in order: the first shots' pictures come first
            self.thumbs.image(shot.source, height)
        self._describe()
        self.update()

    def set_song(self, song: StripSong) -> None:
        self.song = song
        peaks = song.peaks if song.peaks is not None else np.zeros(0, np.float32)
        if song.filled >= 0:
            peaks = peaks[: song.filled]
        n = int(math.ceil(self.total * PEAK_RATE))
        if song.on and len(peaks) and n > 0:
            length = max(1, int(round(song.seconds * PEAK_RATE)) if song.seconds > 0 else len(peaks))
            index = (int(round(song.start * PEAK_RATE)) + np.arange(n)) % length  # the video loops the song
            self._song_video = np.where(index < len(peaks), peaks[np.minimum(index, len(peaks) - 1)], 0)
            self._song_video = self._song_video.astype(np.float32)
        else:
            self._song_video = np.zeros(0, np.float32)
        self.update()

    def set_position(self, seconds: float) -> None:
        if abs(seconds - self.position) < 1e-4:
            return
        self.position = seconds
        if self._press is None and self.scroll.isVisible():
            x = self.x_of(seconds)
            if not self.lane_left() <= x <= self.lane_left() + self.lane_width():  # follow the playhead
                self.scroll.setValue(int(seconds * self.scale() - self.lane_width() * 0.1))
        self.update()

    def set_selected(self, index: int) -> None:
        """Show ``index`` selected (the window's choice; no signal)."""
        index = index if 0 <= index < len(self.items) else -1
        if index != self.selected:
            self.selected = index
            self._show(index)
            self._describe()
            self.update()

    def _thumb_ready(self, _path: str) -> None:
        self.update()

    def _thumb_height(self) -> int:
        return int(round((SHOT_H - 2) * max(1.0, self.devicePixelRatioF())))

    # Geometry ------------------------------------------------------------------------------------

    @property
    def _gutter(self) -> int:
        key = (self.font().key(), self.labels["shots"] + self.labels["song"])
        if key != self._gutter_for:
            bold = QFontMetrics(self._fonts()[0])
            words = max(bold.horizontalAdvance(self.labels["shots"]), bold.horizontalAdvance(self.labels["song"]))
            self._gutter_for, self._gutter_px = key, max(MIN_GUTTER, words + 16)
        return self._gutter_px

    def lane_left(self) -> float:
        return float(self._gutter)

    def lane_width(self) -> float:
        return max(10.0, self.width() - self._gutter - RIGHT)

    def fit_scale(self) -> float:
        return self.lane_width() / max(self.total, 1.0)

    def base_scale(self) -> float:
        """Pixels a second before zooming: the whole story, or wider so the shortest shot stays readable."""
        key = (self.width(), self._gutter)
        if key != self._base_for:
            shortest = min((b - a for a, b in self._spans if b > a), default=0.0)  # a crossfade's halves out
            least = MIN_TILE / shortest if shortest else 0.0
            self._base_for, self._base = key, max(self.fit_scale(), least)
        return self._base

    def scale(self) -> float:
        return self.base_scale() * self.zoom

    def content_width(self) -> float:
        return self.total * self.scale()

    def offset_px(self) -> float:
        return float(self.scroll.value()) if self.scroll.isVisible() else 0.0

    def x_of(self, seconds: float) -> float:
        return self.lane_left() + seconds * self.scale() - self.offset_px()

    def time_at(self, x: float) -> float:
        return (x - self.lane_left() + self.offset_px()) / self.scale()

    def shown_span(self, index: int) -> tuple[float, float]:
        """Seconds of the video the tile of shot ``index`` covers: from the middle of the joint into
        it to the middle of the joint out of it (a crossfade's overlap is shared half and half)."""
        return self._spans[index]

    def _measure(self) -> None:
        """The tiles' spans, once per story (painting asks for them many times)."""
        by_index = {j.index: j for j in self.joints}
        spans = []
        for index, shot in enumerate(self.items):
            into, out = by_index.get(index), by_index.get(index + 1)
            a = shot.start if index == 0 or into is None else into.middle
            b = shot.end if index == len(self.items) - 1 or out is None else out.middle
            spans.append((a, max(a, b)))
        self._joint_by_index, self._spans = by_index, spans
        self._base_for = None

    def joint(self, index: int) -> StripJoint | None:
        return self._joint_by_index.get(index)

    def tile_rect(self, index: int) -> QRectF:
        """Where shot ``index``'s tile is painted (1 px of gap on each side)."""
        a, b = self.shown_span(index)
        left, right = self.x_of(a), self.x_of(b)
        return QRectF(left + 1, SHOT_Y, max(1.0, right - left - 2), SHOT_H)

    def joint_centre(self, joint: StripJoint) -> QPointF:
        return QPointF(self.x_of(joint.middle), SHOT_Y + SHOT_H / 2)

    def shot_at_x(self, x: float) -> int:
        for i in range(len(self.items)):
            r = self.tile_rect(i)
            if r.left() - 1 <= x <= r.right() + 1:
                return i
        return -1

    def gap_at(self, x: float) -> int:
        """The insertion gap nearest ``x``: 0 before the first shot … len after the last."""
        return sum(1 for i in range(len(self.items)) if self.tile_rect(i).center().x() < x)

    def gap_x(self, gap: int) -> float:
        if not self.items:
            return self.lane_left() + 4
        if gap >= len(self.items):
            return self.tile_rect(len(self.items) - 1).right() + 1
        return self.tile_rect(gap).left() - 1

    def _update_scroll(self) -> None:
        extra = self.content_width() - self.lane_width()
        self.scroll.setGeometry(int(self.lane_left()), BAR_Y, int(self.lane_width()), BAR_H)
        if extra > 0.5:
            self.scroll.setRange(0, int(math.ceil(extra)))
            self.scroll.setPageStep(int(self.lane_width()))
            self.scroll.setSingleStep(max(8, int(self.lane_width() / 20)))
            self.scroll.show()
        else:
            self.scroll.setValue(0)
            self.scroll.hide()

    def _show(self, index: int) -> None:
        """Scroll so shot ``index`` is in sight."""
        if index < 0 or not self.scroll.isVisible():
            return
        a, b = self.shown_span(index)
        left, width = self.scroll.value(), self.lane_width()
        if a * self.scale() < left:
            self.scroll.setValue(int(a * self.scale() - 8))
        elif b * self.scale() > left + width:
            self.scroll.setValue(int(b * self.scale() - width + 8))

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        anchor_x = self.lane_left() + self.lane_width() / 2 if anchor_x is None else anchor_x
        t = self.time_at(anchor_x)
        self.zoom = min(MAX_ZOOM, max(1.0, self.zoom * factor))
        self._update_scroll()
        if self.scroll.isVisible():
            self.scroll.setValue(int(t * self.scale() - (anchor_x - self.lane_left())))
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._update_scroll()
        super().resizeEvent(event)

    # Mouse -----------------------------------------------------------------------------------------

    def _joint_hit(self, pos: QPointF) -> int:
        for joint in self.joints:
            c = self.joint_centre(joint)
            if (pos.x() - c.x()) ** 2 + (pos.y() - c.y()) ** 2 <= (BADGE_R + 3) ** 2:
                return joint.index
        return -1

    def _snap(self, seconds: float) -> float:
        return min(max(0.0, round(seconds * FPS) / FPS), self.total)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if event.button() != Qt.MouseButton.LeftButton or not self.items:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        joint = self._joint_hit(pos)
        if joint >= 0:
            self._press = ("joint", joint, pos)
        elif pos.y() < SHOT_Y - 2 and pos.y() >= RULER_Y - 4 and pos.x() >= self.lane_left() - 4:
            self._press = ("seek", -1, pos)
            self.seekRequested.emit(self._snap(self.time_at(pos.x())), True)
        elif SHOT_Y <= pos.y() <= SHOT_Y + SHOT_H and (index := self.shot_at_x(pos.x())) >= 0:
            self._press = ("shot", index, pos)
            self._select(index)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._press is None:
            hover = self._joint_hit(pos)
            if hover != self._hover_joint:
                self._hover_joint = hover
                self.update()
            on_ruler = RULER_Y - 4 <= pos.y() < SHOT_Y - 2 and pos.x() >= self.lane_left()
            self.setCursor(Qt.CursorShape.PointingHandCursor if hover >= 0 or on_ruler else Qt.CursorShape.ArrowCursor)
            return
        kind, index, start = self._press
        if kind == "seek":
            self.seekRequested.emit(self._snap(self.time_at(pos.x())), True)
        elif kind == "shot":
            if not self._dragging and (pos - start).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._autoscroll(pos.x())
                self._drag_x = pos.x()
                self._gap = self.gap_at(pos.x())
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        press, self._press = self._press, None
        dragging, self._dragging = self._dragging, False
        gap, self._gap = self._gap, -1
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if press is None:
            return
        kind, index, _ = press
        if kind == "seek":
            self.seekRequested.emit(self._snap(self.time_at(event.position().x())), False)
        elif kind == "joint" and self._joint_hit(event.position()) == index:
            self.jointClicked.emit(index)
        elif kind == "shot" and dragging and gap >= 0:
            target = gap if gap <= index else gap - 1
            if target != index:
                self.shotMoved.emit(index, target)
        self.update()

    def _autoscroll(self, x: float) -> None:
        if not self.scroll.isVisible():
            return
        if x < self.lane_left() + 20:
            self.scroll.setValue(self.scroll.value() - 12)
        elif x > self.lane_left() + self.lane_width() - 20:
            self.scroll.setValue(self.scroll.value() + 12)

    def wheelEvent(self, event) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.angleDelta().x()
        if not delta or not self.items:
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 ** (delta / 120), event.position().x())
        elif self.scroll.isVisible():
            self.scroll.setValue(self.scroll.value() - int(delta / 120 * self.scroll.singleStep()))
        event.accept()

    def _select(self, index: int) -> None:
        self.selected = index
        self._show(index)
        self._describe()
        self.update()
        self.shotSelected.emit(index)

    # Keys and menu -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        n, i = len(self.items), self.selected
        if key == Qt.Key.Key_Escape and self._press is not None:  # the drag is let go: nothing moves
            self._press, self._dragging, self._gap = None, False, -1
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.update()
            event.accept()
            return
        move = bool(mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier))
        if not n:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and move and i >= 0:
            target = i + (1 if key == Qt.Key.Key_Right else -1)
            if 0 <= target < n:
                self.shotMoved.emit(i, target)
        elif key == Qt.Key.Key_Left:
            self._select(max(0, i - 1) if i >= 0 else 0)
        elif key == Qt.Key.Key_Right:
            self._select(min(n - 1, i + 1))
        elif key == Qt.Key.Key_Home:
            self._select(0)
        elif key == Qt.Key.Key_End:
            self._select(n - 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and i >= 0:
            self.deleteRequested.emit(i)
        elif key == Qt.Key.Key_D and mods & Qt.KeyboardModifier.ControlModifier and i >= 0:
            self.duplicateRequested.emit(i)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def menu_for(self, index: int) -> QMenu:
        """The shot's context menu: Duplicate, Delete, Move left, Move right."""
        menu = QMenu(self)
        menu.addAction(self.tr("Duplicate"), lambda: self.duplicateRequested.emit(index))
        menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(index))
        menu.addSeparator()
        left = menu.addAction(self.tr("Move left"), lambda: self.shotMoved.emit(index, index - 1))
        right = menu.addAction(self.tr("Move right"), lambda: self.shotMoved.emit(index, index + 1))
        left.setEnabled(index > 0)
        right.setEnabled(index < len(self.items) - 1)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        pos = QPointF(event.pos())
        index = self.shot_at_x(pos.x()) if event.reason() == QContextMenuEvent.Reason.Mouse else self.selected
        if index < 0:
            return
        if index != self.selected:
            self._select(index)
        where = event.globalPos() if event.reason() == QContextMenuEvent.Reason.Mouse else \
            self.mapToGlobal(self.tile_rect(index).center().toPoint())
        self.menu_for(index).exec(where)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._tooltip(event)  # type: ignore[arg-type]
            return True
        return super().event(event)

    def _tooltip(self, event) -> None:  # noqa: ANN001 - a QHelpEvent
        pos = QPointF(event.pos())
        joint = self._joint_hit(pos)
        if joint >= 0:
            found = self.joint(joint)
            QToolTip.showText(event.globalPos(), self._joint_words(found) if found else "", self)
            return
        index = self.shot_at_x(pos.x()) if SHOT_Y <= pos.y() <= SHOT_Y + SHOT_H else -1
        if index < 0:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPos(), self._shot_words(index), self)

    def _shot_words(self, index: int) -> str:
        shot = self.items[index]
        kind = self.tr("photo") if shot.kind == PHOTO else self.tr("clip")
        words = self.tr("Shot %1 of %2: %3, %4").replace("%1", str(index + 1)).replace("%2", str(len(self.items)))
        words = words.replace("%3", kind).replace("%4", length_text(shot.length))
        return f"{words} · {shot.label}" if shot.label else words

    def _joint_words(self, joint: StripJoint) -> str:
        a, b = joint.span
        if joint.kind == CROSSFADE:
            what = self.tr("Crossfade, %1").replace("%1", length_text(b - a))
        elif joint.kind == DIP:
            what = self.tr("Dip to the campaign colour, %1").replace("%1", length_text(b - a))
        else:
            what = self.tr("Cut")
        return what + " — " + self.tr("click to change the transition")

    def _describe(self) -> None:
        """What a screen reader says: the strip's name, and the selected shot."""
        self.setAccessibleName(self.labels["name"])
        if 0 <= self.selected < len(self.items):
            self.setAccessibleDescription(self._shot_words(self.selected))
        else:
            self.setAccessibleDescription(self._total_words())

    def _total_words(self) -> str:
        n = len(self.items)
        if n == 1:
            words = self.tr("1 shot, %1 of %2")
        else:
            words = self.tr("%3 shots, %1 of %2").replace("%3", str(n))
        return words.replace("%1", length_text(self.total)).replace("%2", limit_text(self.limit))

    # Drops -----------------------------------------------------------------------------------------

    def _files(self, event) -> list[str]:  # noqa: ANN001 - a drag or drop event
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._files(event):
            event.acceptProposedAction()
            self._gap = self.gap_at(event.position().x())
            self.update()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._files(event):
            event.acceptProposedAction()
            self._autoscroll(event.position().x())
            self._gap = self.gap_at(event.position().x())
            self.update()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._gap = -1
        self.update()

    def dropEvent(self, event) -> None:  # noqa: N802
        files = self._files(event)
        gap = self.gap_at(event.position().x())
        self._gap = -1
        self.update()
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files, gap)
