"""The core's error sentences reach an Indonesian window in Indonesian."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.edit import Edit, Trim
from app.errors import UserError
from app.export import check_output, check_trim
from app.presets import get_preset
from app.probe import probe
from ui.core_messages import in_indonesian

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
    from ui.i18n import set_language

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
    from ui.i18n import set_language
    from ui.timeline_view import TimelineView

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
    from ui.i18n import set_language

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
    from ui.i18n import set_language

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
