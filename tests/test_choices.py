"""Typed choices (app/project/choices.py) and core messages (app/messages.py), without Qt."""

from __future__ import annotations

import errno
import json

import pytest

from app.errors import UserError
from app.kinds import VIDEO_PATTERNS, VIDEO_SUFFIXES, is_video_name
from app.messages import M, Message, os_reason
from app.project.choices import DEFAULT_PRESET, CardMode, Layout, Position, PresetId, values
from app.project.edit import Edit
from app.render.presets import PRESETS, get_preset

PROJECT = {
    "schema": 1, "source": "", "trim": {"start": 1.0, "end": 9.5},
    "framing": {"layout": "fit", "focus": 0.5, "background": "#112233"},
    "watermark": {"enabled": True, "text": "", "position": "top-left", "x": None, "y": None, "scale": 1.0,
                  "opacity": 1.0},
    "audio": {"song_enabled": True, "song": "", "song_start": None, "song_volume": 1.0, "clip_volume": 1.0,
              "fade_in": 1.0, "fade_out": 1.5, "normalize": True},
    "preset": "whatsapp", "campaign": "anakgenius", "card": "end-card",
}


def test_a_project_file_loads_into_members_and_saves_exactly_as_it_was(tmp_path):
    edit = Edit.from_dict(PROJECT)
    assert edit.framing.layout is Layout.FIT and edit.watermark.position is Position.TOP_LEFT
    assert edit.preset is PresetId.WHATSAPP and edit.card is CardMode.END_CARD
    path = tmp_path / "kelas5.anakgenius"
    edit.save(path)
    assert json.loads(path.read_text(encoding="utf-8")) == PROJECT
    assert path.read_text(encoding="utf-8") == json.dumps(PROJECT, indent=2, ensure_ascii=False) + "\n"
    assert Edit.load(path) == edit


def test_the_defaults_are_the_members_of_before():
    edit = Edit()
    assert (edit.framing.layout, edit.watermark.position, edit.card, edit.preset) == (
        "blur", "bottom-right", "off", "tiktok")
    assert DEFAULT_PRESET in PRESETS and get_preset("tiktok").id is PresetId.TIKTOK
    assert list(PRESETS) == list(PresetId)


@pytest.mark.parametrize("field, data", [("framing.layout", {"framing": {"layout": "penuh"}}),
                                         ("watermark.position", {"watermark": {"position": "tengah"}}),
                                         ("card", {"card": "besar"}), ("preset", {"preset": "youtube"})])
def test_a_value_outside_a_choice_is_refused_naming_the_field(field, data):
    with pytest.raises(UserError) as error:
        Edit.from_dict({"schema": 1, **data})
    assert error.value.message.id is M.NOT_ONE_OF and str(error.value).startswith(f"{field} must be one of ")


def test_values_are_plain_strings_for_argparse():
    assert values(Layout) == ["blur", "fill", "fit", "follow"] and all(type(v) is str for v in values(CardMode))


def test_one_list_of_video_suffixes():
    assert VIDEO_SUFFIXES[0] == ".mp4" and ".m2ts" in VIDEO_SUFFIXES and ".mpeg" in VIDEO_SUFFIXES
    assert VIDEO_PATTERNS.split() == [f"*{s}" for s in VIDEO_SUFFIXES]
    assert is_video_name("Liburan.MOV") and not is_video_name("lagu.m4a")


def test_os_reasons_have_their_own_ids_and_others_stay_as_they_are():
    assert os_reason(PermissionError(errno.EACCES, "Access is denied")).id is M.OS_DENIED
    assert str(os_reason(OSError(errno.ENOSPC, "No space left on device"))) == "No space left on device"
    odd = os_reason(OSError(errno.EIO, "Input/output error"))
    assert odd.id is M.AS_IS and str(odd) == "Input/output error"


def test_nested_messages_render_with_one_translation_for_all():
    message = Message(M.CAMPAIGN_BROKEN, id="x", reason=Message(M.NOT_TEXT, field="hashtag",
                                                                  kind=Message(M.KIND_NUMBER)))
    assert message.render(lambda template: f"«{template}»") == (
        "«the campaign 'x' is broken: «hashtag must be text, not «a number»»»")
