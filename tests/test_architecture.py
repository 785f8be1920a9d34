"""The core never imports Qt: everything in app/ runs headless and from the CLI."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_module_in_app_imports_pyside6():
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    modules = [".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
               for p in (ROOT / "app").rglob("*.py") if p.stem != "__main__"]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules)
    code += "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_ui_does_not_use_qsignalblocker():
    """PySide6 6.12's QSignalBlocker drops a reference to None on every use; the app then aborts
    after a few thousand panel refreshes ("deallocating None"). Use ui.common.signals.blocked instead."""
    uses = re.compile(r"QSignalBlocker\s*\(|import[^\n]*\bQSignalBlocker\b")
    users = [p.name for p in (ROOT / "ui").rglob("*.py") if uses.search(p.read_text(encoding="utf-8"))]
    assert users == []


def test_the_command_line_starts_without_qt():
    """``anakgenius export …`` goes through ui.launch, which must not load Qt for a command."""
    code = ("import sys, ui.launch\n"
            "assert ui.launch.main(['--version']) == 0\n"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_no_import_cycle_among_modules():
    """Every module of app/ and ui/ can be read bottom-up: no module imports one that imports it back,
    however long the way round (imports inside functions count too)."""
    import grimp
    graph = grimp.build_graph("app", "ui")
    cycles = [sorted(group) for group in _strongly_connected(graph) if len(group) > 1]
    assert cycles == []


def _strongly_connected(graph) -> list[set[str]]:
    """Tarjan's algorithm over the module graph (iterative, so deep chains cannot overflow)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next((c for c in children if c in graph.modules), None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
    return groups
