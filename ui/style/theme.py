"""Light and dark themes over :mod:`ui.style.sheet`, and a focus ring that is easy to see.

``apply_theme(app, "system" | "light" | "dark")``: "system" follows the computer's colour scheme.
The dark theme is the light style sheet with later rules that repaint its surfaces.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.style.sheet import apply_style

FOCUS = """
QPushButton:focus {{ border: 2.5px solid {ring}; }}
QPushButton#Primary:focus, QPushButton#BigOpen:focus, QPushButton:checked:focus {{ border: 3px solid #FFC93C; }}
QCheckBox:focus {{ color: {ring}; }}
QCheckBox::indicator:focus {{ border: 2.5px solid {ring}; }}
QSlider:focus {{ border: 2px dashed {ring}; border-radius: 6px; }}
QTreeWidget:focus, QListWidget:focus, QTableWidget:focus {{ border: 2px solid {ring}; }}
"""

DARK = """
QMainWindow, QWidget#Page, QDialog {{ background: {paper}; }}
QWidget {{ color: {ink}; }}
QMenuBar, QMenu {{ background: {paper}; color: {ink}; }}
QMenu::item:selected {{ background: #C2185B; color: white; }}
QFrame#Card, QFrame#WelcomeCard, QFrame#Transport {{ background: {surface}; border-color: {line}; }}
QFrame#Stage {{ background: #3A1F2B; }}
QFrame#ExportCard {{ background: #3A3020; }}
QPushButton {{ background: {surface}; border-color: {line}; color: {ink}; }}
QPushButton:disabled {{ background: #241A1F; color: #7D6A73; }}
QPushButton#Recent {{ color: {ink}; }}
QLineEdit, QComboBox, QDoubleSpinBox, QSpinBox {{ background: {surface}; border-color: {line}; color: {ink}; }}
QComboBox QAbstractItemView {{ background: {surface}; color: {ink}; }}
QCheckBox::indicator {{ background: {surface}; }}
QLabel#Headline, QLabel#TimeLabel, QLabel#StepText {{ color: {ink}; }}
QLabel#Hint, QLabel#Lead {{ color: {muted}; }}
QLabel#StepNumber, QLabel#CampaignChip {{ color: #2D1B25; }}
QStatusBar {{ background: {surface}; border-top-color: {line}; }}
QFrame#Banner {{ background: #3B1E22; border-color: #8E3B45; }}
QFrame#Banner[kind="ok"] {{ background: #1D3320; border-color: #3F7A45; }}
QTreeWidget, QListWidget, QTableWidget, QHeaderView::section {{ background: {surface}; color: {ink}; }}
QProgressBar {{ background: #3A1F2B; color: {ink}; }}
QDialog#ExportDialog, QWidget#BatchWindow {{ background: {paper}; }}
QLabel#Folder, QLabel#BatchFolder {{ background: #4A2636; }}
QLabel#FitBad {{ background: #3A3020; color: #FFC93C; }}
QFrame#OverwriteBox, QFrame#CaptionBox, QFrame#Summary {{ background: #3A3020; }}
QWidget#BatchWindow QTableWidget, QWidget#BatchWindow QHeaderView::section, QFrame#SettingsBox,
QFrame#TourCard {{ background: {surface}; }}
QWidget#BatchWindow QTableWidget {{ selection-background-color: #5A2A40; selection-color: {ink}; }}
QLabel#ResultFacts, QLabel#DropHint, QLabel#TourCount, QWidget#BatchWindow QHeaderView::section {{ color: {muted}; }}
QLabel#Caption, QLabel#TourTitle, QLabel#DialogTitle, QLabel#SectionTitle {{ color: #F06292; }}
"""

DARK_COLOURS = {"paper": "#1F1519", "surface": "#2B1F25", "line": "#4A3340", "ink": "#F6EAF0", "muted": "#C9B3BE"}


def is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str = "system") -> None:
    apply_style(app)
    dark = is_dark(theme)
    sheet = app.styleSheet() + FOCUS.format(ring="#64B5F6" if dark else "#1565C0")
    if dark:
        sheet += DARK.format(**DARK_COLOURS)
        palette = app.palette()
        for role, colour in (
            (QPalette.ColorRole.Window, DARK_COLOURS["paper"]),
            (QPalette.ColorRole.Base, DARK_COLOURS["surface"]),
            (QPalette.ColorRole.AlternateBase, "#33262C"),
            (QPalette.ColorRole.Button, DARK_COLOURS["surface"]),
            (QPalette.ColorRole.WindowText, DARK_COLOURS["ink"]),
            (QPalette.ColorRole.Text, DARK_COLOURS["ink"]),
            (QPalette.ColorRole.ButtonText, DARK_COLOURS["ink"]),
            (QPalette.ColorRole.ToolTipBase, "#2D1B25"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    app.setProperty("anakgeniusTheme", "dark" if dark else "light")
    app.setStyleSheet(sheet)
