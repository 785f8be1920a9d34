"""Campaign data: hashtag, song, look, card and limits, read from a pack's ``campaign.toml``.

The dataclasses here are what the rest of the app sees. Reading and checking a pack is done by
:mod:`app.campaigns.pack_format` (fields) and :mod:`app.campaigns.pack_files` (files); user packs are installed and
listed by :mod:`app.campaigns.packs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.project.choices import DEFAULT_POSITION, Position

DEFAULT_CAMPAIGN = "anakgenius"


@dataclass(frozen=True)
class Song:
    path: Path
    title: str
    credit: str
    licence: str
    suggested_start: float = 0.0
    chorus_start: float | None = None
    stands_in_for: str = ""  # e.g. "the ministry's official campaign song"
    official: bool = False  # True: the file the user chose with "Use the official song file…"


@dataclass(frozen=True)
class WatermarkStyle:
    font: Path
    fill: str = "#FFFFFF"
    outline: str = "#000000"
    position: Position = DEFAULT_POSITION
    scale: float = 1.0


@dataclass(frozen=True)
class Colours:
    primary: str = "#C2185B"  # panels, backgrounds
    accent: str = "#FFC83D"  # highlights (the acronym letters)
    text: str = "#FFFFFF"


@dataclass(frozen=True)
class CardItem:
    key: str  # the letters that stand out, e.g. "NI"
    word: str  # the word they come from, e.g. "beraNI"


@dataclass(frozen=True)
class Card:
    """A caption card: a lower-third over the whole video, or an end card over its last seconds."""

    title: str
    items: tuple[CardItem, ...] = ()
    subtitle: str = ""  # e.g. "Hari Anak Nasional"
    end_seconds: float = 3.0
    font: Path | None = None  # the words; None: the watermark font


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
    starts: date | None = None
    ends: date | None = None
    colours: Colours = field(default_factory=Colours)
    logo: Path | None = None
    card: Card | None = None
    folder: Path | None = None
    builtin: bool = False

    @property
    def caption(self) -> str:
        """The hashtags to paste under the video."""
        return " ".join(self.caption_hashtags or (self.hashtag,))
