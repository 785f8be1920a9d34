"""The hashtag watermark, drawn once by Pillow; ffmpeg and the preview overlay this image.

User text only ever ends up in pixels here, never in an ffmpeg filter string.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image, ImageColor, ImageDraw, ImageFilter, ImageFont

BASE_SIZE = 72  # font size in pixels of a 1080×1920 frame at scale 1.0


@functools.lru_cache(maxsize=16)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


def render_watermark(
    text: str,
    font: str | Path,
    scale: float = 1.0,
    opacity: float = 1.0,
    fill: str = "#FFFFFF",
    outline: str = "#000000",
) -> Image.Image:
    """An RGBA image of the text with an outline and a soft shadow, so it reads on any video."""
    size = max(8, round(BASE_SIZE * scale))
    face = _font(str(font), size)
    stroke = max(2, round(size / 12))
    shadow = max(2, round(size / 14))
    pad = stroke + shadow * 3
    left, top, right, bottom = face.getbbox(text or " ", stroke_width=stroke)
    w, h = int(right - left) + 2 * pad, int(bottom - top) + 2 * pad  # whole pixels (FreeType gives them)
    origin = (pad - left, pad - top)

    shadow_layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(shadow_layer).text(
        (origin[0] + shadow, origin[1] + shadow), text, font=face, fill=(0, 0, 0, 150),
        stroke_width=stroke, stroke_fill=(0, 0, 0, 150),
    )
    image = shadow_layer.filter(ImageFilter.GaussianBlur(shadow))
    ImageDraw.Draw(image).text(
        origin, text, font=face, fill=ImageColor.getrgb(fill) + (255,),
        stroke_width=stroke, stroke_fill=ImageColor.getrgb(outline) + (255,),
    )
    if opacity < 1.0:
        alpha = image.getchannel("A").point(lambda a: round(a * opacity))
        image.putalpha(alpha)
    return image
