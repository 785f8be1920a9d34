"""The "Chip video laptop: Otomatis / Mati" preference, from the dialog to the export job (#19)."""

from __future__ import annotations

import json

from app.export import encoders
from app.messages import M, Message
from app.project.preferences import Preferences, preferences_path
from app.render.encoders import SOFTWARE
from tests.test_encoders import CHIP, edit_for, fake, small_clip  # noqa: F401 - fixtures

__all__ = ["fake", "small_clip"]


def test_the_preference_defaults_to_automatic_and_refuses_nonsense():
    assert Preferences().video_chip == "auto" and Preferences().encoder == "auto"
    path = preferences_path()
    path.write_text(json.dumps({"version": 1, "video_chip": "turbo"}))
    prefs = Preferences.load()
    assert prefs.video_chip == "auto" and prefs.note == "damaged"
    path.write_text(json.dumps({"version": 1, "video_chip": "off"}))
    assert Preferences.load().encoder == SOFTWARE


def test_the_dialog_has_the_choice(qtbot):
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Preferences(video_chip="off"), lambda p: None)
    qtbot.addWidget(dialog)
    assert dialog.video_chip.currentData() == "off"
    assert [dialog.video_chip.itemData(i) for i in range(dialog.video_chip.count())] == ["auto", "off"]
    dialog.video_chip.setCurrentIndex(0)
    assert dialog.chosen().video_chip == "auto"


def run_job(job):
    results, failures = [], []
    job.signals.done.connect(results.append)
    job.signals.failed.connect(lambda message, details: failures.append((message, details)))
    job.run()  # on this thread: what the export queue's worker thread does
    assert not failures, failures
    return results[0]


def test_the_gui_export_detects_on_its_own_thread_then_falls_back_with_one_sentence(fake, small_clip, tmp_path):  # noqa: F811
    from ui.session.export_queue import export_job

    fake("ok")
    assert encoders.cached() == {}  # nothing known yet: the first export's job tries the chips
    fake("absent")
    result = run_job(export_job(edit_for(small_clip), str(tmp_path / "v.mp4")))
    assert result.notice is None  # the chip was found absent before the export: nothing to say
    assert encoders.cached()[CHIP].status == encoders.NOT_PRESENT
    fake("ok")
    encoders.forget()
    encoders.detect()  # the chip works now (a driver installed), and the others are known absent
    assert encoders.best() == CHIP
    fake("dies")
    fake.clear()
    result = run_job(export_job(edit_for(small_clip), str(tmp_path / "w.mp4")))
    assert fake.codecs() == [CHIP, SOFTWARE]
    assert result.notice == Message(M.ENC_FELL_BACK, chip="NVIDIA NVENC")


def test_turned_off_never_tries_the_chip(fake, small_clip, tmp_path):  # noqa: F811
    from ui.session.export_queue import export_job

    Preferences(video_chip="off").save()
    fake("ok")
    fake.clear()
    run_job(export_job(edit_for(small_clip), str(tmp_path / "v.mp4")))
    assert fake.codecs() == [SOFTWARE]
    assert encoders.cached() == {}
