"""The welcome page before a clip is open: the headline, the four steps, Open a clip (and the
sample clip's button, which :mod:`ui.editor.sample_clip` makes), and the recent clips."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    openRequested = Signal()  # "Open a clip…"
    clipChosen = Signal(str)  # a recent clip

    def __init__(self, hashtag: str, sample_button: QPushButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame(objectName="WelcomeCard")
        card.setMaximumWidth(760)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(card)
        box.setContentsMargins(48, 36, 48, 36)
        box.setSpacing(16)
        headline = QLabel(self.tr("Make your %s video") % hashtag, objectName="Headline")
        headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        headline.setWordWrap(True)
        box.addWidget(headline)
        lead = QLabel(self.tr("Open a clip from your phone or camera. We make it tall, add the hashtag and "
                              "the song, and get it ready for TikTok, Reels, Shorts and WhatsApp."),
                      objectName="Lead")
        lead.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lead.setWordWrap(True)
        box.addWidget(lead)
        steps = QHBoxLayout()
        steps.setSpacing(14)
        steps.addStretch(1)
        self.welcome_steps: list[QWidget] = []  # the tour's four steps, which it points at before a clip is open
        for number, text in enumerate((self.tr("Open your clip"), self.tr("Trim it"), self.tr("Music and hashtag"),
                                       self.tr("Export and share")), 1):
            step = QWidget()
            row = QHBoxLayout(step)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(8)
            num = QLabel(str(number), objectName="StepNumber")
            num.setFixedSize(34, 34)
            num.setAlignment(Qt.AlignmentFlag.AlignCenter)
            row.addWidget(num)
            row.addWidget(QLabel(text, objectName="StepText"))
            steps.addWidget(step)
            self.welcome_steps.append(step)
        steps.addStretch(1)
        box.addSpacing(4)
        box.addLayout(steps)
        box.addSpacing(8)
        self.big_open = QPushButton(self.tr("Open a clip…"), objectName="BigOpen")
        self.big_open.setCursor(Qt.CursorShape.PointingHandCursor)
        self.big_open.clicked.connect(self.openRequested)
        box.addWidget(self.big_open, 0, Qt.AlignmentFlag.AlignCenter)
        box.addWidget(sample_button, 0, Qt.AlignmentFlag.AlignCenter)
        drop = QLabel(self.tr("or drag a video file onto this window"), objectName="Hint")
        drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(drop)
        self.recent_box = QWidget()
        recent = QVBoxLayout(self.recent_box)
        recent.setContentsMargins(0, 10, 0, 0)
        recent.setSpacing(6)
        recent.addWidget(QLabel(self.tr("Recent clips"), objectName="SectionTitle"))
        self.recent_list = QVBoxLayout()
        self.recent_list.setSpacing(6)
        recent.addLayout(self.recent_list)
        box.addWidget(self.recent_box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_recent(self, paths: list[str]) -> None:
        """The recent clips (at most a few), each a button; none: the list is hidden."""
        while self.recent_list.count():
            item = self.recent_list.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for path in paths:
            p = Path(path)
            button = QPushButton(f"{p.name}   —   {p.parent}", objectName="Recent")
            button.setToolTip(path)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, clip=path: self.clipChosen.emit(clip))
            self.recent_list.addWidget(button)
        self.recent_box.setVisible(bool(paths))
