"""A story in the Document: shots added after the selected one, each change one undo step, the
shot-level setters changing the selected shot only, and the length and Fit of the whole story."""

from __future__ import annotations

import dataclasses

import pytest
from PIL import Image

from app.export.shots import read_files
from app.media.probe import probe
from app.messages import M
from app.project.choices import TransitionKind
from app.project.edit import ClipShot, PhotoShot, Transition
from ui.session.document import Document


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "foto kelas.jpg"
    Image.new("RGB", (400, 300), (200, 40, 40)).save(path)
    return path


@pytest.fixture
def doc(qapp, campaign, clip):
    document = Document(campaign)
    document.load(probe(clip), "tiktok")
    return document


def add(doc, *paths):
    added = read_files(paths)
    assert not added.problems, added.problems
    return doc.add_shots(added.shots, added.medias, "Add")


def test_adding_to_one_clip_makes_a_story_and_undo_makes_it_one_clip_again(doc, photo, make_clip):
    other = make_clip(size="160x90", seconds=2.0, tone=None)
    heard: list[int] = []
    doc.shotChanged.connect(lambda: heard.append(doc.shot))
    assert add(doc, photo, other) == 1
    assert [s.kind for s in doc.edit.shots] == ["clip", "photo", "clip"] and doc.shot == 1
    assert isinstance(doc.current_shot(), PhotoShot) and heard[-1] == 1
    assert doc.result_seconds() == pytest.approx(3.0 + 3.0 + 2.0)  # the clip, a photo's 3 s, the other clip
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert not doc.is_story() and doc.edit.source and doc.shot == 0
    assert doc.result_seconds() == pytest.approx(3.0)
    doc.undo_stack.redo()
    assert len(doc.edit.shots) == 3


def test_shot_setters_change_the_selected_shot_only(doc, photo, make_clip):
    add(doc, make_clip(size="160x90", seconds=2.0))
    doc.select_shot(1)
    doc.set_layout("fill", "Framing")
    doc.set_clip_volume(0.5, "Volume")
    assert doc.move_end(1.5, "End")
    first, second = doc.edit.shots
    assert first.framing.layout == "blur" and second.framing.layout == "fill"
    assert isinstance(second, ClipShot) and second.volume == 0.5 and second.trim.end == pytest.approx(1.5)
    assert first.trim.end is None and doc.edit.audio.clip_volume == 1.0
    view = doc.view()  # what the one-clip views show: the selected shot
    assert view.source == second.source and view.framing.layout == "fill" and view.audio.clip_volume == 0.5
    doc.select_shot(0)
    assert doc.view().framing.layout == "blur"
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.edit.shots[1].framing.layout == "blur" and doc.edit.shots[1].trim.end is None


def test_the_song_under_a_shot_is_where_it_plays_in_the_story(doc, make_clip):
    add(doc, make_clip(size="160x90", seconds=2.0))
    doc.set_song_start(10.0, "Song")
    doc.select_shot(1)
    assert doc.view().audio.song_start == pytest.approx(13.0)  # the first clip lasts 3 s
    assert doc.edit.audio.song_start == 10.0


def test_move_duplicate_delete_and_joints_are_undo_steps(doc, photo, make_clip):
    other = make_clip(size="160x90", seconds=2.0)
    add(doc, photo, other)  # clip, photo, other
    names = lambda: [s.source.rsplit("/", 1)[-1] for s in doc.edit.shots]  # noqa: E731
    start = names()
    assert doc.move_shot(2, 0, "Move") and names() == [start[2], start[0], start[1]] and doc.shot == 0
    assert doc.duplicate_shot(0, "Duplicate") and len(doc.edit.shots) == 4 and doc.shot == 1
    assert doc.remove_shot(3, "Delete") and len(doc.edit.shots) == 3
    assert doc.set_transition(TransitionKind.CROSSFADE, 0.5, "Transitions")
    assert doc.set_joint(2, Transition(TransitionKind.DIP, 1.0), "Joint")
    assert doc.edit.shots[2].transition.kind == "dip" and doc.edit.transition.kind == "crossfade"
    assert doc.undo_stack.count() == 6  # add, move, duplicate, delete, transitions, joint
    for _ in range(5):
        doc.undo_stack.undo()
    assert names() == start and doc.edit.transition.kind == "cut"


def test_the_last_shot_is_never_deleted_and_a_photo_has_no_trim(doc, photo):
    add(doc, photo)
    assert doc.remove_shot(0, "Delete") and len(doc.edit.shots) == 1
    assert not doc.remove_shot(0, "Delete")
    assert not doc.move_start(1.0, "Start")  # the photo: its length, not a trim
    assert doc.set_photo_seconds(4.5, "Photo length") and doc.edit.shots[0].seconds == 4.5
    assert doc.set_photo_motion(False, "Zoom") and doc.edit.shots[0].motion is False


def test_fit_shortens_the_last_shots_of_a_story(doc, photo):
    add(doc, photo)
    doc.campaign = dataclasses.replace(doc.campaign, max_seconds=5)
    assert doc.result_seconds() == pytest.approx(6.0)
    assert doc.fit_to_limit("Fit")
    assert len(doc.edit.shots) == 2 and doc.result_seconds() == pytest.approx(5.0)
    assert doc.edit.shots[1].seconds == pytest.approx(2.0)


def test_a_broken_file_among_several_is_named_and_the_others_are_read(photo, clip, tmp_path):
    broken = tmp_path / "rusak.mp4"
    broken.write_bytes(b"not a video" * 50)
    folder = tmp_path / "kosong"
    folder.mkdir()
    added = read_files([clip, broken, photo, folder])
    assert [s.kind for s in added.shots] == ["clip", "photo"]
    assert [p.id for p in added.problems] == [M.FOLDER_HAS_NO_SHOTS, M.FILE_NOT_ADDED]
    assert added.problems[1].params["file"] == "rusak.mp4"


def test_a_folder_adds_its_clips_and_photos_by_name(tmp_path, make_clip):
    folder = tmp_path / "Budi"
    folder.mkdir()
    for name in ("b.jpg", "A.png"):
        Image.new("RGB", (60, 40)).save(folder / name)
    (folder / "catatan.txt").write_text("bukan foto")
    clip = make_clip(size="160x90", seconds=1.0)
    (folder / "c.mp4").write_bytes(clip.read_bytes())
    added = read_files([folder])
    assert [s.source.rsplit("/", 1)[-1] for s in added.shots] == ["A.png", "b.jpg", "c.mp4"]
    assert not added.problems



def test_sixty_shots_fit_and_the_sixty_first_is_refused_with_a_sentence(doc, tmp_path):
    folder = tmp_path / "banyak"
    folder.mkdir()
    for n in range(61):
        Image.new("RGB", (32, 24), (n * 4, 0, 0)).save(folder / f"{n:02d}.png")
    added = read_files([folder], room=60 - 1)  # the clip already open is the first shot
    assert len(added.shots) == 59 and [p.id for p in added.problems] == [M.TOO_MANY_SHOTS_ADD]
    doc.add_shots(added.shots, added.medias, "Add")
    assert len(doc.edit.shots) == 60 and doc.result_seconds() == pytest.approx(3.0 + 59 * 3.0)
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert len(doc.edit.shots) == 60
