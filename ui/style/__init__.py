"""Look and feel: the style sheet, colours, light/dark theme.

May import: app.paths, PySide6.
"""
