"""Languages: loading Qt translations, wording of choices, core messages in the user's language.

May import: app, PySide6.
"""
