"""The external ffmpeg binary (a full static build brought by imageio-ffmpeg)."""

from __future__ import annotations

import functools
import os


@functools.cache
def ffmpeg_exe() -> str:
    override = os.environ.get("ANAKGENIUS_FFMPEG")
    if override:
        return override
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()
