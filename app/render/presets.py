"""Export presets: what each platform accepts (see shared/PLATFORM_SPECS.md)."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserError
from app.messages import M
from app.project.choices import PresetId

WIDTH, HEIGHT, FPS = 1080, 1920, 30


@dataclass(frozen=True)
class ExportPreset:
    id: PresetId
    label: str
    max_seconds: float
    profile: str = "high"
    b_frames: int = 2
    crf: int = 23
    max_kbps: int = 8000
    audio_kbps: int = 192
    x264_preset: str = "veryfast"
    # libx264's settings beyond the preset, chosen by bench/x264_settings.py (README "Speed"): 10 % less
    # CPU than plain veryfast at the same SSIM (-0.0002) and a 4 % smaller file
    x264_params: str = "me=dia:weightp=0:rc-lookahead=5:b-adapt=0:partitions=i8x8,i4x4"
    chip_kbps: int = 6000  # a video chip's bitrate where libx264 uses crf (no CRF of a chip matches it)
    size_limit_bytes: int | None = None  # the file must stay under this (WhatsApp)
    frame_height: int | None = None  # a preview rendering (app.export.preview): the picture scaled to this at the end

    def video_kbps_for(self, seconds: float) -> int | None:
        """A bitrate that keeps the file under the size limit, or None for quality-based."""
        if not self.size_limit_bytes:
            return None
        budget_bits = self.size_limit_bytes * 8 * 0.92  # container overhead and safety
        total_kbps = budget_bits / max(seconds, 1.0) / 1000
        return max(300, min(self.max_kbps, int(total_kbps - self.audio_kbps)))


PRESETS: dict[PresetId, ExportPreset] = {
    p.id: p
    for p in (
        ExportPreset(PresetId.TIKTOK, "TikTok", max_seconds=60),
        ExportPreset(PresetId.REELS, "Instagram Reels", max_seconds=180),
        ExportPreset(PresetId.SHORTS, "YouTube Shorts", max_seconds=180),
        ExportPreset(
            PresetId.WHATSAPP, "WhatsApp Status", max_seconds=60, profile="main", b_frames=0,
            max_kbps=4000, audio_kbps=128, size_limit_bytes=16 * 1000 * 1000,
        ),
        ExportPreset(PresetId.DRAFT, "Draft (quick check)", max_seconds=600, crf=30, x264_preset="ultrafast",
                     x264_params="", chip_kbps=2500),
    )
}


def get_preset(preset_id: str) -> ExportPreset:
    try:
        return PRESETS[PresetId(preset_id)]
    except ValueError:
        raise UserError(M.UNKNOWN_PRESET, preset=preset_id, choices=", ".join(PRESETS)) from None
