"""One connection to the share server: reads each request's head under strict limits, answers the few
paths the share has, and serves files with ranges. Everything else is a plain HTTP error.

Paths under ``/<token>/`` (the token: 128 random bits): ``""`` the phone page, ``check?code=`` the
code check, ``f/<n>/<name>?code=`` file ``n`` (``&play=1``: inline for the page's player; otherwise
an attachment, and counted when its last byte is sent). Any other path, including directory-like
paths, dot segments and encoded tricks, is 404: nothing but those files is ever opened.
"""

from __future__ import annotations

import io
import os
import time
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from app.share import page
from app.share.ranges import RangeError, parse_range

MAX_REQUEST_LINE = 2048
MAX_HEAD = 8192
MAX_HEADERS = 40
_READ = 4096
SEND_BLOCK = 256 * 1024


class HeadError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class ShareHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a player asks for many ranges
    server_version = "AnakGENIUS"
    sys_version = ""
    share: Any  # the ShareServer (app/share/server.py) that made this handler's class; not imported: no cycle

    # The head -------------------------------------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        self._pending = b""
        self.share.connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.share.connection_closed(self.connection)

    def _read_head(self) -> bytes | None:
        """The request line and headers, or None when the client closed between requests. Raises
        HeadError(408) when they do not arrive within the limit (a client sending a byte now and then
        is cut off too), 414/431 when they are too long."""
        deadline = time.monotonic() + self.share.head_seconds
        data = self._pending
        while True:
            end = data.find(b"\r\n\r\n")
            cut = 4
            bare = data.find(b"\n\n")
            if bare != -1 and (end == -1 or bare < end):
                end, cut = bare, 2
            newline = data.find(b"\n")
            if (newline if newline != -1 else len(data)) > MAX_REQUEST_LINE:
                raise HeadError(414)
            if end != -1:
                head, self._pending = data[: end + cut], data[end + cut:]
                if len(head) > MAX_HEAD:
                    raise HeadError(431)
                if head.count(b"\n") - 1 > MAX_HEADERS:
                    raise HeadError(431)
                return head
            if len(data) > MAX_HEAD:
                raise HeadError(431)
            left = deadline - time.monotonic()
            if left <= 0:
                raise HeadError(408)
            self.connection.settimeout(min(left, self.share.head_seconds))
            try:
                chunk = self.connection.recv(_READ)
            except TimeoutError:
                raise HeadError(408) from None
            if not chunk:
                if data.strip():
                    raise HeadError(400)
                return None
            data += chunk
            if not data.strip(b"\r\n"):
                data = b""  # blank lines between requests are allowed

    def handle_one_request(self) -> None:
        self.close_connection = True
        self.requestline, self.request_version, self.command = "", "", ""
        try:
            head = self._read_head()
        except HeadError as exc:
            if exc.status != 408 or self._pending:
                self.send_error(exc.status)
            return
        except OSError:
            return
        if head is None:
            return
        self.rfile = io.BytesIO(head)
        self.raw_requestline = self.rfile.readline(MAX_REQUEST_LINE + 2)
        if not self.parse_request():
            return
        self.connection.settimeout(self.share.send_seconds)
        if self.command not in ("GET", "HEAD"):
            self.send_error(405)
            return
        try:
            self._answer(head_only=self.command == "HEAD")
            self.wfile.flush()
        except (ConnectionError, TimeoutError):
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code in (400, 408, 414, 431):
            self.close_connection = True
        try:
            super().send_error(code, message, explain)
        except OSError:
            self.close_connection = True

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        """Quiet: the CLI's terminal and the app's log are for people, not for each request."""

    # Routes ---------------------------------------------------------------------------------------

    def _answer(self, head_only: bool) -> None:
        if self.share.stopped:
            self.send_error(410)
            return
        parts = urlsplit(self.path)
        rest = self.share.below_root(parts.path)
        if rest is None:
            self.send_error(404)
            return
        query = parse_qs(parts.query, max_num_fields=8)
        code = next(iter(query.get("code") or []), None)
        if rest == "":
            self._send_page(head_only)
        elif rest == "check":
            status = self.share.guard.check(self.client_address[0], code)
            self._send_empty(204 if status == 200 else status)
        else:
            found = self.share.file_for(rest)
            if found is None:
                self.send_error(404)
                return
            status = self.share.guard.check(self.client_address[0], code)
            if status != 200:
                self._send_empty(status)
                return
            index, shared = found
            self._send_file(index, shared, head_only, attachment=(query.get("play") or ["0"])[0] != "1")

    def _send_empty(self, status: int) -> None:
        self.send_response(status)
        if status == 429:
            self.send_header("Retry-After", str(self.share.guard.retry_after(self.client_address[0])))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send_page(self, head_only: bool) -> None:
        body = page.render(self.share.files, page.choose_language(self.headers.get("Accept-Language")))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                         "script-src 'unsafe-inline'; media-src 'self'; connect-src 'self'; img-src 'self'")
        self.send_header("X-Frame-Options", "DENY")
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def _send_file(self, index: int, shared: Any, head_only: bool, attachment: bool) -> None:
        try:
            handle = open(shared.path, "rb")  # noqa: SIM115 - closed below, after sendfile
        except OSError:
            self.send_error(404)
            return
        with handle:
            info = os.fstat(handle.fileno())
            size = info.st_size
            etag = f'"{size:x}-{int(info.st_mtime_ns):x}"'
            wanted = self.headers.get("Range")
            if_range = self.headers.get("If-Range")
            if wanted is not None and if_range is not None and if_range.strip() != etag:
                wanted = None  # the file changed since the client's first part: send all of it
            try:
                span = parse_range(wanted, size)
            except RangeError as exc:
                self.send_response(exc.status)
                if exc.status == 416:
                    self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            first, last = span if span is not None else (0, size - 1)
            self.send_response(206 if span is not None else 200)
            self.send_header("Content-Type", shared.content_type)
            self.send_header("Content-Length", str(last - first + 1))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            if span is not None:
                self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
            self.send_header("Content-Disposition", shared.disposition(attachment))
            self.end_headers()
            if head_only:
                return
            sent = self._send_bytes(handle, first, last - first + 1)
            if attachment and sent == last - first + 1 and last == size - 1:
                self.share.count_download(self.client_address[0], index)

    def _send_bytes(self, handle: io.BufferedReader, offset: int, count: int) -> int:
        """Kernel-to-socket copy where the system has it (os.sendfile: Linux, macOS), so the GIL stays
        free for the GUI; elsewhere (Windows) 256 KB blocks, not socket.sendfile's 8 KB fallback."""
        try:
            if hasattr(os, "sendfile"):
                return self.connection.sendfile(handle, offset, count)
            handle.seek(offset)
            block = memoryview(bytearray(SEND_BLOCK))
            sent = 0
            while sent < count:
                got = handle.readinto(block[: min(SEND_BLOCK, count - sent)])
                if not got:
                    break
                self.connection.sendall(block[:got])
                sent += got
            return sent
        except (ConnectionError, TimeoutError):
            self.close_connection = True
            return 0
