"""#17 hidden faces in the export: a strong blur laid over the source frame through a mask video.

The boxes of every output frame (``app.analysis.tracks.frame_boxes``) become one small grey picture
per frame (white: hide), written before ffmpeg starts as a raw ``gray`` video in the work folder and
read as one more input. In the filtergraph, right after the clip's frames are made 30 fps and before
any framing (so Blur, Fill, Fit and a follow crop all frame the already hidden picture), a copy of the
frame is made tiny (``BLUR_CELLS`` cells across the largest box) and blurred there, which leaves no
face to recognise; it takes the mask as its transparency and is laid over the frame. No Python runs
per frame during the export.

The mask has a cell per ``MASK_DIV`` source pixels; each box is rounded outwards and grown by one more
cell, so the soft edge that scaling the mask up makes lies wholly outside the box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app import files
from app.analysis.tracks import Box
from app.media.probe import MediaInfo

MASK_DIV = 16  # source pixels per mask cell (at least: the mask is at most MASK_LONG cells on its long side)
MASK_LONG = 160  # a 4K clip's mask: 160×90 cells, 14 kB a frame (25 MB a minute in the work folder)
BLUR_CELLS = 7  # the largest hidden box is at most this many blurred cells wide (and the frame ≥ 20 px a cell)
MIN_BLUR_DIV = 20
FPS = 30


@dataclass(frozen=True)
class FaceMask:
    """The mask video one clip's export reads, and the sizes its filters use."""

    path: Path
    width: int  # the frame the mask covers (the upright source, square pixels)
    height: int
    mask_w: int
    mask_h: int
    blur_w: int
    blur_h: int
    frames: int


def _even(value: float, low: int = 2) -> int:
    return max(low, int(round(value / 2)) * 2)


def frame_size(media: MediaInfo) -> tuple[int, int]:
    """The upright source frame in square pixels, even sides (the frame the mask is laid over)."""
    return _even(media.width), _even(media.height)


def mask_for(media: MediaInfo, boxes: Sequence[Sequence[Box]], path: Path) -> FaceMask:
    """Sizes for this clip's mask; the blur is coarser when a hidden face is large in the frame."""
    width, height = frame_size(media)
    widest = max((b.w * width for frame in boxes for b in frame), default=0.0)
    cell = max(MIN_BLUR_DIV, widest / BLUR_CELLS)  # source pixels a blurred cell
    div = max(MASK_DIV, max(width, height) / MASK_LONG)
    return FaceMask(Path(path), width, height, _even(width / div), _even(height / div),
                    _even(width / cell), _even(height / cell), len(boxes))


def mask_bytes(mask: FaceMask, boxes: Sequence[Sequence[Box]]) -> bytes:
    """The raw ``gray`` frames: 255 inside every box (rounded outwards, one cell more), 0 elsewhere."""
    frames = np.zeros((max(1, len(boxes)), mask.mask_h, mask.mask_w), dtype=np.uint8)
    for n, frame in enumerate(boxes):
        for b in frame:
            x0 = max(0, math.floor(b.x * mask.mask_w) - 1)
            y0 = max(0, math.floor(b.y * mask.mask_h) - 1)
            x1 = min(mask.mask_w, math.ceil(b.right * mask.mask_w) + 1)
            y1 = min(mask.mask_h, math.ceil(b.bottom * mask.mask_h) + 1)
            frames[n, y0:y1, x0:x1] = 255
    return frames.tobytes()


def write_mask(mask: FaceMask, boxes: Sequence[Sequence[Box]]) -> None:
    files.write_bytes(mask.path, mask_bytes(mask, boxes))


def mask_input(mask: FaceMask) -> list[str]:
    """The ``-i`` arguments that read the mask (frame n at n / 30 s, as the clip's frames after ``fps``)."""
    return ["-f", "rawvideo", "-pix_fmt", "gray", "-video_size", f"{mask.mask_w}x{mask.mask_h}",
            "-framerate", str(FPS), "-i", str(mask.path)]


def hidden(head: str, input_index: int, mask: FaceMask, tag: str = "") -> str:
    """``head`` (a chain giving the clip's 30 fps frames) continued by the hiding filters; the result is a
    chain whose last filter gives the hidden frames (framing filters follow it after a comma).

    The boxes are fractions of the picture, so the filters take the frame at whatever size it arrives
    (non-square pixels, or a 4K frame already made smaller): the blurred cover is scaled to it (``rw:rh``).
    """
    return (
        f"{head},split=3[hbase{tag}][hsrc{tag}][href{tag}];"
        f"[hsrc{tag}]scale={mask.blur_w}:{mask.blur_h}:flags=area,boxblur=1:2,"
        f"scale={mask.mask_w}:{mask.mask_h}:flags=bilinear[hblur{tag}];"
        f"[{input_index}:v]format=gray[hmask{tag}];"
        f"[hblur{tag}][hmask{tag}]alphamerge[hsmall{tag}];"
        f"[hsmall{tag}][href{tag}]scale=rw:rh:flags=bilinear[hcover{tag}];"
        f"[hbase{tag}][hcover{tag}]overlay=0:0:format=auto"
    )
