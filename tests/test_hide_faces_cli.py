"""#17 ``anakgenius export … --hide-faces all|1,3``: the clip is analysed as needed; a clip without faces gets
a sentence and is exported; a broken detector or a wrong choice is a sentence and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.analysis.clip as clip_module
from app.cli.main import main
from app.errors import UserError
from app.messages import M
from tests.faceclip import face_clip


@pytest.fixture(scope="module")
def face(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return face_clip(tmp_path_factory.mktemp("cli-faces") / "kelas.mp4", size="480x270", seconds=1.5,
                     x="100+80*t", face_height=100)


def test_hide_everyone_from_the_command_line(face: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.mp4"
    assert main(["export", str(face), "-o", str(out), "--hide-faces", "all", "--no-song"]) == 0
    assert out.exists()
    assert "no face" not in capsys.readouterr().err


def test_a_person_who_is_not_there_is_refused(face: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", str(face), "-o", str(tmp_path / "out.mp4"), "--hide-faces", "1,3"]) == 2
    assert "there is no person 3 in kelas.mp4" in capsys.readouterr().err
    assert not (tmp_path / "out.mp4").exists()


def test_a_clip_without_faces_is_exported_with_a_sentence(make_clip, tmp_path: Path, capsys) -> None:
    clip = make_clip(size="320x180", seconds=1.0, tone=None, source="color=c=0x336699")
    assert main(["export", str(clip), "-o", str(tmp_path / "out.mp4"), "--hide-faces", "all", "--no-song"]) == 0
    assert "no face to hide was found" in capsys.readouterr().err


def test_wrong_choices_and_a_broken_detector_exit_with_2(face: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    assert main(["export", str(face), "-o", str(tmp_path / "a.mp4"), "--hide-faces", "some"]) == 2
    assert "--hide-faces takes 'all'" in capsys.readouterr().err

    def broken(*_a, **_k):
        raise UserError(M.FACE_DETECTOR_BROKEN)

    monkeypatch.setattr(clip_module, "cached_analysis", lambda *_a, **_k: None)
    monkeypatch.setattr(clip_module, "analyse", broken)
    assert main(["export", str(face), "-o", str(tmp_path / "b.mp4"), "--hide-faces", "all"]) == 2
    assert "face detector cannot start" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_the_batch_hides_everyone_in_every_clip(face: Path, tmp_path: Path) -> None:
    folder = tmp_path / "hasil"
    folder.mkdir()
    assert main(["batch", str(face), "-o", str(folder), "--hide-faces", "all", "--no-song"]) == 0
    (video,) = folder.glob("*.mp4")
    from app.analysis.detector import load_detector
    from tests.hidecheck import frames

    detector = load_detector()
    assert all(detector.detect(f[::4, ::4]) == [] for f in frames(video, colour=True))  # no face in any frame
