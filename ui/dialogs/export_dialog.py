"""The export dialog: where it goes, for which app, then progress, then "your video is ready".

Four pages in one small window: setup (platform, quality, loudness, folder, file name), progress
(percent, time so far, time left, Stop), done (size, length, Play it / Open folder / Copy
caption) and failed (one sentence, details behind a button). The export itself runs on the
shared :class:`ui.session.export_queue.ExportQueue`, so the window stays responsive and never runs two
encodes at once. Closing the dialog while it works only hides it; the export carries on and the
side panel's export card keeps showing its progress (it follows the dialog's signals).

The folder chosen becomes the Preferences' export folder; the platform is the one the next clip
is made for in this session (Document.platform); the platform, the quality and the loudness are
changes to the Edit, so they can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.job import length_limit
from app.export.naming import default_name, safe_stem
from app.export.progress import Eta
from app.files import being_written
from app.messages import M, Message
from app.project.choices import DEFAULT_PRESET, PresetId
from app.project.preferences import Preferences
from app.render.presets import PRESETS
from ui.common.path_label import PathLabel
from ui.i18n.wording import clock, file_size, limit_text, preset_label, seconds_text, sentence
from ui.session.document import Document
from ui.session.export_queue import ExportQueue, ExportResult, export_job
from ui.session.tasks import Task

PLATFORMS = (PresetId.TIKTOK, PresetId.REELS, PresetId.SHORTS, PresetId.WHATSAPP)
FORBIDDEN = QRegularExpression(r'[^<>:"/\\|?*\x00-\x1f]*')  # what Windows refuses in a file name



def _page(spacing: int) -> tuple[QWidget, QVBoxLayout]:
    """One of the dialog's pages and its column."""
    page = QWidget()
    col = QVBoxLayout(page)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(spacing)
    return page, col


class Pages(QWidget):
    """Like a QStackedWidget, but only the page on show counts for the size."""

    def __init__(self) -> None:
        super().__init__()
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - like QStackedWidget
        self._box.addWidget(page)
        page.setVisible(self._current is None)
        self._current = self._current or page

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        if self._current is not None and self._current is not page:
            self._current.hide()
        page.show()
        self._current = page

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self._current


