"""File-dialog filters shared by the windows that ask for clips."""

VIDEO_FILTER = "*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.3gp *.mts *.m2ts *.wmv *.mpg *.mpeg"
