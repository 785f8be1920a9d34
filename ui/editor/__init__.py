"""The main window and what it alone assembles: side panel, card option, and the window's actions
(projects and autosave, preferences, help, the sample clip), one module each.

The only package whose modules may import MainWindow (window.py); the others get the Document,
the ExportQueue, the Settings or Preferences, a parent widget and callbacks instead.
"""
