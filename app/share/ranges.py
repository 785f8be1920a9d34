"""The ``Range`` header of a request: one byte range (phones' video players ask for these to play and
seek). Several ranges at once are refused (416); what does not parse is a bad request (400)."""

from __future__ import annotations

import re

_ONE = re.compile(r"(\d{0,19})-(\d{0,19})")


class RangeError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``(first, last)`` byte (inclusive) of a file of ``size`` bytes, or None for the whole file.

    Raises RangeError(400) for a header that does not parse, RangeError(416) for a range outside
    the file or for more than one range."""
    if header is None:
        return None
    unit, sep, spec = header.strip().partition("=")
    if not sep or unit.strip().lower() != "bytes":
        raise RangeError(400)
    parts = [p.strip() for p in spec.split(",")]
    if len(parts) > 1:
        if any(not _ONE.fullmatch(p) for p in parts):
            raise RangeError(400)
        raise RangeError(416)
    match = _ONE.fullmatch(parts[0])
    if not match or match.group(0) == "-":
        raise RangeError(400)
    first, last = match.groups()
    if not first:  # bytes=-500: the last 500 bytes
        suffix = int(last)
        if suffix == 0:
            raise RangeError(416)
        return max(0, size - suffix), size - 1
    start = int(first)
    if last and int(last) < start:
        raise RangeError(400)
    if start >= size:
        raise RangeError(416)
    end = int(last) if last else size - 1
    return start, min(end, size - 1)
