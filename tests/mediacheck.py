"""Reading exported files the way a user's player would: frames, sound, codecs, boxes."""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

import numpy as np

from app.ffmpeg import ffmpeg_exe


def _ffmpeg_out(*args: str) -> bytes:
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", *args],
                          capture_output=True, check=True)
    return proc.stdout


def frame(path: Path, t: float, vf: str = "", size: tuple[int, int] = (1080, 1920)) -> np.ndarray:
    """The RGB frame at time t (after optional filters that must yield ``size``)."""
    filters = ["-vf", vf] if vf else []
    raw = _ffmpeg_out("-ss", str(t), "-i", str(path), "-frames:v", "1", *filters,
                      "-f", "rawvideo", "-pix_fmt", "rgb24", "-")
    w, h = size
    return np.frombuffer(raw[: w * h * 3], np.uint8).reshape(h, w, 3).astype(np.int16)


def frames(path: Path, size: tuple[int, int], vf: str = "") -> np.ndarray:
    """Every frame, as an array (n, h, w, 3)."""
    filters = ["-vf", vf] if vf else []
    raw = _ffmpeg_out("-i", str(path), *filters, "-f", "rawvideo", "-pix_fmt", "rgb24", "-")
    w, h = size
    return np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3).astype(np.int16)


def audio(path: Path, rate: int = 48000) -> np.ndarray:
    """The sound as mono float samples."""
    raw = _ffmpeg_out("-i", str(path), "-vn", "-ac", "1", "-ar", str(rate), "-f", "f32le", "-")
    return np.frombuffer(raw, np.float32)


def tone_level(samples: np.ndarray, freq: float, rate: int = 48000) -> float:
    """Amplitude of one frequency in the sound (Goertzel-like, via the FFT)."""
    if len(samples) == 0:
        return 0.0
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) / len(samples)
    bins = np.fft.rfftfreq(len(samples), 1 / rate)
    near = (bins > freq - 15) & (bins < freq + 15)
    return float(spectrum[near].max() * 4)


def summary(path: Path) -> str:
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)], capture_output=True)
    return proc.stderr.decode("utf-8", "replace")


def picture_types(path: Path) -> list[str]:
    """I/P/B of every frame, in display order."""
    proc = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-vf", "showinfo", "-an", "-f", "null", "-"],
        capture_output=True,
    )
    return re.findall(r"\btype:([IPB])\b", proc.stderr.decode("utf-8", "replace"))


def stream_durations(path: Path) -> dict[str, float]:
    """Seconds of video and audio, from the packets themselves."""
    out = {}
    for kind, sel in (("video", "0:v:0"), ("audio", "0:a:0")):
        raw = _ffmpeg_out("-i", str(path), "-map", sel, "-c", "copy", "-f", "framecrc", "-").decode()
        tb = re.search(r"#tb \d+: (\d+)/(\d+)", raw)
        ends = []
        for line in raw.splitlines():
            if line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(",")]
            ends.append(int(parts[2]) + int(parts[3]))
        out[kind] = max(ends) * int(tb.group(1)) / int(tb.group(2)) if ends else 0.0
    return out


def top_level_boxes(path: Path) -> list[str]:
    """MP4 box names in file order (faststart puts 'moov' before 'mdat')."""
    names = []
    with open(path, "rb") as f:
        while True:
            head = f.read(8)
            if len(head) < 8:
                break
            size, name = struct.unpack(">I4s", head)
            if size == 1:
                size = struct.unpack(">Q", f.read(8))[0]
                f.seek(size - 16, 1)
            elif size == 0:
                names.append(name.decode("latin-1"))
                break
            else:
                f.seek(size - 8, 1)
            names.append(name.decode("latin-1"))
    return names


def loudness(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP), measured by ffmpeg's ebur128."""
    proc = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-vn", "-af", "ebur128=peak=true",
         "-f", "null", "-"],
        capture_output=True,
    )
    text = proc.stderr.decode("utf-8", "replace")
    summary_part = text[text.rfind("Summary:"):]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary_part).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+) dBFS", summary_part).group(1))
    return integrated, peak
