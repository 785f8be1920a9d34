"""AnakGENIUS Studio core: everything that is not Qt.

Nothing in this package may import PySide6; the GUI in ``ui/`` builds on it. At the bottom:
``app.messages`` (every sentence a user can see, by id), ``app.errors`` (errors carrying one),
``app.paths``, ``app.ffmpeg`` and ``app.kinds`` (which files are clips or photos); every sub-package may import them.
"""

__version__ = "0.1.0"
