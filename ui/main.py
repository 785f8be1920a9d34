"""``run_app(argv)``: start the desktop app (``anakgenius`` with no arguments, or with one clip)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.campaign import get_campaign
from app.errors import UserError
from app.paths import APP_AUTHOR, APP_NAME
from app.settings import Settings
from ui.style import apply_style
from ui.window import MainWindow, show_later


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["anakgenius", *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    apply_style(app)
    return app


def create_window() -> MainWindow:
    return MainWindow(get_campaign(), Settings.load())


def run_app(argv: list[str]) -> int:
    clip = next((a for a in argv if not a.startswith("-")), None)
    app = create_app()
    try:
        window = create_window()
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("run_app", "AnakGENIUS Studio"), str(exc))
        return 2
    show_later(window, clip)
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
