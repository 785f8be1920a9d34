"""Geometry of the 1080×1920 frame: fitting, covering, and where the watermark goes."""

from __future__ import annotations

from dataclasses import dataclass

from app.project.choices import Position
from app.render.presets import HEIGHT, WIDTH

# The box no platform's buttons or captions cover (TikTok, Reels and Shorts together).
SAFE_LEFT, SAFE_TOP, SAFE_RIGHT, SAFE_BOTTOM = 120, 288, 888, 1248


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int


def _even(value: float) -> int:
    return max(2, int(round(value / 2)) * 2)


def fit(src_w: float, src_h: float, box_w: int = WIDTH, box_h: int = HEIGHT) -> Box:
    """The whole picture inside the box, centred (letterboxed)."""
    s = min(box_w / src_w, box_h / src_h)
    w, h = min(box_w, _even(src_w * s)), min(box_h, _even(src_h * s))
    return Box((box_w - w) // 2, (box_h - h) // 2, w, h)


def cover(src_w: float, src_h: float, box_w: int = WIDTH, box_h: int = HEIGHT, focus: float = 0.5) -> Box:
    """The picture scaled to fill the box; x/y say where the box's crop starts inside it."""
    s = max(box_w / src_w, box_h / src_h)
    w, h = max(box_w, _even(src_w * s)), max(box_h, _even(src_h * s))
    return Box(int(round((w - box_w) * focus)), (h - box_h) // 2, w, h)


def watermark_origin(position: Position | str, x: float | None, y: float | None, w: int, h: int) -> tuple[int, int]:
    """Top-left pixel of a w×h watermark: a preset inside the safe box, or a centre point x/y."""
    if x is not None and y is not None:
        left = round(x * WIDTH - w / 2)
        top = round(y * HEIGHT - h / 2)
    else:
        vertical, _, horizontal = position.partition("-")
        if position in (Position.TOP, Position.BOTTOM, Position.CENTER):
            vertical, horizontal = position, "center"
        left = {
            "left": SAFE_LEFT,
            "right": SAFE_RIGHT - w,
            "center": (WIDTH - w) // 2,
        }[horizontal]
        top = {
            "top": SAFE_TOP,
            "bottom": SAFE_BOTTOM - h,
            "center": (HEIGHT - h) // 2,
        }[vertical]
    return max(0, min(WIDTH - w, left)), max(0, min(HEIGHT - h, top))
