#!/usr/bin/env python3
"""Compose, render and encode the bundled campaign song "Anak Genius Ceria".

The song is an original, cheerful instrumental for Hari Anak Nasional
(#AnakGENIUS), dedicated to the public domain under CC0 1.0.  Everything is
synthesised here with numpy (additive, wavetable and FM synthesis plus
filtered noise for the drums) from a fixed seed, so every run produces the
same audio.  The only external program used is ffmpeg, to measure loudness
(EBU R128) and to encode the result as AAC-LC.

Usage::

    .venv/bin/python tools/compose_song.py            # writes assets/song/
    .venv/bin/python tools/compose_song.py --wav /tmp/song.wav

Music: 118 BPM, D major (written below in C major, transposed by TRANSPOSE).
Form: intro (4 bars) - verse (8) - chorus (8) - bridge (4) - chorus (8)
- final chord.  Chords are Roman numerals, melodies a small text notation
("E5/1.5" = E5 for 1.5 beats, "-/1" = one beat rest), drums 16-step grids.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import wave
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

Signal = NDArray[np.float64]

# --------------------------------------------------------------------------
# Global settings
# --------------------------------------------------------------------------

SR = 48_000
BPM = 118
BEAT = 60.0 / BPM
BAR = 4 * BEAT
STEP = BEAT / 4  # one sixteenth note
SEED = 2307  # 23 July: Hari Anak Nasional
TRANSPOSE = 2  # written in C major, sounds in D major
TAIL_SECONDS = 3.3  # length of the final chord after the last full bar
TARGET_LUFS = -14.0
MAX_TRUE_PEAK = -1.0  # dBTP, measured on the encoded file
TITLE = "Anak Genius Ceria"
CREDIT = "AnakGENIUS Studio developers"

REPO = Path(__file__).resolve().parents[1]
SONG_DIR = REPO / "assets" / "song"
SONG_FILE = "anakgenius-ceria.m4a"

# --------------------------------------------------------------------------
# Music theory helpers
# --------------------------------------------------------------------------

NOTE_OFFSETS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
NOTE_RE = re.compile(r"^([A-G])([#b]?)(\d)$")

# numeral -> (root offset from the tonic in semitones, triad intervals)
CHORDS: dict[str, tuple[int, tuple[int, ...]]] = {
    "I": (0, (0, 4, 7)),
    "ii": (2, (0, 3, 7)),
    "iii": (4, (0, 3, 7)),
    "IV": (5, (0, 4, 7)),
    "V": (7, (0, 4, 7)),
    "vi": (9, (0, 3, 7)),
}


def midi_hz(pitch: float) -> float:
    """Equal-tempered frequency of a MIDI pitch (A4 = 69 = 440 Hz)."""
    return 440.0 * 2.0 ** ((pitch - 69) / 12)


def note_number(name: str) -> int:
    """Sounding MIDI pitch of a written note name such as "F#5" (C4 = 60)."""
    match = NOTE_RE.match(name)
    if match is None:
        raise ValueError(f"bad note name {name!r}")
    letter, accidental, octave = match.groups()
    shift = {"#": 1, "b": -1, "": 0}[accidental]
    return 12 * (int(octave) + 1) + NOTE_OFFSETS[letter] + shift + TRANSPOSE


def chord_classes(numeral: str) -> list[int]:
    """Sounding pitch classes (0-11) of a chord, root first."""
    root, intervals = CHORDS[numeral]
    return [(root + i + TRANSPOSE) % 12 for i in intervals]


def place_in_range(pitch_class: int, low: int) -> int:
    """The pitch of a pitch class in the octave [low, low + 12)."""
    return low + (pitch_class - low) % 12


def chord_voicing(numeral: str, low: int) -> list[int]:
    """Close voicing of a triad within one octave starting at ``low``."""
    return sorted(place_in_range(pc, low) for pc in chord_classes(numeral))


def parse_melody_bar(text: str) -> list[tuple[float, float, int | None]]:
    """Parse "C5/1 E5/.5 -/1" into (start beat, beats, pitch or None)."""
    events: list[tuple[float, float, int | None]] = []
    beat = 0.0
    for token in text.split():
        name, length = token.split("/")
        beats = float(length)
        events.append((beat, beats, None if name == "-" else note_number(name)))
        beat += beats
    if abs(beat - 4.0) > 1e-9:
        raise ValueError(f"melody bar {text!r} lasts {beat} beats, not 4")
    return events


def grid_hits(pattern: str) -> list[tuple[int, float]]:
    """16-step drum grid -> (step, velocity).  X=1, x=.75, o=.45, 1-9=n/9."""
    if len(pattern) != 16:
        raise ValueError(f"grid {pattern!r} must have 16 steps")
    levels = {"X": 1.0, "x": 0.75, "o": 0.45}
    hits = []
    for step, char in enumerate(pattern):
        if char in levels:
            hits.append((step, levels[char]))
        elif char.isdigit():
            hits.append((step, int(char) / 9))
    return hits


def grid_notes(pattern: str) -> list[tuple[int, int, str]]:
    """16-step note grid -> (step, length in steps, symbol); '-' ties."""
    notes: list[tuple[int, int, str]] = []
    for step, char in enumerate(pattern):
        if char == "-" and notes:
            start, length, symbol = notes[-1]
            notes[-1] = (start, length + 1, symbol)
        elif char not in ".-":
            notes.append((step, 1, char))
    return notes


# --------------------------------------------------------------------------
# The composition
# --------------------------------------------------------------------------

HOOK = (
    "C5/1 E5/.5 G5/1.5 E5/.5 G5/.5",
    "B4/1 D5/.5 G5/1.5 F5/.5 E5/.5",
    "E5/1 A5/.5 A5/1 G5/.5 E5/1",
    "A5/.5 G5/.5 F5/1 A5/1 G5/1",
)
VERSE_MELODY = (
    "G4/.5 C5/.5 C5/.5 D5/.5 E5/1 C5/1",
    "A4/.5 C5/.5 C5/.5 D5/.5 E5/1.5 -/.5",
    "F5/.5 E5/.5 D5/.5 C5/.5 A4/1 C5/1",
    "D5/1.5 B4/.5 G4/2",
    "G4/.5 C5/.5 C5/.5 D5/.5 E5/1 C5/1",
    "A4/.5 C5/.5 E5/.5 G5/.5 A5/1.5 -/.5",
    "A5/.5 G5/.5 F5/.5 E5/.5 F5/1 C5/1",
    "D5/1 E5/.5 D5/.5 B4/1 G4/.5 B4/.5",
)
CHORUS_MELODY = HOOK + (
    HOOK[0],
    HOOK[1],
    "E5/1 A5/.5 C6/1.5 B5/.5 A5/.5",
    "A5/1 G5/1 F5/2",
)
FINAL_CHORUS_MELODY = HOOK + (
    HOOK[0],
    HOOK[1],
    "A5/1 C6/.5 A5/1.5 G5/1",
    "F5/.5 E5/.5 D5/1 B4/1 D5/1",
)
BRIDGE_MELODY = (
    "C6/1.5 B5/.5 A5/2",
    "A5/1.5 G5/.5 F5/2",
    "E5/1 G5/1 C6/1.5 G5/.5",
    "D6/1.5 B5/.5 G5/1 -/1",
)


@dataclass(frozen=True)
class Section:
    name: str
    kind: str  # intro | verse | chorus | bridge | ending
    chords: tuple[str, ...]  # one numeral per bar
    melody: tuple[str, ...] = ()


SECTIONS: tuple[Section, ...] = (
    Section("intro", "intro", ("I", "V", "vi", "IV"), HOOK),
    Section("verse", "verse", ("I", "vi", "IV", "V") * 2, VERSE_MELODY),
    Section("chorus 1", "chorus", ("I", "V", "vi", "IV") * 2, CHORUS_MELODY),
    Section("bridge", "bridge", ("vi", "IV", "I", "V"), BRIDGE_MELODY),
    Section(
        "chorus 2",
        "chorus",
        ("I", "V", "vi", "IV", "I", "V", "IV", "V"),
        FINAL_CHORUS_MELODY,
    ),
    Section("ending", "ending", ("I",), ("C5/4",)),
)


@dataclass(frozen=True)
class BarSlot:
    """One bar of the form: where it is and what surrounds it."""

    index: int  # global bar number
    section: Section
    position: int  # bar number inside the section
    chord: str
    next_kind: str | None  # kind of the following section, at its last bar

    @property
    def start(self) -> float:
        return self.index * BAR

    @property
    def is_last(self) -> bool:
        return self.position == len(self.section.chords) - 1


def form() -> list[BarSlot]:
    """Every bar of the song in order."""
    slots: list[BarSlot] = []
    for number, section in enumerate(SECTIONS):
        following = SECTIONS[number + 1].kind if number + 1 < len(SECTIONS) else None
        for position, chord in enumerate(section.chords):
            last = position == len(section.chords) - 1
            slots.append(BarSlot(len(slots), section, position, chord, following if last else None))
    return slots


def section_start(name: str) -> float:
    """Start time in seconds of the first section called ``name``."""
    bars = 0
    for section in SECTIONS:
        if section.name == name:
            return bars * BAR
        bars += len(section.chords)
    raise KeyError(name)


def song_length() -> float:
    full_bars = sum(len(s.chords) for s in SECTIONS) - 1
    return full_bars * BAR + TAIL_SECONDS


@dataclass(frozen=True)
class Event:
    time: float  # seconds
    dur: float  # seconds
    pitch: int = 0  # sounding MIDI pitch (0 for drums)
    vel: float = 1.0
    variant: int = 0  # which pre-rendered drum sample


Score = dict[str, list[Event]]


def drum_patterns(slot: BarSlot) -> dict[str, str]:
    """Drum grids for one bar (instrument -> 16-step pattern)."""
    kind, pos = slot.section.kind, slot.position
    if kind == "intro":
        if pos < 2:
            return {"clap": "....o.......o...", "hat": "o.o.o.o.o.o.o.o."}
        grids = {"kick": "X.......X.......", "clap": "....x.......x...", "hat": "x.X.x.X.x.X.x.X."}
        if slot.is_last:
            grids["snare"] = "............3.57"
        return grids
    if kind == "verse":
        grids = {
            "kick": "X.......X.x.....",
            "clap": "....X.......X...",
            "hat": "o.x.o.x.o.x.o.x.",
        }
        if slot.is_last:
            grids["kick"] = "X.......X.x.X.X."
            grids["snare"] = "............5678"
        return grids
    if kind == "chorus":
        grids = {
            "kick": "X...X...X...X...",
            "clap": "....X.......X...",
            "snare": "....x.......x...",
            "hat": "x..ox..ox..ox..o",
            "ohat": "..x...x...x...x.",
        }
        if slot.is_last:
            grids["snare"] = "....x.......xxXX"
        return grids
    if kind == "bridge":
        if pos < 2:
            return {"kick": "X...............", "clap": "....o.......o...", "hat": "o.o.o.o.o.o.o.o."}
        if not slot.is_last:
            return {"kick": "X.......X.......", "clap": "....x.......x...", "hat": "o.x.o.x.o.x.o.x."}
        return {"kick": "X...X...X...X.X.", "snare": "2.3.4.4.55667789", "hat": "o.x.o.x.o.x.o.x."}
    return {"kick": "X..............."}  # ending


def drum_part(slots: Sequence[BarSlot], rng: np.random.Generator) -> Score:
    score: Score = defaultdict(list)
    for slot in slots:
        for name, grid in drum_patterns(slot).items():
            for step, vel in grid_hits(grid):
                jitter = 1.0 + 0.05 * rng.standard_normal() if name in ("hat", "ohat") else 1.0
                score[name].append(Event(slot.start + step * STEP, STEP, 0, vel * jitter, int(rng.integers(4))))
        kind = slot.section.kind
        if slot.position == 0 and kind in ("verse", "chorus", "ending"):
            score["crash"].append(Event(slot.start, 2.5, 0, 0.55 if kind == "verse" else 1.0))
        if kind == "chorus" and slot.position == 4:
            score["crash"].append(Event(slot.start, 2.5, 0, 0.5))
        if slot.next_kind == "chorus":
            score["riser"].append(Event(slot.start, BAR, 0, 1.0))  # ends on the downbeat
    return score


BASS_GRIDS = {
    "intro": "R-----R.R---F-O-",
    "verse": "R-----R.R---F-O-",
    "chorus": "R-R-R-O-R-R-R-O-",
    "bridge": "R---------------",
    "build": "R-R-R-R-R-R-R-O-",
}


def bass_part(slots: Sequence[BarSlot]) -> Score:
    score: Score = defaultdict(list)
    for slot in slots:
        kind = slot.section.kind
        root = place_in_range(chord_classes(slot.chord)[0], 35)
        if kind == "ending":
            score["bass"].append(Event(slot.start, 2.6, root, 1.0))
            continue
        if kind == "intro" and slot.position < 2:
            continue
        grid = BASS_GRIDS[kind]
        if kind == "bridge" and slot.position == 2:
            grid = "R-------R-------"
        if kind == "bridge" and slot.is_last:
            grid = BASS_GRIDS["build"]
        for step, length, symbol in grid_notes(grid):
            pitch = root + {"R": 0, "F": 7, "O": 12}[symbol]
            if symbol == "F" and pitch > 47:
                pitch -= 12
            vel = 0.8 if symbol == "O" else 1.0
            score["bass"].append(Event(slot.start + step * STEP, length * STEP * 0.85, pitch, vel))
    return score


def harmony_part(slots: Sequence[BarSlot]) -> Score:
    """Pad chords, e-piano stabs and marimba arpeggios."""
    score: Score = defaultdict(list)
    pad_level = {"intro": 0.6, "verse": 0.55, "chorus": 1.0, "bridge": 0.9, "ending": 1.0}
    stab_grid = {"verse": "..x...x...x...x.", "chorus": "..X...X...X..xX.", "bridge": "x---------------"}
    stab_level = {"verse": 0.7, "chorus": 1.0, "bridge": 0.55}
    arp_order = (0, 1, 2, 3, 2, 1, 2, 3)
    for slot in slots:
        kind = slot.section.kind
        voicing = chord_voicing(slot.chord, 60)
        hold = TAIL_SECONDS - 0.9 if kind == "ending" else BAR
        for pitch in voicing + [place_in_range(chord_classes(slot.chord)[0], 48)]:
            score["pad"].append(Event(slot.start, hold, pitch, pad_level[kind]))
        if kind in stab_grid:
            vel = stab_level[kind]
            for step, length, _ in grid_notes(stab_grid[kind]):
                for pitch in chord_voicing(slot.chord, 64):
                    score["epiano"].append(Event(slot.start + step * STEP, length * STEP * 0.8, pitch, vel))
        if kind in ("intro", "chorus"):
            arp = chord_voicing(slot.chord, 72)
            arp.append(arp[0] + 12)
            vel = 0.8 if kind == "intro" else 1.0
            for eighth, index in enumerate(arp_order):
                accent = 1.0 if eighth % 2 == 0 else 0.75
                score["arp"].append(Event(slot.start + eighth * BEAT / 2, BEAT / 2, arp[index], vel * accent))
        if kind == "ending":
            roll = chord_voicing(slot.chord, 60) + chord_voicing(slot.chord, 72)
            roll.append(roll[0] + 24)
            for number, pitch in enumerate(roll):
                score["arp"].append(Event(slot.start + number * STEP / 2, 1.0, pitch, 0.6 + 0.05 * number))
    return score


def melody_part(slots: Sequence[BarSlot]) -> Score:
    """Lead lines: glockenspiel intro, marimba verse, lead synth chorus/bridge."""
    score: Score = defaultdict(list)
    for slot in slots:
        section, kind = slot.section, slot.section.kind
        for beat, beats, pitch in parse_melody_bar(section.melody[slot.position]):
            if pitch is None:
                continue
            when, dur = slot.start + beat * BEAT, beats * BEAT
            if kind == "ending":
                dur = TAIL_SECONDS - 0.7
            strong = 1.0 if beat % 1 == 0 else 0.85
            if kind == "intro":
                score["glock"].append(Event(when, dur, pitch + 12, strong))
                score["marimba"].append(Event(when, dur, pitch, 0.6 * strong))
            elif kind == "verse":
                score["marimba"].append(Event(when, dur, pitch, strong))
                score["glock"].append(Event(when, dur, pitch + 12, 0.3 * strong))
            elif kind == "chorus":
                score["lead"].append(Event(when, dur * 0.92, pitch, strong))
                score["marimba"].append(Event(when, dur, pitch, 0.45 * strong))
                score["glock"].append(Event(when, dur, pitch + 12, 0.55 * strong))
            elif kind == "bridge":
                score["lead"].append(Event(when, dur * 0.92, pitch, 0.75 * strong))
                score["glock"].append(Event(when, dur, pitch, 0.6 * strong))
            else:
                score["lead"].append(Event(when, dur, pitch, 0.9))
                score["glock"].append(Event(when, dur, pitch + 12, 0.8))
    return score


def arrange(rng: np.random.Generator) -> Score:
    slots = form()
    score: Score = defaultdict(list)
    for part in (drum_part(slots, rng), bass_part(slots), harmony_part(slots), melody_part(slots)):
        for name, events in part.items():
            score[name].extend(events)
    return score


# --------------------------------------------------------------------------
# DSP building blocks
# --------------------------------------------------------------------------

TABLE_SIZE = 4096
NYQUIST_GUARD = 0.4 * SR  # highest partial we allow (band-limiting)


def times(n: int) -> Signal:
    return np.arange(n) / SR


def seconds(s: float) -> int:
    return max(1, int(round(s * SR)))


def ramp(n: int) -> Signal:
    """Raised-cosine ramp from 0 to 1 over n samples."""
    return 0.5 - 0.5 * np.cos(np.linspace(0.0, np.pi, n))


def fade_edges(x: Signal, attack: float = 0.002, release: float = 0.01) -> Signal:
    """Short fade in/out so no note starts or stops with a click."""
    y = x.copy()
    a, r = min(seconds(attack), len(y)), min(seconds(release), len(y))
    y[..., :a] *= ramp(a)
    y[..., y.shape[-1] - r :] *= ramp(r)[::-1]
    return y


def gate_envelope(n_hold: int, n_total: int, attack: float, release: float) -> Signal:
    """1 while the note is held, with raised-cosine attack and release."""
    env = np.zeros(n_total)
    a = min(seconds(attack), n_hold)
    env[:n_hold] = 1.0
    env[:a] = ramp(a)
    r = min(seconds(release), n_total - n_hold)
    env[n_hold : n_hold + r] = ramp(r)[::-1]
    return env


def spectral_filter(
    x: Signal, low: float | None = None, high: float | None = None, order: int = 2, pad: float = 0.0
) -> Signal:
    """Zero-phase Butterworth-shaped band filter applied in the FFT domain."""
    n = x.shape[-1]
    n_fft = 1 << int(np.ceil(np.log2(n + seconds(pad) + 1)))
    spectrum = np.fft.rfft(x, n_fft)
    freqs = np.fft.rfftfreq(n_fft, 1.0 / SR)
    freqs[0] = 1e-3
    gain = np.ones_like(freqs)
    if low is not None:
        gain /= np.sqrt(1.0 + (low / freqs) ** (2 * order))
    if high is not None:
        gain /= np.sqrt(1.0 + (freqs / high) ** (2 * order))
    return np.fft.irfft(spectrum * gain, n_fft)[..., :n]


def noise(rng: np.random.Generator, n: int, low: float | None, high: float | None, order: int = 2) -> Signal:
    """Band-limited white noise with unit RMS."""
    y = spectral_filter(rng.standard_normal(n), low, high, order)
    return y / np.sqrt(np.mean(y * y))


@cache
def harmonic_table(shape: str, n_harmonics: int) -> Signal:
    """One cycle of an additive waveform with ``n_harmonics`` partials."""
    phase = np.arange(TABLE_SIZE) / TABLE_SIZE
    wave_ = np.zeros(TABLE_SIZE)
    for n in range(1, n_harmonics + 1):
        wave_ += HARMONIC_SHAPES[shape](n) * np.sin(2 * np.pi * n * phase)
    return np.append(wave_, wave_[0]) / np.max(np.abs(wave_))


HARMONIC_SHAPES: dict[str, Callable[[int], float]] = {
    # warm, slightly hollow lead (clarinet-ish: odd partials stronger)
    "lead_soft": lambda n: (1.0 if n % 2 else 0.5) / n * np.exp(-(n - 1) / 6.0),
    "lead_bright": lambda n: (1.0 if n % 2 else 0.5) / n**0.9,
    # mellow string-pad saw
    "pad": lambda n: 1.0 / n * np.exp(-(n - 1) / 4.0),
    # round bass with a little growl
    "bass_soft": lambda n: [1.0, 0.7, 0.45, 0.25, 0.12, 0.06][n - 1] if n <= 6 else 0.0,
    "bass_bright": lambda n: 1.0 / n**1.1,
}


def oscillator(
    shape: str,
    freq: float | Signal,
    n: int,
    phase0: float = 0.0,
    max_harmonics: int = 24,
    top_hz: float = NYQUIST_GUARD,
) -> Signal:
    """Band-limited wavetable oscillator; ``freq`` may vary per sample.

    Only partials below ``top_hz`` (at most 0.4 * SR) are synthesised, so
    nothing aliases.
    """
    top = float(np.max(freq))
    n_harmonics = int(max(1, min(max_harmonics, min(top_hz, NYQUIST_GUARD) // top)))
    table = harmonic_table(shape, n_harmonics)
    if np.isscalar(freq):
        phase = phase0 + float(freq) * times(n)
    else:
        phase = phase0 + np.cumsum(freq) / SR
    index = (phase % 1.0) * TABLE_SIZE
    return np.interp(index, np.arange(TABLE_SIZE + 1), table)


def partials(freq: float, n: int, ratios: Sequence[float], amps: Sequence[float], decays: Sequence[float]) -> Signal:
    """Sum of exponentially decaying sine partials (struck bars, bells)."""
    t = times(n)
    y = np.zeros(n)
    for ratio, amp, decay in zip(ratios, amps, decays, strict=True):
        if freq * ratio < NYQUIST_GUARD:
            y += amp * np.sin(2 * np.pi * freq * ratio * t) * np.exp(-t / decay)
    return y


# --------------------------------------------------------------------------
# Instruments (each returns a mono or (2, n) stereo signal at unit velocity)
# --------------------------------------------------------------------------


@cache
def marimba(pitch: int) -> Signal:
    """Struck wooden bar: partials tuned at 1, 4 and 10 times the fundamental."""
    f = midi_hz(pitch)
    n = seconds(1.4)
    ring = 0.55 * (523.0 / f) ** 0.35
    y = partials(f, n, (1.0, 4.0, 9.95), (1.0, 0.28, 0.07), (ring, ring * 0.16, ring * 0.05))
    t = times(n)
    mallet = np.sin(2 * np.pi * f * 2.0 * t) * np.exp(-t / 0.006) * 0.25
    return fade_edges((y + mallet) * 0.8, 0.0015, 0.05)


@cache
def glockenspiel(pitch: int) -> Signal:
    """Metal bar with the inharmonic partials of a free-free beam."""
    f = midi_hz(pitch)
    n = seconds(1.8)
    ring = 0.9 * (1046.0 / f) ** 0.3
    y = partials(f, n, (1.0, 2.756, 5.404, 8.933), (1.0, 0.3, 0.1, 0.04), (ring, ring * 0.25, ring * 0.1, ring * 0.05))
    return fade_edges(y * 0.8, 0.001, 0.08)


@cache
def lead(pitch: int, n_hold: int) -> Signal:
    """Singing lead: wavetable with a bright attack, delayed vibrato, soft release."""
    f = midi_hz(pitch)
    n = n_hold + seconds(0.14)
    t = times(n)
    depth = 0.006 * np.clip((t - 0.16) / 0.25, 0.0, 1.0)  # about +/- 10 cents
    freq = f * (1.0 + depth * np.sin(2 * np.pi * 5.5 * t))
    phase0 = (pitch * 0.137) % 1.0
    soft = oscillator("lead_soft", freq, n, phase0, top_hz=12000.0)
    bright = oscillator("lead_bright", freq, n, phase0, top_hz=12000.0)
    shine = np.exp(-t / 0.07)
    tone = soft * (1.0 - 0.5 * shine) + bright * 0.5 * shine
    level = 0.8 + 0.2 * np.exp(-t / 0.25)
    return tone * level * gate_envelope(n_hold, n, 0.012, 0.1) * 0.6


@cache
def epiano(pitch: int, n_hold: int) -> Signal:
    """Two-operator FM electric piano (1:1 ratio, decaying index)."""
    f = midi_hz(pitch)
    n = n_hold + seconds(0.2)
    t = times(n)
    index = 1.5 * np.exp(-t / 0.12) + 0.2
    y = np.sin(2 * np.pi * f * t + index * np.sin(2 * np.pi * f * t))
    y *= np.exp(-t / 1.2)
    return y * gate_envelope(n_hold, n, 0.003, 0.18) * 0.5


@cache
def pad(pitch: int, n_hold: int) -> Signal:
    """Two slightly detuned saw voices, one per side (stereo width)."""
    f = midi_hz(pitch)
    release = seconds(0.9 if n_hold > seconds(BAR * 1.05) else 0.3)
    n = n_hold + release
    env = gate_envelope(n_hold, n, 0.09, release / SR)
    t = times(n)
    breathe = 1.0 + 0.04 * np.sin(2 * np.pi * 0.25 * t)
    left = oscillator("pad", f * 2 ** (-7 / 1200), n, 0.1, 14)
    right = oscillator("pad", f * 2 ** (7 / 1200), n, 0.6, 14)
    return np.stack([left, right]) * env * breathe * 0.5


@cache
def bass(pitch: int, n_hold: int) -> Signal:
    """Plucked synth bass: bright attack fading to a round tone, softly saturated."""
    f = midi_hz(pitch)
    n = n_hold + seconds(0.05)
    t = times(n)
    soft = oscillator("bass_soft", f, n)
    bright = oscillator("bass_bright", f, n, max_harmonics=16)
    shine = np.exp(-t / 0.06)
    y = soft * (1.0 - 0.4 * shine) + 0.45 * bright * shine
    y *= 0.75 + 0.25 * np.exp(-t / 0.2)
    y = np.tanh(1.5 * y) / np.tanh(1.5)
    return y * gate_envelope(n_hold, n, 0.004, 0.04)


def make_kick(rng: np.random.Generator) -> Signal:
    n = seconds(0.42)
    t = times(n)
    freq = 52.0 + 110.0 * np.exp(-t / 0.035) + 120.0 * np.exp(-t / 0.004)
    body = np.sin(2 * np.pi * np.cumsum(freq) / SR) * np.exp(-t / 0.16)
    click = noise(rng, n, 1500.0, 8000.0) * np.exp(-t / 0.002) * 0.12
    y = np.tanh(1.8 * (body + click)) / np.tanh(1.8)
    return fade_edges(y, 0.0005, 0.04)


def make_clap(rng: np.random.Generator) -> Signal:
    n = seconds(0.4)
    t = times(n)
    env = np.zeros(n)
    for start in (0.0, 0.009, 0.019):
        env += np.where(t >= start, np.exp(-(t - start) / 0.0045), 0.0)
    env += 0.55 * np.where(t >= 0.026, np.exp(-(t - 0.026) / 0.085), 0.0)
    y = noise(rng, n, 1000.0, 7000.0) * env
    return fade_edges(y / np.max(np.abs(y)), 0.0005, 0.05)


def make_snare(rng: np.random.Generator) -> Signal:
    n = seconds(0.35)
    t = times(n)
    tone = np.sin(2 * np.pi * 190.0 * t) * np.exp(-t / 0.045) + 0.5 * np.sin(2 * np.pi * 330.0 * t) * np.exp(-t / 0.025)
    rattle = noise(rng, n, 1800.0, 10000.0) * np.exp(-t / 0.09) * 0.5
    y = tone * 0.6 + rattle
    return fade_edges(y / np.max(np.abs(y)), 0.0005, 0.05)


def make_hat(rng: np.random.Generator, open_: bool) -> Signal:
    n = seconds(0.5 if open_ else 0.12)
    t = times(n)
    decay = 0.16 if open_ else 0.022
    y = noise(rng, n, 7500.0, 15000.0, order=3) * np.exp(-t / decay)
    return fade_edges(y / np.max(np.abs(y)), 0.0005, 0.03)


def make_crash(rng: np.random.Generator) -> Signal:
    n = seconds(2.6)
    t = times(n)
    y = noise(rng, n, 3500.0, 14000.0) * np.exp(-t / 0.9)
    return fade_edges(y / np.max(np.abs(y)), 0.001, 0.3)


def make_riser(rng: np.random.Generator) -> Signal:
    """Reversed cymbal swelling into the next downbeat."""
    n = seconds(BAR)
    t = times(n)
    y = noise(rng, n, 3000.0, 12000.0) * np.exp(-t / 0.7)
    return fade_edges(y[::-1] / np.max(np.abs(y)), 0.01, 0.004)


# --------------------------------------------------------------------------
# Mixing
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Channel:
    """How one instrument enters the mix."""

    gain: float
    pan: float = 0.0  # -1 left ... +1 right
    reverb: float = 0.0  # send level
    echo: float = 0.0  # send level of the ping-pong delay
    duck: bool = False  # dips after every kick (sidechain pumping)


CHANNELS: dict[str, Channel] = {
    "kick": Channel(0.38),
    "snare": Channel(0.5, 0.05, reverb=0.12),
    "clap": Channel(0.65, -0.05, reverb=0.2),
    "hat": Channel(0.32, 0.4, reverb=0.04),
    "ohat": Channel(0.24, 0.45, reverb=0.05),
    "crash": Channel(0.25, -0.35, reverb=0.1),
    "riser": Channel(0.2, 0.25, reverb=0.2),
    "bass": Channel(0.21, duck=True),
    "pad": Channel(0.086, reverb=0.3, duck=True),
    "epiano": Channel(0.17, -0.45, reverb=0.2, duck=True),
    "arp": Channel(0.1, 0.55, reverb=0.25, echo=0.25),
    "marimba": Channel(0.29, 0.1, reverb=0.2, echo=0.2),
    "glock": Channel(0.14, -0.4, reverb=0.3),
    "lead": Channel(0.32, 0.0, reverb=0.2, echo=0.22),
}


def pan_gains(pan: float) -> tuple[float, float]:
    """Constant-power pan law, normalised to unity at the centre."""
    angle = (pan + 1.0) * np.pi / 4
    return float(np.cos(angle) * np.sqrt(2)), float(np.sin(angle) * np.sqrt(2))


class Mixer:
    """Accumulates rendered notes into dry, ducked and send buses."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.dry = np.zeros((2, n))
        self.ducked = np.zeros((2, n))
        self.reverb_send = np.zeros((2, n))
        self.echo_send = np.zeros(n)

    def add(self, signal: Signal, at: float, channel: Channel, vel: float) -> None:
        start = int(round(at * SR))
        stereo = signal if signal.ndim == 2 else np.stack([signal, signal])
        stop = min(self.n, start + stereo.shape[1])
        if stop <= start:
            return
        left, right = pan_gains(channel.pan)
        part = stereo[:, : stop - start] * np.array([[left], [right]]) * (channel.gain * vel)
        target = self.ducked if channel.duck else self.dry
        target[:, start:stop] += part
        self.reverb_send[:, start:stop] += part * channel.reverb
        self.echo_send[start:stop] += part.mean(axis=0) * channel.echo


