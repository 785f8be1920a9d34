"""The 9:16 preview: the current video frame framed exactly as the export frames it.

Geometry comes from :mod:`app.render.layout` (the same functions ``app.render.plan.video_graph`` uses),
computed on the 1080×1920 frame and scaled to the widget. The watermark is the very Pillow
image the export overlays, placed at ``watermark_origin``. The canvas never changes the Edit:
drags are reported through signals and the window turns them into undoable changes.

A story plays from its preview rendering (ui/preview/story_preview.py), whose frames are already
framed 9:16: in that mode (:meth:`PreviewCanvas.set_framed`) they are shown as they are, scaled to
the frame, with the live watermark and the guides on top; :meth:`PreviewCanvas.set_preparing`
shows that a rendering is being made.

The words on the video (#16) are drawn live too (ui/words/overlay.py): the blocks showing at the
video second of the frame shown (:meth:`PreviewCanvas.video_second`), at_second's very pictures;
the selected block can be dragged up and down inside the safe box (``textDragged``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.analysis.path import FollowPath
from app.campaigns.model import Campaign
from app.project.edit import Edit
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP, cover, fit, watermark_origin
from app.render.placement import PLATFORM_ZONES, FrameView, dragged_focus, dragged_text, dragged_watermark
from app.render.plan import BLUR_H, BLUR_W, watermark_image
from app.render.presets import HEIGHT, WIDTH
from ui.preview.frame_image import frame_image
from ui.session.document import Document
from ui.words.overlay import Placed, WordsOverlay, soft_showing


def pil_to_qimage(image: Image.Image) -> QImage:
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    return QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888).copy()


def box_blur(image: QImage, radius: int, passes: int) -> QImage:
    """A box blur of an RGB32 image (numpy: a few hundred microseconds at 68×120)."""
    w, h = image.width(), image.height()
    stride = image.bytesPerLine() // 4
    # RGB32 is 0xffRRGGBB per pixel: B, G, R, A in memory on the little-endian machines we run on
    rgb = np.frombuffer(image.constBits(), np.uint8, count=h * stride * 4).reshape(h, stride, 4)[:, :w, 2::-1]
    data = rgb.astype(np.float32)
    size = 2 * radius + 1
    for _ in range(passes):
        for axis in (0, 1):
            pad = [(0, 0)] * 3
            pad[axis] = (radius + 1, radius)
            summed = np.cumsum(np.pad(data, pad, mode="edge"), axis=axis)
            data = (np.take(summed, range(size, summed.shape[axis]), axis=axis)
                    - np.take(summed, range(0, summed.shape[axis] - size), axis=axis)) / size
    out = np.ascontiguousarray(np.clip(data + 0.5, 0, 255).astype(np.uint8))
    return QImage(out.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


@dataclass(frozen=True)
class WatermarkPlacement:
    image: QImage
    x: int  # top-left on the 1080×1920 frame
    y: int

    @property
    def rect(self) -> QRect:
        return QRect(self.x, self.y, self.image.width(), self.image.height())


class PreviewCanvas(QWidget):
    frameShown = Signal()  # a new video frame has arrived (tests wait for it)
    watermarkDragged = Signal(float, float, int)  # centre x, y fractions; gesture token
    focusDragged = Signal(float, int)  # fill focus 0..1; gesture token
    followDragged = Signal(float, float, int)  # #17 follow: source second, crop centre 0..1; gesture token
    gestureStarted = Signal()
    textDragged = Signal(int, str, float, int)  # block index, place ("" when y is set), y (-1: none), token

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc  # the Edit shown and its campaign: it follows the Document's changes
        self.edit = doc.view()
        doc.changed.connect(self._follow_document)
        self.source_size = QSize()  # the clip's display size (probe), used for the geometry
        self.show_guides = True
        self.framed = False  # frames come already framed 9:16 (a story's preview rendering)
        self.preparing: float | None = None  # a preview rendering is being made: how far (0..1)
        self._frame: QVideoFrame | None = None
        self._image: QImage | None = None
        self._blur: QImage | None = None
        self._wm_key: tuple | None = None
        self._wm_image: QImage | None = None
        self.words = WordsOverlay(self.update)  # pictures drawn ahead arrive: paint again
        self._frame_seconds: float | None = None  # the shown frame's time in its file (None: a still)
        self._drag_text = (-1, 0, 0)  # the dragged block: index, its picture's top and height
        doc.textSelected.connect(self.update)
        self._drag: str | None = None
        self._drag_token = 0
        self._drag_origin = QPointF()
        self._drag_start_value: tuple[float, float] = (0.0, 0.0)
        self._tokens = 0
        self.frames_received = 0
        self.follow_path: FollowPath | None = None  # #17 the follow framing's crop path (None: not analysed)
        self.source_time = 0.0  # the source second shown (the follow path's time)
        # more drawing over the picture, below the hashtag (#17 hidden faces: ui/faces/painter.py)
        self.overlay_painters: list[Callable[[QPainter, QRectF, float], None]] = []
        self.setMinimumSize(79, 140)  # 9:16, small enough that a 980×620 window still fits the timeline and words
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Preview of the vertical video"))

    @property
    def campaign(self) -> Campaign:
        return self.doc.campaign

    # Inputs ---------------------------------------------------------------------------------

    def _follow_document(self) -> None:
        self.set_edit(self.doc.view())

    def set_edit(self, edit: Edit) -> None:
        self.edit = edit
        self.update()

    def set_source_size(self, width: int, height: int) -> None:
        self.source_size = QSize(width, height)
        self._blur = None
        self.update()

    def set_follow_path(self, path: FollowPath | None) -> None:
        self.follow_path = path
        self.update()

    def set_source_time(self, seconds: float) -> None:
        if abs(seconds - self.source_time) > 1e-4:
            self.source_time = seconds
            if self.edit.framing.layout == "follow":
                self.update()

    def follow_centre(self) -> float | None:
        """Where the follow crop's centre is now (fraction of the clip's width); None: Blur here."""
        if self.edit.framing.layout != "follow" or self.follow_path is None:
            return None
        return self.follow_path.centre_at(self.source_time)

    def set_show_guides(self, show: bool) -> None:
        self.show_guides = show
        self.update()

    def set_framed(self, framed: bool) -> None:
        """Show frames as they are (already framed 9:16), or frame the source like the export (default)."""
        if framed != self.framed:
            self.framed = framed
            self.clear()

    def set_preparing(self, fraction: float | None) -> None:
        """A preview rendering is being made (``fraction`` done so far), or None: it is ready."""
        self.preparing = fraction
        self.update()

    def clear(self) -> None:
        self._frame, self._image, self._blur = None, None, None
        self._frame_seconds = None
        self.frames_received = 0
        self.update()

    def show_image(self, image: QImage) -> None:
        """A still picture as the source (a story's photo), framed like a video frame."""
        self._frame, self._image, self._blur = None, image, None
        self._frame_seconds = None
        self.frames_received += 1
        self.update()
        self.frameShown.emit()

    def on_video_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        self._frame = frame  # converted lazily in paintEvent: only frames that are shown cost work
        self._frame_seconds = frame.startTime() / 1e6 if frame.startTime() >= 0 else None
        self._image, self._blur = None, None
        self.frames_received += 1
        self.update()
        self.frameShown.emit()

    # Geometry -------------------------------------------------------------------------------

    def frame_view(self) -> FrameView:
        """Where the 1080×1920 frame sits inside the widget (9:16, centred, with a margin)."""
        return FrameView.centred(self.width(), self.height())

    def frame_rect(self) -> QRectF:
        view = self.frame_view()
        return QRectF(view.x, view.y, view.w, view.h)

    def scale(self) -> float:
        return self.frame_view().scale

    def to_widget(self, x: float, y: float) -> QPointF:
        return QPointF(*self.frame_view().to_preview(x, y))

    def to_frame(self, point: QPointF) -> QPointF:
        return QPointF(*self.frame_view().to_frame(point.x(), point.y()))

    def watermark_placement(self) -> WatermarkPlacement | None:
        wm = self.edit.watermark
        if not wm.enabled:
            return None
        key = (wm.text, wm.scale, wm.opacity, self.campaign.id)
        if key != self._wm_key:
            self._wm_image = pil_to_qimage(watermark_image(self.edit, self.campaign))
            self._wm_key = key
        assert self._wm_image is not None
        x, y = watermark_origin(wm.position, wm.x, wm.y, self._wm_image.width(), self._wm_image.height())
        return WatermarkPlacement(self._wm_image, x, y)

    def watermark_widget_rect(self) -> QRectF | None:
        placement = self.watermark_placement()
        if placement is None:
            return None
        return QRectF(*self.frame_view().rect_on_preview(placement.x, placement.y, placement.image.width(),
                                                          placement.image.height()))

    # The words on the video -------------------------------------------------------------------

    def video_second(self) -> float:
        """The second of the finished video the shown frame is: a story's rendering is the video's
        own time; a clip's frame is its time in the clip less the trim's start (a story's shot: plus
        where the shot begins in the video). A still (a photo) shows its shot's first second."""
        t = self._frame_seconds
        if self.framed:
            return t or 0.0
        base = self.doc.shot_offset() if self.doc.is_story() else 0.0
        return base if t is None else base + t - self.edit.trim.start

    def words_placed(self) -> list[Placed]:
        """The blocks drawn at the shown frame's second, with their pictures and places."""
        edit = self.doc.edit
        if not edit.texts:
            return []
        placement = self.watermark_placement()
        avoid = None if placement is None else (placement.x, placement.y, placement.image.width(),
                                                placement.image.height())
        return self.words.placed(edit.texts, self.campaign, self.video_second(), edit.soft_captions, avoid)

    def _paint_words(self, p: QPainter, r: QRectF, s: float) -> None:
        for placed in self.words_placed():
            target = QRectF(r.x() + placed.x * s, r.y() + placed.y * s, placed.image.width() * s,
                            placed.image.height() * s)
            p.drawImage(target, placed.image)
            if placed.index == self.doc.text:
                p.setPen(QPen(QColor("#FFD54F"), 2, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(target.adjusted(-3, -3, 3, 3), 6, 6)
        edit = self.doc.edit
        lines = soft_showing(edit.texts, edit.soft_captions, self.video_second()) if edit.texts else []
        if lines:  # as a phone's player shows a subtitle track: white on a dark band near the bottom
            font = QFont(self.font())
            font.setPixelSize(max(9, round(44 * s)))
            p.setFont(font)
            box = QRectF(r.x() + r.width() * 0.08, r.bottom() - r.height() * 0.2, r.width() * 0.84, r.height() * 0.12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
            text = "\n".join(lines)
            band = p.boundingRect(box, flags, text).adjusted(-6, -3, 6, 3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 170))
            p.drawRoundedRect(band, 4, 4)
            p.setPen(QColor("white"))
            p.drawText(box, flags, text)

    def _word_hit(self, pos: QPointF) -> Placed | None:
        """The block under ``pos`` (the selected one first)."""
        view = self.frame_view()
        found = [w for w in self.words_placed()
                 if QRectF(*view.rect_on_preview(*w.rect)).adjusted(-4, -4, 4, 4).contains(pos)]
        found.sort(key=lambda w: w.index != self.doc.text)
        return found[0] if found else None

    # Painting -------------------------------------------------------------------------------

    def current_image(self) -> QImage | None:
        if self._image is None and self._frame is not None:
            self._image = frame_image(self._frame)  # 10-bit frames too (ui/frame_image.py)
        return self._image

    def _source_dims(self, image: QImage) -> tuple[int, int]:
        if self.source_size.isValid() and not self.source_size.isEmpty():
            return self.source_size.width(), self.source_size.height()
        return image.width(), image.height()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.frame_rect()
        s = self.scale()
        # a soft drop shadow and rounded phone-like corners around the frame
        path = QPainterPath()
        path.addRoundedRect(r, 10, 10)
        p.fillPath(path.translated(0, 3), QColor(0, 0, 0, 40))
        p.save()
        p.setClipPath(path)
        p.fillRect(r, QColor("#000000"))
        image = self.current_image()
        if image is not None and self.framed:
            p.drawImage(r, image)
        elif image is not None:
            self._paint_video(p, image, r, s)
        else:
            p.fillRect(r, QColor("#2B1B24"))
        for paint in self.overlay_painters:
            paint(p, r, s)
        placement = self.watermark_placement()
        if placement is not None:
            target = QRectF(r.x() + placement.x * s, r.y() + placement.y * s,
                            placement.image.width() * s, placement.image.height() * s)
            p.drawImage(target, placement.image)
            if self._drag == "watermark" or self.underMouse() and self._hover_watermark():
                p.setPen(QPen(QColor("#FFD54F"), 2, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(target.adjusted(-3, -3, 3, 3), 6, 6)
        self._paint_words(p, r, s)
        if self.show_guides:
            self._paint_guides(p, r, s)
        if self.preparing is not None:
            self._paint_preparing(p, r, self.preparing)
        p.restore()
        p.end()

    def _paint_video(self, p: QPainter, image: QImage, r: QRectF, s: float) -> None:
        src_w, src_h = self._source_dims(image)
        layout = self.edit.framing.layout
        centre = self.follow_centre()
        if layout == "fill" or centre is not None:
            box = cover(src_w, src_h, focus=self.edit.framing.focus)
            x = box.x if centre is None else min(max(centre * box.w - WIDTH / 2, 0), box.w - WIDTH)
            p.drawImage(QRectF(r.x() - x * s, r.y() - box.y * s, box.w * s, box.h * s), image)
            return
        fg = fit(src_w, src_h)
        if layout == "fit":
            p.fillRect(r, QColor(self.edit.framing.background))
        else:
            p.drawImage(r, self._blurred(image, src_w, src_h))
        p.drawImage(QRectF(r.x() + fg.x * s, r.y() + fg.y * s, fg.w * s, fg.h * s), image)

    def _blurred(self, image: QImage, src_w: int, src_h: int) -> QImage:
        """Like the export: cover a small 270×480 frame, box-blur it, scale it up.

        Computed at a quarter of 270×480 (radius 8 becomes 2, two passes like ``boxblur=8:2``),
        once per shown frame; drawing it scaled up smooths it further.
        """
        if self._blur is None:
            k = 4
            bw, bh = BLUR_W // k, BLUR_H // k
            bg = cover(src_w, src_h, bw, bh)
            small = image.convertToFormat(QImage.Format.Format_RGB32).scaled(
                bg.w, bg.h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
            ).copy(bg.x, bg.y, bw, bh)
            self._blur = box_blur(small, radius=8 // k, passes=2)
        return self._blur

    def _paint_preparing(self, p: QPainter, r: QRectF, fraction: float) -> None:
        """The frame shown (if any) is not the current story yet: veil it, say so, show how far."""
        p.fillRect(r, QColor(20, 0, 10, 150))
        font = QFont(self.font())
        font.setPixelSize(max(11, round(r.width() / 18)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(255, 255, 255, 235))
        text_box = QRectF(r.x() + 8, r.center().y() - r.height() / 8, r.width() - 16, r.height() / 8)
        p.drawText(text_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                   self.tr("Preparing the preview…"))
        bar = QRectF(r.x() + r.width() * 0.2, r.center().y() + 10, r.width() * 0.6, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 70))
        p.drawRoundedRect(bar, 3, 3)
        p.setBrush(QColor(255, 201, 60, 235))
        p.drawRoundedRect(QRectF(bar.x(), bar.y(), bar.width() * max(0.0, min(1.0, fraction)), bar.height()), 3, 3)

    def _paint_guides(self, p: QPainter, r: QRectF, s: float) -> None:
        shade = QColor(20, 0, 10, 70)
        for rects in PLATFORM_ZONES.values():
            for x, y, w, h in rects:
                p.fillRect(QRectF(r.x() + x * s, r.y() + y * s, w * s, h * s), shade)
        safe = QRectF(r.x() + SAFE_LEFT * s, r.y() + SAFE_TOP * s,
                      (SAFE_RIGHT - SAFE_LEFT) * s, (SAFE_BOTTOM - SAFE_TOP) * s)
        p.setPen(QPen(QColor(255, 213, 79, 230), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(safe)
        font = QFont(self.font())
        font.setPixelSize(max(9, round(26 * s)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(255, 255, 255, 220))
        label = self.tr("App buttons cover this area")
        metrics = p.fontMetrics()
        wrap = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # a small preview gets two lines
        top = QRectF(r.x() + 4, r.y() + 4, r.width() - 8, safe.y() - r.y() - metrics.height() - 12)
        if p.boundingRect(top, wrap, label).height() <= top.height():  # else the "Safe zone" pill says it
            p.drawText(top, wrap, label)
        p.drawText(QRectF(r.x() + 4, r.y() + (HEIGHT - 640) * s, r.width() - 8, 600 * s), wrap, label)
        text = self.tr("Safe zone")
        pill = QRectF(safe.x(), safe.y() - metrics.height() - 6, metrics.horizontalAdvance(text) + 14,
                      metrics.height() + 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 201, 60, 235))
        p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        p.setPen(QColor("#2D1B25"))
        p.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    # Dragging -------------------------------------------------------------------------------

    def _hover_watermark(self) -> bool:
        rect = self.watermark_widget_rect()
        return rect is not None and rect.adjusted(-6, -6, 6, 6).contains(self.mapFromGlobal(self.cursor().pos()))

    def _hit(self, pos: QPointF) -> str | None:
        if self._word_hit(pos) is not None:
            return "text"
        rect = self.watermark_widget_rect()
        if rect is not None and rect.adjusted(-6, -6, 6, 6).contains(pos):
            return "watermark"
        if (self.edit.framing.layout in ("fill", "follow") and not self.framed and self.frame_rect().contains(pos)
                and self.current_image()):
            return "picture"
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._drag = self._hit(event.position())
        if self._drag is None:
            return super().mousePressEvent(event)
        self._tokens += 1
        self._drag_token = self._tokens
        self._drag_origin = event.position()
        self.gestureStarted.emit()
        if self._drag == "text":
            word = self._word_hit(event.position())
            assert word is not None
            self.doc.select_text(word.index)
            self._drag_text = (word.index, word.y, word.image.height())
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        elif self._drag == "watermark":
            placement = self.watermark_placement()
            assert placement is not None
            self._drag_start_value = (float(placement.x), float(placement.y))
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        elif self.edit.framing.layout == "follow":
            centre = self.follow_centre()
            self._drag_start_value = (0.5 if centre is None else centre, self.source_time)
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        else:
            self._drag_start_value = (self.edit.framing.focus, 0.0)
            self.setCursor(Qt.CursorShape.SizeHorCursor)
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag is None:
            hit = self._hit(event.position())
            shape = {"watermark": Qt.CursorShape.OpenHandCursor, "picture": Qt.CursorShape.SizeHorCursor,
                     "text": Qt.CursorShape.SizeVerCursor}
            self.setCursor(shape.get(hit, Qt.CursorShape.ArrowCursor))
            self.update()
            return
        s = self.scale()
        dx = (event.position().x() - self._drag_origin.x()) / s
        dy = (event.position().y() - self._drag_origin.y()) / s
        if self._drag == "text":
            index, top, height = self._drag_text
            place, y = dragged_text(top, dy, height)
            self.textDragged.emit(index, str(place or ""), -1.0 if y is None else y, self._drag_token)
        elif self._drag == "watermark":
            placement = self.watermark_placement()
            assert placement is not None
            x, y = dragged_watermark(*self._drag_start_value, dx, dy, placement.image.width(),
                                     placement.image.height())
            self.watermarkDragged.emit(x, y, self._drag_token)
        elif self.edit.framing.layout == "follow":  # the crop's centre at this second: a keyframe (#17)
            image = self.current_image()
            if image is None:
                return
            box_w = cover(*self._source_dims(image)).w
            centre = min(1.0, max(0.0, self._drag_start_value[0] - dx / box_w))
            self.followDragged.emit(self._drag_start_value[1], round(centre, 4), self._drag_token)
        else:
            image = self.current_image()
            if image is None:
                return
            focus = dragged_focus(self._drag_start_value[0], dx, *self._source_dims(image))
            if focus is None:
                return
            self.focusDragged.emit(focus, self._drag_token)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag is not None:
            self._drag = None
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.update()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 640)
