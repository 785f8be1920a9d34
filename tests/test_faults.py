"""Faults: ffmpeg dies, the app is killed, the disk fills. Nothing half-written, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app import files
from app.errors import ExportError
from app.export.job import export
from app.media.probe import probe
from app.project.edit import Edit

ROOT = Path(__file__).resolve().parent.parent


def children_named(pid: int, name: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().split(b"\0")[0].decode(errors="replace")
        except OSError:
            continue
        if int(fields[1]) == pid and name in Path(cmd).name:
            found.append(int(entry))
    return found


def running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has died and waits to be reaped by init


pytestmark = [pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
              pytest.mark.slow]  # encodes, kills: not in `make test-fast`


def test_ffmpeg_killed_mid_export_gives_a_clear_error_and_no_file(make_clip, tmp_path):
    src = make_clip(size="1280x720", seconds=12)
    out = tmp_path / "k.mp4"
    errors: list[Exception] = []
    progress: list[float] = []

    def work() -> None:
        try:
            export(Edit(source=str(src)), out, on_progress=progress.append)
        except ExportError as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    deadline = time.monotonic() + 30
    while not progress and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in children_named(os.getpid(), "ffmpeg"):
        os.kill(pid, signal.SIGKILL)
    worker.join(timeout=30)
    assert errors and "failed" in str(errors[0])
    assert list(tmp_path.iterdir()) == []
    # and the next export works
    assert probe(export(Edit(source=str(make_clip(seconds=1.5)), preset="draft"), out)).height == 1920


def test_killed_app_leaves_no_ffmpeg_and_the_next_start_cleans_up(make_clip, tmp_path):
    src = make_clip(size="1280x720", seconds=15)
    out = tmp_path / "crash.mp4"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "app", "export", str(src), "-o", str(out), "--progress"],
                            stderr=subprocess.PIPE, env=env)
    proc.stderr.readline()  # progress has started
    time.sleep(0.5)
    ffmpegs = children_named(proc.pid, "ffmpeg")
    assert ffmpegs, "ffmpeg runs as the app's child"
    partial = list(tmp_path.glob(".*anakgenius-part"))
    assert partial, "ffmpeg writes a hidden temporary file while it works"
    proc.kill()  # power cut / task manager
    proc.wait()
    time.sleep(0.5)
    assert not [p for p in ffmpegs if running(p)], "ffmpeg died with the app"
    assert not out.exists()
    removed = files.clean_leftovers()  # what the next start does
    assert removed == partial
    assert list(tmp_path.iterdir()) == []


def test_leftovers_of_a_running_export_are_kept(tmp_path):
    temp = tmp_path / ".x.anakgenius-part"
    temp.write_bytes(b"in progress")
    note = files.remember(temp)
    assert files.clean_leftovers() == [] and temp.exists()
    files.forget(note)


@pytest.mark.skipif(os.geteuid() != 0, reason="mounting a small file system needs root")
def test_disk_full_removes_the_partial_file_and_says_so(make_clip, tmp_path):
    small = tmp_path / "usb"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(small)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        with pytest.raises(ExportError, match="disk is full"):
            export(Edit(source=str(make_clip(seconds=3)), preset="draft"), small / "big.mp4")
        assert list(small.iterdir()) == []
    finally:
        subprocess.run(["umount", str(small)])


@pytest.mark.parametrize("moment", ["start", "middle", "finalising"])
def test_cancel_at_any_moment_keeps_the_previous_file(make_clip, tmp_path, moment):
    from app.errors import Cancelled

    target = tmp_path / "video.mp4"
    target.write_bytes(b"the previous, complete video")
    seen: list[float] = []
    when = {"start": lambda: True, "middle": lambda: bool(seen) and seen[-1] > 0.3,
            "finalising": lambda: bool(seen) and seen[-1] >= 0.99}[moment]
    with pytest.raises(Cancelled):
        export(Edit(source=str(make_clip(seconds=4)), preset="draft"), target, overwrite=True,
               on_progress=seen.append, should_cancel=when)
    assert target.read_bytes() == b"the previous, complete video"
    assert [p.name for p in tmp_path.iterdir()] == ["video.mp4"]
