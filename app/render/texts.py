"""Text blocks (titles, captions, free lines) drawn by Pillow, and where they go on the frame.

User text only ever becomes pixels here. The export puts the blocks' pictures on a few "sheets"
(PNG inputs, see :func:`sheets`), crops each block out of its sheet inside the filtergraph and
overlays it while it shows; the preview draws :func:`render_block` at :func:`block_origin`, the
same picture at the same place. Emoji come from the bundled colour-emoji font (Noto Color Emoji),
drawn at its one bitmap size and scaled to the line.
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageColor, ImageDraw, ImageFilter, ImageFont

from app.campaigns.model import Campaign
from app.paths import assets_dir
from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.texts import CAPTION_LINE_CHARS, CAPTION_LINES, TextBlock
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP
from app.render.presets import WIDTH

SAFE_W, SAFE_H = SAFE_RIGHT - SAFE_LEFT, SAFE_BOTTOM - SAFE_TOP
SIZES = {TextKind.TITLE: 76, TextKind.CAPTION: 54, TextKind.LINE: 60}  # px on a 1080×1920 frame
MAX_LINES = {TextKind.TITLE: 3, TextKind.CAPTION: CAPTION_LINES, TextKind.LINE: 3}
MIN_SIZE = 26  # a line shrinks down to this, then wraps onto more lines
EMOJI_FONT = "NotoColorEmoji.ttf"
EMOJI_BITMAP = 109  # the one size Noto Color Emoji's bitmaps come in
RGBA = tuple[int, int, int, int]


@functools.lru_cache(maxsize=64)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@functools.lru_cache(maxsize=1)
def _emoji_font() -> ImageFont.FreeTypeFont | None:
    path = assets_dir() / "fonts" / EMOJI_FONT
    return ImageFont.truetype(str(path), EMOJI_BITMAP) if path.exists() else None


def text_font(campaign: Campaign) -> Path:
    """The campaign's words font (its card's, else its watermark's)."""
    return (campaign.card.font if campaign.card and campaign.card.font else None) or campaign.watermark.font


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
            or cp in (0x200D, 0xFE0F, 0x20E3) or 0xE0020 <= cp <= 0xE007F
            or (unicodedata.category(ch) == "So" and cp > 0x2100))


def _segments(word: str) -> list[tuple[str, bool]]:
    """A word in runs of plain text and of emoji (True)."""
    runs: list[tuple[str, bool]] = []
    for ch in word:
        emoji = _is_emoji(ch) and _emoji_font() is not None
        if runs and runs[-1][1] == emoji:
            runs[-1] = (runs[-1][0] + ch, emoji)
        else:
            runs.append((ch, emoji))
    return runs


@dataclass(frozen=True)
class _Face:
    font: ImageFont.FreeTypeFont
    size: int

    @property
    def emoji_scale(self) -> float:
        return self.size * 0.95 / EMOJI_BITMAP

    def width(self, word: str) -> float:
        total = 0.0
        for run, emoji in _segments(word):
            if emoji:
                face = _emoji_font()
                assert face is not None
                total += face.getlength(run) * self.emoji_scale
            else:
                total += self.font.getlength(run)
        return total


def _wrap(words: list[str], face: _Face, width: float, chars: int | None) -> list[list[str]]:
    lines: list[list[str]] = []
    for word in words:
        if lines:
            candidate = [*lines[-1], word]
            text = " ".join(candidate)
            if face.width(text) <= width and (chars is None or len(text) <= chars):
                lines[-1] = candidate
                continue
        lines.append([word])
    return lines


def _break_long(words: list[str], face: _Face, width: float) -> list[str]:
    """Words wider than the line cut into pieces that fit (only when the smallest size is not enough)."""
    out: list[str] = []
    for word in words:
        while face.width(word) > width and len(word) > 1:
            k = len(word) - 1
            while k > 1 and face.width(word[:k]) > width:
                k -= 1
            out.append(word[:k])
            word = word[k:]
        out.append(word)
    return out


@dataclass(frozen=True)
class Layout:
    """How a block's text is set: the size, the lines, and each word's box in the picture."""

    size: int
    lines: tuple[tuple[str, ...], ...]
    width: int
    height: int
    pad: int
    line_height: int
    boxes: tuple[tuple[int, int, int, int], ...]  # per word, in order: x, y, w, h inside the picture


