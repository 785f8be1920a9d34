"""The main window: welcome screen, 9:16 preview with transport, side panel, export.

It builds the rooms and wires them together, and nothing else reaches into it: each piece gets
the narrow things it needs (the Document, the ExportQueue, the Settings or Preferences, a parent
widget, callbacks) and talks back through signals.

* :mod:`ui.editor.project_actions` — File ▸ Open/Save project, autosave, crash recovery;
* :mod:`ui.editor.preferences_actions` — Edit ▸ Preferences;
* :mod:`ui.editor.help_actions` — Help ▸ Keyboard shortcuts, Help ▸ Show the tour;
* :mod:`ui.editor.sample_clip` — Try with a sample clip;
* :mod:`ui.dialogs.campaigns` — the Campaign menu; :mod:`ui.dialogs.export_dialog`; :mod:`ui.batch.window`.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.model import Campaign
from app.export.job import check_source
from app.export.shots import Added, read_files
from app.kinds import PHOTO_SUFFIXES, VIDEO_PATTERNS, is_photo_name
from app.media.photo import upright_reduced
from app.media.probe import MediaInfo, probe
from app.media.proxy import PROXY_FPS, make_proxy, needs_proxy, ready_proxy
from app.messages import M, Message
from app.project.choices import DEFAULT_PRESET
from app.project.edit import MAX_SHOTS, Edit, PhotoShot
from app.project.preferences import Preferences
from app.project.settings import Settings
from app.project.story import shots_of
from app.project.timecode import format_time
from app.render.presets import PRESETS
from ui.batch.window import BatchWindow
from ui.common.banner import Banner
from ui.common.signals import blocked
from ui.dialogs.campaigns import CampaignActions, CampaignChip
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.tour import TourTarget
from ui.editor.follow_view import FollowView
from ui.editor.help_actions import HelpActions
from ui.editor.panel import SidePanel
from ui.editor.preferences_actions import PreferencesActions
from ui.editor.project_actions import ProjectActions
from ui.editor.sample_clip import SampleClip
from ui.editor.story_view import StoryView
from ui.editor.welcome import WelcomePage
from ui.faces.painter import FacePainter
from ui.i18n.wording import preset_label, sentence
from ui.preview.canvas import PreviewCanvas, pil_to_qimage
from ui.preview.playback import Playback
from ui.session.document import Document
from ui.session.export_queue import ExportQueue
from ui.session.tasks import Task, preview_pool, proxy_pool, run_task
from ui.timeline.widget import Timeline
from ui.words.room import WordsRoom


class MainWindow(QMainWindow):
    clipLoaded = Signal(str)  # a clip was probed and is now in the editor
    openFailed = Signal(str)
    exportStarted = Signal()
    exportFinished = Signal(str)  # the written file
    exportFailed = Signal(str)
    exportCancelled = Signal()

    def __init__(self, campaign: Campaign, settings: Settings | None = None,
                 prefs: Preferences | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings.load()  # what the app remembers (window, folders, recent)
        self.prefs = prefs or Preferences.load()  # what the user chose (language, platform, export folder…)
        self.doc = Document(campaign, self)  # the Edit, its campaign and the undo history
        self.doc.platform = self.prefs.preset  # a newly opened clip is made for the default platform
        self.playback = Playback(self.doc, self)
        self.exports = ExportQueue(self)  # the one export queue: editor and batch, one at a time
        self.last_export: str | None = None
        self._probe: Task | None = None  # the clip being opened (a newer one replaces it)
        self._reading: Task | None = None  # files being read to open or add to a story
        self._still: Task | None = None  # the selected photo being decoded for the preview
        self._proxy_task: Task | None = None  # #21: the preview's small copy of a 4K60 clip being made
        self._shut_down = False
        self.export_dialog_: ExportDialog | None = None  # made the first time it is needed
        self.batch_window: BatchWindow | None = None
        self.setWindowTitle(self.tr("AnakGENIUS Studio"))
        self.setAcceptDrops(True)
        self.setMinimumSize(980, 620)

        self.sample = SampleClip(self, lambda path: self.open_clip(path), self._show_problem_text,
                                 self._status_note)
        self.canvas = PreviewCanvas(self.doc)
        self.canvas.set_show_guides(self.settings.show_guides)
        self.panel = SidePanel(self.doc)
        self.face_painter = FacePainter(self.canvas, self.panel.faces_card.state, self.playback,
                                        self.tr("Draw a box over a face"))  # ui/faces (#17)
        self.panel.faces_card.drawingChanged.connect(self.face_painter.set_drawing)
        self.timeline = Timeline(self.doc, self.playback)  # filmstrip, trim handles, music lane
        # the story strip and the story's preview; it routes the shot's or the story's frames to the canvas
        self.story = StoryView(self.doc, self.canvas, self.playback, self.timeline, self._add_files_at, self)
        self.story.problem.connect(self._show_problem)
        self.story.positionChanged.connect(self._story_position)
        self.story.playingChanged.connect(self._playing_changed)
        self.story.jointRequested.connect(self._show_joint)
        self.follow = FollowView(self.doc, self.canvas, self.panel, self.playback, self)  # #17 "Ikuti subjek"
        self.timeline.problem.connect(lambda text: self._show_problem(text))
        self.panel.chorusRequested.connect(self.timeline.start_song_at_chorus)
        self.panel.words_card.attach(self.prefs, self.video_seconds)  # #16 words: the playhead, the .srt option

        central = QWidget(objectName="Page")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        body = QVBoxLayout()
        body.setContentsMargins(18, 14, 18, 12)
        body.setSpacing(12)
        self.banner = Banner()
        body.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self.campaign.hashtag, self.sample.button)
        self.welcome.openRequested.connect(self.choose_clip)
        self.welcome.clipChosen.connect(self.open_clip)
        self.big_open, self.welcome_steps = self.welcome.big_open, self.welcome.welcome_steps  # the tour's
        self.editor = self._editor_page()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.editor)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.length_label = QLabel()
        self.statusBar().addWidget(self.length_label, 1)
        self.statusBar().setSizeGripEnabled(False)
        self._menus()
        self._shortcuts()

        self.doc.changed.connect(self._edit_changed)
        self.canvas.watermarkDragged.connect(self._watermark_dragged)
        self.canvas.focusDragged.connect(self._focus_dragged)
        self.panel.exportRequested.connect(self.start_export)
        self.panel.cancelRequested.connect(self.cancel_export)
        self.panel.showFileRequested.connect(self._show_export)
        self.panel.problem.connect(self._show_problem)
        self.panel.story_card.addRequested.connect(self.choose_shots)
        self.doc.shotChanged.connect(self._show_shot)
        self.playback.positionChanged.connect(self._position_changed)
        self.playback.durationChanged.connect(self._duration_changed)
        self.playback.playingChanged.connect(self._playing_changed)
        self.playback.failed.connect(self._playback_failed)

        self.doc.campaignChanged.connect(lambda: self.campaign_chip.set_campaign(self.doc.campaign))

        self._restore_window()
        self._refresh_recent()
        self._edit_changed()
        self._name_controls()

    @property
    def campaign(self) -> Campaign:
        """The campaign the videos are made for (the Document's)."""
        return self.doc.campaign

    # Building --------------------------------------------------------------------------------

    def _header(self) -> QFrame:
        header = QFrame(objectName="Header")
        header.setFixedHeight(60)
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 8, 16, 8)
        row.setSpacing(12)
        title = QLabel(self.tr("AnakGENIUS Studio"), objectName="AppTitle")
        row.addWidget(title)
        self.campaign_chip = CampaignChip(self.campaign)  # hashtag, dates, length limit
        row.addWidget(self.campaign_chip)
        row.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo_button.clicked.connect(self.doc.undo_stack.undo)
        self.redo_button.clicked.connect(self.doc.undo_stack.redo)
        self.doc.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.doc.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("Open clip…"))
        self.open_button.clicked.connect(self.choose_clip)
        for button in (self.undo_button, self.redo_button, self.open_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(button)
        return header

    def _editor_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(10)
        stage = QFrame(objectName="Stage")
        stage_box = QVBoxLayout(stage)
        stage_box.setContentsMargins(10, 10, 10, 10)
        stage_box.addWidget(self.canvas)
        left.addWidget(stage, 1)
        left.addWidget(self._transport())
        row.addLayout(left, 1)
        row.addWidget(self.panel)
        return page

    def _transport(self) -> QFrame:
        bar = QFrame(objectName="Transport")
        col = QVBoxLayout(bar)
        col.setContentsMargins(14, 8, 14, 8)
        col.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(8)
        icon = self.style().standardIcon
        SP = QStyle.StandardPixmap

        def tbutton(sp: QStyle.StandardPixmap, tip: str, slot) -> QPushButton:
            button = QPushButton(objectName="Transport")
            button.setIcon(icon(sp))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(slot)
            row.addWidget(button)
            return button

        tbutton(SP.SP_MediaSkipBackward, self.tr("To the start (Home)"), self.go_start)
        tbutton(SP.SP_MediaSeekBackward, self.tr("One frame back (←)"), lambda: self.playback.step_frames(-1))
        self.play_button = QPushButton(objectName="Play")
        self.play_button.setIcon(icon(SP.SP_MediaPlay))
        self.play_button.setIconSize(QSize(22, 22))
        self.play_button.setToolTip(self.tr("Play / pause (Space)"))
        self.play_button.setAccessibleName(self.tr("Play"))
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.play_button.clicked.connect(self.toggle_play)
        row.addWidget(self.play_button)
        tbutton(SP.SP_MediaSeekForward, self.tr("One frame on (→)"), lambda: self.playback.step_frames(1))
        tbutton(SP.SP_MediaSkipForward, self.tr("To the end (End)"), self.go_end)
        row.addSpacing(8)
        self.time_label = QLabel("00:00.00 / 00:00.00", objectName="TimeLabel")
        row.addWidget(self.time_label)
        row.addStretch(1)
        self.guides_button = QPushButton(self.tr("Safe zone"), checkable=True)
        self.guides_button.setToolTip(self.tr("Show where the apps' buttons cover the video (G)"))
        self.guides_button.setChecked(self.settings.show_guides)
        self.guides_button.toggled.connect(self.set_guides)
        for button in (self.guides_button,):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            row.addWidget(button)
        col.addLayout(row)
        col.addWidget(self.story.strip)  # a story's shots, one after another (hidden for one clip)
        col.addWidget(self.timeline)  # the selected shot's trim
        # #16 the captions lane: under the timeline (one clip) or the story strip (a story)
        self.words = WordsRoom(self.doc, self.canvas, self.playback, self.timeline, self.story, col, self)
        self.words.problem.connect(self._show_problem)
        return bar

    def _menus(self) -> None:
        self.projects = ProjectActions(self.doc, self.settings, self, self._open_with_edit, self._show_problem_text,
                                       lambda text: self.statusBar().showMessage(text, 4000))
        self.clipLoaded.connect(self.projects.clip_loaded)
        self.openFailed.connect(self.projects.open_failed)
        self.exportStarted.connect(self.projects.export_started)
        self.exportFinished.connect(self.projects.exported)
        self.preferences = PreferencesActions(self.prefs, self)
        self.preferences.saved.connect(self._preferences_saved)
        self.campaigns = CampaignActions(self.doc, self, self.banner.show_message)  # import, choose, song

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open clip…"), self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_clip)
        file_menu.addAction(self.open_action)
        self.add_action = QAction(self.tr("&Add clip or photo…"), self, shortcut=QKeySequence("Ctrl+Shift+A"))
        self.add_action.triggered.connect(self.choose_shots)
        file_menu.addAction(self.add_action)
        self.paste_action = QAction(self.tr("&Paste clips, photos or a folder"), self,
                                    shortcut=QKeySequence.StandardKey.Paste)
        self.paste_action.triggered.connect(self.paste_files)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        for action in self.projects.actions():
            file_menu.addAction(action)
        file_menu.addAction(self.sample.action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.start_export)
        file_menu.addAction(self.export_action)
        self.batch_action = QAction(self.tr("&Batch export…"), self)
        self.batch_action.triggered.connect(self.open_batch)
        file_menu.addAction(self.batch_action)
        file_menu.addAction(self.panel.words_card.install_action)  # #16 "Buat teks dari suara" from a USB stick
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # our own actions, not QUndoStack.createUndoAction: its "Undo" prefix is fixed when it is made
        # and would come back in the old language after a live language switch
        stack = self.doc.undo_stack
        self.undo_action = QAction(self.tr("&Undo"), self, enabled=False)
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.undoTextChanged.connect(lambda text: self.undo_action.setText(f"{self.tr('&Undo')} {text}".strip()))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = QAction(self.tr("&Redo"), self, enabled=False)
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.redoTextChanged.connect(lambda text: self.redo_action.setText(f"{self.tr('&Redo')} {text}".strip()))
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.paste_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences.action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.guides_action = QAction(self.tr("Safe-zone &guides"), self, checkable=True, shortcut=QKeySequence("G"))
        self.guides_action.setChecked(self.settings.show_guides)
        self.guides_action.toggled.connect(self.set_guides)
        view_menu.addAction(self.guides_action)

        play_menu = self.menuBar().addMenu(self.tr("&Playback"))
        self.play_action = QAction(self.tr("Play / pause"), self, shortcut=QKeySequence(Qt.Key.Key_Space))
        self.play_action.triggered.connect(self.toggle_play)
        play_menu.addAction(self.play_action)
        for text, key, slot in (
            (self.tr("Previous frame"), "Left", lambda: self.playback.step_frames(-1)),
            (self.tr("Next frame"), "Right", lambda: self.playback.step_frames(1)),
            (self.tr("Back 1 second"), "Shift+Left", lambda: self.playback.step_seconds(-1)),
            (self.tr("Forward 1 second"), "Shift+Right", lambda: self.playback.step_seconds(1)),
            (self.tr("To the start"), "Home", self.go_start),
            (self.tr("To the end"), "End", self.go_end),
            (self.tr("Video starts here"), "[", self.set_trim_start),
            (self.tr("Video ends here"), "]", self.set_trim_end),
        ):
            action = QAction(text, self, shortcut=QKeySequence(key))
            action.triggered.connect(slot)
            play_menu.addAction(action)
        play_menu.addSeparator()
        for action in self.timeline.actions_:  # I, O, J, K, L, fit, loop, zoom
            play_menu.addAction(action)
        self.play_menu = play_menu

        panel = self.panel
        self.help = HelpActions(self, self.prefs, [  # what each step of the tour points at
            TourTarget([self.big_open, self.open_button], [self.sample.button]),
            TourTarget([self.timeline, self.welcome_steps[1]]),
            TourTarget([panel.scroll, self.welcome_steps[2]]),
            TourTarget([panel.export_button, self.welcome_steps[3]]),
        ])
        self.help.menu(self)  # after Playback, then Campaign: the order users know
        self.campaigns.menu(self)

    def _shortcuts(self) -> None:
        # actions live in the menu bar, so they work anywhere in the window
        for action in self.findChildren(QAction):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        QShortcut(QKeySequence("Ctrl+Y"), self, self.doc.undo_stack.redo)

    # Opening clips -------------------------------------------------------------------------------

    def _preferences_saved(self) -> None:
        self.doc.platform = self.prefs.preset  # the next clip is made for the new default platform

    def _name_controls(self) -> None:
        """Controls that show only an icon or a colour get a name from their tooltip."""
        for button in self.findChildren(QAbstractButton):
            if not button.accessibleName() and not button.text() and button.toolTip():
                button.setAccessibleName(button.toolTip())

    def _ask_files(self, title: str) -> list[str]:
        folder = self.settings.last_open_folder or str(Path.home())
        photos = " ".join(f"*{suffix}" for suffix in PHOTO_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, title, folder,
            self.tr("Clips and photos (%1);;Videos (%2);;Photos (%3);;All files (*)")
            .replace("%1", f"{VIDEO_PATTERNS} {photos}").replace("%2", VIDEO_PATTERNS).replace("%3", photos),
        )
        return paths

    def choose_clip(self) -> None:
        """File ▸ Open: one clip, or several clips and photos (a story, in the order chosen)."""
        paths = self._ask_files(self.tr("Open a clip, or several clips and photos"))
        if paths:
            self.open_files(paths)

    def choose_shots(self) -> None:
        """File ▸ Add clip or photo: after the selected shot."""
        paths = self._ask_files(self.tr("Add clips or photos"))
        if paths:
            self.add_files(paths)

    def paste_files(self) -> None:
        """Edit ▸ Paste: files or a folder copied in the file manager (or their paths as text)."""
        from PySide6.QtGui import QGuiApplication

        data = QGuiApplication.clipboard().mimeData()
        paths = [u.toLocalFile() for u in data.urls() if u.isLocalFile()] if data is not None else []
        if not paths and data is not None and data.hasText():
            paths = [line.strip().strip('"') for line in data.text().splitlines() if line.strip()]
            paths = [p for p in paths if Path(p).exists()]
        if paths:
            self.add_files(paths)
        else:
            self.statusBar().showMessage(self.tr("Copy clips, photos or a folder first, then paste them here."), 4000)

    def open_files(self, paths: list[str]) -> None:
        """One clip opens as it always has; several files (or a photo, or a folder) open as a story."""
        if len(paths) == 1 and not is_photo_name(paths[0]) and not Path(paths[0]).is_dir():
            self.open_clip(paths[0])
            return
        if not self.projects.settle_unsaved():
            return
        self._read(paths, None, new=True)

    def add_files(self, paths: list[str], after: int | None = None) -> None:
        """Add clips, photos and folders' contents after shot ``after`` (the selected one), one undo step."""
        if self.doc.media is None:
            self.open_files(paths)
            return
        view = self.doc.view()
        room = MAX_SHOTS - len(shots_of(self.doc.edit))
        self._read(paths, (view.framing, view.audio.clip_volume if not isinstance(self.doc.current_shot(), PhotoShot)
                           else 1.0, room), new=False, after=after)

    def _add_files_at(self, paths: list[str], index: int) -> None:
        """Files dropped on the story strip: they go in at ``index``."""
        self.add_files(paths, after=index - 1)

    def _read(self, paths: list[str], like: tuple | None, new: bool, after: int | None = None) -> None:
        task: Task | None = None
        framing, volume, room = like if like is not None else (None, 1.0, MAX_SHOTS)

        def done(added: Added) -> None:
            if task is self._reading:
                self._reading = None
                self.statusBar().clearMessage()
                self._files_read(added, new, after)

        def failed(message: Message, _details: str) -> None:
            if task is self._reading:
                self._reading = None
                self.statusBar().clearMessage()
                self._show_problem(message)

        self.statusBar().showMessage(self.tr("Reading the files (%s)…") % len(paths))
        task = self._reading = run_task(lambda state: read_files(paths, framing, volume, room, state.should_cancel),
                                        done, failed)

    def _files_read(self, added: Added, new: bool, after: int | None = None) -> None:
        if added.problems:
            self._show_problem_text(" ".join(sentence(problem) for problem in added.problems))
        elif new or added.shots:
            self.banner.hide()
        if not added.shots:
            if not added.problems:
                self._show_problem_text(self.tr("There were no clips or photos to add."))
            return
        first = added.shots[0].source
        self.settings.last_open_folder = str(Path(first).parent)
        if new:
            edit = self.doc.fresh_edit("", self.doc.platform if self.doc.platform in PRESETS else DEFAULT_PRESET)
            edit.shots = added.shots
            self.doc.load_story(edit, added.medias)
            self.stack.setCurrentWidget(self.editor)
            self.panel.clear_result()
            self.clipLoaded.emit(first)
        else:
            n = len(added.shots)
            self.doc.add_shots(added.shots, added.medias, self.tr("Add shots (%s)") % n, after)
            self.statusBar().showMessage(self.tr("Shots added to the story: %s.") % n, 4000)
        self.settings.save()
        self._update_title()

    def _open_playback(self, media: MediaInfo) -> None:
        """#21: a clip too heavy to play live (4K60 HEVC 10-bit) plays from its small copy once it is made
        (app.media.proxy; the clip itself meanwhile, and exports always read the clip)."""
        proxy = ready_proxy(media) if needs_proxy(media) else None
        self.playback.open(str(proxy) if proxy else media.path, PROXY_FPS if proxy else media.fps)
        if proxy is not None or not needs_proxy(media):
            return
        self.statusBar().showMessage(self.tr("Preparing the preview…"))
        task: Task | None = None

        def done(made: Path | None) -> None:
            if task is not self._proxy_task:
                return
            self._proxy_task = None
            self.statusBar().clearMessage()
            current = self.doc.media
            if made is None or current is None or current.path != media.path or \
                    isinstance(self.doc.current_shot(), PhotoShot):
                return
            at, playing = self.playback.position(), self.playback.is_playing()
            self.playback.close()
            self.playback.open(str(made), PROXY_FPS)
            QTimer.singleShot(0, lambda: self._resume_at(at, playing))  # after the queued setSource

        if self._proxy_task is not None:
            self._proxy_task.cancel()
        task = self._proxy_task = run_task(lambda state: make_proxy(media, state.should_cancel), done,
                                           pool=proxy_pool())

    def _resume_at(self, at: int, playing: bool) -> None:
        self.playback.seek(at)
        if playing:
            self.playback.play()

    def _show_shot(self) -> None:
        """The preview shows the selected shot: its clip playing, or its photo."""
        media, shot = self.doc.media, self.doc.current_shot()
        self.playback.close()
        self.story.set_still(None)
        if self.story.mode == "shot":
            self.canvas.clear()
        if media is None:
            return
        self.canvas.set_source_size(media.width, media.height)
        if not isinstance(shot, PhotoShot):
            self._open_playback(media)
            return
        path = shot.source
        task: Task | None = None

        def done(picture) -> None:
            current = self.doc.current_shot()
            if task is self._still and current is not None and current.source == path:
                self.story.set_still(pil_to_qimage(picture))

        def failed(message: Message, _details: str) -> None:
            if task is self._still:
                self._show_problem(message)

        task = self._still = run_task(lambda _state: upright_reduced(path, 1080, 1920, cover=True), done, failed)

    def open_clip(self, path: str | Path, ask: bool = True, edit: Edit | None = None) -> None:
        """Probe the clip in a worker; the editor shows it when the probe comes back (with ``edit``,
        a project's Edit, or a fresh one). ``ask``: offer to save changes to the clip being edited first."""
        if ask and not self.projects.settle_unsaved():
            return
        path = str(Path(path).absolute())
        task: Task | None = None

        def done(info: MediaInfo) -> None:
            if task is self._probe:  # else the user opened another clip meanwhile
                self._probe = None
                self._probe_done(info, edit)

        def failed(message: str, _details: str) -> None:
            if task is self._probe:
                self._probe = None
                self._probe_failed(path, message)

        self.statusBar().showMessage(self.tr("Opening %s…") % Path(path).name)
        task = self._probe = run_task(lambda _state: _probed(path), done, failed,
                                      unexpected=Message(M.COULD_NOT_READ, file=Path(path).name))

    def _open_with_edit(self, path: str, edit: Edit | None) -> None:
        if edit is not None and edit.shots:
            self._open_story(edit)
        else:
            self.open_clip(path, ask=False, edit=edit)

    def _open_story(self, edit: Edit) -> None:
        """A story project: its files are read; shots whose file is missing or unusable are named
        and left out, the others open exactly as saved."""
        task: Task | None = None
        sources = [shot.source for shot in edit.shots]

        def done(added: Added) -> None:
            if task is not self._reading:
                return
            self._reading = None
            self.statusBar().clearMessage()
            edit.shots = [shot for shot in edit.shots if shot.source in added.medias]
            if added.problems:
                self._show_problem_text(" ".join(sentence(problem) for problem in added.problems))
            else:
                self.banner.hide()
            if not edit.shots:
                self.openFailed.emit("no shot of the story can be used")
                return
            self.doc.load_story(edit, added.medias)
            self.stack.setCurrentWidget(self.editor)
            self.panel.clear_result()
            self.clipLoaded.emit(edit.shots[0].source)

        def failed(message: Message, _details: str) -> None:
            if task is self._reading:
                self._reading = None
                self._show_problem(message)
                self.openFailed.emit(str(message))

        self.statusBar().showMessage(self.tr("Reading the files (%s)…") % len(sources))
        task = self._reading = run_task(
            lambda state: read_files(sorted(set(sources)), should_cancel=state.should_cancel), done, failed)

    def _probe_done(self, info: MediaInfo, edit: Edit | None) -> None:
        self.statusBar().clearMessage()
        self.banner.hide()
        self.doc.load(info, self.doc.platform if self.doc.platform in PRESETS else DEFAULT_PRESET, edit)
        self.settings.add_recent(info.path)
        self.settings.last_open_folder = str(Path(info.path).parent)
        self.settings.save()
        self._refresh_recent()
        self.stack.setCurrentWidget(self.editor)
        self.panel.clear_result()
        self._update_title()
        self.clipLoaded.emit(info.path)

    def _probe_failed(self, path: str, message: Message) -> None:
        self.statusBar().clearMessage()
        name = Path(path).name
        text = self.tr("This file can’t be used: %s") % sentence(message, False) if name else sentence(message)
        self.banner.show_message(text)
        self.openFailed.emit(str(message))  # the English, for logs and tests

    def _refresh_recent(self) -> None:
        recent = self.settings.existing_recent()[:5]
        self.welcome.set_recent(recent)
        self.recent_menu.clear()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.triggered.connect(lambda _=False, clip=path: self.open_clip(clip))
        self.recent_menu.setEnabled(bool(recent))

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        """Files dropped on the welcome page open (several: a story); on the editor they are added
        after the selected shot."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if self.stack.currentWidget() is self.editor and self.doc.media is not None:
            self.add_files(paths)
        else:
            self.open_files(paths)

    # Editing -------------------------------------------------------------------------------------

    def _edit_changed(self) -> None:
        has_clip = self.doc.media is not None
        self.export_action.setEnabled(has_clip)
        self.add_action.setEnabled(has_clip)
        for action in self.play_menu.actions():
            action.setEnabled(has_clip)
        self._update_length()
        self._update_title()

    def _watermark_dragged(self, x: float, y: float, token: int) -> None:
        self.doc.move_watermark(x, y, self.tr("Move hashtag"), "wm.drag", ("canvas", token))

    def _focus_dragged(self, focus: float, token: int) -> None:
        self.doc.set_focus(focus, self.tr("Move the picture"), "focus.drag", ("canvas", token))

    def set_guides(self, on: bool) -> None:
        for widget in (self.guides_button, self.guides_action):
            with blocked(widget):
                widget.setChecked(on)
        self.canvas.set_show_guides(on)
        self.settings.show_guides = on

    def set_trim_start(self) -> None:
        self.timeline.set_in_here()  # on the frame the preview shows

    def set_trim_end(self) -> None:
        self.timeline.set_out_here()  # keeps the frame the preview shows

    def _show_problem(self, text: str | Message) -> None:
        """A core Message (shown in the window's language), or words already in it."""
        self.banner.show_message(sentence(text))

    def _show_problem_text(self, text: str) -> None:
        """A whole sentence, already in the window's language."""
        self.banner.show_message(text)

    def _status_note(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    def _update_length(self) -> None:
        if self.doc.media is None:
            self.length_label.setText(self.tr("Open a clip to start"))
            self.length_label.setObjectName("")
            return
        seconds = self.doc.result_seconds()
        limit = self.doc.limit_seconds()
        label = preset_label(PRESETS[self.doc.edit.preset])
        if seconds > limit:
            text = self.tr("✗ Your video: %1 — too long: %2 allows %3 s. Move the yellow handles or press Fit.")
            ok = False
        else:
            text = self.tr("✓ Your video: %1 — %2 allows up to %3 s.")
            ok = True
        text = text.replace("%1", format_time(seconds)).replace("%2", label).replace("%3", f"{limit:g}")
        self.length_label.setText(text)
        self.length_label.setObjectName("LengthOk" if ok else "LengthBad")
        self.length_label.style().unpolish(self.length_label)
        self.length_label.style().polish(self.length_label)

    def _update_title(self) -> None:
        if self.doc.media is None:
            self.setWindowTitle(self.tr("AnakGENIUS Studio"))
        elif self.doc.is_story():
            name = Path(self.doc.first_source()).name
            self.setWindowTitle(self.tr("%1 (+%2) — AnakGENIUS Studio").replace("%1", name)
                                .replace("%2", str(len(self.doc.edit.shots) - 1)))
        else:
            self.setWindowTitle(self.tr("%s — AnakGENIUS Studio") % Path(self.doc.media.path).name)

    # Transport -----------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        """Play / pause: the whole story (a story), or the clip."""
        if self.doc.is_story():
            self.playback.pause()
            self.story.toggle()
        else:
            self.playback.toggle()

    def go_start(self) -> None:
        if self.doc.is_story() and self.story.mode == "story":
            self.story.go(0.0)
            return
        self.playback.pause()
        self.playback.seek(self.playback.trim_ms()[0])

    def go_end(self) -> None:
        if self.doc.is_story() and self.story.mode == "story":
            self.story.go(max(0.0, self.story.total() - 1 / 30))
            return
        self.playback.pause()
        _, end = self.playback.trim_ms()
        self.playback.seek(max(0, round(end - self.playback.frame_ms())))

    def _show_joint(self, index: int) -> None:
        """A joint's badge on the strip: the Story card, at the choice for the joint into that shot."""
        self.panel.show_card("story")
        self.panel.story_card.joint_kind.setFocus()

    def _story_position(self, seconds: float) -> None:
        total = self.story.total()
        self.time_label.setText(f"{format_time(seconds, 30.0)} / {format_time(total, 30.0)}")

    def video_seconds(self) -> float:
        """Where the playhead is on the finished video's timeline (a story: in the shot on show)."""
        if self.doc.is_story() and self.story.mode == "story":
            return self.story.preview.position()
        into = self.playback.position() / 1000 - self.doc.view().trim.start
        return max(0.0, self.doc.shot_offset() + into)

    def _position_changed(self, ms: int) -> None:
        if self.doc.is_story() and self.story.mode == "story":
            return
        fps = self.doc.media.fps if self.doc.media and self.doc.media.fps > 0 else 30.0
        total = self.doc.media.duration if self.doc.media else 0.0
        self.time_label.setText(f"{format_time(ms / 1000, fps)} / {format_time(total, fps)}")

    def _duration_changed(self, ms: int) -> None:
        self._position_changed(self.playback.position())

    def _playing_changed(self, playing: bool) -> None:
        sp = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(sp))
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))

    def _playback_failed(self, message: str) -> None:
        self.banner.show_message(self.tr("The preview cannot play this clip (%s). You can still export it.")
                                 % message)

    # Export -------------------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        """The window's one export dialog, made the first time it is needed; the side panel's
        export card follows it."""
        if self.export_dialog_ is None:
            dialog = self.export_dialog_ = ExportDialog(self.doc, self.exports, self.prefs, self.playback.pause, self)
            dialog.running.connect(self.panel.set_exporting)
            dialog.progressed.connect(self.panel.set_progress)
            dialog.outcome.connect(self.panel.show_result)
            dialog.started.connect(self.exportStarted)
            dialog.finished_ok.connect(self._exported)
            dialog.failed.connect(self.exportFailed)
            dialog.cancelled.connect(self.exportCancelled)
        return self.export_dialog_

    def _exported(self, path: str) -> None:
        self.last_export = path
        self.exportFinished.emit(path)

    def start_export(self) -> None:
        """File ▸ Export… and the panel's Export button open the export dialog."""
        if self.doc.media is not None:
            self.export_dialog().open_for_editor()

    def cancel_export(self) -> None:
        if self.export_dialog_ is not None:
            self.export_dialog_.stop()

    def open_batch(self) -> BatchWindow:
        """File ▸ Batch export…: the window's one batch window (it keeps its clips while hidden)."""
        if self.batch_window is None:
            self.batch_window = BatchWindow(self.doc, self.exports, self.prefs, self._open_from_batch, self)
        elif self.batch_window.job is None and not self.batch_window.rows:
            self.batch_window.take_from_editor()
        self.batch_window.show()
        return self.batch_window

    def _open_from_batch(self, path: str) -> None:
        """The batch window's "Open in editor": the trim set here becomes the row's part."""
        self.open_clip(path)
        self.raise_()
        self.activateWindow()

    def _show_export(self) -> None:
        if self.last_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.last_export).parent)))

    # Window state ---------------------------------------------------------------------------------

    def _restore_window(self) -> None:
        restored = False
        if self.settings.window_geometry:
            try:
                data = base64.b64decode(self.settings.window_geometry)
                restored = self.restoreGeometry(QByteArray(data))
            except (ValueError, TypeError):
                restored = False
        if not restored:
            self.resize(1280, 720)

    def save_settings(self) -> None:
        self.settings.window_geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self.settings.save()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.exports.busy:
            answer = QMessageBox.question(self, self.tr("Stop the export?"),
                                          self.tr("Videos are being exported. Stop them and close?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self.projects.settle_unsaved():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop playback and any export (leaving no file behind) and save the settings. Idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self.exports.cancel_all()
        self.exports.wait(10)
        self.panel.words_card.speech.cancel()  # #16: hearing a clip stops between two of its sentences
        self.panel.words_card.speech.wait(10)
        self.timeline.shutdown()
        self.story.preview.close()
        if self._proxy_task is not None:  # #21: the preview's copy being made: its ffmpeg is stopped
            self._proxy_task.cancel()
        proxy_pool().waitForDone(5000)
        preview_pool().waitForDone(5000)  # a preview rendering being cancelled lets go of its files
        self.playback.close(wait=True)
        self.projects.discard_autosave()  # the window closes normally: its autosave is no longer needed
        self.save_settings()

    # Starting and languages -----------------------------------------------------------------------

    def on_start(self, clip: str | None = None) -> None:
        """After the window is shown (run_app): offer to restore a crashed session; say when the
        preferences could not be read; the first-run tour."""
        restoring = self.projects.offer_restore()
        note = self.prefs.note
        if note:
            self.banner.show_message(
                QCoreApplication.translate("classroom", "Your saved preferences could not be read, so the defaults "
                                                        "are used.")
                if note != "newer" else
                QCoreApplication.translate("classroom", "Your preferences were saved by a newer version of the app; "
                                                        "the defaults are used."),
                "ok")
        if not restoring and not clip and not self.prefs.tour_done:
            self.help.start_tour()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._retranslate)

    def _retranslate(self) -> None:
        """Texts computed from the Edit (title, length) are recomputed in the new language."""
        if not self._shut_down:
            self._update_length()
            self._update_title()


def _probed(path: str) -> MediaInfo:
    """On a worker: what the clip holds, refused like the export refuses it (sound-only, pictures)."""
    info = probe(path)
    check_source(info)
    return info


def show_later(window: MainWindow, clip: str | None) -> None:
    window.show()
    if clip:
        QTimer.singleShot(0, lambda: window.open_clip(clip))
