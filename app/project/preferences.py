"""The user's preferences: language, default campaign, export folder, preset, theme and video chip.

Typed and versioned JSON in the config folder from :mod:`app.paths`. A damaged file, a file
written by a newer version, or a value of the wrong kind falls back to the defaults, and
:attr:`Preferences.note` says why (the GUI shows it once). Qt-free.

Each choice lives here once: the default platform (``preset``) and the export folder (where the
last video was saved, so the next one goes there too) are not repeated in
:mod:`app.project.settings`, which keeps the window shape, recent clips and the last open folder.
An older install kept those two in settings.json; :meth:`Preferences.load` takes them over
silently when preferences.json does not have them yet.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from app import files
from app.paths import HOME_ENV, config_dir
from app.project.settings import FILE_NAME as SETTINGS_FILE
from app.project.settings import legacy_values

FILE_NAME = "preferences.json"
VERSION = 1
LANGUAGES = ("system", "en", "id")  # system: follow the computer's language
THEMES = ("system", "light", "dark")
VIDEO_CHIP = ("auto", "off")  # "Chip video laptop: Otomatis / Mati" (#19; app/export/encoders.py)


def default_export_folder() -> str:
    """The user's Videos folder (inside the private home when tests set ANAKGENIUS_HOME)."""
    import os

    override = os.environ.get(HOME_ENV)
    if override:
        return str(Path(override) / "Videos")
    return platformdirs.user_videos_dir()


@dataclass
class Preferences:
    language: str = "system"
    campaign: str = ""  # empty: the campaign chosen with 'anakgenius campaigns use' (or the bundled one)
    export_folder: str = field(default_factory=default_export_folder)
    preset: str = "tiktok"
    theme: str = "system"
    tour_done: bool = False  # the first-run tour was finished or skipped
    video_chip: str = "auto"  # auto: export with the laptop's video chip when it was found working; off: libx264
    srt_beside: bool = False  # #16: an export also writes its captions as an .srt beside the video
    note: str = field(default="", compare=False)  # why the saved file was not used (not saved)

    def validate(self, presets: tuple[str, ...] | None = None) -> None:
        """Put any value that makes no sense back to its default."""
        defaults = Preferences()
        if self.language not in LANGUAGES:
            self.language = defaults.language
        if self.theme not in THEMES:
            self.theme = defaults.theme
        if self.video_chip not in VIDEO_CHIP:
            self.video_chip = defaults.video_chip
        if presets is not None and self.preset not in presets:
            self.preset = defaults.preset
        if not self.export_folder:
            self.export_folder = defaults.export_folder

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("note")
        return {"version": VERSION, **data}

    @property
    def encoder(self) -> str:
        """What an export is given as its ``encoder`` (app.export.job.export)."""
        return "auto" if self.video_chip == "auto" else "libx264"

    @property
    def decoder(self) -> str:
        """What an export is given as its ``decoder`` (#21, app.export.job.export): the chip reads the
        clip too unless the video chip is turned off."""
        return "auto" if self.video_chip == "auto" else "software"

    def save(self, path: Path | None = None) -> bool:
        """Write atomically. False (and nothing half-written) when the folder is not writable."""
        path = path or preferences_path()
        try:
            files.write_text(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")
        except OSError:
            return False
        return True

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        """The saved preferences, or the defaults with a :attr:`note` saying why."""
        path = path or preferences_path()
        if not path.exists():
            return cls._migrated(cls(), set(), path)
        try:
            data: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            return cls(note="damaged")
        if not isinstance(data, dict) or not isinstance(data.get("version"), int):
            return cls(note="damaged")
        if data["version"] > VERSION:
            return cls(note="newer")
        prefs = cls()
        wrong = False
        for f in fields(cls):
            if f.name == "note" or f.name not in data:
                continue
            value, default = data[f.name], getattr(prefs, f.name)
            if type(value) is type(default):
                setattr(prefs, f.name, value)
            else:
                wrong = True
        before = asdict(prefs)
        prefs.validate()
        if wrong or asdict(prefs) != before:
            prefs.note = "damaged"
        return cls._migrated(prefs, set(data), path)

    @staticmethod
    def _migrated(prefs: Preferences, saved: set[str], path: Path) -> Preferences:
        """The values an older settings.json held, for the fields preferences.json does not have
        (written at once: settings.json no longer keeps them)."""
        old = legacy_values(path.with_name(SETTINGS_FILE))
        taken = False
        if "preset" not in saved and "preset" in old:
            prefs.preset, taken = old["preset"], True
        if "export_folder" not in saved and "last_export_folder" in old:
            prefs.export_folder, taken = old["last_export_folder"], True
        if taken and not prefs.note:
            prefs.save(path)
        return prefs


def preferences_path() -> Path:
    return config_dir() / FILE_NAME
