"""Entry point of the frozen app (PyInstaller): the same as the ``anakgenius`` console script."""

from ui.launch import entry

if __name__ == "__main__":
    entry()
