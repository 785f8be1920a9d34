"""What the platforms need beyond the frame: loudness, and WhatsApp's 16 MB."""

from __future__ import annotations

import dataclasses

import pytest

from app import presets
from app.edit import Edit
from app.export import export
from app.probe import probe
from tests.conftest import ffmpeg
from tests.mediacheck import loudness, picture_types


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
    from app import runner

    real_run = runner.run

    def spy(plan, *args, **kwargs):
        try:
            return real_run(plan, *args, **kwargs)
        finally:
            sizes.append(len(sizes))

    monkeypatch.setattr("app.export.run", spy)
    edit = Edit(source=str(noisy), preset="whatsapp")
    out = export(edit, tmp_path / "wa.mp4")
    assert len(sizes) >= 2, "the first encode overshot and a second one was made"
    assert out.stat().st_size < limit
    assert "B" not in picture_types(out)
    assert [p.name for p in tmp_path.iterdir()] == ["wa.mp4"]
