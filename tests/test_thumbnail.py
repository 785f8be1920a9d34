"""The batch window's thumbnails (app/media/thumbnail.py): the ffmpeg command is built in the core."""

from __future__ import annotations

import dataclasses

import pytest

from app.errors import UserError
from app.media.probe import probe
from app.media.thumbnail import thumbnail, thumbnail_argv
from tests.conftest import ffmpeg


def test_thumbnail_argv_grabs_one_scaled_png_frame(clip):
    media = probe(clip)
    argv = thumbnail_argv(media, 108)
    assert argv[argv.index("-ss") + 1] == "1.000"  # a third of 3 s, at most 1 s in
    assert argv[argv.index("-vf") + 1] == "scale=-2:108"
    assert argv[-5:] == ["-f", "image2pipe", "-c:v", "png", "-"] and "-frames:v" in argv
    hdr = dataclasses.replace(media, color_transfer="arib-std-b67")  # an iPhone's HLG clip
    assert "tonemap" in thumbnail_argv(hdr, 108)[argv.index("-vf") + 1]


def test_thumbnail_of_a_clip_and_refusal_of_a_song(clip, tmp_path):
    thumb = thumbnail(clip, 108)
    assert thumb.png.startswith(b"\x89PNG") and abs(thumb.duration - 3.0) < 0.1
    song = tmp_path / "song.m4a"
    ffmpeg("-f", "lavfi", "-i", "sine=f=660:d=2", "-c:a", "aac", str(song))
    with pytest.raises(UserError):
        thumbnail(song, 108)
