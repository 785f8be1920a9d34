"""The session: the Document (Edit + campaign + undo, typed setters), the export queue, and the
one background-task helper (run_task) every worker goes through.

May import: app, PySide6. No widgets, never the main window.
"""
