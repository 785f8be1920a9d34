"""A story: the Edit's ordered shots (clips and photos) and the joints between them.

Pure data and arithmetic, no media access. The timeline counts in frames of the export's
30 fps: every shot lasts a whole number of frames, so where a joint falls here is where the
export puts it (``app.render.story`` uses the same numbers).

An Edit whose ``shots`` list is empty is a one-shot story of its ``source``/``trim``/``framing``
(projects saved before stories existed, and the one-clip editor); :func:`shots_of` gives the
shots either way, and :class:`Story` (the API a GUI calls) turns a one-shot Edit into a list
the first time a shot is added.

Undo: every change is one call with an exact inverse — ``insert(i, s)`` ↔ ``remove(i)``,
``move(a, b)`` ↔ ``move(b, a)``, ``duplicate(i)`` ↔ ``remove(i + 1)``, and ``replace(i, s)``
returns the shot it replaced.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.kinds import is_photo_name
from app.messages import M, Message
from app.project.choices import TransitionKind
from app.project.edit import (
    MAX_SHOTS,
    MAX_TRANSITION,
    MIN_SHOT_SECONDS,
    MIN_TRANSITION,
    PHOTO_SECONDS,
    TRANSITIONS,
    ClipShot,
    Edit,
    PhotoShot,
    Shot,
    Transition,
    Trim,
    upgrade,
)
from app.project.hide import HideFaces

__all__ = [  # the shots' data live in app.project.edit (the Edit's file); here for the GUI's convenience
    "MAX_SHOTS", "MAX_TRANSITION", "MIN_SHOT_SECONDS", "MIN_TRANSITION", "PHOTO_SECONDS", "TRANSITIONS",
    "ClipShot", "PhotoShot", "Shot", "Transition", "upgrade",
    "FRAME_RATE", "Joint", "Story", "fit", "layout", "shots_of", "story_from_files", "total_frames",
]

FRAME_RATE = 30  # the export's frame rate (app.render.presets.FPS; a test keeps them equal)


@dataclass(frozen=True)
class Joint:
    """The joint between shot ``index - 1`` and shot ``index``."""

    index: int
    kind: TransitionKind
    frames: int  # how long the transition lasts (0 for a cut)
    at: float  # seconds into the video where the next shot is fully in (a cut's or dip's middle)
    start: float  # where the transition begins
    end: float  # where it ends


def to_frames(seconds: float) -> int:
    return max(0, int(math.floor(seconds * FRAME_RATE + 0.5)))


def raw_seconds(shot: Shot) -> float:
    """How long the shot plays before it is counted in frames."""
    if isinstance(shot, PhotoShot):
        return shot.seconds
    end = shot.trim.end
    if shot.clip_seconds > 0:
        end = shot.clip_seconds if end is None else min(end, shot.clip_seconds)
    if end is None:
        return 0.0
    return max(0.0, end - shot.trim.start)


def shot_frames(shot: Shot) -> int:
    return to_frames(raw_seconds(shot))


def transition_for(edit_transition: Transition, shot: Shot) -> Transition:
    return shot.transition if shot.transition is not None else edit_transition


def overlap_frames(transition: Transition, before: int, after: int) -> int:
    """Frames the two shots share at a crossfade (never more than half of either)."""
    if transition.kind != TransitionKind.CROSSFADE:
        return 0
    return max(1, min(to_frames(transition.seconds), before // 2, after // 2))


def dip_frames(transition: Transition, before: int, after: int) -> tuple[int, int]:
    """Frames of the fade out of the shot before and the fade in of the shot after a dip."""
    if transition.kind != TransitionKind.DIP:
        return 0, 0
    total = to_frames(transition.seconds)
    out, into = total // 2, total - total // 2
    return min(out, before // 2), min(into, after // 2)


def layout(shots: list[Shot], transition: Transition) -> tuple[list[int], list[int], list[Joint]]:
    """(start frame of each shot, frames of each shot, the joints) on the video's timeline."""
    lengths = [shot_frames(s) for s in shots]
    starts: list[int] = []
    joints: list[Joint] = []
    cursor = 0
    for i, (shot, n) in enumerate(zip(shots, lengths, strict=True)):
        if i == 0:
            starts.append(0)
            cursor = n
            continue
        t = transition_for(transition, shot)
        overlap = overlap_frames(t, lengths[i - 1], n)
        start = cursor - overlap
        starts.append(start)
        if t.kind == TransitionKind.CROSSFADE:
            joints.append(Joint(i, TransitionKind.CROSSFADE, overlap, start / FRAME_RATE, start / FRAME_RATE,
                                cursor / FRAME_RATE))
        elif t.kind == TransitionKind.DIP:
            out, into = dip_frames(t, lengths[i - 1], n)
            joints.append(Joint(i, TransitionKind.DIP, out + into, start / FRAME_RATE, (start - out) / FRAME_RATE,
                                (start + into) / FRAME_RATE))
        else:
            joints.append(Joint(i, TransitionKind.CUT, 0, start / FRAME_RATE, start / FRAME_RATE, start / FRAME_RATE))
        cursor = start + n
    return starts, lengths, joints


