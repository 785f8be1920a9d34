"""Writes that are private until they are whole, and the notes that clean up after a crash.

Every file the app writes (an export, a project, the autosave, settings, preferences, the
campaign-pack state) is first written under its own temporary name in the target's folder,
unique to the process and the attempt (``.<name>.<pid>-<random>.anakgenius-part``), flushed
to the disk (``os.fsync``), and only then renamed to the target; the folder is flushed after
the rename where the system allows it (not on Windows). So a reader, another writer or a power
cut sees the old file or the new one, never a half-written or empty one.

No-replace means no-replace even when two writers race: the finished file takes the target
name by a hard link, which fails when the name exists. On file systems without hard links
(FAT32 and exFAT USB sticks) Windows' rename already refuses to overwrite, and elsewhere a
short lock file beside the target makes "is it there? then rename" one step.

While a temporary file exists, a small note in the data folder says which process writes it and
for which target; it is removed when the write ends in any way. :func:`clean_leftovers` (at
every start) deletes the temporary files of processes that are gone, and :func:`being_written`
tells whether a live process (this one or another copy of the app) is writing a target.

Checked on (tests/test_safe_writes.py): ext4 and tmpfs on Linux, and the FAT32/exFAT path with
hard links refused the way vfat refuses them (the test machine's kernel has no vfat to mount).
The Windows branches (process_alive, the no-replace rename, no folder flush) were not run here.

A foundation: imports no room of the core.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app import winjob
from app.errors import UserError
from app.messages import M
from app.paths import data_dir

PART = ".anakgenius-part"  # every temporary file's name ends so; nothing else is ever cleaned
LOCK_WAIT = 10.0  # seconds a no-replace rename waits for another writer's lock (FAT only)


# Processes ------------------------------------------------------------------------------------

def process_alive(pid: int, started: int | None = None) -> bool:
    """Whether a process with this id runs (never signals it: ``os.kill`` on Windows would end it).
    ``started`` (Windows, from :func:`app.winjob.process_identity`): only if it is that same process,
    not a later one given its number (Wine hands a dead process's id on at once)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # with its start time: this very process, not one that had its id before
        return winjob.pid_alive(pid, started)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


# Temporary names ------------------------------------------------------------------------------

def new_token() -> str:
    """Unique to this process and this attempt: ``<pid>-<random>``."""
    return f"{os.getpid()}-{secrets.token_hex(6)}"


def temp_for(target: Path, token: str) -> Path:
    """The hidden temporary name beside ``target`` for one attempt (pure: the token decides)."""
    middle = f".{token}" if token else ""
    return target.with_name(f".{target.name}{middle}{PART}")


# Notes of unfinished writes -------------------------------------------------------------------

def _notes() -> Path:
    folder = data_dir() / "unfinished"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remember(temp: Path, target: Path | None = None) -> Path:
    """Write down that this process is writing ``temp`` (for ``target``); :func:`forget` it after."""
    note = _notes() / f"{new_token()}.json"
    data = {"pid": os.getpid(), "temp": str(temp), "target": str(target) if target else "",
            **winjob.process_identity()}
    writing = note.with_name(note.name + ".writing")  # a reader never sees half a note
    writing.write_text(json.dumps(data), encoding="utf-8")
    os.replace(writing, note)
    return note


def claim(target: Path) -> Path:
    """Write down that this process will write ``target`` soon (an export waiting its turn), so
    :func:`being_written` sees it; :func:`forget` it when the export is over in any way."""
    return remember(Path(), target)  # no temporary file yet: the next start only removes the note


def remember_folder(folder: Path) -> Path:
    """The same for an export's working folder (its watermark and card PNGs, in the system's temp):
    removed at the next start if the app is killed."""
    note = _notes() / f"{new_token()}.json"
    data = {"pid": os.getpid(), "temp": "", "folder": str(folder), **winjob.process_identity()}
    writing = note.with_name(note.name + ".writing")
    writing.write_text(json.dumps(data), encoding="utf-8")
    os.replace(writing, note)
    return note


def forget(note: Path | None) -> None:
    if note is not None:
        try:
            note.unlink(missing_ok=True)
        except OSError:
            pass


@dataclass(frozen=True)
class _Note:
    path: Path
    pid: int
    temp: Path  # a temporary file ("": none yet)
    target: str  # the file it becomes ("": not known)
    folder: str  # an export's working folder ("": none)
    started: int | None  # Windows: the process's creation time

    def alive(self) -> bool:
        return process_alive(self.pid, self.started)


def _read_notes() -> list[_Note]:
    """Every readable note; unreadable ones are removed."""
    found = []
    for note in _notes().glob("*.json"):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            started = data.get("started")
            found.append(_Note(note, int(data["pid"]), Path(data["temp"]), str(data.get("target") or ""),
                               str(data.get("folder") or ""), started if isinstance(started, int) else None))
        except FileNotFoundError:
            continue  # its write just ended
        except (OSError, ValueError, KeyError, TypeError):
            forget(note)
    return found


def _same(a: str | Path, b: str | Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def being_written(target: str | Path) -> bool:
    """Whether a running process (this one or another copy of the app) is writing ``target`` now."""
    return any(n.target and _same(n.target, target) and n.alive() for n in _read_notes())


def clean_leftovers() -> list[Path]:
    """Delete the temporary files of writes whose process died; return what was removed."""
    removed = []
    for half in _notes().glob("*.json.writing"):  # a note cut short (its temporary file never began)
        head = half.name.split("-", 1)[0]
        if not (head.isdigit() and process_alive(int(head))):
            forget(half)
    for note in _read_notes():
        if note.alive():
            continue
        temp = note.temp
        if temp.name.endswith(PART) and temp.exists():
            try:
                temp.unlink()
                removed.append(temp)
            except OSError:
                continue  # keep the note: try again next time
        folder = Path(note.folder) if note.folder else None
        if folder is not None and folder.name.startswith("anakgenius-") and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)  # a working folder: removed, not listed
        forget(note.path)
    return removed


# Writing --------------------------------------------------------------------------------------

def sha256(path: Path) -> str:
    """The file's SHA-256 in hex, read a megabyte at a time (models are checked with it before they load)."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sync_file(path: Path) -> None:
    """Flush a finished file's bytes to the disk (before it is renamed into place)."""
    for attempt in range(20):
        try:
            with open(path, "r+b") as f:  # Windows flushes only a handle opened for writing
                os.fsync(f.fileno())
            return
        except PermissionError:  # Windows: a virus scanner may hold the new file a moment
            if sys.platform != "win32" or attempt == 19:
                raise
            time.sleep(0.1)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) where the system allows it; never on Windows."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot flush a folder
    finally:
        os.close(fd)


