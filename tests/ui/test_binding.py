"""The Qt binding must not lose references to None/True/False (PySide6 6.12.0 did, on Python 3.11:
every setText/setValue dropped one, and the app aborted with "deallocating None" after a while)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QCheckBox, QLabel, QSlider


def test_widget_calls_keep_none_and_bools_alive(qtbot):
    label, slider, box = QLabel(), QSlider(), QCheckBox()
    for widget in (label, slider, box):
        qtbot.addWidget(widget)
    gc.collect()
    before = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for i in range(2000):
        label.setText("x")
        slider.setValue(i % 50)
        box.setChecked(bool(i % 2))
        box.isChecked()
    gc.collect()
    after = {name: sys.getrefcount(obj) for name, obj in (("None", None), ("True", True), ("False", False))}
    for name in before:
        assert after[name] - before[name] > -50, f"the Qt binding drops references to {name}"
