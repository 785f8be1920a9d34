"""Small Qt helpers any widget may use (signal blocking, eliding path labels, file-dialog filters,
the message banner).

May import: PySide6 only.
"""
