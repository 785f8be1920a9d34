"""The export dialog, driven like a user: export, cancel, overwrite, failure, caption, responsiveness."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

from app.media.probe import probe
from tests.conftest import ARTIFACTS

pytestmark = pytest.mark.slow  # full-size encodes: not in `make test-fast`

LEFT = Qt.MouseButton.LeftButton


def _open_dialog(window, qtbot, folder, name="my video", draft=True):
    qtbot.mouseClick(window.panel.export_button, LEFT)
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.pages.currentWidget() is dialog.setup_page
    dialog.ask_folder = lambda: str(folder)
    qtbot.mouseClick(dialog.folder_button, LEFT)
    if draft:
        qtbot.mouseClick(dialog.draft_button, LEFT)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, name)
    return dialog


def _save(widget, name: str, docs: bool = True) -> None:
    """A screenshot in test-artifacts/ (docs/ keeps the ones chosen by hand for README)."""
    ARTIFACTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(ARTIFACTS / name))


def test_default_name_is_campaign_clip_and_date_without_forbidden_characters(open_clip, make_clip, qtbot, tmp_path):
    window = open_clip(make_clip(name="kelas 5: video?.mp4"))
    qtbot.mouseClick(window.panel.export_button, LEFT)
    dialog = window.export_dialog()
    stem = dialog.name_edit.text()
    assert stem.startswith("AnakGENIUS - kelas 5- video-") or stem.startswith("AnakGENIUS - kelas 5-")
    assert not any(c in stem for c in '<>:"/\\|?*')
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, 'a:b?c*"d')
    assert dialog.name_edit.text() == "abcd"  # the forbidden characters never get typed
    # each platform shows its own limit
    assert "60 s" in dialog.platform_buttons["tiktok"].text()
    assert "3 min" in dialog.platform_buttons["reels"].text()
    assert "16 MB" in dialog.platform_buttons["whatsapp"].text()


def test_export_from_the_dialog_then_copy_the_caption(open_clip, clip, qtbot, tmp_path):
    window = open_clip(clip)
    window.resize(1366, 768)
    dialog = _open_dialog(window, qtbot, tmp_path, draft=False)
    assert dialog.loudness_check.isChecked() and "fits" in dialog.fit_label.text()
    qtbot.wait(50)
    _save(dialog, "export-dialog.png")
    qtbot.mouseClick(dialog.draft_button, LEFT)
    finished: list[str] = []
    window.exportFinished.connect(finished.append)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.pages.currentWidget() is dialog.progress_page
    assert window.panel.progress_row.isVisibleTo(window.panel)  # the pinned card follows too
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page, timeout=60000)
    out = tmp_path / "my video.mp4"
    assert finished == [str(out)]
    assert window.doc.edit.preset == "draft"
    info = probe(out)
    assert (info.width, info.height) == (1080, 1920) and abs(info.duration - 3.0) < 0.1
    assert "my video.mp4" in dialog.done_name.text()
    assert "KB" in dialog.done_facts.text() or "MB" in dialog.done_facts.text()
    assert "0:03" in dialog.done_facts.text()
    assert dialog.progress.value() == 1000
    assert not window.panel.progress_row.isVisibleTo(window.panel)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == "#AnakGENIUS #HariAnakNasional"
    qtbot.wait(50)
    _save(dialog, "export-done.png")


def test_cancel_stops_at_once_and_leaves_no_file(open_clip, make_clip, qtbot, tmp_path):
    window = open_clip(make_clip(seconds=20.0, tone=None))
    dialog = _open_dialog(window, qtbot, tmp_path, name="cancelled")
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=30000)
    assert "Time so far" in dialog.time_label.text()
    stopped = time.monotonic()
    with qtbot.waitSignal(window.exportCancelled, timeout=10000):
        qtbot.mouseClick(dialog.stop_button, LEFT)
    assert time.monotonic() - stopped < 2.0
    assert list(tmp_path.iterdir()) == []
    assert dialog.pages.currentWidget() is dialog.setup_page
    assert "No file was made" in dialog.note_label.text()
    qtbot.waitUntil(lambda: not window.exports.busy, timeout=2000)


def test_overwrite_asks_first(open_clip, clip, qtbot, tmp_path):
    window = open_clip(clip)
    existing = tmp_path / "mine.mp4"
    existing.write_bytes(b"my older video")
    dialog = _open_dialog(window, qtbot, tmp_path, name="mine")
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.overwrite_box.isVisible() and "mine.mp4" in dialog.overwrite_label.text()
    assert not dialog.export_button.isEnabled() and not window.exports.busy
    qtbot.mouseClick(dialog.rename_button, LEFT)
    assert not dialog.overwrite_box.isVisible() and dialog.name_edit.selectedText() == "mine"
    assert existing.read_bytes() == b"my older video"

    qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.overwrite_box.isVisible()
    with qtbot.waitSignal(window.exportFinished, timeout=60000):
        qtbot.mouseClick(dialog.replace_button, LEFT)
    assert probe(existing).width == 1080


def test_failure_shows_a_sentence_and_details(open_clip, make_clip, qtbot, tmp_path):
    source = tmp_path / "gone.mp4"
    shutil.copy(make_clip(), source)
    window = open_clip(source)
    dialog = _open_dialog(window, qtbot, tmp_path, name="x")
    source.write_bytes(b"not a video any more")
    with qtbot.waitSignal(window.exportFailed, timeout=30000):
        qtbot.mouseClick(dialog.export_button, LEFT)
    assert dialog.pages.currentWidget() is dialog.failed_page
    text = dialog.fail_label.text()
    assert text.endswith(".") and "gone.mp4" in text and "Traceback" not in text
    assert not dialog.details_text.isVisible()
    qtbot.mouseClick(dialog.details_button, LEFT)
    assert dialog.details_text.isVisible() and dialog.details_text.toPlainText()
    assert not (tmp_path / "x.mp4").exists()


@pytest.mark.serial  # a responsiveness measurement: run alone, after the parallel run (Makefile)
def test_window_stays_responsive_during_an_export(open_clip, make_clip, qtbot, tmp_path, capsys):
    window = open_clip(make_clip(seconds=8.0, size="1280x720"))
    try:  # the timeline's filmstrip and waveform for the new clip: their own work, measured apart
        from ui.session.tasks import media_pool

        qtbot.waitUntil(lambda: media_pool().activeThreadCount() == 0, timeout=20000)
    except ImportError:
        pass
    qtbot.wait(100)
    dialog = _open_dialog(window, qtbot, tmp_path, name="busy", draft=False)
    gaps: list[float] = []
    stamps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        stamps.append(now)
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    first_progress: list[float] = []
    qtbot.mouseClick(dialog.export_button, LEFT)
    dialog.job.signals.progress.connect(lambda f: first_progress or first_progress.append(time.perf_counter()))
    last[0] = time.perf_counter()
    timer.start()
    with qtbot.waitSignal(window.exportFinished, timeout=120000):
        pass
    timer.stop()
    assert (tmp_path / "busy.mp4").exists()
    longest = max(gaps) * 1000
    worst = stamps[gaps.index(max(gaps))]
    phase = "while encoding" if first_progress and worst > first_progress[0] else "while preparing"
    with capsys.disabled():
        print(f"\nlongest GUI stall during an export: {longest:.1f} ms over {len(gaps)} ticks ({phase})")
    assert len(gaps) > 50
    assert longest < 100, f"the GUI froze for {longest:.0f} ms"


def test_unwritable_folder_is_said_in_indonesian_and_nothing_is_written(open_clip, clip, qtbot, tmp_path):
    """A pupil picks a folder that cannot be written to: one Indonesian sentence, no file, no crash."""
    from ui.i18n.language import set_language

    locked = tmp_path / "terkunci"
    locked.mkdir()
    locked.chmod(0o500)
    set_language("id")
    try:
        folder = locked if not os.access(locked, os.W_OK) else Path("/proc")  # root writes anywhere but /proc
        window = open_clip(clip)
        dialog = _open_dialog(window, qtbot, folder, name="tugas")
        qtbot.mouseClick(dialog.export_button, LEFT)
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is not dialog.progress_page, timeout=30000)
        shown = dialog.fail_label.text() if dialog.pages.currentWidget() is dialog.failed_page else (
            dialog.note_label.text())
        assert "tidak bisa ditulisi" in shown, shown
        assert str(folder) in shown and "cannot" not in shown
        assert not list(locked.iterdir())
    finally:
        set_language("en")
        locked.chmod(0o700)