def total_frames(shots: list[Shot], transition: Transition) -> int:
    starts, lengths, _ = layout(shots, transition)
    return starts[-1] + lengths[-1] if shots else 0


def shots_of(edit: Edit) -> list[Shot]:
    """The story's shots: the list, or the one clip of a one-shot Edit (a copy of it)."""
    if edit.shots:
        return list(edit.shots)
    if not edit.source:
        return []
    shot = ClipShot(edit.source, copy.deepcopy(edit.trim), copy.deepcopy(edit.framing), edit.audio.clip_volume)
    shot.hide = copy.deepcopy(edit.hide)  # #17 the clip's hidden faces go with it into the story
    return [shot]


def is_story(edit: Edit) -> bool:
    """True when the Edit needs the story export (more than one shot, a photo, or transitions)."""
    return bool(edit.shots) and not _plain_one_clip(edit)


def _plain_one_clip(edit: Edit) -> bool:
    return len(edit.shots) == 1 and isinstance(edit.shots[0], ClipShot)


def as_one_clip(edit: Edit) -> Edit:
    """A one-shot story as the one-clip Edit it is (the export of today, exactly)."""
    if not _plain_one_clip(edit):
        return edit
    shot = edit.shots[0]
    assert isinstance(shot, ClipShot)
    one = copy.deepcopy(edit)
    one.shots = []
    one.source, one.trim, one.framing = shot.source, copy.deepcopy(shot.trim), copy.deepcopy(shot.framing)
    one.audio.clip_volume = shot.volume
    one.hide = copy.deepcopy(shot.hide)  # #17
    return one


