"""#17 "Sembunyikan wajah" end to end: the real detector finds a composited face, the export blurs it, and
EVERY frame of the exported file is checked where that face is (known from how it was composited,
mapped through the framing): its fine detail must be gone, in 100 % of the frames."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from app.analysis.clip import analyse
from app.analysis.tracks import tracks_of
from app.export.job import export
from app.media.probe import probe
from app.project.choices import Layout
from app.project.edit import ClipShot, Edit
from app.project.hide import HideFaces, ManualBox
from tests.faceclip import face_clip
from tests.hidecheck import detail, face_rect, frames, grey, on_frame, two_faces_clip

SECONDS, FACE_H, SIZE = 3.0, 120, (640, 360)
COVERED = 0.35  # a hidden face keeps at most this share of its fine detail (blurred it is ~0.1–0.2)
SHARP = 0.7  # a face that is not hidden keeps at least this share


def png_at(t: float) -> tuple[float, float]:
    return 40 + 150 * t, (SIZE[1] - FACE_H) / 2 + 50 * math.sin(2.5 * t)


@pytest.fixture(scope="module")
def moving(tmp_path_factory: pytest.TempPathFactory) -> Path:
    x, y = "40+150*t", "(H-h)/2+50*sin(2.5*t)"
    return face_clip(tmp_path_factory.mktemp("faces") / "moving face.mp4", size="640x360", seconds=SECONDS,
                     x=x, y=y, face_height=FACE_H)


def _export(source: Path, out: Path, layout: Layout, hide: HideFaces | None = None) -> Path:
    edit = Edit(source=str(source))
    edit.framing.layout = layout
    edit.audio.song_enabled = False
    edit.watermark.enabled = False
    if hide is not None:
        edit.hide = hide
    notices: list = []
    export(edit, out, on_notice=notices.append)
    assert not notices
    return out


@pytest.mark.parametrize("layout", [Layout.BLUR, Layout.FILL, Layout.FIT])
def test_a_moving_face_is_hidden_in_every_frame(moving: Path, tmp_path: Path, layout: Layout) -> None:
    plain = _export(moving, tmp_path / "plain.mp4", layout)
    hidden = _export(moving, tmp_path / "hidden.mp4", layout, HideFaces(everyone=True))
    checked, covered = 0, 0
    for n, (a, b) in enumerate(zip(frames(plain), frames(hidden), strict=True)):
        rect = on_frame(face_rect(*png_at(n / 30), FACE_H), layout, *SIZE)
        if rect is None:  # Fill: the face is outside the crop now
            continue
        checked += 1
        ratio = detail(b, rect) / detail(a, rect)
        covered += ratio <= COVERED
        assert ratio <= COVERED, f"frame {n}: {ratio:.2f} of the face's detail is left ({layout})"
    assert checked >= (30 if layout == Layout.FILL else SECONDS * 30)
    assert covered == checked  # 100 %


def test_only_the_ticked_person_is_hidden(tmp_path: Path) -> None:
    clip = two_faces_clip(tmp_path / "two.mp4")
    media = probe(clip)
    tracks = tracks_of(analyse(clip, media))
    assert len(tracks) == 2
    left = next(t.id for t in tracks if t.faces[0].x < 0.5)
    plain = _export(clip, tmp_path / "plain.mp4", Layout.FIT)
    hidden = _export(clip, tmp_path / "hidden.mp4", Layout.FIT, HideFaces(people=[left]))
    for n, (a, b) in enumerate(zip(frames(plain), frames(hidden), strict=True)):
        t = n / 30
        one = on_frame(face_rect(30 + 40 * t, (360 - 110) / 2, 110), "fit", 640, 360)
        png_w = 86
        two = on_frame(face_rect(640 - png_w - 40, (360 - 110) / 2 + 40 * math.sin(2 * t), 110), "fit", 640, 360)
        assert one is not None and two is not None
        assert detail(b, one) / detail(a, one) <= COVERED, f"frame {n}: the hidden child is seen"
        assert detail(b, two) / detail(a, two) >= SHARP, f"frame {n}: the other child is blurred"


def test_a_box_drawn_by_hand_hides_its_seconds_only(make_clip, tmp_path: Path) -> None:
    clip = make_clip(size="320x180", seconds=2.0, tone=None)  # testsrc2: no face, lots of detail
    box = ManualBox(0.5, 1.5, 0.25, 0.25, 0.5, 0.5)
    plain = _export(clip, tmp_path / "plain.mp4", Layout.FIT)
    hidden = _export(clip, tmp_path / "hidden.mp4", Layout.FIT, HideFaces(boxes=[box]))
    rect = on_frame((0.3 * 320, 0.3 * 180, 0.4 * 320, 0.4 * 180), "fit", 320, 180)
    assert rect is not None
    for n, (a, b) in enumerate(zip(frames(plain), frames(hidden), strict=True)):
        ratio = detail(b, rect) / detail(a, rect)
        if 0.5 <= n / 30 <= 1.5:
            assert ratio <= COVERED, f"frame {n}"
        elif n / 30 < 0.45 or n / 30 > 1.55:
            assert ratio >= 0.9, f"frame {n}"


def test_a_story_hides_the_faces_of_its_clip_shots(moving: Path, make_clip, tmp_path: Path) -> None:
    other = make_clip(size="640x360", seconds=1.0, tone=None)
    edit = Edit()
    edit.audio.song_enabled = False
    edit.watermark.enabled = False
    edit.shots = [ClipShot(str(other)), ClipShot(str(moving), clip_seconds=SECONDS)]
    edit.shots[1].hide = HideFaces(everyone=True)
    for shot in edit.shots:
        shot.framing.layout = Layout.FIT
    out = tmp_path / "story.mp4"
    export(edit, out)
    start = 30  # the moving clip's first frame in the story (the first shot is 1 s, joined by a cut)
    checked = 0
    for n, frame in enumerate(frames(out)):
        if n < start:
            continue
        rect = on_frame(face_rect(*png_at((n - start) / 30), FACE_H), "fit", *SIZE)
        assert rect is not None
        assert detail(frame, rect) < 4.0, f"frame {n}: the face's detail is there"
        checked += 1
    assert checked >= SECONDS * 30 - 1


def test_a_clip_without_faces_is_exported_with_a_sentence(make_clip, tmp_path: Path) -> None:
    clip = make_clip(size="320x180", seconds=1.0, tone=None, source="color=c=0x336699")
    edit = Edit(source=str(clip))
    edit.hide = HideFaces(everyone=True)
    notices: list = []
    out = export(edit, tmp_path / "out.mp4", on_notice=notices.append)
    assert out.exists()
    assert [str(m) for m in notices] == [f"no face to hide was found in {clip.name}; it is exported as it is "
                                         "(draw a box by hand where a face must not be seen)"]


def test_a_phone_clip_stored_sideways_is_hidden_where_the_face_is_seen(tmp_path: Path) -> None:
    """Upright fractions all the way: the clip is stored landscape with a display rotation (a phone held
    upright); the face moves in the upright picture."""
    upright = face_clip(tmp_path / "upright.mp4", size="360x640", seconds=2.0, x="60+60*t", y="200+80*t",
                        face_height=110)
    sideways = tmp_path / "sideways.mp4"
    stored = tmp_path / "stored.mp4"
    from tests.conftest import ffmpeg

    ffmpeg("-i", str(upright), "-vf", "transpose=1", "-c:v", "libx264", "-preset", "ultrafast", str(stored))
    ffmpeg("-display_rotation", "90", "-i", str(stored), "-c", "copy", str(sideways))
    media = probe(sideways)
    assert (media.width, media.height) == (360, 640)
    plain = _export(sideways, tmp_path / "plain.mp4", Layout.FIT)
    hidden = _export(sideways, tmp_path / "hidden.mp4", Layout.FIT, HideFaces(everyone=True))
    for n, (a, b) in enumerate(zip(frames(plain), frames(hidden), strict=True)):
        t = n / 30
        rect = on_frame(face_rect(60 + 60 * t, 200 + 80 * t, 110), "fit", 360, 640)
        assert rect is not None
        assert detail(a, rect) > 3 * detail(b, rect), f"frame {n}"


def test_with_follow_the_subject_no_frame_shows_the_face(moving: Path, tmp_path: Path) -> None:
    """The follow crop moves with the face, so the face's place on the frame is where the detector finds it
    in the export without hiding; in the hidden export the detector finds no face in any frame, and the
    detail at that place is gone."""
    from app.analysis.detector import load_detector
    from app.render.presets import HEIGHT, WIDTH

    detector = load_detector()
    plain = _export(moving, tmp_path / "plain.mp4", Layout.FOLLOW)
    hidden = _export(moving, tmp_path / "hidden.mp4", Layout.FOLLOW, HideFaces(everyone=True))
    seen, last = 0, None
    for n, (a, b) in enumerate(zip(frames(plain, colour=True), frames(hidden, colour=True), strict=True)):
        small_a, small_b = a[::4, ::4], b[::4, ::4]  # 270×480, as the analysis sees a frame
        found = detector.detect(small_a)
        assert detector.detect(small_b) == [], f"frame {n}: a face is seen"
        if found:
            f = found[0]
            last = (round(f.x * WIDTH), round(f.y * HEIGHT), round(f.w * WIDTH), round(f.h * HEIGHT))
            seen += 1
        assert last is not None
        ratio = detail(grey(b), last) / detail(grey(a), last)
        assert ratio <= COVERED, f"frame {n}: {ratio:.2f} of the face's detail is left"
    assert seen >= 0.9 * SECONDS * 30


def test_the_story_preview_hides_what_the_export_hides(moving: Path, make_clip, tmp_path: Path) -> None:
    import subprocess

    import numpy as np

    from app.export.preview import PREVIEW_HEIGHT, render_preview
    from app.ffmpeg import ffmpeg_exe

    other = make_clip(size="640x360", seconds=1.0, tone=None)

    def story(hide: bool) -> Edit:
        edit = Edit()
        edit.audio.song_enabled = False
        edit.shots = [ClipShot(str(other)), ClipShot(str(moving), clip_seconds=SECONDS)]
        for shot in edit.shots:
            shot.framing.layout = Layout.FIT
        if hide:
            edit.shots[1].hide = HideFaces(everyone=True)
        return edit

    def frame_at(path: Path, seconds: float) -> np.ndarray:
        out = subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", f"{seconds}", "-i", str(path), "-frames:v", "1",
                              "-f", "rawvideo", "-pix_fmt", "gray", "-"], capture_output=True, check=True).stdout
        return np.frombuffer(out, np.uint8).reshape(PREVIEW_HEIGHT, -1)

    plain = render_preview(story(False), tmp_path / "plain")
    hidden = render_preview(story(True), tmp_path / "hidden")
    k = PREVIEW_HEIGHT / 1920
    x, y, w, h = on_frame(face_rect(*png_at(1.0), FACE_H), "fit", *SIZE)  # type: ignore[misc]
    rect = (round(x * k), round(y * k), round(w * k), round(h * k))
    assert detail(frame_at(hidden, 2.0), rect) <= COVERED * detail(frame_at(plain, 2.0), rect)


def test_a_trimmed_clip_is_hidden_from_its_first_frame(moving: Path, tmp_path: Path) -> None:
    def export_from(name: str, hide: HideFaces | None) -> Path:
        edit = Edit(source=str(moving))
        edit.trim.start, edit.trim.end = 1.2, 2.8
        edit.framing.layout = Layout.FIT
        edit.audio.song_enabled = False
        if hide is not None:
            edit.hide = hide
        return export(edit, tmp_path / name)

    plain, hidden = export_from("plain.mp4", None), export_from("hidden.mp4", HideFaces(everyone=True))
    n = -1
    for n, (a, b) in enumerate(zip(frames(plain), frames(hidden), strict=True)):
        rect = on_frame(face_rect(*png_at(1.2 + n / 30), FACE_H), "fit", *SIZE)
        assert rect is not None
        assert detail(b, rect) <= COVERED * detail(a, rect), f"frame {n}"
    assert n >= 45
