"""Campaign packs in the window: the header chip, the Campaign menu, the chooser, switching.

The chip in the header shows the active campaign's hashtag, its dates and its length limit.
Campaign ▸ Import campaign… installs a pack (zip or folder) with :func:`app.campaigns.packs.import_pack`;
a refusal is shown as the pack's own sentence. The chooser lists every pack, broken ones greyed
with their reason. Switching campaign updates the window, the document (the Edit's campaign id,
hence the watermark's default text and the length limit; one undo step) and remembers the choice.
Everything that shows the campaign follows ``Document.campaignChanged``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.model import Campaign
from app.campaigns.pack_format import load_pack
from app.campaigns.packs import (
    PackInfo,
    clear_official_song,
    import_pack,
    list_packs,
    set_active_campaign,
    set_official_song,
)
from app.errors import UserError
from ui.i18n.campaign_words import dates, display_name
from ui.i18n.wording import limit_text, sentence
from ui.session.document import Document


class CampaignChip(QWidget):
    """The header's campaign: the hashtag pill, then its dates and length limit."""

    def __init__(self, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.hashtag = QLabel(objectName="CampaignChip")
        self.info = QLabel()
        self.info.setStyleSheet("color: white; font-family: Lato; font-weight: bold;")
        row.addWidget(self.hashtag)
        row.addWidget(self.info)
        self.set_campaign(campaign)

    def set_campaign(self, campaign: Campaign) -> None:
        self.hashtag.setText(campaign.hashtag)
        self.hashtag.setToolTip(campaign.description)
        parts = [dates(campaign),
                 self.tr("videos up to %s") % limit_text(campaign.max_seconds)]
        self.info.setText("  ·  ".join(p for p in parts if p))
        self.info.setToolTip(display_name(campaign))
        self.campaign = campaign

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "campaign"):
            self.set_campaign(self.campaign)


class CampaignChooser(QDialog):
    """Every pack; the broken ones greyed with the reason. ``chosen`` is the id picked."""

    def __init__(self, packs: list[PackInfo], active: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a campaign"))
        self.setMinimumSize(520, 360)
        col = QVBoxLayout(self)
        col.addWidget(QLabel(self.tr("Which campaign are your videos for?"), objectName="SectionTitle"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Campaigns"))
        self.list.setSpacing(3)
        self.list.setWordWrap(True)  # long names and reasons wrap instead of running off the edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for pack in packs:
            if pack.campaign is not None:
                c = pack.campaign
                text = f"{c.hashtag}  ·  {display_name(c)}" + (f"\n{dates(c)}" if dates(c) else "")
                item = QListWidgetItem(text)
                item.setToolTip(c.description)
            else:
                item = QListWidgetItem(self.tr("%1 — can’t be used: %2").replace("%1", pack.id)
                                       .replace("%2", sentence(pack.error, False)))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(sentence(pack.error))
            item.setData(Qt.ItemDataRole.UserRole, pack.id)
            self.list.addItem(item)
            if pack.id == active and pack.ok:
                self.list.setCurrentItem(item)
        self.list.itemDoubleClicked.connect(self.accept)
        col.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    @property
    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)


class CampaignActions(QObject):
    """The Campaign menu's actions and what they do, for ``doc``. ``message(text, kind)`` shows a
    sentence ("error" or "ok"); dialogs open over ``parent``."""

    def __init__(self, doc: Document, parent: QWidget, message: Callable[[str, str], None]) -> None:
        super().__init__(parent)
        self.doc, self.parent_ = doc, parent
        self._message = message
        self.import_action = QAction(self.tr("&Import campaign…"), self)
        self.import_action.triggered.connect(lambda: self.import_campaign())
        self.choose_action = QAction(self.tr("&Choose campaign…"), self)
        self.choose_action.triggered.connect(self.choose_campaign)
        self.official_action = QAction(self.tr("Use the &official song file…"), self)
        self.official_action.triggered.connect(lambda: self.use_official_song())
        self.bundled_action = QAction(self.tr("Use the &bundled song"), self)
        self.bundled_action.triggered.connect(self.use_bundled_song)
        self.refresh()

    def menu(self, parent: QMainWindow) -> QMenu:
        """The Campaign menu, added to ``parent``'s menu bar."""
        menu = parent.menuBar().addMenu(self.tr("&Campaign"))
        menu.addAction(self.choose_action)
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.official_action)
        menu.addAction(self.bundled_action)
        menu.aboutToShow.connect(self.refresh)
        return menu

    def refresh(self) -> None:
        song = self.doc.campaign.song
        self.bundled_action.setEnabled(bool(song and song.official))

    # Asking (tests replace these) ------------------------------------------------------------

    def ask_pack_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.parent_, self.tr("Import a campaign"), "",
                                              self.tr("Campaign pack (*.zip);;All files (*)"))
        return path

    def ask_song_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self.parent_, self.tr("The official song file"), "",
                                              self.tr("Sound files (*.mp3 *.m4a *.aac *.wav *.ogg *.flac);;"
                                                      "All files (*)"))
        return path

    # Doing -----------------------------------------------------------------------------------

    def import_campaign(self, path: str | None = None) -> Campaign | None:
        """Install a pack (zip or folder) and switch to it; a refusal is shown as its sentence."""
        path = path or self.ask_pack_path()
        if not path:
            return None
        try:
            campaign = import_pack(path)
        except UserError as exc:
            self._message(self.tr("This campaign can’t be imported: %s") % sentence(exc, False), "error")
            return None
        self.switch_to(campaign)
        self._message(self.tr("Campaign %s imported. Your videos now use it.") % campaign.hashtag, "ok")
        return campaign

    def choose_campaign(self) -> None:
        chooser = CampaignChooser(list_packs(), self.doc.campaign.id, self.parent_)
        if chooser.exec() and chooser.chosen and chooser.chosen != self.doc.campaign.id:
            self.switch_to_id(chooser.chosen)

    def switch_to_id(self, campaign_id: str) -> None:
        try:
            self.switch_to(set_active_campaign(campaign_id))
        except UserError as exc:
            self._message(sentence(exc), "error")

    def use_official_song(self, path: str | None = None) -> None:
        path = path or self.ask_song_path()
        if not path:
            return
        try:
            campaign = set_official_song(self.doc.campaign.id, path)
        except UserError as exc:
            self._message(sentence(exc), "error")
            return
        self.switch_to(campaign, remember=False)
        self._message(self.tr("Your videos now use the official song."), "ok")

    def use_bundled_song(self) -> None:
        """Back to the pack's own song. The preview lets go of the official file before it is removed."""
        campaign = self.doc.campaign
        try:
            own = load_pack(campaign.folder, campaign.builtin) if campaign.folder else None
        except UserError as exc:
            self._message(sentence(exc), "error")
            return
        if own is not None:
            self.switch_to(own, remember=False)
        QTimer.singleShot(1000, lambda: clear_official_song(campaign.id))
        self.bundled_action.setEnabled(False)

    def switch_to(self, campaign: Campaign, remember: bool = True) -> None:
        """Make the videos for ``campaign`` (the Document tells the header, preview, song, panel and
        the length limit); ``remember``: it is also the campaign the next start opens with."""
        if remember:
            try:
                set_active_campaign(campaign.id)
            except UserError:
                pass
        self.doc.set_campaign(campaign, self.tr("Campaign %s") % campaign.hashtag)
        self.refresh()
