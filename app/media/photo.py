"""Photos for a story: read with Pillow, turned upright, decoded reduced, written without metadata.

JPEG and PNG are read by the Pillow the app bundles; HEIC/HEIF (an iPhone's photos) by the
bundled ``pillow_heif`` plug-in (libheif), which applies the photo's own rotation on decoding; an
install without it refuses a HEIC photo with a sentence. The export never reads the user's photo
itself: :func:`prepare_photo` writes an upright copy just large enough for the 1080×1920 frame,
with no EXIF, GPS or colour profile, and ffmpeg reads that once.

A 48-megapixel JPEG is decoded at 1/2, 1/4 or 1/8 of its size by the JPEG decoder itself
(Pillow's ``draft``), so it never sits in memory at full size.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from app.errors import UserError
from app.messages import M

FORMATS = {"JPEG", "PNG", "MPO", "HEIF"}  # MPO: what some cameras call a JPEG with a preview inside
_SWAPS = {5, 6, 7, 8}  # EXIF orientations that turn the picture a quarter
MAX_PIXELS = 200_000_000

try:  # pragma: no cover - only where the optional HEIF plug-in is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIC = True
except ImportError:
    HEIC = False


@dataclass(frozen=True)
class PhotoInfo:
    path: str
    width: int  # upright, as the photo is seen
    height: int
    format: str


def _open(path: Path) -> Image.Image:
    if not path.exists():
        raise UserError(M.NOT_FOUND, path=path)
    if path.suffix.lower() in (".heic", ".heif") and not HEIC:
        raise UserError(M.PHOTO_HEIC, file=path.name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise UserError(M.PHOTO_UNREADABLE, file=path.name) from None
    if image.format not in FORMATS:
        image.close()
        raise UserError(M.PHOTO_KIND, file=path.name, kind=image.format)
    if image.width * image.height > MAX_PIXELS:
        image.close()
        raise UserError(M.PHOTO_TOO_LARGE, file=path.name, size=f"{image.width}×{image.height}")
    return image


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except (ValueError, TypeError):
        return 1


def read_photo(path: str | Path) -> PhotoInfo:
    """The photo's upright size, without decoding its pixels; UserError if it cannot be read."""
    path = Path(path)
    with _open(path) as image:
        w, h = image.size
        if _orientation(image) in _SWAPS:
            w, h = h, w
        return PhotoInfo(str(path), w, h, image.format or "")


def target_size(width: int, height: int, box_w: int, box_h: int, cover: bool) -> tuple[int, int]:
    """The upright size to decode to: covering (fill) or inside (blur, fit) the box; never larger."""
    s = max(box_w / width, box_h / height) if cover else min(box_w / width, box_h / height)
    s = min(1.0, s)
    return max(2, round(width * s / 2) * 2), max(2, round(height * s / 2) * 2)


def upright_reduced(path: str | Path, box_w: int, box_h: int, cover: bool) -> Image.Image:
    """The photo upright, in RGB, decoded reduced and sized for the box (``target_size``), with
    nothing of the photo's own metadata; UserError if it cannot be read."""
    path = Path(path)
    with _open(path) as image:
        orientation = _orientation(image)
        w, h = image.size
        upright = (h, w) if orientation in _SWAPS else (w, h)
        tw, th = target_size(*upright, box_w, box_h, cover)
        if image.format in ("JPEG", "MPO"):
            want = (th, tw) if orientation in _SWAPS else (tw, th)
            image.draft("RGB", want)  # the decoder skips detail: 1/2, 1/4 or 1/8 of the size
        try:
            image.load()
        except (OSError, SyntaxError, ValueError):
            raise UserError(M.PHOTO_DAMAGED, file=path.name) from None
        picture = ImageOps.exif_transpose(image)
        if picture.mode not in ("RGB", "L"):
            rgba = picture.convert("RGBA")
            flat = Image.new("RGB", rgba.size, (0, 0, 0))
            flat.paste(rgba, mask=rgba.getchannel("A"))
            picture = flat
        elif picture.mode == "L":
            picture = picture.convert("RGB")
        if picture.size != (tw, th):
            picture = picture.resize((tw, th), Image.Resampling.LANCZOS, reducing_gap=2.0)
    picture.info = {}  # nothing of the photo's own (EXIF, GPS, ICC, text) goes along
    return picture


def prepare_photo(path: str | Path, target: Path, box_w: int, box_h: int, cover: bool) -> PhotoInfo:
    """Write an upright, metadata-free PNG of the photo sized for the frame; return its facts."""
    picture = upright_reduced(path, box_w, box_h, cover)
    target.parent.mkdir(parents=True, exist_ok=True)
    picture.save(target, "PNG", compress_level=1)
    return PhotoInfo(str(target), picture.width, picture.height, "PNG")
