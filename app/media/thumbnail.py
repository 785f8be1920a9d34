"""One small picture of a clip (the batch window's rows): probe it, grab one frame as PNG. Qt-free.

The frame is taken a third of the way in (at most 1 s), scaled to ``height`` pixels high, and
tone-mapped like the export when the clip is HDR, so a phone's HLG clip is not shown grey.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import winjob
from app.errors import UserError
from app.ffmpeg import ffmpeg_exe
from app.media.probe import MediaInfo, probe
from app.media.tonemap import to_sdr
from app.messages import M

TIMEOUT = 30  # seconds: a clip that takes longer to give one frame gets no picture


@dataclass(frozen=True)
class Thumbnail:
    duration: float  # the clip's length in seconds
    png: bytes  # empty when no frame could be grabbed


def thumbnail_argv(media: MediaInfo, height: int) -> list[str]:
    """The ffmpeg command that writes one PNG frame of ``media``, ``height`` pixels high, to stdout."""
    at = min(1.0, media.duration / 3)
    return [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-ss", f"{at:.3f}",
            "-i", media.path, "-frames:v", "1", "-vf", f"scale=-2:{height}{to_sdr(media)}",
            "-f", "image2pipe", "-c:v", "png", "-"]


def thumbnail(path: str | Path, height: int, check: Callable[[MediaInfo], None] | None = None) -> Thumbnail:
    """Probe ``path`` and grab its picture. ``check`` refuses what cannot be used (raises
    :class:`UserError`; the batch passes the export's own ``check_source``); without it, a file with
    no picture is refused."""
    media = probe(path)
    if check is not None:
        check(media)
    elif not media.has_video or media.duration <= 0:
        raise UserError(M.NOT_A_VIDEO_CLIP, file=Path(path).name)
    png = winjob.run(thumbnail_argv(media, height), capture_output=True, timeout=TIMEOUT).stdout
    return Thumbnail(media.duration, png)