class ExportDialog(QDialog):
    """Exports ``doc`` on ``exports``; ``before_export`` runs just before an export starts (the
    window pauses its preview, so both cores go to the encoder)."""

    started = Signal()  # an export was handed to the queue
    running = Signal(bool)  # an export is waiting or running (True), or is over (False)
    progressed = Signal(float)  # 0..1
    outcome = Signal(str, bool)  # what happened, in a sentence; True when a video was made
    finished_ok = Signal(str)  # the written file
    failed = Signal(str)  # the sentence
    cancelled = Signal()

    def __init__(self, doc: Document, exports: ExportQueue, prefs: Preferences,
                 before_export: Callable[[], None] = lambda: None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.exports, self.prefs = doc, exports, prefs
        self._before_export = before_export
        self.job: Task | None = None
        self.result: ExportResult | None = None
        self.eta: Eta | None = None
        self.cut = False
        self.setWindowTitle(self.tr("Export your video"))
        self.setObjectName("ExportDialog")  # its look is in ui/style.py (so the dark theme reaches it)
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(26, 22, 26, 22)
        # the dialog is sized per page by show_page(); a layout-set minimum size would change with
        # every page (and the offscreen test platform warns about each change)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.pages = Pages()
        outer.addWidget(self.pages)
        self.setup_page = self._setup_page()
        self.progress_page = self._progress_page()
        self.done_page = self._done_page()
        self.failed_page = self._failed_page()
        for page in (self.setup_page, self.progress_page, self.done_page, self.failed_page):
            self.pages.addWidget(page)
        self.clock_timer = QTimer(self, interval=250)
        self.clock_timer.timeout.connect(self._show_times)

    # Pages ------------------------------------------------------------------------------------

    def _title(self, text: str) -> QLabel:
        return QLabel(text, objectName="DialogTitle")

    def _setup_page(self) -> QWidget:
        page, col = _page(10)
        col.addWidget(self._title(self.tr("Export your video")))

        col.addWidget(QLabel(self.tr("Where will you post it?"), objectName="FieldLabel"))
        grid = QGridLayout()
        grid.setSpacing(8)
        self.platform_group = QButtonGroup(self)
        self.platform_buttons: dict[str, QPushButton] = {}
        for n, preset_id in enumerate(PLATFORMS):
            preset = PRESETS[preset_id]
            extra = self.tr(" · under 16 MB") if preset.size_limit_bytes else ""
            text = (self.tr("%1\nup to %2").replace("%1", preset_label(preset))
                    .replace("%2", limit_text(preset.max_seconds)) + extra)
            button = QPushButton(text, objectName="Platform", checkable=True)
            button.setAccessibleName(preset_label(preset))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.toggled.connect(self._update_fit)
            self.platform_group.addButton(button)
            self.platform_buttons[preset_id] = button
            grid.addWidget(button, n // 2, n % 2)
        col.addLayout(grid)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel(self.tr("Quality"), objectName="FieldLabel"))
        self.quality_group = QButtonGroup(self)
        self.normal_button = QPushButton(self.tr("Best (for posting)"), objectName="Segment", checkable=True)
        self.draft_button = QPushButton(self.tr("Draft (fast, to check)"), objectName="Segment", checkable=True)
        for button in (self.normal_button, self.draft_button):
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.quality_group.addButton(button)
            button.toggled.connect(self._update_fit)
            row.addWidget(button, 1)
        col.addLayout(row)
        self.loudness_check = QCheckBox(self.tr("Make the sound just as loud as other videos (recommended)"))
        col.addWidget(self.loudness_check)
        self.fit_label = QLabel(objectName="FitOk")
        self.fit_label.setWordWrap(True)
        col.addWidget(self.fit_label)

        col.addSpacing(4)
        col.addWidget(QLabel(self.tr("Save it in"), objectName="FieldLabel"))
        row = QHBoxLayout()
        self.folder_label = PathLabel("Folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.folder_label, 1)
        self.folder_button = QPushButton(self.tr("Change…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_button)
        col.addLayout(row)
        col.addWidget(QLabel(self.tr("File name"), objectName="FieldLabel"))
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setValidator(QRegularExpressionValidator(FORBIDDEN, self.name_edit))
        self.name_edit.setMaxLength(100)
        self.name_edit.setAccessibleName(self.tr("File name"))
        self.name_edit.textChanged.connect(self._name_changed)
        row.addWidget(self.name_edit, 1)
        row.addWidget(QLabel(".mp4"))
        col.addLayout(row)
        self.note_label = QLabel(objectName="Hint")
        self.note_label.setWordWrap(True)
        col.addWidget(self.note_label)
        self.overwrite_box = self._overwrite_box()
        col.addWidget(self.overwrite_box)

        col.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Not now"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        self.export_button = QPushButton(self.tr("Export"), objectName="Primary")
        self.export_button.setDefault(True)
        self.export_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.export_button.clicked.connect(self.start)
        buttons.addWidget(self.export_button)
        col.addLayout(buttons)
        return page

    def _progress_page(self) -> QWidget:
        page, col = _page(12)
        self.progress_title = self._title(self.tr("Making your video…"))
        col.addWidget(self.progress_title)
        self.progress_name = QLabel(objectName="ResultFacts")
        self.progress_name.setWordWrap(True)
        col.addWidget(self.progress_name)
        col.addSpacing(8)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setFormat("%p%")
        self.progress.setAccessibleName(self.tr("Export progress"))
        col.addWidget(self.progress)
        self.time_label = QLabel(objectName="TimeText")
        col.addWidget(self.time_label)
        col.addWidget(QLabel(self.tr("You can keep editing or close this window; the video keeps being made."),
                             objectName="Hint", wordWrap=True))
        col.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.clicked.connect(self.hide)
        row.addWidget(self.hide_button)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop now; no file is made"))
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.stop_button)
        col.addLayout(row)
        return page

    def _done_page(self) -> QWidget:
        page, col = _page(10)
        top = QHBoxLayout()
        top.setSpacing(16)
        tick = QLabel("✓", objectName="BigTick")
        top.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(QLabel(self.tr("Your video is ready!"), objectName="ResultTitle"))
        self.done_name = QLabel(objectName="FieldLabel", wordWrap=True)
        self.done_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.done_name)
        self.done_facts = QLabel(objectName="ResultFacts")
        text.addWidget(self.done_facts)
        self.done_folder = PathLabel("Hint")
        text.addWidget(self.done_folder)
        self.done_notice = QLabel(objectName="Hint", wordWrap=True)  # e.g. the video chip gave up (#19)
        self.done_notice.hide()
        text.addWidget(self.done_notice)
        top.addLayout(text, 1)
        col.addLayout(top)
        row = QHBoxLayout()
        self.play_button = QPushButton(self.tr("▶  Play it"), objectName="Primary")
        self.play_button.clicked.connect(self.play)
        self.folder_open_button = QPushButton(self.tr("Open folder"))
        self.folder_open_button.clicked.connect(self.open_folder)
        row.addWidget(self.play_button)
        row.addWidget(self.folder_open_button)
        row.addStretch(1)
        col.addLayout(row)

        box = QFrame(objectName="CaptionBox")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(QLabel(self.tr("When you post it, paste these hashtags under it so your video counts:"),
                               wordWrap=True))
        crow = QHBoxLayout()
        self.caption_label = QLabel(objectName="Caption", wordWrap=True)
        self.caption_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        crow.addWidget(self.caption_label, 1)
        self.copy_button = QPushButton(self.tr("Copy caption"))
        self.copy_button.clicked.connect(self.copy_caption)
        crow.addWidget(self.copy_button)
        inner.addLayout(crow)
        col.addWidget(box)
        col.addSpacing(6)
        col.addLayout(self._again_or_close(self.tr("Export another"), self.accept))
        return page

    def _failed_page(self) -> QWidget:
        page, col = _page(10)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(QLabel("✗", objectName="BigCross"), 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(QLabel(self.tr("The video was not made"), objectName="ResultTitle"))
        self.fail_label = QLabel(wordWrap=True)
        self.fail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.fail_label)
        top.addLayout(text, 1)
        col.addLayout(top)
        self.details_button = QPushButton(self.tr("Show details"), objectName="Link")
        self.details_button.clicked.connect(self._toggle_details)
        col.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.details_text = QPlainTextEdit(readOnly=True)
        self.details_text.setMinimumHeight(140)
        self.details_text.hide()
        col.addWidget(self.details_text, 1)
        col.addStretch(1)
        col.addLayout(self._again_or_close(self.tr("Try again"), self.reject))
        return page

    def _again_or_close(self, again_text: str, close) -> QHBoxLayout:
        """The buttons under a result: back to the setup page, or close the dialog."""
        row = QHBoxLayout()
        row.addStretch(1)
        again = QPushButton(again_text)
        again.clicked.connect(self.show_setup)
        row.addWidget(again)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(close)
        row.addWidget(close_button)
        return row

    # Setup ------------------------------------------------------------------------------------

    def open_for_editor(self) -> None:
        """Show the dialog: the running export if there is one, else a fresh setup."""
        if self.job is None and self.pages.currentWidget() is not self.done_page:
            self.show_setup()
        if self.isVisible() and QGuiApplication.platformName() != "offscreen":
            self.raise_()  # already open behind the window: bring it to the front
        self.show()
        self.activateWindow()

    def show_setup(self, note: str = "") -> None:
        edit = self.doc.edit
        platform = edit.preset if edit.preset in PLATFORMS else (
            self.doc.platform if self.doc.platform in PLATFORMS else DEFAULT_PRESET)
        self.platform_buttons[platform].setChecked(True)
        (self.draft_button if edit.preset == "draft" else self.normal_button).setChecked(True)
        self.loudness_check.setChecked(edit.audio.normalize)
        source = Path(self.doc.first_source())
        folder = self.prefs.export_folder
        self.folder = folder if folder and Path(folder).is_dir() else str(source.parent)
        self.folder_label.set_path(self.folder)
        self.name_edit.setText(Path(default_name(self.doc.campaign.hashtag, source)).stem)
        self._keep_existing()
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        self._update_fit()
        self.show_page(self.setup_page)
        self.name_edit.setFocus()

    def show_page(self, page: QWidget) -> None:
        """Switch page and fit the dialog to it (a short page makes a short dialog)."""
        self.pages.setCurrentWidget(page)
        self.layout().activate()
        self.resize(max(self.width(), self.minimumSizeHint().width()), self.sizeHint().height())  # large fonts

    def preset_id(self) -> str:
        if self.draft_button.isChecked():
            return "draft"
        return next((p for p, b in self.platform_buttons.items() if b.isChecked()), DEFAULT_PRESET)

    def platform_id(self) -> str:
        return next((p for p, b in self.platform_buttons.items() if b.isChecked()), DEFAULT_PRESET)

    def target(self) -> Path:
        stem = safe_stem(self.name_edit.text().strip()) if self.name_edit.text().strip() else "video"
        return Path(self.folder) / f"{stem}.mp4"

    def _name_changed(self) -> None:
        if self.overwrite_box.isVisible():
            self.overwrite_box.hide()
            self.show_page(self.setup_page)
        self.export_button.setEnabled(bool(self.name_edit.text().strip()))

    def _update_fit(self) -> None:
        doc = self.doc
        preset = PRESETS[self.platform_id()]
        limit = length_limit(doc.campaign, PRESETS[self.preset_id()])
        limit = min(limit, preset.max_seconds)
        seconds = doc.result_seconds()
        self.cut = seconds > limit + 1e-6
        if self.cut:
            text = self.tr("Your video is %1 long, but %2 allows %3 here. Only the first %3 will be saved.")
            self.fit_label.setObjectName("FitBad")
        else:
            text = self.tr("✓ Your video is %1 long: that fits %2 (up to %3 here).")
            self.fit_label.setObjectName("FitOk")
        self.fit_label.setText(text.replace("%1", clock(seconds)).replace("%2", preset_label(preset))
                               .replace("%3", seconds_text(limit)))
        self.fit_label.style().unpolish(self.fit_label)
        self.fit_label.style().polish(self.fit_label)

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder = folder
            self.folder_label.set_path(folder)

    def ask_folder(self) -> str:
        """The folder picker (tests replace this)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Save the video in…"), self.folder)

    def _overwrite_box(self) -> QFrame:
        """Asked in the dialog itself before a file would be replaced."""
        box = QFrame(objectName="OverwriteBox")
        col = QVBoxLayout(box)
        col.setContentsMargins(14, 10, 14, 10)
        self.overwrite_label = QLabel(wordWrap=True)
        col.addWidget(self.overwrite_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.rename_button = QPushButton(self.tr("Keep it, I'll change the name"))
        self.rename_button.clicked.connect(self._keep_existing)
        self.replace_button = QPushButton(self.tr("Replace it"))
        self.replace_button.clicked.connect(lambda: self.start(overwrite=True))
        row.addWidget(self.rename_button)
        row.addWidget(self.replace_button)
        col.addLayout(row)
        box.hide()
        return box

    def ask_overwrite(self, path: Path) -> None:
        self.overwrite_label.setText(self.tr("There is already a video called “%s” in this folder. Replace it "
                                             "with the new one? The old one will be gone.") % path.name)
        self.overwrite_box.show()
        self.export_button.setEnabled(False)
        self.show_page(self.setup_page)

    def _keep_existing(self) -> None:
        self.overwrite_box.hide()
        self.export_button.setEnabled(True)
        self.show_page(self.setup_page)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    # Running ----------------------------------------------------------------------------------

    def start(self, overwrite: bool = False) -> None:
        doc = self.doc
        if self.job is not None or doc.media is None:
            return
        target = self.target()
        if being_written(target):  # by this window, the batch or another copy of the app
            self._keep_existing()
            self.note_label.setText(sentence(Message(M.BEING_WRITTEN, file=target.name)))
            self.note_label.show()
            return
        if target.exists() and not overwrite:
            self.ask_overwrite(target)
            return
        self.note_label.hide()
        self.overwrite_box.hide()
        self.export_button.setEnabled(True)
        preset = self.preset_id()
        doc.set_preset(preset, self.tr("Export for %s") % preset_label(PRESETS[preset]))
        doc.set_loudness(self.loudness_check.isChecked(), self.loudness_check.text())
        doc.platform = self.platform_id()  # the next clip, and the next export, start from here
        self.prefs.export_folder = self.folder  # where the next video is saved first
        self.prefs.save()
        self.job = export_job(doc.edit, str(target), overwrite=overwrite, cut=self.cut,
                              srt_beside=self.prefs.srt_beside)  # #16: the Words card's option
        self._before_export()  # two cores: give them to the encoder
        self.job.signals.started.connect(self._started)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.done.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._cancelled)
        self.progress.setValue(0)
        self.progress_name.setText(target.name)
        self.stop_button.setEnabled(True)
        self.stop_button.setText(self.tr("Stop"))
        self.eta = None
        waiting = self.exports.busy
        self.progress_title.setText(self.tr("Waiting for the other videos to finish…") if waiting
                                    else self.tr("Making your video…"))
        self.time_label.setText(self.tr("Getting ready…"))
        self.show_page(self.progress_page)
        self.running.emit(True)
        self.exports.submit(self.job)
        self.started.emit()

    def stop(self) -> None:
        if self.job is not None:
            self.stop_button.setEnabled(False)
            self.stop_button.setText(self.tr("Stopping…"))
            self.exports.cancel(self.job)

    def _started(self) -> None:
        self.eta = Eta()
        self.progress_title.setText(self.tr("Making your video…"))
        self.clock_timer.start()
        self._show_times()

    def _progress(self, fraction: float) -> None:
        if self.eta is not None:
            self.eta.update(fraction)
        self.progress.setValue(round(fraction * 1000))
        self.progressed.emit(fraction)

    def _show_times(self) -> None:
        if self.eta is None:
            return
        remaining = self.eta.remaining
        left = self.tr("working out how long…") if remaining is None else (
            self.tr("about %s left") % clock(remaining))
        self.time_label.setText(self.tr("Time so far: %1 · %2").replace("%1", clock(self.eta.elapsed))
                                .replace("%2", left))

    def _over(self) -> None:
        self.job = None
        self.clock_timer.stop()
        self.running.emit(False)

    def _finished(self, result: ExportResult) -> None:
        self._over()
        self.result = result
        self.done_name.setText(Path(result.path).name)
        self.done_facts.setText(self.tr("%1 · %2 long").replace("%1", file_size(result.size))
                                .replace("%2", clock(result.seconds))
                                + (self.tr(" · captions in %s") % Path(result.srt).name if result.srt else ""))
        self.done_folder.set_path(str(Path(result.path).parent))
        self.done_notice.setText(sentence(result.notice) if result.notice is not None else "")
        self.done_notice.setVisible(result.notice is not None)
        self.caption_label.setText(self.doc.campaign.caption)
        self.copy_button.setText(self.tr("Copy caption"))
        self.show_page(self.done_page)
        self.outcome.emit(self.tr("Done! Saved as %s") % Path(result.path).name, True)
        self.show()
        self.finished_ok.emit(result.path)

    def _failed(self, message: Message, details: str) -> None:
        self._over()
        text = sentence(message)
        self.fail_label.setText(text)
        self.details_text.setPlainText(details or text)
        self.details_text.hide()
        self.details_button.setText(self.tr("Show details"))
        self.show_page(self.failed_page)
        self.outcome.emit(text, False)
        self.show()
        self.failed.emit(str(message))  # the English, for logs and tests

    def _cancelled(self) -> None:
        self._over()
        self.outcome.emit(self.tr("Export stopped; no file was made."), False)
        self.show_setup(self.tr("Stopped. No file was made."))
        self.cancelled.emit()

    def _toggle_details(self) -> None:
        shown = not self.details_text.isVisible()
        self.details_text.setVisible(shown)
        self.adjustSize()
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    # Done -------------------------------------------------------------------------------------

    def play(self) -> None:
        if self.result:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result.path))

    def open_folder(self) -> None:
        if self.result:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def copy_caption(self) -> None:
        QGuiApplication.clipboard().setText(self.doc.campaign.caption)
        self.copy_button.setText(self.tr("Copied ✓"))

