""""Ikuti subjek": the crop's centre over time, per shot, from the clip's analysis. Pure (no I/O).

Per shot (between the analysis' cuts), the subject is the box around the faces that matter (the
biggest and those at least half its size). The crop then behaves like a calm camera operator
(the idea of AutoFlip's kinematic path solver, written afresh here): it holds still while the
subject stays within a dead zone around the middle; when the subject leaves it, the crop pans
towards it with limited speed and acceleration, easing in and out, and looks a little ahead
(the clip is known in advance) so it does not lag behind; a subject that is suddenly more than a
crop width away (it reappears elsewhere) is cut to rather than chased. A final gentle smoothing removes any
remaining kink. A shot where no face is found most of the time, or whose faces are too far apart
to fit in the crop, falls back to Blur framing. The user's keyframes (source second, centre)
pin the path: it passes exactly through each and blends back to the automatic path around it.

Centres are fractions of the upright source width; times are source seconds.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.analysis.clip import ClipAnalysis
from app.analysis.detector import Face

MIN_SCORE = 0.5  # detections below this are not a subject
MIN_PRESENCE = 0.3  # a shot whose samples show a subject less often than this falls back to Blur
MAX_APART = 0.5  # … and so does one where the faces do not fit in the crop more often than this
DEAD_ZONE = 0.12  # of the crop's width: the subject may wander this far from the middle unnoticed
SETTLE = 0.03  # of the crop's width: a pan ends this close to the subject
MAX_SPEED = 1.6  # crop widths a second
MAX_ACCEL = 4.0  # crop widths a second²
GAIN = 3.0  # speed (crop widths/s) per crop width of distance: the pan eases into the subject
LOOK_AHEAD = 0.35  # seconds
SNAP = 1.0  # crop widths: a subject this far from the crop for SNAP_AFTER jumped (it was hidden, or the
SNAP_AFTER = 0.3  # camera swung): the crop goes there at once, as a cut, instead of a long chase
SMOOTH = 0.25  # seconds: the final moving average
KEY_REACH = 1.0  # seconds around a user keyframe over which the path blends into it
STEP = 1 / 30  # seconds between the path's computed points (one a frame at 30 fps)
TOLERANCE = 0.001  # the simplified path stays this close (fraction of the width) to the computed one


@dataclass(frozen=True)
class Segment:
    """A stretch of source time framed one way: following (``points``: piecewise-linear (second,
    centre)), or Blur (no points)."""

    start: float
    end: float
    points: tuple[tuple[float, float], ...] = ()

    @property
    def follows(self) -> bool:
        return bool(self.points)

    def centre_at(self, t: float) -> float:
        pts = self.points
        times = [p[0] for p in pts]
        i = bisect.bisect_right(times, t)
        if i <= 0:
            return pts[0][1]
        if i >= len(pts):
            return pts[-1][1]
        (t0, c0), (t1, c1) = pts[i - 1], pts[i]
        return c0 + (c1 - c0) * (t - t0) / max(t1 - t0, 1e-9)


@dataclass(frozen=True)
class FollowPath:
    crop: float  # the crop's width as a fraction of the source width
    segments: tuple[Segment, ...]

    def centre_at(self, t: float) -> float | None:
        """The crop's centre at source second ``t``; None where the shot is framed with Blur."""
        for seg in self.segments:
            if seg.start <= t < seg.end or (seg is self.segments[-1] and t >= seg.start):
                return seg.centre_at(t) if seg.follows else None
        return None

    @property
    def follows_anything(self) -> bool:
        return any(s.follows for s in self.segments)


def crop_fraction(width: int, height: int, out_w: int = 1080, out_h: int = 1920) -> float:
    """How much of the source's width a crop to the out_w×out_h shape keeps (1.0: all of it)."""
    return min(1.0, (height * out_w / out_h) / max(width, 1))


def subject(faces: Sequence[Face], crop: float) -> tuple[float, bool] | None:
    """The subject's centre in one sample and whether it fits in the crop; None: no subject."""
    good = [f for f in faces if f.score >= MIN_SCORE]
    if not good:
        return None
    biggest = max(f.w * f.h for f in good)
    main = [f for f in good if f.w * f.h >= biggest / 2]
    left, right = min(f.x for f in main), max(f.x + f.w for f in main)
    return (left + right) / 2, right - left <= crop * 0.9


def follow_path(analysis: ClipAnalysis, start: float, end: float,
                keys: Sequence[tuple[float, float]] = ()) -> FollowPath:
    """The path for source seconds ``start``..``end`` (the trim), shot by shot."""
    crop = crop_fraction(analysis.width, analysis.height)
    bounds = [start] + [c for c in analysis.cuts if start < c < end] + [end]
    segments = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if b - a <= 1e-6:
            continue
        shot_keys = sorted((t, c) for t, c in keys if a <= t < b)
        segments.append(_shot(analysis, a, b, crop, shot_keys))
    return FollowPath(crop, tuple(_merge(segments)))


