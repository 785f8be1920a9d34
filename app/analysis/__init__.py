"""What the app learns by looking at a clip (#17): its faces and shot changes (``clip.py``, with the
face detector in ``detector.py``: CenterFace, data in assets/models, run by onnxruntime), and the
crop path that follows the subject (``path.py``, pure).

Imports app.media (probe facts, the ffmpeg pipe and cache, tone mapping) and the foundations; it is
used by app.render (the follow framing) and app.export (analysing before an export). No Qt.
"""
