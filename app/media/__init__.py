"""Reading media: probe (what a file holds), which files are videos, filmstrip, waveform, the
sample clip and their cache.

May import: app.errors, app.messages, app.paths, app.ffmpeg. Never Qt.
"""
