"""#17 "Sembunyikan wajah": the face card, its analysis in the background, and its drawing on the preview."""
