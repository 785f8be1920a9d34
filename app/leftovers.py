"""Unfinished exports are written down while they run, so a crash or power cut leaves no litter.

Each running export keeps a small note (its process id and temporary file) in the data folder;
it is removed when the export ends in any way. At the next start, :func:`clean_leftovers`
deletes the temporary files of exports whose process is gone.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import uuid
from pathlib import Path

from app import winjob
from app.paths import data_dir


def _notes() -> Path:
    folder = data_dir() / "unfinished"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remember(temp: Path) -> Path:
    note = _notes() / f"{uuid.uuid4().hex}.json"
    data = {"pid": os.getpid(), "temp": str(temp), **winjob.process_identity()}  # Windows: + start time
    note.write_text(json.dumps(data), encoding="utf-8")
    return note


def remember_folder(folder: Path) -> Path:
    """The same for an export's working folder (its watermark and card PNGs, in the system's temp)."""
    note = _notes() / f"{uuid.uuid4().hex}.json"
    data = {"pid": os.getpid(), "folder": str(folder), **winjob.process_identity()}
    note.write_text(json.dumps(data), encoding="utf-8")
    return note


def forget(note: Path) -> None:
    note.unlink(missing_ok=True)


def _alive(pid: int, started: int | None = None) -> bool:
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate it; pids come back soon after
        return winjob.pid_alive(pid, started)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_leftovers() -> list[Path]:
    """Delete temporary files left by exports whose process died; return what was removed."""
    removed = []
    for note in _notes().glob("*.json"):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            pid, temp = int(data["pid"]), Path(data["temp"] if "temp" in data else data["folder"])
        except (OSError, ValueError, KeyError, TypeError):
            note.unlink(missing_ok=True)
            continue
        if _alive(pid, data.get("started")):
            continue
        if temp.name.endswith(".anakgenius-part") and temp.exists():
            temp.unlink(missing_ok=True)
            removed.append(temp)
        elif "folder" in data and temp.name.startswith("anakgenius-") and temp.is_dir():
            shutil.rmtree(temp, ignore_errors=True)  # a working folder: removed, not listed
        note.unlink(missing_ok=True)
    return removed
