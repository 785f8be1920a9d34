"""Tracked people: a clip's face detections (``app.analysis.clip``) linked into tracks, and the boxes that
cover each track's face in every output frame. Pure: numbers in, numbers out.

Why these rules (#17, "hide faces": a hidden face must be covered in *every* frame):

- The detector runs a few times a second, so a face is seen at samples; between two samples the box is
  interpolated and grown by half the distance the face moved between them (the path is rarely straight),
  plus a fixed margin for the detector's own error (its box stops at the forehead and the ears).
- A face is missed now and then (turned, blurred by motion, a hand in front): a track goes on through
  misses of up to ``MAX_GAP`` seconds when the face comes back where the track's motion says it would.
- A shot cut splits tracks, unless the same face is right where it was and as large (a jump cut in one
  shot): then it keeps its identity. Boxes never reach across a cut into another shot.
- A track starts a little before its first detection and ends a little after its last (``LEAD``): the face
  entered, or turned, between two samples.
- Each output frame shows a source frame up to a frame's length away from its nominal time (frame rate
  conversion, variable frame rate): the box of a frame is the union of the boxes at t − 1/30 … t + 1/30.

Positions are fractions of the upright source frame, as the detector gives them.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from app.project.hide import HideFaces

if TYPE_CHECKING:
    from app.analysis.clip import ClipAnalysis

MAX_GAP = 1.0  # seconds a track goes on without a detection (anywhere plausible)
LONG_GAP = 3.0  # ... and this long when the face comes back close to where it was
LEAD = 0.3  # seconds a track's boxes reach before its first and after its last detection
JITTER = 1.0 / 30  # the union over t ± this (one output frame)
# the detector's box grown to the head: each side, in units of the face's width / height
GROW_SIDE, GROW_TOP, GROW_BOTTOM = 0.3, 0.45, 0.25
MOTION = 0.5  # share of the distance moved between two samples added on each side
# linking: how far (in face sizes) a face may be from where its track predicts, and how much its size may change
NEAR, NEAR_LONG, NEAR_CUT = 1.2, 0.5, 0.35
SIZE_RATIO, SIZE_RATIO_CUT = 2.0, 1.35


class FaceLike(Protocol):
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def w(self) -> float: ...
    @property
    def h(self) -> float: ...
    @property
    def score(self) -> float: ...


@dataclass(frozen=True)
class Box:
    """A rectangle in fractions of the upright source frame: left, top, width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def union(self, other: Box) -> Box:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Box(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)

    def clipped(self) -> Box | None:
        """The part inside the frame, or None when nothing is."""
        x, y = max(0.0, self.x), max(0.0, self.y)
        r, b = min(1.0, self.right), min(1.0, self.bottom)
        return Box(x, y, r - x, b - y) if r > x and b > y else None


@dataclass
class Track:
    """One person's face through the clip: a detection at each of ``times`` (ascending)."""

    id: int  # 1, 2, … in the order people first appear
    times: list[float] = field(default_factory=list)
    faces: list[FaceLike] = field(default_factory=list)

    @property
    def first(self) -> float:
        return self.times[0]

    @property
    def last(self) -> float:
        return self.times[-1]

    def best(self) -> int:
        """The index of the detection to show as the person's thumbnail: the surest, then the largest."""
        return max(range(len(self.faces)), key=lambda i: (round(self.faces[i].score, 1), self.faces[i].w))


def _centre(face: FaceLike) -> tuple[float, float]:
    return face.x + face.w / 2, face.y + face.h / 2


def _cut_between(cuts: Sequence[float], a: float, b: float) -> bool:
    i = bisect.bisect_right(cuts, a)
    return i < len(cuts) and cuts[i] <= b


def _predict(track: Track, t: float) -> tuple[float, float]:
    """Where the track's face centre will be at t, moving on as it moved between its last two detections."""
    cx, cy = _centre(track.faces[-1])
    if len(track.times) >= 2 and track.times[-1] > track.times[-2] and t - track.last <= MAX_GAP:
        px, py = _centre(track.faces[-2])
        dt = track.times[-1] - track.times[-2]
        k = (t - track.last) / dt
        cx, cy = cx + (cx - px) * k, cy + (cy - py) * k
    return cx, cy


