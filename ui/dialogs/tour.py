"""The first-run tour: four short steps (Open → Trim → Music & hashtag → Export), skippable.

An overlay on the main window dims everything but the control a step talks about and shows a
small card next to it. Next/Back/Skip work with the keyboard (Enter, Backspace, Escape).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MAGENTA = QColor("#C2185B")


@dataclass(frozen=True)
class TourTarget:
    """What one step points at: the first visible of ``widgets``, together with the first visible
    of ``also`` (either may be missing)."""

    widgets: Sequence[QWidget]
    also: Sequence[QWidget] = ()


@dataclass
class Step:
    title: Callable[[], str]
    text: Callable[[], str]
    target: Callable[[], QWidget | None]
    also: Callable[[], QWidget | None] = lambda: None  # highlighted together with the target


class Tour(QWidget):
    """Over ``window``; ``targets`` gives each of the four steps (Open, Trim, Music and hashtag,
    Export) what it points at."""

    finished = Signal(bool)  # True: went through all steps; False: skipped

    def __init__(self, window: QWidget, targets: Sequence[TourTarget]) -> None:
        super().__init__(window)
        self.setObjectName("Tour")
        self.window_ = window
        self.index = 0
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        texts = [
            (lambda: self.tr("Open a clip"),
             lambda: self.tr("Start with a video from a phone or camera. No video yet? "
                             "Press “Try with a sample clip”.")),
            (lambda: self.tr("Trim"),
             lambda: self.tr("Play the clip and move the yellow handles on the timeline to keep only "
                             "the best part.")),
            (lambda: self.tr("Music and hashtag"),
             lambda: self.tr("Frame the picture, drag the hashtag where you like, and set the campaign song.")),
            (lambda: self.tr("Export"),
             lambda: self.tr("Choose the platform and press Export. The video is ready to share.")),
        ]
        self.steps = [Step(title, text, lambda t=target: _first_visible(t.widgets),
                           lambda t=target: _first_visible(t.also))
                      for (title, text), target in zip(texts, targets, strict=True)]

        self.card = QFrame(self, objectName="TourCard")
        box = QVBoxLayout(self.card)
        box.setContentsMargins(20, 16, 20, 14)
        box.setSpacing(10)
        self.count = QLabel(objectName="TourCount")
        self.title = QLabel(objectName="TourTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        box.addWidget(self.count)
        box.addWidget(self.title)
        box.addWidget(self.text)
        row = QHBoxLayout()
        self.skip_button = QPushButton()
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(objectName="Primary")
        self.next_button.clicked.connect(self.next)
        self.next_button.setDefault(True)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        box.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.skip)
        window.installEventFilter(self)
        self.retranslate()

    # Steps -----------------------------------------------------------------------------------------

    def start(self) -> None:
        self.index = 0
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self._show_step()

    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self._end(True)
            return
        self.index += 1
        self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def skip(self) -> None:
        self._end(False)

    def _end(self, completed: bool) -> None:
        self.hide()
        self.window_.removeEventFilter(self)
        self.finished.emit(completed)
        self.deleteLater()

    def retranslate(self) -> None:
        self.skip_button.setText(self.tr("Skip tour"))
        self.back_button.setText(self.tr("Back"))
        self.setAccessibleName(self.tr("Tour"))
        self._show_step()

    def _show_step(self) -> None:
        step = self.steps[self.index]
        self.count.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
                           .replace("%2", str(len(self.steps))))
        self.title.setText(step.title())
        self.text.setText(step.text())
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.back_button.setEnabled(self.index > 0)
        self.card.setAccessibleName(step.title())
        self.card.setAccessibleDescription(step.text())
        self._place()
        if self.isVisible():
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def target_rect(self) -> QRect | None:
        step = self.steps[self.index]
        rect: QRect | None = None
        for widget in (step.target(), step.also()):
            if widget is None or not widget.isVisible():
                continue
            here = QRect(widget.mapTo(self.window_, widget.rect().topLeft()), widget.size())
            rect = here if rect is None else rect.united(here)
        return rect.adjusted(-8, -8, 8, 8) if rect is not None else None

    def _place(self) -> None:
        width = min(420, max(280, self.width() - 40))
        self.card.setFixedWidth(width)
        self.card.adjustSize()
        size = self.card.sizeHint()
        size.setWidth(width)
        area = self.rect().adjusted(16, 16, -16, -16)
        target = self.target_rect()
        if target is None:
            pos = area.center() - QRect(0, 0, size.width(), size.height()).center()
        else:
            # below the target if it fits, else above, else to its left
            x = min(max(area.left(), target.center().x() - size.width() // 2), area.right() - size.width())
            if target.bottom() + 14 + size.height() <= area.bottom():
                pos = QRect(x, target.bottom() + 14, 0, 0).topLeft()
            elif target.top() - 14 - size.height() >= area.top():
                pos = QRect(x, target.top() - 14 - size.height(), 0, 0).topLeft()
            else:
                y = min(max(area.top(), target.center().y() - size.height() // 2), area.bottom() - size.height())
                pos = QRect(max(area.left(), target.left() - 14 - size.width()), y, 0, 0).topLeft()
        self.card.move(pos)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect())
        target = self.target_rect()
        if target is not None:
            hole = QPainterPath()
            hole.addRoundedRect(target, 14, 14)
            shade = shade.subtracted(hole)
        painter.fillPath(shade, QColor(20, 8, 14, 130))
        if target is not None:
            painter.setPen(QPen(QColor("#FFC93C"), 4))
            painter.drawRoundedRect(target, 14, 14)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _first_visible(widgets: Sequence[QWidget]) -> QWidget | None:
    return next((w for w in widgets if w.isVisible()), None)
