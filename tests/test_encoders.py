"""The laptop's video chip, tested honestly without one: a fake ffmpeg stands in for the real one.

The fake (a small Python script put where the app looks for ffmpeg) passes every command to the
real ffmpeg, except an encode with ``h264_nvenc``: depending on FAKE_CHIP it fails in
milliseconds the way a laptop without the driver does ("Cannot load libcuda.so.1"), hangs, dies
mid-export, makes a file with the wrong settings (B-frames, yuv444p), or works (libx264 standing
in for the chip). Every export must end as a correct libx264 file, and the cache must say what
happened to the chip.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli.main import main
from app.export import encoders, job
from app.export.job import export
from app.ffmpeg import ffmpeg_exe
from app.messages import M, Message
from app.project.edit import Edit
from app.render.encoders import CHIPS, SOFTWARE, candidates, encoder_args
from app.render.presets import PRESETS

CHIP = "h264_nvenc"

FAKE = r'''
import os, subprocess, sys, time
real, mode, log = os.environ["FAKE_REAL"], os.environ.get("FAKE_CHIP", "ok"), os.environ["FAKE_LOG"]
argv = sys.argv[1:]
codec = argv[argv.index("-c:v") + 1] if "-c:v" in argv else ""
if codec:
    with open(log, "a") as f:
        f.write(codec + "\n")
if codec != "h264_nvenc":
    sys.exit(subprocess.call([real, *argv]))
if mode == "absent":
    sys.stderr.write("[h264_nvenc @ 0x55] Cannot load libcuda.so.1\n"
                     "[vost#0:0/h264_nvenc] Error while opening encoder\n")
    sys.exit(1)
if mode == "hang":
    time.sleep(600)
start, end = argv.index("-c:v"), argv.index("-c:a")
video = argv[start:end]
keep = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-sc_threshold", "0"]
for option, value in zip(video[2::2], video[3::2]):  # the export's own settings, not the chip's
    if option in ("-profile:v", "-r", "-g", "-keyint_min", "-bf", "-flags", "-b:v", "-maxrate", "-bufsize"):
        keep += [option, value]
if mode == "bad":  # a chip that ignores what it was told: B-frames where WhatsApp allows none
    keep += ["-bf", "3"]
argv = argv[:start] + keep + argv[end:]
if mode == "dies":  # writes part of the file, then the driver takes ffmpeg down
    proc = subprocess.Popen([real, *argv[:-3], "-frames:v", "8", *argv[-3:]])
    proc.wait()
    sys.stderr.write("Segmentation fault\n")
    sys.exit(139)
sys.exit(subprocess.call([real, *argv]))
'''


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Point the app at the fake ffmpeg; ``fake(mode)`` switches what the chip does; ``fake.codecs()``
    lists the encoders the app asked for, in order."""
    real = ffmpeg_exe()
    script = tmp_path / "fake-ffmpeg"
    script.write_text(f"#!{sys.executable}\n" + textwrap.dedent(FAKE))
    script.chmod(0o755)
    log = tmp_path / "codecs.log"
    monkeypatch.setenv("FAKE_REAL", real)
    monkeypatch.setenv("FAKE_LOG", str(log))
    monkeypatch.setenv("ANAKGENIUS_FFMPEG", str(script))
    ffmpeg_exe.cache_clear()

    class Fake:
        def __call__(self, mode: str) -> None:
            monkeypatch.setenv("FAKE_CHIP", mode)

        def codecs(self) -> list[str]:
            return log.read_text().split() if log.exists() else []

        def clear(self) -> None:
            log.unlink(missing_ok=True)

    yield Fake()
    ffmpeg_exe.cache_clear()


@pytest.fixture
def small_clip(make_clip) -> Path:
    return make_clip(size="160x90", seconds=1.5)


def edit_for(clip: Path, preset: str = "tiktok") -> Edit:
    edit = Edit(source=str(clip))
    edit.preset = preset
    edit.audio.normalize = False
    return edit


def assert_good_libx264_file(path: Path, seconds: float, preset: str) -> None:
    job.check_file(path, seconds, PRESETS[preset])  # the export's own checks
    assert encoders.output_problem(path, seconds, PRESETS[preset]) is None  # profile, B-frames, GOP, CFR
    assert b"x264 - core" in path.read_bytes()[:200000]  # libx264 wrote it


