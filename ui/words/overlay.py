"""The words on the preview: the text blocks showing at a second, as the export draws them.

Each block's picture is :func:`app.render.texts.at_second`'s (the very Pillow image the export
overlays, karaoke with the spoken word lit) at its top-left pixel on the 1080×1920 frame; the
canvas scales it exactly as it scales the frame. Pictures are cached by what they depend on (the
block, the word lit, the campaign, the watermark they step away from), so a tick of playback draws
no Pillow at all; and the pictures about to be needed (the blocks starting in the next
``AHEAD`` seconds, the karaoke words still to come) are drawn ahead on the short-work pool
(a caption's picture takes 20–50 ms: bench/words_tick_bench.py), so playback rarely waits for
one. A picture not ready when it is needed (a seek) is drawn there and then: what is shown is
always right.

Soft captions (a subtitle track in the MP4) are not on the picture in the export; the preview shows
them the way a phone's player does: plain white words on a dark band near the bottom of the frame
(:func:`soft_showing`), not draggable, since the player decides where they go.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image
from PySide6.QtGui import QImage

from app.campaigns.model import Campaign
from app.project.choices import TextStyle
from app.project.texts import TextBlock
from app.render.texts import Rect, at_second, burned, highlighted_word, soft, word_times
from ui.session.tasks import TaskState, background_pool, run_task

CACHE = 96  # pictures kept (a karaoke block needs one per word)
AHEAD = 2.0  # seconds: the pictures of the blocks starting this soon are drawn ahead
BATCH = 2  # pictures drawn ahead in one go (≤ 0.1 s of the short-work pool, so a clip's probe barely waits)


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

    def __init__(self, ready: Callable[[], None] | None = None) -> None:
        self._cache: OrderedDict[tuple, tuple[QImage, int, int]] = OrderedDict()
        self._pending: set[tuple] = set()  # keys being drawn ahead
        self.ready = ready  # called when pictures drawn ahead have arrived
        self.ahead = True  # draw the coming pictures on the words thread
        self.renders = 0  # how many pictures Pillow drew on the GUI thread (tests and the bench read it)

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
                self._store(key, hit)
            else:
                self._cache.move_to_end(key)
            out.append(Placed(i, *hit))
        if self.ahead:
            self._draw_ahead(blocks, campaign, t, soft_captions, avoid)
        return out

    def _store(self, key: tuple, value: tuple[QImage, int, int]) -> None:
        self._cache[key] = value
        while len(self._cache) > CACHE:
            self._cache.popitem(last=False)

    def _draw_ahead(self, blocks: list[TextBlock], campaign: Campaign, t: float, soft_captions: bool,
                    avoid: Rect | None) -> None:
        """Start drawing the next few pictures the coming seconds will need, if one is missing."""
        if self._pending:
            return  # one batch at a time
        wanted: list[tuple[tuple, TextBlock, float]] = []
        for block in blocks:
            if block.end <= t or block.start > t + AHEAD or not burned([block], soft_captions):
                continue
            if block.style == TextStyle.KARAOKE:
                ats = [(a + b) / 2 for a, b in word_times(block) if b > t]
            else:
                ats = [max(block.start, t)]
            for at in ats:
                lit = highlighted_word(block, at) if block.style == TextStyle.KARAOKE else None
                key = (block, lit, campaign.id, id(campaign), avoid)
                if key not in self._cache:
                    wanted.append((key, block, at))
            if len(wanted) >= BATCH:
                break
        wanted = wanted[:BATCH]
        if not wanted:
            return
        self._pending = {key for key, _, _ in wanted}

        def work(_state: TaskState) -> list[tuple[tuple, tuple[QImage, int, int]]]:
            out = []
            for key, block, at in wanted:
                for image, x, y in at_second([block], campaign, at, False, avoid):
                    out.append((key, (to_qimage(image), x, y)))
            return out

        def done(results: list[tuple[tuple, tuple[QImage, int, int]]]) -> None:
            self._pending = set()
            for key, value in results:
                if key not in self._cache:
                    self._store(key, value)
            if self.ready is not None:
                try:
                    self.ready()
                except RuntimeError:  # the canvas is gone (the window closed meanwhile)
                    pass

        def failed(*_args: object) -> None:
            self._pending = set()

        run_task(work, done, failed, pool=background_pool())


def soft_showing(blocks: list[TextBlock], soft_captions: bool, t: float) -> list[str]:
    """The soft captions a player would show at second ``t``."""
    return [b.text for b in soft(blocks, soft_captions) if b.start <= t < b.end]
