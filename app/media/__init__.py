"""Reading media: probe (what a file holds), filmstrip, waveform, the sample clip and their cache.

May import: app.errors, app.paths, app.ffmpeg. Never Qt.
"""
