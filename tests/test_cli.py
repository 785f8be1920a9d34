"""The command line as a user meets it: exit codes, one clear line, nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli.main import main
from app.media.probe import probe

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=120, **kwargs)


def test_version_and_help():
    result = run_cli("--version")
    assert result.returncode == 0 and "AnakGENIUS Studio" in result.stdout
    help_text = run_cli("export", "--help").stdout
    for option in ("--start", "--layout", "--hashtag", "--song-volume", "--preset", "--overwrite", "--cut"):
        assert option in help_text


def test_probe_prints_json(clip, capsys):
    assert main(["probe", str(clip)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["width"] == 320 and info["has_audio"] is True


@pytest.mark.slow
def test_export_end_to_end_with_progress(clip, tmp_path):
    out = tmp_path / "video.mp4"
    result = run_cli("export", str(clip), "-o", str(out), "--start", "0:00.5", "--end", "2.5",
                     "--layout", "fill", "--focus", "0.2", "--position", "top", "--preset", "draft", "--progress")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert "progress 100%" in result.stderr
    assert probe(out).duration == pytest.approx(2.0, abs=0.05)


@pytest.mark.slow
def test_leading_dash_file_name(make_clip, tmp_path):
    src = make_clip(name="-klip.mp4", seconds=2)
    os.chdir(src.parent)
    out = tmp_path / "-hasil.mp4"
    assert main(["export", "--preset", "draft", "-o", str(out), "--", "-klip.mp4"]) == 0
    assert probe(out).height == 1920


def bad(args: list[str], capsys) -> str:
    code = main(args)
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    return lines[0]


def test_bad_inputs_exit_2_with_one_clear_line(clip, tmp_path, capsys):
    out = str(tmp_path / "o.mp4")
    assert "does not exist" in bad(["export", str(tmp_path / "nope.mp4"), "-o", out], capsys)
    text = tmp_path / "notes.mp4"
    text.write_text("this is not a video\n" * 50)
    assert "not a video" in bad(["export", str(text), "-o", out], capsys)
    empty = tmp_path / "empty.mp4"
    empty.touch()
    assert "empty" in bad(["export", str(empty), "-o", out], capsys)
    assert "after" in bad(["export", str(clip), "-o", out, "--start", "2", "--end", "1"], capsys)
    assert "beyond the end" in bad(["export", str(clip), "-o", out, "--start", "9"], capsys)
    assert "does not exist" in bad(["export", str(clip), "-o", str(tmp_path / "no" / "o.mp4")], capsys)
    assert "overwrite the clip" in bad(["export", str(clip), "-o", str(clip), "--overwrite"], capsys)
    assert "not a valid time" in bad(["export", str(clip), "-o", out, "--start", "1:75"], capsys)
    assert "outside 0..2" in bad(["export", str(clip), "-o", out, "--song-volume", "3"], capsys)
    assert not Path(out).exists()


def test_unwritable_output_folder(clip, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere: use a folder nobody can write to
            target = Path("/proc/anakgenius-test.mp4")
        else:
            target = locked / "o.mp4"
        assert "cannot be written" in bad(["export", str(clip), "-o", str(target), "--preset", "draft"], capsys)
    finally:
        locked.chmod(0o700)


def test_existing_output_is_refused_and_kept(clip, tmp_path, capsys):
    out = tmp_path / "o.mp4"
    out.write_bytes(b"keep me")
    assert "already exists" in bad(["export", str(clip), "-o", str(out)], capsys)
    assert out.read_bytes() == b"keep me"


def test_audio_only_and_picture_files_are_refused(tmp_path, capsys):
    from tests.conftest import ffmpeg

    song = tmp_path / "song.m4a"
    ffmpeg("-f", "lavfi", "-i", "sine=d=2", "-c:a", "aac", str(song))
    assert "no picture" in bad(["export", str(song), "-o", str(tmp_path / "o.mp4")], capsys)
    photo = tmp_path / "photo.png"
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x240", "-frames:v", "1", str(photo))
    assert "picture, not a video" in bad(["export", str(photo), "-o", str(tmp_path / "o.mp4")], capsys)


@pytest.mark.slow
def test_too_long_is_refused_unless_cut(make_clip, tmp_path, capsys):
    long_clip = make_clip(size="160x90", seconds=61, tone=None)
    line = bad(["export", str(long_clip), "-o", str(tmp_path / "o.mp4")], capsys)
    assert "61.0 s" in line and "60 s" in line and "--cut" in line
    from app.export.job import prepare
    from app.project.edit import Edit

    edit = Edit(source=str(long_clip))
    prepared = prepare(edit, tmp_path / "o.mp4", tmp_path, cut=True)
    assert prepared.end - prepared.start == pytest.approx(60)


@pytest.mark.slow
def test_ctrl_c_cancels_and_leaves_no_partial_file(make_clip, tmp_path):
    src = make_clip(size="1280x720", seconds=20)
    out = tmp_path / "c.mp4"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "app", "export", str(src), "-o", str(out), "--progress"],
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr.readline().startswith("progress")  # the export has started
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=20) == 130
    assert "cancelled" in proc.stderr.read()
    assert list(tmp_path.iterdir()) == []
