"""Autosave and crash recovery: the Edit being worked on, written every few seconds of editing.

Each running app writes ``autosave/<pid>.anakgenius`` in the data folder (an ordinary project
file with an ``autosave`` section) and deletes it when it closes normally. A file whose process
no longer runs is what a crash or power cut left behind: the next start offers to restore it.
Qt-free.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.paths import data_dir
from app.project.edit import Edit

SUFFIX = ".anakgenius"


def autosave_dir() -> Path:
    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class Recovered:
    path: Path  # the autosave file
    edit: Edit
    project: str  # the project file it belonged to ("" when never saved)
    saved_at: float  # epoch seconds


class Autosaver:
    """Writes this process's autosave file; :meth:`discard` when the app closes normally."""

    def __init__(self, pid: int | None = None) -> None:
        self.pid = pid or os.getpid()
        self.path = autosave_dir() / f"{self.pid}{SUFFIX}"

    def save(self, edit: Edit, project: str | Path | None = None) -> bool:
        """Write atomically; False when the disk refuses (autosave never interrupts the user)."""
        if not edit.source:
            return False
        data: dict[str, Any] = edit.to_dict()
        data["autosave"] = {"pid": self.pid, "project": str(project or ""), "saved_at": time.time()}
        tmp = self.path.with_name(f".{self.path.name}.saving")
        try:
            tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            tmp.unlink(missing_ok=True)
            return False
        return True

    def discard(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def find_crashed() -> list[Recovered]:
    """Autosaves left by apps that did not close normally, newest first. Unreadable ones are removed."""
    found: list[Recovered] = []
    for path in autosave_dir().glob(f"*{SUFFIX}"):
        try:
            pid = int(path.stem)
        except ValueError:
            continue
        if process_alive(pid):
            continue  # another window of the app is still running
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            meta = data.get("autosave", {}) if isinstance(data, dict) else {}
            edit = Edit.from_dict(data)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, UserError):
            path.unlink(missing_ok=True)
            continue
        project = meta.get("project", "") if isinstance(meta.get("project"), str) else ""
        saved_at = meta.get("saved_at")
        when = float(saved_at) if isinstance(saved_at, (int, float)) else path.stat().st_mtime
        found.append(Recovered(path, edit, project, when))
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found
