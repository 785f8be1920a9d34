"""Small Qt helpers any widget may use (signal blocking, eliding path labels).

May import: PySide6 only.
"""
