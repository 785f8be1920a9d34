"""AnakGENIUS Studio's desktop app (PySide6), built on the Qt-free core in ``app``.

``ui.launch`` is the one entry point (a command runs the CLI without loading Qt; otherwise
``ui.editor.start`` opens the window). Below it, each room says in its ``__init__`` what it holds
and what it may import; ``make lint`` checks the rules (pyproject's ``[tool.importlinter]``).
"""