def folder_is_only(folder: Path, *names: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)


# --- the argument builders ------------------------------------------------------------------------

def test_every_chip_gets_the_export_settings():
    for name in CHIPS:
        args = encoder_args(PRESETS["whatsapp"], 30, None, name)
        assert args[:2] == ["-c:v", name]
        assert ["-g", "15"] == args[args.index("-g"):args.index("-g") + 2]
        assert args[args.index("-bf") + 1] == "0"
        assert args[args.index("-b:v") + 1] == args[args.index("-maxrate") + 1]  # the size cap holds
    assert set(candidates("win32")) == {"h264_nvenc", "h264_qsv", "h264_amf", "h264_mf"}
    assert candidates("darwin") == ("h264_videotoolbox",)


# --- detection --------------------------------------------------------------------------------------

def test_a_missing_driver_is_not_present_with_ffmpegs_reason(fake):
    fake("absent")
    [verdict] = encoders.detect(names=(CHIP,))
    assert verdict.status == encoders.NOT_PRESENT
    assert "libcuda" in str(verdict.reason)
    assert encoders.cached()[CHIP] == verdict  # remembered for this ffmpeg
    fake.clear()
    encoders.detect(names=(CHIP,))
    assert fake.codecs() == []  # not tried again


def test_a_working_chip_is_found_and_used(fake, small_clip, tmp_path):
    fake("ok")
    [verdict] = encoders.detect(names=(CHIP,))
    assert verdict.status == encoders.WORKING, verdict.reason
    assert encoders.best(names=(CHIP,)) == CHIP
    fake.clear()
    notices: list[Message] = []
    out = export(edit_for(small_clip), tmp_path / "v.mp4",
                 encoder="auto", on_notice=notices.append)
    assert fake.codecs() == [CHIP]
    assert notices == []
    assert encoders.output_problem(out, 1.5, PRESETS["tiktok"]) is None


def test_a_hanging_trial_is_stopped_and_marked_failed(fake):
    fake("hang")
    [verdict] = encoders.detect(names=(CHIP,), timeout=1.0)
    assert verdict.status == encoders.FAILED
    assert verdict.reason == Message(M.ENC_TIMED_OUT, seconds=1)


def test_a_chip_making_the_wrong_file_is_marked_failed(fake):
    fake("bad")
    [verdict] = encoders.detect(names=(CHIP,))
    assert verdict.status == encoders.FAILED
    assert verdict.reason.id == M.ENC_BAD_FILE
    assert verdict.reason.params["reason"].id in (M.ENC_PROFILE, M.ENC_PIXELS, M.ENC_B_FRAMES)


def test_a_trial_that_crashed_the_app_is_not_repeated(fake):
    fake("ok")
    version = encoders.ffmpeg_version()
    encoders.marker_path().write_text(json.dumps({"name": CHIP, "ffmpeg": version}))  # left by a crash
    [verdict] = encoders.detect(names=(CHIP,))
    assert verdict == encoders.Verdict(CHIP, encoders.FAILED, Message(M.ENC_CRASHED))
    assert fake.codecs() == []
    assert not encoders.marker_path().exists()
    [again] = encoders.detect(names=(CHIP,), retest=True)  # anakgenius encoders --retest
    assert again.status == encoders.WORKING


def test_another_ffmpeg_version_is_tried_afresh(fake):
    fake("ok")
    encoders.detect(names=(CHIP,))
    data = json.loads(encoders.cache_path().read_text())
    data["ffmpeg"] = "ffmpeg version 6.0"
    encoders.cache_path().write_text(json.dumps(data))
    assert encoders.cached() == {}


# --- an export whose chip fails ends as a correct libx264 file --------------------------------------

