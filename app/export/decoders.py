"""Which of the laptop's video chips decode a phone clip correctly, found by trying; cached per ffmpeg version.

Like the video chip's encoders (#19, :mod:`app.export.encoders`): a decoder counts as working only
when it decodes two short generated clips (HEVC Main 10, an iPhone's kind, and H.264 High) within
:data:`TRIAL_TIMEOUT` into the very frames the software decoder makes (compared small, as RGB).
Verdicts go to ``decoders.json`` in the cache folder, for this ffmpeg version only; a marker names
the decoder being tried, so a trial that crashed the app (a driver) marks it failed for good.
``anakgenius decoders --retest`` (and ``encoders --retest``) forgets it all.

Never worse than software: an export that fails with a chip's decoder is made again with the
software decoder (app.export.job.export); only a failure that names the chip marks it failed.
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app import files, winjob
from app.export.encoders import ffmpeg_reason, ffmpeg_version
from app.ffmpeg import ffmpeg_exe
from app.messages import M, Message
from app.paths import cache_dir
from app.render.decoders import AUTO, DECODERS, SOFTWARE, candidates, is_known

CACHE_FILE = "decoders.json"
MARKER_FILE = "decoders-trying.json"
CACHE_VERSION = 1
TRIAL_TIMEOUT = 10.0
WORKING, NOT_PRESENT, FAILED = "working", "not present", "failed"
TRIAL_CLIPS = {  # name → the encoder's arguments of a short generated clip, as phones record them
    "h264-high.mp4": ["-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high", "-pix_fmt", "yuv420p"],
    "hevc-main10.mp4": ["-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", "yuv420p10le",
                        "-x265-params", "log-level=error"],
}
SMALL = "64x36"
_ABSENT = re.compile(r"device creation failed|cannot (open|load|create)|no device|failed to (open|create|initiali)|"
                     r"not supported|no such file|unknown hwaccel|cannot be initialized|no va display", re.I)
_NAMES_CHIP = re.compile(r"hwaccel|hw_frames|hwframe|vaapi|d3d11|dxva|videotoolbox|device", re.I)
_lock = threading.Lock()
_IDS = {m.name: m for m in M}


@dataclass(frozen=True)
class Verdict:
    name: str
    status: str  # working | not present | failed
    reason: Message | None = None

    @property
    def label(self) -> str:
        return DECODERS[self.name].label if self.name in DECODERS else self.name

    def describe(self) -> Message:
        if self.status == WORKING:
            return Message(M.ENC_WORKING)
        reason = self.reason or Message(M.ENC_NOT_IN_FFMPEG)
        return Message(M.ENC_NOT_PRESENT if self.status == NOT_PRESENT else M.ENC_FAILED, reason=reason)


def cache_path() -> Path:
    return cache_dir() / CACHE_FILE


def marker_path() -> Path:
    return cache_dir() / MARKER_FILE


def _reason_dict(message: Message | None) -> dict[str, Any] | None:
    if message is None:
        return None
    return {"id": message.id.name, "params": {k: str(v) for k, v in message.params.items()}}


def _reason_from(data: Any) -> Message | None:
    if not isinstance(data, dict) or data.get("id") not in _IDS:
        return None
    return Message(_IDS[data["id"]], **dict(data.get("params", {})))


def cached(ffmpeg: str | None = None, version: str | None = None) -> dict[str, Verdict]:
    """What is known for this ffmpeg; empty when it was never tried (or another ffmpeg was)."""
    try:
        data = json.loads(cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    version = ffmpeg_version(ffmpeg) if version is None else version
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION or data.get("ffmpeg") != version:
        return {}
    return {name: Verdict(name, entry["status"], _reason_from(entry.get("reason")))
            for name, entry in dict(data.get("decoders", {})).items()
            if isinstance(entry, dict) and entry.get("status") in (WORKING, NOT_PRESENT, FAILED)}


def _save(verdicts: dict[str, Verdict], version: str) -> None:
    data = {"version": CACHE_VERSION, "ffmpeg": version,
            "decoders": {n: {"status": v.status, "reason": _reason_dict(v.reason)} for n, v in verdicts.items()}}
    try:
        files.write_text(cache_path(), json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError:
        pass  # a read-only cache folder: tried again next time


def forget() -> None:
    for path in (cache_path(), marker_path()):
        path.unlink(missing_ok=True)


def mark_bad(name: str, reason: Message, ffmpeg: str | None = None) -> None:
    """A decoder that failed during a real export: not used again for this ffmpeg."""
    with _lock:
        version = ffmpeg_version(ffmpeg)
        verdicts = cached(ffmpeg, version)
        verdicts[name] = Verdict(name, FAILED, reason)
        _save(verdicts, version)


def best(ffmpeg: str | None = None, names: Iterable[str] | None = None) -> str | None:
    """The first working decoder already known for this ffmpeg, or None. Never runs a trial."""
    verdicts = cached(ffmpeg)
    for name in names or candidates():
        if name in verdicts and verdicts[name].status == WORKING:
            return name
    return None


def resolve(decoder: str) -> str:
    """``auto``: the best decoder already found working (never runs a trial), else software."""
    if not is_known(decoder):
        return SOFTWARE
    if decoder == AUTO:
        return best() or SOFTWARE
    return decoder


def names_the_chip(details: str) -> bool:
    """Whether ffmpeg's error text is about the chip's decoding (not, say, a damaged clip)."""
    return bool(_NAMES_CHIP.search(details))


def detect(ffmpeg: str | None = None, names: Iterable[str] | None = None, timeout: float = TRIAL_TIMEOUT,
           retest: bool = False) -> list[Verdict]:
    """Every candidate's verdict, trying those not yet known (all of them with ``retest``)."""
    ffmpeg = ffmpeg or ffmpeg_exe()
    names = tuple(names) if names is not None else candidates()
    with _lock:
        version = ffmpeg_version(ffmpeg)
        verdicts = {} if retest else cached(ffmpeg, version)
        try:
            marker = json.loads(marker_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            marker = None
        if isinstance(marker, dict) and marker.get("ffmpeg") == version and marker.get("name") in names \
                and not retest:
            verdicts[marker["name"]] = Verdict(marker["name"], FAILED, Message(M.ENC_CRASHED))
        marker_path().unlink(missing_ok=True)
        todo = [n for n in names if n not in verdicts]
        if todo:
            built_in = compiled_hwaccels(ffmpeg)
            with tempfile.TemporaryDirectory(prefix="anakgenius-dectrial-") as tmp:
                clips = TrialClips(ffmpeg, Path(tmp))
                for name in todo:
                    if built_in is not None and name not in built_in:
                        verdicts[name] = Verdict(name, NOT_PRESENT, Message(M.ENC_NOT_IN_FFMPEG))
                        continue
                    try:
                        files.write_text(marker_path(), json.dumps({"name": name, "ffmpeg": version}) + "\n")
                    except OSError:
                        pass
                    verdicts[name] = trial(ffmpeg, name, clips, timeout)
                    marker_path().unlink(missing_ok=True)
        _save(verdicts, version)
        return [verdicts[n] for n in names]


def compiled_hwaccels(ffmpeg: str) -> set[str] | None:
    """The hwaccels this ffmpeg was built with (None when it cannot say)."""
    try:
        proc = winjob.run([ffmpeg, "-hide_banner", "-hwaccels"], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = proc.stdout.decode("utf-8", "replace").splitlines()[1:]
    return {line.strip() for line in lines if line.strip()} or None


class TrialClips:
    """The trial clips, each made (in ``folder``) only when a trial first needs it: a decoder whose chip
    is not there fails on the first clip, so the costlier HEVC one is often never made."""

    def __init__(self, ffmpeg: str, folder: Path) -> None:
        self.ffmpeg, self.folder = ffmpeg, folder
        self.made: dict[str, Path | None] = {}

    def __iter__(self) -> Iterator[Path]:
        for name in TRIAL_CLIPS:
            if name not in self.made:
                self.made[name] = self._make(name)
            path = self.made[name]
            if path is not None:
                yield path

    def _make(self, name: str) -> Path | None:
        path = self.folder / name
        argv = [self.ffmpeg, "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-f", "lavfi",
                "-i", "testsrc2=s=640x360:r=30:d=0.5", *TRIAL_CLIPS[name], str(path)]
        try:
            return path if winjob.run(argv, capture_output=True, timeout=60).returncode == 0 else None
        except (OSError, subprocess.TimeoutExpired):
            return None


def decode_small(ffmpeg: str, clip: Path, hw: tuple[str, ...], timeout: float) -> subprocess.CompletedProcess:
    """Every frame of ``clip`` decoded (with ``hw``'s options) and made small, as raw RGB on stdout."""
    argv = [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", *hw, "-i", str(clip), "-an",
            "-vf", f"scale={SMALL}:flags=area,format=rgb24", "-f", "rawvideo", "pipe:1"]
    return winjob.run(argv, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)


def trial(ffmpeg: str, name: str, clips: Iterable[Path], timeout: float = TRIAL_TIMEOUT) -> Verdict:
    """One decoder tried on each trial clip, its frames compared with the software decoder's."""
    tried = False
    for clip in clips:
        tried = True
        started = time.monotonic()
        try:
            proc = decode_small(ffmpeg, clip, (*DECODERS[name].args, "-xerror"), timeout)
        except subprocess.TimeoutExpired:
            return Verdict(name, FAILED, Message(M.ENC_TIMED_OUT, seconds=round(time.monotonic() - started)))
        if proc.returncode != 0:
            text = (proc.stderr or b"").decode("utf-8", "replace")
            return Verdict(name, NOT_PRESENT if _ABSENT.search(text) else FAILED,
                           ffmpeg_reason(text, proc.returncode))
        want = decode_small(ffmpeg, clip, (), 60).stdout
        if not frames_match(proc.stdout, want):
            return Verdict(name, FAILED, Message(M.DEC_WRONG_PICTURE))
    return Verdict(name, WORKING) if tried else Verdict(name, NOT_PRESENT, Message(M.ENC_NOT_IN_FFMPEG))


def frames_match(got: bytes, want: bytes, tolerance: float = 3.0) -> bool:
    """Same number of frames, and on average within ``tolerance`` of 255 per pixel (small, RGB)."""
    if not want or len(got) != len(want):
        return False
    diff = np.frombuffer(got, np.uint8).astype(np.int16) - np.frombuffer(want, np.uint8)
    return float(np.abs(diff).mean()) <= tolerance


def software_verdict() -> Verdict:
    return Verdict(SOFTWARE, WORKING, Message(M.ENC_SOFTWARE))
