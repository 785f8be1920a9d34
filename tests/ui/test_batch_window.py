"""The classroom batch window: three clips, one broken; editor trim; closing while it runs."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from app.media.probe import probe
from tests.conftest import ARTIFACTS

LEFT = Qt.MouseButton.LeftButton


def _batch(window, qtbot, out):
    window.batch_action.trigger()
    batch = window.batch_window
    qtbot.waitExposed(batch)
    batch.ask_output_folder = lambda: str(out)
    qtbot.mouseClick(batch.folder_button, LEFT)
    batch.preset_combo.setCurrentIndex(batch.preset_combo.findData("draft"))
    return batch


@pytest.mark.slow
def test_batch_of_three_with_one_broken_clip(window, make_clip, qtbot, tmp_path):
    clips = tmp_path / "class 5B"
    clips.mkdir()
    shutil.copy(make_clip(seconds=3.0), clips / "ani.mp4")
    shutil.copy(make_clip(seconds=2.0, size="180x320", tone=None), clips / "budi.mp4")
    (clips / "citra.mp4").write_bytes(b"this is not a video")
    out = tmp_path / "videos"
    out.mkdir()
    batch = _batch(window, qtbot, out)
    assert batch.add_paths([clips]) == 3  # a folder, like dropping it on the window
    assert batch.table.rowCount() == 3
    qtbot.waitUntil(lambda: not batch._thumb_tasks, timeout=20000)
    assert batch.table.item(0, 2).text() == "0:03"
    assert not batch.table.item(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()  # the thumbnail
    assert batch.table.item(2, 4).text().startswith("✗")  # seen as broken when added
    batch.resize(1040, 660)
    qtbot.wait(50)
    ARTIFACTS.mkdir(exist_ok=True)
    assert batch.grab().save(str(ARTIFACTS / "batch-window.png"))

    with qtbot.waitSignal(batch.batchFinished, timeout=120000):
        qtbot.mouseClick(batch.export_button, LEFT)
        assert batch.all_bar.isVisible() and batch.clip_bar.isVisible() and window.exports.busy
    assert [r.status for r in batch.rows] == ["done", "done", "failed"]
    made = sorted(p.name for p in out.iterdir())
    assert len(made) == 2 and all(name.startswith("AnakGENIUS - ") for name in made)
    assert probe(out / made[0]).height == 1920
    assert batch.summary.isVisible()
    assert "2 of 3 videos made" in batch.summary_title.text()
    assert "citra.mp4" in batch.summary_text.text() and "✗" in batch.summary_text.text()
    assert batch.rows[2].error  # the reason
    assert batch.table.cellWidget(0, 5).isVisible() and batch.table.cellWidget(2, 5) is None
    qtbot.wait(50)
    assert batch.grab().save(str(ARTIFACTS / "batch-done.png"))


def test_open_in_editor_sets_the_part_used(open_clip, window, make_clip, qtbot, tmp_path):
    long_clip = make_clip(seconds=5.0)
    batch = _batch(window, qtbot, tmp_path)
    batch.add_paths([long_clip])
    qtbot.waitUntil(lambda: not batch._thumb_tasks, timeout=20000)
    with qtbot.waitSignal(window.clipLoaded, timeout=10000):
        qtbot.mouseClick(batch.table.cellWidget(0, 5), LEFT)
    window.doc.change("trim", lambda e: (setattr(e.trim, "start", 1.0), setattr(e.trim, "end", 3.5)))
    assert (batch.rows[0].start, batch.rows[0].end) == (1.0, 3.5)
    assert batch.table.item(0, 3).text() == "0:01 – 0:04"


@pytest.mark.slow
def test_closing_while_it_runs_keeps_going_or_stops(window, make_clip, qtbot, tmp_path):
    batch = _batch(window, qtbot, tmp_path)
    batch.add_paths([make_clip(seconds=20.0, tone=None)])
    qtbot.waitUntil(lambda: not batch._thumb_tasks, timeout=20000)
    qtbot.mouseClick(batch.export_button, LEFT)
    qtbot.waitUntil(lambda: batch.clip_bar.value() > 0, timeout=30000)
    batch.ask_close = lambda: "stay"
    batch.close()
    assert batch.isVisible() and batch.running
    batch.ask_close = lambda: "keep"
    batch.close()
    assert not batch.isVisible() and batch.running and window.exports.busy  # carries on hidden
    window.batch_action.trigger()
    assert batch.isVisible() and batch.running  # reopened: the same batch, still running
    batch.ask_close = lambda: "stop"
    with qtbot.waitSignal(batch.batchFinished, timeout=10000):
        batch.close()
    assert not window.exports.busy or qtbot.waitUntil(lambda: not window.exports.busy, timeout=3000) is None
    assert list(tmp_path.iterdir()) == [] and "0 of 1" in batch.summary_title.text()
