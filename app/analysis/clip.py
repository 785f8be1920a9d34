"""A clip's analysis: faces sampled several times a second and the shot changes, from ONE ffmpeg pass.

ffmpeg decodes the clip once (upright: ffmpeg turns a phone's rotated clip itself; an HDR clip is
tone-mapped like its export), measures the scene change of every frame on a tiny copy
(``scdet``, written to ffmpeg's log), and hands :data:`RATE` frames a second, scaled to
:data:`LONG_SIDE` pixels on the long side, through a pipe to the face detector. The result is cached per
clip (path, size, modification time, format version) like the filmstrip.

Times are source seconds from the clip's first frame, the times the Edit's trim uses.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.analysis.detector import Face, load_detector
from app.errors import Cancelled, UserError
from app.ffmpeg import ffmpeg_exe
from app.media.pipe import cache_file, load_cached, read_chunks, save_cached
from app.media.probe import MediaInfo
from app.media.tonemap import to_sdr
from app.messages import M

FORMAT_VERSION = 2  # bump when what is cached changes meaning
RATE = 8.0  # samples a second: hiding faces interpolates between them; following needs far fewer
LONG_SIDE = 448  # pixels: a face 10 px wide in it is 24 px in a 1080p frame
SCENE_W = 160  # pixels: the scene detector compares every frame at this width, in RGB (a cut between
# pictures of the same brightness but other colours changes little in luma alone)
SCENE_THRESHOLD = 12.0  # scdet's score (0..100) from which a frame starts a new shot
MIN_SHOT = 0.5  # seconds: a cut closer than this to the one before (a flash, a fast pan) is not a shot

_SCD = re.compile(rb"lavfi\.scd\.score: ([0-9.]+), lavfi\.scd\.time: ([0-9.]+)")


@dataclass
class ClipAnalysis:
    width: int  # upright source size
    height: int
    rate: float  # samples per second of source time
    times: list[float]  # source seconds of each sample
    faces: list[list[Face]]  # detections per sample, best first
    cuts: list[float] = field(default_factory=list)  # source seconds where a new shot starts

    def shots(self, duration: float) -> list[tuple[float, float]]:
        """The shots as (start, end) source seconds, covering 0..duration."""
        bounds = [0.0] + [c for c in self.cuts if 0.0 < c < duration] + [duration]
        return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    @property
    def has_faces(self) -> bool:
        return any(self.faces)


def analysis_size(media: MediaInfo) -> tuple[int, int]:
    """The reduced frame the detector sees: :data:`LONG_SIDE` on the long side, even sides."""
    w, h = max(media.width, 2), max(media.height, 2)
    k = min(1.0, LONG_SIDE / max(w, h))
    return max(2, round(w * k / 2) * 2), max(2, round(h * k / 2) * 2)


def analysis_argv(media: MediaInfo, size: tuple[int, int], rate: float = RATE) -> list[str]:
    """Every frame, tiny, to the scene detector (its log); RATE frames a second, at ``size``, to the pipe."""
    w, h = size
    graph = (f"[0:v:0]setpts=PTS-STARTPTS,split[sc][fa];"
             f"[sc]scale={SCENE_W}:{max(2, round(SCENE_W * h / w / 2) * 2)}:flags=fast_bilinear,format=rgb24,"
             f"scdet=threshold={SCENE_THRESHOLD:g},nullsink;"
             f"[fa]fps={rate:g}:round=near,scale={w}:{h}:flags=bilinear{to_sdr(media)},format=rgb24[faces]")
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "info", "-threads", "2",
            "-skip_loop_filter", "all", "-an", "-sn", "-dn", "-i", str(media.path), "-filter_complex", graph,
            "-map", "[faces]", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]


def _cache(path: Path, size: tuple[int, int], rate: float) -> Path:
    return cache_file("faces", path, f"v{FORMAT_VERSION}|{size[0]}x{size[1]}|{rate:g}|{SCENE_THRESHOLD:g}")


def analyse(path: Path, media: MediaInfo, on_progress: Callable[[float], None] | None = None,
            should_cancel: Callable[[], bool] | None = None) -> ClipAnalysis:
    """Analyse the clip (or read its cached analysis). Cancelled when ``should_cancel`` says so;
    UserError(M.FACE_DETECTOR_BROKEN) when the detector cannot load, M.ANALYSIS_FAILED when ffmpeg
    cannot decode the clip."""
    hit = cached_analysis(path, media)
    if hit is not None:
        if on_progress:
            on_progress(1.0)
        return hit
    detector = load_detector()
    size = analysis_size(media)
    w, h = size
    expected = max(1, int(max(media.duration, 0.1) * RATE))
    media_for_argv = media if str(media.path) == str(path) else _with_path(media, path)
    faces: list[list[Face]] = []
    with tempfile.TemporaryFile() as log:
        for data in read_chunks(analysis_argv(media_for_argv, size), w * h * 3, should_cancel, stderr=log):
            if len(data) < w * h * 3:
                break
            faces.append(detector.detect(np.frombuffer(data, np.uint8).reshape(h, w, 3)))
            if on_progress:
                on_progress(min(0.99, len(faces) / expected))
        if should_cancel and should_cancel():
            raise Cancelled()
        log.seek(0)
        text = log.read()
    if not faces:
        last = [line for line in text.decode("utf-8", "replace").splitlines() if line.strip()][-1:]
        raise UserError(M.ANALYSIS_FAILED, file=path.name, reason=last[0] if last else "no picture")
    result = ClipAnalysis(media.width, media.height, RATE, [i / RATE for i in range(len(faces))], faces,
                          _cuts(text))
    _save(_cache(path, size, RATE), result)
    if on_progress:
        on_progress(1.0)
    return result


def _with_path(media: MediaInfo, path: Path) -> MediaInfo:
    import dataclasses

    return dataclasses.replace(media, path=str(path))


def _cuts(log: bytes) -> list[float]:
    cuts: list[float] = []
    for match in _SCD.finditer(log):
        t = float(match.group(2))
        if t >= MIN_SHOT and (not cuts or t - cuts[-1] >= MIN_SHOT):
            cuts.append(round(t, 3))
    return cuts


def cached_analysis(path: Path, media: MediaInfo) -> ClipAnalysis | None:
    """The clip's analysis if it was made before (and the file has not changed since), else None."""
    try:
        file = _cache(Path(path), analysis_size(media), RATE)
    except OSError:
        return None
    data = load_cached(file)
    if data is None or "meta" not in data:
        return None
    try:
        width, height = (int(v) for v in data["meta"][:2])
        rate = float(data["meta"][2])
        counts = data["counts"].astype(int)
        boxes = data["boxes"].reshape(-1, 5)
        faces: list[list[Face]] = []
        at = 0
        for n in counts:
            faces.append([Face(*(float(v) for v in row)) for row in boxes[at:at + n]])
            at += n
        return ClipAnalysis(width, height, rate, [float(t) for t in data["times"]], faces,
                            [float(c) for c in data["cuts"]])
    except (KeyError, ValueError, TypeError):
        return None


def _save(file: Path, result: ClipAnalysis) -> None:
    rows = [(f.x, f.y, f.w, f.h, f.score) for sample in result.faces for f in sample]
    save_cached(file, meta=np.array([result.width, result.height, result.rate], np.float64),
                times=np.array(result.times, np.float64), counts=np.array([len(s) for s in result.faces], np.int32),
                boxes=np.array(rows, np.float64).reshape(-1, 5), cuts=np.array(result.cuts, np.float64))
