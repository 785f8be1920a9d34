"""Draw the app icon (packaging/icons/anakgenius.{png,ico,icns}) with Pillow.

Our own drawing in the campaign colours (magenta #C2185B, warm yellow, white), released under
CC0 1.0 like the badge and the song: a magenta rounded square, a white 9:16 frame standing for
the vertical video, a yellow play triangle and a small yellow star. Drawn at 4× and scaled down.
Run: ``.venv/bin/python packaging/make_icon.py`` (the outputs are committed; rerun only to change it).
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent / "icons"
SIZE, SS = 1024, 4
MAGENTA, DEEP, YELLOW, WHITE = (194, 24, 91), (142, 14, 68), (255, 200, 61), (255, 255, 255)


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = math.radians(-90 + i * 36)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def draw() -> Image.Image:
    n = SIZE * SS
    img = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = n / 100  # one unit = 1 % of the side
    d.rounded_rectangle((4 * u, 4 * u, 96 * u, 96 * u), radius=20 * u, fill=MAGENTA)
    d.rounded_rectangle((4 * u, 60 * u, 96 * u, 96 * u), radius=20 * u, fill=DEEP)
    d.rectangle((4 * u, 60 * u, 96 * u, 76 * u), fill=DEEP)
    d.rectangle((4 * u, 56 * u, 96 * u, 62 * u), fill=MAGENTA)
    # the 9:16 frame
    w, h = 40 * u, 40 * u * 16 / 9
    x0, y0 = (n - w) / 2, (n - h) / 2
    d.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=6 * u, outline=WHITE, width=round(5 * u))
    # play triangle
    cx, cy, r = n / 2 + 1.5 * u, n / 2, 11 * u
    d.polygon([(cx - r * 0.8, cy - r), (cx - r * 0.8, cy + r), (cx + r, cy)], fill=YELLOW)
    # star at the frame's corner
    d.polygon(star(x0 + w, y0, 9 * u, 4 * u), fill=YELLOW, outline=WHITE)
    return img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "anakgenius.png", optimize=True)
    big.save(OUT / "anakgenius.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(OUT / "anakgenius.icns")
    for path in sorted(OUT.glob("anakgenius.*")):
        print(f"{path.name}: {path.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