def kick_ducking(kick_times: Sequence[float], n: int) -> Signal:
    """0..1 shape of the sidechain dip after each kick (smooth, click-free)."""
    shape = np.zeros(n)
    length = seconds(0.35)
    t = times(length)
    dip = (1.0 - np.exp(-t / 0.004)) * np.exp(-t / 0.11)
    dip /= dip.max()
    for when in kick_times:
        start = int(round(when * SR))
        stop = min(n, start + length)
        shape[start:stop] = np.maximum(shape[start:stop], dip[: stop - start])
    return shape


def reverb_ir(rng: np.random.Generator, length: float = 1.8, rt60: float = 1.4) -> Signal:
    """Stereo impulse response of a small bright room (decorrelated noise)."""
    n = seconds(length)
    t = times(n)
    tail = np.stack([noise(rng, n, 200.0, 7000.0), noise(rng, n, 200.0, 7000.0)])
    tail *= np.exp(-6.91 * t / rt60) * ramp(n)[::-1] ** 0.1
    tail[:, : seconds(0.005)] *= ramp(seconds(0.005))
    predelay = np.zeros((2, seconds(0.018)))
    ir = np.concatenate([predelay, tail], axis=1)
    return ir / np.sqrt(np.sum(ir * ir) / 2)


def convolve(x: Signal, ir: Signal) -> Signal:
    """FFT convolution of (2, n) signals, truncated to len(x)."""
    n = x.shape[1]
    n_fft = 1 << int(np.ceil(np.log2(n + ir.shape[1])))
    y = np.fft.irfft(np.fft.rfft(x, n_fft) * np.fft.rfft(ir, n_fft), n_fft)
    return y[:, :n]


