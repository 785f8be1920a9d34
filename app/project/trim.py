"""Trim and frame arithmetic: where the start and end of the video may go. Qt-free.

A trim sits on frame boundaries. The start is the first frame kept; the end is just after the
last frame kept, so "end here" keeps the frame on show. ``None`` as the end means "to the end of
the clip" (what a trim that reaches the last frame is stored as). ``minimum`` is the shortest
video the export makes (``app.export.job.MIN_SECONDS``); a clip shorter than that keeps all of it.
"""

from __future__ import annotations

import math

EPS = 1e-6


def frame_ms(seconds: float) -> int:
    """The player position (ms) that shows the frame starting at ``seconds``."""
    return max(0, math.ceil(seconds * 1000 - 1e-3))


def frame_start(seconds: float, fps: float, duration: float) -> float:
    """The start of the frame at ``seconds``, inside the clip."""
    fps = fps or 30.0
    frame = math.floor(seconds * fps + EPS)
    return round(min(max(0.0, frame / fps), duration), 6)


def frame_at(position_ms: float, fps: float) -> float:
    """The start of the frame a player at ``position_ms`` shows."""
    fps = fps or 30.0
    return math.floor(position_ms / 1000 * fps + EPS) / fps


def trim_range(start: float, end: float | None, duration: float) -> tuple[float, float]:
    """The part of the clip that is exported, in seconds (``end`` None: to the end)."""
    stop = duration if end is None else min(end, duration)
    return min(start, duration), stop


def min_length(duration: float, minimum: float) -> float:
    """The shortest trim allowed: ``minimum``, or the whole clip when it is shorter."""
    return min(minimum, duration)


def clamp_start(seconds: float, end: float, duration: float, fps: float, minimum: float) -> float:
    """A new start at ``seconds``: on a frame, at least ``minimum`` before ``end``, never below 0."""
    value = frame_start(min(seconds, end - min_length(duration, minimum)), fps, duration)
    return max(0.0, value)


def clamp_end(seconds: float, start: float, duration: float, fps: float, minimum: float) -> float | None:
    """A new end at ``seconds``: on a frame boundary, at least ``minimum`` after ``start``, inside
    the clip. None when it reaches the last frame (the trim then runs to the end of the clip)."""
    fps = fps or 30.0
    value = min(duration, max(seconds, start + min_length(duration, minimum)))
    if value < duration - 0.5 / fps:
        value = round(math.ceil(value * fps - EPS) / fps, 6)
    return None if value >= duration - 0.5 / fps else min(value, duration)


def fit_end(start: float, limit: float, fps: float) -> float:
    """The end that keeps ``limit`` seconds from ``start``, on the frame boundary at or before it."""
    fps = fps or 30.0
    return round(math.floor((start + limit) * fps + EPS) / fps, 6)


def start_fits(seconds: float, end: float, duration: float, minimum: float, slack: float = EPS) -> bool:
    """A start at ``seconds`` leaves at least the minimum length before ``end`` (give or take ``slack``)."""
    return seconds <= end - min_length(duration, minimum) + slack


def end_fits(seconds: float, start: float, duration: float, minimum: float, slack: float = EPS) -> bool:
    """An end at ``seconds`` leaves at least the minimum length after ``start`` (give or take ``slack``)."""
    return seconds >= start + min_length(duration, minimum) - slack


def last_frame(start: float, end: float, fps: float) -> float:
    """The start of the last frame kept (what the preview shows at the out point)."""
    return max(start, end - 1 / (fps or 30.0))


def latest_song_start(song_seconds: float, video_seconds: float) -> float:
    """The latest song start that still plays the song under the whole video (0 when the song is shorter)."""
    return max(0.0, song_seconds - min(video_seconds, song_seconds))
