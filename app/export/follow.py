"""#17 before an export that follows the subject: every such clip analysed (its cache, else now)."""

from __future__ import annotations

from pathlib import Path

from app.analysis.clip import analyse
from app.errors import UserError
from app.media.pipe import CancelFn
from app.media.probe import probe
from app.messages import M, Message
from app.project.choices import Layout
from app.project.edit import ClipShot, Edit
from app.project.story import shots_of


def followed_sources(edit: Edit) -> list[str]:
    """The clips the export frames with "follow", each once."""
    found = [s.source for s in shots_of(edit) if isinstance(s, ClipShot) and s.framing.layout == Layout.FOLLOW]
    return list(dict.fromkeys(found))


def analyse_followed(edit: Edit, should_cancel: CancelFn | None = None) -> list[Message]:
    """Analyse what is not analysed yet; a sentence for each clip where no face was found (it is
    framed with Blur). UserError(M.FACE_DETECTOR_BROKEN) when the detector cannot load; a clip
    that cannot be read is left to the export's own checks."""
    notices = []
    for source in followed_sources(edit):
        try:
            media = probe(source)
        except (UserError, OSError):
            continue
        if not media.has_video or media.duration <= 0:
            continue
        result = analyse(Path(source), media, should_cancel=should_cancel)
        if not any(result.faces):
            notices.append(Message(M.NO_FACES_FOUND, file=Path(source).name))
    return notices
