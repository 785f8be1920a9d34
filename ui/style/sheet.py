"""The look: campaign colours (magenta, warm yellow, white), big friendly controls."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import assets_dir, cache_dir

MAGENTA = "#C2185B"
MAGENTA_DARK = "#8E0F43"
MAGENTA_SOFT = "#FCE4EC"
YELLOW = "#FFC93C"
YELLOW_SOFT = "#FFF4D6"
INK = "#2D1B25"
MUTED = "#7A6470"
PAPER = "#FFFAF3"
LINE = "#F0DCE4"
GOOD = "#2E7D32"
BAD = "#C62828"

QSS = f"""
QMainWindow, QWidget#Page {{ background: {PAPER}; }}
QWidget {{ color: {INK}; font-size: 10.5pt; font-family: Lato; }}
QMenuBar {{ background: {PAPER}; }}
QFrame#Header {{
    background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 {MAGENTA}, stop:1 #D81B60);
    border: none;
}}
QLabel#AppTitle {{ color: white; font-family: Lato; font-weight: 900; font-size: 17pt; }}
QLabel#CampaignChip {{
    color: {INK}; background: {YELLOW}; border-radius: 12px; padding: 3px 12px;
    font-family: Lato; font-weight: bold; font-size: 10.5pt;
}}
QFrame#Header QPushButton {{
    color: white; background: rgba(255,255,255,0.16); border: 1px solid rgba(255,255,255,0.55);
    border-radius: 16px; padding: 6px 14px; font-family: Lato; font-weight: bold;
}}
QFrame#Header QPushButton:hover {{ background: rgba(255,255,255,0.28); }}
QFrame#Header QPushButton:disabled {{ color: rgba(255,255,255,0.45); border-color: rgba(255,255,255,0.25); }}

QFrame#ExportCard {{ background: {YELLOW_SOFT}; border: 1.5px solid {YELLOW}; border-radius: 16px; }}
QFrame#Card, QFrame#WelcomeCard {{
    background: white; border: 1px solid {LINE}; border-radius: 16px;
}}
QLabel#SectionTitle {{ font-family: Lato; font-weight: 900; font-size: 12.5pt; color: {MAGENTA}; }}
QLabel#Hint {{ color: {MUTED}; font-size: 9.5pt; }}
QLabel#Headline {{ font-family: Lato; font-weight: 900; font-size: 24pt; color: {INK}; }}
QLabel#Lead {{ color: {MUTED}; font-size: 12pt; }}
QLabel#StepNumber {{
    background: {YELLOW}; color: {INK}; border-radius: 17px; font-family: Lato; font-weight: 900; font-size: 13pt;
}}
QLabel#StepText {{ font-family: Lato; font-weight: bold; font-size: 11pt; }}

QPushButton {{
    background: white; border: 1.5px solid {LINE}; border-radius: 12px; padding: 7px 14px;
    font-family: Lato; font-weight: bold;
}}
QPushButton:hover {{ border-color: {MAGENTA}; }}
QPushButton:checked {{ background: {MAGENTA}; color: white; border-color: {MAGENTA}; }}
QPushButton:disabled {{ color: #B9A8B0; background: #FBF6F8; }}
QPushButton#Primary {{
    background: {MAGENTA}; color: white; border: 1px solid {MAGENTA}; border-radius: 16px; padding: 10px 26px;
    font-size: 13pt; font-weight: 900; min-height: 1.3em; /* room for descenders (j, g) */
}}
QPushButton#Primary:hover {{ background: #D81B60; }}
QPushButton#Primary:pressed {{ background: {MAGENTA_DARK}; }}
QPushButton#Primary:disabled {{ background: #E7B9CB; color: white; }}
QPushButton#BigOpen {{
    background: {MAGENTA}; color: white; border: 1px solid {MAGENTA}; border-radius: 22px; padding: 14px 44px;
    font-size: 16pt; font-weight: 900;
}}
QPushButton#BigOpen:hover {{ background: #D81B60; }}
QPushButton#Chip {{ border-radius: 10px; padding: 3px 7px; font-size: 9.5pt; }}
QPushButton#Segment {{ border-radius: 10px; padding: 9px 6px; }}
QPushButton#Swatch {{ border-radius: 13px; padding: 0; min-width: 26px; max-width: 26px;
    min-height: 26px; max-height: 26px; }}
QPushButton#PosButton {{ border-radius: 8px; padding: 4px; min-width: 30px; min-height: 22px; }}
QPushButton#Recent {{ text-align: left; padding: 9px 14px; font-weight: normal; font-family: none; }}
QPushButton#Transport {{ border-radius: 18px; padding: 6px; min-width: 24px; }}
QPushButton#Play {{
    background: {YELLOW}; border: 1px solid {YELLOW}; border-radius: 22px; min-width: 44px; min-height: 44px;
    max-width: 44px; max-height: 44px; padding: 0;
}}
QPushButton#Play:hover {{ background: #FFD45F; }}
QPushButton#Link {{ border: none; background: transparent; color: {MAGENTA}; padding: 2px 4px;
    text-decoration: underline; }}

