"""The campaign's caption card, drawn by Pillow: a lower-third and an end card.

Both come from the pack's ``[card]`` (title, subtitle, key letters and their words), its colours,
fonts, logo and dates; nothing here knows about #AnakGENIUS. ffmpeg overlays the PNGs (the
lower-third over the whole video inside the safe box, the end card over the last seconds), so
pack text only ever reaches the video as pixels.
"""

from __future__ import annotations

import functools
import random
from datetime import date
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw, ImageFilter, ImageFont

from app.campaigns.model import Campaign, Card, CardItem
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP
from app.render.presets import HEIGHT, WIDTH

SAFE_W = SAFE_RIGHT - SAFE_LEFT
GAP = 16  # between the lower-third and a watermark below it
FADE = 0.4  # seconds the end card takes to fade in
MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
RGB = tuple[int, int, int]


@functools.lru_cache(maxsize=32)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def _rgb(colour: str) -> RGB:
    r, g, b = ImageColor.getrgb(colour)[:3]
    return r, g, b


def _darker(colour: RGB, factor: float) -> RGB:
    r, g, b = colour
    return round(r * factor), round(g * factor), round(b * factor)


def _fitting(path: Path, text: str, size: int, max_width: float, minimum: int = 10) -> ImageFont.FreeTypeFont:
    """The font at ``size``, or smaller until ``text`` fits in ``max_width``."""
    while size > minimum and _font(str(path), size).getlength(text) > max_width:
        size -= 2
    return _font(str(path), size)


def _split(item: CardItem) -> tuple[str, str, str]:
    """The word in three parts: before the key, the key, after it ("bera", "NI", "")."""
    at = item.word.find(item.key)
    if at < 0:
        at = item.word.lower().find(item.key.lower())
    if at < 0:
        return item.word, "", ""
    return item.word[:at], item.word[at:at + len(item.key)], item.word[at + len(item.key):]


def _word(draw: ImageDraw.ImageDraw, xy: tuple[float, float], item: CardItem, font: ImageFont.FreeTypeFont,
          colour: RGB, accent: RGB, anchor: str = "ls") -> None:
    """The word with its key letters in the accent colour. ``anchor`` is 'ls' or 'ms' (baseline)."""
    parts = _split(item)
    width = sum(font.getlength(p) for p in parts)
    x = xy[0] - (width / 2 if anchor[0] == "m" else 0)
    for text, fill in zip(parts, (colour, accent, colour), strict=True):
        if text:
            draw.text((x, xy[1]), text, font=font, fill=fill, anchor="ls")
            x += font.getlength(text)


def _shadow(size: tuple[int, int], box: tuple[float, float, float, float], radius: int, blur: int,
            offset: int, alpha: int) -> Image.Image:
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    x0, y0, x1, y1 = box
    ImageDraw.Draw(layer).rounded_rectangle((x0, y0 + offset, x1, y1 + offset), radius, fill=(0, 0, 0, alpha))
    return layer.filter(ImageFilter.GaussianBlur(blur))


def date_range(starts: date | None, ends: date | None, months: tuple[str, ...] = MONTHS_ID) -> str:
    """Campaign dates, by default the Indonesian way: '20–25 Juli 2018', '30 Juli – 2 Agustus 2018'
    (``months=MONTHS_EN`` for an English window)."""
    if not starts and not ends:
        return ""
    a, b = starts or ends, ends or starts
    assert a is not None and b is not None
    if a == b:
        return f"{a.day} {months[a.month - 1]} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {months[b.month - 1]} {b.year}"
    if a.year == b.year:
        return f"{a.day} {months[a.month - 1]} – {b.day} {months[b.month - 1]} {b.year}"
    return f"{a.day} {months[a.month - 1]} {a.year} – {b.day} {months[b.month - 1]} {b.year}"


def _fonts(campaign: Campaign, card: Card) -> tuple[Path, Path]:
    heavy = campaign.watermark.font
    return heavy, card.font or heavy


