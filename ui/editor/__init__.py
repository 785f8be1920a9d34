"""The main window and what it alone assembles: side panel, card option, project and classroom actions.

The only package whose modules may import MainWindow (window.py).
"""
