"""The packaged app's Words card without the speech add-on (#16): it points to the add-on zip from a USB
stick, offers "Install speech add-on from file…", and the chosen zip is installed."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from app.speech import addon
from tests.test_speech_addon import _make_addon, _zip


def test_the_packaged_app_without_the_add_on_points_to_its_zip_and_installs_it(open_clip, clip, window, monkeypatch,
                                                                                tmp_path):
    open_clip(clip)
    card = window.panel.words_card
    monkeypatch.setattr("app.speech.model.packaged", lambda: True)
    monkeypatch.setattr("app.speech.model.available", lambda *a: False)
    monkeypatch.setattr("app.speech.model.recogniser_installed", lambda: False)
    card.speech.recognise = None
    card.make_captions_from_speech()
    assert ".zip" in card.note_label.text() and "USB" in card.note_label.text()
    assert card.install_button.isVisible()
    stick = _zip(_make_addon(tmp_path / "anakgenius-speech-x"), tmp_path / "anakgenius-speech-x.zip")
    card.ask_install_source = lambda: str(stick)
    card.install_speech_addon()
    for _ in range(500):
        QCoreApplication.processEvents()
        if card.install_task is None:
            break
        threading.Event().wait(0.02)
    assert (addon.installed_folder() / addon.MANIFEST).is_file()
    assert "installed" in card.note_label.text()
