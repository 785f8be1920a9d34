"""The speech add-on for the packaged app: the recogniser's libraries and the model in one folder.

The packaged app (PyInstaller) does not carry faster-whisper (its native libraries are ~200 MB).
A school copies ``anakgenius-speech-VERSION-PLATFORM.zip`` (made by packaging/speech_addon.sh) from a
USB stick and installs it (``anakgenius speech-model install FILE``, or the Words card's "Install
speech add-on from file…"). It holds::

    addon.json   format, app version, Python ABI, platform, size and sha256 of every file
    lib/         faster-whisper, ctranslate2, tokenizers, … (pip install --target, that platform)
    model/       the Whisper "base" model (app/speech/model.py checks its own checksums too)

It is found in the data folder (``<data>/speech-addon``, where ``install`` puts it) or beside the
app (``<app folder>/speech-addon``). Its manifest is checked before anything in it is used (a wrong
platform, Python or app version, or a missing or changed file is a sentence, never a crash); only
then is its ``lib/`` appended to ``sys.path`` (lowest priority: the app's own numpy and onnxruntime
win). A source install with ``.[speech]`` never looks at it.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import app
from app import files
from app.errors import UserError
from app.messages import M, Message
from app.paths import data_dir

FORMAT = 1
MANIFEST = "addon.json"
FOLDER = "speech-addon"


def here_platform() -> str:
    """``linux-x86_64``, ``windows-x64``, ``macos-arm64``: the add-on's platform tag for this machine."""
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "arm64": "aarch64"}.get(machine, machine)
    if sys.platform.startswith("win"):
        return "windows-x64" if machine == "x86_64" else f"windows-{machine}"
    if sys.platform == "darwin":
        return "macos-arm64" if machine == "aarch64" else f"macos-{machine}"
    return f"linux-{machine}"


def here_python() -> str:
    return f"cp{sys.version_info.major}{sys.version_info.minor}"


def _series(version: str) -> str:
    return ".".join(version.split(".")[:2])


@dataclass(frozen=True)
class Addon:
    folder: Path
    manifest: dict

    @property
    def lib(self) -> Path:
        return self.folder / "lib"

    @property
    def model(self) -> Path:
        return self.folder / "model"


def installed_folder() -> Path:
    return data_dir() / FOLDER


def candidates() -> list[Path]:
    """Where the add-on is looked for, in order: the data folder, then beside the app."""
    return [installed_folder(), Path(sys.executable).resolve().parent / FOLDER]


def read(folder: Path) -> Addon:
    """The add-on in ``folder`` with its manifest checked against this app (not its files' contents)."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        fmt, wanted_app, python, where = (manifest["format"], manifest["app_version"], manifest["python"],
                                          manifest["platform"])
        listed = manifest["files"]
    except (OSError, ValueError, KeyError, TypeError):
        raise UserError(M.SPEECH_ADDON_UNREADABLE, path=folder) from None
    if fmt != FORMAT or not isinstance(listed, dict):
        raise UserError(M.SPEECH_ADDON_UNREADABLE, path=folder)
    if where != here_platform():
        raise UserError(M.SPEECH_ADDON_WRONG_PLATFORM, platform=where, here=here_platform())
    if python != here_python() or _series(str(wanted_app)) != _series(app.__version__):
        raise UserError(M.SPEECH_ADDON_WRONG_VERSION, version=wanted_app, python=python,
                        here=app.__version__, here_python=here_python())
    return Addon(folder, manifest)


def check(addon: Addon, contents: bool) -> None:
    """UserError unless every listed file is there with its size (and, ``contents``, its sha256)."""
    for rel, entry in addon.manifest["files"].items():
        path = addon.folder / rel
        try:
            ok = path.is_file() and path.stat().st_size == entry["size"]
            if ok and contents:
                ok = files.sha256(path) == entry["sha256"]
        except (OSError, KeyError, TypeError):
            ok = False
        if not ok:
            raise UserError(M.SPEECH_ADDON_DAMAGED, file=rel)


def find() -> Addon | None:
    """The first add-on in :func:`candidates`, its manifest and file sizes checked; None if there is none."""
    for folder in candidates():
        if (folder / MANIFEST).is_file():
            addon = read(folder)
            check(addon, contents=False)
            return addon
    return None


def activate() -> Addon | None:
    """Find the add-on and put its ``lib/`` at the end of ``sys.path``; None when there is none."""
    addon = find()
    if addon is None:
        return None
    lib = str(addon.lib)
    if lib not in sys.path:
        sys.path.append(lib)
        if sys.platform.startswith("win") and hasattr(os, "add_dll_directory"):
            for dlls in (addon.lib / "ctranslate2", addon.lib):  # ctranslate2.dll, libiomp5md.dll
                if dlls.is_dir():
                    os.add_dll_directory(str(dlls))
    return addon


# --- installing from a USB stick ----------------------------------------------------------------------

def is_addon(source: Path) -> bool:
    """Whether ``source`` is the add-on's unpacked folder (rather than a model-only folder)."""
    return _root_in(source) is not None


def _root_in(folder: Path) -> Path | None:
    """The folder holding addon.json: ``folder`` itself or its one sub-folder (the zip's top folder)."""
    if (folder / MANIFEST).is_file():
        return folder
    subs = [p for p in folder.iterdir() if (p / MANIFEST).is_file()] if folder.is_dir() else []
    return subs[0] if len(subs) == 1 else None


def install(source: str | Path) -> Path:
    """Check the add-on (zip or folder) and copy it into the data folder: unpacked beside the target,
    checked file by file (sha256), then swapped in; a failure leaves the add-on installed before."""
    source = Path(source)
    if not source.exists():
        raise UserError(M.NOT_FOUND, path=source)
    target = installed_folder()
    temp = target.with_name(f"{FOLDER}.installing-{files.new_token()}")
    note = files.remember_folder(temp)  # removed at the next start if the app is killed meanwhile
    old = target.with_name(f"{FOLDER}.old-{files.new_token()}")
    try:
        if source.is_file():
            try:
                with zipfile.ZipFile(source) as z:
                    for member in z.namelist():  # nothing outside the temporary folder
                        if member.startswith(("/", "\\")) or ".." in Path(member).parts:
                            raise UserError(M.SPEECH_ADDON_UNREADABLE, path=source)
                    z.extractall(temp)
            except (zipfile.BadZipFile, EOFError):
                raise UserError(M.SPEECH_ADDON_UNREADABLE, path=source) from None
            except OSError as exc:
                raise UserError(M.SPEECH_ADDON_FAILED, reason=Message(M.AS_IS, text=str(exc))) from None
            root = _root_in(temp)
        else:
            root = _root_in(source)
            if root is not None:
                try:
                    shutil.copytree(root, temp)
                except OSError as exc:
                    raise UserError(M.SPEECH_ADDON_FAILED, reason=Message(M.AS_IS, text=str(exc))) from None
                root = temp
        if root is None:
            raise UserError(M.SPEECH_ADDON_UNREADABLE, path=source)
        addon = read(root)
        check(addon, contents=True)
        files.sync_folder(root)
        if target.exists():
            os.replace(target, old)
        os.replace(root, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        files.forget(note)
    return target


def status() -> str:
    """A line for ``anakgenius speech-model status`` (UserError when the add-on is there but unusable)."""
    addon = find()
    if addon is None:
        return ""
    m = addon.manifest
    return f"{addon.folder} ({m['platform']}, {m['python']}, app {m['app_version']}, {len(m['files'])} files)"
