"""The one open clip: its Edit, its MediaInfo, and the undo history of every change to the Edit.

Widgets never change the Edit directly: they call :meth:`Document.change` with a small
function that mutates a copy; the change becomes one QUndoCommand. Changes that carry the same
``merge`` key and gesture token (one drag, one slider press, one typing run) merge into one
undo step.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.campaigns.model import Campaign
from app.export.job import length_limit
from app.media.probe import MediaInfo
from app.project.choices import DEFAULT_PRESET
from app.project.edit import Edit
from app.render.presets import get_preset

_MERGE_IDS: dict[str, int] = {}


def _merge_id(key: str) -> int:
    return _MERGE_IDS.setdefault(key, 1000 + len(_MERGE_IDS))


class EditCommand(QUndoCommand):
    def __init__(self, doc: Document, label: str, before: Edit, after: Edit, merge: str | None, token: object):
        super().__init__(label)
        self.doc, self.before, self.after = doc, before, after
        self.merge_key, self.token = merge, token

    def id(self) -> int:  # noqa: A003 - Qt's name
        return _merge_id(self.merge_key) if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key or self.token is None:
            return False
        if other.token != self.token:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.doc._set(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.doc._set(copy.deepcopy(self.before))


class Document(QObject):
    changed = Signal()  # the Edit changed (edit, undo, redo or a new clip)
    clipChanged = Signal()  # a different clip (or none) is open

    def __init__(self, campaign: Campaign, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.campaign = campaign
        self.edit = self.fresh_edit()
        self.media: MediaInfo | None = None
        self.undo_stack = QUndoStack(self)
        self._tokens = itertools.count(1)

    def fresh_edit(self, source: str = "", preset: str = DEFAULT_PRESET) -> Edit:
        edit = Edit(source=source, preset=preset, campaign=self.campaign.id)
        edit.watermark.position = self.campaign.watermark.position
        edit.watermark.scale = self.campaign.watermark.scale
        return edit

    def new_token(self) -> int:
        """A gesture id: changes made with the same token (and merge key) are one undo step."""
        return next(self._tokens)

    def load(self, media: MediaInfo, preset: str) -> None:
        """Start editing a freshly probed clip; the undo history starts empty."""
        self.media = media
        self.edit = self.fresh_edit(media.path, preset)
        self.undo_stack.clear()
        self.clipChanged.emit()
        self.changed.emit()

    def change(
        self, label: str, mutate: Callable[[Edit], None], merge: str | None = None, token: object = None
    ) -> bool:
        """Apply ``mutate`` to a copy of the Edit as one undoable step. False when nothing changed."""
        after = copy.deepcopy(self.edit)
        mutate(after)
        if after == self.edit:
            return False
        after.validate()
        self.undo_stack.push(EditCommand(self, label, copy.deepcopy(self.edit), after, merge, token))
        return True

    def _set(self, edit: Edit) -> None:
        self.edit = edit
        self.changed.emit()

    # Facts derived from the Edit and the clip -------------------------------------------------

    def trim_range(self) -> tuple[float, float]:
        """The part of the clip that will be exported, in seconds."""
        duration = self.media.duration if self.media else 0.0
        end = duration if self.edit.trim.end is None else min(self.edit.trim.end, duration)
        return min(self.edit.trim.start, duration), end

    def result_seconds(self) -> float:
        start, end = self.trim_range()
        return max(0.0, end - start)

    def limit_seconds(self) -> float:
        return length_limit(self.campaign, get_preset(self.edit.preset))
