"""Edit ▸ Preferences in the window: the dialog (:mod:`ui.dialogs.preferences`), language and
theme applied at once, and the choices saved into the one :class:`Preferences` the window shares
with its dialogs (the object is updated in place, so everyone holding it sees the new values)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from app.project.preferences import Preferences
from ui.dialogs.preferences import PreferencesDialog
from ui.i18n.language import set_language
from ui.style.theme import apply_theme


def apply_preferences(prefs: Preferences) -> None:
    """Show the window in the preferred language and theme (both change at once, no restart)."""
    app = QApplication.instance()
    set_language(prefs.language)
    if app is not None and app.property("anakgeniusThemeChoice") != prefs.theme:
        apply_theme(app, prefs.theme)
        app.setProperty("anakgeniusThemeChoice", prefs.theme)


class PreferencesActions(QObject):
    saved = Signal()  # the preferences were changed and written

    def __init__(self, prefs: Preferences, parent: QWidget) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.parent_ = parent
        self.dialog: PreferencesDialog | None = None
        self.action = QAction(self.tr("&Preferences…"), parent, shortcut=QKeySequence("Ctrl+,"))
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show)

    def show(self) -> None:
        dialog = PreferencesDialog(self.prefs, apply_preferences, self.parent_)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save(dialog.chosen()))
        dialog.finished.connect(self._closed)
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None

    def save(self, chosen: Preferences) -> None:
        """Apply and keep ``chosen``: the shared Preferences take its values and are written."""
        for f in fields(Preferences):
            setattr(self.prefs, f.name, getattr(chosen, f.name))
        apply_preferences(self.prefs)
        self.prefs.save()
        self.saved.emit()
