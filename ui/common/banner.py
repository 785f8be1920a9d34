"""A friendly message above the window's content (errors, or good news), with a close button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """A friendly message above the content (errors, or good news), with a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 10, 10)
        self.text = QLabel(objectName="BannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        close = QPushButton(QCoreApplication.translate("Banner", "OK"))
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.text.setText(text)
        self.show()
