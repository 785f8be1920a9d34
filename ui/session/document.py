"""The open video: its Edit, the MediaInfo of its clips, the campaign it is made for, the undo history.

A video is one clip, or a story of several clips and photos (``edit.shots``, app.project.story).
In a story one shot is *selected*: the trim, framing and clip-volume setters change that shot,
and :meth:`Document.view` is the Edit as the selected shot sees it (the whole video's settings
with that shot's clip, trim and framing), which the one-clip views — preview canvas, playback,
trim timeline, side panel — show. Adding, removing, moving and duplicating shots are undo steps
like every other change; the selection is not part of the Edit (undo keeps it in range).

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
from app.project import texts, trim
from app.project.choices import DEFAULT_PRESET, MIN_SECONDS
from app.project.edit import MIN_SHOT_SECONDS, ClipShot, Edit, PhotoShot, Shot, Transition, Trim
from app.project.hide import HideFaces
from app.project.story import FRAME_RATE, Story, fit, shots_of
from app.project.texts import TextBlock
from app.render.plan import resolve_song
from app.render.presets import get_preset

_MERGE_IDS: dict[str, int] = {}
FOLLOW_KEY_GAP = 0.5  # seconds: a new follow keyframe this close to another replaces it (#17)

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
    shotChanged = Signal()  # another shot of the story is selected (or the selected one is another file)
    textSelected = Signal()  # another text block (or none) is selected: doc.text

    def __init__(self, campaign: Campaign, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.campaign = campaign
        self._campaigns: dict[str, Campaign] = {campaign.id: campaign}  # for undoing a switch
        self.edit = self.fresh_edit()
        self._media: MediaInfo | None = None  # the one clip's (an Edit without shots)
        self.medias: dict[str, MediaInfo] = {}  # a story's files, probed (clips) or read (photos), by path
        self.shot = 0  # the selected shot of a story
        self.text: int | None = None  # the selected text block (an index into edit.texts), or none
        self._shown: tuple[int, str] = (0, "")  # the selected shot and its file, as the views last saw them
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
        self._media = media
        self.medias = {media.path: media}
        if edit is None:
            edit = self.fresh_edit(media.path, preset)
        else:
            edit = copy.deepcopy(edit)
            edit.source = media.path
            edit.validate()
        self._open(edit)

    def load_story(self, edit: Edit, medias: dict[str, MediaInfo]) -> None:
        """Start editing a story whose files are probed (``medias`` by path); history starts empty."""
        edit = copy.deepcopy(edit)
        edit.validate()
        self._media = None
        self.medias = dict(medias)
        self._open(edit)

    def _open(self, edit: Edit) -> None:
        self.edit = edit
        self.shot = 0
        self.text = None
        self._follow_campaign()
        self.undo_stack.clear()
        self._shown = self._selected()
        self.shotChanged.emit()
        self.clipChanged.emit()
        self.changed.emit()

    # The story's shots ---------------------------------------------------------------------------

    @property
    def media(self) -> MediaInfo | None:
        """The selected clip's MediaInfo (a photo's: its size), None when nothing is open."""
        if not self.edit.shots:
            return self._media
        return self.medias.get(self.edit.shots[self.shot].source)

    def is_story(self) -> bool:
        return bool(self.edit.shots)

    def shots(self) -> list[Shot]:
        return shots_of(self.edit)

    def current_shot(self) -> Shot | None:
        return self.edit.shots[self.shot] if self.edit.shots else None

    def first_source(self) -> str:
        """The file a video is named and placed after: the clip, or the story's first shot."""
        return self.edit.source or (self.edit.shots[0].source if self.edit.shots else "")

    def story_starts(self) -> list[float]:
        # Story only reads an Edit that has its shots (no copy: this runs on every playback tick)
        return Story(self.edit).starts() if self.edit.shots else [0.0]

    def shot_offset(self) -> float:
        """Where the selected shot begins in the video (its :meth:`view`'s song is shifted by it)."""
        return self.story_starts()[self.shot] if self.edit.shots else 0.0

    def song_start(self) -> float:
        """Where in the song the video begins (the campaign's suggested start unless moved)."""
        return resolve_song(self.edit, self.campaign)[1]

    def view(self) -> Edit:
        """The Edit as the selected shot sees it: the whole video's settings with the shot's clip,
        trim, framing and volume (the Edit itself when it is one clip). Read only."""
        edit = self.edit
        if not edit.shots:
            return edit
        shot = edit.shots[self.shot]
        view = copy.copy(edit)
        view.shots, view.source, view.framing = [], shot.source, shot.framing
        view.audio = copy.copy(edit.audio)
        if isinstance(shot, ClipShot):
            view.trim = shot.trim
            view.audio.clip_volume = shot.volume
        else:
            view.trim = Trim(0.0, shot.seconds)
            view.audio.clip_volume = 0.0
        # the song under this shot: from where it is when the shot begins in the story
        _, song_start = resolve_song(edit, self.campaign)
        view.audio.song_start = song_start + self.shot_offset()
        return view

    def _selected(self) -> tuple[int, str]:
        shot = self.current_shot()
        return (self.shot, shot.source if shot else self.edit.source)

    def select_shot(self, index: int) -> None:
        """Show and edit shot ``index`` (not an edit: no undo step)."""
        if not self.edit.shots:
            return
        index = max(0, min(index, len(self.edit.shots) - 1))
        if index == self.shot:
            return
        self.shot = index
        self._announce_shot()
        self.changed.emit()

    def _announce_shot(self) -> None:
        if self._selected() != self._shown:
            self._shown = self._selected()
            self.shotChanged.emit()
            self.clipChanged.emit()

    def add_shots(self, shots: list[Shot], medias: dict[str, MediaInfo], label: str,
                  after: int | None = None) -> int:
        """Put ``shots`` after shot ``after`` (the selected one by default) as one undo step, and
        select the first of them. Returns its index. A one-clip Edit becomes a story."""
        if not shots:
            return self.shot
        self.medias.update(medias)
        if self._media is not None:
            self.medias.setdefault(self._media.path, self._media)
        at = (self.shot if after is None else after) + 1 if (self.edit.shots or self.edit.source) else 0

        def apply(e: Edit) -> None:
            story = Story(e)
            for n, shot in enumerate(shots):
                story.insert(at + n, copy.deepcopy(shot))
            for shot in story.shots:  # the clip's length counts where its trim has no end
                if isinstance(shot, ClipShot) and not shot.clip_seconds and shot.source in self.medias:
                    shot.clip_seconds = self.medias[shot.source].duration

        self.change(label, apply)
        self.select_shot(at)
        return at

    def remove_shot(self, index: int, label: str) -> bool:
        """Take shot ``index`` out (never the last one left)."""
        if len(self.edit.shots) <= 1:
            return False
        return self.change(label, lambda e: Story(e).remove(index) and None)

    def move_shot(self, source: int, target: int, label: str) -> bool:
        """Shot ``source`` goes to ``target`` (its index afterwards) and stays selected."""
        if source == target or not self.edit.shots:
            return False
        moved = self.change(label, lambda e: Story(e).move(source, target))
        if moved:
            self.shot = max(0, min(target, len(self.edit.shots) - 1))
            self._announce_shot()
            self.changed.emit()
        return moved

    def duplicate_shot(self, index: int, label: str) -> bool:
        if not self.edit.shots:
            return False
        done = self.change(label, lambda e: Story(e).duplicate(index) and None)
        if done:
            self.select_shot(index + 1)
        return done

    def set_transition(self, kind: str, seconds: float, label: str) -> bool:
        """The joints of the whole video (those without their own choice)."""

        def apply(e: Edit) -> None:
            e.transition = Transition(kind, seconds)

        return self.change(label, apply)

    def set_joint(self, index: int, transition: Transition | None, label: str) -> bool:
        """The joint into shot ``index``: its own choice, or None for the video's."""
        return self.change(label, lambda e: Story(e).set_transition(index, copy.deepcopy(transition)) and None)

    def set_photo_seconds(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(photo: PhotoShot) -> None:
            photo.seconds = round(seconds * FRAME_RATE) / FRAME_RATE

        return self._change_photo(label, apply, merge, token)

    def set_photo_motion(self, on: bool, label: str) -> bool:
        def apply(photo: PhotoShot) -> None:
            photo.motion = on

        return self._change_photo(label, apply)

    def _change_photo(self, label: str, mutate: Callable[[PhotoShot], None], merge: str | None = None,
                      token: Token = None) -> bool:
        """A change to the selected shot when it is a photo (else nothing happens: False)."""
        if not isinstance(self.current_shot(), PhotoShot):
            return False
        index = self.shot

        def apply(e: Edit) -> None:
            photo = e.shots[index]
            assert isinstance(photo, PhotoShot)
            mutate(photo)

        return self.change(label, apply, merge, token)

    def _shot_of(self, e: Edit) -> Edit | ClipShot | PhotoShot:
        """What the shot-level setters change in ``e``: the selected shot, or the one-clip Edit."""
        return e.shots[self.shot] if e.shots else e

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
        self.shot = max(0, min(self.shot, len(edit.shots) - 1))
        if self.text is not None and self.text >= len(edit.texts):
            self.select_text(len(edit.texts) - 1 if edit.texts else None)
        self._follow_campaign()
        self._announce_shot()
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
            self._shot_of(e).framing.layout = layout

        return self.change(label, apply)

    def set_focus(self, focus: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        def apply(e: Edit) -> None:
            self._shot_of(e).framing.focus = focus

        return self.change(label, apply, merge, token)

    def set_follow_key(self, second: float, centre: float, label: str, merge: str | None = None,
                       token: Token = None) -> bool:
        """#17 "Ikuti subjek": the crop's centre (fraction of the clip's width) at source ``second`` of the
        selected shot, as the user dragged it; a keyframe closer than FOLLOW_KEY_GAP replaces the old one."""
        def apply(e: Edit) -> None:
            framing = self._shot_of(e).framing
            kept = [k for k in framing.keys if abs(k[0] - second) >= FOLLOW_KEY_GAP]
            framing.keys = sorted([*kept, (round(max(0.0, second), 3), round(min(1.0, max(0.0, centre)), 4))])

        return self.change(label, apply, merge, token)

    def set_background(self, colour: str, label: str) -> bool:
        def apply(e: Edit) -> None:
            self._shot_of(e).framing.background = colour.upper()

        return self.change(label, apply)

    # #17 hidden faces of the clip shown (the one clip, or the selected clip shot) ---------------------

    def hide_faces(self) -> HideFaces | None:
        """Whose faces the shown clip hides; None when the selected shot is a photo (or nothing is open)."""
        holder = self._shot_of(self.edit)
        return None if isinstance(holder, PhotoShot) or not (self.edit.source or self.edit.shots) else holder.hide

    def set_hide_faces(self, hide: HideFaces, label: str) -> bool:
        """One undo step: the shown clip hides ``hide``'s faces (everyone, chosen people, boxes drawn by hand)."""
        if self.hide_faces() is None:
            return False

        def apply(e: Edit) -> None:
            holder = self._shot_of(e)
            assert not isinstance(holder, PhotoShot)
            holder.hide = copy.deepcopy(hide)

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
            shot = self._shot_of(e)
            if isinstance(shot, ClipShot):
                shot.volume = volume
            elif isinstance(shot, Edit):
                shot.audio.clip_volume = volume

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

    # Words on the video (#16): every lane edit is an app.project.texts.Change ------------------------

    def change_texts(self, change: texts.Change, label: str, merge: str | None = None, token: Token = None,
                     select: int | None = None) -> bool:
        """Make one lane edit (move, stretch, split, merge, edit, add, remove, restyle) as one undo
        step; ``select`` is the block selected afterwards (default: the one the change starts at, or
        the last block when that one was removed)."""

        def apply(e: Edit) -> None:
            e.texts = texts.apply(e.texts, change)

        done = self.change(label, apply, merge, token)
        if done:
            after = change.index if select is None else select  # a removed last block: the one before
            self.select_text(min(after, len(self.edit.texts) - 1) if self.edit.texts else None)
        return done

    def set_texts(self, blocks: list[TextBlock], label: str) -> bool:
        """Replace every block at once (captions heard or imported from an .srt) as one undo step."""

        def apply(e: Edit) -> None:
            e.texts = list(blocks)

        done = self.change(label, apply)
        if done:
            self.select_text(None)
        return done

    def set_soft_captions(self, on: bool, label: str) -> bool:
        """Captions as a subtitle track in the MP4 (True) or drawn on the picture."""

        def apply(e: Edit) -> None:
            e.soft_captions = on

        return self.change(label, apply)

    def select_text(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self.edit.texts):
            index = None
        if index != self.text:
            self.text = index
            self.textSelected.emit()

    # The trim: clamped to the clip, on frames, never shorter than the export allows ---------------

    def fps(self) -> float:
        return (self.media.fps if self.media else 0) or 30.0

    def duration(self) -> float:
        """How long the selected clip is (a photo: how long it shows)."""
        shot = self.current_shot()
        if isinstance(shot, PhotoShot):
            return shot.seconds
        return self.media.duration if self.media else 0.0

    def move_start(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        """The first frame kept: the one at ``seconds``, at least the minimum length before the end."""
        if self.media is None or isinstance(self.current_shot(), PhotoShot):
            return False
        _, end = self.trim_range()
        value = trim.clamp_start(seconds, end, self.duration(), self.fps(), self._shortest())

        def apply(e: Edit) -> None:
            shot = self._shot_of(e)
            assert not isinstance(shot, PhotoShot)
            shot.trim.start = value

        return self.change(label, apply, merge, token)

    def move_end(self, seconds: float, label: str, merge: str | None = None, token: Token = None) -> bool:
        """Just after the last frame kept, at least the minimum length after the start."""
        if self.media is None or isinstance(self.current_shot(), PhotoShot):
            return False
        start, _ = self.trim_range()
        value = trim.clamp_end(seconds, start, self.duration(), self.fps(), self._shortest())

        def apply(e: Edit) -> None:
            shot = self._shot_of(e)
            assert not isinstance(shot, PhotoShot)
            shot.trim.end = value

        return self.change(label, apply, merge, token)

    def _shortest(self) -> float:
        return MIN_SHOT_SECONDS if self.edit.shots else MIN_SECONDS

    def fit_to_limit(self, label: str) -> bool:
        """Keep only as much from the start as the platform and the campaign allow (a story: the
        last shots are shortened, never dropped; UserError when even that cannot fit)."""
        if self.edit.shots:
            limit = self.limit_seconds()
            if self.result_seconds() <= limit + trim.EPS:
                return False
            return self.change(label, lambda e: fit(e, limit) and None)
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
        """The part of the (selected) clip that will be exported, in seconds."""
        t = self.view().trim
        return trim.trim_range(t.start, t.end, self.duration())

    def result_seconds(self) -> float:
        """How long the video will be (a story: all its shots and joints)."""
        if self.edit.shots:
            return Story(self.edit).total_seconds()
        start, end = self.trim_range()
        return max(0.0, end - start)

    def shot_limit(self) -> float:
        """How long the selected shot may be while the whole video stays within the limit."""
        limit = self.limit_seconds()
        if not self.edit.shots:
            return limit
        start, end = self.trim_range()
        return max(0.0, limit - (self.result_seconds() - (end - start)))

    def limit_seconds(self) -> float:
        return length_limit(self.campaign, get_preset(self.edit.preset))
