"""The encoder part of an export command: libx264, or a laptop's video chip. Runs nothing.

Which H.264 encoders the bundled ffmpeg (imageio-ffmpeg 0.6, ffmpeg 9.0.2) carries, read from
the builds themselves (``ffmpeg -encoders`` on Linux; the configure line and encoder names in
``ffmpeg-win-x86_64-v9.0.2.exe``, the Windows build's ffmpeg):

- Windows: ``h264_nvenc``, ``h264_qsv`` (oneVPL), ``h264_amf``, ``h264_mf`` (Media Foundation).
- Linux: ``h264_nvenc``, ``h264_qsv``, ``h264_vaapi``, ``h264_amf`` (also h264_vulkan and
  h264_v4l2m2m, not tried: rare on laptops and they need their own frame upload).
- macOS: ``h264_videotoolbox`` (the macOS build is not on this machine; absent means "not present").

:func:`video_args` builds each one's arguments from the ExportPreset: the same size, 30 fps,
keyframe every 15 frames, profile and B-frames as libx264, and for a chip a bitrate (a chip has no
CRF that matches libx264's; see ``ExportPreset.chip_kbps``). :func:`replace_video_args` and
:func:`for_chip` turn a planned libx264 command into the same command for another encoder
(app.export.encoders.with_encoder).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from app.render.presets import FPS, ExportPreset

SOFTWARE = "libx264"
AUTO = "auto"
AUDIO_RATE = 48000


@dataclass(frozen=True)
class Chip:
    """A hardware encoder: its ffmpeg name, the chip it uses, and what it needs around it."""

    name: str
    label: str
    rate_control: tuple[str, ...] = ()  # its own options for a bitrate-targeted encode
    device: tuple[str, ...] = ()  # global options before the inputs (a device to open)
    upload: str = ""  # filters from the finished picture [v] to the chip's own frames
    has_profile: bool = True


CHIPS: dict[str, Chip] = {c.name: c for c in (
    Chip("h264_nvenc", "NVIDIA NVENC", ("-preset", "p4", "-rc", "vbr", "-no-scenecut", "1", "-forced-idr", "1")),
    Chip("h264_qsv", "Intel Quick Sync", ("-preset", "medium", "-look_ahead", "0")),
    Chip("h264_amf", "AMD AMF", ("-usage", "transcoding", "-quality", "balanced", "-rc", "vbr_peak")),
    Chip("h264_mf", "Windows Media Foundation", ("-hw_encoding", "1", "-rate_control", "pc_vbr",
                                                 "-scenario", "archive"), has_profile=False),
    Chip("h264_videotoolbox", "Apple VideoToolbox", ("-allow_sw", "0", "-realtime", "0")),
    Chip("h264_vaapi", "VA-API", ("-rc_mode", "VBR"), device=("-vaapi_device", "/dev/dri/renderD128"),
         upload="format=nv12,hwupload"),
)}

# best first: the dedicated encoders before Media Foundation (which may pick any of them, or software)
CANDIDATES: dict[str, tuple[str, ...]] = {
    "win32": ("h264_nvenc", "h264_qsv", "h264_amf", "h264_mf"),
    "darwin": ("h264_videotoolbox",),
    "linux": ("h264_nvenc", "h264_qsv", "h264_vaapi", "h264_amf"),
}


def candidates(platform: str | None = None) -> tuple[str, ...]:
    """The hardware encoders worth trying on this platform, best first."""
    platform = platform or sys.platform
    return CANDIDATES.get("linux" if platform.startswith("linux") else platform, ())


def is_known(name: str) -> bool:
    return name in (SOFTWARE, AUTO) or name in CHIPS


def x264_args(preset: ExportPreset) -> list[str]:
    """libx264's own speed settings (chosen by measurement: bench/x264_settings.py, README)."""
    args = ["-preset", preset.x264_preset]
    if preset.x264_params:
        args += ["-x264-params", preset.x264_params]
    return args


def video_args(preset: ExportPreset, duration: float, video_kbps: int | None = None,
               encoder: str = SOFTWARE) -> list[str]:
    """``-c:v …`` up to (not including) the sound's arguments."""
    gop = ["-r", str(FPS), "-g", str(FPS // 2), "-keyint_min", str(FPS // 2), "-bf", str(preset.b_frames),
           "-flags", "+cgop"]
    target = video_kbps or preset.video_kbps_for(duration)
    if encoder == SOFTWARE:
        args = ["-c:v", SOFTWARE, *x264_args(preset), "-profile:v", preset.profile, "-pix_fmt", "yuv420p",
                *gop[:6], "-sc_threshold", "0", *gop[6:]]
        if target:
            return args + ["-b:v", f"{target}k", "-maxrate", f"{target}k", "-bufsize", f"{target}k"]
        return args + ["-crf", str(preset.crf), "-maxrate", f"{preset.max_kbps}k",
                       "-bufsize", f"{preset.max_kbps * 2}k"]
    chip = CHIPS[encoder]
    args = ["-c:v", chip.name, *chip.rate_control]
    if chip.has_profile:
        args += ["-profile:v", preset.profile]
    if not chip.upload:
        args += ["-pix_fmt", "nv12" if chip.name in ("h264_qsv", "h264_mf") else "yuv420p"]
    args += gop
    if target:  # a size limit: the same bitrate libx264 gets, capped hard
        return args + ["-b:v", f"{target}k", "-maxrate", f"{target}k", "-bufsize", f"{target}k"]
    kbps = preset.chip_kbps
    return args + ["-b:v", f"{kbps}k", "-maxrate", f"{preset.max_kbps}k", "-bufsize", f"{preset.max_kbps * 2}k"]


def audio_args(preset: ExportPreset) -> list[str]:
    return ["-c:a", "aac", "-b:a", f"{preset.audio_kbps}k", "-ar", str(AUDIO_RATE), "-ac", "2"]


def encoder_args(preset: ExportPreset, duration: float, video_kbps: int | None = None,
                 encoder: str = SOFTWARE) -> list[str]:
    """The video and sound encoders' arguments of an export."""
    return video_args(preset, duration, video_kbps, encoder) + audio_args(preset)


def replace_video_args(argv: list[str], new: list[str]) -> list[str]:
    """``argv`` with its ``-c:v …`` arguments (up to ``-c:a``) replaced by ``new``."""
    start, end = argv.index("-c:v"), argv.index("-c:a")
    return argv[:start] + new + argv[end:]


def for_chip(argv: list[str], chip: Chip) -> list[str]:
    """A planned command's picture routed through the chip's device and upload filters, if any."""
    if not chip.upload and not chip.device:
        return argv
    argv = list(argv)
    if chip.device:
        argv[1:1] = list(chip.device)
    if chip.upload:
        graph = argv.index("-filter_complex") + 1
        argv[graph] += f";[v]{chip.upload}[vchip]"
        mapped = [i for i, a in enumerate(argv) if a == "-map" and argv[i + 1] == "[v]"]
        for i in mapped:
            argv[i + 1] = "[vchip]"
    return argv
