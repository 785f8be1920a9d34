"""The preview's own small copy of a clip too heavy to play live (4K60 HEVC 10-bit HDR phone clips, #21).

Measured (bench/preview4k_bench.py, README): the window's player decodes a 4K60 HEVC Main 10 clip
at about 9 frames a second on 2 cores and stalls the window for 300 ms while playing. Like editing
programs do, such a clip gets a proxy made in the background: the same clip at the preview's size
(540 px high, 30 fps, H.264, its sound, tone-mapped like the export, with timestamps kept so a
position means the same moment), kept in the cache. Only the preview plays it; exports always read
the original. Made into a temporary file and renamed when complete, so a half-made proxy is never used.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app import files, winjob
from app.ffmpeg import ffmpeg_exe
from app.media.probe import MediaInfo
from app.media.tonemap import to_sdr
from app.paths import cache_dir

PROXY_HEIGHT = 540
PROXY_FPS = 30.0
PROXY_VERSION = 1
LIVE_PIXEL_RATE = 1920 * 1080 * 60  # pixels a second the player decodes live; above that, a proxy
CancelFn = Callable[[], bool]


def needs_proxy(media: MediaInfo) -> bool:
    """A clip the player cannot show smoothly on a 2-core laptop: beyond 1080p60, or 10-bit beyond 1080p."""
    pixels = media.width * media.height
    ten_bit = "10" in media.pixel_format or "12" in media.pixel_format
    return media.has_video and media.duration > 0 and (
        pixels * max(media.fps, 1.0) > LIVE_PIXEL_RATE or (ten_bit and pixels > 1920 * 1080))


def proxy_path(media: MediaInfo) -> Path:
    """Where the clip's proxy is kept: keyed by the clip's path, size and modification time."""
    path = Path(media.path)
    st = path.stat()
    key = f"{PROXY_VERSION}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    folder = cache_dir() / "proxies"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"proxy-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:20]}.mp4"


def ready_proxy(media: MediaInfo) -> Path | None:
    """The finished proxy, if there is one."""
    try:
        path = proxy_path(media)
    except OSError:
        return None
    return path if path.exists() else None


def proxy_argv(media: MediaInfo, output: Path) -> list[str]:
    """Decoded with 2 threads, made small at once, tone-mapped there, the quickest H.264 (a keyframe every
    half second, so seeking is quick), the sound as AAC."""
    vf = f"fps={PROXY_FPS:g},scale=-2:{PROXY_HEIGHT}:flags=bilinear{to_sdr(media)},format=yuv420p"
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error", "-threads", "2",
            "-i", str(media.path), "-map", "0:v:0", "-map", "0:a:0?", "-vf", vf, "-c:v", "libx264",
            "-preset", "ultrafast", "-crf", "23", "-g", "15", "-c:a", "aac", "-b:a", "128k",
            "-movflags", "+faststart", "-f", "mp4", str(output)]


def make_proxy(media: MediaInfo, should_cancel: CancelFn | None = None) -> Path | None:
    """Make the clip's proxy (or return the one already made); None when cancelled or ffmpeg failed
    (the preview then keeps playing the clip itself)."""
    target = proxy_path(media)
    if target.exists():
        return target
    temp = files.temp_for(target, files.new_token())
    kwargs: dict = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW | subprocess.BELOW_NORMAL_PRIORITY_CLASS
    proc = subprocess.Popen(proxy_argv(media, temp), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, **kwargs)
    winjob.adopt(proc)
    try:
        while proc.poll() is None:
            if should_cancel and should_cancel():
                proc.kill()
                proc.wait()
                return None
            time.sleep(0.05)
        if proc.returncode != 0:
            return None
        files.publish(temp, target, overwrite=True)
        return target
    finally:
        if proc.poll() is None:
            proc.kill()
        temp.unlink(missing_ok=True)
