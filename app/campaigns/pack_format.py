"""``campaign.toml``: the fields of a campaign pack, each checked with a message naming it.

A pack is a folder (or a .zip of one)::

    format = 1                      # pack format version (optional, 1)
    id = "anakgenius"               # a-z, 0-9 and '-', up to 40
    name_id = "…"                   # the name in Indonesian
    name_en = "…"                   # … and in English
    hashtag = "#AnakGENIUS"
    caption_hashtags = ["#AnakGENIUS", "#HariAnakNasional"]
    description = "…"
    starts = 2018-07-20             # optional dates (TOML dates)
    ends = 2018-07-25
    max_seconds = 60                # the length limit
    logo = "logo.png"               # optional PNG/JPEG/WebP in the pack

    [song]                          # optional
    file = "song.m4a"               # in the pack, or a bundled song by bare name
    title = "…"; credit = "…"; licence = "…"; suggested_start = 0.0
    chorus_start = 24.4; stands_in_for = "…"    # optional

    [watermark]
    font = "Lato-Black.ttf"         # in the pack, or a bundled font by bare name
    fill = "#FFFFFF"; outline = "#C2185B"; position = "bottom-right"; scale = 1.0

    [colours]                       # optional
    primary = "#C2185B"; accent = "#FFC83D"; text = "#FFFFFF"

    [card]                          # optional caption card (lower-third or end card)
    title = "Anak GENIUS"; subtitle = "Hari Anak Nasional"; end_seconds = 3.0
    font = "Lato-Bold.ttf"          # optional
    items = [{ key = "G", word = "Gesit" }, …]   # up to 6

Unknown fields are refused too, so a typo never passes silently.
"""

from __future__ import annotations

import math
import re
import tomllib
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from app.campaigns.model import Campaign, Card, CardItem, Colours, Song, WatermarkStyle
from app.campaigns.pack_files import (
    MAX_TOML_BYTES,
    PackError,
    check_audio,
    check_font,
    check_image,
    pack_file,
    safe_relative,
)
from app.messages import M, Message, as_is, os_reason
from app.paths import assets_dir
from app.project.choices import DEFAULT_POSITION, Position, values
from app.safe_names import is_reserved

FORMAT = 1
TOML_NAME = "campaign.toml"
ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
HASHTAG = re.compile(r"^#\w{1,39}$")
COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
MAX_ITEMS = 6

TOP = {"format", "id", "name_id", "name_en", "hashtag", "caption_hashtags", "description", "starts", "ends",
       "max_seconds", "logo", "song", "watermark", "colours", "card"}
SONG = {"file", "title", "credit", "licence", "suggested_start", "chorus_start", "stands_in_for"}
WATERMARK = {"font", "fill", "outline", "position", "scale"}
COLOURS = {"primary", "accent", "text"}
CARD = {"title", "subtitle", "end_seconds", "font", "items"}
ITEM = {"key", "word"}


