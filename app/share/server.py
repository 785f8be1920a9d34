"""The share server: the chosen files on the laptop's local-network address for a limited time.

``ThreadingHTTPServer`` (a thread per connection; files go out with ``os.sendfile``, so a class of
30 phones costs the GUI thread nothing) bound to ``0.0.0.0``: the phones reach it on the LAN
address, and it answers on 127.0.0.1 too. It stops by itself when the time is up.
"""

from __future__ import annotations

import errno
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from app.errors import UserError
from app.messages import M, os_reason
from app.share import address, page
from app.share.guard import CodeGuard, new_code
from app.share.handler import ShareHandler
from app.share.shared import SharedFile, check_files

DEFAULT_MINUTES = 15
MAX_MINUTES = 240
PORT = 8808  # tried first, so a firewall rule for it keeps working; any free port otherwise
MAX_CONNECTIONS = 120  # 30 phones with a player and a download each, and room to spare


@dataclass(frozen=True)
class Stats:
    downloads: int  # finished downloads (one per phone and file)
    phones: int  # phones that finished at least one
    seconds_left: float
    stopped: bool
    why: str  # "", "closed" or "time"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = sys.platform != "win32"  # on Windows it would let another program share the port
    request_queue_size = 64
    share: ShareServer

    def verify_request(self, request: Any, client_address: Any) -> bool:
        if self.share.open_connections() >= MAX_CONNECTIONS:
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            return False
        return True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A request that broke its thread (a bug, not bad input) is counted, not printed."""
        self.share.errors += 1


class ShareServer:
    """Start with :meth:`start`; :meth:`stop` (or the time running out) ends every connection."""

    def __init__(self, paths: Sequence[str | Path], minutes: float = DEFAULT_MINUTES, port: int = PORT,
                 host: str = "0.0.0.0", code: str | None = None, head_seconds: float = 10.0,
                 send_seconds: float = 60.0) -> None:
        self.files: list[SharedFile] = check_files(list(paths))
        self.minutes = minutes
        self.token = secrets.token_urlsafe(16)  # 128 bits
        self.code = code or new_code()
        self.guard = CodeGuard(self.code)
        self.head_seconds, self.send_seconds = head_seconds, send_seconds
        self.errors = 0
        self._host, self._wanted_port = host, port
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._done: set[tuple[str, int]] = set()
        self._stopped = threading.Event()
        self._why = ""
        self._deadline = 0.0
        self._server: _Server | None = None
        self._threads: list[threading.Thread] = []
        self.on_stop: Callable[[str], None] | None = None

    # Running --------------------------------------------------------------------------------------

    def start(self) -> None:
        handler = type("Handler", (ShareHandler,), {"share": self})
        try:
            try:
                server = _Server((self._host, self._wanted_port), handler, bind_and_activate=True)
            except OSError as exc:
                if self._wanted_port == 0 or exc.errno not in (errno.EADDRINUSE, errno.EACCES, 10048, 10013):
                    raise
                server = _Server((self._host, 0), handler)
        except OSError as exc:
            raise UserError(M.SHARE_CANNOT_LISTEN, reason=os_reason(exc)) from None
        server.share = self
        self._server = server
        self._deadline = time.monotonic() + self.minutes * 60
        serve = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                                 name="share-server", daemon=True)
        clock = threading.Thread(target=self._stop_when_time_is_up, name="share-clock", daemon=True)
        self._threads = [serve, clock]
        serve.start()
        clock.start()

    def _stop_when_time_is_up(self) -> None:
        while not self._stopped.wait(max(0.0, min(1.0, self._deadline - time.monotonic()))):
            if time.monotonic() >= self._deadline:
                self.stop("time")

    def stop(self, why: str = "closed") -> None:
        """Stop listening and cut every open connection (a download in progress ends). Idempotent."""
        with self._lock:
            if self._stopped.is_set():
                return
            self._why = why
            self._stopped.set()
            open_now = list(self._connections)
        server = self._server
        if server is not None:
            if threading.current_thread() is not self._threads[0]:  # shutdown() from serve_forever's own thread hangs
                server.shutdown()
            server.server_close()
        for conn in open_now:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self.on_stop is not None:
            self.on_stop(why)

    def wait(self, timeout: float | None = None) -> bool:
        """True once the share has stopped."""
        return self._stopped.wait(timeout)

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    @property
    def port(self) -> int:
        return self._server.server_address[1] if self._server is not None else 0

    # Addresses ------------------------------------------------------------------------------------

    def addresses(self) -> list[str]:
        """The laptop's local-network addresses, the likeliest first (empty when it is on none)."""
        return address.lan_addresses()

    def page_url(self, host: str) -> str:
        return f"http://{host}:{self.port}/{self.token}/"

    def file_url(self, host: str, index: int) -> str:
        return self.page_url(host) + page.file_path(index, self.files[index])

    def below_root(self, path: str) -> str | None:
        """The part of a request path below ``/<token>/``, or None when it is not under it."""
        prefix = f"/{self.token}"
        if not path.startswith(prefix):
            return None
        if not secrets.compare_digest(path[: len(prefix)], prefix):
            return None
        rest = path[len(prefix):]
        if rest == "":
            return ""
        return rest[1:] if rest.startswith("/") else None

    def file_for(self, rest: str) -> tuple[int, SharedFile] | None:
        """``f/<n>/<name>`` -> file n; anything else (other names, dot segments, encodings) -> None."""
        parts = rest.split("/")
        if len(parts) != 3 or parts[0] != "f" or not parts[1].isdigit() or len(parts[1]) > 4:
            return None
        index = int(parts[1])
        if index >= len(self.files):
            return None
        shared = self.files[index]
        if unquote(parts[2]) != shared.ascii_name:
            return None
        return index, shared

    # Counting -------------------------------------------------------------------------------------

    def connection_opened(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)

    def connection_closed(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)

    def open_connections(self) -> int:
        with self._lock:
            return len(self._connections)

    def count_download(self, client: str, index: int) -> None:
        with self._lock:
            self._done.add((client, index))

    def stats(self) -> Stats:
        with self._lock:
            done = set(self._done)
        left = 0.0 if self.stopped else max(0.0, self._deadline - time.monotonic())
        return Stats(len(done), len({client for client, _ in done}), left, self.stopped, self._why)
