"""Speech → captions, offline ("Buat teks dari suara"): the model add-on, the recogniser, the cutting.

Qt-free: the GUI runs :func:`app.speech.transcribe.transcribe` in a worker with progress and cancel.
"""