@pytest.mark.parametrize(("mode", "preset", "reason"), [
    ("absent", "tiktok", "libcuda"),
    ("hang", "tiktok", "no answer within"),
    ("dies", "tiktok", "Segmentation fault"),
    ("bad", "whatsapp", "does not pass the checks"),
])
def test_a_failing_chip_falls_back_to_libx264(fake, small_clip, tmp_path, monkeypatch, mode, preset, reason):
    fake("ok")
    assert encoders.detect(names=(CHIP,))[0].status == encoders.WORKING  # it worked when tried
    fake(mode)  # and fails in the real export (a driver update, a busy chip …)
    fake.clear()
    monkeypatch.setattr(job, "CHIP_TIMEOUT_BASE", 3.0 if mode == "hang" else 600.0)  # (a busy machine)
    monkeypatch.setattr(job, "CHIP_TIMEOUT_PER_SECOND", 0.0)
    notices: list[Message] = []
    folder = tmp_path / "videos"
    folder.mkdir()
    out = export(edit_for(small_clip, preset), folder / "v.mp4", encoder="auto", on_notice=notices.append)
    assert fake.codecs() == [CHIP, SOFTWARE]  # the chip, then libx264 by itself
    assert_good_libx264_file(out, 1.5, preset)
    folder_is_only(folder, "v.mp4")  # no half file, no temporary file
    assert notices == [Message(M.ENC_FELL_BACK, chip="NVIDIA NVENC")]
    verdict = encoders.cached()[CHIP]
    assert verdict.status == encoders.FAILED
    assert reason in str(verdict.reason)
    fake.clear()  # the next export does not try the chip again
    export(edit_for(small_clip, preset), folder / "w.mp4", encoder="auto")
    assert fake.codecs() == [SOFTWARE]


def test_a_damaged_clip_is_not_blamed_on_the_chip(fake, tmp_path):
    fake("ok")
    encoders.detect(names=(CHIP,))
    broken = tmp_path / "rusak.mp4"
    broken.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 5000)
    with pytest.raises(Exception):  # noqa: B017 - any of the refusals; the chip must stay working
        export(edit_for(broken), tmp_path / "v.mp4", encoder="auto")
    assert encoders.cached()[CHIP].status == encoders.WORKING


# --- the command line -----------------------------------------------------------------------------

def test_cli_lists_every_candidate(fake, capsys):
    fake("absent")
    assert main(["encoders"]) == 0
    out = capsys.readouterr().out
    for name in candidates():
        assert name in out
    assert "Cannot load libcuda.so.1" in out
    assert "libx264" in out and "exports use: libx264" in out
    assert main(["encoders", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {e["encoder"]: e["status"] for e in listed}[CHIP] == "not present"


def test_cli_export_with_a_named_encoder(fake, small_clip, tmp_path, capsys):
    fake("absent")
    out = tmp_path / "v.mp4"
    assert main(["export", str(small_clip), "-o", str(out), "--no-loudness", "--encoder", CHIP]) == 0
    assert "made again without it" in capsys.readouterr().err  # the one sentence
    assert_good_libx264_file(out, 1.5, "tiktok")
    fake.clear()
    assert main(["export", str(small_clip), "-o", str(tmp_path / "w.mp4"), "--no-loudness",
                 "--encoder", "libx264"]) == 0
    assert fake.codecs() == [SOFTWARE]
    assert main(["export", str(small_clip), "-o", str(tmp_path / "x.mp4"), "--encoder", "h264_foo"]) == 2


# --- a classroom batch: two exports at once (measured faster on 2 cores: bench/batch_parallel.py) -------

def test_a_batch_makes_two_at_once_with_names_of_their_own(make_clip, tmp_path):
    from app.export.batch import BatchItem, batch_at_once, run_batch

    assert batch_at_once(2) == 2 and batch_at_once(1) == 1
    sources = []
    for pupil in ("Dewi", "Eko", "Fitri"):  # the same clip name in every pupil's folder
        folder = tmp_path / pupil
        folder.mkdir()
        clip = folder / "klip.mp4"
        clip.write_bytes(make_clip(size="160x90", seconds=1.5).read_bytes())
        sources.append(clip)
    out = tmp_path / "hasil"
    out.mkdir()
    running, most = set(), 0

    def on_item(index: int, item: BatchItem) -> None:
        nonlocal most
        (running.add if item.status == "running" else running.discard)(index)
        most = max(most, len(running))

    items = run_batch([BatchItem(str(s)) for s in sources], Edit(preset="draft"), out, on_item, at_once=2)
    assert [i.status for i in items] == ["done"] * 3
    assert len({i.output for i in items}) == 3 and len(list(out.glob("*.mp4"))) == 3
    assert most == 2
