"""Errors a user can cause, each carrying one clear sentence: a :class:`~app.messages.Message`.

``raise UserError(M.FILE_EMPTY, file=path.name)``: the id and the values the sentence names.
``str(exc)`` is the English sentence (what the CLI prints); ``exc.message`` is the Message the
GUI shows in the window's language.
"""

from __future__ import annotations

from typing import Any

from app.messages import M, Message


class _Said(Exception):
    """An exception whose text is a Message."""

    message: Message

    def __init__(self, message: M | Message, /, **params: object) -> None:
        self.message = message if isinstance(message, Message) else Message(message, **params)
        super().__init__(str(self.message))

    def __reduce__(self) -> tuple[Any, ...]:  # pickles (and copies) with its Message, whatever __init__ takes
        return _rebuild, (type(self), self.message, dict(self.__dict__))


def _rebuild(cls: type[_Said], message: Message, state: dict[str, Any]) -> _Said:
    exc = cls.__new__(cls)
    Exception.__init__(exc, str(message))
    exc.__dict__.update(state)
    return exc


class UserError(_Said):
    """Bad input from the user: shown as one sentence, exit code 2 in the CLI."""


class NotMediaError(UserError):
    """The file is not a video or audio file that can be read."""


class ExportError(_Said):
    """The export failed for a reason that is not the user's input (exit code 1)."""

    def __init__(self, message: M | Message, /, details: str = "", **params: object) -> None:
        super().__init__(message, **params)
        self.details = details


class Cancelled(Exception):
    """The user cancelled a long task."""
