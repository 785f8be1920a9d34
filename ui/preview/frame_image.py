"""A video frame as a QImage for the preview, including the 10-bit frames Qt cannot convert itself.

``QVideoFrame.toImage()`` returns a null image for 10-bit frames (iPhone HEVC, HDR) when Qt has
no GPU to convert with, so the preview stayed blank. Those frames are converted here with numpy
at the preview's size (every second pixel or fewer): BT.709 or BT.2020 matrix, video or full
range, 10 bits to 8, and HLG or PQ tone-mapped to SDR.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

F = QVideoFrameFormat.PixelFormat
TEN_BIT = (F.Format_YUV420P10, F.Format_P010, F.Format_P016)
MAX_WIDTH = 640  # wide enough for the preview (a 9:16 frame); 1080p is read at every 4th pixel
# R, G, B from Y', Cb', Cr' (Cb, Cr centred on 0): (Cr→R, Cb→G, Cr→G, Cb→B) per matrix
COEFFS = {"709": (1.5748, -0.1873, -0.4681, 1.8556), "2020": (1.4746, -0.16455, -0.57135, 1.8814)}


def frame_image(frame: QVideoFrame) -> QImage | None:
    """The frame as an image, or None when it cannot be read."""
    image = frame.toImage()
    if not image.isNull():
        return image
    if frame.pixelFormat() not in TEN_BIT or not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        return _ten_bit(frame)
    finally:
        frame.unmap()


def _plane(frame: QVideoFrame, index: int, rows: int) -> np.ndarray:
    data = np.frombuffer(frame.bits(index), dtype="<u2")
    return data[: rows * (frame.bytesPerLine(index) // 2)].reshape(rows, frame.bytesPerLine(index) // 2)


def _ten_bit(frame: QVideoFrame) -> QImage:
    w, h = frame.width(), frame.height()
    step = 2 * max(1, -(-w // (2 * MAX_WIDTH)))  # even: chroma (half resolution) is read at step / 2
    half = step // 2
    y = _plane(frame, 0, h)[::step, :w:step].astype(np.float32)
    if frame.pixelFormat() == F.Format_YUV420P10:  # three planes, values in the low 10 bits
        u = _plane(frame, 1, h // 2)[::half, : w // 2 : half].astype(np.float32)
        v = _plane(frame, 2, h // 2)[::half, : w // 2 : half].astype(np.float32)
    else:  # P010/P016: interleaved UV, values in the high 10 bits of 16
        uv = _plane(frame, 1, h // 2)[::half, : w // 2 * 2].reshape(-1, w // 2, 2)[:, ::half].astype(np.float32)
        y, u, v = y / 64, uv[..., 0] / 64, uv[..., 1] / 64
    rows, cols = min(y.shape[0], u.shape[0]), min(y.shape[1], u.shape[1])
    y, u, v = y[:rows, :cols], u[:rows, :cols], v[:rows, :cols]
    fmt = frame.surfaceFormat()
    if fmt.colorRange() == QVideoFrameFormat.ColorRange.ColorRange_Full:
        y, u, v = y / 1023, u / 1023 - 0.5, v / 1023 - 0.5
    else:  # video range: 64–940 for Y, 64–960 for Cb/Cr
        y, u, v = (y - 64) / 876, (u - 512) / 896, (v - 512) / 896
    cr_r, cb_g, cr_g, cb_b = COEFFS["2020" if fmt.colorSpace() == QVideoFrameFormat.ColorSpace.ColorSpace_BT2020
                                    else "709"]
    rgb = np.clip(np.stack((y + cr_r * v, y + cb_g * u + cr_g * v, y + cb_b * u), axis=-1), 0, 1)
    transfer = fmt.colorTransfer()
    if transfer in (QVideoFrameFormat.ColorTransfer.ColorTransfer_STD_B67,
                    QVideoFrameFormat.ColorTransfer.ColorTransfer_ST2084):
        rgb = np.ascontiguousarray(tone_map(rgb, transfer == QVideoFrameFormat.ColorTransfer.ColorTransfer_STD_B67))
    else:
        rgb = np.ascontiguousarray((rgb * 255 + 0.5).astype(np.uint8))
    image = QImage(rgb.data, rgb.shape[1], rgb.shape[0], rgb.shape[1] * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: rgb goes away


BT2020_TO_709 = np.array([[1.6605, -0.5876, -0.0728], [-0.1246, 1.1329, -0.0083], [-0.0182, -0.1006, 1.1187]],
                         np.float32)
LIGHT_MAX = 12.0  # the brightest linear light the LUTs cover (HLG peaks at 10, PQ's 1000 nits at 10)


def _decode_lut(hlg: bool) -> np.ndarray:
    """R'G'B' code (0–1023) → linear light with 1.0 = 100 nits."""
    code = np.linspace(0, 1, 1024, dtype=np.float64)
    if hlg:  # inverse OETF of BT.2100 HLG, then its system gamma 1.2 at 1000 nits
        a, b, c = 0.17883277, 0.28466892, 0.55991073
        scene = np.where(code <= 0.5, code * code / 3, (np.exp((code - c) / a) + b) / 12)
        light = 10.0 * scene ** 1.2
    else:  # PQ: SMPTE ST 2084 inverse EOTF, absolute nits / 100
        m1, m2, c1, c2, c3 = 0.1593017578125, 78.84375, 0.8359375, 18.8515625, 18.6875
        p = code ** (1 / m2)
        light = 100.0 * (np.maximum(p - c1, 0) / (c2 - c3 * p)) ** (1 / m1)
    return np.minimum(light, LIGHT_MAX).astype(np.float32)


def _encode_lut() -> np.ndarray:
    """Linear light (4096 steps up to LIGHT_MAX) → 8-bit SDR: highlights above 0.3 rolled off, then
    BT.709-like display gamma."""
    light = np.linspace(0, LIGHT_MAX, 4096)
    light = np.where(light <= 0.3, light, 0.3 + 0.7 * np.tanh((light - 0.3) / 0.7))
    return (np.clip(light, 0, 1) ** (1 / 2.4) * 255 + 0.5).astype(np.uint8)


LUTS = {True: _decode_lut(True), False: _decode_lut(False)}
ENCODE = _encode_lut()


def tone_map(rgb: np.ndarray, hlg: bool) -> np.ndarray:
    """HLG or PQ BT.2020 R'G'B' (0–1) → BT.709 SDR R'G'B' (uint8), close to what the export's tone
    mapping gives (app/media/tonemap.py to_sdr). Two look-up tables and a 3×3 matrix: fast enough to play."""
    light = LUTS[hlg][np.clip(rgb * 1023 + 0.5, 0, 1023).astype(np.int16)] @ BT2020_TO_709.T
    return ENCODE[np.clip(light * (4095 / LIGHT_MAX) + 0.5, 0, 4095).astype(np.int16)]
