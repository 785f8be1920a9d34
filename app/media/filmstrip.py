"""The filmstrip: small thumbnails along the clip, from ONE ffmpeg process, cached per clip.

Long or large clips decode only their keyframes (``-skip_frame nokey -discard nokey``, and for
long clips a packet filter that drops keyframes a slot does not need); small clips decode every frame so
even a clip with a single keyframe gets a thumbnail per slot. The ``fps`` filter picks one
picture per slot; rawvideo RGB comes through a pipe and is handed on thumbnail by thumbnail.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from app.ffmpeg import ffmpeg_exe
from app.media.pipe import CancelFn, cache_file, load_cached, read_chunks, save_cached
from app.media.probe import MediaInfo
from app.media.tonemap import to_sdr

THUMB_HEIGHT = 64
FULL_DECODE_PIXELS = 1.5e8  # below this many decoded pixels, every frame is decoded
# a clip with too few keyframes for the strip (a long GOP: screen recordings, some cameras, our own
# sample clip) is decoded in full instead, up to this many pixels (about a minute of 1080p30)
FALLBACK_PIXELS = 4e9


@dataclass(frozen=True)
class StripPlan:
    count: int  # thumbnails, evenly spaced over the clip: thumbnail i shows time i·duration/count
    width: int
    height: int
    keyframes_only: bool


def decoded_pixels(media: MediaInfo) -> float:
    """How many pixels decoding every frame of the clip means."""
    return max(media.duration, 0.04) * max(media.fps, 30.0) * max(media.width, 2) * max(media.height, 2)


def strip_plan(media: MediaInfo, keyframes: bool = True) -> StripPlan:
    """``keyframes=False``: decode every frame whatever the clip's size."""
    duration = max(media.duration, 0.04)
    count = int(min(300, max(8, round(duration * 2))))
    w, h = max(media.width, 2), max(media.height, 2)
    width = int(min(160, max(24, round(THUMB_HEIGHT * w / h))))
    width += width % 2
    return StripPlan(count, width, THUMB_HEIGHT, keyframes and decoded_pixels(media) > FULL_DECODE_PIXELS)


def filmstrip_argv(media: MediaInfo, plan: StripPlan) -> list[str]:
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-threads", "2"]
    slot = max(media.duration, 0.04) / plan.count
    if plan.keyframes_only:
        argv += ["-skip_frame", "nokey", "-discard", "nokey"]
        if slot >= 1.0:
            # drop packets before decoding: all but keyframes, and keyframes in the second half of a
            # slot (a phone's keyframe every second still leaves one per slot): half the decoding
            argv += ["-bsf:v", f"noise=drop='not(key)+gte(mod(pts*tb\\,{slot:.6f})\\,{slot / 2:.6f})'"]
    else:
        argv += ["-skip_loop_filter", "all"]
        if media.fps > 30:  # #21: a 60 fps phone clip: frames no other frame needs are skipped (half the
            argv += ["-skip_frame", "noref"]  # decoding of a 4K60 HEVC clip, measured); a slot takes the nearest
    rate = plan.count / max(media.duration, 0.04)
    eof = ":eof_action=pass" if plan.keyframes_only else ""  # a lone keyframe still makes a thumbnail
    sdr = to_sdr(media)  # an HDR clip's thumbnails in the colours its export will have
    vf = f"fps={rate:.6f}:round=down{eof},scale={plan.width}:{plan.height}:flags=area{sdr},format=rgb24"
    return argv + ["-an", "-sn", "-dn", "-i", str(media.path), "-map", "0:v:0", "-vf", vf,
                   "-frames:v", str(plan.count), "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]


def iter_filmstrip(media: MediaInfo, should_cancel: CancelFn | None = None) -> Iterator[tuple[int, np.ndarray]]:
    """Yield ``(index, rgb uint8 array h×w×3)`` as each thumbnail is ready (from the cache: at once).

    The finished strip is cached; slots ffmpeg never filled (a clip that ends early) stay out. A
    clip with too few keyframes yields its slots a second time, decoded in full.
    """
    plan = strip_plan(media)
    cached = cache_file("strip", media.path, f"{plan}")
    hit = load_cached(cached)
    if hit is not None and "thumbs" in hit:
        for index, thumb in enumerate(hit["thumbs"]):
            yield index, thumb
        return
    thumbs: list[np.ndarray] = []
    distinct = 0  # a keyframe spread over several slots repeats itself
    for thumb in _thumbnails(media, plan, should_cancel):
        distinct += not thumbs or not np.array_equal(thumb, thumbs[-1])
        thumbs.append(thumb)
        yield len(thumbs) - 1, thumb
    sparse = plan.keyframes_only and distinct < plan.count // 3  # a keyframe every 1.5 s or more
    if sparse and decoded_pixels(media) <= FALLBACK_PIXELS and not (should_cancel and should_cancel()):
        thumbs = []  # decoded in full: the same slots again, now every one filled
        for thumb in _thumbnails(media, strip_plan(media, keyframes=False), should_cancel):
            thumbs.append(thumb)
            yield len(thumbs) - 1, thumb
    if thumbs and not (should_cancel and should_cancel()):
        save_cached(cached, thumbs=np.stack(thumbs))


def _thumbnails(media: MediaInfo, plan: StripPlan, should_cancel: CancelFn | None) -> Iterator[np.ndarray]:
    size = plan.width * plan.height * 3
    for data in read_chunks(filmstrip_argv(media, plan), size, should_cancel):
        if len(data) < size:
            return
        yield np.frombuffer(data, np.uint8).reshape(plan.height, plan.width, 3)


def filmstrip(media: MediaInfo) -> np.ndarray:
    """All thumbnails at once, shape (n, h, w, 3) (a later thumbnail for a slot replaces an earlier)."""
    plan = strip_plan(media)
    slots = dict(iter_filmstrip(media))
    thumbs = [slots[i] for i in sorted(slots)]
    return np.stack(thumbs) if thumbs else np.zeros((0, plan.height, plan.width, 3), np.uint8)



