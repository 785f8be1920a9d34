"""#17 checks on exported frames: where a composited face lands on the 1080×1920 frame, and whether its
detail is gone there (a strong blur leaves no edges of eyes, nose or mouth)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from app.ffmpeg import ffmpeg_exe
from app.render.layout import cover, fit
from app.render.presets import HEIGHT, WIDTH
from tests.faceclip import FACE_PNG

FACE_PNG_SIZE = (144, 184)
# the face proper inside tests/data/face.png (eyebrows to chin, cheek to cheek), as fractions of the picture
INNER = (0.27, 0.24, 0.50, 0.44)


def two_faces_clip(path: Path, seconds: float = 3.0, size: str = "640x360", face_height: int = 110) -> Path:
    """Two copies of the face: one drifting right on the left side, one bobbing on the right side."""
    background = f"color=c=0x5a7d9a:s={size}:r=30:d={seconds}"
    graph = (f"[1:v]scale=-2:{face_height},format=rgba,split[a][b];[0:v]noise=alls=6:allf=t[bg];"
             f"[bg][a]overlay=x='30+40*t':y='(H-h)/2':eval=frame[one];"
             f"[one][b]overlay=x='W-w-40':y='(H-h)/2+40*sin(2*t)':eval=frame,format=yuv420p[v]")
    subprocess.run([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                    background, "-loop", "1", "-framerate", "30", "-i", str(FACE_PNG), "-filter_complex", graph,
                    "-map", "[v]", "-t", f"{seconds}", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt",
                    "yuv420p", str(path)], check=True)
    return path


def face_rect(png_x: float, png_y: float, face_height: int) -> tuple[float, float, float, float]:
    """The face proper in source pixels, for the picture's top-left corner at (png_x, png_y)."""
    png_w = round(FACE_PNG_SIZE[0] * face_height / FACE_PNG_SIZE[1] / 2) * 2
    fx, fy, fw, fh = INNER
    return png_x + fx * png_w, png_y + fy * face_height, fw * png_w, fh * face_height


def on_frame(rect: tuple[float, float, float, float], layout: str, src_w: int, src_h: int,
             focus: float = 0.5) -> tuple[int, int, int, int] | None:
    """A source rectangle (pixels) on the 1080×1920 frame, clipped to it; None when it is outside."""
    x, y, w, h = rect
    if layout == "fill":
        box = cover(src_w, src_h, focus=focus)
        k = box.w / src_w
        fx, fy = x * k - box.x, y * k - box.y
    else:
        fg = fit(src_w, src_h)
        k = fg.w / src_w
        fx, fy = fg.x + x * k, fg.y + y * k
    x0, y0 = max(0, round(fx)), max(0, round(fy))
    x1, y1 = min(WIDTH, round(fx + w * k)), min(HEIGHT, round(fy + h * k))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    return x0, y0, x1 - x0, y1 - y0


def frames(path: Path, colour: bool = False) -> Iterator[np.ndarray]:
    """The video's frames as grey (or RGB) 1080×1920 arrays, one after another."""
    size = WIDTH * HEIGHT * (3 if colour else 1)
    proc = subprocess.Popen([ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-i", str(path),
                             "-f", "rawvideo", "-pix_fmt", "rgb24" if colour else "gray", "-"], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    try:
        while True:
            data = proc.stdout.read(size)
            if len(data) < size:
                break
            yield np.frombuffer(data, np.uint8).reshape((HEIGHT, WIDTH, 3) if colour else (HEIGHT, WIDTH))
    finally:
        proc.stdout.close()
        proc.wait()


def detail(frame: np.ndarray, rect: tuple[int, int, int, int]) -> float:
    """The region's fine detail: mean absolute difference between neighbouring pixels (edges of eyes, mouth)."""
    x, y, w, h = rect
    region = frame[y:y + h, x:x + w].astype(np.float32)
    return float(np.abs(np.diff(region, axis=0)).mean() + np.abs(np.diff(region, axis=1)).mean())


def grey(rgb: np.ndarray) -> np.ndarray:
    return (rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114).astype(np.uint8)
