"""Light and dark themes: every visible word stands out from what is behind it.

The check is on pixels, as a user sees them: for each label, button and check box with text, the
text area of the window's screenshot must hold some pixel with a contrast of at least 3:1 to the
area's own background (its most common colour). Disabled controls are left out (they are meant
to look faint). Screenshots of each window and dialog go to test-artifacts/.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QWidget

from app.project.preferences import Preferences
from tests.conftest import ARTIFACTS

MIN_CONTRAST = 3.0


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    c = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return c @ np.array([0.2126, 0.7152, 0.0722])


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return data[:, : image.width(), [2, 1, 0]].astype(float)  # BGRA in memory → RGB


def faint_texts(top: QWidget) -> list[str]:
    """Texts in ``top`` with no pixel at MIN_CONTRAST against their background."""
    shot = top.grab()
    ratio = shot.devicePixelRatio()
    pixels = _pixels(shot.toImage())
    found = []
    for w in top.findChildren(QWidget):
        if not isinstance(w, (QLabel, QAbstractButton)) or not w.text() or not w.isVisible():
            continue
        if not w.isEnabled() or (isinstance(w, QLabel) and not w.pixmap().isNull()):
            continue
        inset = 6 if isinstance(w, QAbstractButton) else 0  # leave a button's border out
        area = w.rect().adjusted(inset, inset, -inset, -inset)
        if isinstance(w, QCheckBox):
            area.setLeft(30)  # the text only, not the coloured box
        seen = w.visibleRegion().boundingRect()  # not what a scroll area hides
        if seen.height() < w.height() or seen.width() < w.width() // 2:
            continue
        area = area.intersected(seen)
        rect = QRect(w.mapTo(top, area.topLeft()), area.size()).intersected(top.rect())
        if rect.width() < 4 or rect.height() < 4:
            continue
        y0, y1 = int(rect.top() * ratio), int((rect.bottom() + 1) * ratio)
        x0, x1 = int(rect.left() * ratio), int((rect.right() + 1) * ratio)
        region = pixels[y0:y1, x0:x1].reshape(-1, 3)
        colours, counts = np.unique(region, axis=0, return_counts=True)
        background = _luminance(colours[counts.argmax()][None, :])[0]
        lum = _luminance(colours)
        best = np.max((np.maximum(lum, background) + 0.05) / (np.minimum(lum, background) + 0.05))
        if best < MIN_CONTRAST:
            found.append(f"{type(top).__name__}: {type(w).__name__} {w.text()!r} at most {best:.2f}:1")
    return found


@pytest.fixture(params=["light", "dark"])
def themed_window(request, window, open_clip, clip):
    window.preferences.save(Preferences(theme=request.param))
    open_clip(clip)
    yield window, request.param
    window.preferences.save(Preferences(theme="light"))


@pytest.mark.slow
def test_every_text_stands_out_in_light_and_dark(themed_window, qtbot):

    window, theme = themed_window
    ARTIFACTS.mkdir(exist_ok=True)
    window.resize(1366, 768)
    qtbot.wait(50)
    problems = faint_texts(window)
    window.grab().save(str(ARTIFACTS / f"theme-{theme}-window.png"))

    window.start_export()
    dialog = window.export_dialog()
    qtbot.waitExposed(dialog)
    problems += faint_texts(dialog)
    dialog.grab().save(str(ARTIFACTS / f"theme-{theme}-export.png"))
    dialog.reject()

    batch = window.open_batch()
    qtbot.waitExposed(batch)
    problems += faint_texts(batch)
    batch.grab().save(str(ARTIFACTS / f"theme-{theme}-batch.png"))
    batch.close()

    window.preferences.show()
    prefs = window.preferences.dialog
    qtbot.waitExposed(prefs)
    problems += faint_texts(prefs)
    prefs.reject()

    window.help.start_tour()
    tour = window.help.tour
    qtbot.wait(20)
    problems += faint_texts(tour.card)  # the rest of the window is dimmed on purpose
    window.grab().save(str(ARTIFACTS / f"theme-{theme}-tour.png"))
    tour.skip()
    assert not problems, "\n".join(problems)


def test_the_check_finds_invisible_text(window, qtbot):
    """The pixel check itself: white words on a white card are found."""
    label = QLabel("Ekspor video", window)
    label.setStyleSheet("color: white; background: white;")
    label.resize(200, 30)
    label.show()
    qtbot.wait(10)
    assert any("Ekspor video" in p for p in faint_texts(window))


def test_emoji_in_the_window_are_drawn_in_colour_not_as_empty_boxes(window):
    """A caption's 🎉 in the lane, the card or a button: Lato has no emoji, the bundled colour font does."""
    label = QLabel("🎉", window)
    label.setStyleSheet("background: white; font-size: 24pt;")
    label.adjustSize()
    rgb = _pixels(label.grab().toImage()).reshape(-1, 3).astype(int)
    saturated = (rgb.max(axis=1) - rgb.min(axis=1)) > 80  # an empty box is grey ink on white
    assert saturated.sum() > 20
