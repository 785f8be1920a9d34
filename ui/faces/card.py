"""The side panel's "Sembunyikan wajah" card (#17): find the faces of the shown clip, tick whose to hide
(or everyone), draw a box by hand where the detector missed a face. Every choice is one undo step
(Document.set_hide_faces); the preview shows the hidden boxes (ui/faces/painter.py)."""

from __future__ import annotations

import copy

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.project.hide import HideFaces
from ui.faces.state import FaceState
from ui.i18n.core_messages import translated
from ui.session.document import Document

THUMB = 48
SHOWN = 24  # people listed at most (the rest are hidden by "everyone")


class FacesCard(QFrame):
    drawingChanged = Signal(bool)  # the user wants to draw a box on the preview (or is done)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.doc = doc
        self.state = FaceState(doc, self)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 16, 18, 18)
        box.setSpacing(10)
        box.addWidget(QLabel(self.tr("Hide faces"), objectName="SectionTitle"))
        self.hint = QLabel(objectName="Hint", wordWrap=True)
        box.addWidget(self.hint)
        self.find_button = QPushButton(self.tr("Find faces"))
        self.find_button.setToolTip(self.tr("Look for the faces in this clip (a few seconds, in the background)"))
        self.find_button.clicked.connect(self.state.analyse)
        box.addWidget(self.find_button)
        self.progress = QProgressBar(textVisible=False, maximumHeight=6)
        self.progress.setRange(0, 1000)
        box.addWidget(self.progress)
        self.everyone = QCheckBox(self.tr("Hide everyone"))
        self.everyone.setToolTip(self.tr("Blur every face in the clip, also faces that come in later"))
        self.everyone.toggled.connect(self._everyone_toggled)
        box.addWidget(self.everyone)
        self.people = QWidget()
        self.grid = QGridLayout(self.people)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        box.addWidget(self.people)
        self.checks: dict[int, QCheckBox] = {}
        row = QHBoxLayout()
        self.draw_button = QPushButton(self.tr("Draw a box"), checkable=True)
        self.draw_button.setToolTip(self.tr("Drag on the preview over a face the blur missed; the box hides it "
                                            "for a second around this moment"))
        self.draw_button.toggled.connect(self.drawingChanged)
        row.addWidget(self.draw_button)
        self.clear_button = QPushButton(self.tr("Remove drawn boxes"))
        self.clear_button.clicked.connect(self._clear_boxes)
        row.addWidget(self.clear_button)
        box.addLayout(row)
        self.state.changed.connect(self.refresh)
        doc.changed.connect(self.refresh)
        self._shown_people: tuple = ()
        self.refresh()

    # Changes (each one undo step) ---------------------------------------------------------------

    def _change(self, hide: HideFaces, label: str) -> None:
        try:
            self.doc.set_hide_faces(hide, label)
        except UserError:
            self.refresh()

    def _current(self) -> HideFaces:
        return copy.deepcopy(self.doc.hide_faces() or HideFaces())

    def _everyone_toggled(self, on: bool) -> None:
        hide = self._current()
        hide.everyone = on
        self._change(hide, self.tr("Hide everyone") if on else self.tr("Show faces"))

    def _person_toggled(self, person: int, on: bool) -> None:
        hide = self._current()
        people = set(hide.people)
        people = people | {person} if on else people - {person}
        hide.people = sorted(people)
        self._change(hide, (self.tr("Hide person %d") if on else self.tr("Show person %d")) % person)

    def _clear_boxes(self) -> None:
        hide = self._current()
        hide.boxes = []
        self._change(hide, self.tr("Remove drawn boxes"))

    # Showing ----------------------------------------------------------------------------------------

    def _rebuild_people(self) -> None:
        tracks = self.state.tracks[:SHOWN]
        key = (self.state.found.path if self.state.found else "", tuple(t.id for t in tracks),
               tuple(sorted(self.state.pictures)))
        if key == self._shown_people:
            return
        self._shown_people = key
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.checks = {}
        for n, track in enumerate(tracks):
            check = QCheckBox(self.tr("Person %d") % track.id)
            image = self.state.pictures.get(track.id)
            if image is not None and not image.isNull():
                check.setIcon(QIcon(QPixmap.fromImage(image)))
                check.setIconSize(QSize(THUMB, THUMB))
            check.setAccessibleName(self.tr("Hide the face of person %d") % track.id)
            check.toggled.connect(lambda on, p=track.id: self._person_toggled(p, on))
            self.grid.addWidget(check, n // 2, n % 2)
            self.checks[track.id] = check

    def refresh(self) -> None:
        state = self.state
        hide = self.doc.hide_faces()
        usable = hide is not None and state.status != "broken"
        self.setEnabled(usable or state.status == "broken")
        for w in (self.find_button, self.everyone, self.people, self.draw_button, self.clear_button):
            w.setEnabled(usable)
        self.progress.setVisible(state.status == "running")
        self.progress.setValue(round(state.progress * 1000))
        self.find_button.setVisible(state.status in ("idle", "failed", "running"))
        self.find_button.setEnabled(usable and state.status != "running")
        self.find_button.setText(self.tr("Looking for faces…") if state.status == "running" else self.tr("Find faces"))
        self._rebuild_people()
        current = hide or HideFaces()
        for widget, on in [(self.everyone, current.everyone),
                           *((c, current.hides(p)) for p, c in self.checks.items())]:
            quiet = widget.blockSignals(True)
            widget.setChecked(on)
            widget.blockSignals(quiet)
        for check in self.checks.values():
            check.setEnabled(usable and not current.everyone)
        self.clear_button.setVisible(bool(current.boxes))
        if hide is None:
            text = self.tr("Open a clip to hide the faces of children whose parents did not agree.")
        elif state.status == "broken" and state.problem is not None:
            text = translated(state.problem)
        elif state.status == "failed" and state.problem is not None:
            text = translated(state.problem)
        elif state.status == "running":
            text = self.tr("Looking for faces… %d %%") % round(state.progress * 100)
        elif state.status == "ready" and not state.tracks:
            text = self.tr("No face was found in this clip. If a face must not be seen, draw a box over it.")
        elif state.status == "ready":
            text = self.tr("Tick the children whose faces must not be seen. The blur follows each face.")
        else:
            text = self.tr("Children whose parents did not agree must not be seen. Find the faces, then tick "
                           "whose to blur.")
        self.hint.setText(text)
        if not usable and self.draw_button.isChecked():
            self.draw_button.setChecked(False)
