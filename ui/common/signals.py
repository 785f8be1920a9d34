"""Quietly setting a widget's value, without its change signals firing.

Do not use Qt's ``QSignalBlocker`` here: in PySide6 6.12.0 every use dropped one reference to
Python's ``None`` (a refcount bug in the binding), and after some thousands of panel refreshes
the interpreter aborts with "deallocating None". ``blockSignals`` has no such bug.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject


@contextmanager
def blocked(obj: QObject) -> Iterator[QObject]:
    previous = obj.blockSignals(True)
    try:
        yield obj
    finally:
        obj.blockSignals(previous)
