"""Settings and Preferences: each choice stored once; an old settings.json still loads and hands
its platform and export folder over to the preferences."""

from __future__ import annotations

import json
from dataclasses import fields

from app.project.preferences import Preferences, preferences_path
from app.project.settings import Settings, settings_path


def test_no_value_lives_in_both_stores():
    assert {f.name for f in fields(Settings)} & {f.name for f in fields(Preferences)} == set()
    assert not {"preset", "last_export_folder", "export_folder"} & {f.name for f in fields(Settings)}


def test_an_old_settings_file_with_a_preset_still_loads_and_is_taken_over(tmp_path):
    folder = tmp_path / "Videoku"
    folder.mkdir()
    settings_path().write_text(json.dumps({"preset": "reels", "last_export_folder": str(folder),
                                           "recent_clips": ["/x/a.mp4"], "show_guides": False}), encoding="utf-8")
    settings = Settings.load()
    assert settings.recent_clips == ["/x/a.mp4"] and settings.show_guides is False
    prefs = Preferences.load()
    assert prefs.preset == "reels" and prefs.export_folder == str(folder) and prefs.note == ""
    assert json.loads(preferences_path().read_text(encoding="utf-8"))["preset"] == "reels"  # kept at once
    settings.save()
    assert "preset" not in json.loads(settings_path().read_text(encoding="utf-8"))
    assert Preferences.load().preset == "reels"


def test_saved_preferences_win_over_an_old_settings_file():
    Preferences(preset="shorts").save()
    settings_path().write_text(json.dumps({"preset": "reels"}), encoding="utf-8")
    assert Preferences.load().preset == "shorts"
