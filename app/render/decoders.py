"""The decoder part of an export command: software, or the laptop's video chip decoding. Runs nothing.

Which decoders the bundled ffmpeg (imageio-ffmpeg 0.6, ffmpeg 9.0.2) can use, read from the
builds themselves (``ffmpeg -hwaccels``): Linux ``vaapi`` (also cuda, qsv, vulkan, drm: not tried,
rare on laptops or needing their own frame handling); Windows ``d3d11va`` and ``dxva2``; macOS
``videotoolbox`` (the macOS build is not on this machine). None of them could be tried on real
hardware here (a container without a GPU): only their failing, and the fall-back, are tested.

A chip decodes into its own memory; without ``-hwaccel_output_format`` ffmpeg copies every frame
back to the computer's memory, so the rest of the graph (scale, tone-mapping, overlays, the
encoder) is the software one, unchanged. :func:`clip_args` is what goes before a clip's ``-i``.

The software decoder's threads (``-threads`` before ``-i``) and the graph's (``-filter_threads``,
``-filter_complex_threads``) were chosen by measurement on a 2-core laptop (bench/hdr_bench.py,
README "4K HDR phone clips"): see :data:`DECODE_THREADS` and :data:`FILTER_THREADS`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

SOFTWARE = "software"
AUTO = "auto"
DECODE_THREADS = 2  # measured (README): fewer frame threads hold fewer 4K frames, and 2 cores are busy
FILTER_THREADS = 2  # measured (README)


@dataclass(frozen=True)
class HwDecoder:
    """A video chip's decoder: ffmpeg's ``-hwaccel`` name, the chip API's name, what goes before ``-i``."""

    name: str
    label: str
    args: tuple[str, ...]


DECODERS: dict[str, HwDecoder] = {d.name: d for d in (
    HwDecoder("d3d11va", "Direct3D 11 (D3D11VA)", ("-hwaccel", "d3d11va")),
    HwDecoder("dxva2", "DirectX (DXVA2)", ("-hwaccel", "dxva2")),
    HwDecoder("videotoolbox", "Apple VideoToolbox", ("-hwaccel", "videotoolbox")),
    HwDecoder("vaapi", "VA-API", ("-hwaccel", "vaapi", "-hwaccel_device", "/dev/dri/renderD128")),
)}

CANDIDATES: dict[str, tuple[str, ...]] = {
    "win32": ("d3d11va", "dxva2"),
    "darwin": ("videotoolbox",),
    "linux": ("vaapi",),
}


def candidates(platform: str | None = None) -> tuple[str, ...]:
    """The hardware decoders worth trying on this platform, best first."""
    platform = platform or sys.platform
    return CANDIDATES.get("linux" if platform.startswith("linux") else platform, ())


def is_known(name: str) -> bool:
    return name in (SOFTWARE, AUTO) or name in DECODERS


def decode_args(decoder: str = SOFTWARE) -> list[str]:
    """Options before a clip's ``-i``: the software decoder's threads, or a chip's hwaccel.

    A chip gets ``-xerror`` too: a frame it cannot decode stops the export (which is then made
    again with the software decoder) instead of leaving a broken picture in the video.
    """
    if decoder in DECODERS:
        return [*DECODERS[decoder].args, "-xerror"]
    return ["-threads", str(DECODE_THREADS)]


def graph_threads() -> list[str]:
    """Global options: the filter graph's threads (measured)."""
    return ["-filter_threads", str(FILTER_THREADS), "-filter_complex_threads", str(FILTER_THREADS)]
