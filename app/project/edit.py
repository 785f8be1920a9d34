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
from app.messages import M, Message
from app.project.choices import (
    DEFAULT_POSITION,
    DEFAULT_PRESET,
    CardMode,
    Layout,
    Position,
    PresetId,
    TransitionKind,
    values,
)
from app.project.hide import HideFaces
from app.project.hide import from_json as hide_from_json
from app.project.hide import to_json as hide_to_json
from app.project.hide import validate as validate_hide
from app.project.texts import TextBlock
from app.project.texts import from_json as texts_from_json
from app.project.texts import to_json as texts_to_json
from app.project.texts import validate as validate_texts

SCHEMA_VERSION = 4  # 2: stories (shots); 3: words on the video (texts); 4: "follow" framing and hidden
# faces (#17). Each file is written with the lowest schema that holds it (a one-clip Edit without texts is
# still 1), so older versions read it; one that cannot hide faces refuses a file that hides them
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
    # follow (#17): the user's corrections, (source second, the crop's centre as a fraction of the width)
    keys: list[tuple[float, float]] = field(default_factory=list)


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


# --- a story's shots (app.project.story holds their timeline and the calls a GUI makes) ---------------

TRANSITIONS = values(TransitionKind)  # dip: to the campaign colour and back
MIN_TRANSITION, MAX_TRANSITION = 0.2, 1.0
PHOTO_SECONDS = 3.0
MIN_SHOT_SECONDS = 0.5
MAX_SHOTS = 60


@dataclass
class Transition:
    kind: TransitionKind = TransitionKind.CUT
    seconds: float = 0.5


@dataclass
class ClipShot:
    source: str
    trim: Trim = field(default_factory=Trim)
    framing: Framing = field(default_factory=Framing)
    volume: float = 1.0  # the clip's own sound, 0..2
    clip_seconds: float = 0.0  # how long the clip's picture is (for trim.end None); 0: not known yet
    transition: Transition | None = None  # the joint *into* this shot; None: the video's choice
    kind: str = field(default="clip", init=False)
    hide: HideFaces = field(default_factory=HideFaces)  # #17 faces hidden in this clip


@dataclass
class PhotoShot:
    source: str
    seconds: float = PHOTO_SECONDS
    framing: Framing = field(default_factory=Framing)
    motion: bool = True  # a gentle zoom over the photo's seconds
    transition: Transition | None = None
    kind: str = field(default="photo", init=False)


