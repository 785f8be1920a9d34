"""Words on the video (#16): text blocks in the project, the lane's edits, how they are drawn and
where, and that they reach the export as pixels inside the safe box (never as filter text)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from app.campaigns.packs import get_campaign
from app.errors import UserError
from app.export.job import export
from app.project import texts as tx
from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.edit import Edit
from app.project.texts import TextBlock, Word
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP
from app.render.plan import plan
from app.render.presets import get_preset
from app.render.texts import (
    at_second,
    block_origin,
    highlighted_word,
    karaoke_patches,
    layout,
    render_block,
    sheets,
    word_times,
)
from tests.mediacheck import frame

TRICKY = "Kata: \"ya\" 'tidak' \\ [a] {b} (c) 100% ; , = -> 😀👍🇮🇩"
LONG_ID = ("Anak-anak Sekolah Dasar Negeri 3 Merauke merayakan Hari Anak Nasional dengan menyanyikan lagu "
           "bersama-sama, menari, dan bermain permainan tradisional di halaman sekolah")


def block(text: str = "Halo semua teman", start: float = 1.0, end: float = 3.0, **kw) -> TextBlock:
    return TextBlock(text, start, end, **kw)


# --- the project file -------------------------------------------------------------------------------

def test_texts_save_and_load_as_schema_3(tmp_path):
    edit = Edit(source=str(tmp_path / "clip.mp4"))
    edit.texts = [block(TRICKY, end=10.0, kind=TextKind.CAPTION, style=TextStyle.KARAOKE,
                        words=tuple(Word(w, 1 + i * 0.2, 1.2 + i * 0.2) for i, w in enumerate(TRICKY.split()))),
                  block("Kelas 5", 0, 10, kind=TextKind.TITLE, place=TextPlace.TOP, y=0.1)]
    edit.soft_captions = True
    path = tmp_path / "p.anakgenius"
    edit.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == 3  # (SCHEMA_VERSION is 4 since #17)
    again = Edit.load(path)
    assert again.texts == edit.texts and again.soft_captions


def test_an_edit_without_words_stays_readable_by_older_versions(tmp_path):
    edit = Edit(source=str(tmp_path / "clip.mp4"))
    assert edit.to_dict()["schema"] == 1 and "texts" not in edit.to_dict()


@pytest.mark.parametrize("schema", [1, 2])
def test_older_projects_open_without_words(schema, tmp_path):
    data = {"schema": schema, "source": "clip.mp4"}
    if schema == 2:
        data |= {"shots": [], "transition": {"kind": "cut", "seconds": 0.5}}
    edit = Edit.from_dict(data, base=tmp_path)
    assert edit.texts == [] and not edit.soft_captions


@pytest.mark.parametrize("item", [
    {"text": "ok", "start": 2, "end": 1},
    {"text": "  ", "start": 0, "end": 1},
    {"text": "ok", "start": "0", "end": 1},
    {"text": "ok", "start": 0, "end": 1, "style": "sparkle"},
    {"text": "ok", "start": 0, "end": 1, "y": 2},
    {"text": "ok", "start": 0, "end": 1, "words": [["ok", 0.5, 0.2]]},
    "not a block",
])
def test_damaged_text_blocks_are_named(item):
    with pytest.raises(UserError) as info:
        Edit.from_dict({"schema": 3, "texts": [item]})
    assert "text block 1" in str(info.value)


# --- the lane's edits and their inverses -------------------------------------------------------------

def _round_trip(blocks, change):
    after = tx.apply(blocks, change)
    assert tx.apply(after, tx.invert(change)) == blocks
    return after


def test_every_edit_is_undone_exactly():
    words = tuple(Word(w, 1 + i * 0.5, 1.4 + i * 0.5) for i, w in enumerate("satu dua tiga empat".split()))
    blocks = [block("satu dua tiga empat", 1.0, 3.0, words=words), block("lima enam", 4.0, 5.5)]
    moved = _round_trip(blocks, tx.move(blocks, 0, 0.25))
    assert (moved[0].start, moved[0].end, moved[0].words[0].start) == (1.25, 3.25, 1.25)
    assert tx.apply(blocks, tx.move(blocks, 0, -9))[0].start == 0  # not before the video's start
    assert tx.apply(blocks, tx.move(blocks, 1, 9, duration=6))[1].end == 6
    stretched = _round_trip(blocks, tx.stretch(blocks, 1, start=3.5, end=6.0))
    assert (stretched[1].start, stretched[1].end) == (3.5, 6.0)
    assert tx.apply(blocks, tx.stretch(blocks, 1, end=0))[1].seconds == pytest.approx(tx.MIN_TEXT_SECONDS)
    split = _round_trip(blocks, tx.split(blocks, 0, 2.0))
    assert [b.text for b in split[:2]] == ["satu dua", "tiga empat"]
    assert (split[0].end, split[1].start) == (2.0, 2.0)
    assert tx.apply(split, tx.merge(split, 0)) == blocks  # merging the halves gives the block back
    merged = _round_trip(blocks, tx.merge(blocks, 0))
    assert merged[0].text == "satu dua tiga empat lima enam" and merged[0].end == 5.5
    edited = _round_trip(blocks, tx.edit_text(blocks, 0, "satu dua tiga lima"))
    assert edited[0].words[3] == Word("lima", words[3].start, words[3].end)  # a fixed word keeps its time
    assert tx.apply(blocks, tx.edit_text(blocks, 0, "dua kata"))[0].words == ()
    _round_trip(blocks, tx.add(blocks, block("baru", 3.2, 3.8)))
    assert [b.text for b in tx.apply(blocks, tx.add(blocks, block("baru", 3.2, 3.8)))][1] == "baru"
    _round_trip(blocks, tx.remove(blocks, 1))
    _round_trip(blocks, tx.restyle(blocks, 0, style=TextStyle.OUTLINE, place=TextPlace.TOP))


def test_split_without_word_timings_cuts_at_a_word_boundary():
    blocks = [block("Selamat pagi anak-anak Indonesia", 0.0, 4.0)]
    first, second = tx.apply(blocks, tx.split(blocks, 0, 1.0))
    assert f"{first.text} {second.text}" == blocks[0].text and first.text and second.text


def test_bad_edits_say_why():
    blocks = [block("a", 0.0, 0.4)]
    with pytest.raises(UserError):
        tx.split(blocks, 0, 0.2)
    with pytest.raises(UserError):
        tx.merge(blocks, 0)
    with pytest.raises(UserError):
        tx.edit_text(blocks, 0, "   ")


# --- drawing and placing ----------------------------------------------------------------------------

def _rect(b: TextBlock, campaign) -> tuple[int, int, int, int]:
    image = render_block(b, campaign)
    x, y = block_origin(b, image.width, image.height)
    return x, y, image.width, image.height


def _inside_safe_box(rect) -> bool:
    x, y, w, h = rect
    return SAFE_LEFT <= x and x + w <= SAFE_RIGHT and SAFE_TOP <= y and y + h <= SAFE_BOTTOM


@pytest.mark.parametrize("kind", list(TextKind))
@pytest.mark.parametrize("style", list(TextStyle))
@pytest.mark.parametrize("place", list(TextPlace))
def test_long_indonesian_text_wraps_inside_the_safe_box(kind, style, place):
    campaign = get_campaign()
    for text in (LONG_ID, LONG_ID[:80], "Supercalifragilisticexpialidociousbanget" * 3, TRICKY, "Ok"):
        b = block(text, kind=kind, style=style, place=place)
        assert _inside_safe_box(_rect(b, campaign)), (text, kind, style, place)
    for y in (0.0, 0.5, 1.0):
        assert _inside_safe_box(_rect(block(LONG_ID, kind=kind, y=y), campaign))


def test_a_caption_is_at_most_two_lines_of_42_characters():
    lay = layout(block("Hari ini kita merayakan Hari Anak Nasional bersama teman-teman", kind=TextKind.CAPTION),
                 get_campaign())
    assert len(lay.lines) <= 2 and all(len(" ".join(line)) <= 42 for line in lay.lines)
    assert " ".join(" ".join(line) for line in lay.lines).split() == \
        "Hari ini kita merayakan Hari Anak Nasional bersama teman-teman".split()  # cut at word boundaries only


def test_a_too_long_line_shrinks_before_it_wraps():
    campaign = get_campaign()
    short = layout(block("Terima kasih", kind=TextKind.LINE), campaign)
    long = layout(block("Terima kasih kepada semua guru dan orang tua murid", kind=TextKind.LINE), campaign)
    assert len(short.lines) == 1 and long.size <= short.size


def test_emoji_are_drawn_in_colour():
    image = np.asarray(render_block(block("😀", style=TextStyle.OUTLINE), get_campaign()).convert("RGBA")).astype(int)
    opaque = image[image[..., 3] > 200][:, :3]
    yellow = (opaque[:, 0] > 180) & (opaque[:, 1] > 140) & (opaque[:, 2] < 100)
    assert yellow.sum() > 50  # the face is yellow, not an outline glyph or a box


def test_karaoke_lights_the_word_being_spoken():
    words = (Word("satu", 1.0, 1.4), Word("dua", 1.6, 2.0), Word("tiga", 2.2, 2.9))
    b = block("satu dua tiga", 1.0, 3.0, style=TextStyle.KARAOKE, words=words)
    assert [highlighted_word(b, t) for t in (0.5, 1.1, 1.5, 1.7, 2.5, 3.0)] == [None, 0, 0, 1, 2, None]
    assert tx.showing([b], 1.0) == [b] and tx.showing([b], 3.0) == []  # what the preview draws at a second
    even = block("satu dua tiga", 1.0, 3.0, style=TextStyle.KARAOKE)  # no timings: shared by length
    times = word_times(even)
    assert times[0][0] == 1.0 and times[-1][1] == 3.0 and len(times) == 3
    assert render_block(b, get_campaign(), highlight=1).tobytes() != render_block(b, get_campaign()).tobytes()
    (image, x, y), = at_second([b], get_campaign(), 1.7)  # the preview: the same picture, word 2 lit
    assert image.tobytes() == render_block(b, get_campaign(), highlight=1).tobytes()
    assert (x, y) == block_origin(b, image.width, image.height)
    assert at_second([b], get_campaign(), 1.7, soft_captions=True) == []  # a subtitle track, not pixels


def test_captions_step_off_the_watermark():
    b = block("Halo semua", kind=TextKind.CAPTION, place=TextPlace.BOTTOM)
    image = render_block(b, get_campaign())
    mark = (SAFE_RIGHT - 400, SAFE_BOTTOM - 100, 400, 100)
    x, y = block_origin(b, image.width, image.height, mark)
    assert y + image.height <= mark[1]


def test_many_blocks_share_few_inputs():
    blocks = [block(f"teks {i}", i, i + 1, style=TextStyle.KARAOKE if i % 2 else TextStyle.BOX) for i in range(30)]
    made = sheets(blocks, get_campaign(), 31)
    assert len(made) <= 3 and all(s.image.height <= 8192 for s in made)
    pieces = [p for s in made for p in s.pieces]
    # a box block is one piece; a karaoke block ("teks 1": two words) its plain picture over its whole
    # time and one stepping piece over it: the lit word's patch, each in turn at its own place
    assert len(pieces) == 15 + 15 * 2
    plain, lit = pieces[1:3]
    assert (plain.start, plain.end) == (1, 2) and (lit.start, lit.end) == (1, 2) and not plain.steps
    assert [s.start for s in lit.steps] == [1, pytest.approx(1 + 5 / 7, abs=1e-3)]
    first, second = lit.steps
    assert first.x < second.x and first.y == second.y and first.cell != second.cell
    assert lit.cell[0] * lit.cell[1] < plain.crop[2] * plain.crop[3] * 0.7
    assert all(v % 2 == 0 for v in (*lit.cell, *first.cell, *second.cell, first.x - plain.x, second.x - plain.x))


def test_karaoke_patches_make_exactly_the_lit_picture():
    b = block("Selamat pagi anak-anak Indonesia 😀 semua", 0, 3, style=TextStyle.KARAOKE)
    plain, patches, whole = karaoke_patches(b, get_campaign())
    assert not whole and len(patches) == 6
    for n, (patch, x, y) in enumerate(patches):
        ground = Image.new("RGBA", plain.size, (30, 200, 90, 255))
        expected = ground.copy()
        expected.alpha_composite(render_block(b, get_campaign(), highlight=n))
        ground.alpha_composite(plain)
        ground.alpha_composite(patch, (x, y))
        assert ground.tobytes() == expected.tobytes()


def test_user_text_never_enters_the_command(tmp_path, clip):
    from app.media.probe import probe

    edit = Edit(source=str(clip))
    edit.texts = [block(TRICKY, 0.0, 2.0, style=style) for style in TextStyle]
    edit.texts.append(block("[v0]overlay=0:0;drawtext=text='x'", 0.0, 2.0))
    argv = plan(edit, probe(clip), get_campaign(), get_preset("draft"), tmp_path / "o.mp4", tmp_path, 0, 2).argv
    joined = " ".join(argv)
    for word in ("Kata", "tidak", "drawtext", "😀", "100%"):
        assert word not in joined
    assert str(tmp_path / "texts-0.png") in argv


# --- the export -------------------------------------------------------------------------------------

def _changed(a: np.ndarray, b: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(np.abs(a - b).max(axis=2) > 40)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


@pytest.mark.slow
def test_a_caption_full_of_syntax_exports_inside_the_safe_box(make_clip, tmp_path):
    clip = make_clip(seconds=2.0, source="color=c=0x306090")
    plain = Edit(source=str(clip), preset="draft")
    plain.audio.normalize = False
    plain.watermark.enabled = False
    worded = Edit(source=str(clip), preset="draft")
    worded.audio.normalize = False
    worded.watermark.enabled = False
    worded.texts = [block(TRICKY, 0.0, 1.0, kind=TextKind.CAPTION, style=TextStyle.BOX),
                    block(LONG_ID, 1.0, 2.0, kind=TextKind.CAPTION, style=TextStyle.OUTLINE),
                    block("Kelas 5 SDN 3 Merauke 🎉", 0.0, 2.0, kind=TextKind.TITLE, place=TextPlace.TOP)]
    a, b = export(plain, tmp_path / "plain.mp4"), export(worded, tmp_path / "words.mp4")
    for t in (0.5, 1.5):
        x0, y0, x1, y1 = _changed(frame(a, t), frame(b, t))
        assert SAFE_LEFT <= x0 and x1 < SAFE_RIGHT and SAFE_TOP <= y0 and y1 < SAFE_BOTTOM, (t, x0, y0, x1, y1)
    first, second = frame(b, 0.5), frame(b, 1.5)
    box = np.array([int(get_campaign().colours.primary[i:i + 2], 16) for i in (1, 3, 5)])
    bottom = first[SAFE_BOTTOM - 150:SAFE_BOTTOM, SAFE_LEFT:SAFE_RIGHT].reshape(-1, 3)
    assert (np.abs(bottom - box).max(axis=1) < 40).sum() > 2000  # the campaign-colour box of the first caption
    later = second[SAFE_BOTTOM - 150:SAFE_BOTTOM, SAFE_LEFT:SAFE_RIGHT].reshape(-1, 3)
    assert (np.abs(later - box).max(axis=1) < 40).sum() < 200  # gone when its time is up
    assert (later.min(axis=1) > 230).sum() > 500  # the white outlined second caption


@pytest.mark.slow
def test_karaoke_lights_each_word_in_turn_in_the_export(make_clip, tmp_path):
    clip = make_clip(seconds=3.0, source="color=c=0x306090")
    edit = Edit(source=str(clip), preset="draft")
    edit.audio.normalize = False
    edit.watermark.enabled = False
    words = (Word("satu", 0.5, 1.0), Word("dua", 1.2, 1.6), Word("tiga", 1.8, 2.4))
    b = block("satu dua tiga", 0.5, 2.5, style=TextStyle.KARAOKE, words=words)
    edit.texts = [b]
    out = export(edit, tmp_path / "k.mp4")
    accent = np.array([int(get_campaign().colours.accent[i:i + 2], 16) for i in (1, 3, 5)])
    image = render_block(b, get_campaign())
    x, y = block_origin(b, image.width, image.height)

    def lit_columns(t: float) -> np.ndarray:
        region = frame(out, t)[y:y + image.height, x:x + image.width]
        return np.nonzero((np.abs(region - accent).max(axis=2) < 50).sum(axis=0) > 2)[0]

    assert lit_columns(0.3).size == 0 and lit_columns(2.8).size == 0  # before and after the block
    first, second, third = (lit_columns(t) for t in (0.7, 1.4, 2.1))
    assert first.size and second.size and third.size
    assert first.max() < second.min() and second.max() < third.min()  # word 1, then 2, then 3
