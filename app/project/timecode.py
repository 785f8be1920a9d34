"""Times as users type and read them: seconds, ``mm:ss``, ``mm:ss.ms`` or ``h:mm:ss``."""

from __future__ import annotations

import math

from app.errors import UserError
from app.messages import M


def parse_time(text: str) -> float:
    """``"75"``, ``"1:15"``, ``"01:15.5"`` and ``"0:01:15"`` all mean 75 (or 75.5) seconds."""
    raw = text.strip()
    parts = raw.split(":")
    try:
        if not raw or len(parts) > 3 or any(p.strip() == "" for p in parts):
            raise ValueError
        values = [float(p) for p in parts]
    except ValueError:
        raise UserError(M.NOT_A_TIME, text=text) from None
    if any(v < 0 or not math.isfinite(v) for v in values) or any(v >= 60 for v in values[1:]):
        raise UserError(M.BAD_TIME, text=text)
    seconds = 0.0
    for value in values:
        seconds = seconds * 60 + value
    return seconds


def format_time(seconds: float, fps: float = 30.0) -> str:
    """``mm:ss.ff`` with frames, as editors show it (75.5 s at 30 fps → ``01:15.15``)."""
    total_frames = round(max(0.0, seconds) * fps)
    fps_i = max(1, round(fps))
    frames = total_frames % fps_i
    whole = total_frames // fps_i
    return f"{whole // 60:02d}:{whole % 60:02d}.{frames:02d}"


def parse_timecode(text: str, fps: float = 30.0) -> float:
    """What the trim fields accept: ``mm:ss.ff`` as :func:`format_time` shows it (two-digit frames
    after the dot), or anything :func:`parse_time` takes (``75``, ``1:15.5`` in seconds)."""
    raw = text.strip()
    head, dot, frames = raw.rpartition(".")
    fps_i = max(1, round(fps))
    if dot and ":" in head and len(frames) == 2 and frames.isdigit() and int(frames) < fps_i:
        return parse_time(head) + int(frames) / fps
    return parse_time(raw)
