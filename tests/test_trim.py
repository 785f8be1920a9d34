"""Trim and frame arithmetic (app/project/trim.py): pure, Qt-free, fast."""

from __future__ import annotations

import pytest

from app.project import trim

FPS = 30.0


def test_frame_ms_shows_the_frame_that_starts_there():
    assert trim.frame_ms(0) == 0
    assert trim.frame_ms(1 / 30) == 34  # ceil: the player's position lands inside frame 1, not before it
    assert trim.frame_ms(-1) == 0


def test_frame_start_and_frame_at_round_down_to_a_frame():
    assert trim.frame_start(0.05, FPS, 10) == pytest.approx(1 / 30, abs=1e-6)
    assert trim.frame_start(2 / 30, FPS, 10) == pytest.approx(2 / 30, abs=1e-6)  # exactly on a frame stays
    assert trim.frame_start(-3, FPS, 10) == 0.0
    assert trim.frame_start(99, FPS, 10) == 10.0
    assert trim.frame_start(0.05, 0, 10) == pytest.approx(1 / 30, abs=1e-6)  # unknown rate: 30 fps
    assert trim.frame_at(1000, FPS) == pytest.approx(1.0)
    assert trim.frame_at(1049, FPS) == pytest.approx(1.0 + 1 / 30)


def test_trim_range_is_inside_the_clip():
    assert trim.trim_range(1.0, None, 5.0) == (1.0, 5.0)
    assert trim.trim_range(1.0, 9.0, 5.0) == (1.0, 5.0)
    assert trim.trim_range(7.0, None, 5.0) == (5.0, 5.0)


def test_the_start_keeps_the_minimum_length_and_sits_on_a_frame():
    assert trim.clamp_start(2.51, 10.0, 10.0, FPS, 1.0) == pytest.approx(2.5, abs=1e-6)
    assert trim.clamp_start(9.8, 10.0, 10.0, FPS, 1.0) == pytest.approx(9.0, abs=1e-6)
    assert trim.clamp_start(-1, 10.0, 10.0, FPS, 1.0) == 0.0
    assert trim.clamp_start(0.4, 0.5, 0.5, FPS, 1.0) == 0.0  # a clip shorter than the minimum: all of it


def test_the_end_keeps_the_minimum_length_and_none_means_the_end_of_the_clip():
    assert trim.clamp_end(5.01, 0.0, 10.0, FPS, 1.0) == pytest.approx(5 + 1 / 30, abs=1e-6)  # rounded up a frame
    assert trim.clamp_end(0.2, 0.0, 10.0, FPS, 1.0) == pytest.approx(1.0, abs=1e-6)
    assert trim.clamp_end(9.99, 0.0, 10.0, FPS, 1.0) is None  # the last frame: to the end
    assert trim.clamp_end(50, 0.0, 10.0, FPS, 1.0) is None
    assert trim.clamp_end(9.95, 0.0, 9.97, FPS, 1.0) is None  # rounding up reaches the last frame


def test_fit_end_keeps_the_limit_on_a_frame_boundary():
    assert trim.fit_end(0.0, 60.0, FPS) == 60.0
    assert trim.fit_end(1.01, 2.0, FPS) == pytest.approx(3.0, abs=1e-6)  # 3.01 rounds down to the frame at 3.0
    assert trim.fit_end(0.0, 2.0, 25.0) == 2.0


def test_start_and_end_fit_with_or_without_slack():
    assert trim.start_fits(9.0, 10.0, 10.0, 1.0)
    assert not trim.start_fits(9.1, 10.0, 10.0, 1.0)
    assert trim.start_fits(9.0 + 1e-7, 10.0, 10.0, 1.0)
    assert not trim.start_fits(9.0 + 1e-7, 10.0, 10.0, 1.0, slack=0)
    assert trim.end_fits(1.0, 0.0, 10.0, 1.0) and not trim.end_fits(0.9, 0.0, 10.0, 1.0)


def test_last_frame_and_the_latest_song_start():
    assert trim.last_frame(0.0, 3.0, FPS) == pytest.approx(3 - 1 / 30)
    assert trim.last_frame(2.0, 2.0, FPS) == 2.0
    assert trim.latest_song_start(20.0, 3.0) == 17.0
    assert trim.latest_song_start(2.0, 3.0) == 0.0  # a song shorter than the video loops from its start
