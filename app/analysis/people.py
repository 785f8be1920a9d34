"""#17 each tracked person's face as a small picture (the face card's thumbnails): one frame grabbed by
ffmpeg at the person's surest detection, cropped around the face. Qt-free; PNG bytes out."""

from __future__ import annotations

from app import winjob
from app.analysis.tracks import Track
from app.ffmpeg import ffmpeg_exe
from app.media.probe import MediaInfo
from app.media.tonemap import to_sdr

TIMEOUT = 30


def face_picture_argv(media: MediaInfo, track: Track, size: int = 64) -> list[str]:
    """One PNG, ``size`` pixels square, of the track's face at its best detection (with some of the head)."""
    i = track.best()
    face, t = track.faces[i], track.times[i]
    # pixels of the upright frame
    side = min(media.width, media.height, max(face.w * media.width, face.h * media.height) * 1.5)
    cx, cy = (face.x + face.w / 2) * media.width, (face.y + face.h / 2) * media.height
    x = max(0.0, min(media.width - side, cx - side / 2))
    y = max(0.0, min(media.height - side, cy - side / 2))
    crop = f"crop={side:.0f}:{side:.0f}:{x:.0f}:{y:.0f}" if side >= 2 else "null"
    return [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-ss", f"{t:.3f}", "-i", media.path,
            "-frames:v", "1", "-vf", f"scale={media.width}:{media.height},setsar=1,{crop},scale={size}:{size}"
            f"{to_sdr(media)}", "-f", "image2pipe", "-c:v", "png", "-"]


def face_picture(media: MediaInfo, track: Track, size: int = 64) -> bytes:
    """The PNG bytes (empty when no frame could be grabbed)."""
    return winjob.run(face_picture_argv(media, track, size), capture_output=True, timeout=TIMEOUT).stdout
