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
from app.messages import M, Message, os_reason
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


def safe_relative(name: object, field: str | Message) -> PurePosixPath:
    """A file name from a pack, checked to stay inside it (``field`` names it in errors)."""
    if not isinstance(name, str) or not name.strip():
        raise PackError(M.NOT_A_PACK_FILE_NAME, field=field)
    if len(name) > MAX_NAME or "\x00" in name:
        raise PackError(M.BAD_FILE_NAME, field=field)
    if "\\" in name or ":" in name:
        raise PackError(M.BACKSLASH_PATH, field=field, name=name)
    if name.startswith("/") or _DRIVE.match(name):
        raise PackError(M.ABSOLUTE_PATH, field=field, name=name)
    path = PurePosixPath(name)
    if any(part in ("..", ".") for part in name.split("/")) or "" in name.split("/")[:-1]:
        raise PackError(M.LEAVES_PACK, field=field, name=name)
    if not all(is_safe_name(part) for part in path.parts):  # a pack installs on every system
        raise PackError(M.PACK_NAME_NOT_WINDOWS, field=field, name=name)
    return path


def pack_file(folder: Path, name: object, field: str) -> Path:
    """The existing regular file ``name`` inside ``folder``; no symlinks anywhere on the way."""
    relative = safe_relative(name, field)
    current = folder
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            raise PackError(M.NAMED_LINK, field=field, name=name)
    if not current.is_file():
        raise PackError(M.NOT_IN_PACK, field=field, name=name)
    try:
        current.resolve().relative_to(folder.resolve())
    except ValueError:
        raise PackError(M.LEAVES_PACK, field=field, name=name) from None
    return current


def check_tree(folder: Path) -> None:
    """Refuse a pack folder with links, too many files or too many bytes."""
    count, total = 0, 0
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                raise PackError(M.LINK, name=path.relative_to(folder).as_posix())
            if name in files:
                if not stat.S_ISREG(info.st_mode):
                    raise PackError(M.NOT_REGULAR, name=path.relative_to(folder).as_posix())
                count += 1
                total += info.st_size
        if count > MAX_FILES:
            raise PackError(M.PACK_TOO_MANY_FILES, limit=MAX_FILES)
        if total > MAX_BYTES:
            raise PackError(M.PACK_TOO_BIG, limit=MAX_BYTES // 2**20)


def extract_zip(archive: Path, target: Path) -> None:
    """Unpack ``archive`` into the empty folder ``target``, refusing anything unsafe.

    Sizes are checked twice: the declared sizes before writing anything, and the bytes actually
    written while unpacking (an archive may lie about its sizes).
    """
    try:
        with zipfile.ZipFile(archive) as zf:
            members = zf.infolist()
            if len(members) > MAX_FILES:
                raise PackError(M.ZIP_TOO_MANY_FILES, file=archive.name, limit=MAX_FILES)
            if sum(m.file_size for m in members) > MAX_BYTES:
                raise PackError(M.ZIP_TOO_BIG, file=archive.name, limit=MAX_BYTES // 2**20)
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
                            raise PackError(M.ZIP_LIES, file=archive.name)
                        out.write(chunk)
    except PackError:
        raise
    except FileNotFoundError:
        raise PackError(M.NOT_FOUND, path=archive) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, RuntimeError,
            NotImplementedError):
        raise PackError(M.NOT_A_ZIP, file=archive.name) from None
    except OSError as exc:
        raise PackError(M.CANNOT_UNPACK, file=archive.name, reason=os_reason(exc)) from None


def _check_member(member: zipfile.ZipInfo, archive: str) -> None:
    name = member.filename
    try:
        safe_relative(name.rstrip("/") if member.is_dir() else name, Message(M.ZIP_ENTRY, archive=archive))
    except PackError as exc:
        raise PackError(M.ZIP_ENTRY_OUTSIDE, reason=exc.message) from None
    mode = member.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackError(M.ZIP_ENTRY_LINK, archive=archive, name=name)
    if member.flag_bits & 0x1:
        raise PackError(M.ZIP_ENTRY_ENCRYPTED, archive=archive, name=name)


def check_font(path: Path, field: str) -> None:
    """The file is a TrueType/OpenType font that Pillow can draw with."""
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic not in FONT_MAGIC:
        raise PackError(M.NOT_A_FONT, field=field, file=path.name)
    try:
        ImageFont.truetype(str(path), 24).getbbox("#AnakGENIUS")
    except (OSError, ValueError):
        raise PackError(M.FONT_UNLOADABLE, field=field, file=path.name) from None


def check_image(path: Path, field: str) -> None:
    """The file is a PNG/JPEG/WebP image of at most MAX_IMAGE_SIDE pixels a side that decodes."""
    try:
        with Image.open(path) as image:  # reads the header only
            if image.format not in IMAGE_FORMATS:
                raise PackError(M.IMAGE_FORMAT, field=field, file=path.name)
            w, h = image.size
            if w > MAX_IMAGE_SIDE or h > MAX_IMAGE_SIDE:
                raise PackError(M.IMAGE_TOO_BIG, field=field, file=path.name, width=w, height=h, limit=MAX_IMAGE_SIDE)
            if w < 1 or h < 1:
                raise PackError(M.IMAGE_EMPTY, field=field, file=path.name)
            image.load()
    except PackError:
        raise
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, EOFError):
        raise PackError(M.NOT_AN_IMAGE, field=field, file=path.name) from None


def check_audio(path: Path, field: str) -> None:
    """ffmpeg reads the file as sound."""
    from app.media.probe import probe

    try:
        info = probe(path)
    except UserError:
        raise PackError(M.NOT_SOUND, field=field, file=path.name) from None
    if not info.has_audio or info.duration <= 0:
        raise PackError(M.NO_SOUND, field=field, file=path.name)
