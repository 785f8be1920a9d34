"""The timeline: filmstrip, waveforms, trim handles, music lane (loaded with ui.session.tasks).

May import: app, ui.session, ui.preview, ui.common, ui.i18n, ui.style. Never the main window.
"""
