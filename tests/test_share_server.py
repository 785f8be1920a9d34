"""The "Kirim ke HP" server over loopback, with real HTTP clients: what a phone gets, and what a hostile
client gets (wrong paths, wrong codes, huge heads, malformed ranges, garbage, slow and many
connections) without the server breaking."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.errors import UserError
from app.share import guard
from app.share.page import choose_language
from app.share.ranges import RangeError, parse_range
from app.share.server import ShareServer
from app.share.shared import SharedFile, ascii_name

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


@pytest.fixture
def video(tmp_path: Path) -> Path:
    path = tmp_path / "Video Kelas 5 — Sití \"jalan\".mp4"
    path.write_bytes(bytes(range(256)) * 4000)  # 1 024 000 bytes, every byte knows its place
    return path


@pytest.fixture
def share(video: Path):
    server = ShareServer([video], minutes=5, port=0, host=HOST, head_seconds=1.0)
    server.start()
    yield server
    server.stop()


def request(share: ShareServer, path: str, headers: dict[str, str] | None = None,
            method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection(HOST, share.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def file_path(share: ShareServer, code: str | None = None, play: bool = False) -> str:
    path = share.file_url(HOST, 0).split(f":{share.port}", 1)[1]
    query = [f"code={code}"] if code is not None else []
    if play:
        query.append("play=1")
    return path + ("?" + "&".join(query) if query else "")


def raw(share: ShareServer, data: bytes, wait: float = 5.0) -> bytes:
    with socket.create_connection((HOST, share.port), timeout=wait) as s:
        s.sendall(data)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
        return b"".join(chunks)


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0


# What a phone gets -------------------------------------------------------------------------------------


def test_the_token_path_holds_128_random_bits_and_the_code_six_digits(share):
    other = ShareServer([share.files[0].path], port=0)
    assert len(share.token) >= 22 and share.token != other.token  # token_urlsafe(16): 128 bits
    assert share.code.isdigit() and len(share.code) == 6 and guard.spaced("482913") == "482 913"


def test_the_page_loads_in_indonesian_or_english_with_nothing_from_outside(share):
    status, headers, body = request(share, f"/{share.token}/", {"Accept-Language": "id-ID,id;q=0.9,en;q=0.8"})
    page = body.decode()
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert "Simpan video" in page and 'lang="id"' in page and "Ketik kode" in page
    assert "http://" not in page and "https://" not in page and "//" not in page.replace("://", "")
    assert "default-src 'none'" in headers["content-security-policy"]
    english = request(share, f"/{share.token}/", {"Accept-Language": "en-GB,en;q=0.9"})[2].decode()
    assert "Save video" in english and 'lang="en"' in english
    assert request(share, f"/{share.token}")[0] == 200  # without the last slash too


def test_accept_language_picks_what_the_phone_prefers():
    assert choose_language(None) == "id"
    assert choose_language("fr-FR,de") == "id"
    assert choose_language("en-US,en;q=0.9,id;q=0.8") == "en"
    assert choose_language("en;q=0.5,id;q=0.9") == "id"
    assert choose_language("in-ID") == "id"
    assert choose_language("en;q=0") == "id"


def test_the_right_code_opens_the_file_with_type_and_a_safe_name(share, video):
    assert request(share, f"/{share.token}/check?code={share.code}")[0] == 204
    status, headers, body = request(share, file_path(share, share.code))
    assert status == 200 and body == video.read_bytes()
    assert headers["content-type"] == "video/mp4" and headers["accept-ranges"] == "bytes"
    disposition = headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Video Kelas 5 - Siti _jalan.mp4"')
    assert "filename*=UTF-8''Video%20Kelas%205%20%E2%80%94%20Sit%C3%AD%20%22jalan%22.mp4" in disposition
    disposition.encode("ascii")  # nothing a header cannot carry
    played = request(share, file_path(share, share.code, play=True))[1]["content-disposition"]
    assert played.startswith("inline;")


def test_spaces_in_the_typed_code_do_not_matter(share):
    assert request(share, f"/{share.token}/check?code={share.code[:3]}%20{share.code[3:]}")[0] == 204


def test_safe_ascii_names():
    assert ascii_name("Ça va — ok.mp4") == "Ca va - ok.mp4"
    assert ascii_name('../../etc/"x".mp4') == "etc_x.mp4"
    assert ascii_name("日本.mp4") == "video.mp4"
    assert ascii_name("a\r\nSet-Cookie: x.mp4") == "a_Set-Cookie_ x.mp4"


def test_downloads_are_counted_once_per_phone_when_the_last_byte_is_sent(share, video):
    assert share.stats().downloads == 0
    request(share, file_path(share, share.code, play=True))  # the page's player: not a download
    request(share, file_path(share, share.code), {"Range": "bytes=0-99"})  # a part: not yet
    assert share.stats().downloads == 0
    request(share, file_path(share, share.code), {"Range": "bytes=100-"})  # the rest: done
    request(share, file_path(share, share.code))  # the same phone again
    stats = share.stats()
    assert (stats.downloads, stats.phones) == (1, 1) and 0 < stats.seconds_left <= 300


# Ranges --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "first", "last"), [
    ("bytes=0-0", 0, 0), ("bytes=100-199", 100, 199), ("bytes=1023000-", 1023000, 1023999),
    ("bytes=-24", 1023976, 1023999), ("bytes=1000000-9999999", 1000000, 1023999), ("bytes=-99999999", 0, 1023999),
])
def test_a_single_range_gets_206_with_exactly_those_bytes(share, video, header, first, last):
    status, headers, body = request(share, file_path(share, share.code), {"Range": header})
    assert status == 206
    assert headers["content-range"] == f"bytes {first}-{last}/1024000"
    assert body == video.read_bytes()[first:last + 1] and int(headers["content-length"]) == len(body)


@pytest.mark.parametrize(("header", "status"), [
    ("bytes=1024000-", 416), ("bytes=5000000-6000000", 416), ("bytes=-0", 416), ("bytes=0-1,5-9", 416),
    ("bytes=abc", 400), ("bytes=9-3", 400), ("bytes=-", 400), ("items=0-9", 400), ("bytes 0-9", 400),
    ("bytes=0-1,x", 400), ("bytes=" + "9" * 40 + "-", 400), ("bytes=--5", 400),
])
def test_malformed_or_unsatisfiable_ranges_get_400_or_416(share, header, status):
    got, headers, body = request(share, file_path(share, share.code), {"Range": header})
    assert got == status and body == b""
    if status == 416:
        assert headers["content-range"] == "bytes */1024000"


def test_range_parser_alone():
    assert parse_range(None, 10) is None
    assert parse_range("bytes=2-", 10) == (2, 9)
    with pytest.raises(RangeError):
        parse_range("bytes=10-", 10)


def test_if_range_with_an_old_etag_gets_the_whole_file(share, video):
    status, headers, _ = request(share, file_path(share, share.code), {"Range": "bytes=0-9"})
    etag = headers["etag"]
    assert request(share, file_path(share, share.code), {"Range": "bytes=0-9", "If-Range": etag})[0] == 206
    assert request(share, file_path(share, share.code), {"Range": "bytes=0-9", "If-Range": '"old"'})[0] == 200


def test_head_answers_headers_only(share):
    status, headers, body = request(share, file_path(share, share.code), method="HEAD")
    assert status == 200 and headers["content-length"] == "1024000" and body == b""


# Nothing else is reachable ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    "/", "/index.html", "/favicon.ico", "/{t}x/", "/{t}/f/", "/{t}/f/0", "/{t}/f/0/", "/{t}/f/1/x.mp4",
    "/{t}/f/0/other.mp4", "/{t}/f/0/../../../etc/passwd", "/{t}/../{t}/", "/{t}/f/0/%2e%2e%2fetc%2fpasswd",
    "/{t}/f/-1/x", "/{t}/f/00000000001/x", "/{t}//", "/{t}/f/0/{n}/x", "/{t}/./", "/{t}%2f", "/%2e%2e/{t}/",
    "/etc/passwd", "//etc/passwd", "/{t}/f/0/{n}%00.txt", "/{T}/",
])
def test_wrong_paths_and_path_tricks_get_404(share, path):
    name = share.files[0].ascii_name.replace(" ", "%20").replace('"', "%22")
    path = path.format(t=share.token, T=share.token.swapcase(), n=name)
    assert request(share, path + f"?code={share.code}")[0] == 404


def test_the_right_name_is_the_only_file_path(share):
    assert request(share, file_path(share, share.code))[0] == 200


def test_other_methods_are_refused(share):
    for method in ("POST", "PUT", "DELETE", "OPTIONS"):
        assert request(share, f"/{share.token}/", method=method)[0] in (405, 501)


def test_a_folder_a_missing_file_or_an_empty_one_is_one_sentence(tmp_path):
    empty = tmp_path / "kosong.mp4"
    empty.touch()
    for bad, words in ((tmp_path, "is a folder"), (tmp_path / "hilang.mp4", "does not exist"), (empty, "empty")):
        with pytest.raises(UserError) as caught:
            SharedFile.check(bad)
        assert words in str(caught.value)


# Codes ----------------------------------------------------------------------------------------------------


def test_wrong_codes_get_403_then_429_and_the_phone_that_knows_the_code_keeps_playing(share, video, monkeypatch):
    wrong = "000000" if share.code != "000000" else "111111"
    assert request(share, file_path(share))[0] == 403  # no code
    assert request(share, file_path(share, share.code))[0] == 200  # this phone (127.0.0.1) knows it
    for _ in range(guard.PER_CLIENT):
        assert request(share, f"/{share.token}/check?code={wrong}")[0] == 403
    status, headers, _ = request(share, f"/{share.token}/check?code={wrong}")
    assert status == 429 and int(headers["retry-after"]) >= 1
    assert request(share, file_path(share, share.code), {"Range": "bytes=0-9"})[0] == 206


def test_a_guesser_is_held_back_even_with_the_right_code():
    clock = [0.0]
    g = guard.CodeGuard("123456", clock=lambda: clock[0])
    assert [g.check("10.0.0.9", "000000") for _ in range(guard.PER_CLIENT)] == [403] * guard.PER_CLIENT
    assert g.check("10.0.0.9", "123456") == 429  # right now, but after five wrong ones
    assert g.check("10.0.0.8", "123456") == 200  # another phone is not held back
    clock[0] += guard.WINDOW + 1
    assert g.check("10.0.0.9", "123456") == 200  # a minute later


def test_many_guessers_together_are_held_back_but_known_phones_are_not():
    g = guard.CodeGuard("123456", clock=lambda: 0.0)
    assert g.check("10.0.0.1", "123456") == 200
    for i in range(guard.OVERALL):
        assert g.check(f"10.0.1.{i}", "999999") == 403
    assert g.check("10.0.2.1", "123456") == 429
    assert g.check("10.0.0.1", "123456") == 200


# Hostile clients ----------------------------------------------------------------------------------------------


def test_huge_heads_get_414_or_431(share):
    assert status_of(raw(share, b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\n\r\n")) == 414
    assert status_of(raw(share, b"GET / HTTP/1.1\r\nX: " + b"b" * 9000 + b"\r\n\r\n")) == 431
    many = b"".join(b"X-%d: 1\r\n" % i for i in range(60))
    assert status_of(raw(share, b"GET / HTTP/1.1\r\n" + many + b"\r\n")) == 431
    assert request(share, f"/{share.token}/")[0] == 200


def test_garbage_gets_400_and_the_server_carries_on(share):
    for junk in (b"\x00\xff\xfe garbage\r\n\r\n", b"HELLO\r\n\r\n", b"GET\r\n\r\n", b"\x16\x03\x01\x02\x00\x01\x00",
                 b"GET / HTTP/9.9\r\n\r\n", b"GET / HTTP/1.1\r\nBad header line\r\n\r\n", os.urandom(3000)):
        raw(share, junk, wait=3)
    assert request(share, f"/{share.token}/")[0] == 200
    assert share.errors == 0


def test_a_slow_partial_request_is_cut_off(share):
    """A client that sends its head a byte at a time never finishes: the server closes it (408)
    after the head limit (1 s here), whatever the bytes trickling in."""
    with socket.create_connection((HOST, share.port), timeout=8) as s:
        started = time.monotonic()
        answer = b""
        try:
            for byte in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"z" * 100:
                s.sendall(bytes([byte]))
                time.sleep(0.05)
                if time.monotonic() - started > 6:
                    break
            answer = s.recv(1024)
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert status_of(answer) in (0, 408)
        assert time.monotonic() - started < 6
    assert request(share, f"/{share.token}/")[0] == 200


def test_many_idle_connections_do_not_stop_a_phone(share):
    idle = [socket.create_connection((HOST, share.port), timeout=5) for _ in range(150)]
    try:
        status, _, body = request(share, f"/{share.token}/")
    finally:
        for s in idle:
            s.close()
    # over the connection limit the server says 503 at once, or the phone gets in when idle ones are cut
    assert status in (200, 503)
    time.sleep(1.5)  # the idle ones are cut after the head limit
    assert request(share, f"/{share.token}/")[0] == 200


def test_a_client_that_vanishes_mid_download_leaves_the_server_fine(share):
    with socket.create_connection((HOST, share.port), timeout=5) as s:
        s.sendall(f"GET {file_path(share, share.code)} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        s.recv(1000)
    assert request(share, f"/{share.token}/")[0] == 200 and share.errors == 0


def test_keep_alive_serves_several_ranges_on_one_connection(share, video):
    conn = http.client.HTTPConnection(HOST, share.port, timeout=5)
    for first in (0, 5000, 1000000):
        conn.request("GET", file_path(share, share.code, play=True), headers={"Range": f"bytes={first}-{first + 9}"})
        response = conn.getresponse()
        assert response.status == 206 and response.read() == video.read_bytes()[first:first + 10]
    conn.close()


def test_thirty_phones_at_once_get_every_byte(share, video):
    data = video.read_bytes()
    results: list[bool] = []

    def phone(i: int) -> None:
        first = (i * 30011) % 900000
        status, _, body = request(share, file_path(share, share.code, play=True),
                                  {"Range": f"bytes={first}-{first + 99999}"})
        results.append(status == 206 and body == data[first:first + 100000])

    threads = [threading.Thread(target=phone, args=(i,)) for i in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == [True] * 30


# Stopping ------------------------------------------------------------------------------------------------------


def test_stop_closes_the_port_and_cuts_downloads(video):
    server = ShareServer([video], port=0, host=HOST)
    server.start()
    port = server.port
    assert request(server, f"/{server.token}/")[0] == 200
    server.stop()
    assert server.stopped and server.stats().stopped and server.stats().why == "closed"
    with pytest.raises(OSError):
        socket.create_connection((HOST, port), timeout=2).close()


def test_it_stops_by_itself_when_the_time_is_up(video):
    server = ShareServer([video], minutes=1 / 60, port=0, host=HOST)  # one second
    server.start()
    assert server.wait(10)
    assert server.stats().why == "time"


def test_it_answers_on_loopback_when_bound_to_every_address(video):
    server = ShareServer([video], port=0)  # 0.0.0.0, as the app runs it
    server.start()
    try:
        assert request(server, f"/{server.token}/")[0] == 200
    finally:
        server.stop()


# The command line -----------------------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([sys.executable, "-m", "app", "share", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env, cwd=ROOT)


def _direct_url(line: str) -> tuple[dict, str]:
    info = json.loads(line)
    url = info["files"][0]["url"]
    port = url.split(":")[2].split("/")[0]
    path = url.split(port, 1)[1]
    return info, f"http://{HOST}:{port}{path}"


def test_cli_json_line_then_the_direct_url_answers_with_the_code_and_ctrl_c_is_130(video):
    proc = _cli(str(video), "--json", "--port", "0")
    try:
        line = proc.stdout.readline()
        info, url = _direct_url(line)
        assert set(info) == {"page", "code", "files"} and info["code"].isdigit()
        assert info["files"][0]["name"] == video.name and info["page"].startswith("http://")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=10)
        assert refused.value.code == 403
        parts = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(HOST, parts.port, timeout=10)
        conn.request("GET", f"{parts.path}?code={info['code']}")
        assert conn.getresponse().read() == video.read_bytes()
        conn.request("GET", parts.path.split("f/0/")[0])  # on the same connection: the download was counted
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert "Ctrl-C" in out and info["code"][:3] + " " + info["code"][3:] in out
    assert "phones that finished downloading: 1" in err


def test_cli_stops_by_itself_with_exit_0(video):
    proc = _cli(str(video), "--minutes", "0.02", "--port", "0")
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0 and "time is up" in err


@pytest.mark.parametrize("bad", ["missing", "folder", "empty"])
def test_cli_bad_file_is_one_sentence_and_exit_2(tmp_path, bad):
    target = {"missing": tmp_path / "hilang.mp4", "folder": tmp_path}.get(bad)
    if bad == "empty":
        target = tmp_path / "kosong.mp4"
        target.touch()
    proc = _cli(str(target), "--port", "0")
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("anakgenius: ")


def test_cli_bad_minutes_is_exit_2(video):
    proc = _cli(str(video), "--minutes", "soon")
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2 and "minutes" in err


def test_without_os_sendfile_the_blocks_carry_every_byte(share, video, monkeypatch):
    """Windows has no os.sendfile: the handler's own block loop sends the same bytes."""
    monkeypatch.delattr(os, "sendfile")
    status, _, body = request(share, file_path(share, share.code), {"Range": "bytes=1000-700000"})
    assert status == 206 and body == video.read_bytes()[1000:700001]
    assert request(share, file_path(share, share.code))[2] == video.read_bytes()


def test_a_taken_port_falls_back_to_a_free_one(video):
    with socket.socket() as taken:
        taken.bind((HOST, 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = ShareServer([video], port=port, host=HOST)
        server.start()
        try:
            assert server.port not in (0, port)
            assert request(server, f"/{server.token}/")[0] == 200
        finally:
            server.stop()