Shot = ClipShot | PhotoShot


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
    # a story (app.project.story): its shots, and the joint between them; no shots: the one clip above
    shots: list[Shot] = field(default_factory=list)
    transition: Transition = field(default_factory=lambda: Transition())
    # #16 words on the video: titles, captions and free lines (app.project.texts); seconds of the video
    texts: list[TextBlock] = field(default_factory=list)
    soft_captions: bool = False  # captions as a subtitle track in the MP4 instead of pixels
    hide: HideFaces = field(default_factory=HideFaces)  # #17 faces hidden in the one clip (app.project.hide)

    def validate(self) -> None:
        """Raise :class:`UserError` naming the first field whose value makes no sense."""
        _check_range("trim.start", self.trim.start, 0, math.inf)
        if self.trim.end is not None:
            _check_range("trim.end", self.trim.end, 0, math.inf)
            if self.trim.end <= self.trim.start:
                raise UserError(M.TRIM_END_BEFORE_START)
        _check_choice("framing.layout", self.framing.layout, Layout)
        _check_range("framing.focus", self.framing.focus, 0, 1)
        _check_keys("framing.keys", self.framing)
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
        _validate_shots(self)
        validate_texts(self.texts)
        validate_hide(self.hide)
        for n, shot in enumerate(self.shots, 1):
            if isinstance(shot, ClipShot):
                validate_hide(shot.hide, f"shot {n}: ")

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        _drop_unused_keys(data)
        del data["hide"]
        for shot, raw in zip(self.shots, data["shots"], strict=True):
            raw.pop("hide", None)
            if isinstance(shot, ClipShot) and shot.hide.active:
                raw["hide"] = hide_to_json(shot.hide)
        hides = self.hide.active or any(isinstance(s, ClipShot) and s.hide.active for s in self.shots)
        if self.follows() or hides:  # older versions cannot frame it or hide the faces: "from a newer version"
            return {"schema": SCHEMA_VERSION, **data, "texts": texts_to_json(self.texts),
                    **({"hide": hide_to_json(self.hide)} if self.hide.active else {})}
        del data["texts"], data["soft_captions"]
        if not self.texts and not self.soft_captions:  # no words: the file older versions read
            if not self.shots:  # one clip: the schema-1 file every version reads
                del data["shots"], data["transition"]
                return {"schema": 1, **data}
            return {"schema": 2, **data}
        return {"schema": 3, **data, "texts": texts_to_json(self.texts), "soft_captions": self.soft_captions}

    def follows(self) -> bool:
        """Does any framing follow the subject (#17)?"""
        return any(f.layout == Layout.FOLLOW or f.keys for f in [self.framing, *(s.framing for s in self.shots)])

    def save(self, path: str | Path) -> None:
        """Write the project as JSON, atomically (a crash never leaves half a file)."""
        path = Path(path)
        data = self.to_dict()
        if self.source:
            data["source"] = _relative_if_possible(Path(self.source), path.parent)
        if self.shots:
            for shot in data["shots"]:
                shot["source"] = _relative_if_possible(Path(shot["source"]), path.parent)
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
        data = upgrade_words(upgrade(data))
        edit = cls(
            source=_typed(data, "source", str, ""),
            trim=_section(Trim, data, "trim"),
            framing=_section(Framing, data, "framing"),
            watermark=_section(Watermark, data, "watermark"),
            audio=_section(Audio, data, "audio"),
            preset=_typed(data, "preset", PresetId, DEFAULT_PRESET),
            campaign=_typed(data, "campaign", str, "anakgenius"),
            card=_typed(data, "card", CardMode, CardMode.OFF),
            shots=_shots_from_json(data.get("shots", []), base),
            transition=_section(Transition, data, "transition"),
            texts=texts_from_json(data.get("texts", [])),
            soft_captions=_typed(data, "soft_captions", bool, False),
            hide=hide_from_json(data.get("hide")),
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


def _drop_unused_keys(data: dict[str, Any]) -> None:
    """Framings without keyframes are saved as before #17 (no ``keys``); texts as their own JSON."""
    for framing in [data["framing"], *(shot["framing"] for shot in data["shots"])]:
        if not framing.get("keys"):
            framing.pop("keys", None)
        else:
            framing["keys"] = [list(k) for k in framing["keys"]]


def _keys(raw: Any, name: str) -> list[tuple[float, float]]:
    if not isinstance(raw, list):
        raise UserError(M.PROJECT_VALUE, field=name, value=repr(raw))
    keys = []
    for item in raw:
        if (not isinstance(item, list) or len(item) != 2
                or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in item)):
            raise UserError(M.PROJECT_VALUE, field=name, value=repr(item))
        keys.append((float(item[0]), float(item[1])))
    return sorted(keys)


def _relative_if_possible(source: Path, folder: Path) -> str:
    try:
        return Path(source).resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:
        return str(source)


_KINDS: dict[str, type] = {"float": float, "str": str, "bool": bool, "Layout": Layout, "Position": Position,
                          "TransitionKind": TransitionKind}


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
        if type_name.startswith("list[tuple[float, float]]"):
            values[f.name] = _keys(raw[f.name], f"{name}.{f.name}")
        elif raw[f.name] is None and "None" in type_name:
            values[f.name] = None
        else:
            values[f.name] = _coerce(raw[f.name], _KINDS[type_name.split(" ")[0]], f"{name}.{f.name}")
    return cls(**values)


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not isinstance(value, (int, float)) or not (low <= value <= high) or math.isnan(value):
        raise UserError(M.OUT_OF_RANGE, field=name, low=low, high=high, value=value)


