"""Campaign packs in the window: import (good and bad zip), chooser, switching, official song, card."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

from app.campaigns.packs import active_campaign_id, user_folder
from tests.conftest import ARTIFACTS
from tests.packtools import make_pack, zip_folder

LEFT = Qt.MouseButton.LeftButton


def test_import_a_good_campaign_zip_switches_the_header_edit_and_limit(open_clip, clip, qtbot, tmp_path, test_song):
    window = open_clip(clip)
    assert window.campaign_chip.hashtag.text() == "#AnakGENIUS"
    assert "2018" in window.campaign_chip.info.text() and "60 s" in window.campaign_chip.info.text()
    archive = zip_folder(make_pack(tmp_path / "pack", test_song), tmp_path / "sekolah-hijau.zip")
    window.campaigns.ask_pack_path = lambda: str(archive)  # the file dialog, answered
    window.campaigns.import_action.trigger()
    assert window.campaign_chip.hashtag.text() == "#SekolahHijau"
    assert "2019" in window.campaign_chip.info.text() and "30 s" in window.campaign_chip.info.text()
    assert window.doc.edit.campaign == "sekolah-hijau" and window.doc.limit_seconds() == 30
    assert window.panel.wm_text.placeholderText() == "#SekolahHijau"
    assert "“Hijau”" in window.panel.song_enabled.text()
    assert window.banner.isVisible() and "#SekolahHijau" in window.banner.text.text()
    assert active_campaign_id() == "sekolah-hijau"
    window.resize(1366, 768)
    qtbot.wait(50)
    ARTIFACTS.mkdir(exist_ok=True)
    assert window.grab().save(str(ARTIFACTS / "campaign-imported.png"))


def test_a_bad_zip_shows_the_pack_error_sentence(window, qtbot, tmp_path):
    bad = tmp_path / "evil.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("../escape.txt", "nope")
        zf.writestr("campaign.toml", "id = 'evil'")
    window.campaigns.ask_pack_path = lambda: str(bad)
    window.campaigns.import_action.trigger()
    text = window.banner.text.text()
    assert window.banner.isVisible() and text.startswith("This campaign can’t be imported:")
    assert "escape" in text or "outside" in text or "folder" in text
    assert window.campaign_chip.hashtag.text() == "#AnakGENIUS" and window.doc.edit.campaign == "anakgenius"
    assert not (user_folder() / "evil").exists()


def test_chooser_greys_broken_packs_with_their_reason(window, qtbot, tmp_path, test_song):
    from app.campaigns.packs import list_packs
    from ui.dialogs.campaigns import CampaignChooser

    make_pack(user_folder() / "sekolah-hijau", test_song)
    broken = user_folder() / "rusak"
    broken.mkdir()
    (broken / "campaign.toml").write_text("this is = = not toml", encoding="utf-8")
    chooser = CampaignChooser(list_packs(), "anakgenius", window)
    qtbot.addWidget(chooser)
    items = [chooser.list.item(i) for i in range(chooser.list.count())]
    texts = {item.data(Qt.ItemDataRole.UserRole): item for item in items}
    assert set(texts) == {"anakgenius", "sekolah-hijau", "rusak"}
    assert not texts["rusak"].flags() & Qt.ItemFlag.ItemIsEnabled and "can’t be used" in texts["rusak"].text()
    assert texts["sekolah-hijau"].flags() & Qt.ItemFlag.ItemIsEnabled
    assert chooser.chosen == "anakgenius"
    chooser.list.setCurrentItem(texts["sekolah-hijau"])
    assert chooser.chosen == "sekolah-hijau"
    window.campaigns.switch_to_id(chooser.chosen)
    assert window.campaign.id == "sekolah-hijau" and window.campaign_chip.hashtag.text() == "#SekolahHijau"


def test_official_song_then_back_to_the_bundled_one(window, qtbot, test_song):
    window.campaigns.ask_song_path = lambda: str(test_song)
    window.campaigns.official_action.trigger()
    assert window.campaign.song.official and window.doc.campaign.song.official
    window.campaigns.refresh()
    assert window.campaigns.bundled_action.isEnabled()
    window.campaigns.bundled_action.trigger()
    assert not window.campaign.song.official and not window.doc.campaign.song.official
    from app.campaigns.packs import official_song

    qtbot.waitUntil(lambda: official_song("anakgenius") is None, timeout=3000)


def test_card_option_in_the_side_panel(open_clip, clip, qtbot):
    from ui.editor.card_option import CardOption

    window = open_clip(clip)
    option = window.panel.findChild(CardOption)
    assert "Anak GENIUS" in option.title.text() and option.buttons["off"].isChecked()
    qtbot.mouseClick(option.buttons["end-card"], LEFT)
    assert window.doc.edit.card == "end-card"
    qtbot.mouseClick(option.buttons["lower-third"], LEFT)
    assert window.doc.edit.card == "lower-third"
    window.doc.undo_stack.undo()
    assert window.doc.edit.card == "end-card" and option.buttons["end-card"].isChecked()
