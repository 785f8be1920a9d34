"""Campaign packs: the Campaign model, the campaign.toml format, file checks, installed packs.

May import: app.media (to check songs), app.project (names of choices), app.errors, app.messages,
app.paths, app.files. Never Qt.
"""