QFrame#Transport {{ background: white; border: 1px solid {LINE}; border-radius: 16px; }}
QFrame#Stage {{ background: {MAGENTA_SOFT}; border-radius: 18px; }}
QLabel#TimeLabel {{ font-family: "DejaVu Sans Mono", monospace; font-size: 11pt; color: {INK}; }}

QSlider::groove:horizontal {{ height: 6px; background: {LINE}; border-radius: 3px; }}
QSlider::sub-page:horizontal {{ background: {MAGENTA}; border-radius: 3px; }}
QSlider::handle:horizontal {{
    background: white; border: 3px solid {MAGENTA}; width: 12px; height: 12px; margin: -6px 0;
    border-radius: 9px;
}}
QSlider::handle:horizontal:hover {{ background: {YELLOW}; }}
QSlider::groove:horizontal:disabled {{ background: #EEE; }}
QSlider::sub-page:horizontal:disabled {{ background: #DDD; }}

QLineEdit, QComboBox, QDoubleSpinBox {{
    background: white; border: 1.5px solid {LINE}; border-radius: 10px; padding: 6px 10px;
}}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url("@ARROW@"); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: white; border: 1px solid {LINE}; selection-background-color: {MAGENTA}; }}
QLineEdit:focus, QComboBox:focus, QDoubleSpinBox:focus {{ border-color: {MAGENTA}; }}
QCheckBox {{ spacing: 8px; font-family: Lato; font-weight: bold; }}
QCheckBox::indicator {{
    width: 20px; height: 20px; border-radius: 6px; border: 2px solid {MAGENTA}; background: white;
}}
QCheckBox::indicator:checked {{ background: {MAGENTA}; image: url("@CHECK@"); }}
QCheckBox::indicator:disabled {{ border-color: #D9C6CF; }}
QProgressBar {{
    background: {MAGENTA_SOFT}; border: none; border-radius: 9px; height: 18px; text-align: center;
    color: {INK}; font-weight: bold;
}}
QProgressBar::chunk {{ background: {MAGENTA}; border-radius: 9px; }}

QFrame#Banner {{ background: #FFF1F1; border: 1.5px solid #F3B6B6; border-radius: 12px; }}
QFrame#Banner[kind="ok"] {{ background: #EEF8EE; border-color: #B5DDB7; }}
QLabel#BannerText {{ font-size: 11pt; }}
QFrame#DropHint {{ border: 2px dashed {MAGENTA}; border-radius: 16px; background: {MAGENTA_SOFT}; }}

QStatusBar {{ background: white; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ padding: 3px 8px; }}
QLabel#LengthOk {{ color: {GOOD}; font-weight: bold; }}
QLabel#LengthBad {{ color: {BAD}; font-weight: bold; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollBar:vertical {{ background: transparent; width: 8px; margin: 4px 0; }}
QScrollBar::handle:vertical {{ background: #E3C3D1; border-radius: 4px; min-height: 40px; }}
QScrollBar::handle:vertical:hover {{ background: {MAGENTA}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QToolTip {{ background: {INK}; color: white; border: none; padding: 6px; border-radius: 6px; }}

/* Timeline (ui/timeline.py) */
QLabel#FieldLabel {{ font-family: Lato; font-weight: bold; }}
QLineEdit#TimeField {{ font-family: "DejaVu Sans Mono", monospace; padding: 3px 6px; border-radius: 8px; }}
QLineEdit#TimeField[bad="true"] {{ border: 2px solid {BAD}; }}
QLabel#TrimLength {{ font-weight: bold; padding: 0 4px; }}
QLabel#TrimLength[over="true"] {{ color: {BAD}; }}
QPushButton#FitLimit {{ background: {BAD}; color: white; border: 1px solid {BAD}; border-radius: 12px;
    padding: 4px 12px; font-weight: 900; }}
QPushButton#FitLimit:hover {{ background: #E53935; }}
QPushButton#Small {{ padding: 4px 10px; border-radius: 10px; }}
QPushButton#Small:checked {{ background: {MAGENTA}; color: white; }}
QPushButton#Zoom {{ padding: 2px 0; min-width: 30px; max-width: 30px; border-radius: 10px; font-size: 13pt; }}
QPushButton#Zoom:disabled, QPushButton#Small:disabled {{ color: #C9B8C0; border-color: {LINE}; }}
QScrollBar:horizontal {{ background: transparent; height: 8px; }}
QScrollBar::handle:horizontal {{ background: {YELLOW}; border-radius: 4px; min-width: 30px; }}

/* Export dialog (ui/export_dialog.py) */
QDialog#ExportDialog {{ background: white; }}
QLabel#DialogTitle {{ font-family: Lato; font-weight: 900; font-size: 17pt; color: {MAGENTA}; }}
QDialog#ExportDialog QLabel#FieldLabel {{ font-size: 10.5pt; }}
QPushButton#Platform {{ border-radius: 12px; padding: 8px 4px; min-height: 40px; font-size: 11pt; }}
QLabel#FitOk {{ color: {GOOD}; font-family: Lato; font-weight: bold; font-size: 11pt; }}
QLabel#FitBad {{ color: #9A5B00; font-family: Lato; font-weight: bold; font-size: 11pt;
    background: {YELLOW_SOFT}; border-radius: 8px; padding: 6px 10px; }}
QFrame#OverwriteBox {{ background: {YELLOW_SOFT}; border: 1.5px solid {YELLOW}; border-radius: 12px; }}
QLabel#Folder {{ background: {MAGENTA_SOFT}; border-radius: 10px; padding: 7px 10px; }}
QLabel#BigTick {{ font-size: 40pt; color: {GOOD}; }}
QLabel#BigCross {{ font-size: 40pt; color: {BAD}; }}
QLabel#ResultTitle {{ font-family: Lato; font-weight: 900; font-size: 18pt; }}
QLabel#ResultFacts {{ font-size: 12pt; color: {MUTED}; }}
QFrame#CaptionBox {{ background: {YELLOW_SOFT}; border: 1.5px dashed {YELLOW}; border-radius: 12px; }}
QLabel#Caption {{ font-family: Lato; font-weight: 900; font-size: 13pt; color: {MAGENTA}; }}
QLabel#TimeText {{ font-size: 12pt; }}
QDialog#ExportDialog QProgressBar {{ height: 26px; border-radius: 13px; font-size: 11pt; }}
QDialog#ExportDialog QProgressBar::chunk {{ border-radius: 13px; }}
QPlainTextEdit {{ border: 1px solid {LINE}; border-radius: 8px; font-family: monospace; font-size: 9pt; }}

/* Batch window (ui/batch_window.py) */
QWidget#BatchWindow {{ background: {PAPER}; }}
QWidget#BatchWindow QTableWidget {{ background: white; border: 1px solid {LINE}; border-radius: 12px;
    gridline-color: {LINE}; selection-background-color: {MAGENTA_SOFT}; selection-color: {INK}; }}
QWidget#BatchWindow QHeaderView::section {{ background: white; border: none; border-bottom: 1px solid {LINE};
    padding: 6px; font-family: Lato; font-weight: bold; color: {MUTED}; }}
