"""The "Kirim ke HP" dialog: its QR code is the page's address, the page answers while it is open and
not after, it reads in Indonesian, and the editor and the batch window open it for a finished video."""

from __future__ import annotations

import http.client
import socket

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.export.batch import BatchItem
from app.share import qr
from tests.conftest import ARTIFACTS
from tests.ui.test_language import english_left
from ui.share.dialog import ShareDialog, qr_image

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "Kelas 5 — Siti.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(5000))
    return path


@pytest.fixture
def dialog(qtbot, video):
    d = ShareDialog([video], port=0)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d
    d.stop()


def _get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().status
    finally:
        conn.close()


def _modules_in(image, count: int) -> list[list[bool]]:
    """Read the code back from the picture: the centre pixel of every module."""
    size = count + 2 * qr.QUIET
    scale = image.width() // size
    return [[image.pixelColor((x + qr.QUIET) * scale + scale // 2, (y + qr.QUIET) * scale + scale // 2).value() < 128
             for x in range(count)] for y in range(count)]


def test_the_qr_code_on_screen_is_segnos_code_of_the_address(dialog):
    assert dialog.url.startswith("http://") and dialog.url.endswith(f"/{dialog.server.token}/")
    assert dialog.address_label.text().replace("\n", "") == dialog.url  # in words, on two lines
    expected = [[bool(v) for v in row] for row in segno.make_qr(dialog.url, error="m").matrix]
    assert dialog.qr_modules == expected
    shown = dialog.qr_label.pixmap().toImage()
    assert _modules_in(shown, len(expected)) == expected
    light_border = [shown.pixelColor(x, 2).value() for x in range(0, shown.width(), 3)]
    assert min(light_border) > 200  # the quiet zone is there


def test_the_picture_of_a_code_holds_its_modules():
    modules = qr.matrix("http://192.168.1.20:8808/abc/")
    assert _modules_in(qr_image(modules), len(modules)) == modules


def test_the_code_is_shown_big_and_the_page_answers_until_the_dialog_closes(dialog, qtbot):
    server = dialog.server
    code = dialog.code_label.text().replace(" ", "")
    assert code == server.code and len(code) == 6
    assert _get(server.port, f"/{server.token}/") == 200
    assert _get(server.port, f"/{server.token}/check?code={code}") == 204
    assert "0" in dialog.saved_label.text() and "15:00" in dialog.time_label.text()
    port = server.port
    dialog.close()
    assert server.stopped
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_stop_and_close_stops_the_server(dialog, qtbot):
    server = dialog.server
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert server.stopped and not dialog.isVisible()


def test_when_the_time_is_up_it_says_so_and_can_send_again(qtbot, video):
    d = ShareDialog([video], port=0, minutes=1 / 60)
    qtbot.addWidget(d)
    d.show()
    first = d.server
    qtbot.waitUntil(lambda: d.restart_button.isVisible(), timeout=10000)
    assert first.stopped and d.problem_label.isVisible() and d.code_label.text() == ""
    qtbot.mouseClick(d.restart_button, LEFT)
    assert d.server is not first and not d.server.stopped and d.code_label.text()
    d.close()
    assert d.server.stopped


def test_a_missing_file_is_said_in_the_dialog(qtbot, tmp_path):
    d = ShareDialog([tmp_path / "hilang.mp4"], port=0)
    qtbot.addWidget(d)
    d.show()
    assert d.server is None and "hilang.mp4" in d.problem_label.text() and d.restart_button.isVisible()
    d.close()


def test_the_help_for_a_phone_that_cannot_reach_the_laptop(dialog, qtbot):
    assert not dialog.help_area.isVisible()
    qtbot.mouseClick(dialog.help_button, LEFT)
    assert dialog.help_area.isVisible()
    text = dialog.help_label.text()
    for words in ("client isolation", "Windows", "macOS", "Linux", "Mobile hotspot", "phone's own hotspot"):
        assert words in text


def test_indonesian_dialog_has_no_english(qapp, qtbot, video):
    from ui.i18n.language import set_language

    assert set_language("id") == "id"
    try:
        d = ShareDialog([video], port=0)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        d.help_button.setChecked(True)
        qtbot.wait(50)
        assert d.windowTitle().startswith("Kirim ke HP")
        assert d.help_button.text() == "Ponsel tidak bisa membuka?"
        problems = english_left(d, {video.name, d.address_label.text()})
        ARTIFACTS.mkdir(exist_ok=True)
        d.grab().save(str(ARTIFACTS / "indonesian-ShareDialog.png"))
        d.close()
    finally:
        set_language("en")
    assert not problems, problems


def _share_dialogs() -> list[ShareDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog) and w.isVisible()]


def test_the_editor_offers_it_beside_show_in_folder_after_an_export(open_clip, clip, qtbot, video):
    window = open_clip(clip, wait_frame=False)
    panel = window.panel
    assert not panel.share_button.isVisibleTo(panel)
    window.last_export = str(video)
    panel.show_result("Done! Saved as x.mp4", True)
    assert panel.share_button.isVisibleTo(panel) and panel.show_file_button.isVisibleTo(panel)
    panel.share_button.click()
    qtbot.waitUntil(lambda: bool(_share_dialogs()), timeout=3000)
    (opened,) = _share_dialogs()
    assert opened.paths == [str(video)]
    server = opened.server
    opened.close()
    assert server.stopped
    panel.set_exporting(True)
    assert not panel.share_button.isVisibleTo(panel)


def test_a_finished_batch_row_offers_it(window, qtbot, video, clip):
    window.batch_action.trigger()
    batch = window.batch_window
    qtbot.waitExposed(batch)
    batch.add_paths([clip])
    item = BatchItem(str(clip))
    item.status, item.output = "done", str(video)
    batch._item_changed(0, item)
    cell = batch.table.cellWidget(0, 5)
    buttons = {b.text(): b for b in cell.findChildren(QPushButton)}
    assert set(buttons) == {"Open in editor", "Send to phone"}
    qtbot.wait(50)
    assert batch.table.columnWidth(5) >= cell.sizeHint().width()  # both buttons in sight
    batch.grab().save(str(ARTIFACTS / "batch-send-to-phone.png"))
    qtbot.mouseClick(buttons["Send to phone"], LEFT)
    qtbot.waitUntil(lambda: bool(_share_dialogs()), timeout=3000)
    (opened,) = _share_dialogs()
    assert opened.paths == [str(video)]
    opened.close()
    batch.close()
