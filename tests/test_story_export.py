"""Stories exported and checked as a user would: every joint where the timeline says, in sync."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.errors import UserError
from app.export.batch import BatchItem, collect_stories, run_batch
from app.export.job import TooLongError, export
from app.media.picture_length import picture_seconds
from app.media.probe import probe
from app.project.edit import Edit, Framing, Trim
from app.project.story import ClipShot, PhotoShot, Story, Transition, layout
from tests.conftest import ROOT, ffmpeg
from tests.mediacheck import audio, frames, picture_types, stream_durations, summary, top_level_boxes

SMALL = (36, 64)  # frames are read back at this size: only colours matter here
COLOURS = [(220, 40, 40), (40, 200, 40), (40, 60, 230), (230, 200, 30), (200, 40, 200), (30, 200, 200)]
FLASH = (255, 255, 255)


def flash_clip(folder: Path, name: str, colour: tuple[int, int, int], seconds: float, fps: float = 30,
               size: str = "320x180", rate: int | None = 48000, channels: int = 2, sound_seconds: float | None = None,
               rotate: bool = False) -> Path:
    """A clip of one colour whose first frame is white (the flash), with a beep in its first 40 ms."""
    path = folder / name
    hex_colour = "0x" + "".join(f"{c:02X}" for c in colour)
    args = ["-f", "lavfi", "-i", f"color=c={hex_colour}:s={size}:r={fps}:d={seconds}"]
    maps = ["-map", "0:v"]
    if rate is not None:
        length = sound_seconds if sound_seconds is not None else seconds
        args += ["-f", "lavfi", "-i", f"sine=f=1000:sample_rate={rate}:d={length},"
                 f"asetnsamples=n=64,volume='if(lt(t,0.04),6,0)':eval=frame"]
        maps += ["-map", "1:a", "-c:a", "aac", "-ac", str(channels)]
    vf = "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='lt(t,0.001)'"
    if rotate:
        vf += ",transpose=1"
    stored = folder / ("stored-" + name) if rotate else path
    ffmpeg(*args, *maps, "-vf", vf, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(stored))
    if rotate:
        ffmpeg("-display_rotation", "90", "-i", str(stored), "-c", "copy", str(path))
    return path


def photo(folder: Path, name: str, colour: tuple[int, int, int], size: tuple[int, int] = (400, 300)) -> Path:
    path = folder / name
    Image.new("RGB", size, colour).save(path, quality=95)
    return path


def quiet_edit(shots: list, transition: Transition | None = None) -> Edit:
    edit = Edit(preset="draft", shots=shots, transition=transition or Transition())
    edit.watermark.enabled, edit.audio.song_enabled, edit.audio.normalize = False, False, False
    for shot in shots:
        shot.framing = Framing("fill")
    return edit


def labels(path: Path, palette: list[tuple[int, int, int]]) -> list[int]:
    """For every frame, the index of the nearest palette colour (the frame's centre)."""
    picture = frames(path, SMALL, vf=f"scale={SMALL[0]}:{SMALL[1]}")
    centre = picture[:, 16:48, 8:28].reshape(len(picture), -1, 3).mean(axis=1)
    ref = np.array(palette, dtype=float)
    return [int(np.argmin(((ref - c) ** 2).sum(axis=1))) for c in centre]


def beep_onsets(path: Path) -> list[float]:
    samples = np.abs(audio(path))
    loud = np.flatnonzero(samples > 0.2)
    onsets, last = [], -1e9
    for i in loud:
        if i - last > 48000 * 0.2:
            onsets.append(i / 48000)
        last = i
    return onsets


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("story media")
    return {
        "a": flash_clip(folder, "a 48k.mp4", COLOURS[0], 1.0),
        "b": flash_clip(folder, "b 25fps 8k mono.mp4", COLOURS[1], 1.2, fps=25, size="240x320", rate=8000,
                        channels=1, sound_seconds=1.6),  # sound longer than the picture
        "c": flash_clip(folder, "c rotated 44k.mov", COLOURS[2], 1.0, size="320x180", rate=44100, rotate=True,
                        sound_seconds=0.5),  # sound shorter than the picture
        "d": flash_clip(folder, "d 24fps silent.mp4", COLOURS[3], 1.5, fps=24, size="640x480", rate=None),
        "p": photo(folder, "e foto.jpg", COLOURS[4]),
        "f": flash_clip(folder, "f 60fps 22k.mp4", COLOURS[5], 1.0, fps=60, size="160x120", rate=22050),
    }


def test_every_joint_is_within_one_frame_and_sound_stays_in_sync(sources, tmp_path):
    shots = [ClipShot(str(sources[k])) for k in "abcd"]
    shots.insert(4, PhotoShot(str(sources["p"]), seconds=1.0, motion=False))
    shots.append(ClipShot(str(sources["f"])))
    out = export(quiet_edit(shots), tmp_path / "cerita.mp4")

    for shot in shots:  # the model's timeline, with what the export learnt of each clip
        if isinstance(shot, ClipShot):
            shot.clip_seconds = picture_seconds(shot.source, probe(shot.source).duration)
    starts, lengths, joints = layout(shots, Transition())
    assert lengths == [30, 36, 30, 45, 30, 30]  # the picture's length, not the sound's (b: 1.6 s of sound)
    seen = labels(out, [*COLOURS, FLASH])
    assert len(seen) == sum(lengths)
    expected = []
    for k, n in enumerate(lengths):
        expected += [k] * n
    mismatched = [f for f, (s, e) in enumerate(zip(seen, expected, strict=True))
                  if s != e and not (s == len(COLOURS) and e != 4 and f in (starts[e], starts[e] + 1))]
    assert mismatched == [], f"frames showing the wrong shot: {mismatched}"
    flashes = [f for f in range(len(seen)) if seen[f] == len(COLOURS) and (f == 0 or seen[f - 1] != len(COLOURS))]
    assert flashes == [s for k, s in enumerate(starts) if k != 4]  # each clip's first frame, exactly at its joint
    beeps = beep_onsets(out)
    with_sound = [starts[k] / 30 for k in (0, 1, 2, 5)]
    assert len(beeps) == len(with_sound)
    assert np.abs(np.array(beeps) - np.array(with_sound)).max() < 1 / 30, (beeps, with_sound)
    durations = stream_durations(out)
    assert durations["video"] == pytest.approx(sum(lengths) / 30, abs=1 / 30)
    assert durations["audio"] == pytest.approx(durations["video"], abs=1 / 30)


def test_crossfades_and_dips_land_where_the_timeline_says(sources, tmp_path):
    shots = [ClipShot(str(sources["a"])), PhotoShot(str(sources["p"]), seconds=1.5),
             ClipShot(str(sources["b"])), ClipShot(str(sources["c"]))]
    shots[3].transition = Transition("dip", 0.4)
    edit = quiet_edit(shots, Transition("crossfade", 0.4))
    out = export(edit, tmp_path / "xfade.mp4")
    story = Story(edit)
    for shot in shots:
        if isinstance(shot, ClipShot):
            shot.clip_seconds = picture_seconds(shot.source, probe(shot.source).duration)
    starts, lengths, joints = layout(shots, edit.transition)
    primary = (0xC2, 0x18, 0x5B)  # the campaign colour of the dip
    seen = labels(out, [COLOURS[0], COLOURS[4], COLOURS[1], COLOURS[2], FLASH, primary])
    assert len(seen) == round(story.total_seconds() * 30) == starts[-1] + lengths[-1]
    for joint in joints:
        before, after = round(joint.start * 30) - 1, round(joint.end * 30) + 2
        assert seen[before] == joint.index - 1, (joint, seen[before - 2:after + 2])
        assert seen[after] == joint.index, (joint, seen[before - 2:after + 2])
    dip = joints[2]
    assert seen[round(dip.at * 30) - 1] == 5  # the campaign colour in the middle of the dip
    durations = stream_durations(out)
    assert durations["audio"] == pytest.approx(durations["video"], abs=1 / 30)


def test_story_export_is_share_ready_with_song_watermark_and_photo(sources, tmp_path):
    gps_photo = tmp_path / "gps.jpg"
    image = Image.new("RGB", (300, 400), (90, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "SecretPhoneMaker"
    exif.get_ifd(0x8825)[1] = "S"
    image.save(gps_photo, exif=exif)
    edit = Edit(preset="tiktok", shots=[ClipShot(str(sources["a"])), PhotoShot(str(gps_photo), seconds=1.0),
                                        ClipShot(str(sources["b"]), Trim(0.2, 1.2))],
                transition=Transition("crossfade", 0.3))
    out = export(edit, tmp_path / "share.mp4")
    info = probe(out)
    assert (info.width, info.height, info.fps, info.variable_fps) == (1080, 1920, 30.0, False)
    assert (info.video_codec, info.pixel_format, info.audio_codec, info.audio_rate, info.audio_channels) == (
        "h264", "yuv420p", "aac", 48000, 2)
    text = summary(out)
    assert "h264 (High)" in text and "SecretPhoneMaker" not in text and "GPS" not in text
    assert b"SecretPhoneMaker" not in out.read_bytes()
    boxes = top_level_boxes(out)
    assert boxes.index("moov") < boxes.index("mdat")
    types = picture_types(out)
    assert len(types) == 30 + 30 + 30 - 2 * 9
    assert [i for i, t in enumerate(types) if t == "I"] == list(range(0, len(types), 15))
    durations = stream_durations(out)
    assert durations["audio"] == pytest.approx(durations["video"], abs=1 / 30)
    assert float(np.abs(audio(out)).max()) > 0.05  # the song and the clips are heard
    assert not [p for p in tmp_path.iterdir() if p.name not in ("share.mp4", "gps.jpg")]


def test_a_broken_file_among_several_is_named(sources, tmp_path):
    broken = tmp_path / "rusak sekali.mp4"
    broken.write_text("not a video")
    edit = quiet_edit([ClipShot(str(sources["a"])), ClipShot(str(broken)), PhotoShot(str(sources["p"]))])
    with pytest.raises(UserError, match=r"shot 2 .*rusak sekali\.mp4"):
        export(edit, tmp_path / "o.mp4")
    bad_photo = tmp_path / "foto rusak.jpg"
    bad_photo.write_bytes(b"\xff\xd8\xff garbage")
    edit = quiet_edit([ClipShot(str(sources["a"])), PhotoShot(str(bad_photo))])
    with pytest.raises(UserError, match=r"shot 2 .*foto rusak\.jpg"):
        export(edit, tmp_path / "o.mp4")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["foto rusak.jpg", "rusak sekali.mp4"]


def test_too_long_story_is_refused_or_fitted(sources, tmp_path, monkeypatch):
    import dataclasses

    from app.campaigns import packs

    real = packs.get_campaign
    monkeypatch.setattr("app.export.job.get_campaign", lambda cid=packs.DEFAULT_CAMPAIGN: dataclasses.replace(
        real(cid), max_seconds=2.0))
    shots = [ClipShot(str(sources["a"])), PhotoShot(str(sources["p"]), seconds=1.0), ClipShot(str(sources["b"]))]
    with pytest.raises(TooLongError, match="3.2 s"):
        export(quiet_edit(shots), tmp_path / "o.mp4")
    out = export(quiet_edit(shots), tmp_path / "o.mp4", cut=True)
    assert stream_durations(out)["video"] == pytest.approx(2.0, abs=1 / 30)
    assert len(labels(out, [*COLOURS, FLASH])) == 60


def test_cli_exports_a_story_of_files_and_of_a_project(sources, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = [sys.executable, "-m", "app", "export"]
    quiet = ["--preset", "draft", "--no-song", "--no-loudness", "--no-watermark"]
    out = tmp_path / "video.mp4"
    result = subprocess.run([*base, str(sources["a"]), str(sources["p"]), str(sources["b"]), "-o", str(out),
                             "--transition", "crossfade", "--photo-seconds", "1", *quiet],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert stream_durations(out)["video"] == pytest.approx((30 + 30 + 36 - 30) / 30, abs=1 / 30)
    edit = quiet_edit([ClipShot(str(sources["c"]), Trim(0.2, 0.9)), PhotoShot(str(sources["p"]), seconds=0.8)])
    edit.save(tmp_path / "cerita.anakgenius")
    result = subprocess.run([*base, str(tmp_path / "cerita.anakgenius"), "-o", str(tmp_path / "p.mp4")],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert stream_durations(tmp_path / "p.mp4")["video"] == pytest.approx(1.5, abs=1 / 30)
    result = subprocess.run([*base, str(sources["a"]), str(tmp_path / "nope.jpg"), "-o", str(tmp_path / "n.mp4")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "nope.jpg" in result.stderr


def test_batch_makes_one_story_per_pupil_folder(sources, tmp_path):
    kelas = tmp_path / "kelas 5"
    for pupil, keys in (("Ani", "ap"), ("Budi", "b")):
        folder = kelas / pupil
        folder.mkdir(parents=True)
        for n, key in enumerate(keys):
            (folder / f"{n} {sources[key].name}").write_bytes(sources[key].read_bytes())
    (kelas / "Citra").mkdir()  # nothing in it: not a story
    found = collect_stories([kelas])
    assert [p.name for p in found] == ["Ani", "Budi"]
    out = tmp_path / "hasil"
    out.mkdir()
    template = quiet_edit([])
    items = run_batch([BatchItem(str(p)) for p in found], template, out)
    assert [i.status for i in items] == ["done", "done"], [i.error for i in items]
    assert stream_durations(Path(items[0].output))["video"] == pytest.approx(1.0 + 3.0, abs=1 / 30)
    assert "Ani" in Path(items[0].output).name


@pytest.mark.slow
def test_sixty_shots(sources, tmp_path):
    keys = "abcdpf"
    shots = [PhotoShot(str(sources["p"]), seconds=0.5) if keys[n % 6] == "p" else
             ClipShot(str(sources[keys[n % 6]]), Trim(0, 0.5)) for n in range(60)]
    edit = quiet_edit(shots, Transition("crossfade", 0.2))
    edit.audio.song_enabled = True
    out = export(edit, tmp_path / "enam puluh.mp4")
    durations = stream_durations(out)
    assert durations["video"] == pytest.approx((60 * 15 - 59 * 6) / 30, abs=1 / 30)
    assert durations["audio"] == pytest.approx(durations["video"], abs=1 / 30)


def test_trimmed_shots_start_on_their_frame(tmp_path):
    """A clip red for 1 s then green, with a keyframe only at its start: a shot from 0.5 s shows
    15 red frames then green; the seek lands on the right frame however far the keyframe is."""
    src = tmp_path / "merah hijau.mp4"
    ffmpeg("-f", "lavfi", "-i", "color=c=red:s=320x180:r=30:d=1", "-f", "lavfi", "-i",
           "color=c=green:s=320x180:r=30:d=1", "-filter_complex", "[0][1]concat=n=2", "-c:v", "libx264",
           "-preset", "ultrafast", "-g", "300", "-pix_fmt", "yuv420p", str(src))
    edit = quiet_edit([ClipShot(str(src), Trim(0.5, 1.5)), ClipShot(str(src), Trim(1.2, 1.8))])
    out = export(edit, tmp_path / "o.mp4")
    seen = labels(out, [(255, 0, 0), (0, 128, 0)])
    assert seen == [0] * 15 + [1] * 15 + [1] * 18


def test_clips_of_one_format_share_one_decoder_and_still_join_on_the_frame(tmp_path):
    """Clips that decode alike are read by one concat-demuxer input (#15's memory); each joint
    still falls on its frame, each clip's flash on its first frame and each beep with it."""
    x = flash_clip(tmp_path, "x.mp4", COLOURS[0], 1.0)
    y = flash_clip(tmp_path, "y.mp4", COLOURS[1], 0.8)
    p = photo(tmp_path, "p.jpg", COLOURS[4])
    shots = [ClipShot(str(x)), ClipShot(str(y)), PhotoShot(str(p), seconds=0.5, motion=False), ClipShot(str(x)),
             ClipShot(str(y)), ClipShot(str(x), Trim(0.5, 1.0))]
    edit = quiet_edit(shots)
    from app.export.job import prepare_story

    prepared = prepare_story(edit, tmp_path / "o.mp4", tmp_path / "work")
    argv = prepared.plan.argv
    assert argv.count("concat") == 1 and argv.count("-i") == 2 + 5  # the run, the photo, five clips' sounds
    out = export(edit, tmp_path / "run.mp4")
    for shot in shots:
        if isinstance(shot, ClipShot):
            shot.clip_seconds = picture_seconds(shot.source, probe(shot.source).duration)
    starts, lengths, _ = layout(shots, Transition())
    assert lengths == [30, 24, 15, 30, 24, 15]
    colour_of = [0, 1, 2, 0, 1, 0]
    seen = labels(out, [COLOURS[0], COLOURS[1], COLOURS[4], FLASH])
    expected = [colour_of[k] for k, n in enumerate(lengths) for _ in range(n)]
    assert len(seen) == len(expected)
    flashes = [f for f in range(len(seen)) if seen[f] == 3 and (f == 0 or seen[f - 1] != 3)]
    assert flashes == [starts[k] for k in (0, 1, 3, 4)]  # a flash is a clip's first frame: not the trimmed one
    mismatched = [f for f, (s, e) in enumerate(zip(seen, expected, strict=True)) if s != e and s != 3]
    assert mismatched == []
    beeps = beep_onsets(out)
    assert np.abs(np.array(beeps) - np.array([starts[k] / 30 for k in (0, 1, 3, 4)])).max() < 1 / 30, beeps
    durations = stream_durations(out)
    assert durations["audio"] == pytest.approx(durations["video"], abs=1 / 30)


def test_crossfades_within_a_run_of_one_format(tmp_path):
    x = flash_clip(tmp_path, "x.mp4", COLOURS[0], 1.0)
    y = flash_clip(tmp_path, "y.mp4", COLOURS[1], 1.0)
    shots = [ClipShot(str(x)), ClipShot(str(y)), ClipShot(str(x)), ClipShot(str(y), Trim(0.2, 1.0))]
    edit = quiet_edit(shots, Transition("crossfade", 0.3))
    out = export(edit, tmp_path / "xfade.mp4")
    for shot in shots:
        shot.clip_seconds = picture_seconds(shot.source, probe(shot.source).duration)
    starts, lengths, joints = layout(shots, edit.transition)
    seen = labels(out, [COLOURS[0], COLOURS[1], FLASH])
    assert len(seen) == starts[-1] + lengths[-1]
    for joint in joints:
        before, after = round(joint.start * 30) - 1, round(joint.end * 30) + 2
        assert seen[before] == (joint.index - 1) % 2, (joint, seen[before - 2:after + 2])
        assert seen[after] == joint.index % 2, (joint, seen[before - 2:after + 2])


def test_photos_of_one_size_share_one_decoder_and_each_shows_for_its_time(tmp_path):
    """Photos prepared to one size are read one after another by one input; each photo is its shot,
    crossfaded, cut or dipped, for exactly its frames."""
    p1, p2, p3 = (photo(tmp_path, f"p{n}.jpg", COLOURS[n]) for n in range(3))
    shots = [PhotoShot(str(p1), seconds=1.0, motion=False), PhotoShot(str(p2), seconds=0.8, motion=True),
             PhotoShot(str(p3), seconds=1.0, motion=False), PhotoShot(str(p1), seconds=0.5, motion=False)]
    shots[2].transition = Transition("cut")
    edit = quiet_edit(shots, Transition("crossfade", 0.3))
    from app.export.job import prepare_story

    argv = prepare_story(edit, tmp_path / "o.mp4", tmp_path / "work").plan.argv
    assert argv.count("concat") == 1 and argv.count("-i") == 1
    out = export(edit, tmp_path / "fotos.mp4")
    starts, lengths, joints = layout(shots, edit.transition)
    seen = labels(out, COLOURS[:3])
    assert len(seen) == starts[-1] + lengths[-1]
    colour_of = [0, 1, 2, 0]
    mixed = {f for j in joints for f in range(round(j.start * 30) - 1, round(j.end * 30) + 1)}
    expected = [colour_of[k] for k, n in enumerate(lengths) for f in range(n)]
    shown = [colour_of[max(k for k, s in enumerate(starts) if s <= f)] for f in range(len(seen))]
    assert [f for f in range(len(seen)) if f not in mixed and seen[f] != shown[f]] == [], (seen, expected)
    cut = joints[1]
    assert seen[round(cut.at * 30) - 1] == 1 and seen[round(cut.at * 30)] == 2
