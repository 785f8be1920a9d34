"""SubRip subtitles (.srt) in and out: captions as text blocks, and text blocks as captions.

Reading keeps every good block and names each bad one by its line number (the file as a
Notepad user sees it); the file may be UTF-8 (with or without a BOM) or Windows-1252.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app import files
from app.errors import UserError
from app.messages import M, Message
from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.texts import MAX_CHARS, TextBlock

_TIME = r"(\d{1,3}):([0-5]?\d):([0-5]?\d)(?:[,.](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+.*)?$")
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")  # <i>, <font ...>, {\an8}: styling we do not keep


@dataclass(frozen=True)
class SrtResult:
    blocks: list[TextBlock]
    problems: list[Message]  # one per bad subtitle, naming its line


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252 (what Notepad wrote for years)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _seconds(h: str, m: str, s: str, ms: str | None) -> float:
    fraction = int((ms or "0").ljust(3, "0")) / 1000
    return int(h) * 3600 + int(m) * 60 + int(s) + fraction


def parse(text: str, style: TextStyle = TextStyle.BOX, place: TextPlace = TextPlace.BOTTOM) -> SrtResult:
    """The captions in SubRip text. A block is: an optional number line, a timing line, text lines,
    a blank line. Blocks with a bad timing or no text are left out and reported."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[TextBlock] = []
    problems: list[Message] = []
    n = 0
    while n < len(lines):
        if not lines[n].strip():
            n += 1
            continue
        group: list[tuple[int, str]] = []
        while n < len(lines) and lines[n].strip():
            group.append((n + 1, lines[n].strip()))
            n += 1
        if len(group) > 1 and group[0][1].isdigit() and "-->" not in group[0][1]:
            group = group[1:]
        line_no, timing = group[0]
        match = _TIMING.match(timing)
        if not match:
            problems.append(Message(M.SRT_BAD_LINE, line=line_no, reason=Message(M.SRT_BAD_TIMING)))
            continue
        g = match.groups()
        start, end = _seconds(*g[:4]), _seconds(*g[4:])
        words = " ".join(" ".join(_TAGS.sub("", t).split()) for _, t in group[1:]).strip()
        if end <= start:
            problems.append(Message(M.SRT_BAD_LINE, line=line_no, reason=Message(M.SRT_END_BEFORE_START)))
        elif not words:
            problems.append(Message(M.SRT_BAD_LINE, line=line_no, reason=Message(M.SRT_NO_TEXT)))
        elif len(words) > MAX_CHARS:
            problems.append(Message(M.SRT_BAD_LINE, line=line_no,
                                    reason=Message(M.SRT_TOO_LONG, limit=MAX_CHARS)))
        else:
            blocks.append(TextBlock(words, round(start, 3), round(end, 3), TextKind.CAPTION, style, place))
    blocks.sort(key=lambda b: (b.start, b.end))
    return SrtResult(blocks, problems)


def read(path: str | Path, style: TextStyle = TextStyle.BOX, place: TextPlace = TextPlace.BOTTOM) -> SrtResult:
    """The file's captions; UserError when it cannot be read or holds no usable subtitle at all."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(M.NOT_FOUND, path=path) from None
    except OSError:
        raise UserError(M.SRT_UNREADABLE, file=path.name) from None
    if b"\x00" in data[:4096]:  # UTF-16 or a binary file
        raise UserError(M.SRT_UNREADABLE, file=path.name)
    result = parse(decode(data), style, place)
    if not result.blocks:
        raise UserError(M.SRT_NO_BLOCKS, file=path.name)
    return result


def stamp(seconds: float) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def dumps(blocks: list[TextBlock], duration: float | None = None) -> str:
    """The blocks as SubRip text (UTF-8, numbered from 1, in time order; none past ``duration``)."""
    out = []
    n = 0
    for b in sorted(blocks, key=lambda b: (b.start, b.end)):
        end = b.end if duration is None else min(b.end, duration)
        if end <= b.start:
            continue
        n += 1
        out.append(f"{n}\n{stamp(b.start)} --> {stamp(end)}\n{b.text}\n")
    return "\n".join(out)


def captions(blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks a subtitle file holds: the captions (titles and free lines stay on the picture)."""
    return [b for b in blocks if b.kind == TextKind.CAPTION]


def write(path: str | Path, blocks: list[TextBlock], duration: float | None = None) -> Path:
    """Write the captions as an .srt, atomically."""
    path = Path(path)
    files.write_text(path, dumps(captions(blocks), duration))
    return path


def beside(video: str | Path) -> Path:
    """The .srt that goes beside a video: same name, .srt."""
    return Path(video).with_suffix(".srt")
