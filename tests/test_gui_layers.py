"""The GUI's rooms hold (read from the source, no Qt needed):

* only the window's own files build on ``MainWindow``: nothing outside ui/editor imports
  ui.editor.window, and nothing outside ui/editor imports ui/editor at all but the one entry
  point (ui/launch.py, which starts ui/editor/start.py when it opens the desktop app);
* work leaves the GUI thread one way (ui/session/tasks.py) and ffmpeg is only run by app/;
* widgets change the Edit through the Document's typed setters, not by naming fields in strings.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _modules() -> dict[str, Path]:
    return {".".join(p.relative_to(ROOT).with_suffix("").parts): p for p in UI.rglob("*.py")}


def test_only_the_window_s_own_files_import_the_main_window():
    users = sorted(name for name, path in _modules().items()
                   if any(i == "ui.editor.window" or i.startswith("ui.editor.window.") for i in _imports(path)))
    assert users == ["ui.editor.start"]  # it makes the window (the window's own module aside)


def test_nothing_outside_the_editor_reaches_into_it():
    offenders = sorted(f"{name} imports {i}" for name, path in _modules().items()
                       if not name.startswith("ui.editor")
                       for i in _imports(path) if i == "ui.editor" or i.startswith("ui.editor."))
    assert offenders == ["ui.launch imports ui.editor.start", "ui.launch imports ui.editor.start.run_app"]


def test_one_background_task_helper_and_no_ffmpeg_in_the_gui():
    runnables = re.compile(r"\(\s*QRunnable\s*\)|QThreadPool\(")
    makers = sorted(p.relative_to(ROOT).as_posix() for p in UI.rglob("*.py") if runnables.search(p.read_text("utf-8")))
    assert makers == ["ui/session/export_queue.py", "ui/session/tasks.py"]
    runners = [p.name for p in UI.rglob("*.py") if "app.ffmpeg" in _imports(p) or "ffmpeg_exe" in p.read_text("utf-8")]
    assert runners == []  # (ui/i18n/language.py runs lrelease, not ffmpeg)


def test_widgets_do_not_name_edit_fields_in_strings():
    pattern = re.compile(r"setattr\(\s*e(\.\w+)?\s*,\s*[\"']")
    offenders = [p.relative_to(ROOT).as_posix() for p in UI.rglob("*.py") if pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_dialogs_and_the_batch_window_do_not_import_each_other():
    rooms = ("ui.dialogs", "ui.batch")
    offenders = sorted(f"{name} imports {i}" for name, path in _modules().items() if name.startswith(rooms)
                       for i in _imports(path)
                       if i.startswith(rooms) and not (i == name or i.startswith(name + ".")))
    assert offenders == []
