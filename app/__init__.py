"""AnakGENIUS Studio core: everything that is not Qt.

Nothing in this package may import PySide6; the GUI in ``ui/`` builds on it.
"""

__version__ = "0.1.0"
