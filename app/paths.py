"""Every folder the app writes to, in one place.

``ANAKGENIUS_HOME`` overrides them all (tests point it at a temporary folder), so nothing
touches the real home folder when it is set.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "AnakGENIUS Studio"
APP_AUTHOR = "AnakGENIUS"
HOME_ENV = "ANAKGENIUS_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    return Path(
        {"config": dirs.user_config_dir, "data": dirs.user_data_dir, "cache": dirs.user_cache_dir}[kind]
    )


def config_dir() -> Path:
    return _ensure(_base("config"))


def data_dir() -> Path:
    return _ensure(_base("data"))


def cache_dir() -> Path:
    return _ensure(_base("cache"))


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def assets_dir() -> Path:
    """The bundled font, song and campaign files (source tree or installed package)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_assets", here.parent / "assets"):
        if (candidate / "campaigns").is_dir():
            return candidate
    raise FileNotFoundError("the bundled assets folder is missing; reinstall AnakGENIUS Studio")