def _check_keys(name: str, framing: Framing) -> None:
    for t, centre in framing.keys:
        _check_range(name, t, 0, math.inf)
        _check_range(name, centre, 0, 1)


def _check_choice(name: str, value: str, choices: type[StrEnum]) -> None:
    allowed = [c.value for c in choices]
    if value not in allowed:
        raise UserError(M.NOT_ONE_OF, field=name, choices=", ".join(allowed), value=value)


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 (one clip) → schema 2 (shots). The clip stays in source/trim/framing: a one-shot
    story, so the Edit and its export are exactly what they were."""
    if data.get("schema") == 1:
        data = {**data, "schema": 2, "shots": [], "transition": dataclasses.asdict(Transition())}
    return data


def upgrade_words(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 → schema 3 (#16): a project from before words on the video has none."""
    if data.get("schema") == 2:
        data = {**data, "schema": 3, "texts": [], "soft_captions": False}
    return data


def _shots_from_json(raw: Any, base: Path | None) -> list[Shot]:
    if not isinstance(raw, list):
        raise UserError(M.PROJECT_SECTION, field="shots")
    shots: list[Shot] = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict) or item.get("kind") not in ("clip", "photo"):
            raise UserError(M.SHOT_DAMAGED, n=n)
        source = item.get("source")
        if not isinstance(source, str) or not source:
            raise UserError(M.SHOT_NO_FILE, n=n)
        if base is not None and not Path(source).is_absolute():
            source = str((base / source).resolve())
        transition = None if item.get("transition") is None else _section(Transition, item, "transition")
        framing = _section(Framing, item, "framing")
        if item["kind"] == "clip":
            clip = ClipShot(source, _section(Trim, item, "trim"), framing,
                            _typed(item, "volume", float, 1.0), _typed(item, "clip_seconds", float, 0.0),
                            transition)
            clip.hide = hide_from_json(item.get("hide"), f"shot {n}: ")
            shots.append(clip)
        else:
            shots.append(PhotoShot(source, _typed(item, "seconds", float, PHOTO_SECONDS), framing,
                                   _typed(item, "motion", bool, True), transition))
    return shots


def _validate_shots(edit: Edit) -> None:
    if len(edit.shots) > MAX_SHOTS:
        raise UserError(M.TOO_MANY_SHOTS, limit=MAX_SHOTS, count=len(edit.shots))
    for t in [edit.transition, *(s.transition for s in edit.shots if s.transition is not None)]:
        _check_choice("transition", t.kind, TransitionKind)
        _check_range("transition.seconds", t.seconds, MIN_TRANSITION, MAX_TRANSITION)
    for n, shot in enumerate(edit.shots, 1):
        _check_choice(f"shot {n}: framing.layout", shot.framing.layout, Layout)
        _check_range(f"shot {n}: framing.focus", shot.framing.focus, 0, 1)
        _check_keys(f"shot {n}: framing.keys", shot.framing)
        if not _COLOUR.match(shot.framing.background):
            raise UserError(M.NOT_A_COLOUR, field=f"shot {n}: framing.background", example="#1A2B3C",
                            value=shot.framing.background)
        if isinstance(shot, PhotoShot):
            _check_range(f"shot {n}: seconds", shot.seconds, MIN_SHOT_SECONDS, 60)
        else:
            _check_range(f"shot {n}: volume", shot.volume, 0, 2)
            _check_range(f"shot {n}: trim.start", shot.trim.start, 0, math.inf)
            if shot.trim.end is not None and not shot.trim.end > shot.trim.start:
                raise UserError(M.SHOT_REASON, n=n, reason=Message(M.TRIM_END_BEFORE_START))
