"""Filmstrip, waveform and song-start suggestion: one ffmpeg pass each, cached, shaped like the media."""

from __future__ import annotations

import numpy as np
import pytest

from app.media import pipe as media_pipe
from app.media.filmstrip import iter_filmstrip, strip_plan
from app.media.probe import probe
from app.media.waveform import PEAK_RATE, Waveform, loudest_start, waveform
from app.project.timecode import parse_timecode
from tests.conftest import ffmpeg


def test_filmstrip_is_one_pass_progressive_and_cached(gap_clip, monkeypatch):
    media = probe(gap_clip)
    plan = strip_plan(media)
    calls = []
    real = media_pipe.read_chunks

    def counting(argv, chunk, should_cancel=None):
        calls.append(argv)
        return real(argv, chunk, should_cancel)

    monkeypatch.setattr("app.media.filmstrip.read_chunks", counting)
    thumbs = list(iter_filmstrip(media))
    assert len(calls) == 1  # one ffmpeg process for the whole strip
    assert plan.count - 2 <= len(thumbs) <= plan.count
    assert [i for i, _ in thumbs] == list(range(len(thumbs)))
    assert thumbs[0][1].shape == (plan.height, plan.width, 3)
    assert thumbs[0][1].std() > 10  # a picture, not a blank
    assert not np.array_equal(thumbs[0][1], thumbs[-1][1])  # the clock in testsrc2 moved on
    again = list(iter_filmstrip(media))  # from the cache: no ffmpeg at all
    assert len(calls) == 1 and len(again) == len(thumbs)
    assert np.array_equal(again[3][1], thumbs[3][1])


def test_long_large_clips_decode_only_keyframes(gap_clip):
    media = probe(gap_clip)
    import dataclasses

    assert not strip_plan(media).keyframes_only
    big = dataclasses.replace(media, width=1920, height=1080, duration=600)
    assert strip_plan(big).keyframes_only and strip_plan(big).count == 300


def test_waveform_has_the_shape_of_the_sound(gap_clip):
    wave = waveform(gap_clip)
    assert abs(wave.seconds - 4.0) < 0.1
    loud = wave.peaks[int(0.3 * PEAK_RATE):int(1.3 * PEAK_RATE)]
    silent = wave.peaks[int(1.65 * PEAK_RATE):int(2.35 * PEAK_RATE)]
    after = wave.peaks[int(2.7 * PEAK_RATE):int(3.7 * PEAK_RATE)]
    assert loud.min() > 0.08 and after.min() > 0.08  # lavfi sine: amplitude 1/8
    assert silent.max() < 0.01


def test_loudest_start_finds_the_loud_part():
    power = np.full(60 * PEAK_RATE, 0.01, np.float32)
    power[30 * PEAK_RATE:40 * PEAK_RATE] = 0.5
    wave = Waveform(np.sqrt(power), power)
    assert loudest_start(wave, 10) == pytest.approx(30.0, abs=0.5)
    assert loudest_start(wave, 120) == 0.0  # window longer than the song


@pytest.mark.parametrize(("text", "seconds"), [
    ("00:01.15", 1.5), ("01:15.00", 75.0), ("75", 75.0), ("1:15.5", 75.5), ("0:00:02.03", 2.1),
])
def test_trim_fields_read_frames(text, seconds):
    assert parse_timecode(text, 30) == pytest.approx(seconds)


def test_a_clip_with_one_keyframe_still_gets_a_full_filmstrip(tmp_path, monkeypatch):
    """A long GOP (screen recordings, the sample clip) leaves the keyframes-only pass with one
    picture: the strip is then decoded in full, every slot a different moment."""
    clip = tmp_path / "one keyframe.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=6", "-c:v", "libx264", "-preset", "ultrafast",
           "-g", "1000", "-pix_fmt", "yuv420p", str(clip))
    monkeypatch.setattr("app.media.filmstrip.FULL_DECODE_PIXELS", 1e6)  # as if it were a large clip
    media = probe(clip)
    plan = strip_plan(media)
    assert plan.keyframes_only
    slots = dict(iter_filmstrip(media))
    assert len(slots) >= plan.count - 1
    pictures = [slots[i] for i in sorted(slots)]
    assert all(not np.array_equal(a, b) for a, b in zip(pictures, pictures[1:], strict=False))
    assert len(dict(iter_filmstrip(media))) == len(slots)  # and the full strip is what is cached
