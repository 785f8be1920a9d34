"""The classroom batch: a teacher adds the pupils' clips and exports them all with one set of settings.

Rows show a thumbnail (one quick ffmpeg frame grab in a worker), the length and the part that
will be used (the first seconds up to the platform's limit, or the trim set by opening the clip
in the editor). "Export all" hands one :class:`ui.session.export_queue.BatchJob` to the window's export
queue, so a batch and the editor's export never run at once. A broken clip is skipped and
reported; the summary at the end says which videos were made and why others were not.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.packs import get_campaign
from app.errors import UserError
from app.export.batch import BatchItem, collect_clips
from app.export.job import check_source, length_limit
from app.export.progress import Eta
from app.kinds import VIDEO_PATTERNS
from app.media.thumbnail import Thumbnail, thumbnail
from app.messages import M, Message
from app.project import trim
from app.project.choices import DEFAULT_PRESET
from app.project.edit import Edit
from app.project.preferences import Preferences
from app.render.presets import PRESETS
from ui.i18n.wording import clock, preset_label, sentence
from ui.session.document import Document
from ui.session.export_queue import BatchSignals, ExportQueue, batch_job
from ui.session.tasks import Task, run_task
from ui.share.dialog import put_share_cell
from ui.style.sheet import BAD, GOOD, MAGENTA, MUTED

THUMB = QSize(96, 54)
COLUMNS = 6  # picture, clip, length, part used, result, remove



@dataclass
class Row:
    source: str
    duration: float | None = None
    start: float = 0.0
    end: float | None = None  # None: as much as the limit allows from the start
    problem: Message | None = None  # why it cannot be used (found when it was added)
    status: str = "waiting"
    output: str = ""
    error: Message | None = None


class BatchWindow(QWidget):
    """A window of its own (``parent`` is the main window, which it stays in front of).

    It reads the editor's Document (its settings as the template; a clip opened in the editor
    gives its row the trim), runs on the shared ExportQueue, keeps the export folder in the
    Preferences, and asks ``open_in_editor`` to open a clip in the editor.
    """

    batchFinished = Signal()  # the summary is on show

    def __init__(self, doc: Document, exports: ExportQueue, prefs: Preferences,
                 open_in_editor: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.doc, self.exports, self.prefs = doc, exports, prefs
        self._open_in_editor = open_in_editor
        self.setObjectName("BatchWindow")
        self.setWindowTitle(self.tr("Batch export — AnakGENIUS Studio"))
        self.setAcceptDrops(True)
        self.resize(1040, 660)
        self.rows: list[Row] = []
        self._notices: list[str] = []  # sentences the last batch said once (the video chip gave up, #19)
        self.job: Task | None = None
        self.eta: Eta | None = None
        self.template: Edit = copy.deepcopy(doc.edit)
        folder = prefs.export_folder
        self.folder = folder if folder and Path(folder).is_dir() else str(Path.home())
        self._thumb_tasks: dict[str, Task] = {}

        col = QVBoxLayout(self)
        col.setContentsMargins(22, 18, 22, 18)
        col.setSpacing(12)
        col.addWidget(QLabel(self.tr("Make a video from every clip"), objectName="DialogTitle"))
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add clips…"))
        self.add_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(self.tr("Add a folder…"))
        self.add_folder_button.clicked.connect(self.choose_folder_of_clips)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.add_folder_button, self.remove_button):
            row.addWidget(button)
        row.addWidget(QLabel(self.tr("…or drag clips or a folder onto this window."), objectName="DropHint"), 1)
        col.addLayout(row)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(["", self.tr("Clip"), self.tr("Length"), self.tr("Part used"),
                                              self.tr("Result"), ""])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(THUMB)
        self.table.verticalHeader().setDefaultSectionSize(THUMB.height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(0, THUMB.width() + 14)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Clips to export"))
        col.addWidget(self.table, 1)

        col.addWidget(self._settings_box())
        self.summary = self._summary_box()
        col.addWidget(self.summary)

        bars = QHBoxLayout()
        bars.setSpacing(10)
        self.clip_label = QLabel(self.tr("This clip"))
        self.clip_bar = QProgressBar()
        self.clip_bar.setRange(0, 1000)
        self.all_label = QLabel(self.tr("All clips"))
        self.all_bar = QProgressBar()
        self.all_bar.setRange(0, 1000)
        self.all_bar.setFormat(self.tr("%p% of all"))
        self.time_label = QLabel(objectName="Hint")
        for widget, stretch in ((self.clip_label, 0), (self.clip_bar, 1), (self.all_label, 0), (self.all_bar, 2)):
            bars.addWidget(widget, stretch)
        col.addLayout(bars)
        bottom = QHBoxLayout()
        bottom.addWidget(self.time_label, 1)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.export_button = QPushButton(self.tr("Export all"), objectName="Primary")
        self.export_button.clicked.connect(self.start)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.export_button)
        col.addLayout(bottom)

        self.clock_timer = QTimer(self, interval=500)
        self.clock_timer.timeout.connect(self._show_times)
        doc.changed.connect(self._editor_changed)
        self._set_running(False)
        self._refresh_settings()

    # Building ---------------------------------------------------------------------------------

    def _settings_box(self) -> QFrame:
        box = QFrame(objectName="SettingsBox")
        grid = QVBoxLayout(box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setSpacing(8)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Same settings for every video:"), objectName="FieldLabel"))
        self.settings_label = QLabel(wordWrap=True)
        row.addWidget(self.settings_label, 1)
        self.take_button = QPushButton(self.tr("Use the editor's settings"))
        self.take_button.setToolTip(self.tr("Framing, hashtag, music and card as they are in the editor now"))
        self.take_button.clicked.connect(self.take_from_editor)
        row.addWidget(self.take_button)
        grid.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Make them for")))
        self.preset_combo = QComboBox()
        for preset in PRESETS.values():
            self.preset_combo.addItem(preset_label(preset), preset.id)
        self.preset_combo.setAccessibleName(self.tr("Make them for"))
        self.preset_combo.currentIndexChanged.connect(self._preset_changed)
        row.addWidget(self.preset_combo)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Save them in")))
        self.folder_label = QLabel()
        self.folder_label.setObjectName("BatchFolder")
        row.addWidget(self.folder_label, 1)
        self.folder_button = QPushButton(self.tr("Change…"))
        self.folder_button.clicked.connect(self.choose_output_folder)
        row.addWidget(self.folder_button)
        grid.addLayout(row)
        return box

    def _summary_box(self) -> QFrame:
        box = QFrame(objectName="Summary")
        col = QVBoxLayout(box)
        col.setContentsMargins(16, 10, 16, 10)
        row = QHBoxLayout()
        self.summary_title = QLabel(objectName="SummaryTitle")
        row.addWidget(self.summary_title, 1)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_output_folder)
        row.addWidget(self.open_folder_button)
        col.addLayout(row)
        self.summary_text = QLabel(wordWrap=True)
        self.summary_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.summary_text)
        box.hide()
        return box

    # Clips ------------------------------------------------------------------------------------

    def add_paths(self, paths: list[str | Path]) -> int:
        """Add clips (files, or the videos inside folders); returns how many were added."""
        known = {r.source for r in self.rows}
        added = 0
        for path in collect_clips([Path(p) for p in paths]):
            source = str(Path(path).absolute())
            if source in known:
                continue
            known.add(source)
            self.rows.append(Row(source))
            self._add_table_row(len(self.rows) - 1)
            self._thumb_tasks[source] = run_task(
                lambda _state, src=source: thumbnail(src, THUMB.height() * 2, check_source),
                done=lambda thumb, src=source: self._thumb_done(src, thumb),
                failed=lambda message, _details, src=source: self._thumb_failed(src, message),
                unexpected=Message(M.COULD_NOT_READ, file=Path(source).name))
            added += 1
        self.summary.hide()
        self._set_running(self.job is not None)
        return added

    def _add_table_row(self, index: int) -> None:
        row = self.rows[index]
        self.table.insertRow(index)
        picture = QTableWidgetItem()
        picture.setSizeHint(THUMB)
        self.table.setItem(index, 0, picture)
        name = QTableWidgetItem(Path(row.source).name)
        name.setToolTip(row.source)
        self.table.setItem(index, 1, name)
        self.table.setItem(index, 2, QTableWidgetItem(self.tr("reading…")))
        self.table.setItem(index, 3, QTableWidgetItem(""))
        self.table.setItem(index, 4, QTableWidgetItem(self.tr("Waiting")))
        button = QPushButton(self.tr("Open in editor"), objectName="Link")
        button.setToolTip(self.tr("Open it in the editor to choose which part to use"))
        button.clicked.connect(lambda _=False, src=row.source: self.open_in_editor(src))
        self.table.setCellWidget(index, 5, button)

    def _index(self, source: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.source == source), None)

    def _thumb_done(self, path: str, thumb: Thumbnail) -> None:
        self._thumb_tasks.pop(path, None)
        index = self._index(path)
        if index is None:
            return
        duration = thumb.duration
        image = QImage.fromData(thumb.png, "PNG")
        self.rows[index].duration = duration
        if not image.isNull():
            pixmap = QPixmap.fromImage(image).scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation)
            self.table.item(index, 0).setData(Qt.ItemDataRole.DecorationRole, pixmap)
        self.table.item(index, 2).setText(clock(duration))
        self._show_part(index)

    def _thumb_failed(self, path: str, message: Message) -> None:
        self._thumb_tasks.pop(path, None)
        index = self._index(path)
        if index is None:
            return
        self.rows[index].problem = message
        self.table.item(index, 2).setText("—")
        self._set_result(index, "✗ " + sentence(message), BAD)
        self.table.removeCellWidget(index, 5)  # nothing to open: the editor would refuse it too

    def limit(self) -> float:
        try:
            campaign = get_campaign(self.template.campaign)
        except UserError:
            campaign = self.doc.campaign
        return length_limit(campaign, PRESETS[self.preset_combo.currentData() or DEFAULT_PRESET])

    def _show_part(self, index: int) -> None:
        row = self.rows[index]
        if row.duration is None:
            return
        _, end = trim.trim_range(row.start, row.end, row.duration)
        end = min(end, row.start + self.limit())  # what the batch keeps: the first seconds up to the limit
        text = f"{clock(row.start)} – {clock(end)}"
        if row.end is None and row.start == 0 and end < row.duration:
            text = self.tr("first %s") % clock(end)
        item = self.table.item(index, 3)
        item.setText(text)
        item.setToolTip(self.tr("Open it in the editor to choose another part"))

    def _set_result(self, index: int, text: str, colour: str | None = None) -> None:
        item = self.table.item(index, 4)
        item.setText(text)
        item.setToolTip(text)
        if colour:
            item.setForeground(QBrush(QColor(colour)))

    def remove_selected(self) -> None:
        if self.job is not None:
            return
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
            del self.rows[index]
        self._set_running(False)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add clips"), self.folder,
            self.tr("Videos (%s);;All files (*)") % VIDEO_PATTERNS)
        if paths:
            self.add_paths(paths)

    def choose_folder_of_clips(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add every clip in a folder"), self.folder)
        if folder:
            self.add_paths([folder])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # Editor link ------------------------------------------------------------------------------

    def open_in_editor(self, source: str) -> None:
        """Open the clip in the editor; the trim set there becomes this row's part."""
        self._open_in_editor(source)

    def _editor_changed(self) -> None:
        doc = self.doc
        if doc.media is None or self.job is not None or doc.is_story():  # a row is one clip, not a story
            return
        index = self._index(str(Path(doc.edit.source).absolute()))
        if index is None:
            return
        row = self.rows[index]
        row.start, row.end = doc.edit.trim.start, doc.edit.trim.end
        self._show_part(index)

    # Settings ---------------------------------------------------------------------------------

    def take_from_editor(self) -> None:
        template = copy.deepcopy(self.doc.edit)
        if template.shots:  # a story: the whole video's settings and the selected shot's framing
            template.framing = copy.deepcopy(self.doc.view().framing)
            template.shots, template.source = [], ""
        self.template = template
        self._refresh_settings()

    def _refresh_settings(self) -> None:
        e = self.template
        index = self.preset_combo.findData(e.preset)
        if index >= 0:
            self.preset_combo.setCurrentIndex(index)
        try:
            hashtag = get_campaign(e.campaign).hashtag
        except UserError:
            hashtag = self.doc.campaign.hashtag
        layout = {"blur": self.tr("blurred sides"), "fill": self.tr("fill the screen"),
                  "fit": self.tr("whole picture"), "follow": self.tr("following the face")}[e.framing.layout]
        parts = [hashtag, layout,
                 self.tr("hashtag on") if e.watermark.enabled else self.tr("no hashtag"),
                 self.tr("song on") if e.audio.song_enabled else self.tr("no song"),
                 {"off": self.tr("no card"), "lower-third": self.tr("GENIUS strip"),
                  "end-card": self.tr("end card")}.get(e.card, "")]
        self.settings_label.setText(" · ".join(p for p in parts if p))
        self.folder_label.setText(self.folder)

    def _preset_changed(self) -> None:
        self.template.preset = self.preset_combo.currentData()
        for index in range(len(self.rows)):
            self._show_part(index)

    def choose_output_folder(self) -> None:
        folder = self.ask_output_folder()
        if folder:
            self.folder = folder
            self.folder_label.setText(folder)

    def ask_output_folder(self) -> str:
        """The folder picker (tests replace this)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Save the videos in…"), self.folder)

    def open_output_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder))

    # Running ----------------------------------------------------------------------------------

    def _set_running(self, running: bool) -> None:
        for widget in (self.add_button, self.add_folder_button, self.remove_button, self.take_button,
                       self.preset_combo, self.folder_button):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and bool(self.rows))
        self.stop_button.setVisible(running)
        for widget in (self.clip_label, self.clip_bar, self.all_label, self.all_bar):
            widget.setVisible(running)

    def start(self) -> None:
        if self.job is not None or not self.rows:
            return
        if not Path(self.folder).is_dir():
            QMessageBox.information(self, self.tr("Choose a folder"),
                                    self.tr("The folder %s is not there. Choose where to save the videos.")
                                    % self.folder)
            return
        self.prefs.export_folder = self.folder
        self.prefs.save()
        items = [BatchItem(r.source, r.start, r.end) for r in self.rows]
        for index, row in enumerate(self.rows):
            row.status, row.output, row.error = "waiting", "", None
            self._set_result(index, self.tr("Waiting"), MUTED)
        self.template.preset = self.preset_combo.currentData()
        self.job = batch_job(items, self.template, self.folder)
        signals = self.job.signals
        assert isinstance(signals, BatchSignals)
        signals.started.connect(self._started)
        signals.item.connect(self._item_changed)
        signals.item_progress.connect(self._item_progress)
        signals.progress.connect(self._progress)
        signals.notice.connect(self._notice)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.over.connect(self._over)
        self.clip_bar.setValue(0)
        self.all_bar.setValue(0)
        self.summary.hide()
        self._notices: list[str] = []
        self.time_label.setText(self.tr("Waiting for the other export to finish…") if self.exports.busy
                                else self.tr("Getting ready…"))
        self._set_running(True)
        self.exports.submit(self.job)

    def stop(self) -> None:
        if self.job is not None:
            self.stop_button.setEnabled(False)
            self.exports.cancel(self.job)

    @property
    def running(self) -> bool:
        return self.job is not None

    def _started(self) -> None:
        self.eta = Eta()
        self.clock_timer.start()

    def _item_changed(self, index: int, item: BatchItem) -> None:
        row = self.rows[index]
        row.status, row.output, row.error = item.status, item.output, item.error
        if item.status == "running":
            self.clip_bar.setValue(0)
            self.clip_label.setText(self.tr("Clip %1 of %2").replace("%1", str(index + 1))
                                    .replace("%2", str(len(self.rows))))
            self._set_result(index, self.tr("Making it…"), MAGENTA)
            self.table.scrollToItem(self.table.item(index, 1))
        elif item.status == "done":
            self._set_result(index, self.tr("✓ Made: %s") % Path(item.output).name, GOOD)
            opener = QPushButton(self.tr("Open in editor"), objectName="Link")
            opener.clicked.connect(lambda _=False, src=row.source: self.open_in_editor(src))
            put_share_cell(self.table, index, 5, item.output, opener)  # #18: and "Send to phone"
        elif item.status == "failed":
            self._set_result(index, "✗ " + sentence(item.error or ""), BAD)
        elif item.status == "cancelled":
            self._set_result(index, self.tr("Not made (stopped)"), MUTED)

    def _item_progress(self, index: int, fraction: float) -> None:
        self.clip_bar.setValue(round(fraction * 1000))

    def _progress(self, fraction: float) -> None:
        self.all_bar.setValue(round(fraction * 1000))
        if self.eta is not None:
            self.eta.update(fraction)

    def _show_times(self) -> None:
        if self.eta is None:
            return
        remaining = self.eta.remaining
        left = "" if remaining is None else self.tr(" · about %s left") % clock(remaining)
        self.time_label.setText(self.tr("Time so far: %s") % clock(self.eta.elapsed) + left)

    def _failed(self, message: Message, details: str) -> None:
        self.summary_text.setText(sentence(message))

    def _notice(self, message: Message) -> None:
        """A sentence to show once in the summary (the video chip was given up and libx264 made it, #19)."""
        text = sentence(message)
        if text not in self._notices:
            self._notices.append(text)

    def _over(self) -> None:
        self.job = None
        self.clock_timer.stop()
        self.stop_button.setEnabled(True)
        self._set_running(False)
        self.time_label.setText("")
        self.show_summary()
        self.batchFinished.emit()

    def show_summary(self) -> None:
        done = [r for r in self.rows if r.status == "done"]
        failed = [r for r in self.rows if r.status == "failed"]
        stopped = [r for r in self.rows if r.status in ("cancelled", "waiting")]
        self.summary_title.setText(self.tr("%1 of %2 videos made").replace("%1", str(len(done)))
                                   .replace("%2", str(len(self.rows))))
        reasons = [(Path(r.source).name, sentence(r.error or "")) for r in failed]
        lines = [("✗ " + reason) if reason.startswith(name) else
                 self.tr("✗ %1 — %2").replace("%1", name).replace("%2", reason)
                 for name, reason in reasons]
        if stopped:
            lines.append(self.tr("Stopped before %s more.") % len(stopped))
        if not failed and not stopped:
            lines.append(self.tr("All done! They are in %s.") % self.folder)
        elif done:
            lines.append(self.tr("The others are in %s.") % self.folder)
        lines += self._notices
        self.summary_text.setText("\n".join(lines))
        self.summary.show()

    # Closing ----------------------------------------------------------------------------------

    def ask_close(self) -> str:
        """While videos are being made: 'keep' (close, they carry on), 'stop' or 'stay'. Tests replace this."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Videos are still being made"),
                          self.tr("Keep making them after this window closes, or stop now?"), parent=self)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("Stop them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return "keep" if box.clickedButton() is keep else "stop" if box.clickedButton() is stop else "stay"

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.job is not None:
            answer = self.ask_close()
            if answer == "stay":
                event.ignore()
                return
            if answer == "stop":
                self.stop()
        event.accept()  # only hidden: the window (and its queue) lives on with the main window

