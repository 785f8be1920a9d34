"""#17 hidden faces, before an export starts: the clip's analysis (the cached one, or made now), the boxes
of every output frame, and the mask file the export reads (``app.render.faces``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.analysis.tracks import hide_boxes, tracks_of
from app.errors import UserError
from app.media.probe import MediaInfo
from app.messages import M, Message
from app.project.hide import HideFaces
from app.render.faces import FaceMask, mask_for, write_mask
from app.render.presets import FPS

if TYPE_CHECKING:
    from app.analysis.clip import ClipAnalysis

CancelFn = Callable[[], bool]


def clip_analysis(media: MediaInfo, should_cancel: CancelFn | None = None) -> ClipAnalysis:
    """The clip's analysis: from the cache, else made now (UserError when the detector cannot start)."""
    from app.analysis.clip import analyse, cached_analysis  # numpy and onnxruntime only when faces are hidden

    path = Path(media.path)
    return cached_analysis(path, media) or analyse(path, media, should_cancel=should_cancel)


def clip_mask(hide: HideFaces, media: MediaInfo, start: float, frames: int, path: Path,
              notices: list[Message], should_cancel: CancelFn | None = None) -> FaceMask | None:
    """The mask of the faces ``hide`` hides in ``frames`` output frames from source second ``start``, written
    to ``path``; None (and a sentence in ``notices``) when there is nothing to hide in them."""
    if not hide.active:
        return None
    analysis = clip_analysis(media, should_cancel) if hide.needs_tracks else None
    if analysis is not None and hide.people and not hide.everyone:
        count = len(tracks_of(analysis))
        for n in hide.people:
            if n > count:
                raise UserError(M.HIDE_NO_PERSON, n=n, file=Path(media.path).name, count=count)
    until = max(0.0, media.duration - 1.0 / FPS)
    boxes = hide_boxes(hide, analysis, start, frames, until)
    if not any(boxes):
        notices.append(Message(M.HIDE_NO_FACES, file=Path(media.path).name))
        return None
    mask = mask_for(media, boxes, path)
    write_mask(mask, boxes)
    return mask
