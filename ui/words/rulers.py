"""Where a second of the finished video sits across the captions lane (ui/words/lane.py).

The lane lines up with the lanes above it, so a caption sits under the picture it is shown on:

* one clip: the trim timeline (:class:`ui.timeline.view.TimelineView`), which shows the whole
  source clip: video second ``t`` is clip second ``trim start + t``; the lane follows its zoom and
  scrolling, and the clip's cut-away parts are outside the video;
* a story: the story strip (:class:`ui.story.strip.StoryStrip`), which is already on the video's
  timeline (its own zoom and scrolling).

Standing alone (tests, no window) the lane fits the whole video into its width (:class:`FitRuler`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from ui.session.document import Document

GUTTER = 58  # a lane standing alone: room for its name
RIGHT = 10


class Ruler(Protocol):
    def x_of(self, seconds: float) -> float: ...

    def time_at(self, x: float) -> float: ...

    def span(self) -> tuple[float, float]:
        """The lane's left and right edge (x), where the lanes above have theirs."""
        ...


def _dx(lane: QWidget, other: QWidget) -> float:
    """How far right of the lane's left edge ``other``'s left edge is."""
    return float(lane.mapFromGlobal(other.mapToGlobal(QPoint(0, 0))).x())


class FitRuler:
    def __init__(self, lane: QWidget, doc: Document) -> None:
        self.lane, self.doc = lane, doc

    def span(self) -> tuple[float, float]:
        return float(GUTTER), float(max(GUTTER + 10, self.lane.width() - RIGHT))

    def _scale(self) -> float:
        left, right = self.span()
        return (right - left) / max(self.doc.result_seconds(), 0.04)

    def x_of(self, seconds: float) -> float:
        return self.span()[0] + seconds * self._scale()

    def time_at(self, x: float) -> float:
        return (x - self.span()[0]) / self._scale()


class ClipRuler:
    """Under the trim timeline: the kept part of the clip is the video."""

    def __init__(self, lane: QWidget, doc: Document, view) -> None:  # noqa: ANN001 - a TimelineView
        self.lane, self.doc, self.view = lane, doc, view

    def _start(self) -> float:
        return self.doc.trim_range()[0]

    def span(self) -> tuple[float, float]:
        dx = _dx(self.lane, self.view)
        return dx + self.view.lane_left(), dx + self.view.lane_left() + self.view.lane_width()

    def x_of(self, seconds: float) -> float:
        return _dx(self.lane, self.view) + self.view.x_of(self._start() + seconds)

    def time_at(self, x: float) -> float:
        return self.view.time_at(x - _dx(self.lane, self.view)) - self._start()


class StoryRuler:
    """Under the story strip: its seconds are the video's."""

    def __init__(self, lane: QWidget, strip) -> None:  # noqa: ANN001 - a StoryStrip
        self.lane, self.strip = lane, strip

    def span(self) -> tuple[float, float]:
        dx = _dx(self.lane, self.strip)
        return dx + self.strip.lane_left(), dx + self.strip.lane_left() + self.strip.lane_width()

    def x_of(self, seconds: float) -> float:
        return _dx(self.lane, self.strip) + self.strip.x_of(seconds)

    def time_at(self, x: float) -> float:
        return self.strip.time_at(x - _dx(self.lane, self.strip))