def _shot(analysis: ClipAnalysis, a: float, b: float, crop: float, keys: list[tuple[float, float]]) -> Segment:
    half = crop / 2
    lo, hi = half, 1 - half
    samples = [(t, subject(f, crop)) for t, f in zip(analysis.times, analysis.faces, strict=False) if a <= t < b]
    seen = [(t, s) for t, s in samples if s is not None]
    present = len(seen) / max(1, len(samples))
    fits = sum(1 for _, s in seen if s[1]) / max(1, len(seen))
    automatic = bool(seen) and present >= MIN_PRESENCE and fits >= 1 - MAX_APART
    if not automatic and not keys:
        return Segment(a, b)
    grid = np.arange(a, b, STEP)
    if grid.size == 0 or grid[-1] < b - 1e-9:
        grid = np.append(grid, b)
    if automatic:
        st = np.array([t for t, _ in seen])
        sc = np.array([s[0] for _, s in seen])
        smooth = _median(sc, 5)
        target = np.interp(grid + LOOK_AHEAD, st, smooth)
        first = float(np.interp(a, st, smooth))  # the shot opens on the subject, not where it is going
    else:  # only the user's keyframes: hold between them
        target = np.interp(grid, [t for t, _ in keys], [c for _, c in keys])
        first = float(target[0])
    path = _kinematic(np.clip(target, lo, hi), crop, min(max(first, lo), hi))
    path = _moving_average(path, max(1, round(SMOOTH / STEP)))
    for tk, ck in keys:  # pin: pass exactly through each key, blending over KEY_REACH around it
        at = float(np.interp(tk, grid, path))
        weight = np.clip(1 - np.abs(grid - tk) / KEY_REACH, 0, 1)
        path = path + (min(max(ck, lo), hi) - at) * weight
    path = np.clip(path, lo, hi)
    return Segment(a, b, tuple(_simplify(grid, path)))


def _median(values: np.ndarray, width: int) -> np.ndarray:
    if len(values) < 3:
        return values
    r = width // 2
    padded = np.pad(values, r, mode="edge")
    return np.array([np.median(padded[i:i + width]) for i in range(len(values))])


def _kinematic(target: np.ndarray, crop: float, first: float) -> np.ndarray:
    dead, settle = DEAD_ZONE * crop, SETTLE * crop
    vmax, amax, dt = MAX_SPEED * crop, MAX_ACCEL * crop, STEP
    out = np.empty_like(target)
    c, v, moving, away = first, 0.0, False, 0.0
    for i, goal in enumerate(target):
        err = float(goal) - c
        away = away + dt if abs(err) > SNAP * crop else 0.0
        if away >= SNAP_AFTER:
            c, v, moving, away, err = float(goal), 0.0, False, 0.0, 0.0
        if not moving and abs(err) > dead:
            moving = True
        want = max(-vmax, min(vmax, err * GAIN)) if moving else 0.0
        v += max(-amax * dt, min(amax * dt, want - v))
        if moving and abs(err) < settle and abs(v) < 0.2 * vmax:
            moving = False
        c += v * dt
        out[i] = c
    return out


def _moving_average(values: np.ndarray, width: int) -> np.ndarray:
    if width <= 1 or len(values) < 3:
        return values
    padded = np.pad(values, width // 2, mode="edge")
    return np.convolve(padded, np.ones(width) / width, mode="valid")[: len(values)]


def _simplify(times: np.ndarray, values: np.ndarray) -> list[tuple[float, float]]:
    """Ramer–Douglas–Peucker: the fewest points whose straight lines stay within TOLERANCE."""
    keep = {0, len(times) - 1}
    stack = [(0, len(times) - 1)]
    while stack:
        i, j = stack.pop()
        if j <= i + 1:
            continue
        line = values[i] + (values[j] - values[i]) * (times[i + 1:j] - times[i]) / max(times[j] - times[i], 1e-9)
        gaps = np.abs(values[i + 1:j] - line)
        k = int(np.argmax(gaps))
        if gaps[k] > TOLERANCE:
            m = i + 1 + k
            keep.add(m)
            stack += [(i, m), (m, j)]
    return [(round(float(times[k]), 4), round(float(values[k]), 5)) for k in sorted(keep)]


def _merge(segments: list[Segment]) -> list[Segment]:
    """Neighbouring Blur segments become one."""
    merged: list[Segment] = []
    for seg in segments:
        if merged and not seg.follows and not merged[-1].follows:
            merged[-1] = Segment(merged[-1].start, seg.end)
        else:
            merged.append(seg)
    return merged
