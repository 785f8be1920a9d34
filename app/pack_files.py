"""The files of a campaign pack, checked as untrusted input.

Packs come from outside (a .zip from an organiser, a USB stick), so every path and file is
refused unless it is plainly safe: paths stay inside the pack (no ``..``, no absolute paths,
no symlinks), archives stay under :data:`MAX_BYTES` unpacked and :data:`MAX_FILES` files, and
each file is what its field says (a font that Pillow loads, an image that decodes and is at
most :data:`MAX_IMAGE_SIDE` pixels a side, a song that ffmpeg reads as sound).
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from PIL import Image, ImageFont

from app.errors import UserError
from app.safe_names import is_safe_name

MAX_FILES = 1000
MAX_BYTES = 200 * 1024 * 1024
MAX_IMAGE_SIDE = 8000
MAX_TOML_BYTES = 64 * 1024
MAX_NAME = 200
FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")
IMAGE_FORMATS = ("PNG", "JPEG", "WEBP")
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1 << 20


class PackError(UserError):
    """A campaign pack is broken or unsafe; the message names the field or file."""


def safe_relative(name: object, field: str) -> PurePosixPath:
    """A file name from a pack, checked to stay inside it (``field`` names it in errors)."""
    if not isinstance(name, str) or not name.strip():
        raise PackError(f"{field} must be a file name inside the pack")
    if len(name) > MAX_NAME or "\x00" in name:
        raise PackError(f"{field}: the file name is not valid")
    if "\\" in name or ":" in name:
        raise PackError(f"{field}: '{name}' must use '/' between folders and no drive letters")
    if name.startswith("/") or _DRIVE.match(name):
        raise PackError(f"{field}: '{name}' is an absolute path; packs may only name their own files")
    path = PurePosixPath(name)
    if any(part in ("..", ".") for part in name.split("/")) or "" in name.split("/")[:-1]:
        raise PackError(f"{field}: '{name}' leaves the pack folder")
    if not all(is_safe_name(part) for part in path.parts):  # a pack installs on every system
        raise PackError(f"{field}: '{name}' is not a file name Windows accepts (no CON, NUL or COM1, "
                        "no < > : \" | ? *, no dot or space at the end); rename it in the pack")
    return path


def pack_file(folder: Path, name: object, field: str) -> Path:
    """The existing regular file ``name`` inside ``folder``; no symlinks anywhere on the way."""
    relative = safe_relative(name, field)
    current = folder
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            raise PackError(f"{field}: '{name}' is a symbolic link; packs may not contain links")
    if not current.is_file():
        raise PackError(f"{field}: the file '{name}' is not in the pack")
    try:
        current.resolve().relative_to(folder.resolve())
    except ValueError:
        raise PackError(f"{field}: '{name}' leaves the pack folder") from None
    return current


def check_tree(folder: Path) -> None:
    """Refuse a pack folder with links, too many files or too many bytes."""
    count, total = 0, 0
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise PackError(f"'{path.relative_to(folder).as_posix()}' is a symbolic link; "
                                "packs may not contain links")
            if name in files:
                if not stat.S_ISREG(info.st_mode):
                    raise PackError(f"'{path.relative_to(folder).as_posix()}' is not a regular file")
                count += 1
                total += info.st_size
        if count > MAX_FILES:
            raise PackError(f"the pack has more than {MAX_FILES} files")
        if total > MAX_BYTES:
            raise PackError(f"the pack is larger than {MAX_BYTES // 2**20} MB")


def extract_zip(archive: Path, target: Path) -> None:
    """Unpack ``archive`` into the empty folder ``target``, refusing anything unsafe.

    Sizes are checked twice: the declared sizes before writing anything, and the bytes actually
    written while unpacking (an archive may lie about its sizes).
    """
    try:
        with zipfile.ZipFile(archive) as zf:
            members = zf.infolist()
            if len(members) > MAX_FILES:
                raise PackError(f"{archive.name} has more than {MAX_FILES} files")
            if sum(m.file_size for m in members) > MAX_BYTES:
                raise PackError(f"{archive.name} unpacks to more than {MAX_BYTES // 2**20} MB")
            for member in members:
                _check_member(member, archive.name)
            written = 0
            for member in members:
                destination = target.joinpath(*PurePosixPath(member.filename).parts)
                if member.is_dir():
                    destination.mkdir(parents=True, exist_ok=True)
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as source, open(destination, "xb") as out:
                    own = 0
                    while chunk := source.read(_CHUNK):
                        own += len(chunk)
                        written += len(chunk)
                        if own > member.file_size or written > MAX_BYTES:
                            raise PackError(f"{archive.name} unpacks to more than it declares; it is refused")
                        out.write(chunk)
    except PackError:
        raise
    except FileNotFoundError:
        raise PackError(f"{archive} does not exist") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, RuntimeError,
            NotImplementedError):
        raise PackError(f"{archive.name} is not a readable .zip file") from None
    except OSError as exc:
        raise PackError(f"{archive.name} cannot be unpacked: {exc.strerror or exc}") from None


def _check_member(member: zipfile.ZipInfo, archive: str) -> None:
    name = member.filename
    try:
        safe_relative(name.rstrip("/") if member.is_dir() else name, f"{archive}: entry")
    except PackError as exc:
        raise PackError(f"{exc} (zip entries must stay inside the pack)") from None
    mode = member.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackError(f"{archive}: entry '{name}' is a symbolic link; packs may not contain links")
    if member.flag_bits & 0x1:
        raise PackError(f"{archive}: entry '{name}' is encrypted")


def check_font(path: Path, field: str) -> None:
    """The file is a TrueType/OpenType font that Pillow can draw with."""
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic not in FONT_MAGIC:
        raise PackError(f"{field}: '{path.name}' is not a TrueType or OpenType font")
    try:
        ImageFont.truetype(str(path), 24).getbbox("#AnakGENIUS")
    except (OSError, ValueError):
        raise PackError(f"{field}: the font '{path.name}' cannot be loaded") from None


def check_image(path: Path, field: str) -> None:
    """The file is a PNG/JPEG/WebP image of at most MAX_IMAGE_SIDE pixels a side that decodes."""
    try:
        with Image.open(path) as image:  # reads the header only
            if image.format not in IMAGE_FORMATS:
                raise PackError(f"{field}: '{path.name}' must be a PNG, JPEG or WebP image")
            w, h = image.size
            if w > MAX_IMAGE_SIDE or h > MAX_IMAGE_SIDE:
                raise PackError(f"{field}: '{path.name}' is {w}×{h} pixels; at most "
                                f"{MAX_IMAGE_SIDE}×{MAX_IMAGE_SIDE} is allowed")
            if w < 1 or h < 1:
                raise PackError(f"{field}: '{path.name}' is empty")
            image.load()
    except PackError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError):
        raise PackError(f"{field}: '{path.name}' is not an image that can be read") from None


def check_audio(path: Path, field: str) -> None:
    """ffmpeg reads the file as sound."""
    from app.probe import probe

    try:
        info = probe(path)
    except UserError:
        raise PackError(f"{field}: '{path.name}' is not a sound file") from None
    if not info.has_audio or info.duration <= 0:
        raise PackError(f"{field}: '{path.name}' has no sound")
