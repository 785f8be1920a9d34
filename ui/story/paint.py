"""Small painted pieces of the story strip: the joint badges' icons, a tile's picture cropped to fill,
the song's waveform as an image, the ruler's steps, and the colours of the light and dark themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from ui.story.items import CROSSFADE, DIP
from ui.style.sheet import INK, LINE, MAGENTA, MUTED, YELLOW_SOFT


@dataclass(frozen=True)
class Colours:
    lane: QColor  # behind the tiles
    tile: QColor  # a tile whose picture has not arrived
    tile_ink: QColor  # the kind's icon on it
    song_on: QColor
    song_off: QColor
    song_wave: QColor
    line: QColor


def colours(dark: bool) -> Colours:
    if dark:
        return Colours(QColor("#33262C"), QColor("#4A3340"), QColor("#C9B3BE"), QColor("#3A3020"),
                       QColor("#2B1F25"), QColor(255, 201, 60, 190), QColor("#4A3340"))
    return Colours(QColor("#F4EEF1"), QColor("#E7D6DE"), QColor(MUTED), QColor(YELLOW_SOFT),
                   QColor("#F4EEF1"), QColor(194, 24, 91, 170), QColor(LINE))


def draw_cover(p: QPainter, target: QRectF, image: QImage, focus: float = 0.5) -> None:
    """``image`` cropped to fill ``target`` (its middle, or ``focus`` across)."""
    if image.isNull() or target.width() <= 0 or target.height() <= 0:
        return
    iw, ih = image.width(), image.height()
    want = target.width() / target.height()
    if iw / ih > want:  # wider than the tile: crop the sides
        w = ih * want
        source = QRectF((iw - w) * focus, 0, w, ih)
    else:
        h = iw / want
        source = QRectF(0, (ih - h) / 2, iw, h)
    p.drawImage(target, image, source)


def draw_joint_icon(p: QPainter, centre: QPointF, radius: float, kind: str, active: bool, dark: bool) -> None:
    """A round badge: a straight line for a cut, an X of two ramps for a crossfade, a V (down to the
    colour and back up) for a dip."""
    fancy = kind in (CROSSFADE, DIP)
    if fancy:
        fill, ink = QColor(MAGENTA), QColor("white")
    else:
        fill, ink = (QColor("#2B1F25") if dark else QColor("white")), (QColor("#F6EAF0") if dark else QColor(INK))
    if active:
        fill = QColor("#FFC93C")
        ink = QColor(INK)
    p.save()
    p.setPen(QPen(QColor(0, 0, 0, 90) if not dark else QColor(255, 255, 255, 70), 1))
    p.setBrush(fill)
    p.drawEllipse(centre, radius, radius)
    r = radius * 0.48
    x, y = centre.x(), centre.y()
    pen = QPen(ink, 1.7)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    if kind == CROSSFADE:  # two pictures overlapping (a cross would read as "delete")
        p.setBrush(QColor(0, 0, 0, 0))
        p.drawEllipse(QPointF(x - r * 0.38, y), r * 0.62, r * 0.62)
        p.drawEllipse(QPointF(x + r * 0.38, y), r * 0.62, r * 0.62)
    elif kind == DIP:
        path = QPainterPath(QPointF(x - r, y - r * 0.7))
        path.lineTo(QPointF(x, y + r * 0.7))
        path.lineTo(QPointF(x + r, y - r * 0.7))
        p.setBrush(QColor(0, 0, 0, 0))
        p.drawPath(path)
    else:
        p.drawLine(QPointF(x, y - r), QPointF(x, y + r))
    p.restore()


def draw_kind_icon(p: QPainter, centre: QPointF, size: float, photo: bool, colour: QColor) -> None:
    """A clip's (a film frame with a play triangle) or a photo's (a mountain and a sun) placeholder."""
    p.save()
    p.setPen(QPen(colour, 1.4))
    p.setBrush(QColor(0, 0, 0, 0))
    box = QRectF(centre.x() - size / 2, centre.y() - size * 0.38, size, size * 0.76)
    p.drawRoundedRect(box, 3, 3)
    if photo:
        path = QPainterPath(QPointF(box.left() + 2, box.bottom() - 2))
        path.lineTo(QPointF(box.left() + size * 0.38, box.top() + size * 0.3))
        path.lineTo(QPointF(box.left() + size * 0.62, box.bottom() - size * 0.22))
        path.lineTo(QPointF(box.left() + size * 0.75, box.bottom() - size * 0.32))
        path.lineTo(QPointF(box.right() - 2, box.bottom() - 2))
        p.drawPath(path)
        p.drawEllipse(QPointF(box.right() - size * 0.24, box.top() + size * 0.2), size * 0.07, size * 0.07)
    else:
        tri = QPainterPath(QPointF(centre.x() - size * 0.12, centre.y() - size * 0.17))
        tri.lineTo(QPointF(centre.x() + size * 0.18, centre.y()))
        tri.lineTo(QPointF(centre.x() - size * 0.12, centre.y() + size * 0.17))
        tri.closeSubpath()
        p.fillPath(tri, colour)
    p.restore()


def nice_step(seconds: float) -> float:
    """A ruler step (half a second … 10 min) near ``seconds``."""
    for step in (0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600):
        if step >= seconds:
            return step
    return 600.0

