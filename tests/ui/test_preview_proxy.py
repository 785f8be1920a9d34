"""#21: a clip too heavy to play live (4K60 HEVC 10-bit) is previewed from a small copy made in the
background; meanwhile the window says "Preparing the preview…" and shows the clip itself. Exports
still read the clip."""

from __future__ import annotations

from pathlib import Path

from app.media import proxy
from app.media.probe import probe
from tests.test_hdr import HEVC_HLG, TO_HLG


def test_a_heavy_clip_plays_from_its_small_copy(open_clip, make_clip, qtbot, monkeypatch):
    import ui.editor.window as window_module

    # a small clip stands in for the 4K60 one (what makes a clip heavy is tested below)
    clip = make_clip(size="480x270", fps=60, seconds=1.5, vf=TO_HLG, args=HEVC_HLG, name="hlg 60fps.mp4")
    monkeypatch.setattr(window_module, "needs_proxy", lambda media: True)
    window = open_clip(clip)
    assert window.statusBar().currentMessage() == "Preparing the preview…"
    qtbot.waitUntil(lambda: window._proxy_task is None, timeout=60000)
    made = proxy.ready_proxy(probe(clip))
    assert made is not None and made.parent.name == "proxies"
    qtbot.waitUntil(lambda: Path(window.playback.player.source().toLocalFile()) == made, timeout=10000)
    assert window.statusBar().currentMessage() == ""
    small = probe(made)
    assert small.height == proxy.PROXY_HEIGHT and small.fps == 30 and small.color_transfer == "bt709"
    assert abs(small.duration - probe(clip).duration) < 0.1 and small.has_audio
    qtbot.waitUntil(lambda: window.canvas.frames_received > 0, timeout=10000)
    assert window.doc.edit.source == str(clip)  # the export reads the clip, not the copy


def test_which_clips_are_too_heavy_to_play_live(make_clip):
    from app.media.probe import MediaInfo

    def clip(w, h, fps, fmt="yuv420p"):
        return MediaInfo(path="x.mp4", duration=10, format_name="mov", has_video=True, width=w, height=h, fps=fps,
                         pixel_format=fmt)

    assert proxy.needs_proxy(clip(3840, 2160, 60, "yuv420p10le"))
    assert proxy.needs_proxy(clip(3840, 2160, 30))
    assert proxy.needs_proxy(clip(2560, 1440, 30, "yuv420p10le"))
    assert not proxy.needs_proxy(clip(1920, 1080, 60))
    assert not proxy.needs_proxy(clip(1920, 1080, 30, "yuv420p10le"))
