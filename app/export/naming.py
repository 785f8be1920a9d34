"""File names for exports: readable, unique, and valid on Windows, macOS and Linux."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from app.files import being_written
from app.safe_names import is_reserved

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')  # what Windows refuses in a name
MAX_STEM = 100


def safe_stem(text: str) -> str:
    """A file name stem without characters or names any of the three systems refuse."""
    text = unicodedata.normalize("NFC", text)
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"\s+", " ", text).strip(" .-")
    text = re.sub(r"-{2,}", "-", text)
    if is_reserved(text):  # CON, nul.mp4, COM¹, "AUX .x"…
        text = "_" + text
    return text[:MAX_STEM].rstrip(" .") or "video"


def default_name(hashtag: str, source: str | Path, day: dt.date | None = None) -> str:
    """``AnakGENIUS - klip saya - 2026-11-28.mp4``: campaign hashtag + clip name + date."""
    day = day or dt.date.today()
    parts = [hashtag.lstrip("#"), Path(source).stem, day.isoformat()]
    return safe_stem(" - ".join(p for p in parts if p)) + ".mp4"


def unique_path(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or ``name (2)``, ``name (3)``… if it is taken (or another export is
    making it right now)."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while candidate.exists() or being_written(candidate):
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate
