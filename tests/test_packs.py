"""Campaign packs: the built-in one, import/list round trips, and every refusal with a crafted pack."""

from __future__ import annotations

import copy
import os
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.campaigns.pack_files import MAX_BYTES, MAX_FILES, PackError
from app.campaigns.pack_format import parse_pack
from app.campaigns.packs import (
    active_campaign_id,
    clear_official_song,
    get_campaign,
    import_pack,
    list_packs,
    remove_pack,
    set_active_campaign,
    set_official_song,
    user_folder,
)
from app.cli.main import main
from tests.conftest import ffmpeg
from tests.packtools import make_pack, png_header, to_toml, valid_dict, zip_folder


@pytest.fixture(scope="session")
def song(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("song") / "song.m4a"
    ffmpeg("-f", "lavfi", "-i", "sine=f=660:d=2:sample_rate=48000", "-c:a", "aac", str(path))
    return path


@pytest.fixture
def pack(tmp_path: Path, song: Path) -> Path:
    return make_pack(tmp_path / "src" / "sekolah-hijau", song)


def installed() -> list[str]:
    return sorted(p.name for p in user_folder().iterdir())


# --- the built-in pack -------------------------------------------------------------------

def test_builtin_pack_is_complete():
    c = get_campaign("anakgenius")
    assert c.builtin and c.hashtag == "#AnakGENIUS"
    assert c.caption_hashtags == ("#AnakGENIUS", "#HariAnakNasional")
    assert (c.starts.isoformat(), c.ends.isoformat()) == ("2018-07-20", "2018-07-25")
    assert c.max_seconds == 60
    assert (c.colours.primary, c.colours.text) == ("#C2185B", "#FFFFFF")
    assert c.song and c.song.path.is_file() and c.song.licence == "CC0-1.0" and c.song.stands_in_for
    assert c.logo and c.logo.is_file() and (c.logo.parent / "LICENSE-logo.txt").is_file()
    assert c.card and [(i.key, i.word) for i in c.card.items] == [
        ("G", "Gesit"), ("E", "Empati"), ("NI", "beraNI"), ("U", "Unggul"), ("S", "Sehat")]
    assert [p.id for p in list_packs() if p.ok] == ["anakgenius"]


# --- import and list ---------------------------------------------------------------------

def test_import_list_use_and_remove_round_trip(pack, tmp_path):
    archive = zip_folder(pack, tmp_path / "hijau.zip")
    c = import_pack(archive)
    assert c.id == "sekolah-hijau" and not c.builtin and c.folder == user_folder() / "sekolah-hijau"
    assert c.song and c.song.path.parent == c.folder and c.watermark.font.parent == c.folder
    assert installed() == ["sekolah-hijau"]  # no staging folder left behind
    listed = {p.id: p for p in list_packs()}
    assert listed["sekolah-hijau"].ok and listed["anakgenius"].ok
    assert get_campaign("sekolah-hijau").hashtag == "#SekolahHijau"
    with pytest.raises(PackError, match="already installed"):
        import_pack(archive)
    assert import_pack(archive, replace=True).id == "sekolah-hijau"
    set_active_campaign("sekolah-hijau")
    assert active_campaign_id() == "sekolah-hijau"
    remove_pack("sekolah-hijau")
    assert installed() == [] and active_campaign_id() == "anakgenius"


def test_import_from_a_folder_and_from_a_zip_with_one_top_folder(pack, tmp_path):
    assert import_pack(pack).id == "sekolah-hijau"
    remove_pack("sekolah-hijau")
    archive = zip_folder(pack, tmp_path / "wrapped.zip", prefix="Sekolah Hijau/")
    assert import_pack(archive).id == "sekolah-hijau"


def test_a_pack_cannot_take_a_builtin_id(song, tmp_path):
    pack = make_pack(tmp_path / "p", song, valid_dict("anakgenius"))
    with pytest.raises(PackError, match="built-in"):
        import_pack(pack)


def test_broken_packs_are_listed_with_their_reason_and_never_raise(pack):
    root = user_folder()
    (root / "no-toml").mkdir()
    garbage = root / "garbage"
    garbage.mkdir()
    (garbage / "campaign.toml").write_bytes(b"\xff\xfe not toml at all [[[")
    bad_font = make_pack(root / "bad-font", pack / "song.m4a", valid_dict("bad-font"))
    (bad_font / "font.ttf").write_text("this is not a font", encoding="utf-8")
    wrong_folder = make_pack(root / "elsewhere", pack / "song.m4a")
    listed = {p.id: p for p in list_packs()}
    assert listed["anakgenius"].ok
    assert "no campaign.toml" in str(listed["no-toml"].error)
    assert "UTF-8" in str(listed["garbage"].error)
    assert "watermark.font" in str(listed["bad-font"].error) and "not a TrueType" in str(listed["bad-font"].error)
    assert "differs from its folder name" in str(listed[wrong_folder.name].error)
    with pytest.raises(PackError, match="bad-font.*is broken"):
        get_campaign("bad-font")


# --- every refusal, with a crafted pack ---------------------------------------------------

def refused(path: Path, match: str) -> None:
    with pytest.raises(PackError, match=match):
        import_pack(path)
    assert installed() == [], "a refused pack must leave nothing behind"


def crafted_zip(tmp_path: Path, pack: Path, extra) -> Path:
    archive = zip_folder(pack, tmp_path / "crafted.zip")
    with zipfile.ZipFile(archive, "a") as zf:
        extra(zf)
    return archive


def test_zip_slip_is_refused(pack, tmp_path):
    refused(crafted_zip(tmp_path, pack, lambda zf: zf.writestr("../../evil.txt", "x")), "leaves the pack")
    assert not (user_folder().parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()


def test_absolute_zip_entries_are_refused(pack, tmp_path):
    refused(crafted_zip(tmp_path, pack, lambda zf: zf.writestr("/tmp/evil.txt", "x")), "absolute path")


def test_windows_style_escapes_are_refused(pack, tmp_path):
    refused(crafted_zip(tmp_path, pack, lambda zf: zf.writestr("..\\evil.txt", "x")), "must use '/'")


def test_symlink_zip_entries_are_refused(pack, tmp_path):
    def link(zf: zipfile.ZipFile) -> None:
        info = zipfile.ZipInfo("logo-link.png")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")

    refused(crafted_zip(tmp_path, pack, link), "symbolic link")


def test_symlinks_in_a_pack_folder_are_refused(pack):
    os.symlink("/etc/passwd", pack / "passwd")
    refused(pack, "symbolic link")


def test_a_field_naming_a_symlink_is_refused(pack):
    (pack / "logo.png").rename(pack / "real.png")
    os.symlink(pack / "real.png", pack / "logo.png")
    with pytest.raises(PackError, match="logo.*symbolic link"):
        parse_pack((pack / "campaign.toml").read_text(), pack)


@pytest.mark.parametrize(("logo", "match"), [("../outside.png", "leaves the pack"),
                                             ("/etc/passwd", "absolute path"),
                                             ("C:/Windows/logo.png", "drive letters")])
def test_fields_naming_files_outside_the_pack_are_refused(pack, logo, match):
    (pack.parent / "outside.png").write_bytes((pack / "logo.png").read_bytes())
    data = valid_dict()
    data["logo"] = logo
    (pack / "campaign.toml").write_text(to_toml(data), encoding="utf-8")
    refused(pack, f"logo.*{match}")


def test_too_many_files_are_refused(pack, tmp_path):
    def many(zf: zipfile.ZipFile) -> None:
        for n in range(MAX_FILES):
            zf.writestr(f"extra/{n}.txt", "")

    refused(crafted_zip(tmp_path, pack, many), f"more than {MAX_FILES} files")


def test_an_archive_that_unpacks_too_big_is_refused(pack, tmp_path):
    def bomb(zf: zipfile.ZipFile) -> None:  # ~200 KB on disk, 201 MB of zeros unpacked
        info = zipfile.ZipInfo("zeros.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as out:
            block = bytes(1 << 20)
            for _ in range(MAX_BYTES // len(block) + 1):
                out.write(block)

    archive = crafted_zip(tmp_path, pack, bomb)
    assert archive.stat().st_size < 2_000_000
    refused(archive, "unpacks to more than 200 MB")


def test_a_folder_too_big_is_refused(pack):
    with open(pack / "big.bin", "wb") as f:  # sparse: costs no disk
        f.truncate(MAX_BYTES + 1)
    refused(pack, "larger than 200 MB")


def test_an_image_with_an_oversize_header_is_refused(pack):
    (pack / "logo.png").write_bytes(png_header(9000, 9000))
    refused(pack, "logo.*9000×9000")


def test_a_logo_that_is_not_an_image_is_refused(pack):
    (pack / "logo.png").write_text("<svg>not a png</svg>", encoding="utf-8")
    refused(pack, "logo.*not an image")


def test_a_font_that_is_really_text_is_refused(pack):
    (pack / "font.ttf").write_text("\x00\x01\x00\x00 but the rest is text, not glyphs", encoding="latin-1")
    refused(pack, "watermark.font.*cannot be loaded")
    (pack / "font.ttf").write_text("just text", encoding="utf-8")
    refused(pack, "watermark.font.*not a TrueType")


def test_a_song_that_is_a_text_file_is_refused(pack):
    (pack / "song.m4a").write_text("la la la, this is a poem", encoding="utf-8")
    refused(pack, "song.file.*not a sound file")


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    fake = tmp_path / "pack.zip"
    fake.write_bytes(b"PK\x03\x04 broken")
    refused(fake, "not a readable .zip")


@pytest.mark.parametrize(("change", "match"), [
    (lambda d: d.update(hashtag="SekolahHijau"), "^hashtag must be '#'"),
    (lambda d: d.update(max_seconds="sixty"), "^max_seconds must be a number"),
    (lambda d: d.update(max_seconds=100000), "^max_seconds must be between"),
    (lambda d: d.update(id="Bad ID"), "^id must be"),
    (lambda d: d.pop("name_en"), "^name_en is missing"),
    (lambda d: d.update(colour="#FFFFFF"), "'colour' is not a campaign pack field"),
    (lambda d: d["song"].update(suggested_start=-1), "^song.suggested_start must be between"),
    (lambda d: d["watermark"].update(position="middle"), "^watermark.position must be one of"),
    (lambda d: d["colours"].update(accent="yellow"), "^colours.accent must be a colour"),
    (lambda d: d["card"]["items"].append("X"), r"^card.items\[2\] must be a table"),
    (lambda d: d.update(ends="2019-04-28"), "^ends must be a date"),
    (lambda d: d.update(format=2), "needs a newer version"),
])
def test_bad_fields_are_refused_naming_the_field(pack, change, match):
    data = valid_dict()
    change(data)
    with pytest.raises(PackError, match=match):
        parse_pack(to_toml(data), pack)


# --- property-based: the loader only ever succeeds or raises PackError ----------------------

_PACK = None


def fuzz_pack() -> Path:
    global _PACK
    if _PACK is None:
        folder = Path(tempfile.mkdtemp(prefix="anakgenius-fuzz-"))
        song = folder / "s.m4a"
        ffmpeg("-f", "lavfi", "-i", "sine=f=660:d=1", "-c:a", "aac", str(song))
        _PACK = make_pack(folder / "pack", song)
    return _PACK


def load(text: str) -> None:
    try:
        parse_pack(text, fuzz_pack())
    except PackError:
        pass


FIELDS = ["format", "id", "name_id", "name_en", "hashtag", "caption_hashtags", "description", "starts", "ends",
          "max_seconds", "logo", "song", "watermark", "colours", "card", "file", "font", "items", "key", "word"]
scalars = (st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats() | st.text(max_size=30)
           | st.dates() | st.sampled_from(["logo.png", "font.ttf", "song.m4a", "../x", "/etc/passwd", "#Tag",
                                           "#FFFFFF", "top", "a" * 50]))
toml_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8),
                                                                inner, max_size=4),
    max_leaves=12,
)
fuzz = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fuzz
@given(st.text(max_size=300))
def test_random_text_never_crashes_the_loader(text):
    load(text)


@fuzz
@given(st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=10), toml_values, max_size=8))
def test_random_tables_never_crash_the_loader(data):
    load(to_toml(data))


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    found = []
    if isinstance(data, dict):
        for k, v in data.items():
            found.append(prefix + (k,))
            found += _paths(v, prefix + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            found.append(prefix + (i,))
            found += _paths(v, prefix + (i,))
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_one_field_of_a_valid_pack_changed_never_crashes_the_loader(data):
    pack = copy.deepcopy(valid_dict())
    where = data.draw(st.sampled_from(_paths(pack)))
    parent = pack
    for key in where[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()):
        parent[where[-1]] = data.draw(toml_values)
    elif isinstance(parent, dict):
        del parent[where[-1]]
    else:
        parent.pop(where[-1])
    load(to_toml(pack))


# --- the official song and the CLI ----------------------------------------------------------

def test_official_song_is_remembered_and_copied(tmp_path, song):
    official = tmp_path / "Lagu Resmi.m4a"
    official.write_bytes(song.read_bytes())
    c = set_official_song("anakgenius", official)
    assert c.song and c.song.official and c.song.path.name == "Lagu Resmi.m4a"
    official.unlink()  # the copy in the data folder keeps working
    again = get_campaign("anakgenius")
    assert again.song and again.song.official and again.song.path.is_file()
    text = tmp_path / "not-a-song.mp3"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(Exception, match="not a sound file"):
        set_official_song("anakgenius", text)
    clear_official_song("anakgenius")
    back = get_campaign("anakgenius")
    assert back.song and not back.song.official


def test_cli_campaigns_import_list_and_refusal(pack, tmp_path, capsys):
    archive = zip_folder(pack, tmp_path / "hijau.zip")
    assert main(["campaigns", "import", str(archive)]) == 0
    assert "installed sekolah-hijau" in capsys.readouterr().out
    (user_folder() / "broken").mkdir()
    assert main(["campaigns", "list"]) == 0
    out = capsys.readouterr().out
    assert "anakgenius  #AnakGENIUS" in out and "sekolah-hijau  #SekolahHijau" in out
    assert "broken  BROKEN: the pack has no campaign.toml" in out
    bad = crafted_zip(tmp_path, pack, lambda zf: zf.writestr("../evil.txt", "x"))
    assert main(["campaigns", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "leaves the pack" in err


@pytest.mark.slow
def test_cli_export_uses_the_chosen_campaign(pack, tmp_path, make_clip, capsys):
    clip = make_clip(seconds=3.0)
    data = valid_dict()
    data["max_seconds"] = 2
    (pack / "campaign.toml").write_text(to_toml(data), encoding="utf-8")
    import_pack(pack)
    out = tmp_path / "out.mp4"
    assert main(["export", str(clip), "-o", str(out), "--preset", "draft", "--campaign", "sekolah-hijau"]) == 2
    assert "allows 2 s" in capsys.readouterr().err  # the pack's length limit, not the default 60 s
    assert main(["export", str(clip), "-o", str(out), "--preset", "draft", "--campaign", "nope"]) == 2
    assert "no campaign called 'nope'" in capsys.readouterr().err
    assert main(["export", str(clip), "-o", str(out), "--preset", "draft", "--campaign", "sekolah-hijau",
                 "--end", "2", "--no-loudness", "--card", "lower-third"]) == 0
    assert out.is_file()
