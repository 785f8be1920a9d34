"""Elapsed and remaining time for a task that reports a fraction done (no Qt in here)."""

from __future__ import annotations

import time
from collections.abc import Callable


class Eta:
    """Feed it fractions; ask for elapsed and remaining seconds."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.started = clock()
        self.fraction = 0.0

    def update(self, fraction: float) -> None:
        self.fraction = max(self.fraction, min(1.0, fraction))

    @property
    def elapsed(self) -> float:
        return self.clock() - self.started

    @property
    def remaining(self) -> float | None:
        """None until there is enough to go on (the first 2 % or first second)."""
        if self.fraction < 0.02 or self.elapsed < 1.0:
            return None
        return self.elapsed * (1 - self.fraction) / self.fraction
