"""Small Qt helpers any widget may use (signal blocking, eliding path labels, the message
banner).

May import: PySide6 only.
"""
