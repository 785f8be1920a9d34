"""The video chip's one sentence (#19) reaches the user: on the export dialog's done page and in the
batch window's summary."""

from __future__ import annotations

from app.messages import M, Message
from ui.session.export_queue import ExportResult


def test_the_done_page_says_the_chip_gave_up(open_clip, clip, tmp_path):
    window = open_clip(clip)
    out = tmp_path / "video.mp4"
    out.write_bytes(b"x" * 2000)
    dialog = window.export_dialog()
    dialog._finished(ExportResult(str(out), 2000, 3.0, None))
    assert not dialog.done_notice.isVisibleTo(dialog)
    dialog._finished(ExportResult(str(out), 2000, 3.0, Message(M.ENC_FELL_BACK, chip="NVIDIA NVENC")))
    assert dialog.done_notice.isVisibleTo(dialog) and "NVIDIA NVENC" in dialog.done_notice.text()


def test_the_batch_summary_says_it_once(window, clip):
    batch = window.open_batch()
    batch.add_paths([clip])
    batch._notices = []
    for _ in range(2):
        batch._notice(Message(M.ENC_FELL_BACK, chip="Intel Quick Sync"))
    batch.show_summary()
    assert batch.summary_text.text().count("Intel Quick Sync") == 1


def test_the_done_page_says_the_chip_could_not_read_the_clip(open_clip, clip, tmp_path, monkeypatch):
    """#21: an export whose clip the chip cannot decode (VA-API on a device that does not exist) is made
    by the software decoder, and the done page says so where #19's sentence goes."""
    from app.render import decoders
    from ui.session import export_queue

    monkeypatch.setitem(decoders.DECODERS, "vaapi", decoders.HwDecoder(
        "vaapi", "VA-API", ("-hwaccel", "vaapi", "-hwaccel_device", "/nonexistent/renderD999")))
    monkeypatch.setattr(export_queue, "chosen_decoder", lambda: "vaapi")
    window = open_clip(clip)
    edit = window.doc.view()
    edit.preset, edit.audio.normalize = "draft", False
    task = export_queue.export_job(edit, str(tmp_path / "video.mp4"), encoder="libx264")
    result = task.work(task.state)
    assert result.notice is not None and result.notice.id == M.DEC_GIVEN_UP and (tmp_path / "video.mp4").exists()
    dialog = window.export_dialog()
    dialog._finished(result)
    assert dialog.done_notice.isVisibleTo(dialog) and "VA-API" in dialog.done_notice.text()
