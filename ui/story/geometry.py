"""The story strip's measures (logical pixels, scaled by Qt on hi-DPI screens) and its length words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

MIN_GUTTER = 58
RIGHT = 12
HEADER_H = 20  # the total against the limit
RULER_Y, RULER_H = 20, 18
SHOT_Y, SHOT_H = 42, 64
SONG_Y, SONG_H = 114, 28
BAR_Y, BAR_H = 146, 10
HEIGHT = BAR_Y + BAR_H + 2
MIN_TILE = 48  # px: the shortest shot is never narrower (else the strip scrolls)
MAX_ZOOM = 12.0
BADGE_R = 9
FPS = 30


def length_text(seconds: float) -> str:
    """``3.0 s`` (``3,0 dtk`` in Indonesian): the window's language, one decimal."""
    return QCoreApplication.translate("wording", "%s s") % QLocale().toString(float(seconds), "f", 1)
