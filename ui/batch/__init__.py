"""The batch window: many clips exported with one set of choices.

May import: app, ui.session, ui.common, ui.i18n, ui.style. Never the main window.
"""
