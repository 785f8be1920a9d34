"""Which files are video clips, by their suffix: one list for the file dialogs, folders and drops."""

from __future__ import annotations

from pathlib import Path

# what phones, cameras and screen recorders write (lower case); the order is the file dialog's
VIDEO_SUFFIXES = (".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".3gp", ".mts", ".m2ts", ".wmv", ".mpg",
                  ".mpeg")
VIDEO_PATTERNS = " ".join(f"*{suffix}" for suffix in VIDEO_SUFFIXES)  # "*.mp4 *.mov …" for a file dialog


PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".heif")  # HEIC only where a plug-in reads it (photo.py)


def is_photo_name(path: str | Path) -> bool:
    """The file's suffix is one of a photo (any case)."""
    return Path(path).suffix.lower() in PHOTO_SUFFIXES


def is_video_name(path: str | Path) -> bool:
    """The file's suffix is one of a video clip (any case)."""
    return Path(path).suffix.lower() in VIDEO_SUFFIXES
