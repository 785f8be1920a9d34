"""The Edit model, times, presets, geometry and the probe: pure logic, no encoding."""

from __future__ import annotations

import json

import pytest

from app.errors import NotMediaError, UserError
from app.media.probe import probe
from app.project.choices import Position
from app.project.edit import Edit
from app.project.timecode import format_time, parse_time
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP, cover, fit, watermark_origin
from app.render.presets import PRESETS
from tests.conftest import ffmpeg


def test_edit_round_trips_through_json_with_relative_clip_path(tmp_path):
    edit = Edit(source=str(tmp_path / "klip 1.mp4"))
    edit.trim.start, edit.trim.end = 1.5, 9.25
    edit.framing.layout, edit.framing.focus = "fill", 0.3
    edit.watermark.x, edit.watermark.y, edit.watermark.opacity = 0.4, 0.6, 0.8
    edit.audio.song_start, edit.audio.clip_volume = 12.0, 0.3
    edit.save(tmp_path / "p.json")
    saved = json.loads((tmp_path / "p.json").read_text())
    assert saved["schema"] == 1 and saved["source"] == "klip 1.mp4"
    assert Edit.load(tmp_path / "p.json") == edit


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "damaged"),
        ('{"schema": 99}', "newer version"),
        ('[1, 2]', "not an AnakGENIUS project"),
        ('{"schema": 1, "trim": {"start": "soon"}}', "trim.start"),
        ('{"schema": 1, "framing": {"layout": "zoom"}}', "framing.layout"),
        ('{"schema": 1, "audio": {"song_volume": 5}}', "audio.song_volume"),
    ],
)
def test_broken_project_files_get_a_clear_error(tmp_path, content, message):
    path = tmp_path / "p.json"
    path.write_text(content)
    with pytest.raises(UserError, match=message):
        Edit.load(path)


@pytest.mark.parametrize(
    "text, seconds", [("75", 75), ("1:15", 75), ("01:15.5", 75.5), ("0:01:15", 75), ("2.25", 2.25)]
)
def test_parse_time(text, seconds):
    assert parse_time(text) == seconds


@pytest.mark.parametrize("text", ["", "abc", "1:75", "-3", "1::2", "nan"])
def test_parse_time_refuses_nonsense(text):
    with pytest.raises(UserError):
        parse_time(text)


def test_format_time_shows_frames():
    assert format_time(75.5) == "01:15.15"
    assert format_time(0) == "00:00.00"


def test_every_watermark_preset_lies_inside_the_safe_box():
    for position in Position:
        x, y = watermark_origin(position, None, None, 530, 109)
        assert SAFE_LEFT <= x and x + 530 <= SAFE_RIGHT, position
        assert SAFE_TOP <= y and y + 109 <= SAFE_BOTTOM, position


def test_custom_watermark_point_is_clamped_to_the_frame():
    assert watermark_origin("top", 0.0, 0.0, 200, 100) == (0, 0)
    assert watermark_origin("top", 1.0, 1.0, 200, 100) == (880, 1820)


def test_fit_and_cover_geometry():
    landscape = fit(1920, 1080)
    assert (landscape.w, landscape.h, landscape.y) == (1080, 608, 656)
    filled = cover(1920, 1080, focus=0.0)
    assert filled.h == 1920 and filled.x == 0
    assert cover(1920, 1080, focus=1.0).x == filled.w - 1080


def test_whatsapp_bitrate_keeps_a_minute_under_16_mb():
    wa = PRESETS["whatsapp"]
    kbps = wa.video_kbps_for(60)
    assert (kbps + wa.audio_kbps) * 1000 * 60 / 8 < 16_000_000 * 0.95
    assert PRESETS["tiktok"].video_kbps_for(60) is None


def test_probe_reads_rotation_audio_and_frame_rate(make_clip, tmp_path):
    clip = make_clip(size="320x180", channels="5.1")
    rotated = tmp_path / "r.mp4"
    ffmpeg("-display_rotation", "-90", "-i", str(clip), "-c", "copy", str(rotated))
    info = probe(rotated)
    assert (info.width, info.height, info.rotation) == (180, 320, 270)
    assert info.is_portrait and info.fps == 30 and not info.variable_fps
    assert (info.has_audio, info.audio_channels, info.audio_rate) == (True, 6, 48000)
    assert info.duration == pytest.approx(3.0, abs=0.05)


def test_probe_refuses_what_is_not_media(tmp_path):
    text = tmp_path / "x.mp4"
    text.write_text("hello")
    with pytest.raises(NotMediaError):
        probe(text)
    with pytest.raises(UserError, match="does not exist"):
        probe(tmp_path / "missing.mp4")
    with pytest.raises(UserError, match="folder"):
        probe(tmp_path)


def test_truncated_clip_is_refused_or_readable(make_clip, tmp_path):
    clip = make_clip(seconds=2)
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(clip.read_bytes()[: int(clip.stat().st_size * 0.6)])
    with pytest.raises(NotMediaError):
        probe(cut)
