"""The anakgenius command line (probe, export, batch, campaigns).

May import all of app; never ui or Qt.
"""
