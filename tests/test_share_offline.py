"""The app stays offline outside "Kirim ke HP": only app/share touches the network, only the share
command and the share dialog start it, and a share that cannot start opens nothing."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

from app.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
NETWORK = {"socket", "http", "urllib", "socketserver", "ssl", "asyncio", "selectors"}
MAY_START_A_SHARE = {"app/cli/share.py", "ui/share/dialog.py"}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_app_share_imports_network_modules_and_only_the_share_command_and_dialog_import_it():
    for path in [*ROOT.joinpath("app").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]:
        where = path.relative_to(ROOT).as_posix()
        if where.startswith("app/share/"):
            continue
        names = _imports(path)
        assert not {n.split(".")[0] for n in names} & NETWORK, f"{where} imports a network module"
        if any(n == "app.share" or n.startswith("app.share.") for n in names):
            assert where in MAY_START_A_SHARE, f"{where} imports app.share"


def test_a_share_of_a_missing_file_opens_no_socket(monkeypatch, tmp_path, capsys):
    opened = []
    real = socket.socket

    class Watched(real):
        def __init__(self, *args, **kwargs):
            opened.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", Watched)
    assert main(["share", str(tmp_path / "hilang.mp4")]) == 2
    assert opened == []
    assert "does not exist" in capsys.readouterr().err
