"""Words on the video in the window (#16): the captions lane and the words drawn live on the preview."""
