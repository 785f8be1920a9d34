"""Autosave and crash recovery: the Edit being worked on, written every few seconds of editing.

Each running window of the app writes its own ``autosave/<pid>-<random>.anakgenius`` in the data
folder (an ordinary project file with an ``autosave`` section) and deletes it when it closes
normally. A file whose process no longer runs is what a crash or power cut left behind: the next
start offers it. A window first *claims* an autosave by renaming it to its own name (one atomic
step, so two windows starting at once never restore the same one); from then on it is that
window's autosave, and the next window sees it as in use. Qt-free.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import files
from app.errors import UserError
from app.files import process_alive
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
        self.path = autosave_dir() / f"{self.pid}-{secrets.token_hex(4)}{SUFFIX}"

    def save(self, edit: Edit, project: str | Path | None = None) -> bool:
        """Write atomically; False when the disk refuses (autosave never interrupts the user)."""
        if not edit.source:
            return False
        data: dict[str, Any] = edit.to_dict()
        data["autosave"] = {"pid": self.pid, "project": str(project or ""), "saved_at": time.time()}
        try:
            files.write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        except OSError:
            return False
        return True

    def claim(self, found: Recovered) -> Recovered | None:
        """Make a crashed window's autosave this window's own (before offering it), or None when
        another window claimed it first. Only before this window has autosaved."""
        try:
            os.rename(found.path, self.path)
        except OSError:
            return None  # gone: another window took it (or the folder refuses)
        return dataclasses.replace(found, path=self.path)

    def discard(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass


def find_crashed() -> list[Recovered]:
    """Autosaves left by apps that did not close normally, newest first. Unreadable ones are removed."""
    found: list[Recovered] = []
    for path in autosave_dir().glob(f"*{SUFFIX}"):
        try:
            pid = int(path.stem.split("-", 1)[0])
        except ValueError:
            continue
        if process_alive(pid):
            continue  # another window of the app is still running (or this one)
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
