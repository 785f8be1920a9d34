"""Subtitles in and out (#16): .srt files as a user's tools write them, broken ones, the soft track,
and the command line's words options."""

from __future__ import annotations

import subprocess

import pytest

from app.errors import UserError
from app.export.job import check_file, export
from app.ffmpeg import ffmpeg_exe
from app.media.probe import probe
from app.project import srt
from app.project.choices import TextKind, TextStyle
from app.project.edit import Edit
from app.project.texts import TextBlock
from app.render.presets import get_preset
from tests.mediacheck import top_level_boxes
from tests.test_cli import run_cli

GOOD = """1
00:00:00,000 --> 00:00:01,200
Selamat pagi, "anak-anak": 100% \\ [hebat] 😀

2
00:00:01,500 --> 00:00:02,750
<i>Hari Anak</i> Nasional
{\\an8}bersama
"""


def test_round_trip_keeps_times_and_text(tmp_path):
    result = srt.parse(GOOD)
    assert result.problems == []
    assert [(b.text, b.start, b.end) for b in result.blocks] == [
        ('Selamat pagi, "anak-anak": 100% \\ [hebat] 😀', 0.0, 1.2),
        ("Hari Anak Nasional bersama", 1.5, 2.75)]
    path = srt.write(tmp_path / "v.srt", result.blocks)
    again = srt.read(path)
    assert again.blocks == result.blocks and again.problems == []
    assert path.read_text(encoding="utf-8").startswith("1\n00:00:00,000 --> 00:00:01,200\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_utf8_with_or_without_bom_and_windows_1252(tmp_path, encoding):
    path = tmp_path / "t.srt"
    path.write_bytes("1\r\n00:00:01,000 --> 00:00:02,000\r\nCafé — “bagus”\r\n".encode(encoding))
    assert [b.text for b in srt.read(path).blocks] == ["Café — “bagus”"]


def test_broken_lines_are_named_and_the_good_blocks_kept():
    text = ("1\n00:00:00,000 --> 00:00:01,000\nsatu\n\n"
            "2\n00:00:02,000 -> 00:00:03,000\nrusak\n\n"  # line 6: not an arrow
            "3\n00:00:05,000 --> 00:00:04,000\nterbalik\n\n"  # line 10: ends before it starts
            "4\n00:00:06,000 --> 00:00:07,000\n\n"  # line 14: no text (the next block follows)
            "00:00:08,000 --> 00:00:09,500\ntanpa nomor\n")
    result = srt.parse(text)
    assert [b.text for b in result.blocks] == ["satu", "tanpa nomor"]
    assert [p.params["line"] for p in result.problems] == [6, 10, 14]
    assert "line 6" in str(result.problems[0]) and "left out" in str(result.problems[0])


def test_a_file_with_nothing_usable_is_refused(tmp_path):
    empty = tmp_path / "kosong.srt"
    empty.write_text("hello\n", encoding="utf-8")
    with pytest.raises(UserError, match="no subtitles"):
        srt.read(empty)
    utf16 = tmp_path / "u16.srt"
    utf16.write_bytes(GOOD.encode("utf-16"))
    with pytest.raises(UserError, match="cannot be read"):
        srt.read(utf16)
    with pytest.raises(UserError, match="does not exist"):
        srt.read(tmp_path / "missing.srt")


def test_export_writes_only_captions_and_cuts_them_at_the_end():
    blocks = [TextBlock("Judul", 0, 100, TextKind.TITLE), TextBlock("b", 2, 9), TextBlock("a", 0, 1),
              TextBlock("after", 12, 13)]
    text = srt.dumps(srt.captions(blocks), duration=5)
    assert text == "1\n00:00:00,000 --> 00:00:01,000\na\n\n2\n00:00:02,000 --> 00:00:05,000\nb\n"


def test_soft_captions_are_a_mov_text_track(make_clip, tmp_path):
    clip = make_clip(seconds=2.0)
    edit = Edit(source=str(clip), preset="whatsapp", soft_captions=True)
    edit.audio.normalize = False
    edit.texts = srt.parse(GOOD, TextStyle.OUTLINE).blocks
    out = export(edit, tmp_path / "soft.mp4")
    streams = subprocess.run([ffmpeg_exe(), "-hide_banner", "-i", str(out)], capture_output=True,
                             text=True).stderr
    assert "Subtitle: mov_text" in streams and "(ind)" in streams
    check_file(out, 2.0, get_preset("whatsapp"))  # still a file the platforms take
    assert top_level_boxes(out)[:2] == ["ftyp", "moov"]  # moov first (+faststart) with the track too
    back = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(out), "-map", "0:s", "-f", "srt", "-"],
                          capture_output=True, text=True, encoding="utf-8").stdout
    assert [b.text for b in srt.parse(back).blocks] == [b.text for b in edit.texts]
    assert probe(out).width == 1080


def test_cli_words_options(make_clip, tmp_path):
    clip = make_clip(seconds=2.0)
    subs = tmp_path / "teks.srt"
    subs.write_text(GOOD + "\n3\n00:00:01,900 --> 00:00:01,000\nrusak\n", encoding="utf-8")
    out = tmp_path / "video.mp4"
    result = run_cli("export", str(clip), "-o", str(out), "--preset", "draft", "--no-loudness",
                     "--title", "Kelas 5 SDN 3 Merauke", "--captions", str(subs), "--captions-style", "karaoke",
                     "--srt-out")
    assert result.returncode == 0, result.stderr
    assert "teks.srt, line 11" in result.stderr  # the broken block named, the export made
    beside = tmp_path / "video.srt"
    assert result.stdout.split() == [str(beside), str(out)]
    assert [b.text for b in srt.read(beside).blocks] == [b.text for b in srt.parse(GOOD).blocks]


@pytest.mark.parametrize("args, words", [
    (["--captions", "missing.srt"], "does not exist"),
    (["--captions-style", "fancy"], "invalid choice"),
    (["--srt-out"], "--srt-out needs captions"),
    (["--title", "   "], "has no text"),
    (["--captions", "x.srt", "--auto-captions", "id"], "not allowed with"),
])
def test_cli_bad_words_options_exit_2_with_one_line(make_clip, tmp_path, args, words):
    clip = make_clip(seconds=2.0)
    result = run_cli("export", str(clip), "-o", str(tmp_path / "v.mp4"), *args, cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "v.mp4").exists()
