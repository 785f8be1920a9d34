""""Kirim ke HP": the dialog that sends finished videos to phones on the same Wi-Fi.

While it is open, :class:`app.share.server.ShareServer` serves the chosen files; closing it (or the
15 minutes running out) stops the server. It shows the QR code of the phone page (drawn here from
segno's modules), the address in words, the code big, how many phones saved the video and the time
left, and what to do when the phone cannot reach the laptop (client isolation, the firewall: the
laptop's own hotspot, or the phone's).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.share import qr
from app.share.address import LOOPBACK
from app.share.guard import spaced
from app.share.server import DEFAULT_MINUTES, PORT, ShareServer
from ui.i18n.core_messages import translated

QR_PIXELS = 280


def qr_image(modules: list[list[bool]], pixels: int = QR_PIXELS) -> QImage:
    """The code as a black-on-white picture with its quiet zone, each module a whole number of pixels."""
    size = len(modules) + 2 * qr.QUIET
    scale = max(1, pixels // size)
    light = bytes([255]) * size
    rows = [light] * qr.QUIET + [light[: qr.QUIET] + bytes(0 if d else 255 for d in r) + light[: qr.QUIET]
                                 for r in modules] + [light] * qr.QUIET
    small = QImage(b"".join(rows), size, size, size, QImage.Format.Format_Grayscale8).copy()
    return small.scaled(size * scale, size * scale, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)


class ShareDialog(QDialog):
    def __init__(self, paths: Sequence[str | Path], parent: QWidget | None = None,
                 minutes: float = DEFAULT_MINUTES, port: int = PORT) -> None:
        super().__init__(parent)
        self.setObjectName("ShareDialog")
        self.setWindowTitle(self.tr("Send to phone — AnakGENIUS Studio"))
        self.paths, self.minutes, self.port = [str(p) for p in paths], minutes, port
        self.server: ShareServer | None = None
        self.url = ""
        self.qr_modules: list[list[bool]] = []

        col = QVBoxLayout(self)
        col.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the help text
        col.setContentsMargins(22, 18, 22, 18)
        col.setSpacing(10)
        col.addWidget(QLabel(self.tr("Send to phone"), objectName="DialogTitle"))
        names = ", ".join(Path(p).name for p in self.paths[:3]) + (" …" if len(self.paths) > 3 else "")
        self.files_label = QLabel(names, objectName="Hint")
        self.files_label.setWordWrap(True)
        col.addWidget(self.files_label)

        row = QHBoxLayout()
        row.setSpacing(18)
        self.qr_label = QLabel()
        self.qr_label.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setAccessibleName(self.tr("QR code of the address"))
        row.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        steps = QVBoxLayout()
        steps.setSpacing(6)
        step1 = QLabel(self.tr("1. Connect the phone to the same Wi-Fi as this laptop."))
        step2 = QLabel(self.tr("2. Scan the QR code with the phone's camera, or type this address:"))
        for label in (step1, step2):
            label.setWordWrap(True)
            steps.addWidget(label)
        self.address_label = QLabel()
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.address_label.setAccessibleName(self.tr("Address to open on the phone"))
        steps.addWidget(self.address_label)
        self.address_combo = QComboBox()
        self.address_combo.setAccessibleName(self.tr("This laptop's addresses"))
        self.address_combo.setToolTip(
            self.tr("This laptop is on more than one network: choose the one the phone is on"))
        self.address_combo.activated.connect(self._address_chosen)
        steps.addWidget(self.address_combo)
        step3 = QLabel(self.tr("3. On the phone, type this code:"))
        steps.addWidget(step3)
        self.code_label = QLabel(objectName="ShareCode")
        self.code_label.setStyleSheet("font-size: 34pt; font-weight: 900; letter-spacing: 4px; color: #C2185B;")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Code to type on the phone"))
        steps.addWidget(self.code_label)
        self.saved_label = QLabel()
        self.time_label = QLabel(objectName="Hint")
        steps.addWidget(self.saved_label)
        steps.addWidget(self.time_label)
        steps.addStretch(1)
        steps_box = QWidget()
        steps_box.setMinimumWidth(330)
        steps_box.setLayout(steps)
        steps.setContentsMargins(0, 0, 0, 0)
        row.addWidget(steps_box, 1)
        col.addLayout(row)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #C62828; font-weight: bold;")
        self.problem_label.hide()
        col.addWidget(self.problem_label)

        self.help_button = QPushButton(self.tr("The phone cannot open it?"), objectName="Link")
        self.help_button.setCheckable(True)
        self.help_button.toggled.connect(self._show_help)
        col.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.help_label = QLabel(self._help_text())
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.RichText)
        self.help_label.setContentsMargins(0, 0, 8, 0)
        self.help_area = QScrollArea()
        self.help_area.setWidget(self.help_label)
        self.help_area.setWidgetResizable(True)
        self.help_area.setFrameShape(QFrame.Shape.NoFrame)
        self.help_area.setFixedHeight(230)  # a 768-pixel-high laptop screen still shows the code above it
        self.help_area.setMinimumWidth(620)
        self.help_area.hide()
        col.addWidget(self.help_area)

        buttons = QDialogButtonBox()
        self.again_button = QPushButton(self.tr("Look for the address again"))
        self.again_button.setToolTip(self.tr("After turning on a hotspot or joining another Wi-Fi"))
        self.again_button.clicked.connect(self.refresh_addresses)
        self.restart_button = QPushButton(self.tr("Send again"))
        self.restart_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Stop and close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restart_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        col.addWidget(buttons)

        self.timer = QTimer(self, interval=500)
        self.timer.timeout.connect(self._tick)
        self.start()

    # The server -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.stop()
        self.problem_label.hide()
        try:
            self.server = ShareServer(self.paths, minutes=self.minutes, port=self.port)
            self.server.start()
        except UserError as exc:
            self.server = None
            self._stopped_look(translated(exc.message))
            return
        self.code_label.setText(spaced(self.server.code))
        self.restart_button.hide()
        self.again_button.show()
        self.refresh_addresses()
        self.timer.start()
        self._tick()

    def stop(self) -> None:
        self.timer.stop()
        if self.server is not None:
            self.server.stop("closed")

    def refresh_addresses(self) -> None:
        if self.server is None:
            return
        hosts = self.server.addresses()
        self.address_combo.clear()
        for host in hosts:
            self.address_combo.addItem(host, host)
        self.address_combo.setVisible(len(hosts) > 1)
        if not hosts:
            self.problem_label.setText(self.tr(
                "This laptop is on no network, so phones cannot reach it. Turn on its hotspot (see below), "
                "then press “Look for the address again”."))
            self.problem_label.show()
            self.help_button.setChecked(True)
            self._show_url(LOOPBACK)
            return
        self.problem_label.hide()
        self._show_url(hosts[0])

    def _address_chosen(self, index: int) -> None:
        self._show_url(self.address_combo.itemData(index))

    def _show_url(self, host: str) -> None:
        assert self.server is not None
        self.url = self.server.page_url(host)
        root = self.url.rstrip("/").rsplit("/", 1)[0] + "/"
        lines = [root, self.url[len(root):]]  # the long random part on a line of its own, not cut anywhere
        self.address_label.setText("\n".join(lines))
        self.address_label.ensurePolished()  # its style sheet's font, to measure the address with
        metrics = QFontMetrics(self.address_label.font())
        self.address_label.setMinimumWidth(max(metrics.horizontalAdvance(line) for line in lines) + 8)
        self.qr_modules = qr.matrix(self.url)
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(self.qr_modules)))
        self.qr_label.setEnabled(True)

    def _tick(self) -> None:
        if self.server is None:
            return
        stats = self.server.stats()
        self.saved_label.setText(self.tr("Phones that saved it: %1").replace("%1", str(stats.phones)))
        if stats.stopped:
            self._stopped_look(self.tr("Time is up: sending has stopped.") if stats.why == "time" else "")
            return
        left = int(stats.seconds_left + 0.999)
        self.time_label.setText(self.tr("Stops by itself in %1").replace("%1", f"{left // 60}:{left % 60:02d}"))

    def _stopped_look(self, why: str) -> None:
        self.timer.stop()
        self.qr_label.clear()
        self.qr_label.setText(self.tr("Stopped"))
        self.address_label.setText("—")
        self.code_label.setText("")
        self.time_label.setText("")
        self.address_combo.hide()
        self.again_button.hide()
        self.restart_button.show()
        if why:
            self.problem_label.setText(why)
            self.problem_label.show()

    def done(self, result: int) -> None:
        self.stop()  # the server lives only while the dialog is open
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.stop()
        super().closeEvent(event)

    # When the phone cannot reach the laptop -------------------------------------------------------

    def _show_help(self, shown: bool) -> None:
        self.help_area.setVisible(shown)
        QTimer.singleShot(0, self.adjustSize)

    def _help_text(self) -> str:
        parts = [
            self.tr("Many school and office Wi-Fi networks keep devices apart from each other (client "
                    "isolation), and a firewall can block them too: then the phone cannot reach this laptop "
                    "even on the same Wi-Fi. Make a network of your own instead:"),
            self.tr("<b>Windows:</b> Settings ▸ Network & internet ▸ Mobile hotspot: turn it on. Connect the "
                    "phone to the network name and password shown there. If Windows asks whether AnakGENIUS "
                    "Studio may use the network, tick <i>Private networks</i> and choose <i>Allow</i>."),
            self.tr("<b>macOS:</b> System Settings ▸ General ▸ Sharing ▸ Internet Sharing: share to "
                    "Wi-Fi and turn it on (a Mac needs a cable connection to share). Or use the phone's "
                    "hotspot, below."),
            self.tr("<b>Linux:</b> Settings ▸ Wi-Fi ▸ menu ▸ Turn On Wi-Fi Hotspot…, or in a terminal: "
                    "<tt>nmcli device wifi hotspot</tt>."),
            self.tr("<b>Or the other way round:</b> turn on the phone's own hotspot and connect the laptop "
                    "to it."),
            self.tr("Then press “Look for the address again” and scan the new QR code."),
        ]
        return "<p>" + "</p><p>".join(parts) + "</p>"


def open_share_dialog(paths: Sequence[str | Path | None], parent: QWidget | None = None) -> ShareDialog | None:
    """The dialog for the finished videos among ``paths``, shown (not modal); None when there are none."""
    found = [str(p) for p in paths if p and Path(p).is_file()]
    if not found:
        return None
    dialog = ShareDialog(found, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def share_button(path: str, parent: QWidget | None = None) -> QPushButton:
    """A "Send to phone" link button for one finished video (the batch window's rows)."""
    button = QPushButton(QCoreApplication.translate("ShareDialog", "Send to phone"), parent, objectName="Link")
    tip = QCoreApplication.translate("ShareDialog", "Send %s to phones on the same Wi-Fi")
    button.setToolTip(tip % Path(path).name)
    button.clicked.connect(lambda _=False: open_share_dialog([path], button.window()))
    return button


def put_share_cell(table: QTableWidget, row: int, column: int, path: str, beside: QWidget) -> None:
    """``beside`` and a "Send to phone" button for ``path``, side by side in a finished row's cell."""
    cell = QWidget()
    line = QHBoxLayout(cell)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(4)
    line.addWidget(beside)
    line.addWidget(share_button(path, cell))
    table.setCellWidget(row, column, cell)
    table.horizontalHeader().resizeSections()  # each column by its own mode: the stretched ones stay stretched
