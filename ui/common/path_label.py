"""A label for a folder or file path that shortens the middle ("/home/…/Videos") to fit its width."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget


class PathLabel(QLabel):
    """The whole path is in the tooltip; the text is elided to whatever width the layout gives."""

    def __init__(self, object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name)
        self.path = ""

    def set_path(self, path: str) -> None:
        self.path = path
        self.setToolTip(path)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802
        full = self.fontMetrics().horizontalAdvance(self.path) + self.contentsMargins().left() * 2 + 16
        return QSize(min(380, full), super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - 12  # the style sheet's padding
        self.setText(self.fontMetrics().elidedText(self.path, Qt.TextElideMode.ElideMiddle, max(room, 20)))
