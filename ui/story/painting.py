"""How the story strip paints itself (a mixin of :class:`ui.story.strip.StoryStrip`): the gutter, the
total against the limit, the ruler, the tiles with their pictures and words, the transitions, the
limit's tint, the song lane, the joint badges, the drag's insertion marker and the playhead.

The colours follow the palette (light or dark theme, ui/style/theme.py): the background is the
palette's base, words are its text colour; lanes take :func:`ui.story.paint.colours`."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QLinearGradient, QPainter, QPainterPath, QPen, QPixmap

from app.media.waveform import PEAK_RATE
from ui.common.lanes import LanePainting, column_peaks, paint_limit_pill, wave_image
from ui.story.geometry import (
    BADGE_R,
    HEADER_H,
    HEIGHT,
    RULER_H,
    RULER_Y,
    SHOT_H,
    SHOT_Y,
    SONG_H,
    SONG_Y,
    length_text,
)
from ui.story.items import CLIP, CROSSFADE, DIP, PHOTO, StripShot
from ui.story.paint import (
    Colours,
    colours,
    draw_cover,
    draw_joint_icon,
    draw_kind_icon,
    nice_step,
)
from ui.story.thumbs import ClipFrames
from ui.style.sheet import BAD, INK, MAGENTA, MUTED, YELLOW


class StripPainting(LanePainting):
    """Mixed into StoryStrip (a QWidget): uses its data (items, joints, …) and geometry (x_of, tile_rect, …)."""

    def _dark(self) -> bool:
        return self.palette().base().color().lightness() < 128

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        dark = self._dark()
        c = colours(dark)
        p.fillRect(self.rect(), self.palette().base())
        bold, small = self._fonts()
        self._paint_gutter(p, bold)
        left, width = self.lane_left(), self.lane_width()
        lane = QRectF(left, SHOT_Y, width, SHOT_H)
        path = QPainterPath()
        path.addRoundedRect(lane, 6, 6)
        p.fillPath(path, c.lane)
        self._paint_header(p, bold, small)
        if not self.items:
            self._paint_empty(p, lane, small)
            self._paint_song(p, bold, small, c)
            return
        p.save()
        p.setClipRect(QRectF(left - 2, 0, width + 4, HEIGHT))
        self._paint_ruler(p, small)
        self._paint_tiles(p, bold, small, c, dark)
        self._paint_transitions(p, dark)
        self._paint_limit(p, bold)
        self._paint_song(p, bold, small, c)
        self._paint_joints(p, dark)
        self._paint_drag(p)
        self._paint_playhead(p)
        p.restore()

    def _paint_gutter(self, p: QPainter, bold: QFont) -> None:
        p.setPen(self._ink())
        p.setFont(bold)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        room = self._gutter - 10
        p.drawText(QRectF(4, SHOT_Y, room, SHOT_H), flags, self.labels["shots"])
        p.drawText(QRectF(4, SONG_Y, room, SONG_H), flags, self.labels["song"])

    def _paint_header(self, p: QPainter, bold: QFont, small: QFont) -> None:
        if not self.items:
            return
        right = QRectF(self.lane_left(), 0, self.lane_width(), HEADER_H)
        over = self.limit > 0 and self.total > self.limit + 1e-6
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        p.setFont(bold)
        if over:
            text = self.labels["too_long"].replace("%1", length_text(self.total - self.limit))
            p.setPen(QColor("#FF6B6B") if self._dark() else QColor(BAD))
            p.drawText(right, flags, text)
            right.setRight(right.right() - p.fontMetrics().horizontalAdvance(text) - 10)
        p.setPen(self._ink(200))
        p.drawText(right, flags, self._total_words())

    def _paint_empty(self, p: QPainter, lane: QRectF, font: QFont) -> None:
        p.setPen(QPen(QColor(MAGENTA), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(lane.adjusted(2, 2, -2, -2), 6, 6)
        p.setFont(font)
        p.setPen(self._ink(170))
        p.drawText(lane, Qt.AlignmentFlag.AlignCenter, self.labels["drop"])

    def _paint_ruler(self, p: QPainter, font: QFont) -> None:
        left, width = self.lane_left(), self.lane_width()
        p.setFont(font)
        label_w = p.fontMetrics().horizontalAdvance("00:00") + 6
        step = nice_step((label_w + 16) / self.scale())
        bottom = RULER_Y + RULER_H
        p.setPen(QPen(self._ink(40), 1))
        p.drawLine(QPointF(left, bottom - 0.5), QPointF(left + width, bottom - 0.5))
        t = math.floor(self.time_at(left) / step) * step
        end = self.time_at(left + width)
        while t <= end + step:
            x = self.x_of(t)
            if left - 1 <= x <= left + width + 1 and t <= self.total + 1e-6:
                p.setPen(QPen(self._ink(150), 1))
                p.drawLine(QPointF(x, bottom - 6), QPointF(x, bottom))
                secs = int(round(t))
                text = f"{secs // 60}:{secs % 60:02d}" if step >= 1 else QLocale().toString(t, "f", 1)
                if x + 3 + p.fontMetrics().horizontalAdvance(text) <= left + width:
                    p.drawText(QRectF(x + 3, RULER_Y, label_w + 20, RULER_H - 4),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
                p.setPen(QPen(self._ink(40), 1))
                for k in range(1, 4):
                    xm = self.x_of(t + step * k / 4)
                    if xm <= self.x_of(self.total):
                        p.drawLine(QPointF(xm, bottom - 3), QPointF(xm, bottom))
            t += step

    def _paint_tiles(self, p: QPainter, bold: QFont, small: QFont, c: Colours, dark: bool) -> None:
        left, right = self.lane_left(), self.lane_left() + self.lane_width()
        height = self._thumb_height()
        for i, shot in enumerate(self.items):
            rect = self.tile_rect(i)
            if rect.right() < left or rect.left() > right:
                continue
            image = self.thumbs.image(shot.source, height)
            p.setPen(Qt.PenStyle.NoPen)
            if image is not None:
                p.drawPixmap(rect.topLeft(), self._tile_picture(i, rect, image, c))
            else:
                p.setBrush(c.tile)
                p.drawRoundedRect(rect, 5, 5)
                if self.thumbs.failed(shot.source, height):
                    p.setBrush(QBrush(QColor(198, 40, 40, 90), Qt.BrushStyle.BDiagPattern))
                    p.drawRoundedRect(rect, 5, 5)
                    p.setFont(small)
                    p.setPen(c.tile_ink)
                    p.drawText(rect.adjusted(4, 0, -4, 0),
                               Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.labels["unreadable"])
                else:
                    draw_kind_icon(p, rect.center(), min(22.0, rect.width() * 0.5), shot.kind == PHOTO, c.tile_ink)
            if self._dragging and self._press and self._press[1] == i:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(255, 255, 255, 150) if not dark else QColor(0, 0, 0, 150))
                p.drawRoundedRect(rect, 5, 5)
            self._paint_tile_words(p, i, rect, bold, small)
            selected = i == self.selected
            p.setBrush(Qt.BrushStyle.NoBrush)
            if selected:
                p.setPen(QPen(QColor(YELLOW), 3))
                p.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
                if self.hasFocus():
                    p.setPen(QPen(QColor(MAGENTA), 1.2))
                    p.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 6, 6)
            else:
                p.setPen(QPen(QColor(0, 0, 0, 50) if not dark else QColor(255, 255, 255, 40), 1))
                p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)

    def _tile_picture(self, index: int, rect: QRectF, first: QImage, c: Colours) -> QPixmap:
        """The tile's picture (the photo, or the clip's frames), its shade for the words and its round
        corners, made once for its size and kept: a repaint (the playhead moving) only copies it."""
        shot = self.items[index]
        frames = self.thumbs.frames(shot.source) if shot.kind == CLIP else None
        dpr = max(1.0, self.devicePixelRatioF())
        w, h = max(1, round(rect.width() * dpr)), max(1, round(rect.height() * dpr))
        a, _ = self.shown_span(index)
        key = (shot.source, shot.kind, round(shot.clip_start + a - shot.start, 4), round(self.scale(), 4), w, h,
               first.cacheKey(), id(frames) if frames is not None else 0, c.tile.rgba())
        hit = self.tile_pictures.get(key)
        if hit is not None:
            return hit
        image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        q = QPainter(image)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        local = QRectF(0, 0, w / dpr, h / dpr)
        q.fillRect(local, c.tile)
        if shot.kind == CLIP:
            self._paint_clip_frames(q, shot, local, first, frames, a)
        else:
            draw_cover(q, local, first)
        shade = QLinearGradient(0, local.bottom() - 22, 0, local.bottom())
        shade.setColorAt(0, QColor(0, 0, 0, 0))
        shade.setColorAt(1, QColor(0, 0, 0, 160))
        q.fillRect(QRectF(0, local.bottom() - 22, local.width(), 22), shade)
        q.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)  # the round corners
        corners = QPainterPath()
        corners.addRoundedRect(local, 5, 5)
        q.fillPath(corners, QColor("black"))
        q.end()
        if len(self.tile_pictures) > 400:
            self.tile_pictures.clear()
        picture = self.tile_pictures[key] = QPixmap.fromImage(image)
        return picture

    def _paint_clip_frames(self, p: QPainter, shot: StripShot, rect: QRectF, first: QImage,
                           frames: ClipFrames | None, shown_from: float) -> None:
        """Frames of the clip's trimmed part across the tile (its first frame until the filmstrip is in)."""
        slot = max(24.0, rect.height() * first.width() / max(1, first.height()))
        count = max(1, math.ceil(rect.width() / slot))
        slot = rect.width() / count  # whole slots: every frame is shown the same width
        for k in range(count):
            target = QRectF(rect.left() + k * slot, rect.top(), slot, rect.height())
            image = first
            if frames is not None:  # the slot's middle, in seconds of the clip
                seconds = shot.clip_start + (shown_from - shot.start) + ((k + 0.5) * slot + 1) / self.scale()
                image = frames.at(seconds) or first
            draw_cover(p, target.adjusted(0, 0, 0.5, 0), image)
            if k:
                p.setPen(QPen(QColor(0, 0, 0, 70), 1))
                p.drawLine(QPointF(target.left(), rect.top()), QPointF(target.left(), rect.bottom()))

    def _paint_tile_words(self, p: QPainter, index: int, rect: QRectF, bold: QFont, small: QFont) -> None:
        shot = self.items[index]
        selected = index == self.selected
        p.setFont(bold)
        number = str(index + 1)
        w = max(18, p.fontMetrics().horizontalAdvance(number) + 10)
        badge = QRectF(rect.left() + 4, rect.top() + 4, w, 16)
        if rect.width() >= w + 6:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(MAGENTA) if selected else QColor(45, 27, 37, 200))
            p.drawRoundedRect(badge, 8, 8)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, number)
        text = length_text(shot.length)
        p.setFont(small)
        fm = p.fontMetrics()
        if rect.width() < fm.horizontalAdvance(text) + 10:
            return
        p.setPen(QColor("white"))
        words = QRectF(rect.left() + 5, rect.bottom() - 17, rect.width() - 10, 15)
        p.drawText(words, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        room = rect.width() - fm.horizontalAdvance(text) - 18
        if shot.label and room > 30:
            name = fm.elidedText(shot.label, Qt.TextElideMode.ElideMiddle, int(room))
            p.setPen(QColor(255, 255, 255, 210))
            p.drawText(words, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

    def _paint_transitions(self, p: QPainter, dark: bool) -> None:
        """A crossfade's or a dip's span as a bar along the bottom of the tiles."""
        for joint in self.joints:
            if joint.kind not in (CROSSFADE, DIP):
                continue
            a, b = joint.span
            x0, x1 = self.x_of(a), self.x_of(b)
            bar = QRectF(x0, SHOT_Y + SHOT_H + 1, max(3.0, x1 - x0), 4)
            colour = QColor(MAGENTA) if joint.kind == CROSSFADE else QColor("#F6EAF0" if dark else INK)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(bar, 2, 2)

    def _paint_limit(self, p: QPainter, font: QFont) -> None:
        if self.limit <= 0 or self.limit >= self.total - 1e-6:
            return
        x = self.x_of(self.limit)
        end = self.x_of(self.total)
        bad = QRectF(x, SHOT_Y, end - x, SHOT_H)
        p.fillRect(bad, QColor(198, 40, 40, 110))
        p.fillRect(bad, QBrush(QColor(198, 40, 40, 150), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(QColor(BAD), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, RULER_Y), QPointF(x, SONG_Y + SONG_H))
        label = self.limit_label
        if not label:
            return
        paint_limit_pill(p, label, x, RULER_Y + 1, RULER_H - 3, self.lane_left(),
                         self.lane_left() + self.lane_width(), font)

    def _paint_song(self, p: QPainter, bold: QFont, small: QFont, c: Colours) -> None:
        left = self.lane_left()
        right = min(left + self.lane_width(), self.x_of(self.total)) if self.items else left + self.lane_width()
        x0 = max(left, self.x_of(0)) if self.items else left
        lane = QRectF(x0, SONG_Y, max(0.0, right - x0), SONG_H)
        path = QPainterPath()
        path.addRoundedRect(lane, 7, 7)
        s = self.song
        p.fillPath(path, c.song_on if s.on else c.song_off)
        p.setFont(small)
        if not s.on or not self.items:
            p.setPen(QColor(MUTED) if not self._dark() else self._ink(160))
            p.drawText(lane, Qt.AlignmentFlag.AlignCenter, self.labels["song_off"] if not s.on else "")
            return
        if not len(self._song_video):
            p.setPen(self._ink(160))
            p.drawText(lane, Qt.AlignmentFlag.AlignCenter, self.labels["loading"] if s.peaks is None else "")
        else:
            n = int(lane.width())
            cols = column_peaks(self._song_video, PEAK_RATE, self.time_at(lane.left()), 1 / self.scale(), n)
            p.save()
            p.setClipPath(path)
            p.drawImage(QPointF(lane.left(), SONG_Y), wave_image(np.sqrt(cols) * (SONG_H / 2 - 3), SONG_H,
                                                                  c.song_wave))
            p.restore()
        if s.name:
            p.setFont(bold)
            fm = p.fontMetrics()
            name = fm.elidedText("♪ " + s.name, Qt.TextElideMode.ElideRight, int(min(lane.width() - 12, 260)))
            tag = QRectF(lane.left() + 6, SONG_Y + 5, fm.horizontalAdvance(name) + 10, SONG_H - 10)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 200) if not self._dark() else QColor(0, 0, 0, 150))
            p.drawRoundedRect(tag, 6, 6)
            p.setPen(self._ink())
            p.drawText(tag, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_joints(self, p: QPainter, dark: bool) -> None:
        for joint in self.joints:
            centre = self.joint_centre(joint)
            if self.lane_left() - BADGE_R <= centre.x() <= self.lane_left() + self.lane_width() + BADGE_R:
                draw_joint_icon(p, centre, BADGE_R, joint.kind, joint.index == self._hover_joint, dark)

    def _paint_drag(self, p: QPainter) -> None:
        if self._gap < 0:
            return
        x = self.gap_x(self._gap)
        p.setPen(QPen(QColor(MAGENTA), 3))
        p.drawLine(QPointF(x, SHOT_Y - 4), QPointF(x, SHOT_Y + SHOT_H + 4))
        for y, sign in ((SHOT_Y - 4, 1), (SHOT_Y + SHOT_H + 4, -1)):
            tri = QPainterPath(QPointF(x - 6, y - 4 * sign))
            tri.lineTo(QPointF(x + 6, y - 4 * sign))
            tri.lineTo(QPointF(x, y + 3 * sign))
            tri.closeSubpath()
            p.fillPath(tri, QColor(MAGENTA))
        if self._dragging and self._press is not None:  # the shot under the hand
            rect = self.tile_rect(self._press[1])
            ghost = QRectF(self._drag_x - min(rect.width(), 90) / 2, SHOT_Y + 6, min(rect.width(), 90), SHOT_H - 12)
            image = self.thumbs.image(self.items[self._press[1]].source, self._thumb_height())
            p.setOpacity(0.75)
            if image is not None:
                draw_cover(p, ghost, image)
            p.setOpacity(1.0)
            p.setPen(QPen(QColor(MAGENTA), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(ghost, 4, 4)

    def _paint_playhead(self, p: QPainter) -> None:
        x = self.x_of(self.position)
        if not (self.lane_left() - 1 <= x <= self.lane_left() + self.lane_width() + 1):
            return
        p.setPen(QPen(QColor(MAGENTA), 2))
        p.drawLine(QPointF(x, RULER_Y + 6), QPointF(x, SONG_Y + SONG_H))
        knob = QPainterPath()
        knob.moveTo(x - 6, RULER_Y + 1)
        knob.lineTo(x + 6, RULER_Y + 1)
        knob.lineTo(x, RULER_Y + 10)
        knob.closeSubpath()
        p.fillPath(knob, QColor(MAGENTA))


