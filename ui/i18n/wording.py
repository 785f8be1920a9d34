"""Words for the window that the core does not choose: its error sentences, sizes, times, limits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.project.choices import PresetId

if TYPE_CHECKING:
    from app.messages import Message
    from app.render.presets import ExportPreset


def seconds_text(seconds: float) -> str:
    """``60 s`` (``60 dtk`` in Indonesian)."""
    return QCoreApplication.translate("wording", "%s s") % f"{seconds:g}"


def limit_text(seconds: float) -> str:
    """A length limit as people say it: ``3 min`` for whole minutes from two minutes up, else seconds."""
    if seconds >= 120 and seconds % 60 == 0:
        return QCoreApplication.translate("wording", "%s min") % f"{seconds / 60:g}"
    return seconds_text(seconds)


def preset_label(preset: ExportPreset) -> str:
    """The preset's name for the window: platform names stay, the draft is said in the language."""
    if preset.id == PresetId.DRAFT:
        return QCoreApplication.translate("wording", "Draft (quick check)")
    return preset.label


def sentence(text: str | Message | BaseException, capital: bool = True) -> str:
    """A core error (its Message, or the error itself) as a sentence in the window's language, ready
    for the window: capital first letter (unless it starts with a file name, which keeps its
    spelling), full stop. Plain text (already in the window's language) only gets the punctuation."""
    if not isinstance(text, str):
        from ui.i18n.core_messages import message_of, translated  # here: wording is imported early

        text = translated(message_of(text))
    text = text.strip()
    if not text:
        return text
    first = text.split(" ", 1)[0]
    if capital and not any(c in first for c in "./\\"):
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def file_size(size: int) -> str:
    """``2.4 MB`` / ``830 KB``: what a file manager would show."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"


def clock(seconds: float) -> str:
    """``0:07`` / ``1:15`` / ``1:02:03``: whole seconds, for progress and lengths."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
