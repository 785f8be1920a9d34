"""The core's error sentences reach an Indonesian window in Indonesian."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.errors import UserError
from app.export.job import check_output, check_trim
from app.media.probe import probe
from app.project.edit import Edit, Trim
from app.render.presets import get_preset
from ui.i18n.core_messages import in_indonesian

ENGLISH = ("not a", "does not", "exists", "cannot", "would be", "the clip", "folder;", "choose")


def core_errors(tmp_path: Path, clip: Path) -> list[str]:
    """Real sentences from the core, for the bad input a pupil is most likely to give."""
    text = tmp_path / "catatan.mp4"
    text.write_text("bukan video")
    empty = tmp_path / "kosong.mp4"
    empty.touch()
    taken = tmp_path / "sudah ada.mp4"
    taken.write_bytes(b"x")
    media = probe(clip)
    tiktok = get_preset("tiktok")
    attempts = [
        lambda: probe(text), lambda: probe(empty), lambda: probe(tmp_path / "hilang.mp4"),
        lambda: check_output(taken, clip, overwrite=False), lambda: check_output(clip, clip, overwrite=True),
        lambda: check_output(tmp_path / "tidak ada" / "x.mp4", clip, overwrite=False),
        lambda: check_trim(Edit(trim=Trim(9.0, None)), media, 60, tiktok, False),
        lambda: check_trim(Edit(trim=Trim(0.0, 0.5)), media, 60, tiktok, False),
        lambda: check_trim(Edit(), media, 1.5, tiktok, False),
    ]
    found = []
    for attempt in attempts:
        with pytest.raises(UserError) as caught:
            attempt()
        found.append(str(caught.value))
    return found


def test_every_common_core_error_has_indonesian(tmp_path, make_clip):
    for english in core_errors(tmp_path, make_clip()):
        indonesian = in_indonesian(english)
        assert indonesian != english, f"no Indonesian for: {english}"
        assert not any(word in indonesian for word in ENGLISH), indonesian


def test_file_names_and_numbers_are_kept():
    assert in_indonesian("liburan 🎉.mp4 is empty (0 bytes)") == "liburan 🎉.mp4 kosong (0 bita)"
    assert in_indonesian("the video would be 75.0 s long, but TikTok allows 60 s here") == (
        "videonya 75.0 dtk, tetapi TikTok hanya menerima 60 dtk di sini")
    assert in_indonesian("something new") == "something new"


def test_indonesian_window_shows_a_broken_file_in_indonesian(window, qtbot, tmp_path):
    from ui.i18n.language import set_language

    set_language("id")
    try:
        broken = tmp_path / "video liburan.mp4"
        broken.write_bytes(b"ini bukan video" * 100)
        with qtbot.waitSignal(window.openFailed, timeout=10000):
            window.open_clip(broken)
        text = window.banner.text.text()
        assert "video liburan.mp4" in text and "bukan berkas video" in text
    finally:
        set_language("en")


def test_timeline_lane_words_follow_a_live_language_switch(open_clip, make_clip, qtbot):
    from ui.i18n.language import set_language
    from ui.timeline.view import TimelineView

    window = open_clip(make_clip())
    view = window.findChild(TimelineView)
    assert view.labels["song"] == "Song"
    set_language("id")
    try:
        qtbot.waitUntil(lambda: view.labels["song"] == "Lagu", timeout=3000)
        assert view.labels["clip"] == "Klip"
    finally:
        set_language("en")


def test_undo_menu_text_stays_indonesian_after_a_live_switch_and_an_edit(open_clip, make_clip, qtbot):
    from ui.i18n.language import set_language

    window = open_clip(make_clip())
    set_language("id")
    try:
        qtbot.mouseClick(window.panel.layout_buttons["fit"], Qt.MouseButton.LeftButton)
        assert window.doc.edit.framing.layout == "fit"
        assert window.undo_action.isEnabled()
        assert window.undo_action.text().startswith("&Urungkan")
        window.undo_action.trigger()
        assert window.doc.edit.framing.layout == "blur"
        assert window.redo_action.text().startswith("U&langi")
    finally:
        set_language("en")


@pytest.mark.parametrize("language, words", [("en", ""), ("id", "bukan|kosong|hanya suara|adalah foto|tidak")])
def test_bad_files_opened_in_the_window_get_a_sentence_in_the_window_language(
        window, qtbot, tmp_path, make_clip, language, words):
    import re

    from tests.conftest import ffmpeg
    from ui.i18n.language import set_language

    good = make_clip(seconds=2).read_bytes()
    files = {"empty.mp4": b"", "notes.mp4": b"just text\n" * 50, "cut.mp4": good[: len(good) * 6 // 10]}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    ffmpeg("-f", "lavfi", "-i", "sine=d=2", "-c:a", "aac", str(tmp_path / "song only.m4a"))
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=320x240", "-frames:v", "1", str(tmp_path / "photo.png"))
    set_language(language)
    try:
        for name in [*files, "song only.m4a", "photo.png"]:
            with qtbot.waitSignal(window.openFailed, timeout=10000):
                window.open_clip(tmp_path / name)
            text = window.banner.text.text()
            assert name in text and "Traceback" not in text, text
            if words:
                assert re.search(words, text), text
    finally:
        set_language("en")


# --- every sentence app/ can raise, found by reading its source ---------------------------------

APP = Path(__file__).resolve().parents[2] / "app"
ERRORS = {"UserError", "NotMediaError", "TooLongError", "TooBigError", "ExportError", "PackError"}
# Words an Indonesian sentence should not still hold (file names, field names such as
# watermark.position, quoted values, TikTok, TOML and the CLI's own commands may stay).
ENGLISH_WORDS = re.compile(
    r"\b(the|is|are|not|no|must|be|cannot|could|does|has|have|and|or|of|to|an|with|without|only|more|"
    r"than|too|at|most|file|files|sound|song|picture|pack|packs|campaign|entry|name|would|use|choose|"
    r"already|exists?|missing|broken|empty|allowed|its|it|this|there|called|installed|valid|number|text|"
    r"table|like|between|long|after|before|one|denied|permission|please|failed|made|read|found|given|"
    r"seconds|time|folders?|clip|letters?|digits?|damaged|needs?|newer|unknown|built|neither|nor)\b",
    re.IGNORECASE)


NAMES = re.compile(r"'[^']*'|\S*[./_\\\[]\S*")  # 'quoted values', song.file, campaign.toml, paths


def english_left(indonesian: str) -> list[str]:
    """English words still in a translation, not counting the names and values it keeps as they
    are; "folder" is the word Indonesian software uses too."""
    words = ENGLISH_WORDS.findall(NAMES.sub(" ", indonesian))
    return [w for w in words if w.lower() not in ("folder", "folders")]


def raised_sentences() -> list[tuple[str, ast.JoinedStr | ast.Constant]]:
    """Every sentence app/ gives the user: the first argument of each error class called with a
    string or f-string, an error class's own super().__init__(f"..."), and runner._explain's and
    the pack list's ready-made reasons. app/cli.py is included: the CLI is English, but its few
    sentences are in the table too, so nothing needs to be left out."""
    found = []
    for source in sorted(APP.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            texts: list[ast.expr] = []
            if isinstance(node, ast.Call) and node.args:
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in ERRORS or name == "PackInfo":
                    texts = list(node.args[:1]) if name in ERRORS else list(node.args[4:5])
                elif name == "__init__" and ast.unparse(node.func) == "super().__init__":
                    texts = node.args[:1]
            elif isinstance(node, ast.FunctionDef) and node.name == "_explain":
                texts = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value]
            for text in texts:
                if isinstance(text, (ast.Constant, ast.JoinedStr)) and (
                        not isinstance(text, ast.Constant) or isinstance(text.value, str)):
                    found.append((f"{source.name}:{text.lineno}", text))
    return found


def sample(text: ast.JoinedStr | ast.Constant, filler: str) -> str:
    """The sentence with each {…} replaced by a realistic value: a number where it is formatted as
    one, an OS reason where an exception is inserted, a list where one is joined, and otherwise
    ``filler`` (a file name or a number)."""
    if isinstance(text, ast.Constant):
        return text.value
    parts = []
    for part in text.values:
        if isinstance(part, ast.Constant):
            parts.append(part.value)
            continue
        code = ast.unparse(part.value)
        if part.format_spec is not None:
            parts.append("12")
        elif "exc" in code:
            parts.append("Permission denied")
        elif ".join(" in code:
            parts.append("top, bottom, middle")
        elif "_kind(" in code:
            parts.append("text")
        else:
            parts.append(filler)
    return "".join(parts)


def test_every_sentence_app_can_raise_has_indonesian():
    sentences = raised_sentences()
    assert len(sentences) > 100, "the walk over app/ found too few sentences"
    missing = []
    for where, text in sentences:
        samples = [sample(text, filler) for filler in ("foto.png", "12", "'watermark.position'")]
        tries = [(english, in_indonesian(english)) for english in samples]
        if not any(indonesian != english and not english_left(indonesian) for english, indonesian in tries):
            english, indonesian = tries[0]
            missing.append(f"{where}: {english!r} -> {indonesian!r}")
    assert not missing, "no (or half-English) Indonesian for:\n" + "\n".join(missing)


# --- real nested sentences from the pack loader, the project file and the time fields ---------

def real_pack_errors(tmp_path: Path, song: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import os
    import zipfile

    from app.campaigns.pack_format import parse_pack
    from app.campaigns.packs import get_campaign, import_pack, list_packs, user_folder
    from app.project.edit import Edit
    from tests.packtools import make_pack, to_toml, valid_dict, zip_folder

    found: list[str] = []

    def caught(call) -> None:
        with pytest.raises(UserError) as error:
            call()
        found.append(str(error.value))

    pack = make_pack(tmp_path / "src" / "sekolah-hijau", song)
    changes = [
        lambda d: d.update(hashtag="SekolahHijau"), lambda d: d.update(max_seconds="enam puluh"),
        lambda d: d.update(max_seconds=100000), lambda d: d.update(id="Bad ID"), lambda d: d.pop("name_en"),
        lambda d: d.update(colour="#FFFFFF"), lambda d: d["watermark"].update(position="tengah"),
        lambda d: d["colours"].update(accent="kuning"), lambda d: d["card"]["items"].append("X"),
        lambda d: d.update(ends="2019-04-28"), lambda d: d.update(format=2), lambda d: d.pop("watermark"),
        lambda d: d.update(logo="../luar.png"), lambda d: d.update(logo="C:/Windows/logo.png"),
        lambda d: d.update(logo="tidak-ada.png"), lambda d: d.update(caption_hashtags="#Satu"),
        lambda d: d.update(description="baris satu\nbaris dua"), lambda d: d["card"].update(title="x" * 50),
        lambda d: d["card"]["items"].append({"key": " ", "word": "Kosong"}),
    ]
    for change in changes:
        data = valid_dict()
        change(data)
        caught(lambda data=data: parse_pack(to_toml(data), pack))
    caught(lambda: parse_pack("id = 'tanpa tanda kutip penutup\nnama", pack))
    caught(lambda: parse_pack("nama tanpa tanda sama dengan\n", pack))
    (pack / "bukan-font.ttf").write_text("ini bukan fon", encoding="utf-8")
    data = valid_dict()
    data["watermark"]["font"] = "bukan-font.ttf"
    caught(lambda: parse_pack(to_toml(data), pack))
    (pack / "lagu.m4a").write_text("la la la", encoding="utf-8")
    data = valid_dict()
    data["song"]["file"] = "lagu.m4a"
    caught(lambda: parse_pack(to_toml(data), pack))

    broken = make_pack(user_folder() / "pramuka", song, valid_dict("pramuka"))
    (broken / "font.ttf").write_text("ini bukan fon", encoding="utf-8")
    caught(lambda: get_campaign("pramuka"))  # the campaign 'pramuka' is broken: watermark.font: ...
    make_pack(user_folder() / "salah-folder", song)  # its id differs from its folder name
    (user_folder() / "tanpa-toml").mkdir()
    (user_folder() / "sampah").mkdir()
    (user_folder() / "sampah" / "campaign.toml").write_bytes(b"\xff\xfe bukan toml [[[")
    found += [p.error for p in list_packs() if p.error]

    archive = zip_folder(pack, tmp_path / "jahat.zip")
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("../../jahat.txt", "x")
    caught(lambda: import_pack(archive))  # jahat.zip: entry: '../../jahat.txt' leaves ... (zip entries ...)
    fake = tmp_path / "paket.zip"
    fake.write_bytes(b"PK\x03\x04 rusak")
    caught(lambda: import_pack(fake))
    caught(lambda: import_pack(tmp_path / "hilang.zip"))
    notes = tmp_path / "catatan.txt"
    notes.write_text("bukan paket", encoding="utf-8")
    caught(lambda: import_pack(notes))
    caught(lambda: import_pack(make_pack(tmp_path / "bawaan", song, valid_dict("anakgenius"))))
    os.symlink("/etc/passwd", pack / "passwd")
    caught(lambda: import_pack(pack))
    (pack / "passwd").unlink()

    def no_permission(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.campaigns.packs.os.replace", no_permission)
    caught(lambda: import_pack(pack))  # the pack cannot be installed: Permission denied
    monkeypatch.undo()

    caught(lambda: Edit.from_dict({"schema": 1, "watermark": {"position": "tengah"}}))
    caught(lambda: Edit.from_dict({"schema": 1, "trim": {"start": "awal"}}))
    caught(lambda: Edit.from_dict({"schema": 1, "audio": {"song_volume": 5}}))
    caught(lambda: Edit.from_dict({"schema": 1, "framing": {"background": "merah"}}))
    caught(lambda: Edit.from_dict({"schema": 1, "framing": "penuh"}))
    caught(lambda: Edit.from_dict({"nama": "bukan proyek"}))
    caught(lambda: get_preset("youtube"))
    return found


def test_real_nested_pack_and_project_sentences_are_all_indonesian(tmp_path, test_song, monkeypatch):
    errors = real_pack_errors(tmp_path, test_song, monkeypatch)
    assert len(errors) >= 40
    assert any(": entry: " in e and "(zip entries" in e for e in errors)
    assert any("is broken: watermark.font: " in e for e in errors)
    assert any(e.startswith("the pack cannot be installed: ") for e in errors)
    left = [f"{e!r} -> {in_indonesian(e)!r}" for e in errors
            if in_indonesian(e) == e or english_left(in_indonesian(e))]
    assert not left, "\n".join(left)
    assert any("(at line 1, column" in e for e in errors)
    broken = in_indonesian(next(e for e in errors if "is broken" in e))
    assert broken.startswith("kampanye 'pramuka' rusak: watermark.font: 'font.ttf' bukan fon"), broken


@pytest.mark.parametrize("typed", ["satu menit", "1:75", "-5", "1::2", "", "1:2:3:4", "nan"])
def test_a_bad_time_in_the_trim_fields_reads_in_indonesian(typed):
    from app.project.timecode import parse_timecode

    with pytest.raises(UserError) as error:
        parse_timecode(typed)
    english = str(error.value)
    indonesian = in_indonesian(english)
    assert indonesian != english and not english_left(indonesian), indonesian
    assert f"'{typed}'" in indonesian
