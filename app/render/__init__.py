"""From an Edit to an ffmpeg command: plan(), frame geometry, presets, watermark, cards, loudness.

May import: app.media, app.campaigns, app.project, app.errors, app.messages, app.ffmpeg, app.files.
Runs nothing but the loudness measure. Never Qt.
"""
