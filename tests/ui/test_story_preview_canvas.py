"""The story preview in the canvas: rendered in the background, played, sought across joints."""

from __future__ import annotations

import numpy as np
import pytest

from app.campaigns.packs import get_campaign
from app.export.preview import preview_key, preview_path
from app.project.edit import Trim
from tests.conftest import ARTIFACTS
from tests.test_story_preview import BLUE, GREEN, RED, story_edit, story_sources


@pytest.fixture(scope="module")
def media(tmp_path_factory):
    return story_sources(tmp_path_factory.mktemp("preview media"))


@pytest.fixture
def setup(qtbot, media, tmp_path):
    from ui.preview.canvas import PreviewCanvas
    from ui.preview.story_preview import StoryPreview
    from ui.session.document import Document

    doc = Document(get_campaign())
    canvas = PreviewCanvas(doc)
    canvas.resize(270, 480)
    qtbot.addWidget(canvas)
    canvas.show()
    preview = StoryPreview(doc, canvas, folder=tmp_path / "cache", debounce_ms=50)
    yield doc, canvas, preview
    preview.close(wait=True)


def shown_colour(canvas) -> np.ndarray | None:
    image = canvas.current_image()
    if image is None:
        return None
    from PySide6.QtGui import QImage

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = rgb.width(), rgb.height()
    data = np.frombuffer(rgb.constBits(), np.uint8, count=h * rgb.bytesPerLine()).reshape(h, rgb.bytesPerLine())
    pixels = data[:, : w * 3].reshape(h, w, 3)
    return pixels[h // 3: 2 * h // 3, w // 4: 3 * w // 4].reshape(-1, 3).mean(axis=0)


def shows(canvas, colour) -> bool:
    seen = shown_colour(canvas)
    return seen is not None and float(np.abs(seen - colour).max()) < 25


def load_story(qtbot, doc, preview, media) -> None:
    with qtbot.waitSignal(preview.readyChanged, timeout=60000, check_params_cb=lambda ready: ready):
        doc.change("story", lambda e: _become(e, story_edit(media)))


def _become(edit, other) -> None:
    for name in ("shots", "transition", "audio", "preset", "source", "trim"):
        setattr(edit, name, getattr(other, name))


def test_the_story_plays_and_seeking_across_a_joint_shows_the_right_shot(qtbot, setup, media):
    doc, canvas, preview = setup
    assert not canvas.framed and not preview.active  # no story yet: the one-clip canvas
    load_story(qtbot, doc, preview, media)
    assert canvas.framed and canvas.preparing is None
    for seconds, colour in ((0.5, RED), (1.7, GREEN), (3.0, BLUE), (1.6, GREEN), (0.9, RED)):
        preview.seek(seconds)  # back and forth across the joints
        qtbot.waitUntil(lambda colour=colour: shows(canvas, colour), timeout=10000)
    ARTIFACTS.mkdir(exist_ok=True)
    canvas.grab().save(str(ARTIFACTS / "story-preview.png"))
    preview.seek(2.9)
    qtbot.waitUntil(lambda: shows(canvas, BLUE), timeout=10000)
    preview.seek(0.0)
    with qtbot.waitSignal(preview.playingChanged, timeout=10000, check_params_cb=lambda playing: playing):
        preview.play()
    qtbot.waitUntil(lambda: preview.position() > 1.8 and shows(canvas, GREEN) or shows(canvas, BLUE), timeout=20000)
    preview.pause()
    qtbot.waitUntil(lambda: not preview.is_playing(), timeout=5000)


def test_a_watermark_change_keeps_the_preview_and_a_trim_renders_again(qtbot, setup, media):
    doc, canvas, preview = setup
    load_story(qtbot, doc, preview, media)
    with qtbot.assertNotEmitted(preview.readyChanged, wait=300):
        doc.change("hashtag", lambda e: setattr(e.watermark, "text", "#KelasKita"))
    assert preview.ready and preview._task is None  # the canvas draws the new hashtag itself
    with qtbot.waitSignal(preview.readyChanged, timeout=5000, check_params_cb=lambda ready: not ready):
        doc.change("trim", lambda e: setattr(e.shots[1], "trim", Trim(0.3, 1.5)))
    assert canvas.preparing is not None
    canvas.grab().save(str(ARTIFACTS / "story-preview-preparing.png"))
    qtbot.waitUntil(lambda: preview.ready, timeout=60000)
    assert preview.duration() == pytest.approx(3.2, abs=0.05)
    preview.seek(1.5)  # green now from 1.0 s (the crossfade) to the photo's crossfade at 1.9 s
    qtbot.waitUntil(lambda: shows(canvas, GREEN), timeout=10000)


def test_a_change_while_rendering_cancels_the_stale_rendering(qtbot, setup, media, tmp_path):
    doc, canvas, preview = setup
    load_story(qtbot, doc, preview, media)
    doc.change("longer photo", lambda e: setattr(e.shots[2], "seconds", 8.0))  # a few seconds to render
    stale_edit = doc.edit
    qtbot.waitUntil(lambda: preview._task is not None and preview._task.running, timeout=10000)
    stale = preview._task
    doc.change("shorter photo", lambda e: setattr(e.shots[2], "seconds", 2.0))
    assert stale.is_cancelled
    qtbot.waitUntil(lambda: preview.ready, timeout=60000)
    assert preview._loaded == preview_key(doc.edit, doc.campaign)
    assert preview.duration() == pytest.approx(4.0, abs=0.05)
    assert stale.wait(10)
    assert not preview_path(stale_edit, tmp_path / "cache").exists()  # killed: never finished


def test_undo_back_to_a_rendered_story_is_ready_at_once_and_a_plain_clip_leaves_story_mode(qtbot, setup, media):
    doc, canvas, preview = setup
    load_story(qtbot, doc, preview, media)
    doc.change("photo", lambda e: setattr(e.shots[2], "seconds", 1.2))
    qtbot.waitUntil(lambda: preview.ready, timeout=60000)
    with qtbot.waitSignal(preview.readyChanged, timeout=10000, check_params_cb=lambda ready: ready):
        doc.undo_stack.undo()
        qtbot.waitUntil(lambda: not preview.ready, timeout=10000)  # the file of the Edit before loads again
    doc.change("one clip", lambda e: (setattr(e, "source", str(media["red"])), setattr(e, "shots", [])))
    assert not preview.active and not preview.ready and not canvas.framed


def test_a_broken_shot_is_reported_in_one_sentence(qtbot, setup, media, tmp_path):
    from app.messages import Message
    from app.project.story import ClipShot

    doc, canvas, preview = setup
    load_story(qtbot, doc, preview, media)
    broken = tmp_path / "rusak.mp4"
    broken.write_text("not a video")
    with qtbot.waitSignal(preview.failed, timeout=30000) as failure:
        doc.change("broken", lambda e: e.shots.__setitem__(1, ClipShot(str(broken))))
    message = failure.args[0]
    assert isinstance(message, Message) and "shot 2" in str(message) and "rusak.mp4" in str(message)
    assert not preview.ready and canvas.preparing is None
