"""Exports checked as a user would: the picture, the sound, the file's facts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.campaigns.packs import get_campaign
from app.errors import Cancelled
from app.export.job import export
from app.media.probe import probe
from app.project.edit import Edit
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP, watermark_origin
from app.render.plan import watermark_image
from tests.conftest import ffmpeg
from tests.mediacheck import (
    audio,
    frame,
    frames,
    picture_types,
    stream_durations,
    summary,
    tone_level,
    top_level_boxes,
)

pytestmark = pytest.mark.slow  # full-size encodes: not in `make test-fast`


def make_edit(source: Path, **changes) -> Edit:
    edit = Edit(source=str(source), preset="draft")
    for key, value in changes.items():
        section, _, attr = key.partition("__")
        if attr:
            setattr(getattr(edit, section), attr, value)
        else:
            setattr(edit, section, value)
    return edit


def test_tiktok_export_is_share_ready(make_clip, tmp_path):
    phone_tags = ("-metadata", "location=+48.8577+002.2950/", "-metadata", "creation_time=2018-07-23T10:00:00Z",
                  "-metadata:s:v:0", "handler_name=Core Media Video", "-metadata", "com.apple.quicktime.model=iPhone X")
    src = make_clip(size="640x360", seconds=3, args=phone_tags)
    out = export(make_edit(src, preset="tiktok", trim__start=0.5, trim__end=2.5), tmp_path / "out.mp4")
    info = probe(out)
    assert (info.width, info.height, info.fps, info.variable_fps) == (1080, 1920, 30.0, False)
    assert (info.video_codec, info.pixel_format) == ("h264", "yuv420p")
    assert (info.audio_codec, info.audio_rate, info.audio_channels) == ("aac", 48000, 2)
    text = summary(out)
    assert "h264 (High)" in text and "aac (LC)" in text
    for private in ("location", "+48.8577", "creation_time", "Core Media", "iPhone", "com.apple"):
        assert private not in text, f"source metadata '{private}' leaked into the export"
    boxes = top_level_boxes(out)
    assert boxes.index("moov") < boxes.index("mdat"), "moov atom must come first (+faststart)"
    types = picture_types(out)
    assert len(types) == 60
    assert [i for i, t in enumerate(types) if t == "I"] == list(range(0, 60, 15))
    durations = stream_durations(out)
    assert durations["video"] == pytest.approx(2.0, abs=1 / 30)
    assert durations["audio"] == pytest.approx(durations["video"], abs=0.03)
    assert not [p for p in tmp_path.iterdir() if p.name != "out.mp4"], "temporary files were left behind"


def test_whatsapp_export_is_main_profile_without_b_frames(make_clip, tmp_path):
    out = export(make_edit(make_clip(), preset="whatsapp", trim__end=2.0), tmp_path / "wa.mp4")
    assert "h264 (Main)" in summary(out)
    assert "B" not in picture_types(out)
    assert out.stat().st_size < 16_000_000


def band_sharpness(image: np.ndarray) -> float:
    return float(np.abs(np.diff(image.mean(axis=2), axis=1)).mean())


def test_blur_framing_has_blurred_bands_and_a_sharp_centre(make_clip, tmp_path):
    out = export(make_edit(make_clip(size="640x360"), watermark__enabled=False), tmp_path / "blur.mp4")
    image = frame(out, 1.0)
    top, centre, bottom = image[100:600], image[700:1200], image[1320:1820]
    assert band_sharpness(centre) > 4 * band_sharpness(top)
    assert band_sharpness(centre) > 4 * band_sharpness(bottom)
    assert top.std() > 10, "the band above the clip shows a blurred copy of it, not a flat colour"


@pytest.fixture(scope="module")
def red_blue_clip(make_clip):
    # left half red, right half blue
    return make_clip(size="320x180", source="color=c=red", vf="drawbox=x=160:y=0:w=160:h=180:color=blue:t=fill")


@pytest.mark.parametrize("focus, expect", [(0.0, "red"), (1.0, "blue"), (0.5, "both")])
def test_fill_framing_crops_where_the_focus_says(red_blue_clip, tmp_path, focus, expect):
    edit = make_edit(red_blue_clip, framing__layout="fill", framing__focus=focus, watermark__enabled=False)
    image = frame(export(edit, tmp_path / "fill.mp4"), 0.5)
    left, right = image[960, 20], image[960, 1060]
    red, blue = np.array([255, 0, 0]), np.array([0, 0, 255])
    near = lambda a, b: np.abs(a - b).max() < 40  # noqa: E731
    if expect == "red":
        assert near(left, red) and near(right, red)
    elif expect == "blue":
        assert near(left, blue) and near(right, blue)
    else:
        assert near(left, red) and near(right, blue)


def test_fit_framing_shows_the_background_colour(make_clip, tmp_path):
    edit = make_edit(make_clip(), framing__layout="fit", framing__background="#123456", watermark__enabled=False)
    image = frame(export(edit, tmp_path / "fit.mp4"), 1.0)
    for y in (50, 1870):
        assert np.abs(image[y, 540] - [0x12, 0x34, 0x56]).max() < 6
    assert image[700:1200].std() > 30  # the picture itself in the middle


@pytest.mark.parametrize("position", ["top-left", "bottom-right", "center"])
def test_watermark_pixels_are_where_its_position_says(make_clip, tmp_path, position):
    src = make_clip(source="color=c=black")
    base = dict(framing__layout="fit", audio__song_enabled=False)
    plain = frame(export(make_edit(src, watermark__enabled=False, **base), tmp_path / "a.mp4"), 1.0)
    marked = frame(export(make_edit(src, watermark__position=position, **base), tmp_path / "b.mp4"), 1.0)
    changed = np.argwhere(np.abs(marked - plain).max(axis=2) > 40)
    (y0, x0), (y1, x1) = changed.min(axis=0), changed.max(axis=0)
    edit = make_edit(src, watermark__position=position)
    image = watermark_image(edit, get_campaign())
    ex, ey = watermark_origin(position, None, None, image.width, image.height)
    assert ex - 2 <= x0 and x1 <= ex + image.width + 2
    assert ey - 2 <= y0 and y1 <= ey + image.height + 2
    assert (x1 - x0) > 0.6 * image.width, "the hashtag is drawn across most of its box"
    assert SAFE_LEFT <= x0 and x1 <= SAFE_RIGHT and SAFE_TOP <= y0 and y1 <= SAFE_BOTTOM
    # white letters are there
    assert (marked[y0:y1, x0:x1].min(axis=2) > 200).sum() > 500


def test_watermark_at_a_custom_point(make_clip, tmp_path):
    src = make_clip(source="color=c=black")
    edit = make_edit(src, framing__layout="fit", watermark__x=0.5, watermark__y=0.8, audio__song_enabled=False)
    image = frame(export(edit, tmp_path / "c.mp4"), 1.0)
    bright = np.argwhere(image.min(axis=2) > 200)
    cy, cx = bright.mean(axis=0)
    assert abs(cx - 540) < 40 and abs(cy - 0.8 * 1920) < 40


def song_file(tmp_path: Path, freq: float = 1000.0, seconds: float = 10.0) -> Path:
    path = tmp_path / f"song-{freq:g}.m4a"
    ffmpeg("-f", "lavfi", "-i", f"sine=f={freq}:d={seconds}", "-ac", "2", "-c:a", "aac", str(path))
    return path


def test_song_is_audible_and_clip_can_be_muted(make_clip, tmp_path):
    src = make_clip(tone=440)
    song = song_file(tmp_path)
    muted = export(make_edit(src, audio__song=str(song), audio__clip_volume=0.0), tmp_path / "m.mp4")
    sound = audio(muted)[48000:96000]  # the middle second, away from the fades
    assert tone_level(sound, 1000) > 0.1
    assert tone_level(sound, 440) < 0.01
    mixed = export(make_edit(src, audio__song=str(song), audio__clip_volume=1.0), tmp_path / "x.mp4")
    sound = audio(mixed)[48000:96000]
    assert tone_level(sound, 1000) > 0.1 and tone_level(sound, 440) > 0.1


def test_song_fades_in(make_clip, tmp_path):
    song = song_file(tmp_path)
    edit = make_edit(make_clip(tone=None), audio__song=str(song), audio__fade_in=1.0)
    sound = np.abs(audio(export(edit, tmp_path / "f.mp4")))
    first, later = sound[:2400].max(), sound[60000:62400].max()
    assert first < 0.2 * later


def test_bundled_campaign_song_plays_by_default(make_clip, tmp_path):
    out = export(make_edit(make_clip(tone=None)), tmp_path / "s.mp4")
    sound = audio(out)[24000:96000]
    assert np.sqrt(np.mean(sound**2)) > 0.02


def test_clip_without_audio_and_without_song_gets_a_silent_aac_track(make_clip, tmp_path):
    out = export(make_edit(make_clip(tone=None), audio__song_enabled=False), tmp_path / "q.mp4")
    info = probe(out)
    assert info.has_audio and info.audio_codec == "aac" and info.audio_channels == 2
    assert np.abs(audio(out)).max() < 1e-3
    durations = stream_durations(out)
    assert durations["audio"] == pytest.approx(durations["video"], abs=0.03)


def test_surround_audio_is_mixed_down_to_stereo(make_clip, tmp_path):
    src = make_clip(channels="5.1")
    out = export(make_edit(src, audio__song_enabled=False), tmp_path / "s51.mp4")
    assert probe(out).audio_channels == 2
    assert tone_level(audio(out)[24000:72000], 440) > 0.05


def test_trim_starts_and_ends_on_the_chosen_frames(make_clip, tmp_path):
    src = make_clip(size="320x180", seconds=4, tone=None)
    source_frames = frames(src, (320, 180))
    edit = make_edit(src, framing__layout="fit", watermark__enabled=False, trim__start=1.2, trim__end=2.5)
    out = export(edit, tmp_path / "t.mp4")
    exported = frames(out, (320, 180), vf="crop=1080:608:0:656,scale=320:180")
    assert len(exported) == 39

    def best_match(image: np.ndarray) -> int:
        return int(np.argmin([np.abs(image - s).mean() for s in source_frames]))

    assert abs(best_match(exported[0]) - 36) <= 1
    assert abs(best_match(exported[-1]) - 74) <= 1


def test_rotated_portrait_phone_clip_comes_out_upright(phone_clip, tmp_path):
    rotated = phone_clip
    info = probe(rotated)
    assert (info.width, info.height, info.rotation) == (180, 320, 90)
    image = frame(export(make_edit(rotated, framing__layout="fit", watermark__enabled=False),
                         tmp_path / "up.mp4"), 1.0)
    assert np.abs(image[150, 540] - [255, 0, 0]).max() < 50, "the red band must be at the top"
    assert np.abs(image[1800, 540] - [128, 128, 128]).max() < 30
    assert np.abs(image[960, 30] - [128, 128, 128]).max() < 30, "the portrait clip fills the frame, no bars"


def test_variable_frame_rate_clip_comes_out_constant_and_in_sync(tmp_path):
    clip = tmp_path / "vfr.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "color=c=black:s=320x180:r=30:d=3,"
        "drawbox=x=0:y=0:w=320:h=180:color=white:t=fill:enable='gte(t,2)',"
        "select='lt(t\\,1.5)+not(mod(n\\,3))'",
        "-f", "lavfi", "-i", "aevalsrc='if(gte(t,2),0.8*sin(2*PI*1000*t),0)':s=48000:d=3",
        "-fps_mode", "vfr", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(clip),
    )
    assert probe(clip).variable_fps
    out = export(make_edit(clip, framing__layout="fit", watermark__enabled=False, audio__song_enabled=False),
                 tmp_path / "cfr.mp4")
    info = probe(out)
    assert info.fps == 30 and not info.variable_fps
    assert len(picture_types(out)) == 90
    durations = stream_durations(out)
    assert durations["audio"] == pytest.approx(durations["video"], abs=0.03)
    brightness = frames(out, (108, 192), vf="scale=108:192").mean(axis=(1, 2, 3))
    first_bright = int(np.argmax(brightness > 40)) / 30
    sound = np.abs(audio(out))
    first_loud = int(np.argmax(sound > 0.2)) / 48000
    assert first_bright == pytest.approx(2.0, abs=0.1)
    assert first_loud == pytest.approx(first_bright, abs=0.05)


def test_odd_sized_and_anamorphic_clips(make_clip, tmp_path):
    odd = export(make_edit(make_clip(size="1079x607", seconds=2)), tmp_path / "odd.mp4")
    assert (probe(odd).width, probe(odd).height) == (1080, 1920)
    # 320x180 stored with 4:3 pixels is shown 427x180 wide: fit keeps that shape
    wide = make_clip(size="320x180", seconds=2, source="color=c=white", tone=None, vf="setsar=4/3")
    out = export(make_edit(wide, framing__layout="fit", framing__background="#000000",
                           watermark__enabled=False), tmp_path / "sar.mp4")
    column = frame(out, 1.0)[:, 540].mean(axis=1)
    rows = np.flatnonzero(column > 128)
    assert rows.max() - rows.min() + 1 == pytest.approx(1080 * 180 / 427, abs=6)


@pytest.mark.parametrize("name", ["klip saya é 🎉.mp4", "-dash start.mp4"])
def test_unusual_file_names(make_clip, tmp_path, name):
    src = make_clip(name=name, seconds=2)
    out = export(make_edit(src), tmp_path / f"hasil {name}")
    assert probe(out).width == 1080


def test_hostile_text_stays_text(make_clip, tmp_path):
    src = make_clip(seconds=2, name="a';[0:v]drawtext=text=x[v].mp4")
    edit = make_edit(src, watermark__text="';[0:v]null[v];anullsrc,")
    out = export(edit, tmp_path / "x';[1:v]null.mp4")
    assert probe(out).height == 1920


def test_cancel_mid_export_leaves_nothing(make_clip, tmp_path):
    src = make_clip(seconds=8)
    seen: list[float] = []
    with pytest.raises(Cancelled):
        export(make_edit(src, preset="tiktok"), tmp_path / "c.mp4", on_progress=seen.append,
               should_cancel=lambda: bool(seen) and seen[-1] > 0.1)
    assert list(tmp_path.iterdir()) == []


def test_existing_output_is_kept_unless_overwrite(make_clip, tmp_path):
    from app.errors import UserError

    target = tmp_path / "keep.mp4"
    target.write_bytes(b"my precious video")
    with pytest.raises(UserError, match="already exists"):
        export(make_edit(make_clip(seconds=2)), target)
    assert target.read_bytes() == b"my precious video"
    export(make_edit(make_clip(seconds=2)), target, overwrite=True)
    assert probe(target).height == 1920