def _cost(track: Track, t: float, face: FaceLike, cuts: Sequence[float]) -> float | None:
    """How far ``face`` at ``t`` is from continuing ``track`` (in face sizes), or None when it cannot."""
    gap = t - track.last
    if gap <= 0 or gap > LONG_GAP:
        return None
    last = track.faces[-1]
    ratio = max(face.h, last.h) / max(1e-6, min(face.h, last.h))
    across = _cut_between(cuts, track.last, t)
    px, py = (_centre(last) if across else _predict(track, t))
    cx, cy = _centre(face)
    size = max(face.h, last.h, 1e-6)
    distance = math.hypot(cx - px, cy - py) / size
    if across:
        return distance if distance <= NEAR_CUT and ratio <= SIZE_RATIO_CUT else None
    near = NEAR if gap <= MAX_GAP else NEAR_LONG
    return distance if distance <= near and ratio <= SIZE_RATIO else None


def link(times: Sequence[float], faces: Sequence[Sequence[FaceLike]], cuts: Sequence[float] = ()) -> list[Track]:
    """Each sample's detections joined to the tracks they continue (nearest first), the rest new tracks."""
    cuts = sorted(cuts)
    tracks: list[Track] = []
    for t, found in sorted(zip(times, faces, strict=True), key=lambda pair: pair[0]):
        pairs = []
        for ti, track in enumerate(tracks):
            for fi, face in enumerate(found):
                cost = _cost(track, t, face, cuts)
                if cost is not None:
                    pairs.append((cost, ti, fi))
        taken_tracks: set[int] = set()
        taken_faces: set[int] = set()
        for _, ti, fi in sorted(pairs):
            if ti in taken_tracks or fi in taken_faces:
                continue
            taken_tracks.add(ti)
            taken_faces.add(fi)
            tracks[ti].times.append(t)
            tracks[ti].faces.append(found[fi])
        for fi, face in enumerate(found):
            if fi not in taken_faces:
                tracks.append(Track(len(tracks) + 1, [t], [face]))
    return tracks


def tracks_of(analysis: ClipAnalysis) -> list[Track]:
    """The clip's tracked people (their ids are stable: the same analysis always gives the same tracks)."""
    return link(analysis.times, analysis.faces, analysis.cuts)


def _grown(face: FaceLike, dx: float = 0.0, dy: float = 0.0) -> Box:
    """The detector's box grown to the head, and by ``dx``/``dy`` on each side for motion."""
    left = face.w * GROW_SIDE + dx
    top, bottom = face.h * GROW_TOP + dy, face.h * GROW_BOTTOM + dy
    return Box(face.x - left, face.y - top, face.w + 2 * left, face.h + top + bottom)


def _mix(a: FaceLike, b: FaceLike, k: float) -> tuple[float, float, float, float]:
    return (a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, a.w + (b.w - a.w) * k, a.h + (b.h - a.h) * k)


@dataclass(frozen=True)
class _At:
    x: float
    y: float
    w: float
    h: float
    score: float = 1.0


def track_box(track: Track, t: float, cuts: Sequence[float] = (), step: float = 0.2) -> Box | None:
    """The box covering the track's face at source time ``t`` (not clipped to the frame), or None.

    ``step`` is the analysis' time between samples: a track's first and last boxes reach ``LEAD`` or
    1.5 steps, whichever is longer, beyond its detections (never across a cut).
    """
    lead = max(LEAD, 1.5 * step)
    times = track.times
    if t < track.first:
        if track.first - t > lead or _cut_between(cuts, t, track.first):
            return None
        return _edge(track, 0, 1, track.first - t)
    if t > track.last:
        if t - track.last > lead or _cut_between(cuts, track.last, t):
            return None
        return _edge(track, -1, -2, t - track.last)
    i = bisect.bisect_right(times, t) - 1
    if i >= len(times) - 1:
        return _grown(track.faces[-1])
    a, b = track.faces[i], track.faces[i + 1]
    span = times[i + 1] - times[i]
    k = (t - times[i]) / span if span > 0 else 0.0
    if _cut_between(cuts, times[i], times[i + 1]):  # a jump cut: each side keeps its own box
        return _grown(a if _cut_between(cuts, t, times[i + 1]) else b)
    x, y, w, h = _mix(a, b, k)
    moved_x = abs((b.x + b.w / 2) - (a.x + a.w / 2)) + abs(b.w - a.w) / 2
    moved_y = abs((b.y + b.h / 2) - (a.y + a.h / 2)) + abs(b.h - a.h) / 2
    return _grown(_At(x, y, w, h), MOTION * moved_x, MOTION * moved_y)


