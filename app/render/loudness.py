"""Loudness normalisation of the mix to what the platforms play at (−14 LUFS, ≤ −1 dBTP).

Two passes of ffmpeg's ``loudnorm`` (EBU R128): this module runs the first, on the sound
alone (fast: no picture is decoded), and returns the second pass's filter with the measured
values, which ``render.plan`` appends to the export's audio graph.
"""

from __future__ import annotations

import json
import math
import re

from app import winjob
from app.campaigns.model import Campaign
from app.ffmpeg import ffmpeg_exe
from app.media.probe import MediaInfo
from app.project.edit import Edit
from app.render.plan import audio_graph, num, resolve_song, song_args

TARGET_LUFS = -14.0
TARGET_PEAK = -2.0  # 1 dB under the platforms' -1 dBTP ceiling: AAC encoding overshoots peaks
TARGET_LRA = 20.0  # wide, so the second pass can stay linear (no pumping) for nearly any mix


def _target() -> str:
    return f"loudnorm=I={num(TARGET_LUFS)}:TP={num(TARGET_PEAK)}:LRA={num(TARGET_LRA)}"


def measure_argv(edit: Edit, media: MediaInfo, campaign: Campaign, start: float, duration: float) -> list[str] | None:
    """The first-pass command, or None when the result has no sound at all to normalise."""
    song, song_start = resolve_song(edit, campaign)
    has_clip = media.has_audio and edit.audio.clip_volume > 0
    has_song = song is not None and edit.audio.song_volume > 0
    if not has_clip and not has_song:
        return None
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "info", "-nostats",
            "-ss", num(start), "-t", num(duration), "-i", str(media.path)]
    song_input = None
    if song is not None:
        argv += song_args(song, song_start)
        song_input = 1
    graph = audio_graph(edit, media, song_input, duration, label="mix")
    graph += f";[mix]{_target()}:print_format=json[m]"
    return argv + ["-filter_complex", graph, "-map", "[m]", "-vn", "-f", "null", "-"]


def second_pass(measured: dict) -> str | None:
    """The filter that applies the measurement linearly (a plain gain when loudnorm's linear mode would
    apply, else ``loudnorm`` itself); None for silence."""
    try:
        values = {k: float(measured[k]) for k in ("input_i", "input_tp", "input_lra", "input_thresh",
                                                 "target_offset")}
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(v) for v in values.values()) or values["input_i"] < -70:
        return None
    gain = TARGET_LUFS - values["input_i"]
    if values["input_tp"] + gain <= TARGET_PEAK and values["input_thresh"] > -70:
        # #21: what loudnorm's linear mode does (the same test, the same gain), without its 3 s of
        # look-ahead, during which a 4K clip's decoded frames wait in memory (110 MB measured)
        return f"volume={num(gain)}dB"
    return (
        f"{_target()}:measured_I={num(values['input_i'])}:measured_TP={num(values['input_tp'])}"
        f":measured_LRA={num(values['input_lra'])}:measured_thresh={num(values['input_thresh'])}"
        f":offset={num(values['target_offset'])}:linear=true"
    )


def measure(edit: Edit, media: MediaInfo, campaign: Campaign, start: float, duration: float) -> str | None:
    """Run the first pass; return the second pass's filter (None: silent, or not measurable)."""
    argv = measure_argv(edit, media, campaign, start, duration)
    if argv is None:
        return None
    return run_first_pass(argv)


def target_filter() -> str:
    """The first pass's filter, which prints its measurement (a story's sound uses it too)."""
    return f"{_target()}:print_format=json"


def run_first_pass(argv: list[str]) -> str | None:
    """Run a first-pass command; return the second pass's filter (None: silent, or not measurable)."""
    proc = winjob.run(argv, capture_output=True, timeout=600)
    text = proc.stderr.decode("utf-8", "replace")
    found = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", text)
    if proc.returncode != 0 or not found:
        return None
    return second_pass(json.loads(found.group(0)))
