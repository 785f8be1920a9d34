"""J / K / L shuttle, as in common editors: L plays forward (again: 2×, 4×), J plays backward
(again: faster), K stops. Backward play is a series of small seeks (players cannot run backwards).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ui.preview.playback import Playback

RATES = (1.0, 2.0, 4.0)
BACK_TICK_MS = 80


class Shuttle(QObject):
    def __init__(self, playback: Playback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.playback = playback
        self.speed = 0.0  # negative: backward, 0: stopped
        self._back = QTimer(self, interval=BACK_TICK_MS)
        self._back.timeout.connect(self._step_back)
        playback.playingChanged.connect(self._playing_changed)

    def forward(self) -> None:  # L
        self._back.stop()
        pb = self.playback
        if self.speed <= 0 or not pb.is_playing():
            self.speed = 1.0
        else:
            self.speed = RATES[min(len(RATES) - 1, RATES.index(self.speed) + 1)] if self.speed in RATES else 1.0
        pb.set_rate(self.speed)
        if not pb.is_playing():
            pb.play()

    def backward(self) -> None:  # J
        pb = self.playback
        if self.speed >= 0:
            pb.pause()
            pb.set_rate(1.0)
            self.speed = -1.0
        else:
            self.speed = -RATES[min(len(RATES) - 1, RATES.index(-self.speed) + 1)]
        self._back.start()

    def stop(self) -> None:  # K
        self._back.stop()
        self.speed = 0.0
        self.playback.pause()
        self.playback.set_rate(1.0)

    def _step_back(self) -> None:
        pb = self.playback
        start, _ = pb.trim_ms()
        here = pb.position()
        low = start if here > start else 0
        target = max(low, round(here + self.speed * BACK_TICK_MS))
        pb.seek(target)
        if target <= low:
            self.stop()

    def _playing_changed(self, playing: bool) -> None:
        if not playing and self.speed > 0:
            self.speed = 0.0
            self.playback.set_rate(1.0)
