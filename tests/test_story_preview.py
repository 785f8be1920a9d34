"""The preview rendering of a story (app/export/preview.py): what the export shows, small and fast."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.errors import Cancelled, UserError
from app.export import preview
from app.export.preview import PREVIEW_HEIGHT, PREVIEW_WIDTH, render_preview
from app.media.probe import probe
from app.project.edit import Edit, Framing, Trim
from app.project.story import ClipShot, PhotoShot, Transition
from tests.conftest import ffmpeg
from tests.mediacheck import audio, frame, picture_types, tone_level

RED, GREEN, BLUE = (220, 40, 40), (40, 200, 40), (40, 60, 230)
SIZE = (PREVIEW_WIDTH, PREVIEW_HEIGHT)
# the story below: 1.5 s of red, green and a blue photo, 0.5 s crossfades (frames 30–45 and 60–75)
MIDDLES = {0.5: RED, 1.7: GREEN, 3.0: BLUE}
MID_CROSSFADE = 1.25  # red fading into green


def colour_clip(folder: Path, name: str, colour: tuple[int, int, int], tone: int, seconds: float = 1.5) -> Path:
    path = folder / name
    hex_colour = "0x" + "".join(f"{c:02X}" for c in colour)
    ffmpeg("-f", "lavfi", "-i", f"color=c={hex_colour}:s=320x180:r=30:d={seconds}",
           "-f", "lavfi", "-i", f"sine=f={tone}:d={seconds}:sample_rate=48000",
           "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(path))
    return path


def story_sources(folder: Path) -> dict[str, Path]:
    """Two small clips of distinct colours (440 and 550 Hz), a blue photo, a 660 Hz song."""
    folder.mkdir(parents=True, exist_ok=True)
    photo = folder / "foto biru.jpg"
    Image.new("RGB", (400, 300), BLUE).save(photo, quality=95)
    song = folder / "lagu.m4a"
    ffmpeg("-f", "lavfi", "-i", "sine=f=660:d=20:sample_rate=48000", "-c:a", "aac", str(song))
    return {"red": colour_clip(folder, "merah.mp4", RED, 440), "green": colour_clip(folder, "hijau.mp4", GREEN, 550),
            "photo": photo, "song": song}


def story_edit(media: dict[str, Path]) -> Edit:
    """Red clip, green clip, blue photo, crossfades of 0.5 s, the song under it, the watermark on."""
    fill = Framing("fill")
    shots = [ClipShot(str(media["red"]), framing=fill), ClipShot(str(media["green"]), framing=copy.deepcopy(fill)),
             PhotoShot(str(media["photo"]), seconds=1.5, framing=copy.deepcopy(fill))]
    edit = Edit(preset="tiktok", shots=shots, transition=Transition("crossfade", 0.5))
    edit.audio.song, edit.audio.song_start, edit.audio.fade_in, edit.audio.fade_out = str(media["song"]), 0.0, 0, 0
    return edit


@pytest.fixture(scope="module")
def media(tmp_path_factory) -> dict[str, Path]:
    return story_sources(tmp_path_factory.mktemp("preview media"))


def centre(path: Path, t: float) -> np.ndarray:
    picture = frame(path, t, size=SIZE)
    h, w = picture.shape[:2]
    return picture[h // 3: 2 * h // 3, w // 4: 3 * w // 4].reshape(-1, 3).mean(axis=0)


def test_the_preview_shows_each_shot_and_the_crossfades_small_with_sound_but_no_watermark(media, tmp_path):
    out = render_preview(story_edit(media), tmp_path / "cache")
    info = probe(out)
    assert (info.width, info.height, info.fps) == (540, 960, 30.0)
    assert info.duration == pytest.approx(3.5, abs=0.05)  # 3 × 1.5 s less two crossfades of 0.5 s
    for t, colour in MIDDLES.items():
        assert np.abs(centre(out, t) - colour).max() < 20, (t, centre(out, t))
    mixed = centre(out, MID_CROSSFADE)
    assert np.abs(mixed - (np.array(RED) + GREEN) / 2).max() < 40, mixed  # half red, half green
    # no watermark: its corner (bottom right by default) is the shot's colour like the rest
    corner = frame(out, 0.5, size=SIZE)[int(PREVIEW_HEIGHT * 0.75):int(PREVIEW_HEIGHT * 0.9), PREVIEW_WIDTH // 2:]
    assert np.abs(corner.reshape(-1, 3) - RED).max() < 30
    types = picture_types(out)
    assert [i for i, t in enumerate(types) if t == "I"] == list(range(0, len(types), 15))  # a keyframe every 0.5 s
    sound = audio(out)
    first, second = sound[int(0.2 * 48000):int(0.8 * 48000)], sound[int(1.5 * 48000):int(1.9 * 48000)]
    assert tone_level(first, 440) > 0.1 and tone_level(first, 550) < 0.02  # the red clip's own sound …
    assert tone_level(second, 550) > 0.1 and tone_level(second, 440) < 0.02  # … then the green one's
    assert tone_level(first, 660) > 0.1 and tone_level(sound[int(3.0 * 48000):], 660) > 0.1  # the song under all


def test_the_cache_is_reused_for_a_watermark_change_and_renders_again_for_a_trim(media, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    edit = story_edit(media)
    first = render_preview(edit, folder)
    edit.watermark.text, edit.watermark.x, edit.watermark.y = "#KelasKita", 0.3, 0.4
    edit.audio.normalize = not edit.audio.normalize

    def no_render(*args, **kwargs):
        raise AssertionError("rendered again")

    with monkeypatch.context() as patch:
        patch.setattr(preview, "run", no_render)
        assert render_preview(edit, folder) == first
    edit.shots[1].trim = Trim(0.2, 1.4)
    second = render_preview(edit, folder)
    assert second != first and second.exists() and first.exists()
    assert probe(second).duration == pytest.approx(3.2, abs=0.05)
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])  # no temporary files


def test_only_the_last_few_renderings_are_kept(media, tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "KEEP", 2)
    folder = tmp_path / "cache"
    edit = story_edit(media)
    made = []
    for seconds in (1.0, 1.2, 1.4):
        edit.shots[2].seconds = seconds
        made.append(render_preview(edit, folder))
    assert sorted(folder.iterdir()) == sorted(made[1:])


def test_a_broken_shot_is_named_as_the_export_names_it(media, tmp_path):
    broken = tmp_path / "rusak.mp4"
    broken.write_text("not a video")
    edit = story_edit(media)
    edit.shots[1] = ClipShot(str(broken))
    with pytest.raises(UserError, match=r"shot 2 .*rusak\.mp4"):
        render_preview(edit, tmp_path / "cache")
    edit.shots[1] = PhotoShot(str(tmp_path / "hilang.jpg"))
    with pytest.raises(UserError, match=r"shot 2 .*hilang\.jpg"):
        render_preview(edit, tmp_path / "cache")
    assert list((tmp_path / "cache").iterdir()) == []


def test_a_story_over_the_length_limit_still_previews_whole(media, tmp_path, monkeypatch):
    import dataclasses

    from app.campaigns.packs import get_campaign

    # the window warns and offers Fit; the preview plays it all
    short = dataclasses.replace(get_campaign(), max_seconds=2)
    monkeypatch.setattr(preview, "get_campaign", lambda *args: short)
    out = render_preview(story_edit(media), tmp_path / "cache")
    assert probe(out).duration == pytest.approx(3.5, abs=0.05)


def test_a_cancelled_rendering_leaves_nothing(media, tmp_path):
    with pytest.raises(Cancelled):
        render_preview(story_edit(media), tmp_path / "cache", should_cancel=lambda: True)
    assert list((tmp_path / "cache").iterdir()) == []
