"""A synthetic clip with a real face moving over a background, for the face analysis' tests.

The face is tests/data/face.png: a crop of NASA's portrait of astronaut Eileen Collins (public
domain; the copy scikit-image ships as skimage/data/astronaut.png).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.ffmpeg import ffmpeg_exe

FACE_PNG = Path(__file__).resolve().parent / "data" / "face.png"


def face_clip(path: Path, size: str = "640x360", seconds: float = 4.0, fps: int = 30,
              x: str = "(W-w)/2", y: str = "(H-h)/2", face_height: int = 120, cut_at: float | None = None,
              codec_args: tuple[str, ...] = ("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"),
              post: str = "") -> Path:
    """``x``/``y``: overlay expressions of ``t`` (the face's top-left corner; W,H the frame, w,h the face).
    ``cut_at``: from then on the background changes colour (a shot change) and the face is gone.
    ``post``: filters after the picture is made (turn it sideways, make it HDR)."""
    background = f"color=c=0x5a7d9a:s={size}:r={fps}:d={seconds}"
    if cut_at is not None:
        background += f",drawbox=x=0:y=0:w=iw:h=ih:color=0xc08040:t=fill:enable='gte(t,{cut_at})'"
    enable = f":enable='lt(t,{cut_at})'" if cut_at is not None else ""
    tail = "," + post if post else ""
    graph = (f"[1:v]scale=-2:{face_height},format=rgba[f];"
             f"[0:v]noise=alls=6:allf=t[b];[b][f]overlay=x='{x}':y='{y}':eval=frame{enable},format=yuv420p{tail}[v]")
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                    background, "-loop", "1", "-framerate", str(fps), "-i", str(FACE_PNG), "-filter_complex", graph,
                    "-map", "[v]", "-t", f"{seconds}", *codec_args, str(path)], check=True)
    return path
