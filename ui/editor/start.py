"""``run_app(argv)``: start the desktop app (``anakgenius`` with no arguments, or with one clip)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__, files
from app.campaigns.packs import active_campaign, get_campaign
from app.errors import UserError
from app.paths import APP_AUTHOR, APP_NAME
from app.project.preferences import Preferences
from app.project.settings import Settings
from ui.editor.window import MainWindow, show_later
from ui.i18n.language import set_language
from ui.i18n.wording import sentence
from ui.style.theme import apply_theme


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["anakgenius", *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    prefs = Preferences.load()
    set_language(prefs.language)
    apply_theme(app, prefs.theme)
    app.setProperty("anakgeniusThemeChoice", prefs.theme)
    return app


def create_window() -> MainWindow:
    prefs = Preferences.load()
    chosen = prefs.campaign  # Preferences ▸ Default campaign ("" = the active one)
    try:
        campaign = get_campaign(chosen) if chosen else active_campaign()  # the one chosen last
    except UserError:
        campaign = get_campaign()
    return MainWindow(campaign, Settings.load(), prefs)


def project_argument(argv: list[str]) -> str | None:
    """A ``.anakgenius`` file given on the command line."""
    for arg in argv:
        if arg.endswith(".anakgenius") and Path(arg).is_file():
            return arg
    return None


def run_app(argv: list[str]) -> int:
    clip = next((a for a in argv if not a.startswith("-")), None)
    app = create_app()
    files.clean_leftovers()  # temporary files of a write cut short by a crash or power cut
    try:
        window = create_window()
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("run_app", "AnakGENIUS Studio"), sentence(exc))
        return 2
    project = project_argument(argv)
    if project:
        clip = None
    show_later(window, clip)
    if project:
        QTimer.singleShot(0, lambda: window.projects.open_project(project))
    QTimer.singleShot(0, lambda: window.on_start(clip or project))
    if os.environ.get("ANAKGENIUS_SMOKE_TEST"):
        _smoke_test(app, window, clip)
    return app.exec()


def _smoke_test(app: QApplication, window: MainWindow, clip: str | None) -> None:
    """ANAKGENIUS_SMOKE_TEST=1 (packaging/smoke_test.sh): print when the window is visible (epoch
    seconds) and, with a clip, when it is opened and its playback has a duration; then quit
    (exit 0, or 3 if anything failed)."""

    def say(what: str, ok: bool, detail: str = "", done: bool = False) -> None:
        print(f"SMOKE {what} {time.time():.3f} {'ok' if ok else 'FAILED'} {detail}".rstrip(), flush=True)
        if done or not ok:
            QTimer.singleShot(0, lambda: (window.close(), app.exit(0 if ok else 3)))

    QTimer.singleShot(0, lambda: say("visible", window.isVisible(), done=not clip))
    if clip:
        window.clipLoaded.connect(lambda path: say("opened", True, path))
        window.openFailed.connect(lambda message: say("opened", False, message))
        window.playback.durationChanged.connect(lambda ms: ms > 0 and say("playable", True, f"{ms} ms", done=True))
        window.playback.failed.connect(lambda message: say("playable", False, message))
        QTimer.singleShot(60_000, lambda: say("timeout", False))


if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1:]))
