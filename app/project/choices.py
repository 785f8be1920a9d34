"""The closed sets of values an Edit holds, as StrEnums, and the defaults and limits around them.

The members are strings (``Layout.FIT == "fit"``), so project files save and load them exactly as
plain text, and the CLI's ``--layout fit`` and the GUI's buttons name them the same way.
"""

from __future__ import annotations

from enum import StrEnum


class Layout(StrEnum):
    """How the clip fills the tall frame."""

    BLUR = "blur"  # the whole clip over a blurred copy of itself
    FILL = "fill"  # cropped to fill the frame (``Framing.focus`` chooses which part stays)
    FIT = "fit"  # the whole clip on a coloured background
    FOLLOW = "follow"  # #17 a crop that follows the subject's face (``Framing.keys`` corrects it); else Blur


class Position(StrEnum):
    """Where the watermark goes, inside the platforms' safe zone."""

    TOP_LEFT = "top-left"
    TOP = "top"
    TOP_RIGHT = "top-right"
    CENTER = "center"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM = "bottom"
    BOTTOM_RIGHT = "bottom-right"


class CardMode(StrEnum):
    """The campaign's caption card."""

    OFF = "off"
    LOWER_THIRD = "lower-third"  # a strip over the whole video
    END_CARD = "end-card"  # a big card over its last seconds


class PresetId(StrEnum):
    """The export presets (:data:`app.render.presets.PRESETS`)."""

    TIKTOK = "tiktok"
    REELS = "reels"
    SHORTS = "shorts"
    WHATSAPP = "whatsapp"
    DRAFT = "draft"


class TransitionKind(StrEnum):
    """How one shot of a story gives way to the next."""

    CUT = "cut"
    CROSSFADE = "crossfade"
    DIP = "dip"  # to the campaign colour and back


# --- #16 words on the video -------------------------------------------------------------------------


class TextKind(StrEnum):
    """What a text block is for (the GUI's lanes; the export draws them all alike)."""

    TITLE = "title"
    CAPTION = "caption"  # what is said: at most 2 lines of 42 characters
    LINE = "line"  # a free line, e.g. thanks at the end


class TextStyle(StrEnum):
    """How a text block is drawn."""

    BOX = "box"  # on a rounded box in the campaign colour
    OUTLINE = "outline"  # white with a dark outline
    KARAOKE = "karaoke"  # outline, the word being spoken in the campaign accent colour


class TextPlace(StrEnum):
    """Where a text block sits, vertically inside the safe box."""

    TOP = "top"
    MIDDLE = "middle"
    BOTTOM = "bottom"


DEFAULT_PRESET = PresetId.TIKTOK
DEFAULT_POSITION = Position.BOTTOM_RIGHT
MIN_SECONDS = 1.0  # the shortest video an export makes; the trim handles keep at least this much


def values(kind: type[StrEnum]) -> list[str]:
    """The members as plain strings, in order (for argparse ``choices`` and messages)."""
    return [member.value for member in kind]