def _edge(track: Track, end: int, inner: int, beyond: float) -> Box:
    """The box ``beyond`` seconds past the track's detection at index ``end``: moved on at the track's speed
    there (from the detection at ``inner``), grown by that distance."""
    face = track.faces[end]
    if len(track.faces) < 2:
        spread = beyond * face.h  # no speed known: grow by a face height a second
        return _grown(face, spread, spread)
    other = track.faces[inner]
    dt = abs(track.times[end] - track.times[inner]) or 1.0
    vx = ((face.x + face.w / 2) - (other.x + other.w / 2)) / dt
    vy = ((face.y + face.h / 2) - (other.y + other.h / 2)) / dt
    shift = _At(face.x + vx * beyond, face.y + vy * beyond, face.w, face.h)
    return _grown(face, MOTION * abs(vx) * beyond, MOTION * abs(vy) * beyond).union(
        _grown(shift, abs(vx) * beyond / 2 + 0.1 * face.w, abs(vy) * beyond / 2 + 0.1 * face.h))


def sample_step(times: Sequence[float]) -> float:
    """The analysis' usual time between samples."""
    steps = sorted(b - a for a, b in zip(times, times[1:], strict=False) if b > a)
    return steps[len(steps) // 2] if steps else 0.2


@dataclass(frozen=True)
class Manual:
    """A box the user drew, shown from ``start`` to ``end`` (source seconds)."""

    start: float
    end: float
    box: Box


def frame_boxes(tracks: Iterable[Track], start: float, frames: int, fps: float = 30.0,
                cuts: Sequence[float] = (), step: float = 0.2, manual: Iterable[Manual] = (),
                until: float | None = None) -> list[list[Box]]:
    """For output frame n (source time ``start + n / fps``): the boxes to cover, clipped to the frame.
    Past ``until`` (the clip's end: the export holds its last frame) the boxes are those at ``until``."""
    tracks = list(tracks)
    manual = list(manual)
    out: list[list[Box]] = []
    for n in range(frames):
        t = start + n / fps
        if until is not None:
            t = min(t, until)
        boxes: list[Box] = []
        for track in tracks:
            if t < track.first - 1.0 or t > track.last + 1.0:
                continue
            covered: Box | None = None
            for at in (t - JITTER, t, t + JITTER):
                box = track_box(track, at, cuts, step)
                if box is not None:
                    covered = box if covered is None else covered.union(box)
            if covered is not None and (clipped := covered.clipped()) is not None:
                boxes.append(clipped)
        for m in manual:
            if m.start - JITTER <= t <= m.end + JITTER and (clipped := m.box.clipped()) is not None:
                boxes.append(clipped)
        out.append(boxes)
    return out


def hide_boxes(hide: HideFaces, analysis: ClipAnalysis | None, start: float, frames: int,
               until: float | None = None) -> list[list[Box]]:
    """The boxes that hide ``hide``'s faces in each of ``frames`` output frames from source second ``start``.
    ``analysis`` may be None when only manual boxes are hidden."""
    manual = [Manual(b.start, b.end, Box(b.x, b.y, b.w, b.h)) for b in hide.boxes]
    if analysis is None or not hide.needs_tracks:
        return frame_boxes([], start, frames, manual=manual, until=until)
    tracks = [t for t in tracks_of(analysis) if hide.hides(t.id)]
    return frame_boxes(tracks, start, frames, cuts=analysis.cuts, step=sample_step(analysis.times),
                       manual=manual, until=until)
