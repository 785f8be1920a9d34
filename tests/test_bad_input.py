"""Everything a child might feed the app: each gets a clear sentence, never a traceback or a hang."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.main import main
from app.errors import UserError
from app.export.job import export
from app.media.probe import probe
from app.project.edit import Edit
from app.project.timecode import parse_time
from tests.conftest import ffmpeg


def one_line_exit_2(args: list[str], capsys) -> str:
    code = main(args)
    err = capsys.readouterr().err.strip()
    assert code == 2 and "\n" not in err and "Traceback" not in err, err
    return err


@pytest.mark.slow
def test_hevc_10_bit_iphone_style_clip_exports(make_clip, tmp_path):
    src = make_clip(size="640x360", seconds=2, args=("-c:v", "libx265", "-pix_fmt", "yuv420p10le",
                                                     "-tag:v", "hvc1", "-x265-params", "log-level=error"))
    info = probe(src)
    assert info.video_codec == "hevc" and "10" in info.pixel_format
    out = probe(export(Edit(source=str(src), preset="draft"), tmp_path / "o.mp4"))
    assert (out.video_codec, out.pixel_format, out.height) == ("h264", "yuv420p", 1920)


def test_a_very_short_clip_is_refused_with_a_reason(make_clip, tmp_path, capsys):
    short = make_clip(seconds=0.3)
    assert "at least 1 s" in one_line_exit_2(["export", str(short), "-o", str(tmp_path / "o.mp4")], capsys)


@pytest.mark.slow
def test_three_hour_clip_probes_fast_and_its_trim_exports(make_clip, tmp_path):
    ten = make_clip(size="160x90", seconds=10, fps=10)
    long_clip = tmp_path / "lesson recording.mp4"
    ffmpeg("-stream_loop", "1079", "-i", str(ten), "-c", "copy", str(long_clip))
    info = probe(long_clip)
    assert info.duration == pytest.approx(3 * 3600, rel=0.01)
    edit = Edit(source=str(long_clip), preset="draft")
    edit.trim.start, edit.trim.end = 2 * 3600 + 5, 2 * 3600 + 7
    assert probe(export(edit, tmp_path / "o.mp4")).duration == pytest.approx(2, abs=0.05)


@pytest.mark.slow
def test_8k_clip_probes_and_exports(make_clip, tmp_path):
    big = make_clip(size="7680x4320", seconds=1.2, fps=5, tone=None)
    info = probe(big)
    assert (info.width, info.height) == (7680, 4320)
    assert probe(export(Edit(source=str(big), preset="draft"), tmp_path / "o.mp4")).width == 1080


@pytest.mark.slow
def test_read_only_clip_folder_exports_elsewhere(make_clip, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    src = folder / "clip.mp4"
    src.write_bytes(make_clip(seconds=1.5).read_bytes())
    folder.chmod(0o555)
    try:
        assert probe(export(Edit(source=str(src), preset="draft"), tmp_path / "o.mp4")).height == 1920
    finally:
        folder.chmod(0o755)


def test_broken_and_silent_songs(make_clip, tmp_path, capsys):
    clip = make_clip(seconds=1.5)
    broken = tmp_path / "lagu.mp3"
    broken.write_bytes(b"ID3" + bytes(random.Random(1).randrange(256) for _ in range(3000)))
    line = one_line_exit_2(["export", str(clip), "-o", str(tmp_path / "o.mp4"), "--song", str(broken)], capsys)
    assert "lagu.mp3" in line
    silent = tmp_path / "sunyi.m4a"
    ffmpeg("-f", "lavfi", "-i", "anullsrc=d=3", "-c:a", "aac", str(silent))
    edit = Edit(source=str(clip), preset="draft")
    edit.audio.song = str(silent)
    assert probe(export(edit, tmp_path / "o.mp4")).has_audio


def test_project_pointing_at_a_missing_clip(tmp_path, capsys):
    project = tmp_path / "p.json"
    Edit(source=str(tmp_path / "gone.mp4")).save(project)
    line = one_line_exit_2(["export", str(tmp_path / "gone.mp4"), "--project", str(project), "-o",
                            str(tmp_path / "o.mp4")], capsys)
    assert "does not exist" in line


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_time_parser_only_returns_seconds_or_a_clear_error(text):
    try:
        value = parse_time(text)
    except UserError as exc:
        assert str(exc)
    else:
        assert value >= 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["schema", "source", "trim", "framing", "watermark", "audio", "preset",
                                        "campaign", "card"]) | st.text(max_size=8), json_values, max_size=9))
@pytest.mark.slow
def test_project_loader_only_returns_an_edit_or_a_clear_error(data):
    try:
        edit = Edit.from_dict(data)
    except UserError as exc:
        assert str(exc)
    else:
        edit.validate()


@pytest.mark.slow
def test_probe_on_randomly_corrupted_clips(make_clip, tmp_path):
    original = make_clip(seconds=1).read_bytes()
    rng = random.Random(7)
    for i in range(40):
        data = bytearray(original)
        for _ in range(rng.randrange(1, 60)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if i % 3 == 0:
            data = data[: rng.randrange(1, len(data))]
        path = tmp_path / f"c{i}.mp4"
        path.write_bytes(bytes(data))
        try:
            info = probe(path)
        except UserError as exc:
            assert str(exc)
        else:
            assert info.duration >= 0
