"""``anakgenius share FILE… [--minutes N] [--json]``: send videos to phones on the local network.

Prints the address, the code and the QR code, serves until Ctrl-C (exit 130) or the time is up
(exit 0). ``--json`` prints one line first, for scripts: ``{"page", "code", "files": [{"name",
"url"}]}``; a file's ``url`` answers with ``?code=CODE`` added. The server (:mod:`app.share`) is
imported only when this command runs.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.messages import M, Message

EXIT_OK, EXIT_CANCELLED = 0, 130


def _minutes(text: str) -> float:
    from app.share.server import MAX_MINUTES

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of minutes") from None
    if not 0 < value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(f"{value:g} is outside 0..{MAX_MINUTES}")
    return value


def add_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("share", help="send videos to phones on the same Wi-Fi (a QR code to scan)",
                       description="Serve FILEs read-only on this computer's local-network address until "
                       "Ctrl-C or the time is up. A phone scans the QR code, types the code and saves the video.")
    s.add_argument("files", nargs="+", metavar="FILE", help="the videos to send")
    s.add_argument("--minutes", type=_minutes, default=15, help="stop after this many minutes (default 15)")
    s.add_argument("--port", type=int, default=None, help=argparse.SUPPRESS)  # tests: 0 = any free port
    s.add_argument("--json", action="store_true", help="print one JSON line with the addresses and the code first")


def _can_draw_blocks(stream: object) -> bool:
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        "█▀▄".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def run(args: argparse.Namespace) -> int:
    from app.share import qr
    from app.share.address import LOOPBACK
    from app.share.guard import spaced
    from app.share.server import PORT, ShareServer

    server = ShareServer(args.files, minutes=args.minutes, port=PORT if args.port is None else args.port)
    server.start()
    try:
        hosts = server.addresses()
        main = hosts[0] if hosts else LOOPBACK
        if args.json:
            print(json.dumps({"page": server.page_url(main), "code": server.code,
                              "files": [{"name": f.name, "url": server.file_url(main, i)}
                                        for i, f in enumerate(server.files)]}, ensure_ascii=False), flush=True)
        if not hosts:
            print(Message(M.SHARE_NO_NETWORK), file=sys.stderr)
        for line in qr.terminal_lines(server.page_url(main), unicode=_can_draw_blocks(sys.stdout)):
            print(line)
        print(Message(M.SHARE_OPEN_ON_PHONE, url=server.page_url(main)))
        print(Message(M.SHARE_TYPE_CODE, code=spaced(server.code)))
        if len(hosts) > 1:
            print(Message(M.SHARE_OTHER_ADDRESSES, urls=", ".join(server.page_url(h) for h in hosts[1:])))
        print(Message(M.SHARE_SERVING, minutes=f"{args.minutes:g}"), flush=True)
        while not server.wait(0.5):
            pass
    except KeyboardInterrupt:
        server.stop("closed")
        print(f"anakgenius: {Message(M.SHARE_STOPPED, count=server.stats().phones)}", file=sys.stderr)
        return EXIT_CANCELLED
    finally:
        server.stop("closed")
    print(Message(M.SHARE_TIME_UP, count=server.stats().phones), file=sys.stderr)
    return EXIT_OK
