"""What the user is making and keeps: the Edit, timecodes, autosave, settings and preferences.

May import: app.errors, app.paths. Never Qt.
"""
