"""The face detector: CenterFace (MIT), run by onnxruntime on the CPU, loaded as data.

The model file is ``assets/models/centerface.onnx`` (7.3 MB; where it comes from and its licence
are in ``assets/models/LICENSE-CenterFace.txt``). Its SHA-256 is checked before it loads, and
nothing is ever downloaded. CenterFace was made for anonymising faces in video: it finds small and
turned faces, and a face in profile, which is what both "Ikuti subjek" and "Sembunyikan wajah" need.

The network takes an RGB picture (values 0..255, sides multiples of 32) and gives, on a grid four
times coarser, a heat map of face centres plus each centre's box size and offset; :func:`decode`
turns that into boxes (fractions of the picture) and drops overlapping ones (non-maximum suppression).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app import files
from app.errors import UserError
from app.messages import M
from app.paths import assets_dir

MODEL_FILE = "models/centerface.onnx"
MODEL_SHA256 = "a55914d0f3472fa07baa66f09b4056301e5f771ffa6717faf2322707965fefc1"
THRESHOLD = 0.3  # heat-map peaks kept (each Face carries its score; a caller may ask for more)
NMS_OVERLAP = 0.3  # boxes overlapping a better one by this much (intersection over union) are dropped
THREADS = 2


@dataclass(frozen=True)
class Face:
    """A face's box in fractions of the (upright) frame, 0..1, and the detector's confidence."""

    x: float
    y: float
    w: float
    h: float
    score: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


def model_path() -> Path:
    return assets_dir() / MODEL_FILE


class Detector:
    """One loaded model; :meth:`detect` is safe to call from one thread at a time per detector."""

    def __init__(self, path: Path | None = None, threads: int = THREADS) -> None:
        path = path or model_path()
        try:
            if files.sha256(path) != MODEL_SHA256:
                raise ValueError("checksum")
            import onnxruntime  # the native runtime: a broken install fails here

            onnxruntime.set_default_logger_severity(3)
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            # no busy-waiting between operators: ffmpeg decodes on the same two cores meanwhile
            # (measured: half the CPU time per frame, 21 ms instead of 44, on a loaded 2-core machine)
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self._session: Any = onnxruntime.InferenceSession(
                path.read_bytes(), options, providers=["CPUExecutionProvider"])
            self._input = self._session.get_inputs()[0].name
        except Exception as exc:  # OSError, ImportError, onnxruntime's own errors: all mean "broken install"
            raise UserError(M.FACE_DETECTOR_BROKEN) from exc
        self._lock = threading.Lock()

    def detect(self, rgb: np.ndarray, threshold: float = THRESHOLD) -> list[Face]:
        """The faces in one frame (H×W×3 uint8, RGB), best first."""
        h, w = rgb.shape[:2]
        if h < 8 or w < 8:
            return []
        ph, pw = -(-h // 32) * 32, -(-w // 32) * 32
        blob = np.zeros((1, 3, ph, pw), np.float32)
        blob[0, :, :h, :w] = rgb.transpose(2, 0, 1)
        with self._lock:
            heat, scale, offset, _landmarks = self._session.run(None, {self._input: blob})
        return decode(heat, scale, offset, w, h, threshold)


def decode(heat: np.ndarray, scale: np.ndarray, offset: np.ndarray, width: int, height: int,
           threshold: float = THRESHOLD) -> list[Face]:
    """CenterFace's outputs (grid stride 4) → boxes as fractions of a ``width``×``height`` picture."""
    hm = heat[0, 0]
    rows, cols = np.nonzero(hm > threshold)
    if not len(rows):
        return []
    scores = hm[rows, cols]
    bh = np.exp(scale[0, 0, rows, cols]) * 4
    bw = np.exp(scale[0, 1, rows, cols]) * 4
    cy = (rows + offset[0, 0, rows, cols] + 0.5) * 4
    cx = (cols + offset[0, 1, rows, cols] + 0.5) * 4
    x1 = np.clip(cx - bw / 2, 0, width)
    y1 = np.clip(cy - bh / 2, 0, height)
    x2 = np.clip(cx + bw / 2, 0, width)
    y2 = np.clip(cy + bh / 2, 0, height)
    faces = []
    for i in _nms(x1, y1, x2, y2, scores):
        if x2[i] - x1[i] < 1 or y2[i] - y1[i] < 1:
            continue
        faces.append(Face(float(x1[i] / width), float(y1[i] / height), float((x2[i] - x1[i]) / width),
                          float((y2[i] - y1[i]) / height), float(scores[i])))
    return faces


def _nms(x1: np.ndarray, y1: np.ndarray, x2: np.ndarray, y2: np.ndarray, scores: np.ndarray) -> list[int]:
    area = (x2 - x1) * (y2 - y1)
    order = list(np.argsort(-scores))
    keep: list[int] = []
    while order:
        i = int(order.pop(0))
        keep.append(i)
        if not order:
            break
        rest = np.array(order)
        iw = np.clip(np.minimum(x2[i], x2[rest]) - np.maximum(x1[i], x1[rest]), 0, None)
        ih = np.clip(np.minimum(y2[i], y2[rest]) - np.maximum(y1[i], y1[rest]), 0, None)
        inter = iw * ih
        overlap = inter / np.maximum(area[i] + area[rest] - inter, 1e-9)
        order = [int(j) for j, o in zip(rest, overlap, strict=True) if o < NMS_OVERLAP]
    return keep


_cached: Detector | None = None
_cached_lock = threading.Lock()


def load_detector() -> Detector:
    """The app's one detector, loaded on first use; UserError(M.FACE_DETECTOR_BROKEN) when it cannot load."""
    global _cached
    with _cached_lock:
        if _cached is None:
            _cached = Detector()
        return _cached
