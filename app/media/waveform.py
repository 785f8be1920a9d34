"""Waveforms (clip and song) from ONE ffmpeg process each, and the song's loudest section.

ffmpeg decodes the sound to mono 8 kHz float samples through a pipe; numpy reduces each
1/100 s to its peak and its mean power. Chunks are handed on as they arrive and the finished
waveform is cached per file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.ffmpeg import ffmpeg_exe
from app.media.pipe import CancelFn, cache_file, load_cached, read_chunks, save_cached

SAMPLE_RATE = 8000
PEAK_RATE = 100  # buckets per second
BUCKET = SAMPLE_RATE // PEAK_RATE
CHUNK_SECONDS = 2


@dataclass(frozen=True)
class Waveform:
    peaks: np.ndarray  # float32, 0..1, the loudest sample of each 1/PEAK_RATE s
    power: np.ndarray  # float32, the mean square of each bucket

    @property
    def seconds(self) -> float:
        return len(self.peaks) / PEAK_RATE


def waveform_argv(path: str | Path) -> list[str]:
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-vn", "-sn", "-dn",
            "-i", str(path), "-map", "0:a:0", "-ac", "1", "-ar", str(SAMPLE_RATE),
            "-f", "f32le", "-acodec", "pcm_f32le", "pipe:1"]


def reduce(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Samples (a whole number of buckets, except maybe at the end) → (peaks, power)."""
    n = len(samples) // BUCKET * BUCKET
    parts = [samples[:n].reshape(-1, BUCKET)]
    peaks = [np.abs(parts[0]).max(axis=1)] if n else []
    power = [np.square(parts[0]).mean(axis=1)] if n else []
    if len(samples) > n:
        tail = samples[n:]
        peaks.append(np.array([np.abs(tail).max()]))
        power.append(np.array([np.square(tail).mean()]))
    if not peaks:
        return np.zeros(0, np.float32), np.zeros(0, np.float32)
    return (np.clip(np.concatenate(peaks), 0, 1).astype(np.float32),
            np.concatenate(power).astype(np.float32))


def iter_waveform(path: str | Path, should_cancel: CancelFn | None = None) -> Iterator[tuple[int, Waveform]]:
    """Yield ``(first bucket, part of the waveform)`` as the sound is decoded (from the cache: at once)."""
    cached = cache_file("wave", path, f"{SAMPLE_RATE}/{PEAK_RATE}")
    hit = load_cached(cached)
    if hit is not None and {"peaks", "power"} <= hit.keys():
        yield 0, Waveform(hit["peaks"], hit["power"])
        return
    peaks: list[np.ndarray] = []
    power: list[np.ndarray] = []
    at = 0
    chunk = SAMPLE_RATE * CHUNK_SECONDS * 4
    for data in read_chunks(waveform_argv(path), chunk, should_cancel):
        samples = np.frombuffer(data[: len(data) // 4 * 4], np.float32)
        p, w = reduce(samples)
        peaks.append(p)
        power.append(w)
        yield at, Waveform(p, w)
        at += len(p)
    if should_cancel and should_cancel():
        return
    whole = Waveform(np.concatenate(peaks) if peaks else np.zeros(0, np.float32),
                     np.concatenate(power) if power else np.zeros(0, np.float32))
    save_cached(cached, peaks=whole.peaks, power=whole.power)


def waveform(path: str | Path) -> Waveform:
    """The whole waveform at once (empty for a file without sound)."""
    parts = [part for _, part in iter_waveform(path)]
    if not parts:
        return Waveform(np.zeros(0, np.float32), np.zeros(0, np.float32))
    return Waveform(np.concatenate([p.peaks for p in parts]), np.concatenate([p.power for p in parts]))


def loudest_start(wave: Waveform, seconds: float, step: float = 0.5) -> float:
    """Where a window of ``seconds`` holds the most sound energy (a stand-in for the chorus).

    Looks at starts on a ``step`` grid; the window may not run past the end of the song.
    """
    power = wave.power.astype(np.float64)
    width = max(1, round(seconds * PEAK_RATE))
    if len(power) <= width:
        return 0.0
    sums = np.convolve(power, np.ones(width), mode="valid")  # sums[i]: energy of buckets i..i+width
    grid = np.arange(0, len(sums), max(1, round(step * PEAK_RATE)))
    best = grid[int(np.argmax(sums[grid]))]
    return round(best / PEAK_RATE, 2)
