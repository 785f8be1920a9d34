"""How fast "Kirim ke HP" serves, and whether the GUI stalls while a class downloads.

    .venv/bin/python bench/share_bench.py [--mb 100] [--clients 30]

1. One client downloads a 100 MB file over loopback from our server, then from the standard
   library's own ``http.server`` (SimpleHTTPRequestHandler) serving the same file in the same run:
   MB/s for each (median of 3) and the ratio (target: ours ≥ 50 MB/s).
2. The share dialog is opened (offscreen Qt) and serves the file to 30 clients at once, each reading
   the whole file as 8 MB range requests; the clients run in another process so that only the
   server's threads share the GUI's interpreter. A 10 ms QTimer in the GUI records the longest gap
   between its ticks (target: no stall over 100 ms). Bounded: the clients give up after 120 s.
"""

from __future__ import annotations

import argparse
import functools
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHUNK = 1 << 20
RANGE = 8 << 20


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def fetch(host: str, port: int, path: str, headers: dict[str, str] | None = None) -> int:
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        if response.status not in (200, 206):
            raise RuntimeError(f"HTTP {response.status} for {path}")
        got = 0
        while block := response.read(CHUNK):
            got += len(block)
        return got
    finally:
        conn.close()


def mb_per_s(host: str, port: int, path: str, size: int, runs: int = 3) -> float:
    speeds = []
    for _ in range(runs):
        started = time.perf_counter()
        assert fetch(host, port, path) == size
        speeds.append(size / (time.perf_counter() - started) / 1e6)
    return statistics.median(speeds)


def clients_main(url: str, code: str, count: int, size: int, limit: float) -> None:
    """The 30 phones (in their own process): each reads the whole file as 8 MB ranges."""
    parts = urlsplit(url)
    path = f"{parts.path}?code={code}&play=1"
    done: list[float] = []
    failed: list[str] = []
    started = time.perf_counter()

    def phone(i: int) -> None:
        try:
            offset = (i * RANGE) % size  # each starts somewhere else, like players seeking
            read = 0
            while read < size and time.perf_counter() - started < limit:
                first = (offset + read) % size
                last = min(first + RANGE, size) - 1
                read += fetch(parts.hostname or "127.0.0.1", parts.port or 80, path, {"Range": f"bytes={first}-{last}"})
            done.append(time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            failed.append(repr(exc))

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(limit + 10)
    total = time.perf_counter() - started
    print(json.dumps({"seconds": total, "finished": len(done), "failed": failed[:3],
                      "mb_per_s": count * size / total / 1e6}))


def class_with_the_dialog(video: Path, count: int, size: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.share.dialog import ShareDialog

    app = QApplication.instance() or QApplication([])
    dialog = ShareDialog([video], port=0)
    dialog.show()
    server = dialog.server
    assert server is not None
    url = server.file_url("127.0.0.1", 0)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    idle_until = time.perf_counter() + 3.0  # the same dialog with no one downloading: the machine's own noise
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.001)
    idle = gaps[1:]
    gaps.clear()
    last[0] = clock.elapsed()
    proc = subprocess.Popen([sys.executable, __file__, "--as-clients", url, server.code, str(count), str(size)],
                            stdout=subprocess.PIPE, text=True)
    while proc.poll() is None:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    result = json.loads(proc.stdout.read() if proc.stdout else "{}")
    dialog.close()
    result["gui_longest_gap_ms"] = max(gaps) if gaps else 0.0
    result["gui_gap_p99_ms"] = statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else max(gaps, default=0.0)
    result["idle_longest_gap_ms"] = max(idle) if idle else 0.0
    result["idle_gap_p99_ms"] = statistics.quantiles(idle, n=100)[98] if len(idle) > 100 else max(idle, default=0.0)
    result["server_stopped_on_close"] = server.stopped
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--as-clients", nargs=4, metavar=("URL", "CODE", "COUNT", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.as_clients:
        url, code, count, size = args.as_clients
        clients_main(url, code, int(count), int(size), limit=120.0)
        return

    from app.share.server import ShareServer

    with tempfile.TemporaryDirectory() as folder:
        video = Path(folder) / "kelas-5.mp4"
        with open(video, "wb") as out:
            for _ in range(args.mb):
                out.write(os.urandom(CHUNK))
        size = video.stat().st_size

        ours = ShareServer([video], port=0, host="127.0.0.1")
        ours.start()
        path = urlsplit(ours.file_url("127.0.0.1", 0)).path + f"?code={ours.code}"
        ours_speed = mb_per_s("127.0.0.1", ours.port, path, size)
        ours.stop()

        handler = functools.partial(Quiet, directory=folder)
        reference = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=reference.serve_forever, daemon=True).start()
        reference_speed = mb_per_s("127.0.0.1", reference.server_address[1], "/" + video.name, size)
        reference.shutdown()
        reference.server_close()

        print(f"one client, {args.mb} MB over loopback: ours {ours_speed:.0f} MB/s, "
              f"stdlib http.server {reference_speed:.0f} MB/s, ratio {ours_speed / reference_speed:.2f}x "
              f"(target ≥ 50 MB/s)")
        result = class_with_the_dialog(video, args.clients, size)
        print(f"{args.clients} clients at once, 8 MB ranges of the whole file each: {result['finished']} finished "
              f"in {result['seconds']:.1f} s ({result['mb_per_s']:.0f} MB/s together), failures {result['failed']}")
        print(f"GUI (share dialog open, 10 ms timer): longest gap {result['gui_longest_gap_ms']:.0f} ms, "
              f"99th percentile {result['gui_gap_p99_ms']:.0f} ms (target: no stall over 100 ms); the same dialog "
              f"with no one downloading, 3 s: longest {result['idle_longest_gap_ms']:.0f} ms, 99th percentile "
              f"{result['idle_gap_p99_ms']:.0f} ms; "
              f"server stopped when the dialog closed: {result['server_stopped_on_close']}")
        print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
