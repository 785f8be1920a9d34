"""``anakgenius``: the one entry point. A command (probe, export, batch, campaigns, --help…) runs
the command line in :mod:`app.cli.main` without loading Qt; nothing, or a single clip or project,
opens the desktop app (:mod:`ui.editor.start`).

It lives in ``ui`` because choosing the GUI means importing it, and ``app`` never imports ``ui``.
Nothing here imports PySide6 at module level.
"""

from __future__ import annotations

import sys

from app.cli.main import EXIT_FAILED, opens_app, run_entry
from app.cli.main import main as cli_main


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not opens_app(argv):
        return cli_main(argv)
    try:
        from ui.editor.start import run_app
    except ImportError as exc:
        print(f"anakgenius: the desktop app cannot start ({exc})", file=sys.stderr)
        return EXIT_FAILED
    return run_app(argv)


def entry() -> None:
    run_entry(main)


if __name__ == "__main__":
    entry()
