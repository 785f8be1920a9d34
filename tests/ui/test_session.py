"""The session model and the background-task helper, without a window: the Document's typed
setters, undoable campaign switches and trims; run_task's results on the GUI thread."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from PySide6.QtCore import QThread

from app.errors import UserError
from app.media.probe import probe
from app.messages import M, Message
from ui.session.document import Document
from ui.session.tasks import Task, background_pool, run_task


@pytest.fixture
def doc(qapp, campaign, clip):
    document = Document(campaign)
    document.load(probe(clip), "tiktok")
    return document


def test_typed_setters_are_one_undo_step_each_and_refuse_nonsense(doc):
    stack = doc.undo_stack
    assert doc.set_layout("fill", "Framing") and doc.edit.framing.layout == "fill"
    assert not doc.set_layout("fill", "Framing")  # nothing changed: no step
    doc.set_background("#ff00aa", "Background")
    doc.place_watermark("top", "Position")
    doc.set_loudness(False, "Loudness")
    doc.set_card("end-card", "Card")
    assert doc.edit.framing.background == "#FF00AA" and doc.edit.watermark.position == "top"
    assert not doc.edit.audio.normalize and doc.edit.card == "end-card" and stack.count() == 5
    with pytest.raises(UserError):
        doc.set_layout("sideways", "Framing")
    assert doc.edit.framing.layout == "fill" and stack.count() == 5
    for _ in range(5):
        stack.undo()
    assert doc.edit == doc.fresh_edit(doc.media.path, "tiktok")


def test_a_slider_gesture_is_one_step(doc):
    token = doc.new_token()
    for value in (0.5, 0.7, 0.9):
        doc.set_watermark_scale(value, "Size", "wm.scale", token)
    assert doc.undo_stack.count() == 1 and doc.edit.watermark.scale == 0.9
    doc.undo_stack.undo()
    assert doc.edit.watermark.scale == 1.0


def test_trims_are_clamped_to_frames_and_the_minimum_length(doc):
    assert doc.move_start(2.51, "start") and doc.edit.trim.start == pytest.approx(2.0)  # 1 s before the end
    doc.undo_stack.undo()
    doc.move_start(1.01, "start")
    assert doc.edit.trim.start == pytest.approx(1.0)
    doc.move_end(1.2, "end")
    assert doc.edit.trim.end == pytest.approx(2.0)
    doc.move_end(2.999, "end")
    assert doc.edit.trim.end is None  # the last frame: to the end of the clip


def test_fit_to_limit_keeps_what_the_campaign_allows(doc):
    doc.campaign = dataclasses.replace(doc.campaign, max_seconds=2)
    assert doc.fit_to_limit("fit") and doc.edit.trim.end == pytest.approx(2.0)
    assert not doc.fit_to_limit("fit")


def test_switching_campaign_is_undoable_and_views_hear_of_it(doc, campaign):
    other = dataclasses.replace(campaign, id="lain", hashtag="#Lain")
    heard: list[str] = []
    doc.campaignChanged.connect(lambda: heard.append(doc.campaign.id))
    doc.set_campaign(other, "Campaign #Lain")
    assert doc.campaign is other and doc.edit.campaign == "lain" and heard == ["lain"]
    doc.undo_stack.undo()
    assert doc.campaign is campaign and doc.edit.campaign == campaign.id and heard == ["lain", campaign.id]
    doc.undo_stack.redo()
    assert doc.campaign is other
    song_swap = dataclasses.replace(other, song=None)  # the same campaign with another song: not an edit
    count = doc.undo_stack.count()
    doc.set_campaign(song_swap)
    assert doc.campaign is song_swap and doc.undo_stack.count() == count


def test_run_task_reports_progress_and_result_on_the_gui_thread(qtbot):
    gui = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []

    def work(state):
        assert QThread.currentThread() is not gui
        for i in range(3):
            state.report(i)
        return "done"

    task = run_task(work, done=lambda v: seen.append(("done", v, QThread.currentThread() is gui)),
                    progress=lambda v: seen.append(("progress", v, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: any(kind == "done" for kind, _, _ in seen), timeout=5000)
    assert [(k, v) for k, v, _ in seen] == [("progress", 0), ("progress", 1), ("progress", 2), ("done", "done")]
    assert all(on_gui for _, _, on_gui in seen) and task.is_done()


def test_run_task_failures_and_cancelling(qtbot):
    failed: list[tuple[object, str]] = []

    def refuse(_state):
        raise UserError(M.NOT_A_VIDEO_CLIP, file="that.mp4")

    run_task(refuse, failed=lambda m, d: failed.append((m, d)))
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed == [(Message(M.NOT_A_VIDEO_CLIP, file="that.mp4"), "")]  # the id, for the GUI to translate

    def crash(_state):
        raise RuntimeError("a bug")

    failed.clear()
    run_task(crash, failed=lambda m, d: failed.append((m, d)), unexpected=Message(M.COULD_NOT_READ, file="x"))
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert str(failed[0][0]) == "x could not be read" and "RuntimeError" in failed[0][1]

    started, release = threading.Event(), threading.Event()
    results: list[object] = []

    def slow(state):
        started.set()
        release.wait(5)
        return "late" if not state.is_cancelled else "stopped"

    task: Task = run_task(slow, done=results.append)
    assert started.wait(5)
    task.cancel()  # while it runs: the work sees it
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["stopped"] and task.wait(1)

    cancelled: list[bool] = []
    blocker = threading.Event()
    busy = [run_task(lambda _s: blocker.wait(5)) for _ in range(background_pool().maxThreadCount())]  # all taken
    waiting = run_task(lambda _s: results.append("ran"), cancelled=lambda: cancelled.append(True))
    waiting.cancel()  # before it starts: it never runs, and says so
    blocker.set()
    qtbot.waitUntil(lambda: bool(cancelled) and all(t.is_done() for t in busy), timeout=5000)
    assert "ran" not in results
