"""The core's error sentences reach an Indonesian window in Indonesian, by message id.

Every error app/ raises for a user carries a Message (app/messages.py): an id and its values. The
window translates its English template through Qt (the ``core`` context of anakgenius_id.ts) and
fills in the values. These tests hold that together: every raise in app/ names an id, every id has
finished Indonesian with the same values and no English left, and real errors read in Indonesian.
"""

from __future__ import annotations

import ast
import copy
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator

from app.errors import ExportError, UserError
from app.export.job import TooLongError, check_output, check_trim
from app.media.probe import probe
from app.messages import CONTEXT, M, Message, template_fields
from app.project.choices import PresetId
from app.project.edit import Edit, Trim
from app.render.presets import get_preset
from ui.i18n.core_messages import translated

ENGLISH = ("not a", "does not", "exists", "cannot", "would be", "the clip", "folder;", "choose")
ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
TS = ROOT / "assets" / "translations" / "anakgenius_id.ts"
QM = TS.with_suffix(".qm")


@pytest.fixture
def indonesian(qapp):
    from ui.i18n.language import set_language

    assert set_language("id") == "id"
    yield
    set_language("en")


def core_errors(tmp_path: Path, clip: Path) -> list[UserError]:
    """Real errors from the core, for the bad input a pupil is most likely to give."""
    text = tmp_path / "catatan.mp4"
    text.write_text("bukan video")
    empty = tmp_path / "kosong.mp4"
    empty.touch()
    taken = tmp_path / "sudah ada.mp4"
    taken.write_bytes(b"x")
    media = probe(clip)
    tiktok = get_preset(PresetId.TIKTOK)
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
        found.append(caught.value)
    return found


def test_every_common_core_error_has_indonesian(tmp_path, make_clip, indonesian):
    for error in core_errors(tmp_path, make_clip()):
        indonesian_text = translated(error.message)
        assert indonesian_text != str(error), f"no Indonesian for: {error}"
        assert not any(word in indonesian_text for word in ENGLISH), indonesian_text


def test_the_english_is_str_of_the_error_and_the_cli_sentence():
    error = TooLongError(75.0, 60, get_preset(PresetId.TIKTOK))
    assert str(error) == "the video would be 75.0 s long, but TikTok allows 60 s here"
    assert error.message == Message(M.VIDEO_TOO_LONG, seconds=75.0, preset="TikTok", limit=60)
    assert str(error.message) == str(error) and error.message.id is M.VIDEO_TOO_LONG
    failed = ExportError(M.FFMPEG_FAILED, details="the log", code=1)
    assert (str(failed), failed.details) == ("the export failed (ffmpeg exit code 1)", "the log")
    for original in (error, failed, UserError(M.FILE_EMPTY, file="a.mp4")):
        for again in (pickle.loads(pickle.dumps(original)), copy.deepcopy(original)):
            assert type(again) is type(original) and str(again) == str(original)
            assert again.message == original.message and again.__dict__ == original.__dict__


def test_a_message_refuses_a_missing_value():
    with pytest.raises(TypeError, match="file"):
        Message(M.FILE_EMPTY)


def test_file_names_and_numbers_are_kept(indonesian):
    assert translated(Message(M.FILE_EMPTY, file="liburan 🎉.mp4")) == "liburan 🎉.mp4 kosong (0 bita)"
    assert translated(Message(M.VIDEO_TOO_LONG, seconds=75.0, preset="TikTok", limit=60)) == (
        "videonya 75.0 dtk, tetapi TikTok hanya menerima 60 dtk di sini")
    assert translated(Message(M.AS_IS, text="something new")) == "something new"


def test_an_english_window_shows_the_english(qapp):
    message = Message(M.CAMPAIGN_BROKEN, id="x", reason=Message(M.NOT_TEXT, field="hashtag",
                                                                  kind=Message(M.KIND_NUMBER)))
    assert translated(message) == str(message) == "the campaign 'x' is broken: hashtag must be text, not a number"


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


# --- every raise in app/ names a message id; every id has Indonesian ------------------------------

ERROR_BASES = {"UserError", "NotMediaError", "ExportError"}


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """UserError, ExportError and every class app/ derives from them (PackError, TooLongError, ...)."""
    names = set(ERROR_BASES)
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        getattr(base, "id", None) in names for base in node.bases):
                    names.add(node.name)
                    grown = True
    return names


def _app_trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(APP.rglob("*.py"))]


