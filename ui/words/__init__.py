"""Words on the video in the window (#16): the side panel's Words card, captions from speech, the
captions lane and the words drawn live on the preview."""
