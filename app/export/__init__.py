"""Running an export: checks, the ffmpeg runner, output names, leftovers, batches, progress.

May import: app.render, app.media, app.campaigns, app.project, app.errors,
app.messages. Never Qt.
"""
