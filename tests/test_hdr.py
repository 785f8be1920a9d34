"""An HDR phone clip (HLG, as iPhones record by default) comes out with the colours of the scene,
not grey and washed out: it is tone-mapped to BT.709 SDR."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from PIL import Image

from app.export.job import export
from app.ffmpeg import ffmpeg_exe
from app.media.probe import probe
from app.project.edit import Edit

pytestmark = pytest.mark.slow  # full-size encodes: not in `make test-fast`

# the same picture as an SDR clip, turned into 10-bit HLG BT.2020 the way a phone records it
TO_HLG = ("setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv,zscale=t=linear:npl=100,"
          "format=gbrpf32le,zscale=p=2020:t=arib-std-b67:m=2020_ncl:r=tv,format=yuv420p10le")
HEVC_HLG = ("-c:v", "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=error", "-tag:v", "hvc1",
            "-color_primaries", "bt2020", "-color_trc", "arib-std-b67", "-colorspace", "bt2020nc")


def _frame(video, at: float, path) -> np.ndarray:
    subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-ss", str(at), "-i", str(video), "-frames:v", "1", str(path)],
                   check=True)
    return np.asarray(Image.open(path).convert("RGB")).astype(float)


def _saturation(rgb: np.ndarray) -> float:
    return float(np.asarray(Image.fromarray(rgb.astype(np.uint8)).convert("HSV"))[..., 1].mean())


def test_hlg_clip_keeps_its_colours(make_clip, tmp_path, monkeypatch):
    sdr = make_clip(size="480x270", seconds=1.5, name="sdr bars.mp4")
    hlg = make_clip(size="480x270", seconds=1.5, vf=TO_HLG, args=HEVC_HLG, name="hlg bars 10-bit.mp4")
    info = probe(hlg)
    assert info.is_hdr and info.color_transfer == "arib-std-b67" and not probe(sdr).is_hdr
    assert info.pixel_format == "yuv420p10le"

    for layout in ("blur", "fit", "fill"):
        edit = Edit(preset="draft")
        edit.framing.layout = layout
        edit.watermark.enabled = False
        edit.source = str(sdr)
        want = _frame(export(edit, tmp_path / f"sdr-{layout}.mp4"), 0.5, tmp_path / "want.png")
        edit.source = str(hlg)
        made = export(edit, tmp_path / f"hlg-{layout}.mp4")
        got = _frame(made, 0.5, tmp_path / "got.png")
        assert probe(made).color_transfer == "bt709"  # tagged as the SDR it now is
        with monkeypatch.context() as m:  # what the same export gave before: HLG shown as if it were SDR
            m.setattr("app.render.plan.to_sdr", lambda _media: "")
            naive = _frame(export(edit, tmp_path / f"naive-{layout}.mp4"), 0.5, tmp_path / "naive.png")
        # as a viewer sees it: much closer to the SDR picture than the untreated clip, and as colourful
        assert np.abs(got - want).mean() < 0.5 * np.abs(naive - want).mean(), layout
        assert _saturation(got) > 0.85 * _saturation(want) > _saturation(naive), layout


def test_hlg_clip_filmstrip_has_the_colours_of_its_export(make_clip):
    from app.media.filmstrip import filmstrip

    sdr = make_clip(size="480x270", seconds=1.5, name="sdr bars.mp4")
    hlg = make_clip(size="480x270", seconds=1.5, vf=TO_HLG, args=HEVC_HLG, name="hlg bars 10-bit.mp4")
    want, got = (filmstrip(probe(clip))[1].astype(float) for clip in (sdr, hlg))
    assert _saturation(got) > 0.85 * _saturation(want)
