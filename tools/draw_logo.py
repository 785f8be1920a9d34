"""Draw the #AnakGENIUS badge (assets/campaigns/anakgenius/logo.png) with Pillow.

Our own drawing, released under CC0 like the song: a warm-yellow sunburst seal, a magenta disc
with a white ring, "ANAK" over "GENIUS" in Lato Black and a small star. Drawn at 4× and scaled
down for smooth edges. Run: ``.venv/bin/python tools/draw_logo.py``.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "campaigns" / "anakgenius" / "logo.png"
FONT = ROOT / "assets" / "fonts" / "Lato-Black.ttf"
SIZE = 512
SS = 4  # supersampling
MAGENTA, DEEP, YELLOW, WHITE = (194, 24, 91), (142, 14, 68), (255, 200, 61), (255, 255, 255)


def star(cx: float, cy: float, outer: float, inner: float, points: int = 5, turn: float = -90) -> list:
    coords = []
    for i in range(points * 2):
        r = outer if i % 2 == 0 else inner
        a = math.radians(turn + i * 180 / points)
        coords.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return coords


def centred(draw: ImageDraw.ImageDraw, text: str, cy: float, font: ImageFont.FreeTypeFont, fill, w: int,
            tracking: float = 0) -> None:
    widths = [draw.textlength(ch, font=font) for ch in text]
    total = sum(widths) + tracking * (len(text) - 1)
    x = (w - total) / 2
    for ch, cw in zip(text, widths, strict=True):
        draw.text((x, cy), ch, font=font, fill=fill, anchor="lm")
        x += cw + tracking


def draw() -> Image.Image:
    n = SIZE * SS
    c = n / 2
    image = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    # sunburst seal: 16 rounded rays
    d.polygon(star(c, c, 0.495 * n, 0.435 * n, points=16, turn=-90), fill=YELLOW)
    d.ellipse([c - 0.445 * n, c - 0.445 * n, c + 0.445 * n, c + 0.445 * n], fill=YELLOW)
    d.ellipse([c - 0.405 * n, c - 0.405 * n, c + 0.405 * n, c + 0.405 * n], fill=WHITE)
    d.ellipse([c - 0.385 * n, c - 0.385 * n, c + 0.385 * n, c + 0.385 * n], fill=MAGENTA)
    # a slightly darker lower half gives depth
    shade = Image.new("L", (n, n), 0)
    ImageDraw.Draw(shade).ellipse([c - 0.385 * n, c - 0.05 * n, c + 0.385 * n, c + 0.385 * n], fill=70)
    image.paste(DEEP + (255,), (0, 0), Image.composite(shade, Image.new("L", (n, n), 0),
                                                      shade.filter(ImageFilter.GaussianBlur(SS * 6))))
    d = ImageDraw.Draw(image)
    d.ellipse([c - 0.385 * n, c - 0.385 * n, c + 0.385 * n, c + 0.385 * n], outline=MAGENTA, width=SS * 3)
    small = ImageFont.truetype(str(FONT), round(0.105 * n))
    big = ImageFont.truetype(str(FONT), round(0.185 * n))
    centred(d, "ANAK", c - 0.155 * n, small, WHITE, n, tracking=0.03 * n)
    centred(d, "GENIUS", c + 0.03 * n, big, YELLOW, n, tracking=0.004 * n)
    d.polygon(star(c, c + 0.245 * n, 0.06 * n, 0.025 * n), fill=WHITE)
    d.polygon(star(c - 0.15 * n, c + 0.235 * n, 0.03 * n, 0.012 * n), fill=YELLOW)
    d.polygon(star(c + 0.15 * n, c + 0.235 * n, 0.03 * n, 0.012 * n), fill=YELLOW)
    return image.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    draw().save(OUT, optimize=True)
    print(OUT)


if __name__ == "__main__":
    main()
