"""125 %, 150 % and 200 % scaling and a large font: no text is cut off (screenshots in test-artifacts)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ARTIFACTS, ROOT

# (scale, logical window size of a 1920×1080 screen at that scale, font size in pt (0 = the style's), language)
CASES = [
    ("1.25", 1536, 830, 0, "en"),
    ("1.5", 1280, 690, 0, "en"),
    ("2", 980, 620, 0, "en"),  # the smallest window: the timeline header takes two lines
    ("1", 1366, 740, 14, "en"),
    ("1", 980, 620, 0, "id"),  # Indonesian words are longer; a clip over the limit shows the Fit button too
]


@pytest.mark.parametrize(("scale", "width", "height", "font_pt", "language"), CASES)
def test_scaled_window_has_no_clipped_text(scale, width, height, font_pt, language, clip, make_clip, private_home):
    ARTIFACTS.mkdir(exist_ok=True)
    if language == "id":
        clip = make_clip(seconds=62, size="160x90", fps=10, name="terlalu panjang.mp4")  # over the 60 s limit
    name = f"scale-{scale.replace('.', '')}-{width}-{language}" + (f"-font{font_pt}" if font_pt else "")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale,
           "ANAKGENIUS_HOME": str(private_home), "LC_ALL": "id_ID.UTF-8" if language == "id" else "en_US.UTF-8"}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "scaled_shot.py"), str(ARTIFACTS / name),
                           str(clip), str(width), str(height), str(font_pt)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert "DONE" in done.stdout, done.stderr[-2000:]
    assert f"MENU {'Berkas' if language == 'id' else 'File'}" in done.stdout
    clipped = [line for line in done.stdout.splitlines() if line.startswith("CLIPPED")]
    assert clipped == []
    assert (ARTIFACTS / f"{name}-window.png").is_file()
