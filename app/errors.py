"""Errors a user can cause, each carrying one clear sentence."""


class UserError(Exception):
    """Bad input from the user: shown as one sentence, exit code 2 in the CLI."""


class NotMediaError(UserError):
    """The file is not a video or audio file that can be read."""


class ExportError(Exception):
    """The export failed for a reason that is not the user's input (exit code 1)."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


class Cancelled(Exception):
    """The user cancelled a long task."""
