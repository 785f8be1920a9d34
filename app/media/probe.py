"""What a media file holds, read from ffmpeg's own description of it.

imageio-ffmpeg brings ``ffmpeg`` but no ``ffprobe``, so this reads ``ffmpeg -i`` (the stream
summary) and, for frame-rate variability, the first packets' timestamps (stream copy, no decoding).
Both together take a few tens of milliseconds on any clip, long or short.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
import subprocess
from dataclasses import dataclass
from pathlib import Path

from app import winjob
from app.errors import NotMediaError, UserError
from app.ffmpeg import ffmpeg_exe
from app.messages import M


@dataclass(frozen=True)
class MediaInfo:
    path: str
    duration: float
    format_name: str
    has_video: bool = False
    width: int = 0  # as displayed: after rotation and non-square pixels
    height: int = 0
    coded_width: int = 0
    coded_height: int = 0
    rotation: int = 0  # degrees counter-clockwise, as the display matrix says
    sample_aspect: float = 1.0
    fps: float = 0.0
    variable_fps: bool = False
    video_codec: str = ""
    pixel_format: str = ""
    color_primaries: str = ""  # as ffmpeg names them: bt709, bt2020, …
    color_transfer: str = ""  # arib-std-b67 (HLG) or smpte2084 (PQ) for an HDR clip
    color_matrix: str = ""
    has_audio: bool = False
    audio_codec: str = ""
    audio_channels: int = 0
    audio_rate: int = 0

    @property
    def is_portrait(self) -> bool:
        return self.height > self.width

    @property
    def is_hdr(self) -> bool:
        """HLG (phones, iPhone's default since 2020) or PQ: needs tone mapping to look right in SDR."""
        return self.color_transfer in ("arib-std-b67", "smpte2084")

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


_DURATION = re.compile(r"Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)")
_INPUT = re.compile(r"^Input #0, (.+?), from ", re.M)
_STREAM = re.compile(r"^\s*Stream #0:\d+\S*: (Video|Audio|Subtitle|Data|Attachment): (.*)$")
_SIZE = re.compile(r", (\d+)x(\d+)(?=[ ,]|$)")
_SAR = re.compile(r"\[SAR (\d+):(\d+) DAR")
_FPS = re.compile(r"([\d.]+)(k?) fps")
_TBR = re.compile(r"([\d.]+)(k?) tbr")
_ROTATION = re.compile(r"rotation of (-?[\d.]+) degrees", re.I)
_RATE = re.compile(r"(\d+) Hz, ([^,]+)")
_COLOUR = re.compile(r"p[0-9a-z]*\((?:tv|pc), ([\w./-]+)")
_CHANNELS = {"mono": 1, "stereo": 2, "2.1": 3, "quad": 4, "4.0": 4, "5.0": 5, "5.1": 6, "6.1": 7, "7.1": 8}


def probe(path: str | Path) -> MediaInfo:
    """Describe a media file, or raise :class:`NotMediaError` (or UserError) with a clear sentence."""
    path = Path(path)
    if not path.exists():
        raise UserError(M.NOT_FOUND, path=path)
    if path.is_dir():
        raise UserError(M.FOLDER_NOT_VIDEO, path=path)
    if path.stat().st_size == 0:
        raise NotMediaError(M.FILE_EMPTY, file=path.name)
    text = _ffmpeg_summary(path)
    info = _parse(str(path), text)
    if info.has_video and info.fps > 0:
        info = dataclasses.replace(info, variable_fps=_is_variable(path))
    return info


def _ffmpeg_summary(path: Path) -> str:
    try:
        proc = winjob.run(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)],
            capture_output=True,
            timeout=20,
        )
    except subprocess.TimeoutExpired:
        raise NotMediaError(M.READ_TOO_SLOW, file=path.name) from None
    return proc.stderr.decode("utf-8", "replace")


def _number(value: str, kilo: str) -> float:
    return float(value) * (1000 if kilo else 1)


