"""The QR code of a share's address: its modules (for the dialog to draw) and the terminal's lines.

segno (pure Python, no dependencies, wheels for every system) makes the code; error correction M
survives a projector's glare and a phone held at an angle.
"""

from __future__ import annotations

import segno

QUIET = 4  # modules of white around the code, as the standard asks


def matrix(text: str) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, without the quiet zone."""
    code = segno.make_qr(text, error="m")
    return [[bool(v) for v in row] for row in code.matrix]


def terminal_lines(text: str, unicode: bool = True) -> list[str]:
    """The code for a terminal, two rows of modules per line with half blocks, or ``##`` per module
    where the terminal lacks them. Light modules are drawn in the text colour: on the usual light
    text on a dark background the code reads dark on light, as scanners expect."""
    rows = matrix(text)
    size = len(rows) + 2 * QUIET
    light = [False] * size
    full = [light] * QUIET + [[False] * QUIET + r + [False] * QUIET for r in rows] + [light] * QUIET
    if not unicode:
        return ["".join("  " if dark else "##" for dark in row) for row in full]
    if len(full) % 2:
        full.append(light)
    chars = {(False, False): "█", (True, False): "▄", (False, True): "▀", (True, True): " "}
    return ["".join(chars[(top, bottom)] for top, bottom in zip(full[i], full[i + 1], strict=True))
            for i in range(0, len(full), 2)]
