"""Run in a subprocess by test_scaling.py: show the window (with a clip) and each dialog at the
QT_SCALE_FACTOR of the environment, save screenshots, and print every label or button whose text
does not fit (``CLIPPED ...``)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QStyle, QStyleOptionFrame, QWidget

from ui.editor.start import create_app, create_window

out, clip, width, height, font_pt = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(
    sys.argv[5])
app = create_app()
if font_pt:
    font = app.font()
    font.setPointSizeF(font_pt)
    app.setFont(font)
    app.setStyleSheet(app.styleSheet().replace("font-size: 10.5pt", f"font-size: {font_pt}pt"))
window = create_window()
window.resize(width, height)
window.show()


def clipped(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if w.layout() is not None and not w.isWindow():
            hint = w.minimumSizeHint()  # a card squeezed below its layout's minimum cuts its content
            if w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
                found.append(f"{type(w).__name__} {w.objectName()!r} squeezed to {w.width()}×{w.height()} "
                             f"(needs {hint.width()}×{hint.height()})")
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            need = w.minimumSizeHint().width()
        elif isinstance(w, QAbstractButton) and w.text():
            need = w.minimumSizeHint().width()
        elif isinstance(w, QLineEdit) and w.text() and w.minimumWidth() == w.maximumWidth():  # sized for its text
            option = QStyleOptionFrame()
            w.initStyleOption(option)
            room = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, w).width()
            if room + 1 < w.fontMetrics().horizontalAdvance(w.text()) + 4:  # 2 px text margin on each side
                found.append(f"QLineEdit {w.text()!r} text wider than its box ({room} px)")
            need = 0
        else:
            continue
        if w.width() + 1 < need:
            found.append(f"{type(w).__name__} {w.text()!r} {w.width()}<{need}")
        seen = w.visibleRegion().boundingRect()
        if not seen.isEmpty() and seen.width() + 1 < w.width():  # centred text: any cut at the side shows
            found.append(f"{type(w).__name__} {w.text()!r} cut by its parent: {seen.width()} of {w.width()} px")
    return found


def dialogs():
    """(name, open it → the widget to check, close it) for every dialog and window a user meets."""
    from app.campaigns.packs import list_packs
    from ui.dialogs.campaigns import CampaignChooser

    def preferences():
        window.preferences.show()
        return window.preferences.dialog

    def export():
        window.start_export()
        return window.export_dialog()

    def chooser():
        dialog = CampaignChooser(list_packs(), window.campaign.id, window)
        dialog.show()
        return dialog

    def shortcuts():
        window.help.show_shortcuts()
        return window.help.shortcuts_window

    yield "preferences", preferences, lambda d: d.reject()
    yield "export", export, lambda d: d.reject()
    yield "campaigns", chooser, lambda d: d.reject()
    yield "shortcuts", shortcuts, lambda d: d.close()
    yield "batch", lambda: window.open_batch(), lambda d: d.close()


def shots() -> None:
    problems = clipped(window)
    window.grab().save(str(out.with_name(out.stem + "-window.png")))
    for name, opener, closer in dialogs():
        dialog = opener()
        app.processEvents()
        problems += [f"{name}: {p}" for p in clipped(dialog)]
        dialog.grab().save(str(out.with_name(f"{out.stem}-{name}.png")))
        closer(dialog)
    print("MENU", window.menuBar().actions()[0].text().replace("&", ""), flush=True)
    for p in problems:
        print("CLIPPED", p, flush=True)
    print("DONE", flush=True)
    window.shutdown()
    QApplication.quit()


window.clipLoaded.connect(lambda _p: QTimer.singleShot(1500, shots))
QTimer.singleShot(0, lambda: window.open_clip(clip))
app.exec()
