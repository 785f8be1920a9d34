"""The speech add-on for the packaged app (#16): libraries + model in one zip from a USB stick.

A small stand-in add-on checks what a school would meet: the zip or its folder installs, a wrong
platform or app version or a changed file is one sentence (exit 2) and leaves the add-on installed
before in place. With a real add-on zip built (``make speech-addon``) and the frozen app
(``make package``), the packaged CLI installs it and hears espeak-ng speech; skipped otherwise.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import app
from app import files
from app.errors import UserError
from app.speech import addon
from app.speech import model as speech_model
from tests.test_cli import run_cli

ROOT = Path(__file__).resolve().parent.parent


def _make_addon(folder: Path, **override: str) -> Path:
    """A stand-in add-on: a tiny lib/ package and a model/ file, with its manifest."""
    (folder / "lib" / "addon_probe").mkdir(parents=True)
    (folder / "lib" / "addon_probe" / "__init__.py").write_text("HERE = True\n")
    (folder / "model").mkdir()
    (folder / "model" / "config.json").write_text("{}")
    listed = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        listed[path.relative_to(folder).as_posix()] = {"size": path.stat().st_size,
                                                       "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    manifest = {"format": addon.FORMAT, "app_version": app.__version__, "python": addon.here_python(),
                "platform": addon.here_platform(), "files": listed, **override}
    (folder / addon.MANIFEST).write_text(json.dumps(manifest))
    return folder


def _zip(folder: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as z:
        for path in folder.rglob("*"):
            z.write(path, Path(folder.name) / path.relative_to(folder))
    return out


def test_the_zip_installs_into_the_data_folder_and_its_lib_goes_last_on_the_path(tmp_path, monkeypatch):
    stick = _zip(_make_addon(tmp_path / "anakgenius-speech-x"), tmp_path / "anakgenius-speech-x.zip")
    target = speech_model.install(stick)
    assert target == addon.installed_folder() and (target / "model" / "config.json").is_file()
    assert not [p for p in target.parent.iterdir() if ".installing" in p.name or ".old" in p.name]
    assert speech_model.recogniser_installed()
    monkeypatch.setattr(sys, "path", list(sys.path))
    found = addon.activate()
    assert found is not None and sys.path[-1] == str(target / "lib")
    assert target / "model" in speech_model.candidates()


def test_the_unpacked_folder_installs_too_and_replaces_the_old_one(tmp_path):
    addon.install(_make_addon(tmp_path / "a"))
    first = addon.installed_folder()
    (first / "lib" / "left_from_before.txt").write_text("x")  # not in the new add-on
    assert addon.install(_make_addon(tmp_path / "b")) == first
    assert not (first / "lib" / "left_from_before.txt").exists()


@pytest.mark.parametrize(("override", "words"), [
    ({"platform": "windows-arm"}, "made for windows-arm"),
    ({"app_version": "9.9.0"}, "made for AnakGENIUS Studio 9.9.0"),
    ({"python": "cp39"}, "(cp39)"),
])
def test_a_wrong_add_on_is_one_sentence_and_the_old_one_stays(tmp_path, override, words):
    addon.install(_make_addon(tmp_path / "good"))
    before = (addon.installed_folder() / addon.MANIFEST).read_text()
    result = run_cli("speech-model", "install", str(_make_addon(tmp_path / "wrong", **override)))
    assert result.returncode == 2 and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert (addon.installed_folder() / addon.MANIFEST).read_text() == before


def test_a_changed_file_is_refused_at_install_and_a_missing_one_at_load(tmp_path):
    bad = _make_addon(tmp_path / "bad")
    (bad / "lib" / "addon_probe" / "__init__.py").write_text("HERE = 1\n")  # same size, other bytes
    with pytest.raises(UserError, match=r"damaged \(lib/addon_probe/__init__.py"):
        addon.install(bad)
    assert not addon.installed_folder().exists()
    addon.install(_make_addon(tmp_path / "good"))
    (addon.installed_folder() / "model" / "config.json").unlink()
    with pytest.raises(UserError, match="damaged"):
        addon.activate()


def test_not_an_add_on_and_a_broken_zip_are_sentences(tmp_path):
    junk = tmp_path / "rusak.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    result = run_cli("speech-model", "install", str(junk))
    assert result.returncode == 2 and "speech add-on" in result.stderr and "Traceback" not in result.stderr
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("readme.txt", "hello")
    result = run_cli("speech-model", "install", str(other))
    assert result.returncode == 2 and "is not a speech add-on" in result.stderr


def test_a_model_only_folder_still_installs_for_source_installs(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for name in ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt"):
        (folder / name).write_bytes(name.encode())
    names = ("config.json", "model.bin", "tokenizer.json", "vocabulary.txt")
    info = speech_model.ModelInfo("whisper-base", "t", {n: files.sha256(folder / n) for n in names}, ())
    assert speech_model.install(folder, info) == speech_model.installed_folder(info)


# --- the real add-on in the frozen app ------------------------------------------------------------------

def _real_addon() -> Path | None:
    zips = sorted((ROOT / "dist").glob(f"anakgenius-speech-{app.__version__}-{addon.here_platform()}.zip"))
    return zips[-1] if zips else None


FROZEN = ROOT / "dist" / "anakgenius" / "anakgenius"


@pytest.mark.slow
@pytest.mark.skipif(_real_addon() is None or not FROZEN.is_file() or shutil.which("espeak-ng") is None,
                    reason="needs `make package`, `make speech-addon` and espeak-ng")
def test_the_packaged_app_installs_the_add_on_and_hears_speech(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "TMPDIR": str(tmp_path),
           "ANAKGENIUS_HOME": str(tmp_path / "ag"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}

    def frozen(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(FROZEN), *args], env=env, capture_output=True, text=True, timeout=600,
                              check=False)

    installed = frozen("speech-model", "install", str(_real_addon()))
    assert installed.returncode == 0, installed.stderr
    wav = tmp_path / "ucapan.wav"
    subprocess.run(["espeak-ng", "-v", "id", "-s", "140", "-w", str(wav),
                    "Selamat pagi anak-anak. Hari ini kita belajar di sekolah."], check=True)
    from app.ffmpeg import ffmpeg_exe  # noqa: PLC0415

    clip = tmp_path / "klip.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=c=navy:s=320x240:r=25", "-i", str(wav),
                    "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", str(clip)], check=True)
    out = tmp_path / "v.mp4"
    result = frozen("export", str(clip), "-o", str(out), "--auto-captions", "id", "--srt-out")
    assert result.returncode == 0, result.stderr
    srt = out.with_suffix(".srt").read_text(encoding="utf-8").lower()
    assert "selamat" in srt and "pagi" in srt, srt
    assert os.path.getsize(out) > 0
