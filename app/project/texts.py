"""Text blocks on the video (titles, captions, free lines) and the edits a captions lane makes to them.

A block's ``start``/``end`` are seconds on the finished video's timeline. Every edit is a pure
function returning a :class:`Change` (which blocks it replaces, by what); :func:`apply` makes it
and :func:`invert` gives the change that undoes it exactly, so a GUI's undo stack holds Changes.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field

from app.errors import UserError
from app.messages import M
from app.project.choices import TextKind, TextPlace, TextStyle

MAX_TEXTS = 300
MAX_CHARS = 200  # one block's text (a caption is cut to 2 × 42 when it is drawn, see app.render.texts)
CAPTION_LINE_CHARS = 42
CAPTION_LINES = 2
MIN_TEXT_SECONDS = 0.3  # the shortest block the lane's handles leave
ROUND = 3  # times are kept to the millisecond, so a change and its inverse meet exactly


@dataclass(frozen=True)
class Word:
    """One spoken word's time (for karaoke), on the video's timeline."""

    text: str
    start: float
    end: float


@dataclass(frozen=True)
class TextBlock:
    text: str
    start: float
    end: float
    kind: TextKind = TextKind.CAPTION
    style: TextStyle = TextStyle.BOX
    place: TextPlace = TextPlace.BOTTOM
    y: float | None = None  # the block's centre as a fraction of the safe box's height; None: ``place``
    words: tuple[Word, ...] = field(default_factory=tuple)  # empty: karaoke spreads the words evenly

    @property
    def seconds(self) -> float:
        return self.end - self.start


def _t(value: float) -> float:
    return round(value, ROUND)


def validate(blocks: list[TextBlock]) -> None:
    """Raise :class:`UserError` naming the first block (1-based) whose values make no sense."""
    if len(blocks) > MAX_TEXTS:
        raise UserError(M.TOO_MANY_TEXTS, limit=MAX_TEXTS, count=len(blocks))
    for n, b in enumerate(blocks, 1):
        if not isinstance(b.text, str) or not b.text.strip():
            raise UserError(M.TEXT_EMPTY, n=n)
        if len(b.text) > MAX_CHARS:
            raise UserError(M.TEXT_BLOCK_TOO_LONG, n=n, limit=MAX_CHARS)
        for value in (b.start, b.end):
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
                raise UserError(M.TEXT_BAD_TIMES, n=n)
        if b.start < 0 or b.end <= b.start:
            raise UserError(M.TEXT_BAD_TIMES, n=n)
        if b.kind not in TextKind.__members__.values() or b.style not in TextStyle.__members__.values() \
                or b.place not in TextPlace.__members__.values():
            raise UserError(M.TEXT_DAMAGED, n=n)
        if b.y is not None and not (isinstance(b.y, (int, float)) and 0 <= b.y <= 1):
            raise UserError(M.TEXT_DAMAGED, n=n)
        last = b.start
        for w in b.words:
            if not (last - 1e-6 <= w.start <= w.end <= b.end + 1e-6):
                raise UserError(M.TEXT_BAD_WORDS, n=n)
            last = w.start


def showing(blocks: list[TextBlock], t: float) -> list[TextBlock]:
    """The blocks on screen at second ``t`` (what the preview draws)."""
    return [b for b in blocks if b.start <= t < b.end]


# --- changes -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """``blocks[index:index + len(before)]`` becomes ``after``."""

    index: int
    before: tuple[TextBlock, ...]
    after: tuple[TextBlock, ...]


def apply(blocks: list[TextBlock], change: Change) -> list[TextBlock]:
    i, n = change.index, len(change.before)
    if tuple(blocks[i:i + n]) != change.before:
        raise ValueError("the change does not fit these blocks")
    return [*blocks[:i], *change.after, *blocks[i + n:]]


def invert(change: Change) -> Change:
    return Change(change.index, change.after, change.before)


def _one(blocks: list[TextBlock], i: int, new: TextBlock) -> Change:
    return Change(i, (blocks[i],), (new,))


def _shift_words(words: tuple[Word, ...], delta: float) -> tuple[Word, ...]:
    return tuple(Word(w.text, _t(w.start + delta), _t(w.end + delta)) for w in words)


def move(blocks: list[TextBlock], i: int, delta: float, duration: float | None = None) -> Change:
    """Block ``i`` ``delta`` seconds later (earlier if negative), kept within 0..``duration``."""
    b = blocks[i]
    low = -b.start
    high = math.inf if duration is None else max(low, duration - b.end)
    delta = _t(min(max(delta, low), high))
    return _one(blocks, i, dataclasses.replace(b, start=_t(b.start + delta), end=_t(b.end + delta),
                                               words=_shift_words(b.words, delta)))


def stretch(blocks: list[TextBlock], i: int, start: float | None = None, end: float | None = None,
            duration: float | None = None) -> Change:
    """Block ``i`` with a new start and/or end (its handles); at least MIN_TEXT_SECONDS long."""
    b = blocks[i]
    s = b.start if start is None else max(0.0, min(start, b.end - MIN_TEXT_SECONDS))
    e = b.end if end is None else max(s + MIN_TEXT_SECONDS, end)
    if duration is not None:
        e = min(e, max(duration, s + MIN_TEXT_SECONDS))
    s, e = _t(s), _t(e)
    words = tuple(Word(w.text, min(max(w.start, s), e), min(max(w.end, s), e)) for w in b.words)
    return _one(blocks, i, dataclasses.replace(b, start=s, end=e, words=words))


def split(blocks: list[TextBlock], i: int, at: float) -> Change:
    """Block ``i`` cut in two at second ``at``; the text is cut at the word boundary nearest to it
    (by the word timings when there are some, else in proportion to the characters)."""
    b = blocks[i]
    if b.seconds < 2 * MIN_TEXT_SECONDS:
        raise UserError(M.TEXT_TOO_SHORT_TO_SPLIT)
    at = _t(min(max(at, b.start + MIN_TEXT_SECONDS), b.end - MIN_TEXT_SECONDS))
    if not b.start < at < b.end:
        raise UserError(M.TEXT_TOO_SHORT_TO_SPLIT)
    parts = b.text.split(" ")
    if len(parts) < 2:
        first_text, second_text = b.text, b.text
    else:
        if b.words and len(b.words) == len(parts):
            cut = sum(1 for w in b.words if (w.start + w.end) / 2 < at)
        else:
            share = (at - b.start) / b.seconds * len(b.text)
            ends = [len(" ".join(parts[:k])) for k in range(1, len(parts))]
            cut = 1 + min(range(len(ends)), key=lambda k: abs(ends[k] - share))
        cut = min(max(cut, 1), len(parts) - 1)
        first_text, second_text = " ".join(parts[:cut]), " ".join(parts[cut:])
    first_words = tuple(w for w in b.words if (w.start + w.end) / 2 < at)
    second_words = tuple(w for w in b.words if (w.start + w.end) / 2 >= at)
    first = dataclasses.replace(b, text=first_text, end=at,
                                words=tuple(Word(w.text, w.start, min(w.end, at)) for w in first_words))
    second = dataclasses.replace(b, text=second_text, start=at,
                                 words=tuple(Word(w.text, max(w.start, at), w.end) for w in second_words))
    return Change(i, (b,), (first, second))


def merge(blocks: list[TextBlock], i: int) -> Change:
    """Block ``i`` and the next one as one block from the first's start to the second's end."""
    if not 0 <= i < len(blocks) - 1:
        raise UserError(M.TEXT_NOTHING_TO_MERGE)
    a, b = blocks[i], blocks[i + 1]
    joined = dataclasses.replace(a, text=f"{a.text} {b.text}"[:MAX_CHARS], start=min(a.start, b.start),
                                 end=max(a.end, b.end), words=a.words + b.words)
    return Change(i, (a, b), (joined,))


def edit_text(blocks: list[TextBlock], i: int, text: str) -> Change:
    """Block ``i`` with the user's corrected text. Word timings stay while the number of words is
    the same (a corrected word keeps its time); otherwise karaoke spreads the words evenly."""
    b = blocks[i]
    text = " ".join(text.split())
    if not text:
        raise UserError(M.TEXT_EMPTY, n=i + 1)
    if len(text) > MAX_CHARS:
        raise UserError(M.TEXT_BLOCK_TOO_LONG, n=i + 1, limit=MAX_CHARS)
    new = text.split(" ")
    words = tuple(Word(t, w.start, w.end) for t, w in zip(new, b.words, strict=True)) \
        if len(new) == len(b.words) else ()
    return _one(blocks, i, dataclasses.replace(b, text=text, words=words))


def add(blocks: list[TextBlock], block: TextBlock) -> Change:
    """``block`` put in its place in time order."""
    index = sum(1 for b in blocks if (b.start, b.end) <= (block.start, block.end))
    return Change(index, (), (block,))


def remove(blocks: list[TextBlock], i: int) -> Change:
    return Change(i, (blocks[i],), ())


def restyle(blocks: list[TextBlock], i: int, **values: object) -> Change:
    """Block ``i`` with other kind/style/place/y (the GUI's style buttons)."""
    return _one(blocks, i, dataclasses.replace(blocks[i], **values))  # type: ignore[arg-type]


# --- project file ------------------------------------------------------------------------------------

def to_json(blocks: list[TextBlock]) -> list[dict[str, object]]:
    out = []
    for b in blocks:
        item: dict[str, object] = {"text": b.text, "start": b.start, "end": b.end, "kind": str(b.kind),
                                   "style": str(b.style), "place": str(b.place), "y": b.y}
        if b.words:
            item["words"] = [[w.text, w.start, w.end] for w in b.words]
        out.append(item)
    return out


def _number(value: object, n: int) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise UserError(M.TEXT_DAMAGED, n=n)
    return float(value)


def _choice(raw: dict[str, object], key: str, kind: type, default: object, n: int) -> object:
    value = raw.get(key, default)
    try:
        return kind(value)
    except ValueError:
        raise UserError(M.TEXT_DAMAGED, n=n) from None


def from_json(raw: object) -> list[TextBlock]:
    if not isinstance(raw, list):
        raise UserError(M.PROJECT_SECTION, field="texts")
    blocks = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise UserError(M.TEXT_DAMAGED, n=n)
        words = []
        for w in item.get("words") or []:
            if not (isinstance(w, list) and len(w) == 3 and isinstance(w[0], str)):
                raise UserError(M.TEXT_BAD_WORDS, n=n)
            words.append(Word(w[0], _number(w[1], n), _number(w[2], n)))
        y = item.get("y")
        blocks.append(TextBlock(
            item["text"], _number(item.get("start"), n), _number(item.get("end"), n),
            _choice(item, "kind", TextKind, "caption", n),  # type: ignore[arg-type]
            _choice(item, "style", TextStyle, "box", n),  # type: ignore[arg-type]
            _choice(item, "place", TextPlace, "bottom", n),  # type: ignore[arg-type]
            None if y is None else _number(y, n), tuple(words)))
    return blocks