def ping_pong(send: Signal, delay: float, feedback: float, taps: int = 4) -> Signal:
    """Dotted-eighth echoes bouncing left and right, getting darker."""
    n = len(send)
    out = np.zeros((2, n))
    shift = seconds(delay)
    source = spectral_filter(send, 300.0, 5000.0, pad=0.05)
    for tap in range(1, taps + 1):
        offset = shift * tap
        if offset >= n:
            break
        out[tap % 2, offset:] += source[: n - offset] * feedback ** (tap - 1)
    return out


def render_score(score: Score, rng: np.random.Generator) -> Signal:
    n = seconds(song_length())
    mixer = Mixer(n)
    drums: dict[str, list[Signal]] = {
        "kick": [make_kick(rng)] * 4,
        "snare": [make_snare(rng) for _ in range(4)],
        "clap": [make_clap(rng) for _ in range(4)],
        "hat": [make_hat(rng, False) for _ in range(4)],
        "ohat": [make_hat(rng, True) for _ in range(4)],
        "crash": [make_crash(rng)] * 4,
        "riser": [make_riser(rng)] * 4,
    }
    for name, events in sorted(score.items()):
        channel = CHANNELS[name]
        for event in events:
            if name in drums:
                signal = drums[name][event.variant]
            else:
                signal = render_note(name, event)
            mixer.add(signal, event.time, channel, event.vel)
    duck = kick_ducking([e.time for e in score["kick"]], n)
    mix = mixer.dry + mixer.ducked * (1.0 - 0.3 * duck)
    mix += ping_pong(mixer.echo_send, 0.75 * BEAT, 0.4)
    mix += 0.28 * convolve(mixer.reverb_send, reverb_ir(rng))
    return mix


