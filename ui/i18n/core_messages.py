"""The core's sentences (app/messages.py) in the window's language, through Qt's translations.

app/ has no Qt and so no tr(): each error it raises carries a :class:`~app.messages.Message`
(an id and the values it names). Its English template is translated here with
``QCoreApplication.translate("core", template)`` (the Indonesian is in the ``core`` context of
assets/translations/anakgenius_id.ts) and the values are filled in; a value that is itself a
Message (a reason, the kind of a wrong value) is translated the same way. File names, field names,
numbers and quoted values stay as they are. With no translation loaded, this is the English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import CONTEXT, Message, as_is, os_reason


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def translated(message: Message) -> str:
    """The message in the window's language."""
    return message.render(_translate)


def message_of(error: BaseException | Message | str) -> Message:
    """What a failure says: the core's own Message, an OS reason, or (last) its text as it is."""
    if isinstance(error, Message):
        return error
    if isinstance(error, str):
        return as_is(error)
    said = getattr(error, "message", None)
    if isinstance(said, Message):
        return said
    if isinstance(error, OSError):
        return os_reason(error)
    return as_is(str(error))
