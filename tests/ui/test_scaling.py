"""125 %, 150 % and 200 % scaling and a large font: no text is cut off (screenshots in test-artifacts)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ARTIFACTS, ROOT

# (scale, logical window size of a 1920×1080 screen at that scale, font size in pt; 0 = the style's)
KNOWN = ("found by this test, in the side panel and timeline (not fixed yet): at 200 % in the 980-px minimum "
         "window the timeline's 'Length 00:03.00' label is cut and the panel's slider values ('100%') and the "
         "Fit button run under the panel's right edge; a 14 pt font cuts the same values")
CASES = [
    ("1.25", 1536, 830, 0),
    ("1.5", 1280, 690, 0),
    pytest.param("2", 980, 620, 0, marks=pytest.mark.xfail(reason=KNOWN, strict=False)),
    pytest.param("1", 1366, 740, 14, marks=pytest.mark.xfail(reason=KNOWN, strict=False)),
]


@pytest.mark.parametrize(("scale", "width", "height", "font_pt"), CASES)
def test_scaled_window_has_no_clipped_text(scale, width, height, font_pt, clip, private_home):
    ARTIFACTS.mkdir(exist_ok=True)
    name = f"scale-{scale.replace('.', '')}" + (f"-font{font_pt}" if font_pt else "")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale,
           "ANAKGENIUS_HOME": str(private_home)}
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "scaled_shot.py"), str(ARTIFACTS / name),
                           str(clip), str(width), str(height), str(font_pt)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert "DONE" in done.stdout, done.stderr[-2000:]
    clipped = [line for line in done.stdout.splitlines() if line.startswith("CLIPPED")]
    assert clipped == []
    assert (ARTIFACTS / f"{name}-window.png").is_file()
