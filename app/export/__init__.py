"""Running an export: checks, the ffmpeg runner, output names, batches, progress.

May import: app.render, app.media, app.campaigns, app.project, app.errors,
app.messages, app.files. Never Qt.
"""
