"""The files a share offers: checked once when sharing starts, re-opened for every request."""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.errors import UserError
from app.messages import M

MAX_FILES = 100
# Only what the app makes or opens; anything else goes out as bytes to save.
CONTENT_TYPES = {
    ".mp4": "video/mp4", ".m4v": "video/mp4", ".mov": "video/quicktime", ".webm": "video/webm",
    ".mkv": "video/x-matroska", ".m4a": "audio/mp4", ".mp3": "audio/mpeg", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".png": "image/png",
}
_UNSAFE = re.compile(r'[^A-Za-z0-9 ._()#+-]+')


@dataclass(frozen=True)
class SharedFile:
    path: Path
    name: str  # as the user sees it (any characters)

    @classmethod
    def check(cls, path: str | Path) -> SharedFile:
        """A file that can be served, or a UserError saying why not (one sentence)."""
        p = Path(path)
        try:
            info = p.stat()
        except FileNotFoundError:
            raise UserError(M.NOT_FOUND, path=str(p)) from None
        except OSError:
            raise UserError(M.COULD_NOT_READ, file=p.name) from None
        if stat.S_ISDIR(info.st_mode):
            raise UserError(M.SHARE_FOLDER, path=str(p))
        if not stat.S_ISREG(info.st_mode):
            raise UserError(M.SHARE_NOT_REGULAR, path=str(p))
        if info.st_size == 0:
            raise UserError(M.FILE_EMPTY, file=p.name)
        if not os.access(p, os.R_OK):
            raise UserError(M.READ_DENIED, file=p.name)
        return cls(p.absolute(), p.name)

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES.get(self.path.suffix.lower(), "application/octet-stream")

    @property
    def is_video(self) -> bool:
        return self.content_type.startswith("video/")

    @property
    def ascii_name(self) -> str:
        return ascii_name(self.name)

    def disposition(self, attachment: bool) -> str:
        """``Content-Disposition``: a plain ASCII name for old clients, the real one as RFC 5987 ``filename*``."""
        kind = "attachment" if attachment else "inline"
        return f"{kind}; filename=\"{self.ascii_name}\"; filename*=UTF-8''{quote(self.name, safe='')}"


def ascii_name(name: str) -> str:
    """``Video Kelas 5 — Sití.mp4`` -> ``Video Kelas 5 - Siti.mp4``: letters folded to ASCII, anything a
    header or a file system could misread (quotes, slashes, control characters) made ``_``."""
    suffix = Path(name).suffix
    stem = name[: len(name) - len(suffix)] if suffix else name
    folded = unicodedata.normalize("NFKD", stem.replace("—", "-").replace("–", "-"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("_", folded).strip(" ._") or "video"
    suffix = _UNSAFE.sub("", suffix.encode("ascii", "ignore").decode())
    return (stem[:100] + suffix[:10]) if suffix != "." else stem[:100]


def check_files(paths: list[str | Path]) -> list[SharedFile]:
    if not paths:
        raise UserError(M.SHARE_NOTHING)
    if len(paths) > MAX_FILES:
        raise UserError(M.SHARE_TOO_MANY, limit=MAX_FILES)
    return [SharedFile.check(p) for p in paths]
