"""What the app learns by looking at a clip (#17): its faces and shot changes, and the crop path
that follows the subject. Qt-free; the detector model is data (assets/models), run by onnxruntime."""
