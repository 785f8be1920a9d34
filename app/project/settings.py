"""What the desktop app remembers between runs: window shape, the last folder a clip was opened
from, recent clips, the safe-zone guides.

What the user *chooses* (language, theme, the default platform, the export folder) lives in
:mod:`app.project.preferences`, once. A settings.json written before that (with ``preset`` and
``last_export_folder``) still loads; :func:`app.project.preferences.Preferences.load` takes those
two values over the first time.

Plain JSON in the config folder from :mod:`app.paths` (so tests, which point ``ANAKGENIUS_HOME``
at a temporary folder, never touch the real one). Qt-free: the window state is stored as the
base64 text of whatever bytes the GUI hands over.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app import files
from app.paths import config_dir

FILE_NAME = "settings.json"
MAX_RECENT = 8


@dataclass
class Settings:
    window_geometry: str = ""  # base64 of the GUI's saved geometry
    last_open_folder: str = ""
    recent_clips: list[str] = field(default_factory=list)
    show_guides: bool = True

    def add_recent(self, path: str | Path) -> None:
        """Put a clip first in the recent list (once), keeping at most MAX_RECENT."""
        text = str(Path(path))
        self.recent_clips = [text] + [p for p in self.recent_clips if p != text]
        del self.recent_clips[MAX_RECENT:]

    def existing_recent(self) -> list[str]:
        """Recent clips that still exist on disk."""
        return [p for p in self.recent_clips if Path(p).is_file()]

    def save(self, path: Path | None = None) -> None:
        """Write atomically; a failure to save settings is never worth a crash."""
        path = path or settings_path()
        try:
            files.write_text(path, json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n")
        except OSError:
            pass

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings; defaults for anything missing, damaged or of the wrong type."""
        path = path or settings_path()
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        settings = cls()
        for f in fields(cls):
            value = data.get(f.name)
            default = getattr(settings, f.name)
            if isinstance(default, list):
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    setattr(settings, f.name, value[:MAX_RECENT])
            elif value is not None and type(value) is type(default):
                setattr(settings, f.name, value)
        return settings


def settings_path() -> Path:
    return config_dir() / FILE_NAME


LEGACY = ("preset", "last_export_folder")  # what settings.json held before Preferences did


def legacy_values(path: Path | None = None) -> dict[str, str]:
    """The old settings.json's ``preset`` and ``last_export_folder`` (text values only), if any."""
    try:
        data: Any = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: data[k] for k in LEGACY if isinstance(data.get(k), str) and data[k]}
