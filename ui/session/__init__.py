"""The session: the Document (Edit + campaign + undo), the export queue, background tasks.

May import: app, PySide6. No widgets, never the main window.
"""
