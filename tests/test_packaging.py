"""`pip install .` (not editable) gives a working app with its font, song and campaign."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_with_assets_and_runs_outside_the_source_tree(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, cwd=tmp_path)
    wheel = next((tmp_path / "dist").glob("anakgenius_studio-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("app/_assets/fonts/Lato-Black.ttf", "app/_assets/fonts/LICENSE-Lato.txt",
                   "app/_assets/campaigns/anakgenius/campaign.toml", "app/_assets/song/LICENSE.txt",
                   "app/cli/main.py", "ui/launch.py", "ui/editor/window.py"):
        assert needed in names, f"{needed} is missing from the wheel"
    assert any(n.startswith("app/_assets/song/") and n.endswith(".m4a") for n in names)
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "anakgenius = ui.launch:entry" in entry_points

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, cwd=tmp_path)
    code = (
        "import app.paths, app.campaigns.packs, sys\n"
        "assert app.paths.__file__.startswith(sys.argv[1]), app.paths.__file__\n"
        "c = app.campaigns.packs.get_campaign()\n"
        "assert c.song.path.is_file() and c.watermark.font.is_file()\n"
        "from app.cli.main import main\n"
        "sys.exit(main(['--version']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    result = subprocess.run([sys.executable, "-c", code, str(target)], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "AnakGENIUS Studio" in result.stdout
