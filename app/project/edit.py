"""The Edit: everything the user chose, as plain data that saves to JSON and back."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from app import files
from app.errors import UserError
from app.messages import M
from app.project.choices import DEFAULT_POSITION, DEFAULT_PRESET, CardMode, Layout, Position, PresetId

SCHEMA_VERSION = 1
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass
class Trim:
    start: float = 0.0
    end: float | None = None  # None: the end of the clip


@dataclass
class Framing:
    layout: Layout = Layout.BLUR
    focus: float = 0.5  # fill: which part stays in frame, 0 = left edge, 1 = right edge
    background: str = "#000000"  # fit: the colour around the picture


@dataclass
class Watermark:
    enabled: bool = True
    text: str = ""  # empty: the campaign's hashtag
    position: Position = DEFAULT_POSITION  # used when x/y are None
    x: float | None = None  # centre of the watermark as a fraction of the frame width
    y: float | None = None  # ... and height
    scale: float = 1.0
    opacity: float = 1.0


@dataclass
class Audio:
    song_enabled: bool = True
    song: str = ""  # empty: the campaign's song
    song_start: float | None = None  # None: the campaign's suggested start
    song_volume: float = 1.0
    clip_volume: float = 1.0
    fade_in: float = 1.0
    fade_out: float = 1.5
    normalize: bool = True  # loudness to −14 LUFS, peaks ≤ −1 dBTP (what the platforms play at)


@dataclass
class Edit:
    source: str = ""
    trim: Trim = field(default_factory=Trim)
    framing: Framing = field(default_factory=Framing)
    watermark: Watermark = field(default_factory=Watermark)
    audio: Audio = field(default_factory=Audio)
    preset: PresetId = DEFAULT_PRESET
    campaign: str = "anakgenius"
    card: CardMode = CardMode.OFF

    def validate(self) -> None:
        """Raise :class:`UserError` naming the first field whose value makes no sense."""
        _check_range("trim.start", self.trim.start, 0, math.inf)
        if self.trim.end is not None:
            _check_range("trim.end", self.trim.end, 0, math.inf)
            if self.trim.end <= self.trim.start:
                raise UserError(M.TRIM_END_BEFORE_START)
        _check_choice("framing.layout", self.framing.layout, Layout)
        _check_range("framing.focus", self.framing.focus, 0, 1)
        if not _COLOUR.match(self.framing.background):
            raise UserError(M.NOT_A_COLOUR, field="framing.background", example="#1A2B3C",
                            value=self.framing.background)
        _check_choice("watermark.position", self.watermark.position, Position)
        if self.watermark.x is not None:
            _check_range("watermark.x", self.watermark.x, 0, 1)
        if self.watermark.y is not None:
            _check_range("watermark.y", self.watermark.y, 0, 1)
        _check_range("watermark.scale", self.watermark.scale, 0.25, 4)
        _check_range("watermark.opacity", self.watermark.opacity, 0, 1)
        if len(self.watermark.text) > 80:
            raise UserError(M.TEXT_TOO_LONG, field="watermark.text", limit=80)
        if self.audio.song_start is not None:
            _check_range("audio.song_start", self.audio.song_start, 0, math.inf)
        _check_range("audio.song_volume", self.audio.song_volume, 0, 2)
        _check_range("audio.clip_volume", self.audio.clip_volume, 0, 2)
        _check_range("audio.fade_in", self.audio.fade_in, 0, 10)
        _check_range("audio.fade_out", self.audio.fade_out, 0, 10)
        _check_choice("card", self.card, CardMode)
        _check_choice("preset", self.preset, PresetId)

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA_VERSION, **dataclasses.asdict(self)}

    def save(self, path: str | Path) -> None:
        """Write the project as JSON, atomically (a crash never leaves half a file)."""
        path = Path(path)
        data = self.to_dict()
        if self.source:
            data["source"] = _relative_if_possible(Path(self.source), path.parent)
        files.write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def from_dict(cls, data: Any, base: Path | None = None) -> Edit:
        if not isinstance(data, dict):
            raise UserError(M.NOT_A_PROJECT)
        schema = data.get("schema")
        if not isinstance(schema, int):
            raise UserError(M.NO_SCHEMA)
        if schema > SCHEMA_VERSION:
            raise UserError(M.NEWER_PROJECT)
        edit = cls(
            source=_typed(data, "source", str, ""),
            trim=_section(Trim, data, "trim"),
            framing=_section(Framing, data, "framing"),
            watermark=_section(Watermark, data, "watermark"),
            audio=_section(Audio, data, "audio"),
            preset=_typed(data, "preset", PresetId, DEFAULT_PRESET),
            campaign=_typed(data, "campaign", str, "anakgenius"),
            card=_typed(data, "card", CardMode, CardMode.OFF),
        )
        if edit.source and base is not None and not Path(edit.source).is_absolute():
            edit.source = str((base / edit.source).resolve())
        edit.validate()
        return edit

    @classmethod
    def load(cls, path: str | Path) -> Edit:
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UserError(M.PROJECT_MISSING, path=path) from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise UserError(M.PROJECT_DAMAGED, file=path.name) from None
        return cls.from_dict(data, base=path.parent)


def _relative_if_possible(source: Path, folder: Path) -> str:
    try:
        return Path(source).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(source)


_KINDS: dict[str, type] = {"float": float, "str": str, "bool": bool, "Layout": Layout, "Position": Position}


def _coerce(value: Any, kind: type, name: str) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if issubclass(kind, StrEnum):
        if not isinstance(value, str):
            raise UserError(M.PROJECT_VALUE, field=name, value=repr(value))
        _check_choice(name, value, kind)
        return kind(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise UserError(M.PROJECT_VALUE, field=name, value=repr(value))
    return value


def _typed(data: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    return _coerce(data[key], kind, key) if key in data else default


def _section(cls: type, data: dict[str, Any], name: str) -> Any:
    raw = data.get(name, {})
    if not isinstance(raw, dict):
        raise UserError(M.PROJECT_SECTION, field=name)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in raw:
            continue
        type_name = str(f.type)
        if raw[f.name] is None and "None" in type_name:
            values[f.name] = None
        else:
            values[f.name] = _coerce(raw[f.name], _KINDS[type_name.split(" ")[0]], f"{name}.{f.name}")
    return cls(**values)


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not isinstance(value, (int, float)) or not (low <= value <= high) or math.isnan(value):
        raise UserError(M.OUT_OF_RANGE, field=name, low=low, high=high, value=value)


def _check_choice(name: str, value: str, choices: type[StrEnum]) -> None:
    allowed = [c.value for c in choices]
    if value not in allowed:
        raise UserError(M.NOT_ONE_OF, field=name, choices=", ".join(allowed), value=value)
