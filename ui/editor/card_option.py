"""The side panel's "GENIUS card" card: the campaign's caption card off, as a lower-third strip, or
as an end card over the last seconds (Edit.card). Follows the Edit and the campaign."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.errors import UserError
from ui.session.document import Document


class CardOption(QFrame):
    def __init__(self, doc: Document) -> None:
        super().__init__(objectName="Card")
        self.doc = doc
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 16, 18, 18)
        box.setSpacing(10)
        self.title = QLabel(objectName="SectionTitle")
        box.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        names = {"off": self.tr("Off"), "lower-third": self.tr("Strip"), "end-card": self.tr("At the end")}
        self.tips = {
            "off": self.tr("No card"),
            "lower-third": self.tr("A strip with the letters low on the video, all the way through"),
            "end-card": self.tr("A big card over the last seconds of the video"),
        }
        for card, text in names.items():
            button = QPushButton(text, objectName="Segment", checkable=True)
            button.setToolTip(self.tips[card])
            button.setAccessibleName(self.tr("Card: %s") % text)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, c=card: self.choose(c))
            self.group.addButton(button)
            self.buttons[card] = button
            row.addWidget(button)
        box.addLayout(row)
        self.hint = QLabel(objectName="Hint", wordWrap=True)
        box.addWidget(self.hint)
        doc.changed.connect(self.refresh)
        self.refresh()

    def choose(self, card: str) -> None:
        try:
            self.doc.set_card(card, self.tr("Card: %s") % self.buttons[card].text())
        except UserError:
            self.refresh()

    def refresh(self) -> None:
        card = self.doc.campaign.card
        available = card is not None
        self.title.setText(self.tr("%s card") % card.title if card else self.tr("Campaign card"))
        for name, button in self.buttons.items():
            quiet = button.blockSignals(True)  # (not QSignalBlocker: see ui/signals.py)
            button.setChecked(name == (self.doc.edit.card if available else "off"))
            button.blockSignals(quiet)
            button.setEnabled(available or name == "off")
        words = " · ".join(i.word for i in card.items) if card and card.items else ""
        if not available:
            self.hint.setText(self.tr("This campaign has no card."))
        elif self.doc.edit.card == "off":
            self.hint.setText(words or self.tips["off"])
        else:
            self.hint.setText(self.tips[self.doc.edit.card])
