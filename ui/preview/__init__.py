"""The 9:16 preview: canvas, playback of the export's mix, frame conversion, shuttle keys.

May import: app, ui.session (the Document, for its campaign), ui.common. Never the main window.
"""
