"""#21: the laptop's video chip reading clips (app/export/decoders.py), never worse than software.

No chip can decode here (a container without a GPU): these tests force a chip's decoder that cannot
work (VA-API on a device that does not exist) and check the export still succeeds, made by the
software decoder, and says so where the video chip's notice goes (#19).
"""

from __future__ import annotations

import json
import subprocess

import pytest

from app.export import decoders
from app.export.job import export
from app.media.probe import probe
from app.messages import M
from app.project.edit import Edit
from app.render import decoders as render_decoders

NO_DEVICE = render_decoders.HwDecoder("vaapi", "VA-API",
                                      ("-hwaccel", "vaapi", "-hwaccel_device", "/nonexistent/renderD999"))


@pytest.fixture
def chip_that_cannot_work(monkeypatch):
    monkeypatch.setitem(render_decoders.DECODERS, "vaapi", NO_DEVICE)
    return "vaapi"


def _edit(clip) -> Edit:
    edit = Edit(source=str(clip), preset="draft")
    edit.watermark.enabled = False
    edit.audio.normalize = False
    return edit


def test_a_chip_that_cannot_decode_falls_back_to_software(make_clip, tmp_path, chip_that_cannot_work):
    clip = make_clip(size="320x180", seconds=1.5)
    notices = []
    out = export(_edit(clip), tmp_path / "made.mp4", decoder=chip_that_cannot_work, on_notice=notices.append)
    info = probe(out)
    assert (info.width, info.height) == (1080, 1920) and abs(info.duration - 1.5) < 0.2 and info.has_audio
    assert [n.id for n in notices] == [M.DEC_GIVEN_UP]
    assert "VA-API" in str(notices[0])
    # ffmpeg named the chip: it is remembered as failed, and "auto" now reads clips in software
    assert decoders.cached()["vaapi"].status == decoders.FAILED
    assert decoders.best(names=("vaapi",)) is None
    assert decoders.resolve("auto") == "software"
    assert not list(tmp_path.glob(".*"))  # nothing half-written left beside the video


def test_a_chip_failing_on_a_clip_is_not_blamed_when_ffmpeg_does_not_name_it(make_clip, tmp_path, monkeypatch):
    """A failure without the chip's name (say, a damaged clip) falls back too, but is not held against it."""
    clip = make_clip(size="320x180", seconds=1.5)
    bad = render_decoders.HwDecoder("vaapi", "VA-API", ("-discard", "all"))  # decodes nothing: no picture
    monkeypatch.setitem(render_decoders.DECODERS, "vaapi", bad)
    notices = []
    out = export(_edit(clip), tmp_path / "made.mp4", decoder="vaapi", on_notice=notices.append)
    assert probe(out).has_video
    assert [n.id for n in notices] == [M.DEC_FELL_BACK]
    assert "vaapi" not in decoders.cached()


def test_software_decoding_says_nothing(make_clip, tmp_path):
    notices = []
    export(_edit(make_clip(size="320x180", seconds=1.5)), tmp_path / "made.mp4", on_notice=notices.append)
    assert notices == []


def test_detection_tries_once_and_remembers(chip_that_cannot_work, monkeypatch):
    [verdict] = decoders.detect(names=("vaapi",))
    assert verdict.status in (decoders.NOT_PRESENT, decoders.FAILED) and verdict.reason is not None
    assert json.loads(decoders.cache_path().read_text())["decoders"]["vaapi"]["status"] == verdict.status
    tried = []
    monkeypatch.setattr(decoders, "trial", lambda *a, **k: tried.append(a) or decoders.Verdict("vaapi", "working"))
    assert decoders.detect(names=("vaapi",))[0].status == verdict.status and not tried  # remembered
    assert decoders.detect(names=("vaapi",), retest=True)[0].status == decoders.WORKING and tried  # --retest
    assert decoders.best(names=("vaapi",)) == "vaapi"


def test_a_trial_that_crashed_the_app_marks_the_decoder_failed(chip_that_cannot_work, monkeypatch):
    decoders.marker_path().write_text(json.dumps({"name": "vaapi", "ffmpeg": decoders.ffmpeg_version()}))
    monkeypatch.setattr(decoders, "trial", lambda *a, **k: pytest.fail("tried again"))
    [verdict] = decoders.detect(names=("vaapi",))
    assert verdict.status == decoders.FAILED and verdict.reason.id == M.ENC_CRASHED


def test_a_decoder_is_working_only_with_the_software_decoders_pictures(monkeypatch, tmp_path):
    """A 'decoder' that runs but gives other pictures (here: the clip upside down) is failed."""
    flip = render_decoders.HwDecoder("vaapi", "VA-API", ())
    monkeypatch.setitem(render_decoders.DECODERS, "vaapi", flip)
    real = decoders.decode_small

    def upside_down(ffmpeg, clip, hw, timeout):
        proc = real(ffmpeg, clip, (), timeout)
        return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout[::-1], proc.stderr) if hw else proc

    monkeypatch.setattr(decoders, "decode_small", upside_down)
    monkeypatch.setattr(decoders, "compiled_hwaccels", lambda ffmpeg: None)
    [verdict] = decoders.detect(names=("vaapi",))
    assert verdict.status == decoders.FAILED and verdict.reason.id == M.DEC_WRONG_PICTURE


def test_the_cli_has_a_decoders_command_and_option(chip_that_cannot_work, capsys):
    from app.cli.main import main

    assert main(["decoders", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[-1]["decoder"] == "software" and listed[-1]["status"] == "working"
    assert main(["decoders", "--retest"]) == 0
    assert "exports read clips with: software" in capsys.readouterr().out
