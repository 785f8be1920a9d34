"""The side panel's Story card: add clips and photos, the selected shot (move, duplicate, delete,
a photo's length and gentle zoom), and the transitions between shots (the whole video's, and the
one into the selected shot).

With one clip open it offers to make a story ("Add clip or photo…"). Every change goes through
the Document, one undo step each; the card follows the Edit without echoing back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.project.choices import TransitionKind
from app.project.edit import MAX_TRANSITION, MIN_SHOT_SECONDS, MIN_TRANSITION, PhotoShot, Transition
from ui.common.signals import blocked
from ui.session.document import Document

LIKE_VIDEO = "video"  # the joint's choice: the whole video's


class StoryCard(QFrame):
    addRequested = Signal()  # "Add clip or photo…": the window asks for files
    problem = Signal(object)  # a core Message

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.doc = doc
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 16, 18, 18)
        box.setSpacing(10)
        box.addWidget(QLabel(self.tr("Story"), objectName="SectionTitle"))
        self.summary = QLabel(objectName="Hint")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        self.add_button = QPushButton(self.tr("Add clip or photo…"))
        self.add_button.setToolTip(self.tr("Put more clips or photos after the selected shot (Ctrl+Shift+A)"))
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.addRequested)
        box.addWidget(self.add_button)

        self.shot_box = QWidget()  # what the selected shot can do
        shot = QVBoxLayout(self.shot_box)
        shot.setContentsMargins(0, 0, 0, 0)
        shot.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.left_button = self._button("◀", self.tr("Move the shot earlier"), lambda: self._move(-1))
        self.right_button = self._button("▶", self.tr("Move the shot later"), lambda: self._move(1))
        self.duplicate_button = self._button(self.tr("Duplicate"), self.tr("A copy right after this shot"),
                                             self._duplicate)
        self.delete_button = self._button(self.tr("Delete"), self.tr("Take this shot out of the story (Delete)"),
                                          self._delete)
        for button in (self.left_button, self.right_button, self.duplicate_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        shot.addLayout(row)

        self.photo_box = QWidget()
        photo = QHBoxLayout(self.photo_box)
        photo.setContentsMargins(0, 0, 0, 0)
        photo.setSpacing(8)
        photo.addWidget(QLabel(self.tr("Photo shows for")))
        self.photo_seconds = QDoubleSpinBox()
        self.photo_seconds.setRange(MIN_SHOT_SECONDS, 60)
        self.photo_seconds.setDecimals(1)
        self.photo_seconds.setSingleStep(0.5)
        self.photo_seconds.setSuffix(self.tr(" s"))
        self.photo_seconds.setAccessibleName(self.tr("How long the photo shows"))
        self.photo_seconds.valueChanged.connect(self._photo_seconds)
        photo.addWidget(self.photo_seconds)
        self.motion = QCheckBox(self.tr("Gentle zoom"))
        self.motion.setToolTip(self.tr("The photo zooms in slowly while it shows"))
        self.motion.toggled.connect(self._motion)
        photo.addWidget(self.motion)
        photo.addStretch(1)
        shot.addWidget(self.photo_box)

        self.joint_row, self.joint_kind, self.joint_seconds = self._transition_row(
            self.tr("Into this shot"), with_video=True)
        self.joint_kind.currentIndexChanged.connect(self._joint_changed)
        self.joint_seconds.valueChanged.connect(self._joint_changed)
        shot.addWidget(self.joint_row)
        box.addWidget(self.shot_box)

        self.video_row, self.video_kind, self.video_seconds = self._transition_row(self.tr("Between shots"))
        self.video_kind.currentIndexChanged.connect(self._video_changed)
        self.video_seconds.valueChanged.connect(self._video_changed)
        box.addWidget(self.video_row)
        doc.changed.connect(self.refresh)
        doc.campaignChanged.connect(self.refresh)
        self.refresh()

    # Building -------------------------------------------------------------------------------------

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, objectName="Small")
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    def _transition_row(self, caption: str, with_video: bool = False) -> tuple[QWidget, QComboBox, QDoubleSpinBox]:
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        label = QLabel(caption)
        row.addWidget(label)
        kind = QComboBox()
        kind.setAccessibleName(caption)
        if with_video:
            kind.addItem(self.tr("Like the video"), LIKE_VIDEO)
        kind.addItem(self.tr("Cut"), TransitionKind.CUT.value)
        kind.addItem(self.tr("Crossfade"), TransitionKind.CROSSFADE.value)
        kind.addItem(self.tr("Dip to the campaign colour"), TransitionKind.DIP.value)
        row.addWidget(kind, 1)
        seconds = QDoubleSpinBox()
        seconds.setRange(MIN_TRANSITION, MAX_TRANSITION)
        seconds.setDecimals(1)
        seconds.setSingleStep(0.1)
        seconds.setSuffix(self.tr(" s"))
        seconds.setAccessibleName(self.tr("%s: how long") % caption)
        row.addWidget(seconds)
        return row_widget, kind, seconds

    # Changing -------------------------------------------------------------------------------------

    def _guarded(self, change) -> None:
        try:
            change()
        except UserError as exc:
            self.problem.emit(exc.message)
            self.refresh()

    def _move(self, step: int) -> None:
        target = self.doc.shot + step
        if 0 <= target < len(self.doc.edit.shots):
            self._guarded(lambda: self.doc.move_shot(self.doc.shot, target, self.tr("Move shot")))

    def _duplicate(self) -> None:
        self._guarded(lambda: self.doc.duplicate_shot(self.doc.shot, self.tr("Duplicate shot")))

    def _delete(self) -> None:
        self._guarded(lambda: self.doc.remove_shot(self.doc.shot, self.tr("Delete shot")))

    def _photo_seconds(self, value: float) -> None:
        self._guarded(lambda: self.doc.set_photo_seconds(value, self.tr("Photo length"), "photo.seconds",
                                                         ("story-card", self.doc.shot)))

    def _motion(self, on: bool) -> None:
        self._guarded(lambda: self.doc.set_photo_motion(on, self.tr("Gentle zoom")))

    def _video_changed(self) -> None:
        kind = self.video_kind.currentData()
        self.video_seconds.setEnabled(kind != TransitionKind.CUT)
        self._guarded(lambda: self.doc.set_transition(TransitionKind(kind), round(self.video_seconds.value(), 2),
                                                      self.tr("Transitions")))

    def _joint_changed(self) -> None:
        kind = self.joint_kind.currentData()
        own = None if kind == LIKE_VIDEO else Transition(TransitionKind(kind), round(self.joint_seconds.value(), 2))
        self._guarded(lambda: self.doc.set_joint(self.doc.shot, own, self.tr("Transition into this shot")))

    # Following the Edit -----------------------------------------------------------------------------

    def refresh(self) -> None:
        doc = self.doc
        self.setEnabled(doc.media is not None)
        shots = doc.edit.shots
        story = len(shots) > 1
        if not shots:
            self.summary.setText(self.tr("Make a story: add more clips or photos after this one."))
        else:
            current = shots[doc.shot]
            kind = self.tr("photo") if isinstance(current, PhotoShot) else self.tr("clip")
            self.summary.setText(self.tr("Shot %1 of %2 · %3").replace("%1", str(doc.shot + 1))
                                 .replace("%2", str(len(shots))).replace("%3", kind))
        self.shot_box.setVisible(bool(shots))
        self.video_row.setVisible(story)
        for button, on in ((self.left_button, doc.shot > 0), (self.right_button, doc.shot < len(shots) - 1),
                           (self.delete_button, story)):
            button.setEnabled(on)
        current = doc.current_shot()
        self.photo_box.setVisible(isinstance(current, PhotoShot))
        if isinstance(current, PhotoShot):
            with blocked(self.photo_seconds), blocked(self.motion):
                self.photo_seconds.setValue(current.seconds)
                self.motion.setChecked(current.motion)
        video = doc.edit.transition
        with blocked(self.video_kind), blocked(self.video_seconds):
            self.video_kind.setCurrentIndex(self.video_kind.findData(str(video.kind)))
            self.video_seconds.setValue(video.seconds)
            self.video_seconds.setEnabled(video.kind != TransitionKind.CUT)
        self.joint_row.setVisible(current is not None and doc.shot > 0)
        own = current.transition if current is not None else None
        with blocked(self.joint_kind), blocked(self.joint_seconds):
            self.joint_kind.setCurrentIndex(self.joint_kind.findData(str(own.kind) if own else LIKE_VIDEO))
            self.joint_seconds.setValue(own.seconds if own else video.seconds)
            self.joint_seconds.setEnabled(own is not None and own.kind != TransitionKind.CUT)
