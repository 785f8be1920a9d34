"""Dialogs and windows opened from the editor: export, preferences, campaigns, shortcuts, tour.

May import: app, ui.session, ui.common, ui.i18n, ui.style. Never the main window.
"""
