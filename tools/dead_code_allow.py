"""Names vulture (make lint) would call unused, that are used in a way it cannot see.

Each line names one, with why. Keep this list short: delete code that is really unused.
"""

from app.media.probe import MediaInfo

# the probe's facts, printed by `anakgenius probe` through dataclasses.asdict
MediaInfo.coded_width, MediaInfo.coded_height, MediaInfo.sample_aspect  # noqa: B018

# watermark positions a project file or the CLI may name (read by value, never by member)
from app.project.choices import Position  # noqa: E402

Position.TOP_RIGHT, Position.BOTTOM_LEFT  # noqa: B018

# the hidden widget that retranslates the window on a language switch: held so that it lives
from ui.i18n.language import Language  # noqa: E402

Language.retranslator  # noqa: B018

# a field of the Windows job object's limits structure, set for ctypes to hand to Windows
from app.winjob import _app_job  # noqa: E402, F401

_.LimitFlags  # noqa: B018, F821
