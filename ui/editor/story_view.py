"""The window's story room: the story strip, the story's preview playing, and which of the two
pictures the preview canvas shows.

The canvas shows one of two sources:

* **the story** (``mode == "story"``): the preview rendering of the whole video
  (:class:`ui.preview.story_preview.StoryPreview`), already framed, with transitions and the song.
  Playing (Space, the Play button) and clicking or dragging on the strip's ruler show the story.
* **the selected shot** (``mode == "shot"``): its clip from the one-clip Playback (or its photo),
  framed live by the canvas, so a trim handle, a framing drag or a typed time shows its frame at
  once. Clicking a shot's tile, the trim timeline and the framing controls show the shot.

A one-clip video is always in shot mode, exactly as before stories.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

from app.media.waveform import PEAK_RATE
from app.project.story import shots_of
from ui.i18n.wording import limit_text
from ui.preview.canvas import PreviewCanvas
from ui.preview.playback import Playback
from ui.preview.story_preview import StoryPreview
from ui.session.document import Document
from ui.story.items import StripSong, strip_data
from ui.story.strip import StoryStrip
from ui.timeline.widget import Timeline

STORY, SHOT = "story", "shot"


class StoryView(QObject):
    modeChanged = Signal(str)
    positionChanged = Signal(float)  # seconds into the video (story mode)
    playingChanged = Signal(bool)
    jointRequested = Signal(int)  # the user clicked the joint into shot i (the window shows its choice)
    problem = Signal(object)

    def __init__(self, doc: Document, canvas: PreviewCanvas, playback: Playback, timeline: Timeline,
                 add_files: Callable[[list[str], int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.canvas, self.playback, self.timeline = doc, canvas, playback, timeline
        self.mode = SHOT
        self.still: QImage | None = None  # the selected photo, as the shot mode shows it
        self.strip = StoryStrip()
        self.preview = StoryPreview(doc, parent=self)
        playback.sink.videoFrameChanged.connect(lambda frame: self._frame(SHOT, frame))
        self.preview.sink.videoFrameChanged.connect(lambda frame: self._frame(STORY, frame))
        self.preview.progress.connect(self._progress)
        self.preview.readyChanged.connect(self._ready)
        self.preview.positionChanged.connect(self._story_position)
        self.preview.playingChanged.connect(self.playingChanged)
        self.preview.failed.connect(self.problem)
        playback.positionChanged.connect(self._shot_position)

        strip = self.strip
        strip.shotSelected.connect(self._select)
        strip.shotMoved.connect(lambda a, b: doc.move_shot(a, b, self.tr("Move shot")))
        strip.deleteRequested.connect(lambda i: doc.remove_shot(i, self.tr("Delete shot")))
        strip.duplicateRequested.connect(lambda i: doc.duplicate_shot(i, self.tr("Duplicate shot")))
        strip.jointClicked.connect(self._joint)
        strip.seekRequested.connect(self._seek)
        strip.filesDropped.connect(lambda paths, index: add_files(paths, index))
        timeline.view.seekRequested.connect(lambda *_: self.show_shot())
        timeline.view.handleDragged.connect(lambda *_: self.show_shot())
        timeline.songWaveChanged.connect(self.refresh)
        canvas.focusDragged.connect(lambda *_: self.show_shot())
        doc.changed.connect(self.refresh)
        self.refresh()

    # Which picture ---------------------------------------------------------------------------

    def is_story(self) -> bool:
        return self.doc.is_story()

    def show_story(self) -> None:
        if self.mode == STORY or not self.is_story():
            return
        self.playback.pause()
        self._set_mode(STORY)
        self.canvas.set_framed(True)
        self.canvas.set_preparing(None if self.preview.ready else 0.0)
        self.preview.seek(self.preview.position())  # the frame there comes again

    def show_shot(self) -> None:
        if self.mode == SHOT:
            return
        self.preview.pause()
        self._set_mode(SHOT)
        self.canvas.set_framed(False)
        self.canvas.set_preparing(None)
        if self.still is not None:
            self.canvas.show_image(self.still)
        else:
            self.playback.seek(self.playback.position())  # the shot's frame comes again

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self.modeChanged.emit(mode)
        self.refresh_position()

    def _frame(self, source: str, frame: QVideoFrame) -> None:
        if source == self.mode:
            self.canvas.on_video_frame(frame)

    def set_still(self, image: QImage | None) -> None:
        """The selected shot is a photo (its picture), or a clip (None)."""
        self.still = image
        if image is not None and self.mode == SHOT:
            self.canvas.show_image(image)

    def _progress(self, fraction: float) -> None:
        if self.mode == STORY:
            self.canvas.set_preparing(fraction)

    def _ready(self, ready: bool) -> None:
        if self.mode == STORY:
            self.canvas.set_preparing(None if ready else 0.0)

    # Transport ---------------------------------------------------------------------------------

    def toggle(self) -> None:
        self.show_story()
        self.preview.toggle()

    def go(self, seconds: float) -> None:
        self.show_story()
        self.preview.pause()
        self.preview.seek(seconds)

    def total(self) -> float:
        return self.doc.result_seconds()

    def _seek(self, seconds: float, _dragging: bool) -> None:
        self.show_story()
        self.preview.pause()
        self.preview.seek(seconds)
        self.strip.set_position(seconds)

    def _select(self, index: int) -> None:
        self.doc.select_shot(index)
        self.show_shot()

    def _joint(self, index: int) -> None:
        self.doc.select_shot(index)
        self.jointRequested.emit(index)

    def _story_position(self, ms: int) -> None:
        if self.mode == STORY:
            self.strip.set_position(ms / 1000)
            self.positionChanged.emit(ms / 1000)

    def _shot_position(self, ms: int) -> None:
        if self.mode == SHOT and self.is_story():
            start = self.doc.view().trim.start
            self.strip.set_position(self.doc.shot_offset() + max(0.0, ms / 1000 - start))

    def refresh_position(self) -> None:
        if self.mode == STORY:
            self._story_position(round(self.preview.position() * 1000))
        else:
            self._shot_position(self.playback.position())

    # Following the Edit ------------------------------------------------------------------------------

    def refresh(self) -> None:
        doc = self.doc
        story = self.is_story()
        self.strip.setVisible(story)
        self.timeline.view.set_music_lane(not story)  # the strip shows the song under all the shots
        if not story:
            if self.mode == STORY:
                self.show_shot()
            return
        items, joints, total = strip_data(shots_of(doc.edit), doc.edit.transition)
        limit = doc.limit_seconds()
        wave = self.timeline.song_wave()
        song, song_start = self.timeline.song_path(), doc.song_start()
        strip_song = StripSong(on=song is not None, peaks=wave.peaks if wave is not None else None,
                               start=song_start, seconds=len(wave.peaks) / PEAK_RATE if wave is not None else 0.0,
                               name=song.stem if song is not None else "")
        self.strip.set_story(items, joints, total, limit, self.tr("%s limit") % limit_text(limit), strip_song)
        self.strip.set_selected(doc.shot)
