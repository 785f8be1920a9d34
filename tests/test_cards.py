"""The caption cards: drawn inside the safe box, legible on any video, and in the export at the right times."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.campaigns.packs import get_campaign
from app.errors import UserError
from app.export.job import export
from app.project.edit import Edit
from app.render.cards import MONTHS_EN, date_range, end_card_window, lower_third_origin, render_end_card
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP, watermark_origin
from app.render.plan import lower_third_job, watermark_image
from tests.conftest import ARTIFACTS
from tests.mediacheck import frame

MAGENTA = np.array([194, 24, 91])
GREEN = "0x20A040"


def test_card_setting_round_trips_through_json(tmp_path):
    edit = Edit(card="end-card")
    edit.save(tmp_path / "p.json")
    assert Edit.load(tmp_path / "p.json").card == "end-card"
    assert Edit.from_dict({"schema": 1}).card == "off"  # older projects
    with pytest.raises(UserError, match="card must be one of"):
        Edit.from_dict({"schema": 1, "card": "sideways"})


def test_dates_read_the_indonesian_way():
    assert date_range(date(2018, 7, 20), date(2018, 7, 25)) == "20–25 Juli 2018"
    assert date_range(date(2018, 7, 30), date(2018, 8, 2)) == "30 Juli – 2 Agustus 2018"
    assert date_range(None, None) == ""
    assert date_range(date(2018, 7, 30), date(2018, 8, 2), MONTHS_EN) == "30 July – 2 August 2018"


def test_end_card_takes_the_last_seconds_but_never_more_than_half():
    c = get_campaign()
    assert end_card_window(20, c) == (17, 3)
    assert end_card_window(4, c) == (2, 2)


def _bbox(image: Image.Image) -> tuple[int, int, int, int]:
    return image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()


def test_lower_third_sits_in_the_safe_box_above_the_watermark(tmp_path):
    c = get_campaign()
    edit = Edit()
    wm = watermark_image(edit, c)
    wx, wy = watermark_origin(edit.watermark.position, None, None, wm.width, wm.height)
    from app.render.plan import WatermarkJob
    job = lower_third_job(edit, c, tmp_path, WatermarkJob(wm, tmp_path / "w.png", wx, wy))
    left, top, right, bottom = _bbox(job.image)
    assert SAFE_LEFT <= job.x + left and job.x + right <= SAFE_RIGHT
    assert SAFE_TOP <= job.y + top and job.y + bottom <= wy + 10  # above the hashtag, not on it
    x, y = lower_third_origin(job.image.width, job.image.height)
    assert y + job.image.height == SAFE_BOTTOM  # without a watermark: the bottom of the safe box


def _look_frame(kind: str) -> Image.Image:
    """A busy bright or dark test frame: sky, sun, stripes, ground."""
    if kind == "bright":
        image = Image.new("RGB", (1080, 1920), (236, 232, 214))
        d = ImageDraw.Draw(image)
        d.ellipse((560, 560, 1010, 1010), fill=(252, 214, 64))
        for x in range(0, 1080, 120):
            d.rectangle((x, 1080, x + 60, 1500), fill=(255, 255, 255))
        d.rectangle((0, 1500, 1080, 1920), fill=(126, 196, 96))
    else:
        image = Image.new("RGB", (1080, 1920), (24, 28, 44))
        d = ImageDraw.Draw(image)
        d.ellipse((80, 500, 520, 940), fill=(62, 72, 94))
        d.rectangle((0, 1400, 1080, 1920), fill=(40, 34, 30))
    return image.convert("RGBA")


def test_look_cards_and_watermark_on_bright_and_dark_video(tmp_path):
    """Saves test-artifacts/cards-*.png to look at; checks they stay inside the safe box."""
    c = get_campaign()
    edit = Edit(card="lower-third")
    wm = watermark_image(edit, c)
    wx, wy = watermark_origin(edit.watermark.position, None, None, wm.width, wm.height)
    from app.render.plan import WatermarkJob
    lt = lower_third_job(edit, c, tmp_path, WatermarkJob(wm, tmp_path / "w.png", wx, wy))
    ARTIFACTS.mkdir(exist_ok=True)
    for kind in ("bright", "dark"):
        image = _look_frame(kind)
        image.alpha_composite(lt.image, (lt.x, lt.y))
        image.alpha_composite(wm, (wx, wy))
        image.convert("RGB").save(ARTIFACTS / f"cards-lower-third-{kind}.png")
    end = render_end_card(c)
    assert end.size == (1080, 1920) and end.getchannel("A").getextrema() == (255, 255)
    end.convert("RGB").save(ARTIFACTS / "cards-end-card.png")
    # the panel behind the letters is near-opaque magenta, so they read on any video
    panel = np.asarray(lt.image)[lt.image.height // 2, 30]
    assert panel[3] >= 240 and np.abs(panel[:3].astype(int) - MAGENTA).max() < 10
    # everything written on the end card is inside the safe box: outside it there is only
    # the gradient and confetti, whose colours are the campaign's
    bright = np.asarray(end.convert("L"))
    safe = np.zeros_like(bright, dtype=bool)
    safe[SAFE_TOP:SAFE_BOTTOM, SAFE_LEFT:SAFE_RIGHT] = True
    assert (bright[safe] > 240).sum() > 20000  # white text inside
    row_means = bright[SAFE_BOTTOM + 40:].mean()
    assert row_means < 120  # below the box: calm background only


@pytest.mark.slow
def test_export_with_the_lower_third(make_clip, tmp_path):
    clip = make_clip(seconds=3.0, source=f"color=c={GREEN}")
    edit = Edit(source=str(clip), preset="draft", card="lower-third")
    edit.audio.normalize = False
    out = export(edit, tmp_path / "lt.mp4")
    c = get_campaign()
    wm = watermark_image(edit, c)
    wx, wy = watermark_origin(edit.watermark.position, None, None, wm.width, wm.height)
    from app.render.plan import WatermarkJob
    job = lower_third_job(edit, c, tmp_path, WatermarkJob(wm, tmp_path / "w.png", wx, wy))
    for t in (0.2, 1.5, 2.8):  # over the whole video
        f = frame(out, t)
        panel = f[job.y + job.image.height // 2, job.x + 30]
        assert np.abs(panel - MAGENTA).max() < 40, (t, panel)
        assert np.abs(f[200, 540] - np.array([0x20, 0xA0, 0x40])).max() < 30  # the video elsewhere


@pytest.mark.slow
def test_export_with_the_end_card(make_clip, tmp_path):
    clip = make_clip(seconds=4.0, source=f"color=c={GREEN}")
    edit = Edit(source=str(clip), preset="draft", card="end-card")
    edit.audio.normalize = False
    out = export(edit, tmp_path / "end.mp4")
    card = np.asarray(render_end_card(get_campaign()).convert("RGB")).astype(int)
    start, _ = end_card_window(4.0, get_campaign())  # 2.0 s
    green = np.array([0x20, 0xA0, 0x40])
    before, during, last = frame(out, 1.0), frame(out, start + 1.2), frame(out, 3.95)
    for y, x in ((960, 540), (1700, 540), (150, 540)):
        assert np.abs(before[y, x] - green).max() < 30
        assert np.abs(during[y, x] - card[y, x]).max() < 30, (y, x, during[y, x], card[y, x])
        assert np.abs(last[y, x] - card[y, x]).max() < 30