def _is_message(node: ast.expr) -> bool:
    """``M.SOMETHING``, or an expression that is a Message already (``exc.message``, a call that
    returns one, a name holding one): anything but a sentence written out as text."""
    if isinstance(node, ast.Constant | ast.JoinedStr | ast.BinOp):
        return False
    return not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "str")


def test_every_raise_in_app_names_a_message_id():
    trees = _app_trees()
    errors = _error_classes([tree for _, tree in trees])
    assert {"PackError", "TooLongError", "TooBigError"} <= errors
    own_sentence = {node.name for _, tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                    and node.name in errors - ERROR_BASES
                    and any(isinstance(f, ast.FunctionDef) and f.name == "__init__" for f in node.body)}
    assert own_sentence == {"TooLongError", "TooBigError"}  # they take numbers and name their id themselves
    raises, problems = 0, []
    for path, tree in trees:
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc
                name = exc.id if isinstance(exc, ast.Name) else getattr(getattr(exc, "func", None), "id", None)
                if name not in errors:
                    continue
                raises += 1
                if name in own_sentence and isinstance(exc, ast.Call):
                    continue
                if not isinstance(exc, ast.Call) or not exc.args or not _is_message(exc.args[0]):
                    problems.append(f"{where}:{node.lineno}: {ast.unparse(exc)}")
            elif isinstance(node, ast.ClassDef) and node.name in errors:
                for call in ast.walk(node):  # an error class's own sentence
                    if isinstance(call, ast.Call) and ast.unparse(call.func) == "super().__init__" and (
                            not call.args or not _is_message(call.args[0])):
                        problems.append(f"{where}:{call.lineno}: {ast.unparse(call)}")
    assert raises > 100, "the walk over app/ found too few raises"
    assert not problems, "raised without a message id:\n" + "\n".join(problems)


def test_every_message_id_used_exists_and_every_id_is_used():
    used: set[str] = set()
    for folder in ("app", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "M":
                    used.add(node.attr)
    known = {m.name for m in M}
    assert used - known - {"template", "fields"} == set(), "unknown message ids"
    assert known - used == set(), "message ids nothing raises (remove them)"


def test_every_template_is_marked_for_pyside6_lupdate():
    tree = ast.parse((APP / "messages.py").read_text(encoding="utf-8"))
    enum = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "M")
    members = [n for n in enum.body if isinstance(n, ast.Assign)]
    assert len(members) == len(M)
    for member in members:
        call = member.value
        assert isinstance(call, ast.Call) and getattr(call.func, "id", None) == "QT_TRANSLATE_NOOP", (
            ast.unparse(member))
        assert [type(a) for a in call.args] == [ast.Constant, ast.Constant] and call.args[0].value == CONTEXT


# Words an Indonesian sentence should not still hold (file names, field names such as
# watermark.position, quoted values, TikTok, TOML and the CLI's own commands may stay).
ENGLISH_WORDS = re.compile(
    r"\b(the|is|are|not|no|must|be|cannot|could|does|has|have|and|or|of|to|an|with|without|only|more|"
    r"than|too|at|most|file|files|sound|song|picture|pack|packs|campaign|entry|name|would|use|choose|"
    r"already|exists?|missing|broken|empty|allowed|its|it|this|there|called|installed|valid|number|text|"
    r"table|like|between|long|after|before|one|denied|permission|please|failed|made|read|found|given|"
    r"seconds|time|folders?|clip|letters?|digits?|damaged|needs?|newer|unknown|built|neither|nor|space|"
    r"device|directory|system|process)\b",
    re.IGNORECASE)
NAMES = re.compile(r"'[^']*'|\S*[./_\\\[]\S*|\{[^}]*\}|--\S+")  # 'quoted', song.file, paths, {fields}, --cut
SAME_IN_BOTH = {M.AS_IS, M.KIND_TRUE_FALSE}  # "{text}" and TOML's true/false


def english_left(indonesian: str) -> list[str]:
    """English words still in a translation, not counting the names and values it keeps as they
    are; "folder" is the word Indonesian software uses too."""
    words = ENGLISH_WORDS.findall(NAMES.sub(" ", indonesian))
    return [w for w in words if w.lower() not in ("folder", "folders")]