QFrame#SettingsBox {{ background: white; border: 1px solid {LINE}; border-radius: 14px; }}
QFrame#Summary {{ background: {YELLOW_SOFT}; border: 1.5px solid {YELLOW}; border-radius: 14px; }}
QLabel#SummaryTitle {{ font-family: Lato; font-weight: 900; font-size: 14pt; }}
QLabel#DropHint {{ color: {MUTED}; }}
QLabel#BatchFolder {{ background: {MAGENTA_SOFT}; border-radius: 8px; padding: 5px 8px; }}

/* First-run tour (ui/tour.py) */
QFrame#TourCard {{ background: white; border: 2px solid {MAGENTA}; border-radius: 16px; }}
QLabel#TourTitle {{ font-family: Lato; font-weight: 900; font-size: 14pt; color: {MAGENTA}; }}
QLabel#TourCount {{ color: {MUTED}; }}
"""


def apply_style(app: QApplication) -> None:
    fonts = assets_dir() / "fonts"
    for name in ("Lato-Regular.ttf", "Lato-Bold.ttf", "Lato-Black.ttf", "DejaVuSansMono.ttf", "NotoColorEmoji.ttf"):
        if (fonts / name).is_file():
            QFontDatabase.addApplicationFont(str(fonts / name))
    # the words a user types may hold emoji (#16): Lato has none, so Qt takes them from the bundled
    # colour font instead of drawing empty boxes (a school laptop's Windows 7/8 or Linux may have none)
    QFont.insertSubstitution("Lato", "Noto Color Emoji")
    body = app.font()  # the bundled body font: the same text on Windows (else Wine's serif), macOS, Linux
    body.setFamily("Lato")
    app.setFont(body)
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(MAGENTA))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Button, QColor("white"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    app.setPalette(palette)
    sheet = QSS.replace("@CHECK@", _icon_file("ui-check.svg", CHECK_SVG))
    app.setStyleSheet(sheet.replace("@ARROW@", _icon_file("ui-arrow.svg", ARROW_SVG)))


CHECK_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">
<path d="M4.5 10.5 L8.5 14.5 L15.5 6" fill="none" stroke="white" stroke-width="2.8"
 stroke-linecap="round" stroke-linejoin="round"/></svg>"""


ARROW_SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12">
<path d="M2 4 L6 8.5 L10 4" fill="none" stroke="{MAGENTA}" stroke-width="2.2"
 stroke-linecap="round" stroke-linejoin="round"/></svg>"""


def _icon_file(name: str, svg: str) -> str:
    """A small icon written once into the cache folder (style sheets need a file)."""
    path = cache_dir() / name
    try:
        if not path.is_file() or path.read_text(encoding="utf-8") != svg:
            path.write_text(svg, encoding="utf-8")
    except OSError:
        return ""
    return path.as_posix()
