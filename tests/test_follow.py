"""#17 "Ikuti subjek": the crop path is calm and follows the face, shots without one fall back to
Blur, the user's keyframes pin it, and the export applies it exactly (measured on the exported file)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from faceclip import face_clip

from app.analysis.clip import ClipAnalysis, analyse
from app.analysis.detector import Face, load_detector
from app.analysis.path import MAX_SPEED, crop_fraction, follow_path
from app.export.job import export
from app.ffmpeg import ffmpeg_exe
from app.media.probe import probe
from app.project.choices import Layout
from app.project.edit import ClipShot, Edit, Framing, Trim

ROOT = Path(__file__).resolve().parent.parent
RATE = 8.0


def _analysis(centres: list[list[float]], width: int = 1920, height: int = 1080, cuts=(), size=0.06):
    faces = [[Face(c - size / 2, 0.4, size, size * 16 / 9, 0.9) for c in sample] for sample in centres]
    return ClipAnalysis(width, height, RATE, [i / RATE for i in range(len(centres))], faces, list(cuts))


def _sampled(path, a: float, b: float, step: float = 1 / 30) -> np.ndarray:
    return np.array([path.centre_at(t) for t in np.arange(a, b, step)], dtype=float)


def test_a_subject_that_stays_put_gives_a_still_crop_without_jitter():
    rng = np.random.default_rng(1)
    centres = [[0.62 + rng.normal(0, 0.008)] for _ in range(80)]  # a detector's usual wobble
    path = follow_path(_analysis(centres), 0.0, 10.0)
    (seg,) = path.segments
    values = _sampled(path, 0, 10)
    assert seg.follows and np.ptp(values) < 0.003  # still: under 6 px of a 1920 px frame
    assert abs(values.mean() - 0.62) < 0.03


def test_a_moving_subject_is_followed_smoothly_with_limited_speed():
    t = np.arange(0, 10, 1 / RATE)
    centres = [[0.5 + 0.3 * np.sin(x * 0.9)] for x in t]
    analysis = _analysis(centres)
    path = follow_path(analysis, 0.0, 10.0)
    crop = crop_fraction(1920, 1080)
    values = _sampled(path, 0, 10)
    speed = np.abs(np.diff(values)) * 30
    assert speed.max() <= MAX_SPEED * crop * 1.01
    assert np.abs(np.diff(values, 2)).max() < 0.003  # no jerks: the pan's speed changes by < 6 px a frame
    inside = [abs(path.centre_at(x) - (0.5 + 0.3 * np.sin(x * 0.9))) <= crop / 4 for x in np.arange(0, 10, 1 / 30)]
    assert np.mean(inside) >= 0.95
    assert len(path.segments[0].points) < 10 * 30 / 2  # simplified: far fewer points than frames


def test_a_subject_that_reappears_far_away_is_cut_to_not_chased():
    centres = [[0.2] for _ in range(24)] + [[0.8] for _ in range(24)]  # 3 s left, then 3 s right
    path = follow_path(_analysis(centres), 0.0, 6.0)
    crop = crop_fraction(1920, 1080)
    assert path.centre_at(2.0) == pytest.approx(0.2, abs=0.02)
    late = [t for t in np.arange(3.0, 6.0, 1 / 30) if abs(path.centre_at(t) - 0.8) > crop / 4]
    assert len(late) <= 0.35 * 30  # the face is back in the middle half within 0.35 s


def test_shots_without_faces_or_with_faces_too_far_apart_fall_back_to_blur():
    centres = [[0.3] for _ in range(24)] + [[] for _ in range(24)] + [[0.1, 0.9] for _ in range(24)]
    path = follow_path(_analysis(centres, cuts=[3.0, 6.0]), 0.0, 9.0)
    assert [(s.start, s.end, s.follows) for s in path.segments] == [(0.0, 3.0, True), (3.0, 9.0, False)]
    assert path.centre_at(1.0) == pytest.approx(0.3, abs=0.01)
    assert path.centre_at(4.0) is None and path.centre_at(8.9) is None
    assert not follow_path(_analysis([[] for _ in range(24)]), 0.0, 3.0).follows_anything


def test_two_subjects_close_together_are_framed_together():
    path = follow_path(_analysis([[0.45, 0.55] for _ in range(24)]), 0.0, 3.0)
    assert path.centre_at(1.5) == pytest.approx(0.5, abs=0.01)


def test_a_keyframe_pins_the_path_and_it_blends_back():
    centres = [[0.5] for _ in range(80)]
    path = follow_path(_analysis(centres), 0.0, 10.0, keys=[(5.0, 0.7)])
    assert path.centre_at(5.0) == pytest.approx(0.7, abs=0.003)
    assert path.centre_at(1.0) == pytest.approx(0.5, abs=0.01) and path.centre_at(9.0) == pytest.approx(0.5, abs=0.01)
    values = _sampled(path, 0, 10)
    assert np.abs(np.diff(values)).max() < 0.02  # re-smoothed: no jump to the key
    # a shot with no face follows the user's keyframe instead of falling back to Blur
    assert follow_path(_analysis([[] for _ in range(24)]), 0.0, 3.0, keys=[(1.0, 0.3)]).centre_at(2.0) == \
        pytest.approx(0.3, abs=0.003)


def test_the_path_stays_inside_the_picture():
    path = follow_path(_analysis([[0.99] for _ in range(24)]), 0.0, 3.0)
    crop = crop_fraction(1920, 1080)
    assert path.centre_at(1.5) == pytest.approx(1 - crop / 2, abs=1e-4)


def test_the_project_keeps_the_keyframes_and_older_files_stay_older(tmp_path):
    edit = Edit(source=str(tmp_path / "a.mp4"))
    assert edit.to_dict()["schema"] == 1 and "keys" not in edit.to_dict()["framing"]
    edit.framing = Framing(layout=Layout.FOLLOW, keys=[(1.5, 0.25), (0.5, 0.75)])
    edit.save(tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text())
    assert data["schema"] == 4 and data["framing"]["keys"] == [[1.5, 0.25], [0.5, 0.75]]
    back = Edit.load(tmp_path / "p.json")
    assert back.framing.layout == Layout.FOLLOW and back.framing.keys == [(0.5, 0.75), (1.5, 0.25)]
    data["framing"]["keys"] = [[1.0, 2.0]]
    (tmp_path / "p.json").write_text(json.dumps(data))
    with pytest.raises(Exception, match="framing.keys"):
        Edit.load(tmp_path / "p.json")


# --- the export, measured on the exported file ------------------------------------------------------------


def _face_centres(video: Path, every: int = 1) -> list[float | None]:
    """The face's centre x (fraction of the exported frame's width) in every ``every``-th frame."""
    w, h = 270, 480
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(video), "-vf",
                          f"select='not(mod(n\\,{every}))',scale={w}:{h}", "-fps_mode", "passthrough",
                          "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], check=True, capture_output=True).stdout
    frames = np.frombuffer(raw, np.uint8).reshape(-1, h, w, 3)
    out: list[float | None] = []
    for frame in frames:
        faces = [f for f in load_detector().detect(frame) if f.score >= 0.5]
        out.append(max(faces, key=lambda f: f.w * f.h).cx if faces else None)
    return out


@pytest.fixture(scope="module")
def wandering(tmp_path_factory) -> Path:
    """A landscape clip whose face wanders from one side to the other (and not at a steady pace)."""
    return face_clip(tmp_path_factory.mktemp("follow") / "wandering child.mp4", size="960x540", seconds=6.0,
                     face_height=130, x="(W-w)/2+0.38*W*sin(t*1.1)+0.04*W*sin(t*3.7)")


def test_the_export_keeps_the_moving_face_in_the_middle_half(wandering, tmp_path):
    edit = Edit(source=str(wandering), preset="draft")
    edit.framing.layout = Layout.FOLLOW
    edit.watermark.enabled = False
    out = export(edit, tmp_path / "followed.mp4")
    centres = _face_centres(out)
    assert len(centres) == 180
    found = [c for c in centres if c is not None]
    assert len(found) >= 0.95 * len(centres)
    inside = sum(1 for c in found if 0.25 <= c <= 0.75)
    assert inside >= 0.95 * len(centres), f"{inside}/{len(centres)} frames with the face in the middle half"
    # the same clip with Fill loses the face for much of the time: the test would see the difference
    edit.framing.layout = Layout.FILL
    filled = [c for c in _face_centres(export(edit, tmp_path / "filled.mp4"), every=3)]
    assert sum(1 for c in filled if c is not None and 0.25 <= c <= 0.75) < 0.7 * len(filled)


def test_a_story_shot_follows_from_its_own_start(wandering, tmp_path):
    edit = Edit(preset="draft")
    edit.watermark.enabled = False
    edit.shots = [ClipShot(str(wandering), Trim(2.0, 4.0), Framing(layout=Layout.FOLLOW)),
                  ClipShot(str(wandering), Trim(0.0, 2.0), Framing(layout=Layout.FOLLOW))]
    out = export(edit, tmp_path / "story.mp4")
    centres = _face_centres(out, every=2)
    found = [c for c in centres if c is not None]
    assert len(found) >= 0.9 * len(centres)
    assert sum(1 for c in found if 0.25 <= c <= 0.75) >= 0.95 * len(centres)


def _cli(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "app", "export", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env)


def test_cli_follow_without_faces_says_so_and_frames_with_blur(make_clip, tmp_path):
    clip = make_clip(size="320x180", seconds=1.0)
    done = _cli(str(clip), "-o", str(tmp_path / "out.mp4"), "--layout", "follow", "--preset", "draft")
    assert done.returncode == 0, done.stderr
    assert f"no face was found in {clip.name}, so it is framed with Blur instead" in done.stderr
    assert (tmp_path / "out.mp4").exists()


def test_cli_follow_with_a_broken_detector_is_exit_2(make_clip, tmp_path):
    clip = make_clip(size="320x180", seconds=1.0)
    # the app's own files damaged: a model that does not match its checksum
    sitecustom = tmp_path / "site"
    sitecustom.mkdir()
    (sitecustom / "sitecustomize.py").write_text(
        "import app.analysis.detector as d\nd.MODEL_SHA256 = '0' * 64\n")
    done = _cli(str(clip), "-o", str(tmp_path / "out.mp4"), "--layout", "follow", "--preset", "draft",
                env_extra={"PYTHONPATH": str(sitecustom)})
    assert done.returncode == 2
    assert "face detector cannot start" in done.stderr
    assert not (tmp_path / "out.mp4").exists()


def test_follow_analyses_the_clip_once_and_caches_it(wandering):
    media = probe(wandering)
    first = analyse(wandering, media)
    assert first.has_faces


def test_a_clip_whose_second_shot_has_no_face_follows_then_blurs(tmp_path):
    from app.export.job import prepare

    clip = face_clip(tmp_path / "two shots.mp4", size="640x360", seconds=3.0, face_height=100,
                     x="W*0.75-w/2", cut_at=1.5)
    edit = Edit(source=str(clip), preset="draft")
    edit.framing.layout = Layout.FOLLOW
    edit.watermark.enabled = False
    analyse(clip, probe(clip))
    graph = prepare(edit, tmp_path / "out.mp4", tmp_path).plan.argv
    text = " ".join(graph)
    assert "crop=1080:1920:x='" in text and "boxblur" in text and "enable='between(t,0,1.4" in text
    out = export(edit, tmp_path / "out.mp4")
    centres = _face_centres(out, every=3)
    first = centres[: len(centres) * 4 // 10]  # the first shot: the face followed into the middle
    assert all(c is not None and 0.25 <= c <= 0.75 for c in first)


def test_the_crop_expression_is_the_path_however_long_the_clip():
    from app.render.follow import x_expression

    t = np.arange(0, 60, 1 / RATE)  # a minute of wandering, with a cut and a shot without a face
    centres = [[0.5 + 0.3 * np.sin(x * 0.9)] if not 30 < x < 40 else [] for x in t]
    path = follow_path(_analysis(centres, cuts=[20.0, 30.0, 40.0]), 2.0, 60.0)
    expr = x_expression(path, 3414, 2.0)
    assert expr.count("max(") > 150 and "if(" not in expr
    # ffmpeg itself takes it (it refuses expressions nested about 100 deep)
    done = subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=s=3414x1920:d=0.04", "-vf",
                           f"crop=1080:1920:x='{expr}':y=0", "-f", "null", "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    as_numpy = expr.replace("clip(", "np.clip(").replace("max(t-", "np.maximum(tt-").replace(
        "gte(t,", "np.greater_equal(tt,")
    tt = np.arange(0, 58, 1 / 30)
    got = eval(as_numpy, {"np": np, "tt": tt})  # noqa: S307 - our own numbers and names
    want = np.array([path.centre_at(x + 2.0) for x in tt], dtype=float)
    followed = ~np.isnan(want)
    assert np.abs(got - np.clip(want * 3414 - 540, 0, 3414 - 1080))[followed].max() < 0.5
