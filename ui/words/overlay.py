"""The words on the preview: the text blocks showing at a second, as the export draws them.

Each block's picture is :func:`app.render.texts.at_second`'s (the very Pillow image the export
overlays, karaoke with the spoken word lit) at its top-left pixel on the 1080×1920 frame; the
canvas scales it exactly as it scales the frame. Pictures are cached by what they depend on (the
block, the word lit, the campaign, the watermark they step away from), so playback draws Pillow
only when a block appears or karaoke lights another word, never at every tick.

Soft captions (a subtitle track in the MP4) are not on the picture in the export; the preview shows
them the way a phone's player does: plain white words on a dark band near the bottom of the frame
(:func:`soft_showing`), not draggable, since the player decides where they go.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PIL import Image
from PySide6.QtGui import QImage

from app.campaigns.model import Campaign
from app.project.choices import TextStyle
from app.project.texts import TextBlock
from app.render.texts import Rect, at_second, burned, highlighted_word, soft

CACHE = 64  # pictures kept (a karaoke block needs one per word)


@dataclass(frozen=True)
class Placed:
    index: int  # the block's index in edit.texts
    image: QImage
    x: int  # top-left on the 1080×1920 frame
    y: int

    @property
    def rect(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.image.width(), self.image.height()


def to_qimage(image: Image.Image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


class WordsOverlay:
    """What the canvas draws for the words, at a video second."""

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple, tuple[QImage, int, int]] = OrderedDict()
        self.renders = 0  # how many pictures Pillow drew (tests and the bench read it)

    def placed(self, blocks: list[TextBlock], campaign: Campaign, t: float, soft_captions: bool,
               avoid: Rect | None) -> list[Placed]:
        out = []
        for i, block in enumerate(blocks):
            if not block.start <= t < block.end or not burned([block], soft_captions):
                continue
            lit = highlighted_word(block, t) if block.style == TextStyle.KARAOKE else None
            key = (block, lit, campaign.id, id(campaign), avoid)
            hit = self._cache.get(key)
            if hit is None:
                picture = at_second([block], campaign, t, False, avoid)
                if not picture:
                    continue
                image, x, y = picture[0]
                hit = (to_qimage(image), x, y)
                self.renders += 1
                self._cache[key] = hit
                while len(self._cache) > CACHE:
                    self._cache.popitem(last=False)
            else:
                self._cache.move_to_end(key)
            out.append(Placed(i, *hit))
        return out


def soft_showing(blocks: list[TextBlock], soft_captions: bool, t: float) -> list[str]:
    """The soft captions a player would show at second ``t``."""
    return [b.text for b in soft(blocks, soft_captions) if b.start <= t < b.end]