class Story:
    """The calls a timeline makes on an Edit's shots. Each change is undone by its inverse."""

    def __init__(self, edit: Edit) -> None:
        self.edit = edit

    @property
    def shots(self) -> list[Shot]:
        if not self.edit.shots and self.edit.source:  # a one-clip Edit becomes a list once
            self.edit.shots = shots_of(self.edit)
            self.edit.source, self.edit.trim = "", Trim()
        return self.edit.shots

    def __len__(self) -> int:
        return len(self.shots)

    def insert(self, index: int, shot: Shot) -> int:
        """Put ``shot`` at ``index`` (0 … len); returns the index. Undo: ``remove(index)``."""
        shots = self.shots
        if len(shots) >= MAX_SHOTS:
            raise UserError(M.TOO_MANY_SHOTS_ADD, limit=MAX_SHOTS)
        index = max(0, min(index, len(shots)))
        shots.insert(index, shot)
        return index

    def add(self, shot: Shot, after: int | None = None) -> int:
        """After shot ``after`` (the current one), or at the end."""
        return self.insert(len(self.shots) if after is None else after + 1, shot)

    def remove(self, index: int) -> Shot:
        """Take out the shot at ``index`` and return it. Undo: ``insert(index, shot)``."""
        return self.shots.pop(self._check(index))

    def move(self, source: int, target: int) -> None:
        """The shot at ``source`` goes to ``target`` (its index afterwards). Undo: ``move(target, source)``."""
        shots = self.shots
        shot = shots.pop(self._check(source))
        shots.insert(max(0, min(target, len(shots))), shot)

    def duplicate(self, index: int) -> int:
        """A copy right after the shot; returns its index. Undo: ``remove(index + 1)``."""
        copy_ = copy.deepcopy(self.shots[self._check(index)])
        return self.insert(index + 1, copy_)

    def replace(self, index: int, shot: Shot) -> Shot:
        """Swap in a changed shot (trim, framing…); returns the old one, which undoes it."""
        shots = self.shots
        old = shots[self._check(index)]
        shots[index] = shot
        return old

    def set_transition(self, index: int, transition: Transition | None) -> Transition | None:
        """Override the joint into shot ``index`` (None: the video's choice); returns the old value."""
        shot = self.shots[self._check(index)]
        old, shot.transition = shot.transition, transition
        return old

    def total_seconds(self) -> float:
        return total_frames(self.shots, self.edit.transition) / FRAME_RATE

    def starts(self) -> list[float]:
        """Where each shot begins on the video's timeline, in seconds."""
        return [s / FRAME_RATE for s in layout(self.shots, self.edit.transition)[0]]

    def joints(self) -> list[Joint]:
        return layout(self.shots, self.edit.transition)[2]

    def shot_at(self, seconds: float) -> int:
        """The shot on screen at ``seconds`` (at a crossfade: the one coming in, from the joint's middle)."""
        starts, lengths, joints = layout(self.shots, self.edit.transition)
        found = 0
        for i in range(1, len(starts)):
            joint = joints[i - 1]
            middle = (joint.start + joint.end) / 2
            if seconds >= middle:
                found = i
        return found

    def _check(self, index: int) -> int:
        if not 0 <= index < len(self.shots):
            raise IndexError(f"no shot {index}")
        return index


def fit(edit: Edit, limit: float) -> list[Message]:
    """Trim the last shots so the story lasts at most ``limit`` seconds; never drops a shot.

    Returns what changed, one line per shot (for the user). A shot keeps at least
    MIN_SHOT_SECONDS; if that is still too long, raise UserError naming how many must go.
    """
    story = Story(edit)
    shots = story.shots
    changes: list[Message] = []
    limit_frames = to_frames(limit)
    minimum = to_frames(MIN_SHOT_SECONDS)
    for index in range(len(shots) - 1, -1, -1):
        over = total_frames(shots, edit.transition) - limit_frames
        if over <= 0:
            break
        shot = shots[index]
        frames = shot_frames(shot)
        keep = max(minimum, frames - over)
        if keep >= frames:
            continue
        if isinstance(shot, PhotoShot):
            shot.seconds = keep / FRAME_RATE
        else:
            shot.trim.end = shot.trim.start + keep / FRAME_RATE
        changes.append(Message(M.SHOT_NOW_LASTS, n=index + 1, seconds=keep / FRAME_RATE))
    if total_frames(shots, edit.transition) > limit_frames:
        raise UserError(M.STORY_TOO_LONG, limit=limit)
    return changes


def story_from_files(paths: Sequence[str | Path], template: Edit | None = None) -> Edit:
    """An Edit whose shots are these files in order (photos known by their name), with the template's
    framing, clip volume and whole-video settings."""
    edit = copy.deepcopy(template) if template is not None else Edit()
    framing = copy.deepcopy(edit.framing)
    edit.source, edit.shots = "", []
    story = Story(edit)
    for path in paths:
        source = str(Path(path).absolute())
        if is_photo_name(source):
            story.add(PhotoShot(source, framing=copy.deepcopy(framing)))
        else:
            clip = ClipShot(source, framing=copy.deepcopy(framing), volume=edit.audio.clip_volume)
            clip.hide = HideFaces(everyone=edit.hide.everyone)  # #17 "hide everyone" holds for every clip
            story.add(clip)
    return edit
