"""Which of the laptop's video chips make a correct export, found by trying; cached per ffmpeg version.

A chip counts as working only when a short trial encode with the exact settings an export uses
(a 1 s clip at 1080×1920, the TikTok settings and the WhatsApp ones) finishes within
:data:`TRIAL_TIMEOUT` and its file passes the export's checks plus :func:`conformance`
(profile, yuv420p, constant 30 fps, a keyframe every 15 frames, no B-frames where WhatsApp needs
none). The verdicts are kept in ``encoders.json`` in the cache folder, for this ffmpeg version
only. Before each trial a marker names the chip being tried and is removed after it: a marker
found at the next start means the trial crashed the app (a driver), and that chip is marked
failed without being tried again. ``anakgenius encoders --retest`` forgets it all.

Nothing here needs the window's thread: :func:`detect` is safe to call from any thread (one
detection at a time; the GUI calls it on the export queue's thread before the first export), and
:func:`best` only reads what is known (None until a detection has finished).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import files, winjob
from app.ffmpeg import ffmpeg_exe
from app.messages import M, Message, as_is
from app.paths import cache_dir
from app.project.choices import PresetId
from app.render.encoders import CHIPS, SOFTWARE, candidates, encoder_args, for_chip, replace_video_args, video_args
from app.render.plan import RenderPlan
from app.render.presets import FPS, HEIGHT, PRESETS, WIDTH, ExportPreset

CACHE_FILE = "encoders.json"
MARKER_FILE = "encoders-trying.json"
CACHE_VERSION = 1
TRIAL_SECONDS = 1.0
TRIAL_TIMEOUT = 10.0  # a chip's driver may take a second or two to start; a hang is far longer
TRIAL_PRESETS = (PresetId.TIKTOK, PresetId.WHATSAPP)  # High with B-frames; Main without
WORKING, NOT_PRESENT, FAILED = "working", "not present", "failed"
# ffmpeg's words when the chip or its driver is not there at all (not a fault of a chip that is)
_ABSENT = re.compile(
    r"cannot load|failed to open|could not open|mfx session|no device|device creation failed|"
    r"no capable devices|no nvenc capable|failed to create.*(device|hardware)|cannot create.*device|"
    r"encoder not found|unknown encoder|no such file|not supported by|could not find.*mft|no hardware", re.I)
_lock = threading.Lock()
_IDS = {m.name: m for m in M}


@dataclass(frozen=True)
class Verdict:
    name: str
    status: str  # working | not present | failed
    reason: Message | None = None

    @property
    def label(self) -> str:
        return CHIPS[self.name].label if self.name in CHIPS else self.name

    def describe(self) -> Message:
        if self.status == WORKING:
            return Message(M.ENC_WORKING)
        reason = self.reason or Message(M.ENC_NOT_IN_FFMPEG)
        return Message(M.ENC_NOT_PRESENT if self.status == NOT_PRESENT else M.ENC_FAILED, reason=reason)

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "reason": _message_dict(self.reason)}


def _message_dict(message: Message | None) -> dict[str, Any] | None:
    if message is None:
        return None
    params = {k: (_message_dict(v) if isinstance(v, Message) else v) for k, v in message.params.items()}
    return {"id": message.id.name, "params": params}


def _message_from(data: Any) -> Message | None:
    if not isinstance(data, dict) or data.get("id") not in _IDS:
        return None
    params = {k: (_message_from(v) if isinstance(v, dict) else v) for k, v in dict(data.get("params", {})).items()}
    return Message(_IDS[data["id"]], **params)


def with_encoder(plan: RenderPlan, encoder: str, preset: ExportPreset, video_kbps: int | None = None) -> RenderPlan:
    """The same planned export encoding its picture with ``encoder`` (libx264: the plan as it is)."""
    if encoder == SOFTWARE:
        return plan
    argv = replace_video_args(plan.argv, video_args(preset, plan.duration, video_kbps, encoder))
    return dataclasses.replace(plan, argv=for_chip(argv, CHIPS[encoder]))


# --- the cache -----------------------------------------------------------------------------------

def cache_path() -> Path:
    return cache_dir() / CACHE_FILE


def marker_path() -> Path:
    return cache_dir() / MARKER_FILE


def ffmpeg_version(ffmpeg: str | None = None) -> str:
    """The first line of ``ffmpeg -version``: the cache is only valid for this very build."""
    return _version(ffmpeg or ffmpeg_exe())


@functools.lru_cache(maxsize=8)
def _version(ffmpeg: str) -> str:
    try:
        proc = winjob.run([ffmpeg, "-hide_banner", "-version"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return proc.stdout.decode("utf-8", "replace").partition("\n")[0].strip()


def cached(ffmpeg: str | None = None, version: str | None = None) -> dict[str, Verdict]:
    """What is known for this ffmpeg; empty when it was never tried (or another ffmpeg was)."""
    try:
        data = json.loads(cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    version = ffmpeg_version(ffmpeg) if version is None else version
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION or data.get("ffmpeg") != version:
        return {}
    out = {}
    for name, entry in dict(data.get("encoders", {})).items():
        if isinstance(entry, dict) and entry.get("status") in (WORKING, NOT_PRESENT, FAILED):
            out[name] = Verdict(name, entry["status"], _message_from(entry.get("reason")))
    return out


def _save(verdicts: dict[str, Verdict], version: str) -> None:
    data = {"version": CACHE_VERSION, "ffmpeg": version,
            "encoders": {n: v.to_dict() for n, v in verdicts.items()}}
    try:
        files.write_text(cache_path(), json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError:
        pass  # a read-only cache folder: tried again next time


def forget() -> None:
    """Forget every verdict and any crash marker (``anakgenius encoders --retest``)."""
    for path in (cache_path(), marker_path()):
        path.unlink(missing_ok=True)


def mark_bad(name: str, reason: Message, ffmpeg: str | None = None) -> None:
    """A chip that failed during a real export: not used again for this ffmpeg."""
    with _lock:
        version = ffmpeg_version(ffmpeg)
        verdicts = cached(ffmpeg, version)
        verdicts[name] = Verdict(name, FAILED, reason)
        _save(verdicts, version)


def best(ffmpeg: str | None = None, names: Iterable[str] | None = None) -> str | None:
    """The first working chip already known for this ffmpeg, or None. Never runs a trial."""
    verdicts = cached(ffmpeg)
    for name in names or candidates():
        verdict = verdicts.get(name)
        if verdict and verdict.status == WORKING:
            return name
    return None


# --- trying ---------------------------------------------------------------------------------------

def detect(ffmpeg: str | None = None, names: Iterable[str] | None = None, timeout: float = TRIAL_TIMEOUT,
           retest: bool = False) -> list[Verdict]:
    """Every candidate's verdict, trying those not yet known (all of them with ``retest``)."""
    ffmpeg = ffmpeg or ffmpeg_exe()
    names = tuple(names) if names is not None else candidates()
    with _lock:
        version = ffmpeg_version(ffmpeg)
        verdicts = {} if retest else cached(ffmpeg, version)
        marker = _read_marker()
        if marker and marker.get("ffmpeg") == version and marker.get("name") in names and not retest:
            verdicts[marker["name"]] = Verdict(marker["name"], FAILED, Message(M.ENC_CRASHED))
        marker_path().unlink(missing_ok=True)
        todo = [n for n in names if n not in verdicts]
        if todo:
            built_in = compiled_encoders(ffmpeg)
            for name in todo:
                if built_in is not None and name not in built_in:
                    verdicts[name] = Verdict(name, NOT_PRESENT, Message(M.ENC_NOT_IN_FFMPEG))
                    continue
                _write_marker(name, version)
                verdicts[name] = trial(ffmpeg, name, timeout)
                marker_path().unlink(missing_ok=True)
        _save(verdicts, version)
        return [verdicts[n] for n in names]


