"""#17 "Sembunyikan wajah": whose faces a clip hides, as plain data in the Edit (and in each clip shot).

``everyone``: every tracked face; else the tracked people in ``people`` (their ids from
``app.analysis.tracks``, stable for the clip's analysis). ``boxes`` are the user's own boxes for frames
the detector missed, in seconds of the source clip and fractions of its upright frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from app.errors import UserError
from app.messages import M

MAX_BOXES = 500
MAX_PEOPLE = 500
MIN_SIDE = 0.005  # a manual box's smallest side, as a fraction of the frame


@dataclass(frozen=True)
class ManualBox:
    start: float  # source seconds
    end: float
    x: float  # left, top, width, height: fractions of the upright source frame
    y: float
    w: float
    h: float


@dataclass
class HideFaces:
    everyone: bool = False
    people: list[int] = field(default_factory=list)  # track ids (app.analysis.tracks.Track.id)
    boxes: list[ManualBox] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.everyone or bool(self.people) or bool(self.boxes)

    @property
    def needs_tracks(self) -> bool:
        return self.everyone or bool(self.people)

    def hides(self, person: int) -> bool:
        return self.everyone or person in self.people


def validate(hide: HideFaces, where: str = "") -> None:
    """Raise :class:`UserError` naming the first value that makes no sense."""
    name = f"{where}hide"
    if len(hide.people) > MAX_PEOPLE or any(not isinstance(p, int) or isinstance(p, bool) or p < 1
                                            for p in hide.people):
        raise UserError(M.PROJECT_SECTION, field=f"{name}.people")
    if len(hide.boxes) > MAX_BOXES:
        raise UserError(M.PROJECT_SECTION, field=f"{name}.boxes")
    for b in hide.boxes:
        values = (b.start, b.end, b.x, b.y, b.w, b.h)
        if any(not isinstance(v, (int, float)) or isinstance(v, bool) or math.isnan(v) for v in values):
            raise UserError(M.PROJECT_SECTION, field=f"{name}.boxes")
        if not (0 <= b.start <= b.end) or not (0 <= b.x < 1 and 0 <= b.y < 1) \
                or not (MIN_SIDE <= b.w <= 1 - b.x + 1e-9 and MIN_SIDE <= b.h <= 1 - b.y + 1e-9):
            raise UserError(M.PROJECT_SECTION, field=f"{name}.boxes")


def to_json(hide: HideFaces) -> dict[str, Any]:
    return {"everyone": hide.everyone, "people": list(hide.people),
            "boxes": [[b.start, b.end, b.x, b.y, b.w, b.h] for b in hide.boxes]}


def from_json(raw: Any, where: str = "") -> HideFaces:
    """The project file's ``hide`` section (missing: nothing hidden); UserError when it is damaged."""
    if raw is None:
        return HideFaces()
    name = f"{where}hide"
    if not isinstance(raw, dict):
        raise UserError(M.PROJECT_SECTION, field=name)
    everyone, people, boxes = raw.get("everyone", False), raw.get("people", []), raw.get("boxes", [])
    if not isinstance(everyone, bool) or not isinstance(people, list) or not isinstance(boxes, list):
        raise UserError(M.PROJECT_SECTION, field=name)
    parsed = []
    for item in boxes:
        if not isinstance(item, list) or len(item) != 6 or any(
                not isinstance(v, (int, float)) or isinstance(v, bool) for v in item):
            raise UserError(M.PROJECT_SECTION, field=f"{name}.boxes")
        parsed.append(ManualBox(*(float(v) for v in item)))
    hide = HideFaces(everyone, list(people), parsed)
    validate(hide, where)
    return hide
