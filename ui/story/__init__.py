"""The story strip: a story's shots one after another (ui/story/strip.py), their thumbnails
(ui/story/thumbs.py) and the plain data the strip is given (ui/story/items.py)."""
