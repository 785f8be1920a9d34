"""The captions lane (#16): blocks moved, stretched, split, joined, edited in place, deleted and added
with the mouse and the keys, each one undo step, lined up under the trim timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.project.choices import TextKind
from app.project.texts import MIN_TEXT_SECONDS, TextBlock

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def lane(window, open_clip, clip, qtbot):
    open_clip(clip)  # 3 s
    doc = window.doc
    doc.set_texts([TextBlock("Halo semua", 0.5, 1.2), TextBlock("kami kelas lima", 1.5, 2.5)], "setup")
    doc.undo_stack.clear()
    lane = window.words.lane
    qtbot.waitUntil(lambda: lane.isVisible())
    return lane


def _point(lane, i: int, where: str = "middle") -> QPoint:
    r = lane.pill_rect(i)
    x = {"middle": r.center().x(), "start": r.left() + 2, "end": r.right() - 2}[where]
    return QPoint(round(x), round(r.center().y()))


def _drag(qtbot, lane, start: QPoint, dx: float) -> None:
    qtbot.mousePress(lane, LEFT, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(lane, QPoint(round(start.x() + dx * k / 5), start.y()))
    qtbot.mouseRelease(lane, LEFT, pos=QPoint(round(start.x() + dx), start.y()))


def _px(lane, seconds: float) -> float:
    return lane.ruler.x_of(seconds) - lane.ruler.x_of(0.0)


def test_the_lane_lines_up_with_the_trim_timeline_and_follows_the_trim(window, lane):
    view = window.timeline.view
    offset = lane.mapFromGlobal(view.mapToGlobal(QPoint(0, 0))).x()
    assert abs(lane.pill_rect(1).left() - (offset + view.x_of(1.5))) < 1  # no trim: clip second = video second
    window.doc.move_start(0.5, "trim")
    assert abs(lane.pill_rect(1).left() - (offset + view.x_of(0.5 + 1.5))) < 1  # video second 1.5 = clip 2.0
    assert lane.rows() == [TextKind.CAPTION]


def test_click_selects_and_dragging_the_middle_moves_one_step_never_over_the_neighbour(window, lane, qtbot):
    doc = window.doc
    qtbot.mouseClick(lane, LEFT, pos=_point(lane, 1))
    assert doc.text == 1 and doc.undo_stack.count() == 0  # a click only selects
    _drag(qtbot, lane, _point(lane, 1), _px(lane, -0.2))
    b = doc.edit.texts[1]
    assert b.start == pytest.approx(1.3, abs=0.03) and b.seconds == pytest.approx(1.0)
    assert doc.undo_stack.count() == 1  # the whole drag: one step
    _drag(qtbot, lane, _point(lane, 1), _px(lane, -1.0))  # into the block before: stops at its end
    assert doc.edit.texts[1].start == pytest.approx(1.2) and doc.edit.texts[1].seconds == pytest.approx(1.0)
    _drag(qtbot, lane, _point(lane, 1), _px(lane, 3.0))  # past the video's end: stops there
    assert doc.edit.texts[1].end == pytest.approx(3.0)
    assert doc.undo_stack.count() == 3
    for _ in range(3):
        doc.undo_stack.undo()
    assert (doc.edit.texts[1].start, doc.edit.texts[1].end) == (1.5, 2.5)


def test_dragging_an_end_stretches_within_the_neighbours_and_the_shortest_length(window, lane, qtbot):
    doc = window.doc
    _drag(qtbot, lane, _point(lane, 0, "end"), _px(lane, 1.0))  # over the next block: stops at its start
    assert doc.edit.texts[0].end == pytest.approx(1.5)
    _drag(qtbot, lane, _point(lane, 0, "start"), _px(lane, 2.0))  # the start past the end: the shortest block
    assert doc.edit.texts[0].seconds == pytest.approx(MIN_TEXT_SECONDS) and doc.edit.texts[0].end == 1.5
    _drag(qtbot, lane, _point(lane, 1, "end"), _px(lane, 2.0))  # past the video's end
    assert doc.edit.texts[1].end == pytest.approx(3.0)
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [(b.start, b.end) for b in doc.edit.texts] == [(0.5, 1.2), (1.5, 2.5)]


def test_keys_split_at_the_playhead_join_and_delete_each_undoable(window, lane, qtbot):
    doc = window.doc
    window.playback.seek(2000)
    qtbot.waitUntil(lambda: abs(lane.position - 2.0) < 0.02, timeout=5000)
    qtbot.mouseClick(lane, LEFT, pos=_point(lane, 1))
    qtbot.keyClick(lane, Qt.Key.Key_S)
    assert [(b.start, b.end) for b in doc.edit.texts] == [(0.5, 1.2), (1.5, 2.0), (2.0, 2.5)]
    first, second = doc.edit.texts[1].text, doc.edit.texts[2].text
    assert f"{first} {second}" == "kami kelas lima"  # cut at a word boundary (the core's choice)
    assert doc.text == 2
    qtbot.mouseClick(lane, LEFT, pos=_point(lane, 0))
    qtbot.keyClick(lane, Qt.Key.Key_M)  # join with the next
    assert [b.text for b in doc.edit.texts] == [f"Halo semua {first}", second]
    assert (doc.edit.texts[0].start, doc.edit.texts[0].end) == (0.5, 2.0)
    qtbot.keyClick(lane, Qt.Key.Key_Delete)
    assert [b.text for b in doc.edit.texts] == [second]
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert [b.text for b in doc.edit.texts] == [f"Halo semua {first}", second]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [b.text for b in doc.edit.texts] == ["Halo semua", "kami kelas lima"]


def test_a_split_with_the_playhead_off_every_block_says_what_to_do(window, lane, qtbot):
    window.playback.seek(100)
    qtbot.waitUntil(lambda: abs(lane.position - 0.1) < 0.02, timeout=5000)
    qtbot.mouseClick(lane, LEFT, pos=_point(lane, 0))
    with qtbot.waitSignal(lane.problem):
        qtbot.keyClick(lane, Qt.Key.Key_S)
    assert len(window.doc.edit.texts) == 2 and window.banner.isVisible()


def test_double_click_edits_in_place_enter_keeps_and_escape_cancels(window, lane, qtbot):
    doc = window.doc
    qtbot.mouseDClick(lane, LEFT, pos=_point(lane, 0))
    editor = lane._editor
    assert editor.isVisible() and editor.hasFocus() and editor.selectedText() == "Halo semua"
    qtbot.keyClicks(editor, "Halo teman")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.edit.texts[0].text == "Halo teman" and not editor.isVisible()
    assert doc.undo_stack.count() == 1
    qtbot.mouseDClick(lane, LEFT, pos=_point(lane, 1))
    qtbot.keyClicks(editor, "something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert doc.edit.texts[1].text == "kami kelas lima" and not editor.isVisible()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.edit.texts[0].text == "Halo semua"


def test_double_click_on_the_empty_lane_adds_words_there(window, lane, qtbot):
    doc = window.doc
    x = lane.ruler.x_of(2.6)
    qtbot.mouseDClick(lane, LEFT, pos=QPoint(round(x), round(lane.pill_rect(0).center().y())))
    qtbot.keyClicks(lane._editor, "Terima kasih!")
    qtbot.keyClick(lane._editor, Qt.Key.Key_Return)
    added = doc.edit.texts[2]
    assert added.text == "Terima kasih!" and added.start == pytest.approx(2.6, abs=0.03) and added.end == 3.0
    assert doc.text == 2 and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert len(doc.edit.texts) == 2


def test_the_menu_offers_the_lane_edits(window, lane, qtbot):
    menu = lane.menu_at(lane.pill_rect(0).center())
    names = [a.text() for a in menu.actions() if a.text()]
    assert names == ["Edit the words (Enter)", "Split at the playhead (S)", "Join with the next (M)", "Delete (Del)",
                     "Add words here (N)"]
    assert window.doc.text == 0
    menu.actions()[3].trigger()  # Delete
    assert [b.text for b in window.doc.edit.texts] == ["kami kelas lima"]


def test_an_empty_lane_shows_a_hint_and_a_title_gets_its_own_row(window, lane, qtbot):
    doc = window.doc
    doc.set_texts([], "none")
    assert lane.isVisible() and lane.rows() == [TextKind.CAPTION]
    one_row = lane.height()
    doc.set_texts([TextBlock("Kelas 5", 0.0, 3.0, kind=TextKind.TITLE), TextBlock("Halo", 0.5, 1.5)], "two")
    assert lane.rows() == [TextKind.TITLE, TextKind.CAPTION] and lane.height() > one_row
    assert lane.pill_rect(0).top() < lane.pill_rect(1).top()
    _drag(qtbot, lane, _point(lane, 1), _px(lane, -1.0))  # a caption moves under the title freely
    assert doc.edit.texts[1].start == 0.0
