"""What the platforms need beyond the frame: loudness, and WhatsApp's 16 MB."""

from __future__ import annotations

import dataclasses

import pytest

from app.export.job import export
from app.media.probe import probe
from app.project.edit import Edit
from app.render import presets
from tests.conftest import ffmpeg
from tests.mediacheck import loudness, picture_types

pytestmark = pytest.mark.slow  # full-size encodes: not in `make test-fast`


def quiet_clip(tmp_path, volume: float):
    path = tmp_path / f"quiet-{volume}.mp4"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=6", "-f", "lavfi",
           "-i", f"sine=f=500:d=6:sample_rate=48000,volume={volume}",
           "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(path))
    return path


@pytest.mark.parametrize("volume", [0.02, 0.9])
def test_mix_is_normalised_to_minus_14_lufs(tmp_path, volume):
    edit = Edit(source=str(quiet_clip(tmp_path, volume)), preset="draft")
    edit.audio.fade_in = edit.audio.fade_out = 0
    integrated, peak = loudness(export(edit, tmp_path / "n.mp4"))
    assert integrated == pytest.approx(-14, abs=1)
    assert peak <= -1.0  # true peak at or under -1 dBTP after AAC encoding


def test_normalisation_can_be_switched_off(tmp_path):
    edit = Edit(source=str(quiet_clip(tmp_path, 0.02)), preset="draft")
    edit.audio.song_enabled = False
    edit.audio.normalize = False
    integrated, _ = loudness(export(edit, tmp_path / "raw.mp4"))
    assert integrated < -30


def test_silent_result_stays_silent(make_clip, tmp_path):
    edit = Edit(source=str(make_clip(tone=None)), preset="draft")
    edit.audio.song_enabled = False
    out = export(edit, tmp_path / "s.mp4")
    assert probe(out).has_audio


def test_whatsapp_overshoot_is_re_encoded_under_the_limit(make_clip, tmp_path, monkeypatch):
    # a noisy picture at a tiny limit makes the first try overshoot, as a long busy clip would at 16 MB
    noisy = make_clip(size="640x360", seconds=4, vf="noise=alls=60:allf=t")
    limit = 350_000
    small = dataclasses.replace(presets.PRESETS["whatsapp"], size_limit_bytes=limit, max_kbps=20000)
    monkeypatch.setitem(presets.PRESETS, "whatsapp", small)
    sizes: list[int] = []
    original = small.video_kbps_for
    monkeypatch.setattr(presets.ExportPreset, "video_kbps_for",
                        lambda self, seconds: original(seconds) * 3)  # start far too high
    from app.export import runner

    real_run = runner.run

    def spy(plan, *args, **kwargs):
        try:
            return real_run(plan, *args, **kwargs)
        finally:
            sizes.append(len(sizes))

    monkeypatch.setattr("app.export.job.run", spy)
    edit = Edit(source=str(noisy), preset="whatsapp")
    out = export(edit, tmp_path / "wa.mp4")
    assert len(sizes) >= 2, "the first encode overshot and a second one was made"
    assert out.stat().st_size < limit
    assert "B" not in picture_types(out)
    assert [p.name for p in tmp_path.iterdir()] == ["wa.mp4"]


SPECS = {  # from shared/PLATFORM_SPECS.md
    "tiktok": {"profile": "High", "b_frames": True, "limit": 60},
    "reels": {"profile": "High", "b_frames": True, "limit": 180},
    "shorts": {"profile": "High", "b_frames": True, "limit": 180},
    "whatsapp": {"profile": "Main", "b_frames": False, "limit": 60},
}


@pytest.mark.parametrize("preset", list(SPECS))
def test_each_preset_matches_the_platform_spec(make_clip, tmp_path, preset):
    from app.render.presets import PRESETS
    from tests.mediacheck import stream_durations, summary, top_level_boxes

    spec = SPECS[preset]
    assert PRESETS[preset].max_seconds == spec["limit"]
    out = export(Edit(source=str(make_clip(seconds=2)), preset=preset), tmp_path / f"{preset}.mp4")
    info = probe(out)
    assert (info.width, info.height, info.fps, info.variable_fps) == (1080, 1920, 30.0, False)
    assert (info.video_codec, info.pixel_format) == ("h264", "yuv420p")
    assert (info.audio_codec, info.audio_rate, info.audio_channels) == ("aac", 48000, 2)
    text = summary(out)
    assert f"h264 ({spec['profile']})" in text and "aac (LC)" in text
    types = picture_types(out)
    assert ("B" in types) == spec["b_frames"]
    assert [i for i, t in enumerate(types) if t == "I"] == [0, 15, 30, 45]  # closed GOP of fps/2
    boxes = top_level_boxes(out)
    assert boxes.index("moov") < boxes.index("mdat")
    d = stream_durations(out)
    assert d["video"] == pytest.approx(2.0, abs=1 / 30) and d["audio"] == pytest.approx(d["video"], abs=0.03)


def test_a_busy_minute_for_whatsapp_stays_under_16_mb(make_clip, tmp_path):
    busy = make_clip(size="640x360", seconds=60, vf="noise=alls=40:allf=t")
    out = export(Edit(source=str(busy), preset="whatsapp"), tmp_path / "wa60.mp4")
    assert probe(out).duration == pytest.approx(60, abs=0.1)
    assert out.stat().st_size < 16_000_000
    assert "B" not in picture_types(out)[:300]