def layout(block: TextBlock, campaign: Campaign) -> Layout:
    """Wrap at word boundaries inside the safe box; shrink a too-long line first, then allow more
    lines (a caption keeps ≤ 42 characters a line), so nothing ever leaves the safe box."""
    font_path = str(text_font(campaign))
    words = block.text.split()
    base = SIZES.get(block.kind, 60)
    chars = CAPTION_LINE_CHARS if block.kind == TextKind.CAPTION else None
    max_lines = MAX_LINES.get(block.kind, 3)
    chosen: tuple[_Face, list[list[str]], int] | None = None
    for size in range(base, MIN_SIZE - 1, -2):
        face = _Face(_font(font_path, size), size)
        pad = _pad(size)
        room = SAFE_W - 2 * pad
        lines = _wrap(words, face, room, chars)
        if len(lines) <= max_lines and all(face.width(" ".join(line)) <= room for line in lines):
            chosen = face, lines, pad
            break
    if chosen is None:  # even the smallest size needs more lines (or a word is wider than the box)
        face = _Face(_font(font_path, MIN_SIZE), MIN_SIZE)
        pad = _pad(MIN_SIZE)
        room = SAFE_W - 2 * pad
        chosen = face, _wrap(_break_long(words, face, room), face, room, chars), pad
    face, lines, pad = chosen
    ascent, descent = face.font.getmetrics()
    line_height = round((ascent + descent) * 1.08)
    widths = [face.width(" ".join(line)) for line in lines]
    width = min(SAFE_W, int(max(widths, default=0) + 2 * pad + 1))
    height = min(SAFE_H, line_height * len(lines) + 2 * pad)
    boxes = []
    space = face.width(" ")
    for n, (line, line_w) in enumerate(zip(lines, widths, strict=True)):
        x = (width - line_w) / 2
        y = pad + n * line_height
        for word in line:
            w = face.width(word)
            boxes.append((int(x - pad / 3), int(y), int(w + 2 * pad / 3) + 1, line_height))
            x += w + space
    return Layout(face.size, tuple(tuple(line) for line in lines), width, height, pad, line_height, tuple(boxes))


def _pad(size: int) -> int:
    return max(10, round(size * 0.4))


def _colour(value: str, alpha: int = 255) -> RGBA:
    r, g, b = ImageColor.getrgb(value)[:3]
    return r, g, b, alpha


def _draw_word(image: Image.Image, xy: tuple[float, float], word: str, face: _Face, fill: RGBA,
               stroke: int, stroke_fill: RGBA) -> None:
    draw = ImageDraw.Draw(image)
    x, y = xy
    for run, emoji in _segments(word):
        if emoji:
            ef = _emoji_font()
            assert ef is not None
            w = ef.getlength(run)
            glyphs = Image.new("RGBA", (int(w) + 8, EMOJI_BITMAP + 40), (0, 0, 0, 0))
            ImageDraw.Draw(glyphs).text((0, 0), run, font=ef, embedded_color=True)
            bbox = glyphs.getbbox()
            if bbox:
                s = face.emoji_scale
                glyphs = glyphs.resize((max(1, round(glyphs.width * s)), max(1, round(glyphs.height * s))),
                                       Image.Resampling.LANCZOS)
                ascent = face.font.getmetrics()[0]
                top = y + ascent - face.size * 0.82
                image.alpha_composite(glyphs, (int(x), max(0, int(top))))
            x += w * face.emoji_scale
        else:
            draw.text((x, y), run, font=face.font, fill=fill, stroke_width=stroke, stroke_fill=stroke_fill)
            x += face.font.getlength(run)


def render_block(block: TextBlock, campaign: Campaign, highlight: int | None = None,
                 all_highlighted: bool = False) -> Image.Image:
    """The block as an RGBA picture. Karaoke: word ``highlight`` (0-based) in the accent colour."""
    lay, face, ground = _ground(block, campaign)
    return _words_on(ground.copy(), block, campaign, lay, face, highlight, all_highlighted)


