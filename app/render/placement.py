"""Placing things on the 1080×1920 frame by hand: the frame inside a preview of any size, pixels
↔ frame ↔ fractions, watermark snapping, and the fill focus a sideways drag gives. Qt-free.

The preview draws with these, and turns its drags into Edit values with them, so what a user
places is what the export (:mod:`app.render.layout`) renders.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.project.choices import TextPlace
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP, cover
from app.render.presets import HEIGHT, WIDTH

SNAP = 28  # frame pixels: how close an edge must come to the safe box to snap to it
MARGIN = 4  # preview pixels around the frame

# What each platform's buttons and captions cover (PLATFORM_SPECS.md), as frame rectangles.
PLATFORM_ZONES = {
    "TikTok": [(0, 0, WIDTH, 250), (0, HEIGHT - 460, WIDTH, 460), (WIDTH - 180, 0, 180, HEIGHT)],
    "Reels": [(0, 0, WIDTH, 269), (0, HEIGHT - 672, WIDTH, 672), (0, 0, 65, HEIGHT), (WIDTH - 65, 0, 65, HEIGHT)],
    "Shorts": [(0, 0, WIDTH, 288), (0, HEIGHT - 672, WIDTH, 672), (0, 0, 48, HEIGHT), (WIDTH - 192, 0, 192, HEIGHT)],
}


@dataclass(frozen=True)
class FrameView:
    """Where the 1080×1920 frame sits in a preview: top-left ``x``, ``y`` and size, in preview pixels."""

    x: float
    y: float
    w: float
    h: float

    @classmethod
    def centred(cls, width: float, height: float, margin: float = MARGIN) -> FrameView:
        """The 9:16 frame as large as fits in a ``width``×``height`` preview, centred, with a margin."""
        avail_w, avail_h = width - 2 * margin, height - 2 * margin
        h = min(avail_h, avail_w * HEIGHT / WIDTH)
        w = h * WIDTH / HEIGHT
        return cls((width - w) / 2, (height - h) / 2, w, h)

    @property
    def scale(self) -> float:
        """Preview pixels per frame pixel."""
        return self.h / HEIGHT

    def to_preview(self, x: float, y: float) -> tuple[float, float]:
        """A frame pixel → a preview pixel."""
        return self.x + x * self.scale, self.y + y * self.scale

    def to_frame(self, x: float, y: float) -> tuple[float, float]:
        """A preview pixel → a frame pixel."""
        return (x - self.x) / self.scale, (y - self.y) / self.scale

    def rect_on_preview(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        """A frame rectangle → the same rectangle on the preview."""
        s = self.scale
        return self.x + x * s, self.y + y * s, w * s, h * s


def snap_watermark(left: float, top: float, w: int, h: int) -> tuple[float, float]:
    """Snap a w×h watermark's top-left to the safe box's edges and the frame's centre lines,
    and keep it inside the frame."""
    for c in (SAFE_LEFT, SAFE_RIGHT - w, (WIDTH - w) / 2):
        if abs(left - c) <= SNAP:
            left = c
            break
    for c in (SAFE_TOP, SAFE_BOTTOM - h, (HEIGHT - h) / 2):
        if abs(top - c) <= SNAP:
            top = c
            break
    return max(0.0, min(WIDTH - w, left)), max(0.0, min(HEIGHT - h, top))


def centre_fractions(left: float, top: float, w: int, h: int) -> tuple[float, float]:
    """The centre of a w×h box at ``left``, ``top`` as fractions of the frame (what
    ``Watermark.x`` / ``.y`` hold), rounded to 4 places."""
    x = min(1.0, max(0.0, (left + w / 2) / WIDTH))
    y = min(1.0, max(0.0, (top + h / 2) / HEIGHT))
    return round(x, 4), round(y, 4)


def dragged_watermark(start_left: float, start_top: float, dx: float, dy: float, w: int, h: int) -> tuple[float, float]:
    """A watermark that was at ``start_left``, ``start_top`` dragged by ``dx``, ``dy`` frame pixels:
    its new centre as fractions of the frame, snapped to the safe box."""
    left, top = snap_watermark(start_left + dx, start_top + dy, w, h)
    return centre_fractions(left, top, w, h)


def dragged_focus(start_focus: float, dx: float, src_w: int, src_h: int) -> float | None:
    """The fill focus after dragging the picture ``dx`` frame pixels sideways (right shows more of
    its left side, so the focus moves left). None when the picture has no spare width to move."""
    spare = cover(src_w, src_h).w - WIDTH
    if spare <= 0:
        return None
    return round(min(1.0, max(0.0, start_focus - dx / spare)), 4)


# #16 words on the video: a text block dragged up or down on the preview ----------------------------

def dragged_text(start_top: float, dy: float, h: int) -> tuple[TextPlace | None, float | None]:
    """A h-pixel-high text block whose picture was at ``start_top`` dragged ``dy`` frame pixels down:
    kept inside the safe box and snapped like the watermark to its top, middle and bottom. Returns
    (place, None) when it snaps to one of those places, else (None, y): the block's centre as a
    fraction of the safe box's height (``TextBlock.y``), rounded to 4 places."""
    safe_h = SAFE_BOTTOM - SAFE_TOP
    lowest = max(SAFE_TOP, SAFE_BOTTOM - h)
    top = min(max(start_top + dy, SAFE_TOP), lowest)
    for place, at in ((TextPlace.TOP, SAFE_TOP), (TextPlace.BOTTOM, lowest),
                      (TextPlace.MIDDLE, SAFE_TOP + (safe_h - h) // 2)):
        if abs(top - at) <= SNAP:
            return place, None
    return None, round(min(1.0, max(0.0, (top + h / 2 - SAFE_TOP) / safe_h)), 4)
