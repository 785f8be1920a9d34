"""From an Edit to an ffmpeg command: plan(), frame geometry, presets, watermark, cards, loudness.

May import: app.media, app.campaigns, app.project, app.errors, app.messages, app.ffmpeg.
Runs nothing but the loudness measure. Never Qt.
"""
