"""The side panel's Words card ("Teks", #16): a title, captions typed or heard, subtitles in and out.

* Title: one line typed here becomes the TITLE block at the top for the video's first seconds.
* Captions: "Add caption" at the playhead; the selected block's text (each typing run one undo
  step), its style (box, outline, karaoke) and place (top, middle, bottom), or all captions' at once.
* "Make captions from speech" (:mod:`ui.words.speech`), Indonesian or English, with progress and
  Cancel; without the speech add-on it says in one sentence how to install it from a USB stick.
* Subtitles: import an .srt (bad lines named, the good ones kept, one undo step); the export's
  "also save the .srt beside the video" (a preference) and the soft subtitle track (the Edit's).

Every change goes through the Document; the card follows the Edit without echoing back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.messages import M, Message
from app.project import srt, texts
from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.preferences import Preferences
from app.project.texts import MAX_CHARS, TextBlock
from app.speech import model as speech_model
from app.speech.hear import Recognise
from ui.common.signals import blocked
from ui.i18n.wording import sentence
from ui.session.document import Document
from ui.session.tasks import Task, run_task
from ui.words.speech import SpeechCaptions, with_heard

TITLE_SECONDS = 4.0  # how long a new title shows
CAPTION_SECONDS = 2.0  # how long a caption added at the playhead lasts
INSTALL_COMMAND = "anakgenius speech-model install FOLDER"
SPEECH_EXTRA = 'pip install "anakgenius-studio[speech]"'


def _segments(parent: QWidget, names: dict[str, str], tips: dict[str, str],
              chosen: Callable[[str], None]) -> tuple[QHBoxLayout, QButtonGroup, dict[str, QPushButton]]:
    row = QHBoxLayout()
    row.setSpacing(6)
    group = QButtonGroup(parent)
    buttons: dict[str, QPushButton] = {}
    for key, text in names.items():
        button = QPushButton(text, objectName="Segment", checkable=True)
        button.setToolTip(tips[key])
        button.setAccessibleName(tips[key])
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _=False, k=key: chosen(k))
        group.addButton(button)
        buttons[key] = button
        row.addWidget(button, 1)
    return row, group, buttons


def _hint(text: str = "") -> QLabel:
    label = QLabel(text, objectName="Hint")
    label.setWordWrap(True)
    return label


class WordsCard(QFrame):
    problem = Signal(object)  # a core Message, or words already in the window's language

    def __init__(self, doc: Document, recognise: Recognise | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.doc = doc
        self.prefs: Preferences | None = None  # the window's (attach): "save the .srt beside the video"
        self.playhead: Callable[[], float] = lambda: 0.0  # seconds on the video's timeline (attach)
        self._tokens: dict[str, object] = {}
        self.install_task: Task | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 16, 18, 18)
        box.setSpacing(10)
        box.addWidget(QLabel(self.tr("Words"), objectName="SectionTitle"))

        # the title --------------------------------------------------------------------------------
        box.addWidget(QLabel(self.tr("Title at the top"), objectName="FieldLabel"))
        row = QHBoxLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Kelas 5 SDN 3 Merauke"))
        self.title_edit.setMaxLength(MAX_CHARS)
        self.title_edit.setClearButtonEnabled(True)
        self.title_edit.setAccessibleName(self.tr("Title text"))
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.editingFinished.connect(lambda: self._tokens.pop("title", None))
        row.addWidget(self.title_edit, 1)
        self.title_seconds = QDoubleSpinBox()
        self.title_seconds.setRange(1, 60)
        self.title_seconds.setDecimals(0)
        self.title_seconds.setValue(TITLE_SECONDS)
        self.title_seconds.setSuffix(self.tr(" s"))
        self.title_seconds.setToolTip(self.tr("How long the title shows at the beginning"))
        self.title_seconds.setAccessibleName(self.tr("How long the title shows"))
        self.title_seconds.valueChanged.connect(self._title_seconds_changed)
        row.addWidget(self.title_seconds)
        box.addLayout(row)

        # the captions -----------------------------------------------------------------------------
        box.addWidget(QLabel(self.tr("Captions"), objectName="FieldLabel"))
        self.summary = _hint()
        box.addWidget(self.summary)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_button = QPushButton(self.tr("+ Add caption"))
        self.add_button.setToolTip(self.tr("A new caption at the playhead, for two seconds"))
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.clicked.connect(self.add_caption)
        row.addWidget(self.add_button, 1)
        self.prev_button = self._small("‹", self.tr("The text before"), lambda: self._step(-1))
        self.next_button = self._small("›", self.tr("The next text"), lambda: self._step(1))
        row.addWidget(self.prev_button)
        row.addWidget(self.next_button)
        box.addLayout(row)

        self.block_box = QWidget()  # the selected block
        col = QVBoxLayout(self.block_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        self.block_label = QLabel(objectName="FieldLabel")
        col.addWidget(self.block_label)
        row = QHBoxLayout()
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(MAX_CHARS)
        self.text_edit.setAccessibleName(self.tr("Text of the selected caption"))
        self.text_edit.textEdited.connect(self._text_edited)
        self.text_edit.editingFinished.connect(lambda: self._tokens.pop("text", None))
        row.addWidget(self.text_edit, 1)
        self.delete_button = self._small("✕", self.tr("Delete this text"), self.delete_selected)
        row.addWidget(self.delete_button)
        col.addLayout(row)
        box.addWidget(self.block_box)

        styles = {TextStyle.BOX: self.tr("Box"), TextStyle.OUTLINE: self.tr("Outline"),
                  TextStyle.KARAOKE: self.tr("Karaoke")}
        style_tips = {TextStyle.BOX: self.tr("On a box in the campaign colour"),
                      TextStyle.OUTLINE: self.tr("White letters with a dark edge"),
                      TextStyle.KARAOKE: self.tr("The word being spoken lights up")}
        row, self.style_group, self.style_buttons = _segments(self, styles, style_tips, self.set_style)
        box.addLayout(row)
        places = {TextPlace.TOP: self.tr("Top"), TextPlace.MIDDLE: self.tr("Middle"),
                  TextPlace.BOTTOM: self.tr("Bottom")}
        place_tips = {TextPlace.TOP: self.tr("At the top of the safe zone"),
                      TextPlace.MIDDLE: self.tr("In the middle of the picture"),
                      TextPlace.BOTTOM: self.tr("At the bottom of the safe zone")}
        row, self.place_group, self.place_buttons = _segments(self, places, place_tips, self.set_place)
        box.addLayout(row)
        self.for_all = QCheckBox(self.tr("For all captions"))
        self.for_all.setToolTip(self.tr("The buttons above change every caption at once"))
        self.for_all.toggled.connect(lambda _: self.refresh())
        box.addWidget(self.for_all)

        # captions from speech ---------------------------------------------------------------------
        self.speech = SpeechCaptions(doc, recognise, self)
        self.speech.progress.connect(lambda f: self.speech_progress.setValue(round(f * 1000)))
        self.speech.running.connect(self._speech_running)
        self.speech.finished.connect(self._heard)
        self.speech.failed.connect(self._not_heard)
        self.speech.cancelled.connect(lambda: self.note(self.tr("Stopped. Your captions are as they were.")))
        self.speech_button = QPushButton(self.tr("Make captions from speech"))
        self.speech_button.setToolTip(self.tr("Listen to the video and write what is said as captions, "
                                              "offline; then check and fix the words"))
        self.speech_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.speech_button.clicked.connect(self.make_captions_from_speech)
        box.addWidget(QLabel(self.tr("Captions from speech"), objectName="FieldLabel"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Bahasa Indonesia"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Language spoken in the video"))
        self.language.setToolTip(self.tr("Language spoken in the video"))
        box.addWidget(self.language)
        box.addWidget(self.speech_button)
        self.speech_row = QWidget()
        prow = QHBoxLayout(self.speech_row)
        prow.setContentsMargins(0, 0, 0, 0)
        self.speech_progress = QProgressBar()
        self.speech_progress.setRange(0, 1000)
        self.speech_progress.setFormat(self.tr("Listening… %p%"))
        self.speech_progress.setAccessibleName(self.tr("Listening to the video"))
        prow.addWidget(self.speech_progress, 1)
        self.speech_cancel = QPushButton(self.tr("Cancel"))
        self.speech_cancel.clicked.connect(self.speech.cancel)
        prow.addWidget(self.speech_cancel)
        self.speech_row.hide()
        box.addWidget(self.speech_row)
        self.install_action = QAction(self.tr("Install speech add-on from file…"), self)
        self.install_action.triggered.connect(self.install_speech_addon)
        self.install_button = QPushButton(self.tr("Install speech add-on from file…"), objectName="Link")
        self.install_button.clicked.connect(self.install_speech_addon)
        self.install_button.hide()
        box.addWidget(self.install_button)
        self.note_label = _hint()
        self.note_label.hide()
        box.addWidget(self.note_label)

        # subtitles in and out ---------------------------------------------------------------------
        box.addWidget(QLabel(self.tr("Subtitles"), objectName="FieldLabel"))
        self.import_button = QPushButton(self.tr("Import .srt…"))
        self.import_button.setToolTip(self.tr("Captions from a subtitle file (.srt); they replace the captions here"))
        self.import_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.import_button.clicked.connect(self.import_srt)
        box.addWidget(self.import_button)
        self.srt_beside = QCheckBox(self.tr("Also save an .srt file"))
        self.srt_beside.setToolTip(self.tr("The export writes a subtitle file with the same name as the video"))
        self.srt_beside.toggled.connect(self._srt_beside_toggled)
        box.addWidget(self.srt_beside)
        box.addWidget(_hint(self.tr("Beside the video, with its name: for YouTube or a player.")))
        self.soft = QCheckBox(self.tr("Captions as a subtitle track"))
        self.soft.setToolTip(self.tr("Kept in the MP4 as subtitles instead of drawn into the picture"))
        self.soft.toggled.connect(lambda on: self._guarded(lambda: self.doc.set_soft_captions(
            on, self.tr("Captions as a subtitle track") if on else self.tr("Captions in the picture"))))
        box.addWidget(self.soft)
        box.addWidget(_hint(self.tr("Viewers can turn them off; TikTok, Reels and WhatsApp do not show them.")))

        doc.changed.connect(self.refresh)
        doc.textSelected.connect(self._selection_changed)
        self.refresh()

    def attach(self, prefs: Preferences, playhead: Callable[[], float]) -> None:
        """The window's preferences and where its playhead is on the video's timeline."""
        self.prefs, self.playhead = prefs, playhead
        with blocked(self.srt_beside):
            self.srt_beside.setChecked(prefs.srt_beside)

    def _small(self, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    # Helpers -----------------------------------------------------------------------------------

    def _guarded(self, change: Callable[[], object]) -> None:
        try:
            change()
        except UserError as exc:
            self.problem.emit(exc.message)
            self.refresh()

    def _token(self, key: str) -> object:
        if self._tokens.get(key) is None:
            self._tokens[key] = self.doc.new_token()
        return self._tokens[key]

    def note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def duration(self) -> float:
        return self.doc.result_seconds()

    def _title_index(self) -> int | None:
        return next((i for i, b in enumerate(self.doc.edit.texts) if b.kind == TextKind.TITLE), None)

    def _captions(self) -> list[int]:
        return [i for i, b in enumerate(self.doc.edit.texts) if b.kind == TextKind.CAPTION]

    # The title ---------------------------------------------------------------------------------

    def _title_edited(self, text: str) -> None:
        blocks, i, label = self.doc.edit.texts, self._title_index(), self.tr("Title")
        words = " ".join(text.split())
        token = self._token("title")
        if i is None:
            if not words:
                return
            seconds = self.title_seconds.value()
            total = self.duration()
            end = min(seconds, total) if total > texts.MIN_TEXT_SECONDS else seconds
            block = TextBlock(words, 0.0, round(end, 3), TextKind.TITLE, TextStyle.BOX, TextPlace.TOP)
            self._guarded(lambda: self.doc.change_texts(texts.add(blocks, block), label, "words.title", token))
        elif not words:
            self._guarded(lambda: self.doc.change_texts(texts.remove(blocks, i), label, "words.title", token))
        elif words != blocks[i].text:
            self._guarded(lambda: self.doc.change_texts(texts.edit_text(blocks, i, words), label, "words.title",
                                                        token, select=self.doc.text))

    def _title_seconds_changed(self, seconds: float) -> None:
        i = self._title_index()
        if i is None:
            return
        blocks = self.doc.edit.texts
        change = texts.stretch(blocks, i, end=blocks[i].start + seconds)
        self._guarded(lambda: self.doc.change_texts(change, self.tr("How long the title shows"), "words.title.seconds",
                                                    None, select=self.doc.text))

    # Captions ----------------------------------------------------------------------------------

    def add_caption(self) -> None:
        total = self.duration()
        start = max(0.0, self.playhead())
        end = start + CAPTION_SECONDS
        if total > CAPTION_SECONDS and end > total:
            start, end = max(0.0, total - CAPTION_SECONDS), total
        chosen = self.doc.text
        template = self.doc.edit.texts[chosen] if chosen is not None else None
        captions = [self.doc.edit.texts[i] for i in self._captions()]
        like = template if template is not None and template.kind == TextKind.CAPTION else (
            captions[-1] if captions else None)
        block = TextBlock(self.tr("New caption"), round(start, 3), round(end, 3), TextKind.CAPTION,
                          like.style if like else TextStyle.BOX, like.place if like else TextPlace.BOTTOM)
        change = texts.add(self.doc.edit.texts, block)
        self._guarded(lambda: self.doc.change_texts(change, self.tr("Add caption"), select=change.index))
        self.text_edit.setFocus()
        self.text_edit.selectAll()

    def delete_selected(self) -> None:
        i = self.doc.text
        if i is not None:
            self._guarded(lambda: self.doc.change_texts(texts.remove(self.doc.edit.texts, i), self.tr("Delete text")))

    def _step(self, delta: int) -> None:
        count = len(self.doc.edit.texts)
        if not count:
            return
        i = self.doc.text
        self.doc.select_text(0 if i is None else max(0, min(count - 1, i + delta)))

    def _text_edited(self, text: str) -> None:
        i = self.doc.text
        words = " ".join(text.split())
        if i is None or not words:
            return  # a block keeps its last words while the field is empty (delete it with ✕)
        if words == self.doc.edit.texts[i].text:
            return
        change = texts.edit_text(self.doc.edit.texts, i, words)
        self._guarded(lambda: self.doc.change_texts(change, self.tr("Edit text"), "words.text", self._token("text"),
                                                    select=i))

    def _restyle(self, label: str, **values: object) -> None:
        """The selected block, or every caption ("for all captions", or none selected), restyled at once."""
        i = self.doc.text
        if i is not None and not self.for_all.isChecked():
            change = texts.restyle(self.doc.edit.texts, i, **values)
            self._guarded(lambda: self.doc.change_texts(change, label, select=i))
            return
        chosen = self.doc.text

        def apply(e) -> None:  # noqa: ANN001 - an Edit
            e.texts = [dataclasses.replace(b, **values) if b.kind == TextKind.CAPTION else b  # type: ignore[arg-type]
                       for b in e.texts]

        self._guarded(lambda: self.doc.change(label, apply))
        self.doc.select_text(chosen)

    def set_style(self, style: str) -> None:
        self._restyle(self.tr("Text style: %s") % self.style_buttons[TextStyle(style)].text(), style=TextStyle(style))

    def set_place(self, place: str) -> None:
        self._restyle(self.tr("Text place: %s") % self.place_buttons[TextPlace(place)].text(), place=TextPlace(place),
                      y=None)

    # Captions from speech ----------------------------------------------------------------------

    def make_captions_from_speech(self) -> None:
        if self.speech.is_running():
            return
        if not self.speech.available():
            self._explain_install()
            return
        self.note("")
        self.speech.label = self.tr("Captions from speech")
        self.speech.start(self.language.currentData())

    def _explain_install(self) -> None:
        if speech_model.packaged() and not speech_model.recogniser_installed():  # #16 add-on (branch addon16)
            self.install_button.show()
            self.note(self.tr("Captions from speech need the speech add-on: copy its .zip (anakgenius-speech-…) "
                              "from a USB stick and choose “Install speech add-on from file…”."))
            return
        if not speech_model.recogniser_installed():
            self.install_button.hide()
            self.note(self.tr("This copy of the app has no speech recogniser (faster-whisper); install the app "
                              "with its speech part (%s), then the speech add-on.") % SPEECH_EXTRA)
            return
        self.install_button.show()
        self.note(self.tr("The speech add-on is not installed yet: copy its folder (or its two .whl files) from "
                          "a USB stick and choose “Install speech add-on from file…”, or run %s.") % INSTALL_COMMAND)

    def _speech_running(self, running: bool) -> None:
        self.speech_row.setVisible(running)
        self.speech_progress.setValue(0)
        self.speech_button.setEnabled(not running)
        self.language.setEnabled(not running)

    def _heard(self, count: int) -> None:
        self.note(self.tr("%s captions made from the speech. They are a draft: play the video, check each "
                          "caption and fix the words here.") % count)

    def _not_heard(self, message: Message) -> None:
        if message.id in (M.SPEECH_MODEL_MISSING,):
            self._explain_install()
            return
        self.note(sentence(message))

    def ask_install_source(self) -> str:
        """The add-on's .zip, or the folder of a file chosen in it (addon.json, model.bin, .whl); tests replace it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The folder with the speech add-on"), "",
                                              self.tr("Speech add-on (*.zip addon.json model.bin *.whl)"))
        return path if not path or path.lower().endswith(".zip") else str(Path(path).parent)

    def install_speech_addon(self) -> None:
        folder = self.ask_install_source()
        if not folder or self.install_task is not None:
            return
        self.note(self.tr("Installing the speech add-on…"))

        def done(_path: object) -> None:
            self.install_task = None
            self.install_button.hide()
            self.note(self.tr("The speech add-on is installed. “Make captions from speech” works now."))

        def failed(message: Message, _details: str) -> None:
            self.install_task = None
            self.note(sentence(message))

        self.install_task = run_task(lambda _state: speech_model.install(folder), done=done, failed=failed,
                                     cancelled=lambda: setattr(self, "install_task", None))

    # Subtitles ---------------------------------------------------------------------------------

    def ask_srt(self) -> str:
        """The .srt to import (tests replace this)."""
        folder = str(Path(self.doc.first_source()).parent) if self.doc.first_source() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import subtitles"), folder,
                                              self.tr("Subtitles (*.srt)"))
        return path

    def import_srt(self) -> None:
        path = self.ask_srt()
        if not path:
            return
        style = self._caption_style()
        try:
            result = srt.read(path, style)
            new = with_heard(self.doc.edit.texts, result.blocks)
            self.doc.set_texts(new, self.tr("Import subtitles"))
        except UserError as exc:
            self.note(sentence(exc.message))
            return
        first = next((i for i, b in enumerate(self.doc.edit.texts) if b.kind == TextKind.CAPTION), None)
        self.doc.select_text(first)
        if result.problems:
            lines = ", ".join(str(p.params["line"]) for p in result.problems)
            self.note(sentence(Message(M.SRT_SOME_LEFT_OUT, kept=len(result.blocks), lines=lines,
                                       file=Path(path).name)))
        else:
            self.note(self.tr("%s subtitles were imported.") % len(result.blocks))

    def _caption_style(self) -> TextStyle:
        captions = [self.doc.edit.texts[i] for i in self._captions()]
        return captions[0].style if captions else TextStyle.BOX

    def _srt_beside_toggled(self, on: bool) -> None:
        if self.prefs is not None:
            self.prefs.srt_beside = on
            self.prefs.save()

    # Following the Edit ------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self._tokens.pop("text", None)  # typing into another block is another undo step
        self.refresh()

    def refresh(self) -> None:
        doc = self.doc
        blocks = doc.edit.texts
        has_video = doc.media is not None
        self.setEnabled(has_video)
        t = self._title_index()
        title = blocks[t].text if t is not None else ""
        if " ".join(self.title_edit.text().split()) != title:
            with blocked(self.title_edit):
                self.title_edit.setText(title)
        if t is not None:
            with blocked(self.title_seconds):
                self.title_seconds.setValue(max(1.0, round(blocks[t].seconds)))
        captions = self._captions()
        self.summary.setText(self.tr("No captions yet: add one, make them from speech or import an .srt.")
                             if not captions else self.tr("%s captions") % len(captions))
        i = doc.text
        selected = blocks[i] if i is not None else None
        self.block_box.setVisible(selected is not None)
        self.prev_button.setEnabled(bool(blocks) and (i is None or i > 0))
        self.next_button.setEnabled(bool(blocks) and (i is None or i < len(blocks) - 1))
        if selected is not None:
            kinds = {TextKind.TITLE: self.tr("Title"), TextKind.CAPTION: self.tr("Caption"),
                     TextKind.LINE: self.tr("Line")}
            self.block_label.setText(self.tr("%1 %2 of %3 · %4–%5 s").replace("%1", kinds[selected.kind])
                                     .replace("%2", str(i + 1)).replace("%3", str(len(blocks)))
                                     .replace("%4", f"{selected.start:.1f}").replace("%5", f"{selected.end:.1f}"))
            if " ".join(self.text_edit.text().split()) != selected.text:
                with blocked(self.text_edit):
                    self.text_edit.setText(selected.text)
        shown = selected if selected is not None and not self.for_all.isChecked() else (
            blocks[captions[0]] if captions else None)
        for group, buttons, value in ((self.style_group, self.style_buttons, shown.style if shown else None),
                                      (self.place_group, self.place_buttons, shown.place if shown else None)):
            group.setExclusive(False)
            for key, button in buttons.items():
                with blocked(button):
                    button.setChecked(key == value and (shown is None or shown.y is None or group is self.style_group))
                button.setEnabled(shown is not None)
            group.setExclusive(True)
        with blocked(self.soft):
            self.soft.setChecked(doc.edit.soft_captions)
