"""The Words card (#16): a title, captions typed, heard or imported, subtitles out, in the real window.

"Buat teks dari suara" is tested with an injected recogniser (progress, cancel, no speech: fast and
sure) and, where the speech add-on is installed, with the real one on espeak-ng speech.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.errors import Cancelled, UserError
from app.messages import M
from app.project import srt
from app.project.choices import TextKind, TextPlace, TextStyle
from app.project.texts import TextBlock, Word
from app.render.layout import SAFE_BOTTOM, SAFE_LEFT, SAFE_RIGHT, SAFE_TOP
from tests.conftest import ARTIFACTS
from tests.mediacheck import frame
from tests.ui.test_language import english_left

SAID = "selamat pagi teman teman kita belajar bersama hari ini"


def fake_words(text: str = SAID, start: float = 0.2, step: float = 0.25) -> list[Word]:
    return [Word(w, round(start + n * step, 3), round(start + n * step + step * 0.8, 3))
            for n, w in enumerate(text.split())]


class FakeRecogniser:
    """Stands in for app.speech.transcribe.transcribe: reports progress, waits while told to, can be cancelled."""

    def __init__(self, words: list[Word] | None = None, error: M | None = None) -> None:
        self.words = fake_words() if words is None else words
        self.error = error
        self.gate = threading.Event()
        self.gate.set()
        self.calls: list[tuple] = []

    def __call__(self, path, language, on_progress, should_cancel, start, end, has_audio):  # noqa: ANN001
        self.calls.append((Path(path).name, language, start, end, has_audio))
        if not has_audio:
            raise UserError(M.NO_SOUND_TO_HEAR, file=Path(path).name)
        for n in range(4):
            while not self.gate.wait(0.02):
                if should_cancel and should_cancel():
                    raise Cancelled()
            if should_cancel and should_cancel():
                raise Cancelled()
            if on_progress:
                on_progress((n + 1) / 4)
        if self.error is not None:
            raise UserError(self.error, file=Path(path).name)
        return list(self.words)


@pytest.fixture
def in_indonesian(qapp):
    from PySide6.QtCore import QCoreApplication

    from ui.i18n.language import set_language

    assert set_language("id") == "id"
    QCoreApplication.processEvents()
    yield "id"
    set_language("en")
    QCoreApplication.processEvents()


@pytest.fixture
def card(window):
    return window.panel.words_card


def use(card, recogniser) -> None:
    card.speech.recognise = recogniser


def test_a_title_typed_is_one_block_at_the_top_and_one_undo_step(open_clip, clip, card, qtbot):
    window = open_clip(clip)
    qtbot.keyClicks(card.title_edit, "Kelas 5 SDN 3 Merauke")
    (title,) = window.doc.edit.texts
    assert (title.text, title.kind, title.place, title.start) == ("Kelas 5 SDN 3 Merauke", TextKind.TITLE,
                                                                  TextPlace.TOP, 0.0)
    assert title.end == pytest.approx(min(4.0, window.doc.result_seconds()))
    card.title_edit.editingFinished.emit()
    window.doc.undo_stack.undo()  # the whole typing run at once
    assert window.doc.edit.texts == []
    assert card.title_edit.text() == ""


def test_a_caption_added_at_the_playhead_is_edited_live_as_one_undo_step(open_clip, clip, card, qtbot):
    window = open_clip(clip)
    card.playhead = lambda: 1.0
    card.add_caption()
    (block,) = window.doc.edit.texts
    assert (block.kind, block.start) == (TextKind.CAPTION, 1.0)
    assert window.doc.text == 0 and card.block_box.isVisible()
    steps = window.doc.undo_stack.count()
    card.text_edit.clear()
    qtbot.keyClicks(card.text_edit, "Halo teman-teman")
    assert window.doc.edit.texts[0].text == "Halo teman-teman"
    assert window.doc.undo_stack.count() == steps + 1  # one merged step for the typing
    card.set_style(TextStyle.OUTLINE)
    card.set_place(TextPlace.TOP)
    assert (window.doc.edit.texts[0].style, window.doc.edit.texts[0].place) == (TextStyle.OUTLINE, TextPlace.TOP)
    card.delete_selected()
    assert window.doc.edit.texts == []


def test_style_for_all_captions_at_once(open_clip, clip, card):
    window = open_clip(clip)
    window.doc.set_texts([TextBlock("satu", 0, 1), TextBlock("dua", 1, 2),
                          TextBlock("Judul", 0, 3, TextKind.TITLE, TextStyle.BOX, TextPlace.TOP)], "x")
    card.for_all.setChecked(True)
    card.set_style(TextStyle.KARAOKE)
    kinds = {b.text: b.style for b in window.doc.edit.texts}
    assert kinds == {"satu": TextStyle.KARAOKE, "dua": TextStyle.KARAOKE, "Judul": TextStyle.BOX}
    window.doc.undo_stack.undo()
    assert all(b.style == TextStyle.BOX for b in window.doc.edit.texts)


def test_captions_from_speech_are_one_undo_step_and_a_draft(open_clip, clip, card, qtbot):
    window = open_clip(clip)
    window.doc.set_texts([TextBlock("Judul", 0, 3, TextKind.TITLE, TextStyle.BOX, TextPlace.TOP),
                          TextBlock("kuno", 0, 1)], "x")
    fake = FakeRecogniser()
    use(card, fake)
    card.language.setCurrentIndex(card.language.findData("en"))
    seen: list[float] = []
    card.speech.progress.connect(seen.append)
    with qtbot.waitSignal(card.speech.finished, timeout=10000):
        card.make_captions_from_speech()
        assert card.speech_row.isVisible()
    assert fake.calls[0][1] == "en" and fake.calls[0][4] is True
    assert seen == sorted(seen) and seen[-1] == 1.0
    texts = window.doc.edit.texts
    assert [b.text for b in texts if b.kind == TextKind.TITLE] == ["Judul"]  # the title stays
    heard = " ".join(b.text for b in texts if b.kind == TextKind.CAPTION)
    assert heard == SAID and "kuno" not in heard
    assert window.doc.edit.texts[window.doc.text].kind == TextKind.CAPTION  # the first caption, to check
    assert "draf" in card.note_label.text().lower() or "draft" in card.note_label.text().lower()
    assert not card.speech_row.isVisible()
    window.doc.undo_stack.undo()
    assert [b.text for b in window.doc.edit.texts] == ["Judul", "kuno"]


def test_a_cancelled_transcription_leaves_the_captions_and_the_window_responsive(open_clip, clip, card, qtbot):
    window = open_clip(clip)
    window.doc.set_texts([TextBlock("kuno", 0, 1)], "x")
    fake = FakeRecogniser()
    fake.gate.clear()  # the recogniser "works" until cancelled
    use(card, fake)
    card.make_captions_from_speech()
    qtbot.waitUntil(lambda: bool(fake.calls), timeout=5000)
    qtbot.keyClicks(card.title_edit, "Judul")  # the window answers while it listens
    assert any(b.text == "Judul" for b in window.doc.edit.texts)
    with qtbot.waitSignal(card.speech.cancelled, timeout=5000):
        card.speech_cancel.click()
    assert [b.text for b in window.doc.edit.texts if b.kind == TextKind.CAPTION] == ["kuno"]
    assert card.speech_button.isEnabled() and not card.speech_row.isVisible()


@pytest.mark.parametrize("error", [M.NO_SPEECH_HEARD, M.NO_SOUND_TO_HEAR])
def test_no_speech_or_no_sound_is_a_sentence_and_no_blocks(open_clip, clip, card, qtbot, error):
    window = open_clip(clip)
    use(card, FakeRecogniser(error=error))
    with qtbot.waitSignal(card.speech.failed, timeout=10000):
        card.make_captions_from_speech()
    assert window.doc.edit.texts == []
    assert clip.name in card.note_label.text() and card.note_label.isVisible()


def test_without_the_add_on_the_action_says_how_to_install_it(open_clip, clip, card, monkeypatch, tmp_path):
    window = open_clip(clip)
    monkeypatch.setattr("app.speech.model.available", lambda *a: False)
    monkeypatch.setattr("app.speech.model.recogniser_installed", lambda: True)
    card.speech.recognise = None
    card.make_captions_from_speech()
    note = card.note_label.text()
    assert "anakgenius speech-model install" in note and "USB" in note
    assert card.install_button.isVisible() and window.doc.edit.texts == []
    assert card.install_action in window.menuBar().actions()[0].menu().actions()  # File ▸ Install…
    empty = tmp_path / "stick"
    empty.mkdir()
    card.ask_install_source = lambda: str(empty)
    card.install_speech_addon()
    from PySide6.QtCore import QCoreApplication

    for _ in range(200):
        QCoreApplication.processEvents()
        if card.install_task is None:
            break
        threading.Event().wait(0.02)
    assert "not installed" in card.note_label.text() or "belum" in card.note_label.text()


def test_a_story_hears_each_clip_at_its_place_on_the_video(make_clip):
    from app.media.probe import probe
    from app.project.story import Story, story_from_files
    from app.speech.hear import hear

    a, b = make_clip(seconds=2.0), make_clip(seconds=2.5, tone=None)
    c = make_clip(seconds=3.0, tone=550)

    edit = story_from_files([a, b, c])
    measured = story_from_files([a, b, c])
    for shot in measured.shots:
        shot.clip_seconds = probe(shot.source).duration
    fake = FakeRecogniser(words=fake_words("halo semua", 0.1, 0.3))
    seen: list[float] = []
    blocks = hear(edit, "id", seen.append, recognise=fake, media=probe)
    assert seen == sorted(seen) and seen[-1] == 1.0
    starts = Story(measured).starts()
    assert starts[2] > 4
    assert [call[0] for call in fake.calls] == [a.name, c.name]  # the clip without sound is skipped
    words = [w for blk in blocks for w in blk.words]
    assert [w.start for w in words] == pytest.approx([starts[0] + 0.1, starts[0] + 0.4, starts[2] + 0.1,
                                                      starts[2] + 0.4])


def test_import_srt_keeps_the_good_blocks_and_names_the_bad_lines(open_clip, clip, card, tmp_path):
    window = open_clip(clip)
    bad = tmp_path / "teks.srt"
    bad.write_text("1\n00:00:00,000 --> 00:00:01,000\nSatu\n\n2\n00:00:02,000 --> 00:00:01,000\nDua\n\n"
                   "3\n00:00:01,500 --> 00:00:02,500\nTiga\n\n4\nbukan waktu\nEmpat\n", encoding="utf-8")
    window.doc.set_texts([TextBlock("kuno", 0, 1)], "x")
    card.ask_srt = lambda: str(bad)
    steps = window.doc.undo_stack.count()
    card.import_srt()
    assert [b.text for b in window.doc.edit.texts] == ["Satu", "Tiga"]
    assert window.doc.undo_stack.count() == steps + 1
    note = card.note_label.text()
    assert "6, 14" in note and "teks.srt" in note and "2" in note
    window.doc.undo_stack.undo()
    assert [b.text for b in window.doc.edit.texts] == ["kuno"]


def test_soft_captions_and_srt_beside_follow_the_card(open_clip, clip, card):
    window = open_clip(clip)
    card.soft.setChecked(True)
    assert window.doc.edit.soft_captions
    card.srt_beside.setChecked(True)
    assert window.prefs.srt_beside


def test_no_english_in_the_indonesian_words_card(in_indonesian, open_clip, clip, card, qtbot):
    assert in_indonesian == "id"
    window = open_clip(clip)
    from app.project.preferences import Preferences

    window.preferences.save(Preferences(language="id"))
    qtbot.waitUntil(lambda: window.big_open.text() == "Buka klip…", timeout=3000)
    card.playhead = lambda: 0.5
    qtbot.keyClicks(card.title_edit, "Kelas 5 SDN 3 Merauke")
    card.add_caption()
    window.panel.show_card("words")
    assert card.title_edit.text() == "Kelas 5 SDN 3 Merauke"
    assert window.doc.edit.texts[window.doc.text].text == "Teks baru"
    card.note_label.setText(card.tr("%s subtitles were imported.") % 3)
    card.note_label.show()
    ignore = {window.campaign.hashtag, clip.name, "Kelas 5 SDN 3 Merauke", "anakgenius speech-model install FOLDER"}
    assert english_left(card, ignore) == []
    card._explain_install()
    assert english_left(card, ignore) == []


# --- done when: heard, fixed, exported in the chosen style inside the safe box, the .srt beside it ------

def _changed(a: np.ndarray, b: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 40)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def _export(window, qtbot, folder: Path, name: str) -> Path:
    dialog = window.export_dialog()
    window.prefs.export_folder = str(folder)
    dialog.open_for_editor()
    dialog.name_edit.setText(name)
    dialog.draft_button.setChecked(False)
    with qtbot.waitSignal(dialog.finished_ok, timeout=120000) as done:
        dialog.start()
    dialog.hide()
    return Path(done.args[0])


@pytest.mark.slow
def test_done_when_speech_becomes_captions_fixed_and_exported_with_the_srt(open_clip, make_clip, card, qtbot,
                                                                          tmp_path):
    clip = make_clip(seconds=3.0, source="color=c=0x306090", size="360x640")
    window = open_clip(clip)
    window.doc.set_loudness(False, "x")
    window.doc.set_watermark_shown(False, "x")
    window.doc.change("x", lambda e: setattr(e.framing, "layout", "fit"))
    plain = _export(window, qtbot, tmp_path, "polos")
    use(card, FakeRecogniser(words=fake_words("selamat pagi semua", 0.2, 0.5)))
    with qtbot.waitSignal(card.speech.finished, timeout=10000):
        card.make_captions_from_speech()
    i = window.doc.text
    assert window.doc.edit.texts[i].text == "selamat pagi semua"
    card.for_all.setChecked(True)
    card.set_style(TextStyle.BOX)  # the chosen style: on the campaign-colour box
    window.doc.select_text(i)
    card.text_edit.setFocus()
    card.text_edit.selectAll()
    qtbot.keyClicks(card.text_edit, "Selamat pagi SEMUA")  # the user fixes a word
    assert window.doc.edit.texts[i].text == "Selamat pagi SEMUA"
    card.srt_beside.setChecked(True)
    video = _export(window, qtbot, tmp_path, "teks")
    beside = srt.beside(video)
    assert beside.exists() and "Selamat pagi SEMUA" in beside.read_text(encoding="utf-8")
    (back,) = srt.read(beside).blocks
    block = window.doc.edit.texts[i]
    assert (back.start, back.text) == (block.start, block.text)
    t = (block.start + block.end) / 2
    a, b = frame(plain, t), frame(video, t)
    x0, y0, x1, y1 = _changed(a, b)
    scale = a.shape[1] / 1080
    assert SAFE_LEFT * scale - 2 <= x0 and x1 <= SAFE_RIGHT * scale + 2
    assert SAFE_TOP * scale - 2 <= y0 and y1 <= SAFE_BOTTOM * scale + 2
    box = b[y0:y1, x0:x1].reshape(-1, 3).astype(int)
    primary = window.campaign.colours.primary.lstrip("#")
    want = np.array([int(primary[k:k + 2], 16) for k in (0, 2, 4)])
    assert (np.abs(box - want).max(axis=1) < 60).mean() > 0.3  # the box in the campaign colour
    ARTIFACTS.mkdir(exist_ok=True)
    Image.fromarray(b.astype(np.uint8)).save(ARTIFACTS / "words-done-when.png")  # looked at: the fixed words on the box


# --- the real recogniser, where the add-on is installed -----------------------------------------------

def _have_model() -> bool:
    from tests.test_speech import _have_model as have

    return have()


@pytest.mark.slow
@pytest.mark.skipif(not _have_model(), reason="the speech model add-on is not installed")
def test_real_speech_becomes_draft_captions_in_the_window(open_clip, card, qtbot, tmp_path):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed")
    from app.ffmpeg import ffmpeg_exe
    from tests.test_speech import SENTENCE

    wav = tmp_path / "ucapan.wav"
    subprocess.run(["espeak-ng", "-v", "id", "-s", "140", "-w", str(wav), SENTENCE], check=True)
    video = tmp_path / "bicara.mp4"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=c=0x306090:s=320x180:r=30", "-i",
                    str(wav), "-shortest", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", str(video)],
                   check=True)
    window = open_clip(video)
    card.speech.recognise = None
    with qtbot.waitSignal(card.speech.finished, timeout=180000):
        card.make_captions_from_speech()
    captions = [b for b in window.doc.edit.texts if b.kind == TextKind.CAPTION]
    assert captions and all(b.words for b in captions)
    heard = " ".join(b.text for b in captions).lower()
    assert "selamat" in heard or "pagi" in heard