def publish(temp: Path, target: Path, overwrite: bool) -> None:
    """Flush the finished ``temp`` and give it the target name. Raises UserError(ALREADY_EXISTS)
    when ``overwrite`` is off and the name exists, however little before. ``temp`` is gone after
    success; after a failure the caller removes it."""
    sync_file(temp)
    if overwrite:
        os.replace(temp, target)
    else:
        _place_new(temp, target)
    sync_folder(target.parent)


def _place_new(temp: Path, target: Path) -> None:
    try:
        os.link(temp, target)  # fails if the target exists: no race with another writer
    except FileExistsError:
        raise UserError(M.ALREADY_EXISTS, file=target.name) from None
    except OSError:
        if target.exists():
            raise UserError(M.ALREADY_EXISTS, file=target.name) from None
        _place_new_without_links(temp, target)  # file systems without hard links (FAT32, exFAT)
        return
    for attempt in range(20):  # the video is in place: the second name only has to go
        try:
            os.unlink(temp)
            return
        except FileNotFoundError:
            return
        except OSError:  # Windows: a virus scanner may hold the new file a moment
            if attempt == 19:
                return  # left as a hidden second name of the same video; nothing is lost
            time.sleep(0.1)


def _place_new_without_links(temp: Path, target: Path) -> None:
    if sys.platform == "win32":
        try:
            os.rename(temp, target)  # Windows never renames over an existing file
        except FileExistsError:
            raise UserError(M.ALREADY_EXISTS, file=target.name) from None
        return
    lock = target.with_name(f".{target.name}.lock{PART}")
    _take_lock(lock, target)
    try:
        if target.exists():
            raise UserError(M.ALREADY_EXISTS, file=target.name)
        os.replace(temp, target)
    finally:
        lock.unlink(missing_ok=True)


def _take_lock(lock: Path, target: Path) -> None:
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if _stale(lock):
                lock.unlink(missing_ok=True)
                continue
            if time.monotonic() > deadline:
                raise UserError(M.ALREADY_EXISTS, file=target.name) from None
            time.sleep(0.02)
            continue
        try:
            os.write(fd, str(os.getpid()).encode())
        finally:
            os.close(fd)
        return


def _stale(lock: Path) -> bool:
    """A lock whose process died (a crash between taking it and renaming)."""
    try:
        text = lock.read_text(encoding="utf-8").strip()
        age = time.time() - lock.stat().st_mtime
    except OSError:
        return False  # just released
    if text.isdigit():
        return not process_alive(int(text))
    return age > LOCK_WAIT  # taken but never written: its owner died at once


def write_bytes(target: str | Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so that it is always the old file or the new one, whole.
    Raises OSError when the folder refuses."""
    target = Path(target)
    temp = temp_for(target, new_token())
    note = remember(temp, target)
    try:
        with open(temp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, target)
        sync_folder(target.parent)
    except BaseException:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    finally:
        forget(note)


def write_text(target: str | Path, text: str) -> None:
    """:func:`write_bytes` of UTF-8 text."""
    write_bytes(target, text.encode("utf-8"))
