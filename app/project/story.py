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
import dataclasses
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.project.edit import LAYOUTS, Framing, Trim

if TYPE_CHECKING:
    from app.project.edit import Edit

FRAME_RATE = 30  # the export's frame rate (app.render.presets.FPS; a test keeps them equal)
TRANSITIONS = ("cut", "crossfade", "dip")  # dip: to the campaign colour and back
MIN_TRANSITION, MAX_TRANSITION = 0.2, 1.0
PHOTO_SECONDS = 3.0
MIN_SHOT_SECONDS = 0.5
MAX_SHOTS = 60
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif"}


@dataclass
class Transition:
    kind: str = "cut"  # cut | crossfade | dip
    seconds: float = 0.5


@dataclass
class ClipShot:
    source: str
    trim: Trim = field(default_factory=Trim)
    framing: Framing = field(default_factory=Framing)
    volume: float = 1.0  # the clip's own sound, 0..2
    clip_seconds: float = 0.0  # the clip's whole length as probed (for trim.end None); 0: not known yet
    transition: Transition | None = None  # the joint *into* this shot; None: the video's choice
    kind: str = field(default="clip", init=False)


@dataclass
class PhotoShot:
    source: str
    seconds: float = PHOTO_SECONDS
    framing: Framing = field(default_factory=Framing)
    motion: bool = True  # a gentle zoom over the photo's seconds
    transition: Transition | None = None
    kind: str = field(default="photo", init=False)


Shot = ClipShot | PhotoShot


@dataclass(frozen=True)
class Joint:
    """The joint between shot ``index - 1`` and shot ``index``."""

    index: int
    kind: str
    frames: int  # how long the transition lasts (0 for a cut)
    at: float  # seconds into the video where the next shot is fully in (a cut's or dip's middle)
    start: float  # where the transition begins
    end: float  # where it ends


