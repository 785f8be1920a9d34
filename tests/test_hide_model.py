"""#17 the hidden faces in the project file: saved only when used (then as schema 4, so a version that cannot
hide faces refuses the file instead of showing them), read back exactly, damaged values refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import UserError
from app.project.edit import ClipShot, Edit
from app.project.hide import HideFaces, ManualBox
from app.project.story import as_one_clip, shots_of


def test_hidden_faces_round_trip_and_raise_the_schema(tmp_path: Path) -> None:
    plain = Edit(source=str(tmp_path / "a.mp4"))
    assert plain.to_dict()["schema"] == 1 and "hide" not in plain.to_dict()
    edit = Edit(source=str(tmp_path / "a.mp4"))
    edit.hide = HideFaces(people=[2, 3], boxes=[ManualBox(1.0, 2.0, 0.1, 0.2, 0.3, 0.4)])
    edit.save(tmp_path / "p.anakgenius")
    data = json.loads((tmp_path / "p.anakgenius").read_text())
    assert data["schema"] == 4
    assert Edit.load(tmp_path / "p.anakgenius").hide == edit.hide


def test_a_story_keeps_each_clip_shots_choice(tmp_path: Path) -> None:
    edit = Edit()
    edit.shots = [ClipShot(str(tmp_path / "a.mp4")), ClipShot(str(tmp_path / "b.mp4"))]
    edit.shots[1].hide = HideFaces(everyone=True)
    edit.save(tmp_path / "s.anakgenius")
    loaded = Edit.load(tmp_path / "s.anakgenius")
    assert [s.hide for s in loaded.shots] == [HideFaces(), HideFaces(everyone=True)]  # type: ignore[union-attr]


def test_the_one_clip_and_its_one_shot_story_hide_the_same() -> None:
    edit = Edit(source="/x/a.mp4")
    edit.hide = HideFaces(everyone=True)
    (shot,) = shots_of(edit)
    assert shot.hide == edit.hide  # type: ignore[union-attr]
    story = Edit(shots=[shot])
    assert as_one_clip(story).hide == edit.hide


@pytest.mark.parametrize("hide", [{"people": [0]}, {"people": "1"}, {"boxes": [[0, 1, 0.5, 0.5, 0.8, 0.1]]},
                                  {"boxes": [[2, 1, 0.1, 0.1, 0.1, 0.1]]}, {"everyone": 1}])
def test_damaged_values_are_refused(hide: dict) -> None:
    with pytest.raises(UserError):
        Edit.from_dict({"schema": 4, "source": "a.mp4", "hide": hide})
