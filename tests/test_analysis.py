"""#17 the clip's analysis: the face detector finds a real face, the analysis follows it through
the clip (upright, rotated phone clips and HDR ones too), finds the shot change, and is cached."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from faceclip import FACE_PNG, face_clip
from PIL import Image

from app.analysis import clip as analysis
from app.analysis import detector as detector_module
from app.analysis.clip import analyse, cached_analysis
from app.analysis.detector import Detector, load_detector
from app.errors import Cancelled, UserError
from app.ffmpeg import ffmpeg_exe
from app.media.probe import probe
from app.messages import M

# the face moves from left to right and back: its centre at x = 0.5 + 0.35·sin(1.5 t) of the frame
MOVING = "(W-w)/2+0.35*W*sin(t*1.5)"


def _expected_x(t: float) -> float:
    return 0.5 + 0.35 * np.sin(t * 1.5)


def test_detector_finds_the_face_and_not_the_background():
    face = np.asarray(Image.open(FACE_PNG).convert("RGB"))
    frame = np.full((252, 448, 3), 90, np.uint8)
    small = np.asarray(Image.fromarray(face).resize((45, 58)))
    frame[100:158, 300:345] = small
    found = load_detector().detect(frame)
    assert len(found) == 1
    f = found[0]
    assert 300 / 448 < f.cx < 345 / 448 and 100 / 252 < f.cy < 158 / 252 and f.score > 0.5
    assert load_detector().detect(np.full((252, 448, 3), 90, np.uint8)) == []
    assert load_detector() is load_detector()  # loaded once


def test_a_damaged_model_is_a_sentence(tmp_path, monkeypatch):
    bad = tmp_path / "centerface.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(UserError) as caught:
        Detector(bad)
    assert caught.value.message.id is M.FACE_DETECTOR_BROKEN
    monkeypatch.setattr(detector_module, "_cached", None)
    monkeypatch.setattr(detector_module, "model_path", lambda: tmp_path / "missing.onnx")
    with pytest.raises(UserError):
        load_detector()


@pytest.fixture(scope="module")
def moving_clip(tmp_path_factory) -> Path:
    return face_clip(tmp_path_factory.mktemp("faces") / "moving face.mp4", seconds=4.0, x=MOVING, cut_at=3.0)


def test_analysis_follows_the_face_and_finds_the_cut(moving_clip):
    media = probe(moving_clip)
    progress: list[float] = []
    result = analyse(moving_clip, media, on_progress=progress.append)
    assert (result.width, result.height) == (640, 360) and result.rate >= 8
    assert len(result.times) == len(result.faces) and abs(len(result.times) - 4 * result.rate) <= 1
    assert result.cuts == [pytest.approx(3.0, abs=0.05)]
    before = [(t, f) for t, f in zip(result.times, result.faces, strict=True) if t < 2.9]
    assert sum(1 for _, f in before if f) >= 0.95 * len(before)
    for t, faces in before:
        if faces:
            assert faces[0].cx == pytest.approx(_expected_x(t), abs=0.04)
            assert faces[0].cy == pytest.approx(0.5, abs=0.06)
    assert not any(f for t, f in zip(result.times, result.faces, strict=True) if t > 3.1)  # gone after the cut
    assert progress[-1] == 1.0 and progress == sorted(progress)
    assert result.shots(4.0) == [(0.0, pytest.approx(3.0, abs=0.05)), (pytest.approx(3.0, abs=0.05), 4.0)]


def test_analysis_is_cached_per_clip(moving_clip, monkeypatch):
    media = probe(moving_clip)
    first = analyse(moving_clip, media)
    cached = cached_analysis(moving_clip, media)
    assert cached is not None and cached.times == first.times and cached.cuts == first.cuts
    assert [[round(f.cx, 6) for f in s] for s in cached.faces] == [[round(f.cx, 6) for f in s] for s in first.faces]
    monkeypatch.setattr(analysis, "read_chunks", lambda *a, **k: pytest.fail("decoded again"))
    assert analyse(moving_clip, media).times == first.times


def test_a_changed_file_is_analysed_again(tmp_path):
    path = face_clip(tmp_path / "c.mp4", seconds=1.0)
    analyse(path, probe(path))
    face_clip(path, seconds=1.5)
    assert cached_analysis(path, probe(path)) is None


def test_cancel_stops_and_keeps_nothing(tmp_path):
    path = face_clip(tmp_path / "c.mp4", seconds=2.0)
    with pytest.raises(Cancelled):
        analyse(path, probe(path), should_cancel=lambda: True)
    assert cached_analysis(path, probe(path)) is None


def test_rotated_phone_clip_is_analysed_upright(tmp_path):
    # upright 360×640 with the face high in the frame; stored sideways with a rotation flag like a phone's
    stored = face_clip(tmp_path / "stored.mp4", size="360x640", seconds=1.5, y="H*0.25-h/2", post="transpose=1")
    rotated = tmp_path / "phone.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-display_rotation", "90", "-i", str(stored), "-c", "copy",
                    str(rotated)], check=True)
    media = probe(rotated)
    assert (media.width, media.height) == (360, 640)
    result = analyse(rotated, media)
    assert (result.width, result.height) == (360, 640)
    found = [s[0] for s in result.faces if s]
    assert len(found) >= 0.9 * len(result.faces)
    assert all(f.cy == pytest.approx(0.25, abs=0.06) and f.cx == pytest.approx(0.5, abs=0.06) for f in found)


@pytest.mark.slow
def test_hdr_clip_is_analysed(tmp_path):
    from test_hdr import HEVC_HLG, TO_HLG

    path = face_clip(tmp_path / "hlg.mp4", seconds=1.0, post=TO_HLG, codec_args=HEVC_HLG)
    media = probe(path)
    assert media.is_hdr
    result = analyse(path, media)
    assert sum(1 for s in result.faces if s) >= 0.9 * len(result.faces)


def test_a_file_ffmpeg_cannot_decode_is_a_sentence(tmp_path):
    good = face_clip(tmp_path / "good.mp4", seconds=1.0)
    media = probe(good)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(good.read_bytes()[:2000])
    with pytest.raises(UserError) as caught:
        analyse(broken, media)
    assert caught.value.message.id is M.ANALYSIS_FAILED