def _parse(path: str, text: str) -> MediaInfo:
    name = Path(path).name
    fmt = _INPUT.search(text)
    if not fmt:
        if "Permission denied" in text:
            raise UserError(M.READ_DENIED, file=name)
        raise NotMediaError(M.NOT_MEDIA, file=name)
    fields: dict = {"format_name": fmt.group(1)}
    duration = _DURATION.search(text)
    rotation = 0.0
    in_video = False
    for line in text.splitlines():
        stream = _STREAM.match(line)
        if stream:
            kind, desc = stream.groups()
            in_video = False
            if kind == "Video" and "(attached pic)" not in desc and "has_video" not in fields:
                in_video = True
                fields.update(_video_fields(desc))
            elif kind == "Audio" and "has_audio" not in fields:
                fields.update(_audio_fields(desc))
            continue
        found = _ROTATION.search(line)
        if found and in_video:
            rotation = float(found.group(1))
    if not fields.get("has_video") and not fields.get("has_audio"):
        raise NotMediaError(M.NO_STREAMS, file=name)
    if fields.get("has_video") and fields.get("width", 0) <= 0:
        raise NotMediaError(M.NO_PICTURE_SIZE, file=name)
    seconds = 0.0
    if duration:
        h, m, s = duration.groups()
        seconds = int(h) * 3600 + int(m) * 60 + float(s)
    fields["duration"] = seconds
    rot = int(round(rotation)) % 360
    fields["rotation"] = rot
    if fields.get("has_video"):
        w = fields["coded_width"] * fields.get("sample_aspect", 1.0)
        h = fields["coded_height"]
        if rot in (90, 270):
            w, h = h, w
        fields["width"], fields["height"] = int(round(w)), int(h)
    return MediaInfo(path=path, **fields)


def _video_fields(desc: str) -> dict:
    out: dict = {"has_video": True, "video_codec": desc.split()[0].strip(",")}
    pix = re.search(r"\), ([a-z0-9_]+)[(,]", desc) or re.search(r", ([a-z]+[0-9a-z_]*p[0-9a-z]*)[(,]", desc)
    if pix:
        out["pixel_format"] = pix.group(1)
    colour = _COLOUR.search(desc)  # "yuv420p10le(tv, bt2020nc/bt2020/arib-std-b67, progressive)"
    if colour:
        names = colour.group(1).split("/")
        matrix, primaries, transfer = names if len(names) == 3 else names * 3  # "(tv, bt709)": all three
        out.update(color_matrix=matrix, color_primaries=primaries, color_transfer=transfer)
    size = _SIZE.search(desc)
    if size:
        out["coded_width"], out["coded_height"] = int(size.group(1)), int(size.group(2))
        out["width"], out["height"] = out["coded_width"], out["coded_height"]
    sar = _SAR.search(desc)
    if sar and int(sar.group(1)) > 0 and int(sar.group(2)) > 0:
        out["sample_aspect"] = int(sar.group(1)) / int(sar.group(2))
    rate = _FPS.search(desc) or _TBR.search(desc)
    if rate:
        out["fps"] = _number(*rate.groups())
    return out


def _audio_fields(desc: str) -> dict:
    out: dict = {"has_audio": True, "audio_codec": desc.split()[0].strip(",")}
    rate = _RATE.search(desc)
    if rate:
        out["audio_rate"] = int(rate.group(1))
        layout = rate.group(2).strip()
        if layout in _CHANNELS:
            out["audio_channels"] = _CHANNELS[layout]
        else:
            digits = re.match(r"(\d+)", layout)
            out["audio_channels"] = int(digits.group(1)) if digits else _CHANNELS.get(layout.split("(")[0], 2)
    return out


def _is_variable(path: Path, packets: int = 300) -> bool:
    """True when the first packets' presentation times are not evenly spaced."""
    proc = winjob.run(
        [ffmpeg_exe(), "-v", "error", "-nostdin", "-t", "20", "-i", str(path), "-map", "0:v:0",
         "-c", "copy", "-frames:v", str(packets), "-f", "framecrc", "-"],
        capture_output=True,
        timeout=20,
    )
    times = []
    for line in proc.stdout.decode("ascii", "replace").splitlines():
        if line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 3 and parts[2].lstrip("-").isdigit():
            times.append(int(parts[2]))
    times.sort()
    deltas = [b - a for a, b in zip(times, times[1:], strict=False) if b > a]
    if len(deltas) < 4:
        return False
    typical = statistics.median(deltas)
    return any(abs(d - typical) > 0.25 * typical for d in deltas)