def is_photo_path(path: str) -> bool:
    dot = path.rfind(".")
    return dot >= 0 and path[dot:].lower() in PHOTO_SUFFIXES


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
    if transition.kind != "crossfade":
        return 0
    return max(1, min(to_frames(transition.seconds), before // 2, after // 2))


def dip_frames(transition: Transition, before: int, after: int) -> tuple[int, int]:
    """Frames of the fade out of the shot before and the fade in of the shot after a dip."""
    if transition.kind != "dip":
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
        if t.kind == "crossfade":
            joints.append(Joint(i, "crossfade", overlap, start / FRAME_RATE, start / FRAME_RATE,
                                cursor / FRAME_RATE))
        elif t.kind == "dip":
            out, into = dip_frames(t, lengths[i - 1], n)
            joints.append(Joint(i, "dip", out + into, start / FRAME_RATE, (start - out) / FRAME_RATE,
                                (start + into) / FRAME_RATE))
        else:
            joints.append(Joint(i, "cut", 0, start / FRAME_RATE, start / FRAME_RATE, start / FRAME_RATE))
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
    return [ClipShot(edit.source, copy.deepcopy(edit.trim), copy.deepcopy(edit.framing), edit.audio.clip_volume)]


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
            raise UserError(f"a story holds at most {MAX_SHOTS} shots")
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


def fit(edit: Edit, limit: float) -> list[str]:
    """Trim the last shots so the story lasts at most ``limit`` seconds; never drops a shot.

    Returns what changed, one line per shot (for the user). A shot keeps at least
    MIN_SHOT_SECONDS; if that is still too long, raise UserError naming how many must go.
    """
    story = Story(edit)
    shots = story.shots
    changes: list[str] = []
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
        changes.append(f"shot {index + 1} now lasts {keep / FRAME_RATE:.1f} s")
    if total_frames(shots, edit.transition) > limit_frames:
        raise UserError(f"the story is too long for {limit:g} s even with every shot cut short; "
                        "remove some shots")
    return changes


def validate_shots(edit: Edit) -> None:
    if len(edit.shots) > MAX_SHOTS:
        raise UserError(f"a story holds at most {MAX_SHOTS} shots, not {len(edit.shots)}")
    for t in [edit.transition, *(s.transition for s in edit.shots if s.transition is not None)]:
        _check_transition(t)
    for n, shot in enumerate(edit.shots, 1):
        if not shot.source:
            raise UserError(f"shot {n} has no file")
        if shot.framing.layout not in LAYOUTS:
            raise UserError(f"shot {n}: framing.layout must be one of {', '.join(LAYOUTS)}")
        if not 0 <= shot.framing.focus <= 1:
            raise UserError(f"shot {n}: framing.focus must be between 0 and 1")
        if isinstance(shot, PhotoShot):
            if not (MIN_SHOT_SECONDS <= shot.seconds <= 60) or math.isnan(shot.seconds):
                raise UserError(f"shot {n}: a photo lasts between {MIN_SHOT_SECONDS:g} and 60 s")
        else:
            if not 0 <= shot.volume <= 2:
                raise UserError(f"shot {n}: the clip's volume must be between 0 and 2")
            if shot.trim.start < 0 or (shot.trim.end is not None and shot.trim.end <= shot.trim.start):
                raise UserError(f"shot {n}: the end of the trim must come after its start")


def _check_transition(t: Transition) -> None:
    if t.kind not in TRANSITIONS:
        raise UserError(f"a transition must be one of {', '.join(TRANSITIONS)}, not '{t.kind}'")
    if not MIN_TRANSITION <= t.seconds <= MAX_TRANSITION or math.isnan(t.seconds):
        raise UserError(f"a transition lasts between {MIN_TRANSITION:g} and {MAX_TRANSITION:g} s")


# --- JSON ---------------------------------------------------------------------------------------

def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 (one clip) → schema 2 (shots). The clip stays in source/trim/framing: a one-shot
    story, so the Edit and its export are exactly what they were."""
    if data.get("schema") == 1:
        data = {**data, "schema": 2, "shots": [], "transition": dataclasses.asdict(Transition())}
    return data


def shots_to_json(edit: Edit, relative: Any = None) -> list[dict[str, Any]]:
    out = []
    for shot in edit.shots:
        item = dataclasses.asdict(shot)
        if relative is not None:
            item["source"] = relative(shot.source)
        out.append(item)
    return out


def shots_from_json(raw: Any, base: Any = None) -> list[Shot]:
    if not isinstance(raw, list):
        raise UserError("the project field 'shots' has a wrong value")
    shots: list[Shot] = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict) or item.get("kind") not in ("clip", "photo"):
            raise UserError(f"shot {n} in the project file is damaged")
        source = item.get("source")
        if not isinstance(source, str) or not source:
            raise UserError(f"shot {n} in the project file has no file")
        if base is not None and not Path(source).is_absolute():
            source = str((base / source).resolve())
        common = {"framing": _obj(Framing, item.get("framing", {}), n),
                  "transition": None if item.get("transition") is None
                  else _obj(Transition, item["transition"], n)}
        if item["kind"] == "clip":
            shots.append(ClipShot(source, _obj(Trim, item.get("trim", {}), n),
                                  volume=_num(item.get("volume", 1.0), n),
                                  clip_seconds=_num(item.get("clip_seconds", 0.0), n), **common))
        else:
            motion = item.get("motion", True)
            if not isinstance(motion, bool):
                raise UserError(f"shot {n} in the project file is damaged")
            shots.append(PhotoShot(source, _num(item.get("seconds", PHOTO_SECONDS), n), motion=motion, **common))
    return shots


def transition_from_json(raw: Any) -> Transition:
    return _obj(Transition, raw if raw is not None else {}, 0)


def _num(value: Any, n: int) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise UserError(f"shot {n} in the project file has a wrong number: {value!r}")
    return float(value)


def _obj(cls: type, raw: Any, n: int) -> Any:
    where = f"shot {n} in the project file" if n else "the project's transition"
    if not isinstance(raw, dict):
        raise UserError(f"{where} is damaged")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in raw:
            continue
        value, kind = raw[f.name], str(f.type)
        if value is None and "None" in kind:
            values[f.name] = None
        elif kind.startswith("str") and isinstance(value, str):
            values[f.name] = value
        elif kind.startswith("float"):
            values[f.name] = _num(value, n)
        else:
            raise UserError(f"{where} has a wrong value: {value!r}")
    return cls(**values)