def compiled_encoders(ffmpeg: str) -> set[str] | None:
    """The encoders this ffmpeg was built with (None when it cannot say)."""
    try:
        proc = winjob.run([ffmpeg, "-hide_banner", "-encoders"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    names = re.findall(r"^\s*V[.\w]{5}\s+(\S+)", proc.stdout.decode("utf-8", "replace"), re.M)
    return set(names) or None


def trial_argv(ffmpeg: str, name: str, preset: ExportPreset, output: Path) -> list[str]:
    """An export's encoder settings on a short generated clip, shaped like a real export's command."""
    seconds = f"{TRIAL_SECONDS:g}"
    argv = [ffmpeg, "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-f", "lavfi", "-i", f"testsrc2=s={WIDTH}x{HEIGHT}:r={FPS}:d={seconds}",
            "-f", "lavfi", "-i", f"sine=f=440:r=48000:d={seconds}",
            "-filter_complex", "[0:v]format=yuv420p[v];[1:a]aformat=channel_layouts=stereo[a]",
            "-map", "[v]", "-map", "[a]", *encoder_args(preset, TRIAL_SECONDS, None, name),
            "-t", seconds, "-movflags", "+faststart", "-f", "mp4", str(output)]
    return for_chip(argv, CHIPS[name])


def trial(ffmpeg: str, name: str, timeout: float = TRIAL_TIMEOUT) -> Verdict:
    """One chip tried with each trial preset's settings."""
    with tempfile.TemporaryDirectory(prefix="anakgenius-trial-") as tmp:
        for preset_id in TRIAL_PRESETS:
            preset = PRESETS[preset_id]
            out = Path(tmp) / f"{preset_id.value}.mp4"
            verdict = _one_trial(trial_argv(ffmpeg, name, preset, out), name, timeout)
            if verdict:
                return verdict
            reason = output_problem(out, TRIAL_SECONDS, preset)
            if reason:
                return Verdict(name, FAILED, Message(M.ENC_BAD_FILE, reason=reason))
    return Verdict(name, WORKING)


def _one_trial(argv: list[str], name: str, timeout: float) -> Verdict | None:
    started = time.monotonic()
    try:
        proc = winjob.run(argv, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:  # (the trial's ffmpeg is killed)
        return Verdict(name, FAILED, Message(M.ENC_TIMED_OUT, seconds=round(time.monotonic() - started)))
    err = proc.stderr or b""
    if proc.returncode == 0:
        return None
    text = err.decode("utf-8", "replace")
    return Verdict(name, NOT_PRESENT if _ABSENT.search(text) else FAILED, ffmpeg_reason(text, proc.returncode))


def ffmpeg_reason(text: str, code: int) -> Message:
    """ffmpeg's first error line (without its ``[h264_nvenc @ 0x…]`` prefix), as it is."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = re.sub(r"^(\[[^\]]*\]\s*)+", "", lines[0]) if lines else ""
    return as_is(first) if first else Message(M.ENC_EXIT_CODE, code=code)


def _read_marker() -> dict[str, Any] | None:
    try:
        data = json.loads(marker_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_marker(name: str, version: str) -> None:
    try:
        files.write_text(marker_path(), json.dumps({"name": name, "ffmpeg": version}) + "\n")
    except OSError:
        pass


# --- the checks a chip's file must pass beyond the export's own --------------------------------------

_PROFILES = {"high": ("High", "Main", "Constrained Baseline"), "main": ("Main", "Constrained Baseline")}


def output_problem(path: Path, seconds: float, preset: ExportPreset, ffmpeg: str | None = None) -> Message | None:
    """Why this file is not what an export must be (None when it is): from the stream summary and the
    packets' timestamps and keyframe flags (stream copy, no decoding: a fraction of a second)."""
    ffmpeg = ffmpeg or ffmpeg_exe()
    proc = winjob.run([ffmpeg, "-hide_banner", "-nostdin", "-i", str(path), "-map", "0:v:0", "-c", "copy",
                       "-f", "framecrc", "-"], capture_output=True, timeout=60)
    summary = proc.stderr.decode("utf-8", "replace")
    video = re.search(r"Video: h264 \(([^)]*)\)[^,]*, (\w+)", summary)
    if proc.returncode != 0 or not video:
        return Message(M.EXPORT_INCOMPLETE)
    profile, pix_fmt = video.group(1), video.group(2)
    if profile not in _PROFILES.get(preset.profile, (profile,)):
        return Message(M.ENC_PROFILE, profile=profile, expected=preset.profile.capitalize())
    if pix_fmt != "yuv420p":
        return Message(M.ENC_PIXELS, pix_fmt=pix_fmt)
    packets = []
    for line in proc.stdout.decode("ascii", "replace").splitlines():
        if line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 5:
            packets.append((int(parts[1]), int(parts[2]), int(parts[3]), "F=0x0" not in parts[6:]))
    expected = round(seconds * FPS)
    pts = sorted(p[1] for p in packets)
    steps = {b - a for a, b in zip(pts, pts[1:], strict=False)}
    if abs(len(packets) - expected) > 1 or len(steps) > 1:
        return Message(M.ENC_FRAME_RATE, count=len(packets), expected=expected)
    if preset.b_frames == 0 and any(b[1] < a[1] for a, b in zip(packets, packets[1:], strict=False)):
        return Message(M.ENC_B_FRAMES)
    limit, gap = FPS // 2, 0
    for *_, key in packets:
        gap = 1 if key else gap + 1
        if gap > limit:
            return Message(M.ENC_KEYFRAMES, frames=_longest_gop(packets), limit=limit)
    return None


def _longest_gop(packets: list[tuple[int, int, int, bool]]) -> int:
    longest = gap = 0
    for *_, key in packets:
        gap = 1 if key else gap + 1
        longest = max(longest, gap)
    return longest


def software_verdict() -> Verdict:
    return Verdict(SOFTWARE, WORKING, Message(M.ENC_SOFTWARE))