def render_note(name: str, event: Event) -> Signal:
    n_hold = seconds(event.dur)
    if name == "marimba" or name == "arp":
        return marimba(event.pitch)
    if name == "glock":
        return glockenspiel(event.pitch)
    if name == "lead":
        return lead(event.pitch, n_hold)
    if name == "epiano":
        return epiano(event.pitch, n_hold)
    if name == "pad":
        return pad(event.pitch, n_hold)
    if name == "bass":
        return bass(event.pitch, n_hold)
    raise KeyError(name)


# --------------------------------------------------------------------------
# Mastering
# --------------------------------------------------------------------------


def limiter(x: Signal, ceiling_db: float, block: int = 64, attack: float = 0.004, release: float = 0.12) -> Signal:
    """Look-ahead peak limiter: the gain never lets a sample exceed the ceiling.

    Gain is computed per block boundary, ramps down ahead of peaks (attack)
    and recovers exponentially (release); linear interpolation between two
    boundary gains that are both safe for a block keeps every sample safe.
    """
    ceiling = 10 ** (ceiling_db / 20)
    n = x.shape[1]
    n_blocks = -(-n // block)
    padded = np.zeros((2, n_blocks * block))
    padded[:, :n] = np.abs(x)
    peaks = padded.max(axis=0).reshape(n_blocks, block).max(axis=1)
    need = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    bounds = np.ones(n_blocks + 1)
    bounds[:-1] = need
    bounds[1:] = np.minimum(bounds[1:], need)  # both ends of each block
    gain_db = 20 * np.log10(bounds)
    attack_step = 12.0 * block / SR / attack  # dB per block, backwards
    release_step = 12.0 * block / SR / release  # dB per block, forwards
    for i in range(len(gain_db) - 2, -1, -1):
        gain_db[i] = min(gain_db[i], gain_db[i + 1] + attack_step)
    for i in range(1, len(gain_db)):
        gain_db[i] = min(gain_db[i], gain_db[i - 1] + release_step)
    gain = 10 ** (gain_db / 20)
    sample_gain = np.interp(np.arange(n), np.arange(n_blocks + 1) * block, gain)
    return x * sample_gain


def tone_shape(x: Signal) -> Signal:
    """Master EQ: cut rumble below 28 Hz, -2.5 dB low shelf, +2.5 dB presence shelf."""
    n = x.shape[-1]
    n_fft = 1 << int(np.ceil(np.log2(n + SR // 2)))
    freqs = np.fft.rfftfreq(n_fft, 1.0 / SR)
    freqs[0] = 1e-3
    rumble = 1.0 / np.sqrt(1.0 + (28.0 / freqs) ** 4)
    low_shelf = 1.0 + (10 ** (-2.5 / 20) - 1.0) / (1.0 + (freqs / 70.0) ** 2)
    presence = 1.0 + (10 ** (2.5 / 20) - 1.0) / (1.0 + (3000.0 / freqs) ** 2)
    spectrum = np.fft.rfft(x, n_fft) * rumble * low_shelf * presence
    return np.fft.irfft(spectrum, n_fft)[..., :n]


def finish(mix: Signal) -> Signal:
    """Master EQ, then fade the very start and the final chord's end."""
    out = tone_shape(mix)
    out[:, : seconds(0.01)] *= ramp(seconds(0.01))
    fade = seconds(1.6)
    out[:, -fade:] *= ramp(fade)[::-1] ** 1.5
    return out


# --------------------------------------------------------------------------
# ffmpeg: measuring and encoding
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Loudness:
    integrated: float  # LUFS
    true_peak: float | None  # dBTP


def find_ffmpeg() -> str:
    explicit = os.environ.get("IMAGEIO_FFMPEG_EXE") or os.environ.get("FFMPEG")
    if explicit:
        return explicit
    try:
        import imageio_ffmpeg  # only used to locate the bundled binary

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except ImportError:
        found = shutil.which("ffmpeg")
        if found is None:
            sys.exit("ffmpeg not found: install imageio-ffmpeg or set FFMPEG")
        return found


def pcm_bytes(audio: Signal) -> bytes:
    return np.ascontiguousarray(audio.T, dtype="<f4").tobytes()


def raw_input_args() -> list[str]:
    return ["-f", "f32le", "-ar", str(SR), "-ac", "2", "-i", "pipe:0"]


def measure(ffmpeg: str, audio: Signal | None = None, path: Path | None = None, true_peak: bool = False) -> Loudness:
    """EBU R128 integrated loudness (and true peak) via ffmpeg's ebur128."""
    source = raw_input_args() if audio is not None else ["-i", str(path)]
    graph = "ebur128=peak=true" if true_peak else "ebur128"
    result = subprocess.run(
        [ffmpeg, "-hide_banner", "-nostats", *source, "-af", graph, "-f", "null", "-"],
        input=pcm_bytes(audio) if audio is not None else None,
        capture_output=True,
        check=True,
    )
    log = result.stderr.decode("utf-8", "replace")
    summary = log[log.rfind("Summary:") :]
    integrated = float(re.findall(r"I:\s+(-?[\d.]+|-inf) LUFS", summary)[-1])
    peak = None
    if true_peak:
        peak = float(re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)[-1])
    return Loudness(integrated, peak)


def encode(ffmpeg: str, audio: Signal, out: Path) -> None:
    """AAC-LC, 48 kHz stereo, 160 kb/s, bit-exact (no encoder/version tags)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            ffmpeg,
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            *raw_input_args(),
            "-c:a",
            "aac",
            "-profile:a",
            "aac_low",
            "-b:a",
            "160k",
            "-ar",
            str(SR),
            "-ac",
            "2",
            "-map_metadata",
            "-1",
            "-metadata",
            f"title={TITLE}",
            "-metadata",
            f"artist={CREDIT}",
            "-metadata",
            "copyright=CC0 1.0",
            "-fflags",
            "+bitexact",
            "-flags:a",
            "+bitexact",
            "-movflags",
            "+faststart",
            str(out),
        ],
        input=pcm_bytes(audio),
        check=True,
    )


def write_wav(audio: Signal, path: Path) -> None:
    pcm = np.clip(np.round(audio.T * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(SR)
        handle.writeframes(pcm.tobytes())


def master(ffmpeg: str, mix: Signal, ceiling_db: float) -> tuple[Signal, Loudness, float]:
    """Gain + limiter, iterated until the integrated loudness hits the target.

    Returns the mastered audio, its loudness and the limiter's deepest gain
    reduction in dB.
    """
    gain = 0.25 / np.max(np.abs(mix))
    loud = Loudness(0.0, None)
    out = mix
    for _ in range(6):
        out = limiter(mix * gain, ceiling_db)
        loud = measure(ffmpeg, out)
        error = TARGET_LUFS - loud.integrated
        if abs(error) < 0.05:
            break
        gain *= 10 ** (error / 20)
    reduction = max(0.0, 20 * np.log10(np.max(np.abs(mix * gain))) - ceiling_db)
    return out, loud, reduction


def section_report(ffmpeg: str, audio: Signal) -> list[tuple[str, float, float, float]]:
    """(name, start s, end s, integrated LUFS) for every section."""
    rows = []
    end = audio.shape[1] / SR
    for section in SECTIONS:
        start = section_start(section.name)
        stop = end if section.kind == "ending" else start + len(section.chords) * BAR
        piece = audio[:, int(start * SR) : int(stop * SR)]
        rows.append((section.name, start, stop, measure(ffmpeg, piece).integrated))
    return rows


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=SONG_DIR)
    parser.add_argument("--wav", type=Path, help="also write a 16-bit WAV here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    ffmpeg = find_ffmpeg()

    rng = np.random.default_rng(SEED)
    score = arrange(rng)
    mix = finish(render_score(score, rng))
    rendered = time.perf_counter() - started

    out_path = args.out_dir / SONG_FILE
    ceiling = -2.4  # AAC adds roughly a decibel of inter-sample overshoot
    for _ in range(4):
        audio, loud, reduction = master(ffmpeg, mix, ceiling)
        encode(ffmpeg, audio, out_path)
        final = measure(ffmpeg, path=out_path, true_peak=True)
        assert final.true_peak is not None
        if final.true_peak <= MAX_TRUE_PEAK - 0.1:
            break
        ceiling -= final.true_peak - (MAX_TRUE_PEAK - 0.2)
    if args.wav:
        write_wav(audio, args.wav)

    duration = audio.shape[1] / SR
    chorus = section_start("chorus 1")
    meta = {
        "file": SONG_FILE,
        "title": TITLE,
        "credit": CREDIT,
        "licence": "CC0-1.0",
        "duration": round(duration, 3),
        "chorus_start": round(chorus, 3),
        "bpm": BPM,
    }
    (args.out_dir / "song.json").write_text(json.dumps(meta, indent=2) + "\n")

    print(f"wrote {out_path}")
    print(
        f"duration: {duration:.3f} s  ({BPM} BPM, {sum(len(s.chords) for s in SECTIONS) - 1}"
        f" bars + {TAIL_SECONDS} s final chord)"
    )
    print(f"chorus starts at: {chorus:.3f} s (second chorus at {section_start('chorus 2'):.3f} s)")
    print(
        f"loudness (mix): {loud.integrated:.1f} LUFS, limiter ceiling {ceiling:.2f} dBFS, "
        f"deepest gain reduction {reduction:.1f} dB"
    )
    print(f"loudness (encoded): {final.integrated:.1f} LUFS integrated, true peak {final.true_peak:.1f} dBTP")
    for name, start, stop, lufs in section_report(ffmpeg, audio):
        print(f"  {name:<9} {start:6.2f}-{stop:6.2f} s  {lufs:6.1f} LUFS")
    print(f"synthesis: {rendered:.1f} s, total with mastering/encoding: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
