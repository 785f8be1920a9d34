"""What the story strip is given: plain, frozen data (no Edit), in seconds of the video's timeline.

:func:`strip_data` makes them from a story's shots with :func:`app.project.story.layout`, so the
strip puts every joint on the frame the export puts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.project.story import FRAME_RATE, ClipShot, Shot, Transition, layout

CLIP, PHOTO = "clip", "photo"
CUT, CROSSFADE, DIP = "cut", "crossfade", "dip"


@dataclass(frozen=True)
class StripShot:
    kind: str  # CLIP | PHOTO
    source: str  # the file
    start: float  # where the shot begins on the video's timeline, seconds
    length: float  # how long it plays, seconds
    label: str = ""  # a short name (the file's); empty: none painted
    clip_start: float = 0.0  # a clip: where in the clip the shot begins (its thumbnails start there)

    @property
    def end(self) -> float:
        return self.start + self.length


@dataclass(frozen=True)
class StripJoint:
    """The joint into shot ``index`` (between shots ``index - 1`` and ``index``)."""

    index: int
    kind: str  # CUT | CROSSFADE | DIP
    at: float  # seconds on the video's timeline: where the next shot is fully in
    start: float | None = None  # where the transition begins and ends (None: at ``at``, a cut)
    end: float | None = None

    @property
    def span(self) -> tuple[float, float]:
        return (self.at if self.start is None else self.start, self.at if self.end is None else self.end)

    @property
    def middle(self) -> float:
        a, b = self.span
        return (a + b) / 2


@dataclass(frozen=True, eq=False)
class StripSong:
    on: bool = False
    peaks: np.ndarray | None = None  # the song's loudness, PEAK_RATE buckets a second (None: not known yet)
    start: float = 0.0  # where in the song the video begins
    seconds: float = 0.0  # the song's whole length (0: not known yet); the video loops it when longer
    name: str = ""
    filled: int = field(default=-1)  # buckets of ``peaks`` that arrived (-1: all of them)


def strip_data(shots: list[Shot], transition: Transition) -> tuple[list[StripShot], list[StripJoint], float]:
    """(shots, joints, total seconds) of a story, for :meth:`ui.story.strip.StoryStrip.set_story`."""
    starts, lengths, joints = layout(shots, transition)
    items = []
    for shot, start, frames in zip(shots, starts, lengths, strict=True):
        clip = isinstance(shot, ClipShot)
        items.append(StripShot(CLIP if clip else PHOTO, shot.source, start / FRAME_RATE, frames / FRAME_RATE,
                               Path(shot.source).name, shot.trim.start if isinstance(shot, ClipShot) else 0.0))
    marks = [StripJoint(j.index, str(j.kind), j.at, j.start, j.end) for j in joints]
    total = (starts[-1] + lengths[-1]) / FRAME_RATE if shots else 0.0
    return items, marks, total
