"""The export's ``--hide-faces`` option (#17): ``all``, or the numbers of the people whose faces are hidden
(people are numbered 1, 2, … in the order they first appear in the clip, as the app's face card shows)."""

from __future__ import annotations

import argparse

from app.errors import UserError
from app.messages import M
from app.project.edit import ClipShot, Edit
from app.project.hide import HideFaces


def add_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--hide-faces", metavar="all|1,3",
                   help="blur faces that must not be seen: all, or the people numbered 1, 3, … (in the order "
                   "they first appear); the clip is analysed first (a few seconds)")


def parse(value: str) -> HideFaces:
    text = value.strip().lower()
    if text in ("all", "semua"):
        return HideFaces(everyone=True)
    try:
        people = sorted({int(part) for part in text.split(",")})
    except ValueError:
        raise UserError(M.HIDE_BAD_CHOICE, value=value) from None
    if not people or people[0] < 1:
        raise UserError(M.HIDE_BAD_CHOICE, value=value)
    return HideFaces(people=people)


def apply_option(args: argparse.Namespace, edit: Edit) -> None:
    """The choice for the one clip and for every clip of a story (keeping the boxes drawn by hand)."""
    if getattr(args, "hide_faces", None) is None:
        return
    holders: list[Edit | ClipShot] = [edit, *(s for s in edit.shots if isinstance(s, ClipShot))]
    for holder in holders:
        chosen = parse(args.hide_faces)
        chosen.boxes = list(holder.hide.boxes)
        holder.hide = chosen
