"""GUI test fixtures: the real main window, offscreen, on a private home folder."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.conftest import ffmpeg

# Warnings the Qt multimedia backend prints on machines without a sound server or VA-API/PipeWire
# libraries (CI containers, offscreen runs), and the note that video frames are converted on the
# CPU because the offscreen platform has no GPU (RHI). They are about optional system libraries,
# the missing audio device and the GPU, not about the app; picture and timing work without them.
# "Immediate exit requested" is the backend reporting that a file still loading was let go
# because the window closed (or another clip was opened) first: by design, nothing is wrong.
MULTIMEDIA_NOISE = (
    r"^Couldn't (load|resolve) (pipewire-0\.3|va-x11|va-drm|va|va\(in plugin\)) (library|symbols)$",
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    r"^No audio device detected$",
    r"No RHI backend\. Using CPU conversion\.$",
    r"^Could not open media\. FFmpeg error description: Immediate exit requested$",
    # a player of a test that corrupts or replaces its clip on purpose may report it a moment
    # later, during the next test in the same process; the window shows its own sentence for it
    r"^Could not open media\. FFmpeg error description: Invalid data found when processing input$",
    # dialogs shown (and raised) on the offscreen platform, which has no window manager to ask
    r"^This plugin does not support (propagateSizeHints|raise)\(\)$",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*MULTIMEDIA_NOISE))


@pytest.fixture(scope="session")
def test_song(media_dir: Path) -> Path:
    """A stand-in for the campaign song (the real one may be rebuilt while tests run)."""
    path = media_dir / "song.m4a"
    if not path.exists():
        ffmpeg("-f", "lavfi", "-i", "sine=f=660:d=20:sample_rate=48000", "-c:a", "aac", str(path))
    return path


@pytest.fixture
def campaign(test_song: Path):
    from app.campaigns.packs import get_campaign

    real = get_campaign()
    return dataclasses.replace(real, song=dataclasses.replace(real.song, path=test_song, suggested_start=2.0))


@pytest.fixture
def window(qapp, qtbot, campaign):
    from app.project.settings import Settings
    from ui.editor.start import create_app
    from ui.editor.window import MainWindow

    create_app()
    win = MainWindow(campaign, Settings.load())
    win.resize(1366, 740)
    win.projects.ask_unsaved = lambda: "discard"  # no modal question in tests that do not ask for it
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


@pytest.fixture
def open_clip(window, qtbot):
    """Open a clip like a user (File ▸ Open with the dialog answered) and wait for its first frame."""

    def open_(path, wait_frame: bool = True):
        with qtbot.waitSignal(window.clipLoaded, timeout=10000):
            window.open_clip(path)
        if wait_frame:
            qtbot.waitUntil(lambda: window.canvas.frames_received > 0, timeout=10000)
        return window

    return open_
