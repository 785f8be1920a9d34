"""What the user is making and keeps: the Edit and its choices (StrEnums), timecodes, autosave,
settings and preferences.

May import: app.errors, app.messages, app.paths, app.files. Never Qt.
"""
