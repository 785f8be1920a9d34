"""Building campaign packs for tests: a valid one, then whatever each test breaks in it."""

from __future__ import annotations

import json
import math
import shutil
import struct
import zipfile
import zlib
from datetime import date
from pathlib import Path
from typing import Any

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "assets" / "fonts" / "Lato-Black.ttf"


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def to_toml(data: dict[str, Any]) -> str:
    """A dict as TOML (every table inline), enough for campaign.toml in tests."""
    return "".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}\n" for k, v in data.items())


def valid_dict(campaign_id: str = "sekolah-hijau") -> dict[str, Any]:
    return {
        "id": campaign_id,
        "name_id": "Sekolah Hijau",
        "name_en": "Green School",
        "hashtag": "#SekolahHijau",
        "caption_hashtags": ["#SekolahHijau", "#Bumi"],
        "description": "Plant a tree with your class.",
        "starts": date(2019, 4, 22),
        "ends": date(2019, 4, 28),
        "max_seconds": 30,
        "logo": "logo.png",
        "song": {"file": "song.m4a", "title": "Hijau", "credit": "Tests", "licence": "CC0-1.0",
                 "suggested_start": 0.5},
        "watermark": {"font": "font.ttf", "fill": "#FFFFFF", "outline": "#1B5E20", "position": "top",
                      "scale": 1.2},
        "colours": {"primary": "#2E7D32", "accent": "#FFEB3B", "text": "#FFFFFF"},
        "card": {"title": "Sekolah Hijau", "subtitle": "Hari Bumi", "end_seconds": 2.0,
                 "items": [{"key": "T", "word": "Tanam"}, {"key": "R", "word": "Rawat"}]},
    }


def make_pack(folder: Path, song: Path, data: dict[str, Any] | None = None) -> Path:
    """A valid pack in ``folder`` (font, logo, song and campaign.toml), or with ``data`` instead."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FONT, folder / "font.ttf")
    shutil.copyfile(song, folder / "song.m4a")
    Image.new("RGBA", (64, 64), (46, 125, 50, 255)).save(folder / "logo.png")
    (folder / "campaign.toml").write_text(to_toml(valid_dict() if data is None else data), encoding="utf-8")
    return folder


def zip_folder(folder: Path, archive: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return archive


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims to be width×height (an IHDR and nothing to decode)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")
