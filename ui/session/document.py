"""The one open clip: its Edit, its MediaInfo, the campaign it is made for, and the undo history.

Everything that changes what will be exported goes through the Document and is one QUndoCommand
(:meth:`Document.change`, or better one of the typed setters below, which say what they set).
Changes that carry the same ``merge`` key and gesture token (one drag, one slider press, one
typing run) merge into one undo step. Views never keep their own copy: they read ``doc.edit``
and ``doc.campaign`` and follow the signals.

Labels are the undo step's name in the window's language; the view that asks for the change
gives it (it knows the words the user sees).
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
from app.project import trim
from app.project.choices import DEFAULT_PRESET, MIN_SECONDS
from app.project.edit import Edit
from app.render.presets import get_preset

_MERGE_IDS: dict[str, int] = {}

Token = object  # a gesture id (see Document.new_token); None: a step of its own


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
    changed = Signal()  # the Edit changed (edit, undo, redo, a new clip or another campaign)
    clipChanged = Signal()  # a different clip (or none) is open
    campaignChanged = Signal()  # doc.campaign is another campaign (or the same one with another song)

    def __init__(self, campaign: Campaign, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.campaign = campaign
        self._campaigns: dict[str, Campaign] = {campaign.id: campaign}  # for undoing a switch
        self.edit = self.fresh_edit()
        self.media: MediaInfo | None = None
        self.undo_stack = QUndoStack(self)
        # the platform the next clip is made for and the export dialog starts from: the preferred
        # one (Preferences ▸ Default platform) until an export is made for another in this session
        self.platform: str = DEFAULT_PRESET
        self._tokens = itertools.count(1)

    def fresh_edit(self, source: str = "", preset: str = DEFAULT_PRESET) -> Edit:
        edit = Edit(source=source, preset=preset, campaign=self.campaign.id)
        edit.watermark.position = self.campaign.watermark.position
        edit.watermark.scale = self.campaign.watermark.scale
        return edit

    def new_token(self) -> int:
        """A gesture id: changes made with the same token (and merge key) are one undo step."""
        return next(self._tokens)

    # Opening ----------------------------------------------------------------------------------

    def load(self, media: MediaInfo, preset: str, edit: Edit | None = None) -> None:
        """Start editing a freshly probed clip (with ``edit``, a saved project's Edit, or a fresh
        one); the undo history starts empty."""
        self.media = media
        if edit is None:
            edit = self.fresh_edit(media.path, preset)
        else:
            edit = copy.deepcopy(edit)
            edit.source = media.path
            edit.validate()
        self.edit = edit
        self._follow_campaign()
        self.undo_stack.clear()
        self.clipChanged.emit()
        self.changed.emit()

    def set_campaign(self, campaign: Campaign, label: str = "") -> None:
        """Make the videos for ``campaign``. With a clip open, the Edit's campaign changes as one
        undo step (undo goes back to the campaign before); the same campaign with another song
        (the official file) is not an edit."""
        self._campaigns[campaign.id] = campaign
        if self.media is None or self.edit.campaign == campaign.id:
            self.campaign = campaign
            self.edit.campaign = campaign.id  # no clip: the placeholder Edit, nothing to undo
            self.campaignChanged.emit()
            self.changed.emit()
            return

        def switch(e: Edit) -> None:
            e.campaign = campaign.id

        self.change(label, switch)

    def _follow_campaign(self) -> None:
        """After an undo or redo across a campaign switch (or a project of another campaign that
        was used in this session): the campaign of the Edit."""
        if self.edit.campaign == self.campaign.id:
            return
        known = self._campaigns.get(self.edit.campaign)
        if known is not None:
            self.campaign = known
            self.campaignChanged.emit()

    # Changing -----------------------------------------------------------------------------------

    def change(
        self, label: str, mutate: Callable[[Edit], None], merge: str | None = None, token: object = None
    ) -> bool:
        """Apply ``mutate`` to a copy of the Edit as one undoable step. False when nothing changed.
        :class:`app.errors.UserError` when the result is not a valid Edit (nothing changes then)."""
        after = copy.deepcopy(self.edit)
        mutate(after)
        if after == self.edit:
            return False
        after.validate()
        self.undo_stack.push(EditCommand(self, label, copy.deepcopy(self.edit), after, merge, token))
        return True

    def _set(self, edit: Edit) -> None:
        self.edit = edit
        self._follow_campaign()
        self.changed.emit()

    # Typed setters: one per thing a user changes --------------------------------------------------

    def set_preset(self, preset: str, label: str) -> bool:
        def apply(e: Edit) -> None:
            e.preset = preset

        return self.change(label, apply)

    def set_card(self, card: str, label: str) -> bool:
        def apply(e: Edit) -> None:
            e.card = card

        return self.change(label, apply)

    def set_layout(self, layout: str, label: str) -> bool:
        def apply(e: Edit) -> None:
            e.framing.layout = layout

        return self.change(label, apply)

    def set_focus(self, focus: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.framing.focus = focus

        return self.change(label, apply, merge, token)

    def set_background(self, colour: str, label: str) -> bool:
        def apply(e: Edit) -> None:
            e.framing.background = colour.upper()

        return self.change(label, apply)

    def set_watermark_shown(self, shown: bool, label: str) -> bool:
        def apply(e: Edit) -> None:
            e.watermark.enabled = shown

        return self.change(label, apply)

    def set_watermark_text(self, text: str, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.watermark.text = text

        return self.change(label, apply, merge, token)

    def set_watermark_scale(self, scale: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.watermark.scale = scale

        return self.change(label, apply, merge, token)

    def set_watermark_opacity(self, opacity: float, label: str, merge: str | None = None,
                              token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.watermark.opacity = opacity

        return self.change(label, apply, merge, token)

    def place_watermark(self, position: str, label: str) -> bool:
        """At one of the preset spots (shown, and no longer where it was dragged to)."""

        def apply(e: Edit) -> None:
            e.watermark.position, e.watermark.x, e.watermark.y = position, None, None
            e.watermark.enabled = True

        return self.change(label, apply)

    def move_watermark(self, x: float, y: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        """Its centre at ``x``, ``y`` (fractions of the frame), shown."""

        def apply(e: Edit) -> None:
            e.watermark.x, e.watermark.y, e.watermark.enabled = x, y, True

        return self.change(label, apply, merge, token)

    def set_song_on(self, on: bool, label: str) -> bool:
        def apply(e: Edit) -> None:
            e.audio.song_enabled = on

        return self.change(label, apply)

    def set_song_volume(self, volume: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.audio.song_volume = volume

        return self.change(label, apply, merge, token)

    def set_clip_volume(self, volume: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.audio.clip_volume = volume

        return self.change(label, apply, merge, token)

    def set_fade_in(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.audio.fade_in = seconds

        return self.change(label, apply, merge, token)

    def set_fade_out(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.audio.fade_out = seconds

        return self.change(label, apply, merge, token)

    def set_song_start(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            e.audio.song_start = seconds

        return self.change(label, apply, merge, token)

    def set_loudness(self, normalize: bool, label: str) -> bool:
        """Make the sound as loud as other videos (the export dialog's check box)."""

        def apply(e: Edit) -> None:
            e.audio.normalize = normalize

        return self.change(label, apply)

    # The trim: clamped to the clip, on frames, never shorter than the export allows ---------------

    def fps(self) -> float:
        return (self.media.fps if self.media else 0) or 30.0

    def duration(self) -> float:
        return self.media.duration if self.media else 0.0

    def move_start(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        """The first frame kept: the one at ``seconds``, at least the minimum length before the end."""
        if self.media is None:
            return False
        _, end = self.trim_range()
        value = trim.clamp_start(seconds, end, self.duration(), self.fps(), MIN_SECONDS)

        def apply(e: Edit) -> None:
            e.trim.start = value

        return self.change(label, apply, merge, token)

    def move_end(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        """Just after the last frame kept, at least the minimum length after the start."""
        if self.media is None:
            return False
        start, _ = self.trim_range()
        value = trim.clamp_end(seconds, start, self.duration(), self.fps(), MIN_SECONDS)

        def apply(e: Edit) -> None:
            e.trim.end = value

        return self.change(label, apply, merge, token)

    def fit_to_limit(self, label: str) -> bool:
        """Keep only as much from the start as the platform and the campaign allow."""
        if self.media is None:
            return False
        start, end = self.trim_range()
        limit = self.limit_seconds()
        if end - start <= limit + trim.EPS:
            return False
        new_end = trim.fit_end(start, limit, self.fps())

        def apply(e: Edit) -> None:
            e.trim.end = new_end

        return self.change(label, apply)

    # Facts derived from the Edit and the clip -------------------------------------------------

    def trim_range(self) -> tuple[float, float]:
        """The part of the clip that will be exported, in seconds."""
        return trim.trim_range(self.edit.trim.start, self.edit.trim.end, self.duration())

    def result_seconds(self) -> float:
        start, end = self.trim_range()
        return max(0.0, end - start)

    def limit_seconds(self) -> float:
        return length_limit(self.campaign, get_preset(self.edit.preset))
