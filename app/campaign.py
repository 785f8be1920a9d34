"""Campaign data: hashtag, song, look and limits, read from a pack's ``campaign.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.paths import assets_dir

DEFAULT_CAMPAIGN = "anakgenius"


@dataclass(frozen=True)
class Song:
    path: Path
    title: str
    credit: str
    licence: str
    suggested_start: float = 0.0


@dataclass(frozen=True)
class WatermarkStyle:
    font: Path
    fill: str = "#FFFFFF"
    outline: str = "#000000"
    position: str = "bottom-right"
    scale: float = 1.0


@dataclass(frozen=True)
class Campaign:
    id: str
    name_id: str
    name_en: str
    hashtag: str
    max_seconds: float
    song: Song | None
    watermark: WatermarkStyle
    caption_hashtags: tuple[str, ...] = field(default_factory=tuple)
    description: str = ""


def _resolve(folder: Path, name: str) -> Path:
    for base in (folder, assets_dir() / "fonts", assets_dir() / "song"):
        candidate = base / name
        if candidate.is_file():
            return candidate
    raise UserError(f"campaign file '{name}' is missing from {folder}")


def load_campaign(folder: Path) -> Campaign:
    try:
        data = tomllib.loads((folder / "campaign.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UserError(f"campaign in {folder} cannot be read: {exc}") from None
    song_data = data.get("song")
    song = None
    if song_data:
        song = Song(
            path=_resolve(folder, song_data["file"]),
            title=song_data.get("title", ""),
            credit=song_data.get("credit", ""),
            licence=song_data.get("licence", ""),
            suggested_start=float(song_data.get("suggested_start", 0.0)),
        )
    wm = data.get("watermark", {})
    return Campaign(
        id=data["id"],
        name_id=data.get("name_id", data["id"]),
        name_en=data.get("name_en", data["id"]),
        hashtag=data["hashtag"],
        max_seconds=float(data.get("max_seconds", 60)),
        song=song,
        watermark=WatermarkStyle(
            font=_resolve(folder, wm.get("font", "Lato-Black.ttf")),
            fill=wm.get("fill", "#FFFFFF"),
            outline=wm.get("outline", "#000000"),
            position=wm.get("position", "bottom-right"),
            scale=float(wm.get("scale", 1.0)),
        ),
        caption_hashtags=tuple(data.get("caption_hashtags", [data["hashtag"]])),
        description=data.get("description", ""),
    )


def get_campaign(campaign_id: str = DEFAULT_CAMPAIGN) -> Campaign:
    folder = assets_dir() / "campaigns" / campaign_id
    if not (folder / "campaign.toml").is_file():
        raise UserError(f"there is no campaign called '{campaign_id}'")
    return load_campaign(folder)
