"""What the painted timelines share (ui/timeline/view.py, the trim timeline; ui/story, the story strip):
waveform bars drawn by numpy, the loudest peak under each pixel column, the theme's ink and fonts."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from ui.style.sheet import BAD


def wave_image(amp: np.ndarray, height: int, colour: QColor) -> QImage:
    """Bars of half-height ``amp`` (one per pixel column) around the middle, drawn by numpy
    (thousands of QPainterPath.addRect calls are slow, and crash PySide6 6.12 with numpy floats)."""
    n = max(1, len(amp))
    rgba = np.zeros((height, n, 4), np.uint8)
    if len(amp):
        ys = np.abs(np.arange(height, dtype=np.float32)[:, None] + 0.5 - height / 2)
        mask = (ys <= np.maximum(amp, 0)[None, :] + 0.5) & (np.asarray(amp)[None, :] > 0.3)
        rgba[mask] = (colour.red(), colour.green(), colour.blue(), 255)
    return QImage(rgba.tobytes(), n, height, 4 * n, QImage.Format.Format_RGBA8888).copy()


def column_peaks(peaks: np.ndarray, rate: float, t0: float, seconds_per_px: float, n: int,
                 filled: int | None = None) -> np.ndarray:
    """The loudest peak under each of ``n`` pixel columns starting at ``t0`` seconds of ``peaks``
    (``filled``: how many buckets have arrived so far; the rest count as silence)."""
    if not len(peaks) or n <= 0:
        return np.zeros(max(n, 0), np.float32)
    known = len(peaks) if filled is None else min(filled, len(peaks))
    edges = ((t0 + np.arange(n + 1) * seconds_per_px) * rate).astype(np.int64)
    edges = np.clip(edges, 0, len(peaks))
    maxima = np.maximum.reduceat(np.append(peaks, np.float32(0)), edges)[:-1]  # empty spans: their bucket
    maxima[edges[:-1] >= known] = 0
    return maxima


def paint_limit_pill(p: QPainter, label: str, x: float, top: float, height: float, left: float, right: float,
                     font: QFont) -> None:
    """The length limit's label, a red pill centred on the limit line at ``x``, kept whole inside
    the lanes from ``left`` to ``right``."""
    p.setFont(font)
    w = p.fontMetrics().horizontalAdvance(label) + 12
    pill = QRectF(x - w / 2, top, w, height)
    if pill.right() > right:  # near the end of the lanes: keep the whole pill in sight
        pill.moveRight(right)
    if pill.left() < left:
        pill.moveLeft(left)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(BAD))
    p.drawRoundedRect(pill, 7, 7)
    p.setPen(QColor("white"))
    p.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)


class LanePainting:
    """Mixed into a painted QWidget: the theme's text colour and the lanes' two fonts."""

    def _ink(self, alpha: int = 255) -> QColor:
        """The theme's text colour (faded by ``alpha``) for what is painted outside the lanes."""
        colour = QColor(self.palette().text().color())  # type: ignore[attr-defined]
        colour.setAlpha(alpha)
        return colour

    def _fonts(self) -> tuple[QFont, QFont]:
        """(bold, small): lane names and the small print of the lanes."""
        small = QFont(self.font())  # type: ignore[attr-defined]
        small.setPointSizeF(max(7.5, self.font().pointSizeF() * 0.8))  # type: ignore[attr-defined]
        bold = QFont(small)
        bold.setBold(True)
        return bold, small
