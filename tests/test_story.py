"""Stories without encoding: the model and its timeline, Fit, the project file, photos, the plan."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from app.campaigns.packs import get_campaign
from app.errors import UserError
from app.export.job import prepare
from app.media.photo import prepare_photo, read_photo
from app.media.probe import MediaInfo
from app.project.edit import Edit, Framing, Trim
from app.project.story import (
    FRAME_RATE,
    MAX_SHOTS,
    ClipShot,
    PhotoShot,
    Story,
    Transition,
    as_one_clip,
    fit,
    is_story,
    shots_of,
    story_from_files,
    upgrade,
)
from app.render.plan import plan
from app.render.presets import FPS, get_preset
from app.render.story import ShotMedia, measure_story_argv, plan_story
from tests.conftest import ROOT, ffmpeg

# What the version before stories wrote for one clip, byte for byte.
SCHEMA_1 = (
    '{"schema": 1, "source": "klip.mp4", "trim": {"start": 1.5, "end": 9.25}, "framing": {"layout": "fill", '
    '"focus": 0.3, "background": "#000000"}, "watermark": {"enabled": true, "text": "", "position": '
    '"bottom-right", "x": null, "y": null, "scale": 1.0, "opacity": 1.0}, "audio": {"song_enabled": true, '
    '"song": "", "song_start": null, "song_volume": 1.0, "clip_volume": 0.3, "fade_in": 1.0, "fade_out": 1.5, '
    '"normalize": true}, "preset": "tiktok", "campaign": "anakgenius", "card": "off"}'
)


def clip(source: str = "/v/a.mp4", seconds: float = 4.0, start: float = 0.0, end: float | None = None) -> ClipShot:
    return ClipShot(source, Trim(start, end), clip_seconds=seconds)


def test_the_timeline_counts_in_the_exports_frames():
    assert FRAME_RATE == FPS


def test_story_api_add_insert_move_remove_duplicate_and_their_inverses():
    edit = Edit()
    story = Story(edit)
    a, b, p = clip("/v/a.mp4"), clip("/v/b.mp4", 2.0), PhotoShot("/v/p.jpg")
    assert story.add(a) == 0 and story.add(p) == 1
    assert story.add(b, after=0) == 1  # after the current shot
    assert [s.source for s in edit.shots] == ["/v/a.mp4", "/v/b.mp4", "/v/p.jpg"]
    assert story.total_seconds() == pytest.approx(4 + 2 + 3)
    assert story.starts() == pytest.approx([0, 4, 6])
    before = [s.source for s in edit.shots]
    story.move(0, 2)
    assert [s.source for s in edit.shots] == ["/v/b.mp4", "/v/p.jpg", "/v/a.mp4"]
    story.move(2, 0)
    assert [s.source for s in edit.shots] == before
    i = story.duplicate(1)
    assert i == 2 and edit.shots[2] == edit.shots[1] and edit.shots[2] is not edit.shots[1]
    story.remove(i)
    removed = story.remove(0)
    story.insert(0, removed)
    assert [s.source for s in edit.shots] == before
    old = story.replace(1, clip("/v/c.mp4", 1.0))
    story.replace(1, old)
    assert [s.source for s in edit.shots] == before
    with pytest.raises(IndexError):
        story.remove(7)


def test_joints_fall_where_the_transitions_say():
    edit = Edit(transition=Transition("crossfade", 0.5))
    story = Story(edit)
    for shot in (clip(seconds=2.0), PhotoShot("/v/p.jpg", seconds=3.0), clip(seconds=1.0)):
        story.add(shot)
    story.set_transition(2, Transition("cut"))  # a per-joint override
    joints = story.joints()
    assert [(j.index, j.kind, j.frames) for j in joints] == [(1, "crossfade", 15), (2, "cut", 0)]
    assert joints[0].start == pytest.approx(1.5) and joints[0].end == pytest.approx(2.0)
    assert joints[1].at == pytest.approx(4.5)
    assert story.total_seconds() == pytest.approx(2 + 3 + 1 - 0.5)
    assert story.shot_at(1.6) == 0 and story.shot_at(1.8) == 1 and story.shot_at(4.6) == 2
    story.set_transition(2, Transition("dip", 0.4))
    dip = story.joints()[1]
    assert dip.kind == "dip" and dip.at == pytest.approx(4.5) and dip.start < 4.5 < dip.end
    assert story.total_seconds() == pytest.approx(5.5)  # a dip does not overlap the shots


def test_sixty_shots_add_up_to_the_frame():
    edit = Edit(transition=Transition("crossfade", 0.3))
    story = Story(edit)
    for n in range(MAX_SHOTS):
        story.add(clip(seconds=1.01) if n % 2 else PhotoShot("/v/p.jpg", seconds=1.0))
    frames = 30 * 30 + 30 * 30 - 59 * 9  # 1.01 s counts as 30 frames, a 0.3 s crossfade as 9
    assert round(story.total_seconds() * 30) == frames
    with pytest.raises(UserError, match="at most 60"):
        story.add(PhotoShot("/v/p.jpg"))


def test_a_one_clip_edit_is_a_one_shot_story_until_a_shot_is_added(tmp_path):
    edit = Edit(source="/v/a.mp4", trim=Trim(1.0, 3.0), framing=Framing(layout="fit"))
    edit.audio.clip_volume = 0.4
    [only] = shots_of(edit)
    assert isinstance(only, ClipShot) and only.trim == Trim(1.0, 3.0) and only.volume == 0.4
    assert not is_story(edit)
    Story(edit).add(PhotoShot("/v/p.jpg"))
    assert edit.source == "" and [type(s) for s in edit.shots] == [ClipShot, PhotoShot] and is_story(edit)
    back = Edit(shots=[ClipShot("/v/a.mp4", Trim(1.0, 3.0), Framing(layout="fit"), 0.4)])
    assert not is_story(back)
    one = as_one_clip(back)
    assert (one.source, one.trim, one.framing.layout, one.audio.clip_volume, one.shots) == (
        "/v/a.mp4", Trim(1.0, 3.0), "fit", 0.4, [])


def test_fit_trims_the_last_shots_and_never_drops_one():
    edit = Edit()
    story = Story(edit)
    for seconds in (20.0, 20.0, 15.0):
        story.add(clip(seconds=seconds))
    story.add(PhotoShot("/v/p.jpg", seconds=10.0))
    changes = fit(edit, 60)
    assert story.total_seconds() == pytest.approx(60)
    assert len(edit.shots) == 4 and edit.shots[3].seconds == pytest.approx(5.0)
    assert [str(c) for c in changes] == ["shot 4 now lasts 5.0 s"]
    edit2 = Edit()
    for seconds in (30.0, 29.0, 10.0, 10.0):
        Story(edit2).add(clip(seconds=seconds))
    fit(edit2, 60)
    assert Story(edit2).total_seconds() == pytest.approx(60) and len(edit2.shots) == 4
    assert edit2.shots[-1].trim.end == pytest.approx(0.5)  # shortened to the minimum, still there
    with pytest.raises(UserError, match="remove some shots"):
        fit(Edit(shots=[clip(seconds=5.0) for _ in range(3)]), 1.0)


def test_schema_1_project_opens_unchanged_and_stays_schema_1(tmp_path):
    path = tmp_path / "lama.anakgenius"
    path.write_text(SCHEMA_1, encoding="utf-8")
    edit = Edit.load(path)
    assert edit.shots == [] and edit.source == str((tmp_path / "klip.mp4").resolve())
    assert edit.trim == Trim(1.5, 9.25) and edit.framing.layout == "fill" and edit.audio.clip_volume == 0.3
    [shot] = shots_of(edit)
    assert shot.trim == Trim(1.5, 9.25) and shot.volume == 0.3
    migrated = upgrade(json.loads(SCHEMA_1))
    assert migrated["schema"] == 2 and migrated["shots"] == [] and migrated["transition"]["kind"] == "cut"
    edit.save(tmp_path / "again.anakgenius")  # a one-clip project is still readable by the older version
    again = json.loads((tmp_path / "again.anakgenius").read_text())
    assert again["schema"] == 1 and "shots" not in again
    assert json.loads(SCHEMA_1).keys() == again.keys()


def test_story_project_round_trips_with_relative_paths(tmp_path):
    edit = Edit(transition=Transition("dip", 0.8))
    story = Story(edit)
    story.add(ClipShot(str(tmp_path / "klip 1.mp4"), Trim(0.5, 2.0), Framing("fill", 0.2), 0.5, 9.0))
    story.add(PhotoShot(str(tmp_path / "foto.jpg"), 4.0, Framing("fit", background="#112233"), motion=False,
                        transition=Transition("crossfade", 0.3)))
    edit.save(tmp_path / "cerita.anakgenius")
    saved = json.loads((tmp_path / "cerita.anakgenius").read_text())
    assert saved["schema"] == 2 and [s["source"] for s in saved["shots"]] == ["klip 1.mp4", "foto.jpg"]
    assert [s["kind"] for s in saved["shots"]] == ["clip", "photo"]
    assert Edit.load(tmp_path / "cerita.anakgenius") == edit


@pytest.mark.parametrize("shots, message", [
    ([{"kind": "video", "source": "a.mp4"}], "shot 1"),
    ([{"kind": "clip"}], "no file"),
    ([{"kind": "photo", "source": "p.jpg", "seconds": "lama"}], "wrong value"),
    ([{"kind": "photo", "source": "p.jpg", "seconds": 0.1}], "between"),
    ([{"kind": "clip", "source": "a.mp4", "trim": {"start": 3, "end": 1}}], "end of the trim"),
    ([{"kind": "clip", "source": "a.mp4", "transition": {"kind": "wipe"}}], "cut, crossfade, dip"),
    ([{"kind": "clip", "source": "a.mp4", "transition": {"seconds": 3}}], "between 0.2 and 1"),
    ("shots", "shots"),
])
def test_broken_story_projects_get_a_clear_error(shots, message):
    with pytest.raises(UserError, match=message):
        Edit.from_dict({"schema": 2, "shots": shots})


def _jpeg_with_exif(path: Path, orientation: int) -> None:
    image = Image.new("RGB", (60, 40), (255, 0, 0))
    image.paste((0, 0, 255), (30, 0, 60, 40))  # left red, right blue
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "SecretPhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 10.0, 30.0)  # somewhere in Jakarta
    image.save(path, "JPEG", exif=exif, quality=95)


def test_photo_is_turned_upright_and_keeps_no_metadata(tmp_path):
    src = tmp_path / "foto.jpg"
    _jpeg_with_exif(src, 6)  # stored sideways: shown turned a quarter clockwise
    assert b"SecretPhoneMaker" in src.read_bytes()
    assert (read_photo(src).width, read_photo(src).height) == (40, 60)
    info = prepare_photo(src, tmp_path / "ready.png", 1080, 1920, cover=False)
    with Image.open(info.path) as ready:
        assert ready.size == (40, 60)  # never scaled up
        top, bottom = ready.getpixel((20, 5)), ready.getpixel((20, 55))
        assert not ready.getexif() and "exif" not in ready.info
    assert top[0] > 200 and top[2] < 60 and bottom[2] > 200 and bottom[0] < 60  # red on top: turned right
    data = Path(info.path).read_bytes()
    assert b"SecretPhoneMaker" not in data and b"Exif" not in data and b"GPS" not in data


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_big_photo_is_decoded_reduced(tmp_path):
    big = tmp_path / "48mp.jpg"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=8000x6000", "-frames:v", "1", "-q:v", "4", str(big))
    code = ("import re, sys; from pathlib import Path; from app.media.photo import prepare_photo; "
            "info = prepare_photo(sys.argv[1], Path(sys.argv[2]), 1080, 1920, cover=False); "
            "peak = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1); "
            "print(info.width, info.height, int(peak) // 1024)")  # VmHWM: this process's own peak, not its parent's
    out = subprocess.run([sys.executable, "-c", code, str(big), str(tmp_path / "r.png")], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()
    width, height, peak_mb = map(int, out)
    assert (width, height) == (1080, 810)
    assert peak_mb < 150, f"{peak_mb} MB: a 48 MP photo decoded in full takes 144 MB of pixels alone"


def test_unreadable_and_heic_photos_are_named(tmp_path):
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"\xff\xd8 not really")
    with pytest.raises(UserError, match="rusak.jpg"):
        prepare_photo(bad, tmp_path / "x.png", 1080, 1920, cover=False)
    heic = tmp_path / "iphone.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic")
    with pytest.raises(UserError, match="iphone.HEIC"):
        read_photo(heic)


def test_an_iphone_heic_photo_is_read_upright_and_written_without_metadata(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")  # a dependency: installed with the app
    pillow_heif.register_heif_opener()
    heic = tmp_path / "IMG_0001.HEIC"
    exif = Image.Exif()
    exif[0x0112] = 6  # taken with the phone held upright: stored sideways
    exif[0x8825] = {2: (6.0, 30.0, 0.0)}  # GPS
    Image.new("RGB", (64, 48), (200, 30, 30)).save(heic, exif=exif.tobytes())
    info = read_photo(heic)
    assert (info.width, info.height, info.format) == (48, 64, "HEIF")
    ready = prepare_photo(heic, tmp_path / "ready.png", 1080, 1920, cover=False)
    with Image.open(ready.path) as out:
        assert out.size == (48, 64) and not out.getexif() and "exif" not in out.info
        r, g, b = out.convert("RGB").getpixel((24, 32))
        assert r > 150 and g < 80


def fake_media(path: str, w: int = 1920, h: int = 1080, audio: bool = True) -> MediaInfo:
    return MediaInfo(path, 10.0, "mov,mp4", True, w, h, w, h, fps=30.0, has_audio=audio, audio_rate=48000)


def test_plan_of_sixty_shots_is_one_process_and_keeps_paths_out_of_the_graph(tmp_path):
    edit = Edit(preset="draft", transition=Transition("crossfade", 0.3))
    shots = []
    for n in range(MAX_SHOTS):
        name = f"/v/shot;[{n}] 'x'.mp4" if n % 3 else f"/v/foto {n}.png"
        shot = clip(name, 2.0) if n % 3 else PhotoShot(name, 1.5, motion=n % 2 == 0)
        if n == 7:
            shot.transition = Transition("dip", 0.6)
        if n == 8:
            shot.transition = Transition("cut")
        shots.append(ShotMedia(shot, fake_media(name, audio=n % 4 != 1)))
    edit.shots = [s.shot for s in shots]
    rp = plan_story(edit, shots, get_campaign(), get_preset("draft"), tmp_path / "o.mp4", tmp_path)
    graph = rp.argv[rp.argv.index("-filter_complex") + 1]
    assert rp.argv.count("-i") >= MAX_SHOTS + 2  # every shot, the watermark, the song
    assert "'x'" not in graph and "/v/" not in graph
    assert rp.duration == pytest.approx(Story(edit).total_seconds())
    assert [role for _, (role, _) in sorted(rp.inputs.items())][:3] == ["photo", "clip", "clip"]
    assert rp.argv.count("-threads") == 40 and rp.argv[rp.argv.index("-threads") + 1] == "1"
    assert measure_story_argv(edit, shots, get_campaign()) is not None


def test_a_one_shot_story_is_exactly_the_one_clip_export(make_clip, tmp_path):
    src = make_clip(seconds=2)
    legacy = Edit(source=str(src), trim=Trim(0.5, 1.5), framing=Framing("fill", 0.2))
    legacy.audio.clip_volume, legacy.audio.normalize = 0.5, False
    story = Edit(shots=[ClipShot(str(src), Trim(0.5, 1.5), Framing("fill", 0.2), 0.5)])
    story.audio.normalize = False
    a = prepare(legacy, tmp_path / "o.mp4", tmp_path)
    b = prepare(as_one_clip(story), tmp_path / "o.mp4", tmp_path)
    assert a.plan.argv == b.plan.argv


def test_story_from_files_takes_photos_by_their_name(tmp_path):
    template = Edit(framing=Framing("fit"))
    template.audio.clip_volume = 0.7
    edit = story_from_files(["a.mp4", "b.JPG", "c.mov", "d.png"], template)
    assert [s.kind for s in edit.shots] == ["clip", "photo", "clip", "photo"]
    assert all(s.framing.layout == "fit" for s in edit.shots) and edit.shots[0].volume == 0.7
    rp_edit = Edit(shots=edit.shots)
    assert is_story(rp_edit)


def test_plain_plan_is_unchanged_by_stories(tmp_path):
    media = fake_media("/v/a.mp4")
    rp = plan(Edit(source="/v/a.mp4"), media, get_campaign(), get_preset("tiktok"), tmp_path / "o.mp4", tmp_path,
              1.0, 3.0)
    assert rp.argv[rp.argv.index("-i") - 4:rp.argv.index("-i") + 2] == ["-ss", "1", "-t", "2", "-i", "/v/a.mp4"]


def test_runs_group_shots_that_decode_alike_and_never_hold_a_crossfade_on_one_decoder():
    import dataclasses

    from app.render.story import clip_runs

    def h264(name: str, w: int = 1920) -> MediaInfo:
        return dataclasses.replace(fake_media(name, w=w), video_codec="h264", pixel_format="yuv420p")

    names = ["/v/a.mp4", "/v/b.mp4", "/v/c.mp4", "/v/d.mp4"]
    shots = [ShotMedia(clip(n, 2.0), h264(n)) for n in names]
    shots.append(ShotMedia(clip("/v/small.mp4", 2.0), h264("/v/small.mp4", w=1280)))  # another size: alone
    edit = Edit(shots=[s.shot for s in shots])
    assert clip_runs(edit, shots) == [[0, 1, 2, 3]]  # cuts: one decoder reads them one after another
    odd = "/v/two\nlines.mp4"  # a name that would be two lines of the concat list is read on its own
    assert clip_runs(edit, [*shots[:2], ShotMedia(clip(odd, 2.0), h264(odd))]) == [[0, 1]]
    edit.transition = Transition("crossfade", 0.3)
    assert clip_runs(edit, shots) == [[0, 2], [1, 3]]  # the next shot is read while the one before plays
