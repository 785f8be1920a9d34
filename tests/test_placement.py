"""Placing by hand on the 1080×1920 frame (app/render/placement.py): pure, Qt-free, fast."""

from __future__ import annotations

import pytest

from app.render.layout import SAFE_LEFT, SAFE_RIGHT, SAFE_TOP, cover, watermark_origin
from app.render.placement import SNAP, FrameView, centre_fractions, dragged_focus, dragged_watermark, snap_watermark
from app.render.presets import HEIGHT, WIDTH


def test_the_frame_is_as_large_as_fits_centred_with_a_margin():
    tall = FrameView.centred(400, 1000)  # narrower than 9:16: the width decides
    assert tall.w == pytest.approx(392) and tall.h == pytest.approx(392 * HEIGHT / WIDTH)
    assert tall.x == pytest.approx(4) and tall.y == pytest.approx((1000 - tall.h) / 2)
    wide = FrameView.centred(1000, 644)  # wider: the height decides
    assert wide.h == pytest.approx(636) and wide.scale == pytest.approx(636 / HEIGHT)
    assert wide.x == pytest.approx((1000 - wide.w) / 2)


def test_preview_and_frame_pixels_convert_both_ways():
    view = FrameView.centred(500, 700)
    for x, y in ((0, 0), (540, 960), (WIDTH, HEIGHT), (123.5, 1700)):
        px, py = view.to_preview(x, y)
        assert view.to_frame(px, py) == pytest.approx((x, y))
    assert view.to_preview(0, 0) == pytest.approx((view.x, view.y))
    assert view.rect_on_preview(0, 0, WIDTH, HEIGHT) == pytest.approx((view.x, view.y, view.w, view.h))


def test_a_watermark_snaps_to_the_safe_box_and_the_centre_and_stays_in_the_frame():
    w, h = 300, 100
    assert snap_watermark(SAFE_LEFT + SNAP, 500, w, h) == (SAFE_LEFT, 500)
    assert snap_watermark(SAFE_LEFT + SNAP + 1, 500, w, h) == (SAFE_LEFT + SNAP + 1, 500)
    assert snap_watermark(SAFE_RIGHT - w - 5, SAFE_TOP + 3, w, h) == (SAFE_RIGHT - w, SAFE_TOP)
    assert snap_watermark((WIDTH - w) / 2 + 10, (HEIGHT - h) / 2 - 10, w, h) == ((WIDTH - w) / 2, (HEIGHT - h) / 2)
    assert snap_watermark(-500, 5000, w, h) == (0.0, HEIGHT - h)


def test_a_dragged_watermark_becomes_centre_fractions_the_export_places_back():
    w, h = 300, 100
    x, y = dragged_watermark(400, 600, 37, 55, w, h)
    assert (x, y) == centre_fractions(437, 655, w, h)
    left, top = watermark_origin("bottom-right", x, y, w, h)
    assert abs(left - 437) <= 1 and abs(top - 655) <= 1  # what the user placed is what is rendered
    assert centre_fractions(-1000, -1000, w, h) == (0.0, 0.0)


def test_dragging_the_picture_right_moves_the_fill_focus_left():
    spare = cover(1920, 1080).w - WIDTH
    assert dragged_focus(0.5, spare / 4, 1920, 1080) == pytest.approx(0.25)
    assert dragged_focus(0.5, -spare, 1920, 1080) == 1.0
    assert dragged_focus(0.5, 10, 1080, 1920) is None  # a tall clip fills the frame: nothing to move
