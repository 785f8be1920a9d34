"""The short code the laptop shows and the phone page asks for, and the limit on wrong guesses.

A code rather than an "allow this phone?" prompt on the laptop: a class of 30 phones would mean 30
prompts for the teacher to click while the QR code is on the projector; a code is said once, works
the same in the CLI (no one at the laptop to click) and needs no window. The path in the QR code
already holds 128 random bits, so the code guards against a leaked or forwarded link; six digits
and at most 5 wrong tries a minute per phone (30 a minute from all together) leave a guesser a
chance of well under 1 in 1000 in the 15 minutes a share lasts.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

CODE_DIGITS = 6
WINDOW = 60.0  # seconds over which wrong codes are counted
PER_CLIENT = 5  # wrong codes a phone may try per WINDOW
OVERALL = 30  # wrong codes all phones together may try per WINDOW


def new_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def spaced(code: str) -> str:
    """``482913`` -> ``482 913``: easier to read out to a class."""
    return f"{code[:3]} {code[3:]}" if len(code) == CODE_DIGITS else code


class CodeGuard:
    """Thread-safe: every connection's thread asks it."""

    def __init__(self, code: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.code = code
        self._clock = clock
        self._lock = threading.Lock()
        self._wrong: dict[str, deque[float]] = defaultdict(deque)
        self._all_wrong: deque[float] = deque()
        self._trusted: set[str] = set()

    def check(self, client: str, given: str | None) -> int:
        """200 for the right code, 403 for a wrong or missing one, 429 while ``client`` (or everyone)
        has guessed wrong too often. A phone that gave the right code once is never held back (its
        video player asks again for every range)."""
        typed = "".join(c for c in (given or "") if c.isdigit())[:32]
        right = bool(typed) and secrets.compare_digest(typed, self.code)
        with self._lock:
            if right and client in self._trusted:
                return 200
            now = self._clock()
            mine = self._wrong[client]
            for times in (mine, self._all_wrong):
                while times and now - times[0] > WINDOW:
                    times.popleft()
            if len(mine) >= PER_CLIENT or len(self._all_wrong) >= OVERALL:
                return 429
            if right:
                self._trusted.add(client)
                return 200
            if typed:  # no code at all is not a guess
                mine.append(now)
                self._all_wrong.append(now)
            return 403

    def retry_after(self, client: str) -> int:
        with self._lock:
            times = self._wrong.get(client) or self._all_wrong
            if not times:
                return 1
            return max(1, int(WINDOW - (self._clock() - times[0])) + 1)
