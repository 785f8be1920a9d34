"""The captions lane under the timeline: the video's text blocks as pills on its own timeline.

Every block is a rounded pill from its start to its end with its words in it, on the finished
video's seconds (0 … ``doc.result_seconds()``), lined up with the lanes above (ui/words/rulers.py).
A row per kind of block present (titles, free lines, captions), so a title over the captions has
a row of its own. Each gesture is one undo step through ``doc.change_texts`` (an
:mod:`app.project.texts` Change):

- click a pill: select it (the canvas and the Teks card follow ``doc.text``);
- drag its middle: move it; drag an end: change when it starts or ends. Never shorter than
  MIN_TEXT_SECONDS (the core clamps), never over its neighbours of the same kind nor past the
  video's end (the lane clamps, the core's ``duration`` too); an edge near the playhead snaps to it;
- double-click a pill (or Enter, F2): edit its words in place (Enter keeps them, Esc does not);
- double-click the empty lane (or N, or the menu's "Add text here"): type new words there;
- S: split the selected block (or the one under the playhead) at the playhead; M: join the
  selected block with the next one of its kind; Delete / Backspace: remove it; Esc: select none;
- the context menu has all of these.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QSizePolicy, QToolTip, QWidget

from app.errors import UserError
from app.messages import M
from app.project import texts
from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.texts import MAX_CHARS, MIN_TEXT_SECONDS, TextBlock
from app.project.timecode import format_time
from ui.common.lanes import LanePainting
from ui.session.document import Document
from ui.style.sheet import MAGENTA, MAGENTA_DARK, YELLOW
from ui.words.rulers import FitRuler, Ruler

ROW_H = 22  # a row's height when there is room
MIN_ROW_H = 14  # in a short window the rows get thinner, down to this (the preview gives up a little too)
ROW_GAP = 2
PAD = 3  # above the first row and below the last
EDGE = 7  # px at each end of a pill that grab its edge
SNAP_PX = 6  # an edge this near the playhead snaps to it
NEW_SECONDS = 2.0  # how long a new block lasts (less when the next one comes sooner)
EPS = 1e-6
KIND_ROWS = (TextKind.TITLE, TextKind.LINE, TextKind.CAPTION)  # top to bottom, like on the picture
KIND_COLOURS = {TextKind.CAPTION: MAGENTA, TextKind.TITLE: "#6A1B9A", TextKind.LINE: "#00796B"}


def neighbours(blocks: list[TextBlock], i: int) -> tuple[float, float]:
    """The end of the block of the same kind before block ``i`` and the start of the one after it
    (0 and infinity when there is none); blocks that already overlap it do not count."""
    b = blocks[i]
    before = [o.end for j, o in enumerate(blocks) if j != i and o.kind == b.kind and o.end <= b.start + EPS]
    after = [o.start for j, o in enumerate(blocks) if j != i and o.kind == b.kind and o.start >= b.end - EPS]
    return max(before, default=0.0), min(after, default=math.inf)


def next_of_kind(blocks: list[TextBlock], i: int) -> int | None:
    """The block of the same kind that comes next in time after block ``i``."""
    b = blocks[i]
    later = [(o.start, j) for j, o in enumerate(blocks) if j != i and o.kind == b.kind and o.start >= b.start
             and (o.start, j) > (b.start, i)]
    return min(later)[1] if later else None


def join(blocks: list[TextBlock], i: int, j: int) -> texts.Change:
    """Block ``i`` and block ``j`` (a later one of its kind, not always the next in the list) as one."""
    if j == i + 1:
        return texts.merge(blocks, i)
    first, last = min(i, j), max(i, j)
    joined = texts.merge([blocks[i], blocks[j]], 0).after[0]
    between = tuple(blocks[k] for k in range(first + 1, last))
    after = (joined, *between) if first == i else (*between, joined)
    return texts.Change(first, tuple(blocks[first:last + 1]), after)


class _InPlace(QLineEdit):
    """The line edit over a pill: Enter keeps the words, Esc (or nothing typed) keeps the old ones."""

    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # QLineEdit lets Enter go on to its parent, where it would open the editor again


class WordsLane(LanePainting, QWidget):
    problem = Signal(object)  # a core Message, or words already in the window's language
    seekRequested = Signal(float)  # a video second (a click on the empty lane)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.ruler: Ruler = FitRuler(self, doc)
        self.position = 0.0  # the playhead, in video seconds
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._press: tuple[int, str, float, TextBlock, int] | None = None  # index, part, x, block, token
        self._dragging = False
        self._editing: int | None = None  # the block edited in place; -1: a new one
        self._new_span: tuple[float, float] | None = None  # where the new block being typed goes
        self._new_kind = TextKind.CAPTION
        self._editor = _InPlace(self)
        self._editor.setObjectName("WordsEditor")
        self._editor.setMaxLength(MAX_CHARS)
        self._editor.hide()
        self._editor.returnPressed.connect(self._commit_edit)
        self._editor.cancelled.connect(self._cancel_edit)
        self._editor.editingFinished.connect(self._focus_left)
        self.labels = self._labels()
        self._fit_height()
        doc.changed.connect(self._doc_changed)
        doc.textSelected.connect(self.update)

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Words"), "hint": self.tr("Double-click to add words at that moment"),
            "placeholder": self.tr("Type the words, then press Enter"),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.labels = self._labels()
            self._describe()
            self.update()
        super().changeEvent(event)

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Words on the video"))
        self.setToolTip(self.tr("Words on the video: drag a block to move it, drag its ends to change when it "
                                "shows, double-click to type. S splits at the playhead, M joins with the next, "
                                "Delete removes."))
        self._editor.setPlaceholderText(self.labels["placeholder"])
        self._editor.setAccessibleName(self.tr("Words of the block"))

    # Following ------------------------------------------------------------------------------------

    def set_ruler(self, ruler: Ruler | None) -> None:
        self.ruler = ruler or FitRuler(self, self.doc)
        self.update()

    def set_position(self, seconds: float) -> None:
        if abs(seconds - self.position) > 1e-4:
            self.position = seconds
            self.update()

    def _doc_changed(self) -> None:
        if self._editing is not None and self._editing >= len(self.doc.edit.texts):
            self._cancel_edit()
        if self._press is not None and self._press[0] >= len(self.doc.edit.texts):
            self._press, self._dragging = None, False
        self._fit_height()
        self.update()

    def rows(self) -> list[TextKind]:
        present = {b.kind for b in self.doc.edit.texts}
        return [k for k in KIND_ROWS if k in present] or [TextKind.CAPTION]

    def _fit_height(self) -> None:
        n = len(self.rows())
        low, high = (2 * PAD + n * h + (n - 1) * ROW_GAP for h in (MIN_ROW_H, ROW_H))
        if (self.minimumHeight(), self.maximumHeight()) != (low, high):
            self.setMinimumHeight(low)
            self.setMaximumHeight(high)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, self.maximumHeight())

    def row_height(self) -> float:
        n = len(self.rows())
        return max(float(MIN_ROW_H), min(float(ROW_H), (self.height() - 2 * PAD - (n - 1) * ROW_GAP) / n))

    @property
    def blocks(self) -> list[TextBlock]:
        return self.doc.edit.texts

    def duration(self) -> float:
        return self.doc.result_seconds()

    # Geometry -------------------------------------------------------------------------------------

    def row_rect(self, row: int) -> QRectF:
        left, right = self.ruler.span()
        h = self.row_height()
        return QRectF(left, PAD + row * (h + ROW_GAP), right - left, h)

    def pill_rect(self, i: int) -> QRectF:
        b = self.blocks[i]
        rows = self.rows()
        row = rows.index(b.kind) if b.kind in rows else 0
        x0, x1 = self.ruler.x_of(b.start), self.ruler.x_of(b.end)
        lane = self.row_rect(row)
        return QRectF(x0, lane.top(), max(3.0, x1 - x0), lane.height())

    def row_at(self, y: float) -> TextKind:
        rows = self.rows()
        return rows[max(0, min(len(rows) - 1, int((y - PAD) // (self.row_height() + ROW_GAP))))]

    def hit(self, pos: QPointF) -> tuple[int, str] | None:
        """The block under ``pos`` and which part: "start", "end" or "middle". The selected block wins."""
        order = list(range(len(self.blocks)))
        if self.doc.text is not None:
            order.sort(key=lambda j: j != self.doc.text)
        for i in order:
            r = self.pill_rect(i)
            if not r.adjusted(-2, 0, 2, 0).contains(pos):
                continue
            edge = min(EDGE, r.width() / 3)
            if pos.x() <= r.left() + edge:
                return i, "start"
            if pos.x() >= r.right() - edge:
                return i, "end"
            return i, "middle"
        return None

    # Painting -------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        bold, small = self._fonts()
        left, right = self.ruler.span()
        p.setFont(bold)
        p.setPen(self._ink())
        p.drawText(QRectF(4, 0, max(10.0, left - 8), self.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.labels["name"])
        p.save()
        p.setClipRect(QRectF(left, 0, right - left, self.height()))
        end_x = self.ruler.x_of(self.duration())
        start_x = self.ruler.x_of(0.0)
        for row in range(len(self.rows())):
            lane = self.row_rect(row)
            p.fillRect(lane, QColor(128, 128, 128, 28))
            if start_x > lane.left():  # the clip before the video's start (one clip: the cut part)
                p.fillRect(QRectF(lane.left(), lane.top(), start_x - lane.left(), lane.height()), QColor(0, 0, 0, 40))
            if end_x < lane.right():
                p.fillRect(QRectF(end_x, lane.top(), lane.right() - end_x, lane.height()), QColor(0, 0, 0, 40))
        if self.hasFocus():  # a quiet ring: the selected pill has the yellow one
            p.setPen(QPen(self._ink(110), 1, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(left, 1, right - left, self.height() - 2).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.setFont(small)
        if not self.blocks and self._editing is None:
            p.setPen(self._ink(150))
            p.drawText(QRectF(left + 8, 0, right - left - 16, self.height()),
                       Qt.AlignmentFlag.AlignCenter, self.labels["hint"])
        for i in range(len(self.blocks)):
            self._paint_pill(p, i, small)
        if self._new_span is not None:
            a, b = self._new_span
            rows = self.rows()
            lane = self.row_rect(rows.index(self._new_kind) if self._new_kind in rows else 0)
            ghost = QRectF(self.ruler.x_of(a), lane.top(), max(3.0, self.ruler.x_of(b) - self.ruler.x_of(a)),
                           lane.height())
            p.setPen(QPen(QColor(MAGENTA), 1.5, Qt.PenStyle.DashLine))
            p.setBrush(QColor(194, 24, 91, 60))
            p.drawRoundedRect(ghost, 8, 8)
        x = self.ruler.x_of(self.position)
        p.setPen(QPen(QColor(MAGENTA_DARK), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.restore()

    def _paint_pill(self, p: QPainter, i: int, font) -> None:  # noqa: ANN001
        b = self.blocks[i]
        r = self.pill_rect(i)
        selected = i == self.doc.text
        outside = b.start >= self.duration() - EPS  # after the video's end: not exported
        colour = QColor(KIND_COLOURS.get(b.kind, MAGENTA))
        if outside:
            colour.setAlpha(90)
        p.setPen(QPen(QColor(YELLOW), 2.5) if selected else QPen(colour.darker(130), 1))
        p.setBrush(colour)
        radius = min(8.0, r.height() / 2 - 1)
        p.drawRoundedRect(r.adjusted(0.5, 1, -0.5, -1), radius, radius)
        if selected:  # the grips at both ends
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(YELLOW))
            for gx in (r.left() + 2, r.right() - 5):
                p.drawRoundedRect(QRectF(gx, r.top() + r.height() / 4, 3, r.height() / 2), 1.5, 1.5)
        if i == self._editing:
            return
        room = r.adjusted(8, 0, -8, 0)
        if room.width() < 12:
            return
        p.setPen(QColor(255, 255, 255, 150 if outside else 255))
        text = QFontMetrics(p.font()).elidedText(b.text, Qt.TextElideMode.ElideRight, int(room.width()))
        p.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    # Mouse ----------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        found = self.hit(pos)
        if found is None:
            self.doc.select_text(None)
            left, right = self.ruler.span()
            if left <= pos.x() <= right:
                self.seekRequested.emit(max(0.0, min(self.duration(), self.ruler.time_at(pos.x()))))
            return
        i, part = found
        self.doc.select_text(i)
        self._press = (i, part, pos.x(), self.blocks[i], self.doc.new_token())
        self._dragging = part != "middle"  # an edge drags at once; the middle after the drag distance
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._press is None:
            found = self.hit(pos)
            shape = Qt.CursorShape.ArrowCursor
            if found is not None:
                shape = Qt.CursorShape.SizeHorCursor if found[1] != "middle" else Qt.CursorShape.OpenHandCursor
            self.setCursor(shape)
            return
        i, part, x0, block, token = self._press
        if not self._dragging:
            if abs(pos.x() - x0) < QApplication.startDragDistance():
                return
            self._dragging = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        dt = self.ruler.time_at(pos.x()) - self.ruler.time_at(x0)
        self._drag_to(i, part, block, dt, token)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is not None:
            self._press, self._dragging = None, False
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.update()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press, self._dragging = None, False
        found = self.hit(event.position())
        if found is not None:
            self.edit_in_place(found[0])
        else:
            self.add_at(self.ruler.time_at(event.position().x()), self.row_at(event.position().y()))
        event.accept()

    def _snap(self, seconds: float) -> float:
        if abs(self.ruler.x_of(seconds) - self.ruler.x_of(self.position)) <= SNAP_PX:
            return self.position
        return seconds

    def _drag_to(self, i: int, part: str, block: TextBlock, dt: float, token: int) -> None:
        blocks = self.blocks
        if i >= len(blocks):
            return
        prev_end, next_start = neighbours(blocks, i)
        video = self.duration()
        now = blocks[i]
        if part == "middle":
            start = self._snap(block.start + dt)
            if start == block.start + dt:  # or the end snaps to the playhead
                end = self._snap(block.end + dt)
                start = end - block.seconds
            start = max(start, prev_end)
            change = texts.move(blocks, i, start - now.start, min(video, next_start))
            label = self.tr("Move words")
        elif part == "start":
            change = texts.stretch(blocks, i, start=max(prev_end, self._snap(block.start + dt)))
            label = self.tr("Change when the words show")
        else:
            change = texts.stretch(blocks, i, end=min(next_start, self._snap(block.end + dt)),
                                   duration=min(video, next_start))
            label = self.tr("Change when the words show")
        self.doc.change_texts(change, label, merge=f"text.{part}", token=("lane", token), select=i)

    # Editing in place --------------------------------------------------------------------------------

    def edit_in_place(self, i: int) -> None:
        """A line edit over block ``i`` with its words selected."""
        if not 0 <= i < len(self.blocks):
            return
        self.doc.select_text(i)
        self._editing, self._new_span = i, None
        self._open_editor(self.pill_rect(i), self.blocks[i].text)

    def _open_editor(self, rect: QRectF, text: str) -> None:
        left, right = self.ruler.span()
        width = max(rect.width(), 220.0)
        x = min(max(rect.left(), left), max(left, right - width))
        self._editor.setGeometry(int(x), int(rect.top()), int(min(width, right - left)), int(rect.height()))
        self._editor.setText(text)
        self._editor.selectAll()
        self._editor.show()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def _commit_edit(self) -> None:
        i, span = self._editing, self._new_span
        if i is None:
            return
        text = " ".join(self._editor.text().split())
        self._close_editor()
        if not text:
            return
        try:
            if span is not None:
                kind, model = self._new_kind, self._model_for(self._new_kind, span[0])
                style = model.style if model else TextStyle.BOX
                place = model.place if model else (TextPlace.TOP if kind == TextKind.TITLE else TextPlace.BOTTOM)
                block = TextBlock(text, round(span[0], 3), round(span[1], 3), kind, style, place,
                                  model.y if model else None)
                change = texts.add(self.blocks, block)
                self.doc.change_texts(change, self.tr("Add words"))
            elif i < len(self.blocks) and text != self.blocks[i].text:
                self.doc.change_texts(texts.edit_text(self.blocks, i, text), self.tr("Edit words"))
        except UserError as exc:
            self.problem.emit(exc.message)

    def _cancel_edit(self) -> None:
        if self._editing is not None:
            self._close_editor()

    def _focus_left(self) -> None:
        """The user clicked elsewhere while typing: keep what was typed (like Enter)."""
        if self._editing is not None and not self._editor.hasFocus() and self._editor.isVisible():
            self._commit_edit()

    def _close_editor(self) -> None:
        self._editing, self._new_span = None, None
        self._editor.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    # Lane edits ---------------------------------------------------------------------------------------

    def _model_for(self, kind: TextKind, at: float) -> TextBlock | None:
        """The block of ``kind`` nearest to second ``at`` (a new block takes its look)."""
        same = [b for b in self.blocks if b.kind == kind]
        return min(same, key=lambda b: abs(b.start - at)) if same else None

    def add_at(self, seconds: float, kind: TextKind = TextKind.CAPTION) -> bool:
        """Open the line edit for new words from second ``seconds`` (as long as NEW_SECONDS, less when
        the next block of the kind or the video's end comes sooner)."""
        video = self.duration()
        if video < MIN_TEXT_SECONDS:
            return False
        seconds = max(0.0, min(seconds, video - MIN_TEXT_SECONDS))
        same = [b for b in self.blocks if b.kind == kind]
        inside = next((b for b in same if b.start - EPS <= seconds < b.end), None)
        if inside is not None:  # over a block: the new one comes right after it
            seconds = inside.end
        later = [b.start for b in same if b.start >= seconds - EPS]
        earlier = [b.end for b in same if b.end <= seconds + EPS]
        end = min(seconds + NEW_SECONDS, min(later, default=math.inf), video)
        start = seconds
        if end - start < MIN_TEXT_SECONDS:  # no room after: try before the next one
            start = max(max(earlier, default=0.0), end - MIN_TEXT_SECONDS)
        if end - start < MIN_TEXT_SECONDS - EPS or any(b.start < end - EPS and start < b.end - EPS for b in same):
            self.problem.emit(self.tr("There is no room for more words here: move or shorten the blocks beside it."))
            return False
        self.doc.select_text(None)
        self._editing, self._new_span, self._new_kind = -1, (start, end), kind
        rows = self.rows()
        row = rows.index(kind) if kind in rows else 0
        x0, x1 = self.ruler.x_of(start), self.ruler.x_of(end)
        lane = self.row_rect(row)
        self._open_editor(QRectF(x0, lane.top(), x1 - x0, lane.height()), "")
        return True

    def _target(self) -> int | None:
        """The block the keys act on: the selected one."""
        return self.doc.text

    def split_here(self) -> bool:
        """Split the selected block at the playhead (or the block under the playhead)."""
        i = self._target()
        t = self.position
        if i is None or not self.blocks[i].start < t < self.blocks[i].end:
            under = [j for j, b in enumerate(self.blocks) if b.start < t < b.end]
            i = under[0] if under else None
        if i is None:
            self.problem.emit(self.tr("Put the playhead on a block of words to split it there."))
            return False
        try:
            change = texts.split(self.blocks, i, t)
        except UserError as exc:
            self.problem.emit(exc.message)
            return False
        return self.doc.change_texts(change, self.tr("Split words"), select=i + 1)

    def merge_next(self) -> bool:
        i = self._target()
        if i is None:
            return False
        j = next_of_kind(self.blocks, i)
        try:
            if j is None:
                raise UserError(M.TEXT_NOTHING_TO_MERGE)
            change = join(self.blocks, i, j)
        except UserError as exc:
            self.problem.emit(exc.message)
            return False
        return self.doc.change_texts(change, self.tr("Join words"), select=min(i, j) if j > i else i - 1)

    def remove_selected(self) -> bool:
        i = self._target()
        if i is None:
            return False
        return self.doc.change_texts(texts.remove(self.blocks, i), self.tr("Delete words"))

    # Keys and menu --------------------------------------------------------------------------------------

    KEYS = (Qt.Key.Key_S, Qt.Key.Key_M, Qt.Key.Key_N, Qt.Key.Key_Delete, Qt.Key.Key_Backspace,
            Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2, Qt.Key.Key_Escape, Qt.Key.Key_Insert)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in self.KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                event.accept()  # these keys are the lane's while it has the focus
                return True
        if event.type() == QEvent.Type.ToolTip:
            found = self.hit(QPointF(event.pos()))  # type: ignore[attr-defined]
            if found is not None:
                b = self.blocks[found[0]]
                QToolTip.showText(event.globalPos(), self.tr("%1\n%2 – %3 · drag to move, drag an end to change when "  # type: ignore[attr-defined]
                                                             "it shows, double-click to type")
                                  .replace("%1", b.text).replace("%2", format_time(b.start))
                                  .replace("%3", format_time(b.end)), self)
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        i = self._target()
        if key == Qt.Key.Key_S:
            self.split_here()
        elif key == Qt.Key.Key_M:
            self.merge_next()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Insert):
            self.add_at(self.position)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and i is not None:
            self.edit_in_place(i)
        elif key == Qt.Key.Key_Escape:
            self.doc.select_text(None)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def menu_at(self, pos: QPointF) -> QMenu:
        menu = QMenu(self)
        found = self.hit(pos)
        if found is not None:
            i = found[0]
            self.doc.select_text(i)
            menu.addAction(self.tr("Edit the words (Enter)"), lambda: self.edit_in_place(i))
            split = menu.addAction(self.tr("Split at the playhead (S)"), self.split_here)
            b = self.blocks[i]
            split.setEnabled(b.start < self.position < b.end)
            merge = menu.addAction(self.tr("Join with the next (M)"), self.merge_next)
            merge.setEnabled(next_of_kind(self.blocks, i) is not None)
            menu.addAction(self.tr("Delete (Del)"), self.remove_selected)
            menu.addSeparator()
        at = self.ruler.time_at(pos.x()) if found is None else self.position
        row = self.row_at(pos.y())
        menu.addAction(self.tr("Add words here (N)"), lambda: self.add_at(at, row))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.menu_at(QPointF(event.pos())).exec(event.globalPos())

