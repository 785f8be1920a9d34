"""Recognised words → readable caption blocks: ≤ 2 lines of ≤ 42 characters, ≥ 1 s on screen.

A block ends at the end of a sentence, at a pause, or when the next word would not fit in two
lines; a block shorter than a second is held longer (up to the next block's start) or, when
there is no room, joined to its neighbour if that still fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.texts import CAPTION_LINE_CHARS, CAPTION_LINES, TextBlock, Word

MIN_SECONDS = 1.0
PAUSE = 0.7  # a silence this long between words starts a new caption
SENTENCE_END = (".", "!", "?", "…")


def fits(words: list[str]) -> bool:
    """Whether the words wrap (at word boundaries) into ≤ 2 lines of ≤ 42 characters."""
    lines: list[str] = []
    for word in words:
        if len(word) > CAPTION_LINE_CHARS:
            return False
        if lines and len(lines[-1]) + 1 + len(word) <= CAPTION_LINE_CHARS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return len(lines) <= CAPTION_LINES


@dataclass
class _Group:
    words: list[Word]

    @property
    def texts(self) -> list[str]:
        return [w.text for w in self.words]


def _groups(words: list[Word]) -> list[_Group]:
    groups: list[_Group] = []
    for word in words:
        if groups:
            last = groups[-1]
            previous = last.words[-1]
            new = (previous.text.endswith(SENTENCE_END) or word.start - previous.end >= PAUSE
                   or not fits([*last.texts, word.text]))
            if not new:
                last.words.append(word)
                continue
        groups.append(_Group([word]))
    return groups


def to_blocks(words: list[Word], duration: float | None = None, style: TextStyle = TextStyle.KARAOKE,
              place: TextPlace = TextPlace.BOTTOM) -> list[TextBlock]:
    """Caption blocks (with their word timings, for karaoke) from recognised words in time order."""
    words = [Word(w.text.strip(), w.start, max(w.end, w.start)) for w in words if w.text.strip()]
    groups = _groups(words)
    # a too-short group joins its neighbour when the two still fit
    merged: list[_Group] = []
    for group in groups:
        short = merged and (merged[-1].words[-1].end - merged[-1].words[0].start < MIN_SECONDS
                            or group.words[-1].end - group.words[0].start < MIN_SECONDS)
        if short and fits([*merged[-1].texts, *group.texts]) and group.words[0].start - merged[-1].words[-1].end < 2:
            merged[-1].words.extend(group.words)
        else:
            merged.append(group)
    blocks: list[TextBlock] = []
    for n, group in enumerate(merged):
        start = round(group.words[0].start, 3)
        end = group.words[-1].end
        if end - start < MIN_SECONDS:
            limit = merged[n + 1].words[0].start if n + 1 < len(merged) else (duration or end + MIN_SECONDS)
            end = max(end, min(start + MIN_SECONDS, limit))
            if end - start < MIN_SECONDS:  # no room after: start earlier, after the block before
                floor = blocks[-1].end if blocks else 0.0
                start = max(floor, end - MIN_SECONDS)
        end = round(end, 3)
        timed = tuple(Word(w.text, round(min(max(w.start, start), end), 3), round(min(max(w.end, start), end), 3))
                      for w in group.words)
        blocks.append(TextBlock(" ".join(group.texts), start, end, TextKind.CAPTION, style, place, None, timed))
    return blocks