def load_pack(folder: Path, builtin: bool = False) -> Campaign:
    """Read and check the pack in ``folder``: fields and every file it names."""
    toml = folder / TOML_NAME
    if toml.is_symlink() or not toml.is_file():
        raise PackError(M.PACK_NO_TOML, file=TOML_NAME)
    if toml.stat().st_size > MAX_TOML_BYTES:
        raise PackError(M.FILE_LARGER_THAN, file=TOML_NAME, limit=MAX_TOML_BYTES // 1024, unit="KB")
    try:
        text = toml.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise PackError(M.NOT_UTF8, file=TOML_NAME) from None
    except OSError as exc:
        raise PackError(M.CANNOT_READ_BECAUSE, file=TOML_NAME, reason=os_reason(exc)) from None
    return parse_pack(text, folder, builtin)


def parse_pack(text: str, folder: Path, builtin: bool = False) -> Campaign:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(_toml_problem(exc)) from None
    except (RecursionError, ValueError):
        raise PackError(M.TOML_INVALID, file=TOML_NAME) from None
    return campaign_from_dict(data, folder, builtin)


def campaign_from_dict(data: Any, folder: Path, builtin: bool = False) -> Campaign:
    """The Campaign described by ``data`` (a parsed campaign.toml) for the pack in ``folder``."""
    if not isinstance(data, dict):
        raise PackError(M.NOT_A_FIELD_TABLE, file=TOML_NAME)
    _known(data, TOP, "")
    version = _int(data, "format", "", 1, 1000, FORMAT)
    if version > FORMAT:
        raise PackError(M.NEWER_FORMAT, version=version)
    campaign_id = _text(data, "id", "", 40)
    if not ID.match(campaign_id):
        raise PackError(M.BAD_ID, value=campaign_id)
    if is_reserved(campaign_id):  # the pack's folder is named after it: "con" is a device on Windows
        raise PackError(M.ID_RESERVED, id=campaign_id)
    hashtag = _hashtag(_text(data, "hashtag", "", 40), "hashtag")
    caption = _list(data, "caption_hashtags", "", 10)
    caption_hashtags = tuple(_hashtag(_as_text(v, f"caption_hashtags[{i}]", 40), f"caption_hashtags[{i}]")
                             for i, v in enumerate(caption)) if caption is not None else (hashtag,)
    starts, ends = _date(data, "starts"), _date(data, "ends")
    if starts and ends and ends < starts:
        raise PackError(M.ENDS_BEFORE_STARTS)
    logo = None
    if "logo" in data:
        logo = pack_file(folder, data["logo"], "logo")
        check_image(logo, "logo")
    watermark = _watermark(_required_table(data, "watermark"), folder)
    colours = _colours(_table(data, "colours"))
    song_data = _table(data, "song")
    card_data = _table(data, "card")
    return Campaign(
        id=campaign_id,
        name_id=_text(data, "name_id", "", 80),
        name_en=_text(data, "name_en", "", 80),
        hashtag=hashtag,
        max_seconds=_number(data, "max_seconds", "", 1, 600, 60.0),
        song=_song(song_data, folder) if song_data is not None else None,
        watermark=watermark,
        caption_hashtags=caption_hashtags,
        description=_text(data, "description", "", 300, ""),
        starts=starts,
        ends=ends,
        colours=colours,
        logo=logo,
        card=_card(card_data, folder, watermark.font) if card_data is not None else None,
        folder=folder,
        builtin=builtin,
    )


def _song(data: dict, folder: Path) -> Song:
    _known(data, SONG, "song.")
    path = _file_or_bundled(folder, data, "file", "song.", "song")
    check_audio(path, "song.file")
    chorus = _number(data, "chorus_start", "song.", 0, 3600, None)
    return Song(
        path=path,
        title=_text(data, "title", "song.", 120),
        credit=_text(data, "credit", "song.", 200),
        licence=_text(data, "licence", "song.", 120),
        suggested_start=_number(data, "suggested_start", "song.", 0, 3600, 0.0),
        chorus_start=chorus,
        stands_in_for=_text(data, "stands_in_for", "song.", 200, ""),
    )


def _watermark(data: dict, folder: Path) -> WatermarkStyle:
    _known(data, WATERMARK, "watermark.")
    font = _file_or_bundled(folder, data, "font", "watermark.", "fonts")
    check_font(font, "watermark.font")
    position = _text(data, "position", "watermark.", 20, DEFAULT_POSITION)
    if position not in values(Position):
        raise PackError(M.NOT_ONE_OF, field="watermark.position", choices=", ".join(values(Position)), value=position)
    return WatermarkStyle(
        font=font,
        fill=_colour(data, "fill", "watermark.", "#FFFFFF"),
        outline=_colour(data, "outline", "watermark.", "#000000"),
        position=Position(position),
        scale=_number(data, "scale", "watermark.", 0.25, 4, 1.0),
    )


def _colours(data: dict | None) -> Colours:
    if data is None:
        return Colours()
    _known(data, COLOURS, "colours.")
    default = Colours()
    return Colours(
        primary=_colour(data, "primary", "colours.", default.primary),
        accent=_colour(data, "accent", "colours.", default.accent),
        text=_colour(data, "text", "colours.", default.text),
    )


def _card(data: dict, folder: Path, default_font: Path) -> Card:
    _known(data, CARD, "card.")
    font = default_font
    if "font" in data:
        font = _file_or_bundled(folder, data, "font", "card.", "fonts")
        check_font(font, "card.font")
    raw_items = _list(data, "items", "card.", MAX_ITEMS) or []
    items = []
    for i, raw in enumerate(raw_items):
        name = f"card.items[{i}]"
        if not isinstance(raw, dict):
            raise PackError(M.NOT_A_TABLE_LIKE, field=name, example='{ key = "G", word = "Gesit" }')
        _known(raw, ITEM, f"{name}.")
        key = _text(raw, "key", f"{name}.", 3)
        word = _text(raw, "word", f"{name}.", 14)
        if not key.strip() or not word.strip():
            raise PackError(M.NEEDS_KEY_AND_WORD, field=name)
        items.append(CardItem(key=key, word=word))
    return Card(
        title=_text(data, "title", "card.", 40),
        items=tuple(items),
        subtitle=_text(data, "subtitle", "card.", 60, ""),
        end_seconds=_number(data, "end_seconds", "card.", 1, 10, 3.0),
        font=font,
    )


def _file_or_bundled(folder: Path, data: dict, key: str, prefix: str, bundled: str) -> Path:
    """A file in the pack; a bare name not in the pack may name a bundled font or song."""
    name = data.get(key)
    field = f"{prefix}{key}"
    if name is None:
        raise PackError(M.MISSING, field=field)
    relative = safe_relative(name, field)
    if len(relative.parts) == 1 and not (folder / relative).exists():
        candidate = assets_dir() / bundled / relative.name
        if candidate.is_file():
            return candidate
    return pack_file(folder, name, field)


def _known(data: dict, allowed: set[str], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            raise PackError(M.UNKNOWN_FIELD, field=f"{prefix}{key}")


def _required_table(data: dict, key: str) -> dict:
    table = _table(data, key)
    if table is None:
        raise PackError(M.MISSING, field=f"[{key}]")
    return table


def _table(data: dict, key: str) -> dict | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, dict):
        raise PackError(M.NOT_A_TABLE, field=key, example=f"[{key}]")
    return value


def _as_text(value: Any, field: str, max_len: int) -> str:
    if not isinstance(value, str):
        raise PackError(M.NOT_TEXT, field=field, kind=_kind(value))
    if len(value) > max_len:
        raise PackError(M.TEXT_TOO_LONG, field=field, limit=max_len)
    if any(ord(c) < 32 and c not in "\t" for c in value):
        raise PackError(M.NOT_ONE_LINE, field=field)
    return value


def _text(data: dict, key: str, prefix: str, max_len: int, default: str | None = None) -> str:
    if key not in data:
        if default is None:
            raise PackError(M.MISSING, field=f"{prefix}{key}")
        return default
    return _as_text(data[key], f"{prefix}{key}", max_len)


def _number(data: dict, key: str, prefix: str, low: float, high: float, default: Any) -> Any:
    field = f"{prefix}{key}"
    if key not in data:
        return default
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PackError(M.NOT_A_NUMBER, field=field, kind=_kind(value))
    if (isinstance(value, float) and math.isnan(value)) or not low <= value <= high:
        raise PackError(M.OUT_OF_RANGE, field=field, low=low, high=high, value=value)
    return float(value)


def _int(data: dict, key: str, prefix: str, low: int, high: int, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise PackError(M.NOT_WHOLE, field=f"{prefix}{key}", low=low, high=high)
    return value


def _list(data: dict, key: str, prefix: str, max_len: int) -> list | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, list):
        raise PackError(M.NOT_A_LIST, field=f"{prefix}{key}", kind=_kind(value))
    if len(value) > max_len:
        raise PackError(M.TOO_MANY_ENTRIES, field=f"{prefix}{key}", limit=max_len)
    return value


def _hashtag(value: str, field: str) -> str:
    if not HASHTAG.match(value):
        raise PackError(M.BAD_HASHTAG, field=field, value=value)
    return value


def _colour(data: dict, key: str, prefix: str, default: str) -> str:
    value = _text(data, key, prefix, 7, default)
    if not COLOUR.match(value):
        raise PackError(M.NOT_A_COLOUR, field=f"{prefix}{key}", example="#C2185B", value=value)
    return value.upper()


def _date(data: dict, key: str) -> date | None:
    if key not in data:
        return None
    value = data[key]
    if not isinstance(value, date) or hasattr(value, "hour"):
        raise PackError(M.NOT_A_DATE, field=key, example="2018-07-20", kind=_kind(value))
    return value


_KINDS = {bool: M.KIND_TRUE_FALSE, int: M.KIND_NUMBER, float: M.KIND_NUMBER, str: M.KIND_TEXT, list: M.KIND_LIST,
          dict: M.KIND_TABLE, date: M.KIND_DATE, datetime: M.KIND_DATETIME, time: M.KIND_TIME}
_TOML_WHERE = re.compile(  # tomllib: "Expected '=' after a key in a key/value pair (at line 1, column 5)"
    r"^(?P<problem>.*) \((?:at line (?P<line>\d+), column (?P<column>\d+)|(?P<end>at end of document))\)$")


def _kind(value: Any) -> Message:
    """What a wrong value is instead ("must be a number, not text")."""
    kind = _KINDS.get(type(value))
    return Message(kind) if kind else as_is(type(value).__name__)


def _toml_problem(exc: tomllib.TOMLDecodeError) -> Message:
    """tomllib's reason, with where it is (line and column, or the end) for the translation."""
    where = _TOML_WHERE.match(str(exc))
    if where is None:
        return Message(M.TOML_BECAUSE, file=TOML_NAME, problem=str(exc))
    if where["end"]:
        return Message(M.TOML_AT_END, file=TOML_NAME, problem=where["problem"])
    return Message(M.TOML_AT, file=TOML_NAME, problem=where["problem"], line=where["line"], column=where["column"])
