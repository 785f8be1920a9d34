"""The Document's words API (#16): lane edits are undo steps, the selected block follows them."""

from __future__ import annotations

import pytest

from app.project import texts as tx
from app.project.texts import TextBlock
from ui.session.document import Document


@pytest.fixture
def doc(qapp, campaign) -> Document:
    d = Document(campaign)
    d.edit.texts = [TextBlock("Halo", 0.0, 2.0), TextBlock("teman-teman", 2.0, 4.0)]
    return d


def test_a_lane_edit_is_one_undo_step_and_selects_its_block(doc: Document) -> None:
    assert doc.change_texts(tx.split(doc.edit.texts, 1, 3.0), "Split")
    assert [b.start for b in doc.edit.texts] == [0.0, 2.0, 3.0]
    assert doc.text == 1
    doc.undo_stack.undo()
    assert [b.text for b in doc.edit.texts] == ["Halo", "teman-teman"]
    doc.undo_stack.redo()
    assert len(doc.edit.texts) == 3


def test_replacing_all_blocks_clears_the_selection_and_undoes(doc: Document) -> None:
    doc.select_text(1)
    heard = [TextBlock("Selamat Hari Anak", 0.5, 3.0)]
    assert doc.set_texts(heard, "Captions from speech")
    assert doc.text is None and doc.edit.texts == heard
    doc.undo_stack.undo()
    assert [b.text for b in doc.edit.texts] == ["Halo", "teman-teman"]


def test_selection_never_points_past_the_blocks(doc: Document) -> None:
    doc.select_text(1)
    assert doc.change_texts(tx.remove(doc.edit.texts, 1), "Delete")
    assert doc.text == 0
    doc.select_text(5)
    assert doc.text is None


def test_soft_captions_is_an_undo_step(doc: Document) -> None:
    assert doc.set_soft_captions(True, "Soft")
    assert doc.edit.soft_captions
    doc.undo_stack.undo()
    assert not doc.edit.soft_captions
