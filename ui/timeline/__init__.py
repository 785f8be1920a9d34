"""The timeline: filmstrip, waveforms, trim handles, music lane, and their background loaders.

May import: app, ui.session, ui.preview, ui.common, ui.i18n, ui.style. Never the main window.
"""
