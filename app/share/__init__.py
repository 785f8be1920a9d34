""""Kirim ke HP": a small HTTP server that hands the chosen videos to phones on the local network.

Qt-free, stdlib only (plus segno for the QR code). The only part of the app that opens a socket:
the CLI's ``share`` command and the GUI's share dialog start it, nothing else imports it.

- :mod:`app.share.shared` the files on offer (type, safe download names);
- :mod:`app.share.ranges` the ``Range`` header;
- :mod:`app.share.guard` the short code and its rate limit;
- :mod:`app.share.page` the phone's page (Bahasa Indonesia or English);
- :mod:`app.share.handler` one connection: limits, routes, file responses;
- :mod:`app.share.server` the server: start, stop after 15 minutes, counts;
- :mod:`app.share.address` the laptop's local-network addresses;
- :mod:`app.share.qr` the QR code's modules (for the dialog and the terminal).
"""