def render_lower_third(campaign: Campaign) -> Image.Image:
    """A SAFE_W-wide RGBA strip: a title tab over a panel of key letters with their words."""
    card = _card(campaign)
    heavy, body = _fonts(campaign, card)
    primary, accent, text = (_rgb(c) for c in (campaign.colours.primary, campaign.colours.accent,
                                               campaign.colours.text))
    margin, radius = 14, 26
    tab_h, panel_h = 58, 176
    w = SAFE_W
    h = margin + tab_h - 14 + panel_h + margin + 8
    image = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    panel = (margin, margin + tab_h - 14, w - margin, margin + tab_h - 14 + panel_h)
    image.alpha_composite(_shadow((w, h), panel, radius, 9, 6, 110))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(panel, radius, fill=primary + (242,))
    # the title tab, overlapping the panel's top edge
    title_font = _fitting(heavy, card.title, 34, w - 4 * margin - 48)
    tab_w = title_font.getlength(card.title) + 48
    tab = (margin + 22, margin, margin + 22 + tab_w, margin + tab_h)
    draw.rounded_rectangle(tab, tab_h // 2, fill=accent + (255,))
    draw.text(((tab[0] + tab[2]) / 2, (tab[1] + tab[3]) / 2 + 1), card.title, font=title_font,
              fill=_darker(primary, 0.8), anchor="mm")
    items = card.items or (CardItem(key=campaign.hashtag, word=""),)
    column = (panel[2] - panel[0] - 24) / len(items)
    key_font = _fitting(heavy, max((i.key for i in items), key=len), 92, column - 16)
    word_font = _fitting(body, max((i.word for i in items), key=len), 30, column - 14)
    key_base = panel[1] + 28 + key_font.getbbox("G")[3] - key_font.getbbox("G")[1]
    for n, item in enumerate(items):
        cx = panel[0] + 12 + column * (n + 0.5)
        draw.text((cx, key_base), item.key, font=key_font, fill=accent, anchor="ms")
        _word(draw, (cx, panel[3] - 28), item, word_font, text, accent, anchor="ms")
        if n:
            x = panel[0] + 12 + column * n
            draw.line((x, panel[1] + 34, x, panel[3] - 30), fill=text + (70,), width=2)
    return image


def render_end_card(campaign: Campaign) -> Image.Image:
    """A full 1080×1920 card: logo, hashtag, the key letters with their words, name and dates.

    The background fills the frame; everything written stays inside the safe box.
    """
    card = _card(campaign)
    heavy, body = _fonts(campaign, card)
    primary, accent, text = (_rgb(c) for c in (campaign.colours.primary, campaign.colours.accent,
                                               campaign.colours.text))
    image = _background(primary, accent, text)
    draw = ImageDraw.Draw(image)
    y = SAFE_TOP + 8
    if campaign.logo:
        with Image.open(campaign.logo) as raw:
            logo = raw.convert("RGBA")
        logo.thumbnail((236, 236), Image.Resampling.LANCZOS)
        shadow = Image.new("RGBA", image.size, (0, 0, 0, 0))
        shadow.paste((0, 0, 0, 90), ((WIDTH - logo.width) // 2, y + 8), logo)
        image.alpha_composite(shadow.filter(ImageFilter.GaussianBlur(10)))
        image.alpha_composite(logo, ((WIDTH - logo.width) // 2, y))
        y += logo.height + 26
    hashtag_font = _fitting(heavy, campaign.hashtag, 104, SAFE_W - 20)
    top, bottom = hashtag_font.getbbox(campaign.hashtag, anchor="ls")[1::2]
    draw.text((WIDTH / 2, y - top), campaign.hashtag, font=hashtag_font, fill=text, anchor="ms")
    y += int(bottom - top) + 40  # whole pixels (FreeType gives them)
    items = card.items
    if items:
        row = min(100, (SAFE_BOTTOM - 96 - y) // len(items))
        square = row - 16
        key_font = _fitting(heavy, max((i.key for i in items), key=len), round(square * 0.62), square - 14)
        word_font = _fitting(body, max((i.word for i in items), key=len), round(row * 0.62), SAFE_W - square - 160)
        widest = max(sum(word_font.getlength(p) for p in _split(i)) for i in items)
        x0 = round((WIDTH - (square + 28 + widest)) / 2)
        for n, item in enumerate(items):
            top_y = y + n * row
            box = (x0, top_y, x0 + square, top_y + square)
            draw.rounded_rectangle(box, 18, fill=accent)
            draw.text(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), item.key, font=key_font,
                      fill=_darker(primary, 0.85), anchor="mm")
            cap = word_font.getbbox("H", anchor="ls")[1]
            _word(draw, (x0 + square + 28, (box[1] + box[3]) / 2 - cap / 2), item, word_font, text, accent)
        y += row * len(items) + 18
    footer = " · ".join(p for p in (card.subtitle, date_range(campaign.starts, campaign.ends)) if p)
    if footer:
        footer_font = _fitting(body, footer, 40, SAFE_W - 60)
        fw = footer_font.getlength(footer)
        pill = (WIDTH / 2 - fw / 2 - 28, y, WIDTH / 2 + fw / 2 + 28, y + 64)
        draw.rounded_rectangle(pill, 32, fill=_darker(primary, 0.7) + (255,))
        draw.text((WIDTH / 2, (pill[1] + pill[3]) / 2), footer, font=footer_font, fill=text, anchor="mm")
    return image


def _background(primary: RGB, accent: RGB, text: RGB) -> Image.Image:
    """A vertical gradient of the primary colour with a glow and confetti around the edges."""
    top, bottom = _darker(primary, 1.0), _darker(primary, 0.62)
    gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    image = Image.composite(Image.new("RGBA", (WIDTH, HEIGHT), bottom + (255,)),
                            Image.new("RGBA", (WIDTH, HEIGHT), top + (255,)), gradient)
    glow = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    ImageDraw.Draw(glow).ellipse((WIDTH / 2 - 520, 330, WIDTH / 2 + 520, 1150), fill=(255, 255, 255, 34))
    image.alpha_composite(glow.filter(ImageFilter.GaussianBlur(120)))
    confetti = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(confetti)
    rng = random.Random(2018)
    placed = 0
    while placed < 70:
        x, y = rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)
        if SAFE_LEFT - 30 < x < SAFE_RIGHT + 30 and SAFE_TOP - 30 < y < SAFE_BOTTOM + 30:
            continue  # keep the text area calm
        r = rng.uniform(5, 16)
        colour = (accent if rng.random() < 0.6 else text) + (rng.randint(90, 200),)
        if rng.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            draw.rounded_rectangle((x - r, y - r / 2.5, x + r, y + r / 2.5), 3, fill=colour)
        placed += 1
    image.alpha_composite(confetti.rotate(0))
    return image


def _card(campaign: Campaign) -> Card:
    if campaign.card is None:
        return Card(title=campaign.name_id or campaign.hashtag)
    return campaign.card


def lower_third_origin(w: int, h: int, avoid: tuple[int, int, int, int] | None = None) -> tuple[int, int]:
    """Top-left of a w×h lower-third: at the bottom of the safe box, above ``avoid`` (x, y, w, h),
    e.g. the watermark, when they would overlap."""
    x = SAFE_LEFT + (SAFE_W - w) // 2
    y = SAFE_BOTTOM - h
    if avoid is not None:
        ax, ay, aw, ah = avoid
        if ax < x + w and x < ax + aw and ay < y + h and y < ay + ah:
            y = ay - GAP - h
    return x, max(SAFE_TOP, y)


def end_card_window(duration: float, campaign: Campaign) -> tuple[float, float]:
    """(start, length) of the end card: the card's seconds at the end, at most half the video."""
    length = min(_card(campaign).end_seconds, duration / 2)
    return duration - length, length
