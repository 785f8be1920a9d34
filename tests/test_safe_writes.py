"""Nothing lost when two writers meet or the power goes (issue 20).

Every file the app writes is private until it is whole (app.files): its own temporary name,
flushed before the rename. Two exports to one name leave one valid file; a kill at any moment
leaves the old file or the new one and nothing else after the next start; two crashed windows'
autosaves are both offered.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app import files
from app.campaigns import packs
from app.errors import ExportError, UserError
from app.export.job import export, prepare
from app.export.naming import unique_path
from app.media.probe import probe
from app.project.autosave import Autosaver, find_crashed
from app.project.edit import Edit
from app.project.preferences import Preferences
from app.project.settings import Settings
from tests import mediacheck
from tests.conftest import ffmpeg

ROOT = Path(__file__).resolve().parent.parent


def env() -> dict[str, str]:
    """The child's environment: this test's private home folder (set by the autouse fixture)."""
    return {**os.environ, "PYTHONPATH": str(ROOT)}

FAST = ("--preset", "draft", "--no-song", "--no-loudness")  # the clip's own tone tells whose file it is


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# Flushed before the rename -------------------------------------------------------------------

class Disk:
    """Records fsync and rename calls by inode: was this file's data flushed before it took the name?"""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[str, int]] = []
        real_fsync, real_replace, real_link = os.fsync, os.replace, os.link

        def fsync(fd: int) -> None:
            self.events.append(("fsync", os.fstat(fd).st_ino))
            real_fsync(fd)

        def replace(src, dst, *args, **kwargs) -> None:
            self.events.append(("rename", os.stat(src).st_ino))
            real_replace(src, dst, *args, **kwargs)
            self.events.append(("renamed-into", os.stat(Path(dst).parent).st_ino))

        def link(src, dst, *args, **kwargs) -> None:
            self.events.append(("rename", os.stat(src).st_ino))
            real_link(src, dst, *args, **kwargs)
            self.events.append(("renamed-into", os.stat(Path(dst).parent).st_ino))

        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "link", link)

    def check(self, target: Path) -> None:
        """``target`` was written: its data flushed before the rename, its folder after."""
        inode = target.stat().st_ino
        renames = [i for i, e in enumerate(self.events) if e == ("rename", inode)]
        assert renames, f"{target.name} never took its name by a rename"
        at = renames[-1]
        assert ("fsync", inode) in self.events[:at], f"{target.name} renamed before its data was flushed"
        folder = target.parent.stat().st_ino
        assert ("fsync", folder) in self.events[at:], f"the folder of {target.name} was not flushed"


@pytest.mark.skipif(sys.platform == "win32", reason="folders are flushed only where the system can")
def test_every_kind_of_write_is_flushed_before_it_takes_the_name(clip, tmp_path, monkeypatch):
    disk = Disk(monkeypatch)
    edit = Edit(source=str(clip))

    edit.save(tmp_path / "project.anakgenius")
    disk.check(tmp_path / "project.anakgenius")

    saver = Autosaver()
    assert saver.save(edit)
    disk.check(saver.path)

    Settings().save(tmp_path / "settings.json")
    disk.check(tmp_path / "settings.json")

    assert Preferences().save(tmp_path / "preferences.json")
    disk.check(tmp_path / "preferences.json")

    packs.set_active_campaign(packs.active_campaign_id())  # the pack state
    disk.check(packs._state_path())

    song = tmp_path / "lagu.m4a"
    ffmpeg("-f", "lavfi", "-i", "sine=f=500:d=3", "-c:a", "aac", str(song))
    packs.set_official_song(packs.active_campaign_id(), song)  # a copy of the ministry's song
    copied = packs.official_song(packs.active_campaign_id())
    assert copied is not None
    disk.check(copied)
    disk.check(packs._state_path())
    song.unlink()
    assert litter(tmp_path) == [] and not list((packs.data_dir() / "unfinished").iterdir())  # notes gone


