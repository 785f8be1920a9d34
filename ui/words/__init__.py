"""Words on the video (#16): the side panel's Words card, captions from speech, the captions lane."""
