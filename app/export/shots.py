"""Files a user adds to a story, read into shots. Qt-free; the window runs it on a worker.

Clips are probed and refused as the export refuses them (no picture, sound only); photos are
read without decoding their pixels (their upright size); a folder stands for the clips and photos
directly in it, by name. A file that cannot be used is named in one sentence and the others are
added: :class:`Added` carries both.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.export.job import check_source
from app.kinds import is_photo_name, is_video_name
from app.media.photo import read_photo
from app.media.probe import MediaInfo, probe
from app.messages import M, Message
from app.project.edit import MAX_SHOTS, ClipShot, Framing, PhotoShot, Shot
from app.project.story import FRAME_RATE


@dataclass
class Added:
    shots: list[Shot] = field(default_factory=list)
    medias: dict[str, MediaInfo] = field(default_factory=dict)  # what each file holds, by path
    problems: list[Message] = field(default_factory=list)  # one per file left out, naming it


def photo_media(path: str, width: int, height: int) -> MediaInfo:
    """A photo as the editor's views see a source: a picture of that size, no sound."""
    return MediaInfo(path=path, duration=0.0, format_name="image", has_video=True, width=width, height=height,
                     coded_width=width, coded_height=height, fps=FRAME_RATE)


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[Message]]:
    """The files to add, in order: a folder gives its clips and photos by name."""
    found: list[Path] = []
    problems: list[Message] = []
    for raw in paths:
        path = Path(raw).absolute()
        if path.is_dir():
            inside = sorted((p for p in path.iterdir() if p.is_file() and (is_video_name(p) or is_photo_name(p))),
                            key=lambda p: p.name.casefold())
            if not inside:
                problems.append(Message(M.FOLDER_HAS_NO_SHOTS, folder=path.name))
            found += inside
        else:
            found.append(path)
    return found, problems


def read_files(paths: Iterable[str | Path], framing: Framing | None = None, volume: float = 1.0,
               room: int = MAX_SHOTS, should_cancel: Callable[[], bool] | None = None) -> Added:
    """Shots for ``paths`` (each with a copy of ``framing``), at most ``room`` of them."""
    files, problems = expand(paths)
    added = Added(problems=problems)
    framing = framing or Framing()
    for path in files:
        if should_cancel is not None and should_cancel():
            break
        if len(added.shots) >= room:
            added.problems.append(Message(M.TOO_MANY_SHOTS_ADD, limit=MAX_SHOTS))
            break
        source = str(path)
        try:
            if is_photo_name(source):
                info = read_photo(source)
                added.medias[source] = photo_media(source, info.width, info.height)
                added.shots.append(PhotoShot(source, framing=copy.deepcopy(framing)))
            else:
                media = probe(source)
                check_source(media)
                added.medias[source] = media
                added.shots.append(ClipShot(source, framing=copy.deepcopy(framing), volume=volume,
                                            clip_seconds=media.duration))
        except UserError as exc:
            added.problems.append(Message(M.FILE_NOT_ADDED, file=path.name, reason=exc.message))
    return added
