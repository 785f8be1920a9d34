"""File names and paths that Windows accepts, for every file the app names or writes.

Windows refuses, or silently changes, names that Linux and macOS take:

- the characters ``< > : " / \\ | ? *`` and control characters;
- a trailing dot or space (Windows drops it: ``video.`` becomes ``video``);
- the device names CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9 (and COM¹²³, LPT¹²³, CONIN$,
  CONOUT$), in any case, with or without an extension (``nul.mp4`` is the NUL device);
- a whole path of 260 characters or more (MAX_PATH, counted in UTF-16 units, with its final
  NUL). Windows 10 can lift that limit, but only when a registry switch is on, which school
  laptops do not have; and Explorer, USB-stick file systems and many players still stop at it.
  So the app refuses such a path *before* it starts ffmpeg, with a sentence that says what to do,
  rather than failing half-way. Wine does not enforce the limit, so the rule is unit-tested.

The rules are the same on every system (``windows=True`` to check as if on Windows): a name the
app makes on Linux may be copied to a Windows laptop or a FAT32/exFAT USB stick.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path, PurePath, PureWindowsPath

from app.errors import UserError
from app.messages import M, Message

FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
RESERVED = frozenset({
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")),
})
MAX_PATH = 260  # characters (UTF-16 units) including the terminating NUL: 259 usable
MAX_NAME = 255  # one path component, in UTF-16 units


def on_windows() -> bool:
    return sys.platform == "win32"


def utf16_len(text: str) -> int:
    """Length as Windows counts it (an emoji is two)."""
    return len(text.encode("utf-16-le")) // 2


def is_reserved(name: str) -> bool:
    """Whether Windows takes ``name`` for a device (``CON``, ``nul.mp4``, ``Com1 .txt``…)."""
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    return stem in RESERVED


def safe_name(name: str, fallback: str = "video") -> str:
    """``name`` (with its extension) changed just enough that Windows, macOS and Linux all take it."""
    name = unicodedata.normalize("NFC", name)
    name = FORBIDDEN.sub("-", name)
    name = name.strip(" ").rstrip(". ")
    if not name or set(name) <= {"."}:
        name = fallback
    if is_reserved(name):
        name = "_" + name
    if utf16_len(name) > MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        if not dot or utf16_len(ext) > 16:
            stem, ext = name, ""
        keep = MAX_NAME - (utf16_len(ext) + 1 if ext else 0)
        while utf16_len(stem) > keep:
            stem = stem[:-1]
        name = stem.rstrip(". ") + (f".{ext}" if ext else "")
    return name


def is_safe_name(name: str) -> bool:
    return bool(name) and safe_name(name) == unicodedata.normalize("NFC", name)


def path_problem(path: str | PurePath, windows: bool | None = None) -> Message | None:
    """Why Windows cannot write ``path`` (one sentence, as a Message), or None when it can.

    Checks the length rule and the file's own name (reserved names, forbidden characters,
    trailing dots and spaces); the folders above it exist already. ``windows`` defaults to
    "running on Windows": elsewhere nothing is refused unless ``windows=True``.
    """
    windows = on_windows() if windows is None else windows
    if not windows:
        return None
    text = str(path)
    name = PureWindowsPath(text).name  # splits at "\\" and "/" alike, on any system
    if name and not is_safe_name(name):
        return Message(M.NAME_NOT_WINDOWS, name=name, example=safe_name(name))
    if utf16_len(text) >= MAX_PATH:
        return Message(M.PATH_TOO_LONG, file=name or text, length=utf16_len(text), limit=MAX_PATH - 1)
    return None


def check_path(path: str | Path, windows: bool | None = None) -> None:
    """Raise :class:`UserError` with :func:`path_problem`'s sentence when Windows cannot write ``path``."""
    problem = path_problem(path, windows)
    if problem:
        raise UserError(problem)
