"""The side panel: Framing, Watermark, Music and Export, each a card.

Every control changes the Edit through :meth:`Document.change` (one undo step per gesture) and
follows the Edit when it changes (undo, redo, a new clip) without echoing back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.render.presets import PRESETS
from ui.common.signals import blocked
from ui.editor.card_option import CardOption
from ui.editor.story_card import StoryCard
from ui.faces.card import FacesCard
from ui.i18n.wording import preset_label
from ui.session.document import Document
from ui.share.dialog import open_share_dialog
from ui.style.sheet import MAGENTA, YELLOW
from ui.words.card import WordsCard

Setter = Callable[[float, str, str | None, object], bool]  # value, undo label, merge key, gesture token

SWATCHES = ("#000000", "#FFFFFF", MAGENTA, YELLOW, "#1E88E5", "#43A047")
# 3×3 grid cells of the position presets (the centre row has only "center")
POSITION_CELLS = {
    "top-left": (0, 0), "top": (0, 1), "top-right": (0, 2),
    "center": (1, 1),
    "bottom-left": (2, 0), "bottom": (2, 1), "bottom-right": (2, 2),
}


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(objectName="Card")
    box = QVBoxLayout(card)
    box.setContentsMargins(18, 16, 18, 18)
    box.setSpacing(10)
    label = QLabel(title, objectName="SectionTitle")
    box.addWidget(label)
    return card, box


def _hint(text: str) -> QLabel:
    label = QLabel(text, objectName="Hint")
    label.setWordWrap(True)
    return label


class LabeledSlider(QWidget):
    """A slider with a caption on the left and its value (as %) on the right."""

    def __init__(self, caption: str, low: int, high: int, suffix: str = "%", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.caption = QLabel(caption)
        self.caption.setMinimumWidth(78)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(low, high)
        self.slider.setAccessibleName(caption)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(44)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.suffix = suffix
        row.addWidget(self.caption)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._show)
        self._show(self.slider.value())

    def _show(self, value: int) -> None:
        self.value_label.setText(f"{value}{self.suffix}")

    def set_value(self, value: int) -> None:
        with blocked(self.slider):
            self.slider.setValue(value)
        self._show(self.slider.value())


class FittingScroll(QScrollArea):
    """A vertical-only scroll area that is never narrower than its content: with the horizontal bar
    off, a narrower area would cut the cards' right edge (large fonts, long Indonesian words)."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        need = (self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())
        return QSize(max(hint.width(), need), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:  # the content's minimum may have changed
            self.updateGeometry()
        return super().eventFilter(watched, event)


class SidePanel(QWidget):
    exportRequested = Signal()
    cancelRequested = Signal()
    showFileRequested = Signal()
    problem = Signal(object)  # a Message, or words already in the window's language
    chorusRequested = Signal()  # "Start at the chorus" (the timeline knows the song's waveform)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        inner = QWidget()
        col = QVBoxLayout(inner)
        col.setContentsMargins(0, 0, 6, 0)
        col.setSpacing(12)
        self._gesture: dict[str, object] = {}
        self.story_card = StoryCard(doc)  # ui/editor/story_card.py
        self.story_card.problem.connect(self.problem)
        self.faces_card = FacesCard(doc)  # ui/faces/card.py (#17)
        self.words_card = WordsCard(doc)  # ui/words/card.py (#16)
        self.words_card.problem.connect(self.problem)
        self.cards = {"story": self.story_card, "framing": self._framing_card(), "faces": self.faces_card,
                      "words": self.words_card,
                      "hashtag": self._watermark_card(), "music": self._music_card(),
                      "card": CardOption(doc)}  # ui/card_option.py
        for card in self.cards.values():
            col.addWidget(card)
        col.addStretch(1)
        self.scroll = FittingScroll(inner)
        outer.addWidget(self._jump_bar())
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self._export_card())  # always in sight, whatever the screen height
        doc.changed.connect(self.refresh)
        doc.campaignChanged.connect(self._campaign_changed)
        self.refresh()

    def _campaign_changed(self) -> None:
        """The hashtag's placeholder and the song's name are the campaign's."""
        campaign = self.doc.campaign
        self.wm_text.setPlaceholderText(campaign.hashtag)
        song = campaign.song
        self.song_enabled.setText(self.tr("Play “%s”") % (song.title if song else self.tr("the campaign song")))
        self.song_enabled.setEnabled(song is not None)

    def sizeHint(self) -> QSize:  # noqa: N802
        """400 px wide, or wider when the content needs it (large fonts)."""
        return QSize(max(400, self.minimumSizeHint().width()), super().sizeHint().height())

    def _jump_bar(self) -> QWidget:
        """A chip per card above them: what the panel holds, even below the fold, one click away."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.jump_group = QButtonGroup(self)
        self.jump_buttons: dict[str, QPushButton] = {}
        names = {"story": self.tr("Story"), "framing": self.tr("Framing"), "words": self.tr("Words"),
                 "hashtag": self.tr("Hashtag"), "music": self.tr("Music"), "card": self.tr("Card")}
        for key, text in names.items():
            chip = QPushButton(text, objectName="Chip", checkable=True)
            chip.setToolTip(self.tr("Go to %s") % text)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a shortcut for the mouse; Tab walks the cards
            chip.clicked.connect(lambda _=False, k=key: self.show_card(k))
            self.jump_group.addButton(chip)
            self.jump_buttons[key] = chip
            row.addWidget(chip)
        row.addStretch(1)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)
        self._follow_scroll()
        return bar

    def show_card(self, key: str) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), self.cards[key].y()))
        self.jump_buttons.get(key, self.jump_buttons["framing"]).setChecked(True)

    def _follow_scroll(self) -> None:
        """The chip of the card at the top of the panel is lit."""
        top = self.scroll.verticalScrollBar().value()
        key = "story"
        for name, card in self.cards.items():
            if card.y() <= top + 8 and name in self.jump_buttons:  # (the faces card has no chip: Framing's)
                key = name
        self.jump_buttons[key].setChecked(True)

    # Helpers -----------------------------------------------------------------------------------

    def _guarded(self, change: Callable[[], object]) -> None:
        """Make a change; one the Edit refuses is shown as its sentence and the panel follows the Edit."""
        try:
            change()
        except UserError as exc:
            self.problem.emit(exc.message)
            self.refresh()

    def _token(self, key: str) -> object:
        return self._gesture.get(key)

    def _bind_slider(self, slider: QSlider, key: str, label: str, setter: Setter) -> None:
        """Slider moves (percent → a fraction) become one undo step per press (or per keyboard/wheel step)."""

        def pressed() -> None:
            self._gesture[key] = self.doc.new_token()

        def released() -> None:
            self._gesture[key] = None

        slider.sliderPressed.connect(pressed)
        slider.sliderReleased.connect(released)
        slider.valueChanged.connect(lambda v: self._guarded(lambda: setter(v / 100, label, key, self._token(key))))

    # Cards -------------------------------------------------------------------------------------

    def _framing_card(self) -> QFrame:
        card, box = _card(self.tr("Framing"))
        box.addWidget(_hint(self.tr("How should your clip fill the tall screen?")))
        row = QHBoxLayout()
        row.setSpacing(8)
        self.layout_group = QButtonGroup(self)
        self.layout_buttons: dict[str, QPushButton] = {}
        names = {"blur": self.tr("Blur"), "fill": self.tr("Fill"), "fit": self.tr("Fit"),
                 "follow": self.tr("Follow subject")}
        tips = {
            "blur": self.tr("Your whole clip, on a soft blurred copy of itself"),
            "fill": self.tr("Fill the screen; drag the picture sideways to choose what stays in"),
            "fit": self.tr("Your whole clip on a coloured background"),
            "follow": self.tr("The frame follows the face; drag it to correct"),
        }
        for layout, text in names.items():
            button = QPushButton(text, objectName="Segment", checkable=True)
            button.setToolTip(tips[layout])
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.layout_group.addButton(button)
            self.layout_buttons[layout] = button
            row.addWidget(button)
            button.clicked.connect(lambda _=False, lay=layout: self._guarded(
                lambda: self.doc.set_layout(lay, self.tr("Framing: %s") % names[lay])))
        box.addLayout(row)
        self.layout_hint = _hint("")
        self._layout_tips = tips
        self.follow_note = ""  # #17 what the face analysis says (progress, no face found), ui/editor/follow_view.py
        box.addWidget(self.layout_hint)

        self.focus_slider = LabeledSlider(self.tr("Keep"), 0, 100, "")
        self.focus_slider.value_label.hide()
        self.focus_slider.caption.setText(self.tr("Left"))
        self.focus_slider.caption.setMinimumWidth(0)
        right = QLabel(self.tr("Right"))
        self.focus_slider.layout().addWidget(right)
        self.focus_slider.slider.setToolTip(self.tr("Which part of the picture stays in the frame"))
        self._bind_slider(self.focus_slider.slider, "focus", self.tr("Move the picture"), self.doc.set_focus)
        box.addWidget(self.focus_slider)

        self.background_row = QWidget()
        bg = QHBoxLayout(self.background_row)
        bg.setContentsMargins(0, 0, 0, 0)
        bg.setSpacing(6)
        bg.addWidget(QLabel(self.tr("Background")))
        bg.addStretch(1)
        self.swatches: dict[str, QPushButton] = {}
        for colour in SWATCHES:
            swatch = QPushButton(objectName="Swatch", checkable=True)
            swatch.setToolTip(colour)
            swatch.setAccessibleName(self.tr("Background colour %s") % colour)
            swatch.setCursor(Qt.CursorShape.PointingHandCursor)
            swatch.clicked.connect(lambda _=False, c=colour: self.set_background(c))
            self.swatches[colour] = swatch
            bg.addWidget(swatch)
        more = QPushButton("…", objectName="Swatch")
        more.setToolTip(self.tr("Choose another colour"))
        more.clicked.connect(self._pick_colour)
        bg.addWidget(more)
        box.addWidget(self.background_row)
        return card

    def set_follow_note(self, text: str) -> None:
        """#17: a word under the framing buttons while "Follow subject" is chosen ("" : its tip)."""
        self.follow_note = text
        if self.doc.view().framing.layout == "follow":
            self.layout_hint.setText(text or self._layout_tips["follow"])

    def disable_follow(self, why: str) -> None:
        """#17: the face detector cannot load; the option stays visible, greyed, with the reason."""
        button = self.layout_buttons["follow"]
        button.setEnabled(False)
        button.setToolTip(why)
        self._layout_tips["follow"] = why

    def set_background(self, colour: str) -> None:
        self._guarded(lambda: self.doc.set_background(colour, self.tr("Background colour")))

    def _pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.doc.view().framing.background), self, self.tr("Background colour"))
        if colour.isValid():
            self.set_background(colour.name())

    def _watermark_card(self) -> QFrame:
        card, box = _card(self.tr("Hashtag"))
        self.wm_enabled = QCheckBox(self.tr("Show the hashtag on the video"))
        self.wm_enabled.toggled.connect(lambda on: self._guarded(lambda: self.doc.set_watermark_shown(
            on, self.tr("Show hashtag") if on else self.tr("Hide hashtag"))))
        box.addWidget(self.wm_enabled)
        self.wm_text = QLineEdit()
        self.wm_text.setPlaceholderText(self.doc.campaign.hashtag)
        self.wm_text.setMaxLength(80)
        self.wm_text.setClearButtonEnabled(True)
        self.wm_text.setAccessibleName(self.tr("Hashtag text"))
        self.wm_text.textEdited.connect(self._text_edited)
        self.wm_text.editingFinished.connect(lambda: self._gesture.pop("text", None))
        box.addWidget(self.wm_text)
        self.wm_size = LabeledSlider(self.tr("Size"), 50, 250)
        self._bind_slider(self.wm_size.slider, "wm.scale", self.tr("Hashtag size"), self.doc.set_watermark_scale)
        box.addWidget(self.wm_size)
        self.wm_opacity = LabeledSlider(self.tr("Opacity"), 20, 100)
        self._bind_slider(self.wm_opacity.slider, "wm.opacity", self.tr("Hashtag opacity"),
                          self.doc.set_watermark_opacity)
        box.addWidget(self.wm_opacity)

        place = QHBoxLayout()
        place.setSpacing(14)
        grid_box = QFrame()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.position_group = QButtonGroup(self)
        self.position_buttons: dict[str, QPushButton] = {}
        glyphs = {"top-left": "↖", "top": "↑", "top-right": "↗", "center": "•",
                  "bottom-left": "↙", "bottom": "↓", "bottom-right": "↘"}
        spoken = {"top-left": self.tr("Hashtag at the top left"), "top": self.tr("Hashtag at the top"),
                  "top-right": self.tr("Hashtag at the top right"), "center": self.tr("Hashtag in the middle"),
                  "bottom-left": self.tr("Hashtag at the bottom left"), "bottom": self.tr("Hashtag at the bottom"),
                  "bottom-right": self.tr("Hashtag at the bottom right")}  # what a screen reader says
        for position, (r, c) in POSITION_CELLS.items():
            button = QPushButton(glyphs[position], objectName="PosButton", checkable=True)
            button.setAccessibleName(spoken[position])
            button.setToolTip(self.tr("Put the hashtag here (inside the safe zone)"))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, pos=position: self._guarded(
                lambda: self.doc.place_watermark(pos, self.tr("Hashtag position"))))
            self.position_group.addButton(button)
            self.position_buttons[position] = button
            grid.addWidget(button, r, c)
        place.addWidget(grid_box)
        place.addWidget(_hint(self.tr("Pick a spot, or drag the hashtag on the preview. "
                                      "It snaps to the safe zone.")), 1)
        box.addLayout(place)
        return card

    def _text_edited(self, text: str) -> None:
        if "text" not in self._gesture or self._gesture["text"] is None:
            self._gesture["text"] = self.doc.new_token()
        self._guarded(lambda: self.doc.set_watermark_text(text, self.tr("Hashtag text"), "text", self._token("text")))

    def _music_card(self) -> QFrame:
        card, box = _card(self.tr("Music"))
        song = self.doc.campaign.song
        title = song.title if song else self.tr("the campaign song")
        self.song_enabled = QCheckBox(self.tr("Play “%s”") % title)
        self.song_enabled.setEnabled(song is not None)
        self.song_enabled.toggled.connect(lambda on: self._guarded(lambda: self.doc.set_song_on(
            on, self.tr("Song on") if on else self.tr("Song off"))))
        box.addWidget(self.song_enabled)
        self.song_volume = LabeledSlider(self.tr("Song"), 0, 200)
        self._bind_slider(self.song_volume.slider, "song.volume", self.tr("Song volume"), self.doc.set_song_volume)
        box.addWidget(self.song_volume)
        self.clip_volume = LabeledSlider(self.tr("Your clip"), 0, 200)
        self._bind_slider(self.clip_volume.slider, "clip.volume", self.tr("Clip volume"), self.doc.set_clip_volume)
        box.addWidget(self.clip_volume)
        self.clip_mute = QCheckBox(self.tr("Mute my clip's own sound"))
        self.clip_mute.toggled.connect(self._mute_toggled)
        box.addWidget(self.clip_mute)
        self._unmuted_volume = 1.0
        self.fade_in = self._seconds_box(self.tr("Song fades in (seconds)"), "fade_in", self.tr("Song fade-in"),
                                         self.doc.set_fade_in)
        self.fade_out = self._seconds_box(self.tr("Song fades out (seconds)"), "fade_out", self.tr("Song fade-out"),
                                          self.doc.set_fade_out)
        self.song_start = QDoubleSpinBox()
        self.song_start.setRange(0, 600)
        self.song_start.setDecimals(1)
        self.song_start.setSingleStep(0.5)
        self.song_start.setSuffix(self.tr(" s"))
        self.song_start.setAccessibleName(self.tr("Song starts at (seconds)"))
        self.song_start.valueChanged.connect(lambda v: self._guarded(lambda: self.doc.set_song_start(
            round(v, 3), self.tr("Song start"), "song.start")))
        times = QGridLayout()  # one column of labels, one of boxes: narrow enough for any language
        times.setHorizontalSpacing(8)
        times.setColumnStretch(1, 1)
        for r, (text, spin) in enumerate(((self.tr("Fade in"), self.fade_in), (self.tr("Fade out"), self.fade_out),
                                          (self.tr("Song starts at"), self.song_start))):
            times.addWidget(QLabel(text), r, 0)
            times.addWidget(spin, r, 2)
        box.addLayout(times)
        self.chorus_button = QPushButton(self.tr("♪ Start at the chorus"))
        self.chorus_button.setToolTip(self.tr("Play the catchiest part of the song (or drag the song on the timeline)"))
        self.chorus_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.chorus_button.clicked.connect(self.chorusRequested)
        box.addWidget(self.chorus_button)
        if song and song.credit:
            box.addWidget(_hint(self.tr("Song: %s · %s") % (song.credit, song.licence)))
        return card

    def _seconds_box(self, name: str, key: str, label: str, setter: Setter) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(0, 10)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" s"))
        spin.setAccessibleName(name)
        spin.valueChanged.connect(lambda v: self._guarded(lambda: setter(round(v, 2), label, key, None)))
        return spin

    def _mute_toggled(self, muted: bool) -> None:
        if muted:
            if self.doc.view().audio.clip_volume > 0:
                self._unmuted_volume = self.doc.view().audio.clip_volume
            self._guarded(lambda: self.doc.set_clip_volume(0.0, self.tr("Mute the clip")))
        else:
            volume = self._unmuted_volume or 1.0
            self._guarded(lambda: self.doc.set_clip_volume(volume, self.tr("Unmute the clip")))

    def _export_card(self) -> QFrame:
        card = QFrame(objectName="ExportCard")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 14, 18, 16)
        box.setSpacing(10)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(QLabel(self.tr("Make it for"), objectName="SectionTitle"))
        self.preset_combo = QComboBox()
        for preset in PRESETS.values():
            self.preset_combo.addItem(preset_label(preset), preset.id)
        self.preset_combo.setAccessibleName(self.tr("Export for"))
        self.preset_combo.activated.connect(self._preset_chosen)
        row.addWidget(self.preset_combo, 1)
        box.addLayout(row)
        self.export_button = QPushButton(self.tr("Export video"), objectName="Primary")
        self.export_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.export_button.clicked.connect(self.exportRequested)
        box.addWidget(self.export_button)
        self.progress_row = QWidget()
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat("%p%")
        prow.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        prow.addWidget(self.cancel_button)
        self.progress_row.hide()
        box.addWidget(self.progress_row)
        self.result_label = QLabel(objectName="Hint")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        box.addWidget(self.result_label)
        self.show_file_button = QPushButton(self.tr("Show in folder"), objectName="Link")
        self.show_file_button.clicked.connect(self.showFileRequested)
        self.show_file_button.hide()
        self.share_button = QPushButton(self.tr("Send to phone"), objectName="Link")  # #18: "Kirim ke HP"
        self.share_button.clicked.connect(lambda: open_share_dialog([getattr(self.window(), "last_export", None)],
                                                                    self.window()))
        self.share_button.hide()
        links = QHBoxLayout()
        links.addWidget(self.show_file_button)
        links.addWidget(self.share_button)
        links.addStretch(1)
        box.addLayout(links)
        return card

    def _preset_chosen(self, index: int) -> None:
        preset = self.preset_combo.itemData(index)
        self._guarded(lambda: self.doc.set_preset(preset, self.tr("Export for %s") % preset_label(PRESETS[preset])))

    # Export state ------------------------------------------------------------------------------

    def set_exporting(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.progress_row.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setValue(0)
            self.result_label.hide()
            self.show_file_button.hide()
            self.share_button.hide()

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(fraction * 1000))

    def clear_result(self) -> None:
        """A new clip: no word about the last export."""
        self.result_label.hide()
        self.show_file_button.hide()
        self.share_button.hide()

    def show_result(self, text: str, ok: bool) -> None:
        colour = "#2E7D32" if ok else "#C62828"
        self.result_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.result_label.setText(text)
        self.result_label.show()
        self.show_file_button.setVisible(ok)
        self.share_button.setVisible(ok)

    # Following the Edit ------------------------------------------------------------------------

    def refresh(self) -> None:
        e = self.doc.edit  # the whole video's settings
        shot = self.doc.view()  # the selected shot's framing and sound (the clip's, for one clip)
        has_clip = self.doc.media is not None
        self.setEnabled(has_clip)
        layout = shot.framing.layout
        with blocked(self.layout_group):
            self.layout_buttons[layout].setChecked(True)
        self.layout_hint.setText(self.follow_note if layout == "follow" and self.follow_note
                                 else self._layout_tips[layout])
        self.focus_slider.setVisible(layout == "fill")
        self.focus_slider.set_value(round(shot.framing.focus * 100))
        self.background_row.setVisible(layout == "fit")
        for colour, swatch in self.swatches.items():
            with blocked(swatch):
                swatch.setChecked(colour.upper() == shot.framing.background.upper())
            border = MAGENTA if swatch.isChecked() else "#D9C6CF"
            width = 3 if swatch.isChecked() else 1.5
            swatch.setStyleSheet(f"background: {colour}; border: {width}px solid {border};")
        wm = e.watermark
        with blocked(self.wm_enabled):
            self.wm_enabled.setChecked(wm.enabled)
        if self.wm_text.text() != wm.text:
            with blocked(self.wm_text):
                self.wm_text.setText(wm.text)
        for widget in (self.wm_text, self.wm_size, self.wm_opacity):
            widget.setEnabled(wm.enabled)
        self.wm_size.set_value(round(wm.scale * 100))
        self.wm_opacity.set_value(round(wm.opacity * 100))
        custom = wm.x is not None and wm.y is not None
        self.position_group.setExclusive(not custom)
        for position, button in self.position_buttons.items():
            with blocked(button):
                button.setChecked(not custom and position == wm.position)
        self.position_group.setExclusive(True)
        a = e.audio
        with blocked(self.song_enabled):
            self.song_enabled.setChecked(a.song_enabled and self.doc.campaign.song is not None)
        self.song_volume.setEnabled(a.song_enabled)
        self.song_volume.set_value(round(a.song_volume * 100))
        clip_volume = shot.audio.clip_volume
        self.clip_volume.set_value(round(clip_volume * 100))
        has_audio = self.doc.media.has_audio if self.doc.media else True
        self.clip_volume.setEnabled(has_audio and clip_volume > 0)
        self.clip_volume.setToolTip("" if has_audio else self.tr("This clip has no sound"))
        with blocked(self.clip_mute):
            self.clip_mute.setChecked(clip_volume <= 0)
        self.clip_mute.setEnabled(has_audio)
        for spin, value in ((self.fade_in, a.fade_in), (self.fade_out, a.fade_out)):
            with blocked(spin):
                spin.setValue(value)
            spin.setEnabled(a.song_enabled)
        self.chorus_button.setEnabled(a.song_enabled and self.doc.campaign.song is not None)
        start = a.song_start if a.song_start is not None else (
            self.doc.campaign.song.suggested_start if self.doc.campaign.song else 0.0)
        with blocked(self.song_start):
            self.song_start.setValue(start)
        self.song_start.setEnabled(a.song_enabled)
        index = self.preset_combo.findData(e.preset)
        with blocked(self.preset_combo):
            self.preset_combo.setCurrentIndex(index)



