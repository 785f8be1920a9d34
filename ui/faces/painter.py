"""The hidden faces on the preview (#17): each box the export will blur at the frame shown, mapped through
the framing and drawn pixelated there, and the box the user drags when "Draw a box" is on.

The canvas (ui/preview/canvas.py) calls :meth:`FacePainter.paint` after the picture; the drawing gesture is
an event filter on the canvas, so the canvas' own drags (hashtag, fill focus) are untouched."""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen

from app.analysis.tracks import Box
from app.project.choices import Layout
from app.project.hide import MIN_SIDE, HideFaces, ManualBox
from app.render.layout import cover, fit
from app.render.presets import WIDTH
from ui.faces.state import FaceState
from ui.preview.canvas import PreviewCanvas
from ui.preview.playback import Playback

CELLS = 6  # blocks across a hidden face on the preview
MANUAL_SECONDS = 0.5  # a drawn box hides its face this long before and after the frame it was drawn on


class FacePainter(QObject):
    def __init__(self, canvas: PreviewCanvas, state: FaceState, playback: Playback, label: str) -> None:
        super().__init__(canvas)
        self.canvas, self.state, self.playback = canvas, state, playback
        self.label = label  # the undo step's name for a drawn box, in the window's language
        self.drawing = False
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        canvas.overlay_painters.append(self.paint)
        canvas.installEventFilter(self)
        state.changed.connect(canvas.update)

    def set_drawing(self, on: bool) -> None:
        self.drawing = on
        self._start = self._end = None
        self.canvas.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)
        self.canvas.update()

    # Geometry: fractions of the upright source ↔ the 1080×1920 frame -------------------------------------

    def _placement(self) -> tuple[float, float, float, float] | None:
        """Where the source picture lies on the 1080×1920 frame: x, y, width, height (None: not known)."""
        image = self.canvas.current_image()
        if image is None or self.canvas.framed:
            return None
        w, h = self.canvas._source_dims(image)
        framing = self.canvas.edit.framing
        centre = self.canvas.follow_centre()  # follow: the crop the canvas draws (the export's); None: Blur here
        if framing.layout == Layout.FILL or centre is not None:
            box = cover(w, h, focus=framing.focus)
            x = box.x if centre is None else min(max(centre * box.w - WIDTH / 2, 0.0), box.w - WIDTH)
            return -x, -box.y, box.w, box.h
        fg = fit(w, h)
        return fg.x, fg.y, fg.w, fg.h

    def seconds(self) -> float:
        return self.playback.position() / 1000

    # Painting ---------------------------------------------------------------------------------------------

    def paint(self, p: QPainter, r: QRectF, s: float) -> None:
        place = self._placement()
        image = self.canvas.current_image()
        if place is None or image is None:
            return
        px, py, pw, ph = place
        for box in self.state.boxes_at(self.seconds()):
            target = QRectF(r.x() + (px + box.x * pw) * s, r.y() + (py + box.y * ph) * s, box.w * pw * s,
                            box.h * ph * s)
            crop = image.copy(round(box.x * image.width()), round(box.y * image.height()),
                              max(1, round(box.w * image.width())), max(1, round(box.h * image.height())))
            cells_w = CELLS
            cells_h = max(1, round(CELLS * box.h * ph / max(1e-6, box.w * pw)))
            small = crop.scaled(cells_w, cells_h, Qt.AspectRatioMode.IgnoreAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)
            p.save()
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            p.drawImage(target, small)
            p.setPen(QPen(QColor(255, 213, 79, 200), 1.2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(target)
            p.restore()
        if self.drawing and self._start is not None and self._end is not None:
            p.setPen(QPen(QColor("#FFD54F"), 2))
            p.setBrush(QColor(255, 213, 79, 60))
            p.drawRect(QRectF(self._start, self._end).normalized())

    # Drawing a box ------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.drawing or watched is not self.canvas:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.LeftButton and self.canvas.frame_rect().contains(event.position()):
                self._start = self._end = event.position()
                return True
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._start is not None:
            self._end = event.position()
            self.canvas.update()
            return True
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and self._start is not None:
            self._end = event.position()
            box = self._source_box(QRectF(self._start, self._end).normalized())
            self._start = self._end = None
            self.canvas.update()
            if box is not None:
                self.add_box(box)
            return True
        return False

    def _source_box(self, rect: QRectF) -> Box | None:
        """The dragged widget rectangle as fractions of the upright source (clipped to it), or None."""
        place = self._placement()
        if place is None:
            return None
        px, py, pw, ph = place
        a, b = self.canvas.to_frame(rect.topLeft()), self.canvas.to_frame(rect.bottomRight())
        box = Box((a.x() - px) / pw, (a.y() - py) / ph, (b.x() - a.x()) / pw, (b.y() - a.y()) / ph).clipped()
        if box is None or box.w < MIN_SIDE * 2 or box.h < MIN_SIDE * 2:
            return None
        return box

    def add_box(self, box: Box) -> None:
        """One undo step: the box hides what is under it for a second around the frame shown."""
        hide = copy.deepcopy(self.state.doc.hide_faces() or HideFaces())
        t = self.seconds()
        hide.boxes.append(ManualBox(round(max(0.0, t - MANUAL_SECONDS), 3), round(t + MANUAL_SECONDS, 3),
                                    round(box.x, 4), round(box.y, 4), round(min(box.w, 1 - box.x), 4),
                                    round(min(box.h, 1 - box.y), 4)))
        self.state.doc.set_hide_faces(hide, self.label)
