"""Edit ▸ Preferences: language, default campaign, export folder, default preset, theme and video chip.

Changes apply at once (the language and theme without a restart) and are saved when the dialog
is closed with Save.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.packs import list_packs
from app.project.preferences import Preferences
from app.render.presets import PRESETS
from ui.i18n.campaign_words import display_name
from ui.i18n.wording import preset_label


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, apply: Callable[[Preferences], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.apply = apply
        self.setObjectName("PreferencesDialog")
        self.setMinimumWidth(520)

        self.language = QComboBox()
        self.campaign = QComboBox()
        for campaign in _campaigns():
            self.campaign.addItem(campaign[1], campaign[0])
        self.folder = QLineEdit(prefs.export_folder)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.preset = QComboBox()
        for preset in PRESETS.values():
            self.preset.addItem(preset_label(preset), preset.id)
        self.theme = QComboBox()
        self.video_chip = QComboBox()  # #19: the laptop's video chip for exports (Otomatis / Mati)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel() for _ in range(6)]
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        for label, field in zip(self.labels, (self.language, self.campaign, folder_row, self.preset, self.theme,
                                                     self.video_chip), strict=True):
            self.form.addRow(label, field)
        self.labels[0].setBuddy(self.language)
        self.labels[1].setBuddy(self.campaign)
        self.labels[2].setBuddy(self.folder)
        self.labels[3].setBuddy(self.preset)
        self.labels[4].setBuddy(self.theme)
        self.labels[5].setBuddy(self.video_chip)
        self.note = QLabel(objectName="Hint")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.setContentsMargins(22, 20, 22, 16)
        box.setSpacing(14)
        box.addLayout(self.form)
        box.addWidget(self.note)
        box.addWidget(self.buttons)
        self.setTabOrder(self.language, self.campaign)
        self.setTabOrder(self.campaign, self.folder)
        self.setTabOrder(self.folder, self.browse)
        self.setTabOrder(self.browse, self.preset)
        self.setTabOrder(self.preset, self.theme)
        self.setTabOrder(self.theme, self.video_chip)

        self.retranslate()
        self._select(self.language, prefs.language)
        self._select(self.campaign, prefs.campaign)
        self._select(self.preset, prefs.preset)
        self._select(self.theme, prefs.theme)
        self._select(self.video_chip, prefs.video_chip)
        self._original = Preferences(**{k: v for k, v in vars(prefs).items()})
        self.language.activated.connect(self._live)
        self.theme.activated.connect(self._live)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        for label, text in zip(self.labels, (self.tr("&Language:"), self.tr("Default &campaign:"),
                                             self.tr("Export &folder:"), self.tr("Default &platform:"),
                                             self.tr("&Theme:"), self.tr("Laptop's &video chip:")), strict=True):
            label.setText(text)
        self._fill(self.language, [("system", self.tr("Same as the computer")), ("id", "Bahasa Indonesia"),
                                   ("en", "English")])
        self._fill(self.theme, [("system", self.tr("Same as the computer")), ("light", self.tr("Light")),
                                ("dark", self.tr("Dark"))])
        self._fill(self.video_chip, [("auto", self.tr("Automatic")), ("off", self.tr("Turned off"))])
        self.campaign.setItemText(0, self.tr("The active campaign"))
        self.browse.setText(self.tr("Choose…"))
        self.language.setAccessibleName(self.tr("Language"))
        self.campaign.setAccessibleName(self.tr("Default campaign"))
        self.folder.setAccessibleName(self.tr("Export folder"))
        self.folder.setAccessibleDescription(self.tr("Where exported videos are saved first"))
        self.browse.setAccessibleName(self.tr("Choose the export folder"))
        self.preset.setAccessibleName(self.tr("Default platform"))
        self.preset.setAccessibleDescription(self.tr("The platform a newly opened clip is made for"))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.video_chip.setAccessibleName(self.tr("Laptop's video chip"))
        self.video_chip.setAccessibleDescription(self.tr(
            "Automatic: exports use the laptop's video chip when a test showed it makes correct videos (faster); "
            "if it fails, the video is made again without it. Off: always the software encoder."))
        self.video_chip.setToolTip(self.video_chip.accessibleDescription())
        self.note.setText(self._note_text())
        self.note.setVisible(bool(self.prefs.note))

    def _note_text(self) -> str:
        if self.prefs.note == "newer":
            return self.tr("Your preferences were saved by a newer version of the app, so the defaults are shown. "
                           "Saving here replaces them.")
        if self.prefs.note:
            return self.tr("Your saved preferences could not be read, so the defaults are shown.")
        return ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        if combo.count() == len(items):
            for i, (_, text) in enumerate(items):
                combo.setItemText(i, text)
            return
        for key, text in items:
            combo.addItem(text, key)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        index = combo.findData(key)
        combo.setCurrentIndex(max(0, index))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def chosen(self) -> Preferences:
        prefs = Preferences(**{k: v for k, v in vars(self.prefs).items()})
        prefs.language = self.language.currentData()
        prefs.campaign = self.campaign.currentData()
        prefs.export_folder = self.folder.text().strip() or prefs.export_folder
        prefs.preset = self.preset.currentData()
        prefs.theme = self.theme.currentData()
        prefs.video_chip = self.video_chip.currentData()
        prefs.note = ""
        return prefs

    def _live(self) -> None:
        """Language and theme are shown at once, before Save."""
        self.apply(self.chosen())

    def reject(self) -> None:
        self.apply(self._original)
        super().reject()


def _campaigns() -> list[tuple[str, str]]:
    items = [("", "")]
    try:
        for pack in list_packs():
            if pack.campaign is not None:
                items.append((pack.id, f"{pack.campaign.hashtag} — {display_name(pack.campaign)}"))
    except Exception:  # noqa: BLE001 - a broken pack must not stop Preferences from opening
        pass
    return items