def core_translations() -> dict[str, tuple[str, str | None]]:
    """The core context of anakgenius_id.ts: source -> (translation, its type mark)."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                node = message.find("translation")
                found[message.findtext("source") or ""] = (
                    (node.text or "") if node is not None else "", node.get("type") if node is not None else "none")
    return found


def test_every_message_id_has_finished_indonesian_with_the_same_values():
    table = core_translations()
    templates = {m.template for m in M}
    assert set(table) == templates, (
        f"run `make lupdate`; missing: {sorted(templates - set(table))}, gone: {sorted(set(table) - templates)}")
    problems = []
    for m in M:
        text, mark = table[m.template]
        if not text or mark in ("unfinished", "vanished", "obsolete"):
            problems.append(f"M.{m.name}: no Indonesian for {m.template!r}")
        elif not template_fields(text) <= m.fields:
            problems.append(f"M.{m.name}: {text!r} names values {m.template!r} does not give")
        elif m not in SAME_IN_BOTH and (text == m.template or english_left(text)):
            problems.append(f"M.{m.name}: half-English {text!r} ({english_left(text)})")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_holds_the_same_indonesian(qapp):
    """assets/translations/anakgenius_id.qm (``make translations``) is built from the .ts above."""
    translator = QTranslator()
    assert translator.load(str(QM)), "run `make translations`"
    table = core_translations()
    stale = [m.name for m in M if translator.translate(CONTEXT, m.template) != table[m.template][0]]
    assert not stale, "anakgenius_id.qm is older than the .ts: run `make translations`"


def test_every_message_reads_in_indonesian_with_realistic_values(indonesian):
    values = {"file": "foto.png", "path": "/home/siti/foto.png", "folder": "/home/siti/Video", "field": "logo",
              "name": "gambar/logo.png", "archive": "paket.zip", "id": "pramuka", "value": "tengah",
              "reason": Message(M.OS_DENIED), "kind": Message(M.KIND_TEXT), "text": "1:75", "toml": "campaign.toml"}
    problems = []
    for m in M:
        params = {f: values.get(f, 12) for f in m.fields}
        indonesian_text = translated(Message(m, **params))
        if m not in SAME_IN_BOTH and (indonesian_text == str(Message(m, **params)) or english_left(indonesian_text)):
            problems.append(f"M.{m.name}: {indonesian_text!r}")
    assert not problems, "\n".join(problems)


# --- real nested sentences from the pack loader, the project file and the time fields ---------

def real_pack_errors(tmp_path: Path, song: Path, monkeypatch: pytest.MonkeyPatch) -> list[Message]:
    import os
    import zipfile

    from app.campaigns.pack_format import parse_pack
    from app.campaigns.packs import get_campaign, import_pack, list_packs, user_folder
    from app.project.edit import Edit
    from tests.packtools import make_pack, to_toml, valid_dict, zip_folder

    found: list[Message] = []

    def caught(call) -> None:
        with pytest.raises(UserError) as error:
            call()
        found.append(error.value.message)

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


def test_real_nested_pack_and_project_sentences_are_all_indonesian(tmp_path, test_song, monkeypatch, indonesian):
    messages = real_pack_errors(tmp_path, test_song, monkeypatch)
    errors = [str(m) for m in messages]
    assert len(errors) >= 40
    assert any(": entry: " in e and "(zip entries" in e for e in errors)
    assert any("is broken: watermark.font: " in e for e in errors)
    assert any(e.startswith("the pack cannot be installed: ") for e in errors)
    assert any("(at line 1, column" in e for e in errors)
    left = [f"{str(m)!r} -> {translated(m)!r}" for m in messages
            if translated(m) == str(m) or english_left(translated(m))]
    assert not left, "\n".join(left)
    broken = translated(next(m for m in messages if "is broken" in str(m)))
    assert broken.startswith("kampanye 'pramuka' rusak: watermark.font: 'font.ttf' bukan fon"), broken
    outside = translated(next(m for m in messages if "(zip entries" in str(m)))
    assert outside.startswith("jahat.zip: entri: '../../jahat.txt' keluar dari folder paket kampanye"), outside


@pytest.mark.parametrize("typed", ["satu menit", "1:75", "-5", "1::2", "", "1:2:3:4", "nan"])
def test_a_bad_time_in_the_trim_fields_reads_in_indonesian(typed, indonesian):
    from app.project.timecode import parse_timecode

    with pytest.raises(UserError) as error:
        parse_timecode(typed)
    english = str(error.value)
    indonesian_text = translated(error.value.message)
    assert indonesian_text != english and not english_left(indonesian_text), indonesian_text
    assert f"'{typed}'" in indonesian_text