def _ground(block: TextBlock, campaign: Campaign) -> tuple[Layout, _Face, Image.Image]:
    """The block's layout and what lies under its words: the box, or the outlined words' soft shadow."""
    lay = layout(block, campaign)
    face = _Face(_font(str(text_font(campaign)), lay.size), lay.size)
    image = Image.new("RGBA", (lay.width, lay.height), (0, 0, 0, 0))
    if block.style == TextStyle.BOX:
        ImageDraw.Draw(image).rounded_rectangle((0, 0, lay.width - 1, lay.height - 1), radius=round(lay.size * 0.45),
                                                fill=_colour(campaign.colours.primary, 235))
    else:  # a soft shadow under the outlined words, so they read on any picture
        shadow = Image.new("RGBA", image.size, (0, 0, 0, 0))
        dark = (0, 0, 0, 140)
        _draw_all(shadow, lay, face, lambda _: dark, _stroke(block, lay) + 2, dark, offset=max(2, lay.size // 18))
        image = shadow.filter(ImageFilter.GaussianBlur(max(2, lay.size // 16)))
    return lay, face, image


def _stroke(block: TextBlock, lay: Layout) -> int:
    return 0 if block.style == TextStyle.BOX else max(2, round(lay.size / 11))


def _words_on(image: Image.Image, block: TextBlock, campaign: Campaign, lay: Layout, face: _Face,
              highlight: int | None, all_highlighted: bool) -> Image.Image:
    colours = campaign.colours
    text, accent, outline = _colour(colours.text), _colour(colours.accent), (20, 20, 20, 255)
    if block.style == TextStyle.OUTLINE:
        text = (255, 255, 255, 255)

    def fill(n: int) -> RGBA:
        return accent if all_highlighted or n == highlight else text

    _draw_all(image, lay, face, fill, _stroke(block, lay), outline)
    return image


Patch = tuple[Image.Image, int, int]  # a picture and its top-left


def karaoke_patches(block: TextBlock, campaign: Campaign) -> tuple[Image.Image, list[Patch], bool]:
    """The block's plain picture and, for each word, the pixels that change when it is lit: a patch
    (those pixels of :func:`render_block` with the word lit, transparent elsewhere) and its top-left
    inside the picture. Every changed pixel is opaque in both pictures (the word's fill inside its
    outline), so the plain picture with the patch over it is exactly the lit picture: the export
    shows small patches instead of a whole picture per word (#16: karaoke as cheap as box captions).

    The words are drawn twice, plain and all lit; each word's patch is the changed pixels within its
    own stretch of its line. Should a changed pixel fall in no word's stretch or not be opaque (a
    glyph reaching into the line above), the third value is True and the "patches" are the whole lit
    pictures, shown instead of the plain one (the same pixels, as many full overlays as words)."""
    lay, face, ground = _ground(block, campaign)
    plain = _words_on(ground.copy(), block, campaign, lay, face, None, False)
    base = np.asarray(plain)
    lit = np.asarray(_words_on(ground.copy(), block, campaign, lay, face, None, True))
    changed = np.any(lit != base, axis=2)
    third, space = lay.pad / 3, face.width(" ")
    masks = []
    for bx, by, bw, bh in lay.boxes:
        left = max(0, int(bx + third - space / 2 + 1))
        right = min(lay.width, int(bx + bw - third + space / 2))
        mask = np.zeros_like(changed)
        mask[by:by + bh, left:right] = changed[by:by + bh, left:right]
        masks.append(mask)
    exact = (sum(m.astype(np.int32) for m in masks) == changed).all() if masks else True
    patches = []
    for mask in masks if exact else []:
        if not mask.any():
            patches.append((Image.new("RGBA", (2, 2), (0, 0, 0, 0)), 0, 0))
            continue
        # whole 2×2 squares (the export's chroma is per square), the word's pixels lit, the rest plain
        square = _squares(mask)
        if not ((lit[..., 3][mask] == 255).all() and (base[..., 3][square] == 255).all()):
            exact = False
            break
        ys, xs = np.nonzero(square)
        top, bottom, left, right = int(ys.min()), int(ys.max()) + 1, int(xs.min()), int(xs.max()) + 1
        patch = np.where(mask[top:bottom, left:right, None], lit[top:bottom, left:right],
                         base[top:bottom, left:right])
        patch[~square[top:bottom, left:right]] = 0
        patches.append((Image.fromarray(np.ascontiguousarray(patch), "RGBA"), left, top))
    if not exact:
        return plain, [(_words_on(ground.copy(), block, campaign, lay, face, n, False), 0, 0)
                       for n in range(len(lay.boxes))], True
    return plain, patches, False


def _squares(mask: np.ndarray) -> np.ndarray:
    """``mask`` grown to the whole 2×2 squares (at even rows and columns) it touches."""
    h, w = mask.shape
    padded = np.zeros((h + h % 2, w + w % 2), bool)
    padded[:h, :w] = mask
    touched = padded.reshape(padded.shape[0] // 2, 2, padded.shape[1] // 2, 2).any(axis=(1, 3))
    return np.repeat(np.repeat(touched, 2, axis=0), 2, axis=1)[:h, :w]


def _draw_all(image: Image.Image, lay: Layout, face: _Face, fill: object, stroke: int, stroke_fill: RGBA,
              offset: int = 0) -> None:
    n = 0
    for line in lay.lines:
        for word in line:
            x, y, _, _ = lay.boxes[n]
            _draw_word(image, (x + lay.pad / 3 + offset, y + offset), word, face, fill(n),  # type: ignore[operator]
                       stroke, stroke_fill)
            n += 1


Rect = tuple[int, int, int, int]  # x, y, w, h on the frame
GAP = 12  # between a block and the watermark it steps away from


def block_origin(block: TextBlock, w: int, h: int, avoid: Rect | None = None) -> tuple[int, int]:
    """Top-left pixel of the block's w×h picture: centred across, at its place inside the safe box;
    moved up (or down, at the top) off ``avoid`` (the watermark) when they would meet."""
    x, y = _origin(block, w, h)
    if avoid is not None:
        ax, ay, aw, ah = avoid
        if x < ax + aw and ax < x + w and y < ay + ah and ay < y + h:
            above, below = ay - GAP - h, ay + ah + GAP
            y = above if above >= SAFE_TOP and (below + h > SAFE_BOTTOM or block.place != TextPlace.TOP) else below
    return x, max(SAFE_TOP, min(SAFE_BOTTOM - h, y))


def _origin(block: TextBlock, w: int, h: int) -> tuple[int, int]:
    x = SAFE_LEFT + (SAFE_W - w) // 2 if w <= SAFE_W else (WIDTH - w) // 2
    if block.y is not None:
        y = round(SAFE_TOP + block.y * SAFE_H - h / 2)
    elif block.place == TextPlace.TOP:
        y = SAFE_TOP
    elif block.place == TextPlace.MIDDLE:
        y = SAFE_TOP + (SAFE_H - h) // 2
    else:
        y = SAFE_BOTTOM - h
    return x, max(SAFE_TOP, min(SAFE_BOTTOM - h, y))


def word_times(block: TextBlock) -> list[tuple[float, float]]:
    """When each word of the block is spoken: the recogniser's timings when they match the text,
    otherwise the block's time shared out by the words' lengths. Each lasts until the next starts."""
    words = block.text.split()
    if block.words and len(block.words) == len(words):
        starts = [max(block.start, min(w.start, block.end)) for w in block.words]
    else:
        total = sum(len(w) + 1 for w in words) or 1
        starts, at = [], block.start
        for w in words:
            starts.append(at)
            at += block.seconds * (len(w) + 1) / total
    ends = [*starts[1:], block.end]
    return list(zip(starts, ends, strict=True))


def highlighted_word(block: TextBlock, t: float) -> int | None:
    """Which word karaoke lights at second ``t`` (the preview calls this)."""
    for n, (start, end) in enumerate(word_times(block)):
        if start <= t < end:
            return n
    return None


# --- what the export overlays ------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    """Karaoke: from ``start`` on, the cell at ``cell`` (x, y inside the piece's crop) shows at ``x``/``y``."""

    start: float
    cell: tuple[int, int]
    x: int
    y: int


@dataclass(frozen=True)
class Piece:
    """A crop of a sheet, overlaid at x/y on the frame from ``start`` to ``end`` seconds.

    With ``steps`` (karaoke) the crop is a grid of cells of ``cell`` size, and one overlay shows
    them in turn, each at its own place: the lit word's pixels over the block's plain picture."""

    crop: tuple[int, int, int, int]  # x, y, w, h inside the sheet
    x: int
    y: int
    start: float
    end: float
    cell: tuple[int, int] = (0, 0)
    steps: tuple[Step, ...] = ()

    def shows(self) -> list[tuple[Piece, int, float, float]]:
        """The piece with the row it starts at in the sheet and when it shows."""
        return [(self, self.crop[1], self.start, self.end)]


@dataclass(frozen=True)
class Sheet:
    image: Image.Image
    pieces: tuple[Piece, ...]


SHEET_HEIGHT = 8192  # pixels of pictures a sheet holds: few inputs for ffmpeg, each a few MB of memory


def _even(value: int) -> int:
    return value + value % 2


def _karaoke(block: TextBlock, end: float, x: int, y: int, plain: Image.Image,
             patches: list[Patch]) -> tuple[list[Patch], list[tuple[float, float, Piece]]]:
    """A karaoke block's lit-word patches as one grid of equal cells, and its stepping piece
    (its crop relative to the block's place on the sheet; :func:`sheets` moves it)."""
    times = word_times(block)
    used = [(p, px, py, start) for (p, px, py), (start, _) in zip(patches, times, strict=False) if start < end]
    if not used:
        return [], []
    cw = _even(max(p.width for p, _, _, _ in used))
    ch = _even(max(p.height for p, _, _, _ in used))
    columns = max(1, plain.width // cw)
    cells, steps = [], []
    for k, (p, px, py, start) in enumerate(used):
        cx, cy = (k % columns) * cw, (k // columns) * ch
        cells.append((p, cx, cy))
        steps.append(Step(round(start, 3), (cx, cy), x + px, y + py))
    rows = (len(used) + columns - 1) // columns
    piece = Piece((0, 0, min(len(used), columns) * cw, rows * ch), x, y, steps[0].start, end, (cw, ch), tuple(steps))
    return cells, [(0, 0, piece)]


def sheets(blocks: list[TextBlock], campaign: Campaign, duration: float, avoid: Rect | None = None) -> list[Sheet]:
    """The blocks' pictures stacked on a few sheets, and the pieces the graph cuts out of them.

    A karaoke block is its plain picture over its whole time and one stepping piece over it: the
    patches of pixels each word's lighting changes (:func:`karaoke_patches`), shown in turn at
    their places by one overlay (a whole picture per word, each its own overlay, cost 1.35× the
    export's wall time for 20 blocks).
    """
    groups: list[tuple[list[Patch], list[Piece]]] = []
    top = SHEET_HEIGHT
    for block in (b for b in blocks if b.start < duration):
        end = min(block.end, duration)
        cells: list[Patch] = []
        stepping: list[tuple[float, float, Piece]] = []
        whole: list[Image.Image] = []
        if block.style == TextStyle.KARAOKE:
            plain, patches, is_whole = karaoke_patches(block, campaign)
            if is_whole:
                whole = [p for p, _, _ in patches]
        else:
            plain = render_block(block, campaign)
        x, y = block_origin(block, plain.width, plain.height, avoid)
        if block.style == TextStyle.KARAOKE and not whole:
            cells, stepping = _karaoke(block, end, x, y, plain, patches)
        grid = stepping[0][2].crop[3] if stepping else 0
        height = _even(plain.height) + grid + sum(_even(p.height) for p in whole)
        if top + height > SHEET_HEIGHT:
            groups.append(([], []))
            top = 0
        images, pieces = groups[-1]
        images.append((plain, 0, top))
        times = word_times(block)
        plain_end = min(end, times[0][0]) if whole and times else end  # whole lit pictures take over
        if plain_end > block.start:
            pieces.append(Piece((0, top, plain.width, plain.height), x, y, block.start, plain_end))
        at = top + _even(plain.height)
        for p, cx, cy in cells:
            images.append((p, cx, at + cy))
        for _, _, piece in stepping:
            pieces.append(dataclasses.replace(piece, crop=(0, at, *piece.crop[2:])))
        at += grid
        for p, (start, stop) in zip(whole, times, strict=False):
            images.append((p, 0, at))
            if min(stop, end) > start:
                pieces.append(Piece((0, at, p.width, p.height), x, y, start, min(stop, end)))
            at += _even(p.height)
        top += height
    out = []
    for images, pieces in groups:
        width = max([p.width + sx for p, sx, _ in images] + [pc.crop[0] + pc.crop[2] for pc in pieces])
        height = max([p.height + sy for p, _, sy in images] + [pc.crop[1] + pc.crop[3] for pc in pieces])
        sheet = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        for p, sx, sy in images:
            sheet.paste(p, (sx, sy))
        out.append(Sheet(sheet, tuple(pieces)))
    return out


def burned(blocks: list[TextBlock], soft_captions: bool) -> list[TextBlock]:
    """The blocks drawn into the picture: all of them, or all but the captions when the captions
    go into the file as a subtitle track."""
    return [b for b in blocks if not (soft_captions and b.kind == TextKind.CAPTION)]


def soft(blocks: list[TextBlock], soft_captions: bool) -> list[TextBlock]:
    return [b for b in blocks if soft_captions and b.kind == TextKind.CAPTION]


def at_second(blocks: list[TextBlock], campaign: Campaign, t: float, soft_captions: bool = False,
              avoid: Rect | None = None) -> list[tuple[Image.Image, int, int]]:
    """What the preview draws at second ``t``: each block showing, as the export draws it (karaoke with
    the word being spoken lit), and its top-left pixel on the 1080×1920 frame. ``avoid`` is the
    watermark's rectangle (x, y, w, h), as the export passes it."""
    out = []
    for block in burned(blocks, soft_captions):
        if block.start <= t < block.end:
            lit = highlighted_word(block, t) if block.style == TextStyle.KARAOKE else None
            image = render_block(block, campaign, highlight=lit)
            out.append((image, *block_origin(block, image.width, image.height, avoid)))
    return out
