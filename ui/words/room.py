"""The window's words room: the captions lane in the transport, lined up with the lanes above it,
its playhead following the preview, and the preview's block drags turned into undo steps.

The lane goes under the trim timeline for one clip (lined up with the clip's own seconds, the kept
part being the video) and straight under the story strip for a story (the strip is on the video's
timeline; the trim timeline below it is the selected shot's). See ui/words/rulers.py.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QVBoxLayout

from app.project import texts, trim
from app.project.choices import TextPlace
from ui.preview.canvas import PreviewCanvas
from ui.preview.playback import Playback
from ui.session.document import Document
from ui.words.lane import WordsLane
from ui.words.rulers import ClipRuler, StoryRuler


class WordsRoom(QObject):
    problem = Signal(object)

    def __init__(self, doc: Document, canvas: PreviewCanvas, playback: Playback, timeline, story,  # noqa: ANN001
                 column: QVBoxLayout, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.canvas, self.playback, self.timeline, self.story = doc, canvas, playback, timeline, story
        self.column = column
        self.lane = WordsLane(doc)
        self.lane.problem.connect(self.problem)
        self.lane.seekRequested.connect(self._seek)
        canvas.textDragged.connect(self._text_dragged)
        for widget in (timeline.view, story.strip):  # they zoom, scroll and resize: the lane follows
            widget.installEventFilter(self)
        doc.changed.connect(self._arrange)
        doc.clipChanged.connect(self._arrange)
        self._story: bool | None = None
        self._arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Resize, QEvent.Type.Move):
            self._follow_playhead()
            self.lane.update()
        return False

    def _follow_playhead(self) -> None:
        """The lane's playhead where the lane above has its own (they repaint when it moves)."""
        if self.doc.media is None:
            return
        if self.doc.is_story():
            self.lane.set_position(self.story.strip.position)
        else:
            self.lane.set_position(max(0.0, self.timeline.view.position - self.doc.trim_range()[0]))

    def _arrange(self) -> None:
        """Shown while a clip is open; under the strip (a story) or the trim timeline (one clip)."""
        doc = self.doc
        self.lane.setVisible(doc.media is not None)
        story = doc.is_story()
        if story == self._story:
            return
        self._story = story
        self.column.removeWidget(self.lane)
        above = self.story.strip if story else self.timeline
        self.column.insertWidget(self.column.indexOf(above) + 1, self.lane)
        self.lane.set_ruler(StoryRuler(self.lane, self.story.strip) if story
                            else ClipRuler(self.lane, doc, self.timeline.view))

    def _seek(self, seconds: float) -> None:
        if self.doc.is_story():
            self.story.go(seconds)
            return
        self.playback.pause()
        self.playback.seek(trim.frame_ms(self.doc.trim_range()[0] + seconds))

    def _text_dragged(self, index: int, place: str, y: float, token: int) -> None:
        blocks = self.doc.edit.texts
        if not 0 <= index < len(blocks):
            return
        values: dict[str, object] = {"place": TextPlace(place), "y": None} if place else {"y": y}
        self.doc.change_texts(texts.restyle(blocks, index, **values), self.tr("Place the words"),
                              merge="text.place", token=("canvas", token), select=index)