@pytest.mark.slow  # one full-size encode
@pytest.mark.parametrize("overwrite", [False, True])
def test_an_export_is_flushed_before_it_takes_the_name(make_clip, tmp_path, monkeypatch, overwrite):
    disk = Disk(monkeypatch)
    out = export(Edit(source=str(make_clip(seconds=1.5)), preset="draft"), tmp_path / "v.mp4", overwrite=overwrite)
    disk.check(out)
    assert litter(tmp_path) == []


# Private names ---------------------------------------------------------------------------------

def test_each_attempt_writes_its_own_temporary_file(clip, tmp_path):
    prepared = prepare(Edit(source=str(clip)), tmp_path / "out.mp4", tmp_path)
    first = dataclasses.replace(prepared, token=files.new_token()).plan.temp_output
    second = dataclasses.replace(prepared, token=files.new_token()).plan.temp_output
    assert first != second and first.parent == second.parent == tmp_path
    assert str(os.getpid()) in first.name and first.name.startswith(".out.mp4.")
    assert first.name.endswith(files.PART)
    assert first.parent == tmp_path


def test_an_unfit_file_never_takes_the_name(clip, tmp_path):
    """The check on the finished temporary file: a 320×180 clip, an empty file, a broken box."""
    prepared = prepare(Edit(source=str(clip)), tmp_path / "out.mp4", tmp_path)
    broken = tmp_path / "broken"
    broken.write_bytes(clip.read_bytes()[: clip.stat().st_size // 2])
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    for bad in (clip, broken, empty):
        with pytest.raises(ExportError, match="incomplete"):
            prepared.check_file(bad)


# Two writers -----------------------------------------------------------------------------------

def _race(tmp_path: Path, overwrite: bool, writers: int = 8) -> tuple[list[int], list[BaseException]]:
    target = tmp_path / "race.bin"
    barrier = threading.Barrier(writers)
    won: list[int] = []
    lost: list[BaseException] = []

    def write(n: int) -> None:
        temp = files.temp_for(target, files.new_token())
        temp.write_bytes(bytes([n]) * 100_000)
        barrier.wait()
        try:
            files.publish(temp, target, overwrite)
            won.append(n)
        except UserError as exc:
            temp.unlink()
            lost.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    data = target.read_bytes()
    assert len(data) == 100_000 and len(set(data)) == 1, "one writer's file, whole"
    assert litter(tmp_path) == []
    if not overwrite:
        assert won == [data[0]], "no-replace: exactly one writer placed its file, and it is the one there"
        assert len(lost) == writers - 1 and all("already exists" in str(e) for e in lost)
    else:
        assert sorted(won) == list(range(writers)) and not lost, "overwrite: every writer finished; one file is left"
    target.unlink()
    return won, lost


@pytest.mark.parametrize("links", ["hard links", "no hard links (FAT32, exFAT)"])
@pytest.mark.parametrize("overwrite", [False, True])
def test_eight_writers_to_one_name_ten_times(tmp_path, monkeypatch, links, overwrite):
    if links.startswith("no"):
        def no_links(*_args, **_kwargs):
            raise OSError(errno.EPERM, "Operation not permitted")

        monkeypatch.setattr(os, "link", no_links)  # what vfat and exfat answer
    for _ in range(10):
        _race(tmp_path, overwrite)


@pytest.mark.slow  # two full-size encodes, twice
@pytest.mark.parametrize("overwrite", [False, True])
def test_two_cli_exports_to_one_name_leave_one_valid_file(make_clip, tmp_path, overwrite):
    """A script (or two windows) export different clips to one name a fraction of a second apart."""
    low, high = make_clip(seconds=4, tone=440.0), make_clip(seconds=4, tone=1200.0, size="320x240")
    out = tmp_path / "same.mp4"
    flag = ("--overwrite",) if overwrite else ()
    procs = []
    for clip in (low, high):
        procs.append(subprocess.Popen([sys.executable, "-m", "app", "export", str(clip), "-o", str(out), *FAST, *flag],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env()))
        time.sleep(0.3)
    results = [(p.wait(120), p.stderr.read()) for p in procs]
    codes = sorted(code for code, _ in results)
    assert codes == ([0, 2] if not overwrite else [0, 0]), results
    if not overwrite:
        loser = next(err for code, err in results if code == 2)
        assert "already exists" in loser and loser.count("\n") == 1, loser  # one sentence, not ffmpeg's
    info = probe(out)
    assert (info.width, info.height) == (1080, 1920) and info.has_audio and abs(info.duration - 4) < 0.5
    sound = mediacheck.audio(out)
    tones = [mediacheck.tone_level(sound, f) for f in (440.0, 1200.0)]
    assert max(tones) > 10 * min(tones), "the file is one export's, not a mix"
    if not overwrite:
        winner = next(i for i, (code, _) in enumerate(results) if code == 0)
        assert tones[winner] == max(tones), "the file there is the one whose export said it succeeded"
    assert [p.name for p in tmp_path.iterdir()] == ["same.mp4"]


ROUNDS = int(os.environ.get("ANAKGENIUS_RACE_ROUNDS", "3"))  # the 10: ANAKGENIUS_RACE_ROUNDS=10


@pytest.mark.slow  # 8 full-size encodes at once, a few rounds
@pytest.mark.parametrize("overwrite", [False, True])
def test_eight_exports_started_together_to_one_name(make_clip, tmp_path, overwrite):
    clips = [make_clip(seconds=1.5, tone=300.0 + 150 * n) for n in range(8)]
    out = tmp_path / "kelas.mp4"
    for _ in range(ROUNDS):
        barrier = threading.Barrier(len(clips))
        done: list[Path] = []
        refused: list[UserError] = []

        def one(clip: Path, barrier: threading.Barrier, done: list[Path], refused: list[UserError]) -> None:
            barrier.wait()
            try:
                done.append(export(Edit(source=str(clip), preset="draft"), out, overwrite=overwrite))
            except UserError as exc:
                refused.append(exc)

        threads = [threading.Thread(target=one, args=(c, barrier, done, refused)) for c in clips]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        if overwrite:
            assert len(done) == 8 and not refused
        else:
            assert len(done) == 1 and len(refused) == 7
            assert all("already exists" in str(e) for e in refused)
        info = probe(out)
        assert (info.width, info.height) == (1080, 1920) and info.has_audio and abs(info.duration - 1.5) < 0.5
        assert [p.name for p in tmp_path.iterdir()] == ["kelas.mp4"]
        out.unlink()


def test_batch_names_skip_a_file_another_export_is_making(tmp_path):
    target = tmp_path / "video.mp4"
    note = files.remember(files.temp_for(target, files.new_token()), target)
    try:
        assert files.being_written(target)
        assert unique_path(tmp_path, "video.mp4").name == "video (2).mp4"
    finally:
        files.forget(note)
    assert not files.being_written(target)
    assert unique_path(tmp_path, "video.mp4") == target


def test_a_note_cut_short_is_cleaned_and_a_note_being_written_is_never_read_half(tmp_path):
    notes = files.remember(tmp_path / ".a.anakgenius-part").parent
    half = notes / f"{dead_pid()}-abc.json.writing"
    half.write_text('{"pid": ', encoding="utf-8")  # the power went while the note was written
    mine = notes / f"{os.getpid()}-def.json.writing"
    mine.write_text('{"pid": ', encoding="utf-8")  # this process is writing it right now
    files.clean_leftovers()
    assert not half.exists() and mine.exists()
    assert all(p.name.endswith((".json", ".writing")) for p in notes.iterdir())


def test_an_export_by_another_copy_of_the_app_is_seen_and_a_dead_one_is_not(tmp_path):
    target = tmp_path / "video.mp4"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        notes = files.remember(tmp_path / ".x.anakgenius-part", target).parent
        for note in notes.glob("*.json"):
            data = json.loads(note.read_text())
            data["pid"] = other.pid
            note.write_text(json.dumps(data))
        assert files.being_written(target)
    finally:
        other.kill()
        other.wait()
    assert not files.being_written(target)
    assert files.process_alive(os.getpid()) and not files.process_alive(dead_pid())


# Power cuts ------------------------------------------------------------------------------------

SAVER = r"""
import os, sys, time
from pathlib import Path
from app.project.edit import Edit
from app.project.autosave import Autosaver
kind, target, clip, stop_at = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
if stop_at == "rename":  # the fault: killed after the whole temporary file is written, before the rename
    real = os.replace
    def replace(src, dst):
        if Path(dst) != target:
            return real(src, dst)  # the note of the unfinished write
        print("WRITTEN", flush=True)
        time.sleep(60)
    os.replace = replace
saver = Autosaver(pid=os.getpid())
saver.path = target
print("READY", flush=True)
n = 0
while True:
    n += 1
    edit = Edit(source=clip)
    edit.watermark.text = "#v%d" % n + "x" * (n * 37 % 70)  # sizes vary: a torn write would show
    edit.save(target) if kind == "project" else saver.save(edit)
"""


def _start_saver(kind: str, target: Path, clip: Path, stop_at: str) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", SAVER, kind, str(target), str(clip), stop_at],
                             stdout=subprocess.PIPE, text=True, env=env(), cwd=ROOT)
    assert child.stdout.readline().strip() == "READY"
    return child


@pytest.mark.parametrize("kind", ["project", "autosave"])
def test_killed_between_write_and_rename_leaves_the_old_file_and_nothing_after_the_next_start(clip, tmp_path, kind):
    target = tmp_path / "tugas.anakgenius"
    old = Edit(source=str(clip))
    old.watermark.text = "#lama"
    old.save(target)
    before = target.read_bytes()
    child = _start_saver(kind, target, clip, "rename")
    assert child.stdout.readline().strip() == "WRITTEN"
    child.kill()  # the battery dies
    child.wait()
    assert target.read_bytes() == before
    assert litter(tmp_path), "the whole temporary file was there when the power went"
    files.clean_leftovers()  # what the next start does (CLI and window)
    assert litter(tmp_path) == [] and target.read_bytes() == before


@pytest.mark.parametrize("kind", ["project", "autosave"])
def test_killed_at_a_random_moment_of_many_saves_the_file_is_always_whole(clip, tmp_path, kind):
    """200 saves (and more) with a kill -9 at a random moment, ten times: old or new, never empty or torn."""
    target = tmp_path / "tugas.anakgenius"
    Edit(source=str(clip)).save(target)
    rng = random.Random(20)
    for _ in range(10):
        child = _start_saver(kind, target, clip, "never")
        time.sleep(rng.uniform(0.05, 0.5))  # hundreds of saves in that time
        child.kill()
        child.wait()
        edit = Edit.from_dict(json.loads(target.read_text(encoding="utf-8")))  # whole, readable
        text = edit.watermark.text
        assert text == "" or text.startswith("#v")
        if text:
            n = int(text[2:].split("x")[0])
            assert text == f"#v{n}" + "x" * (n * 37 % 70)
        files.clean_leftovers()
        assert litter(tmp_path) == []


# Two windows' autosaves ------------------------------------------------------------------------

def test_two_crashed_windows_autosaves_are_both_found_and_claimed_once(clip):
    first, second = Edit(source=str(clip)), Edit(source=str(clip))
    first.watermark.text, second.watermark.text = "#jendela1", "#jendela2"
    assert Autosaver(pid=dead_pid()).save(first)
    time.sleep(0.01)
    assert Autosaver(pid=dead_pid()).save(second)
    crashed = find_crashed()
    assert [c.edit.watermark.text for c in crashed] == ["#jendela2", "#jendela1"]  # newest first
    one, two = Autosaver(), Autosaver()  # two windows starting at once
    assert one.path != two.path
    assert one.claim(crashed[0]) is not None
    assert two.claim(crashed[0]) is None, "the same autosave is never restored twice"
    assert [c.edit.watermark.text for c in find_crashed()] == ["#jendela1"]  # the claimed one is in use
    claimed = two.claim(crashed[1])
    assert claimed is not None and claimed.path == two.path
    assert find_crashed() == []
