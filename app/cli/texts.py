"""The export's words options: ``--title``, ``--captions``, ``--auto-captions``, ``--captions-style``,
``--soft-captions`` and ``--srt-out`` (#16)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app.errors import UserError
from app.messages import M, Message
from app.project import srt
from app.project.choices import TextKind, TextPlace, TextStyle, values
from app.project.edit import Edit
from app.project.texts import MAX_CHARS, TextBlock

WHOLE_VIDEO = 3600.0  # a title's end: the export cuts every block at the video's end


def add_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("words on the video")
    g.add_argument("--title", metavar="TEXT", help="a title at the top of the safe zone, over the whole video")
    source = g.add_mutually_exclusive_group()
    source.add_argument("--captions", metavar="FILE.srt", help="captions from a SubRip file (UTF-8 or Windows-1252)")
    source.add_argument("--auto-captions", choices=("id", "en"), metavar="id|en",
                        help="captions from the clip's speech, recognised offline (needs the speech model add-on)")
    g.add_argument("--captions-style", choices=values(TextStyle),
                   help="box: on a campaign-colour box (default); outline: white, dark edge; karaoke: the word "
                   "being spoken lit")
    g.add_argument("--soft-captions", action="store_true",
                   help="keep the captions as a subtitle track in the MP4 (viewers switch them on) instead of "
                   "drawing them into the picture")
    g.add_argument("--srt-out", action="store_true",
                   help="also write the captions as an .srt beside the video (same name)")


def srt_target(args: argparse.Namespace) -> Path | None:
    """The .srt to write beside the video, checked before the export starts."""
    if not args.srt_out:
        return None
    if not args.captions and not args.auto_captions:
        raise UserError(M.CLI_NO_CAPTIONS_FOR_SRT)
    output = Path(args.output)
    target = srt.beside(output if output.suffix else output.with_suffix(".mp4"))
    if target.exists() and not args.overwrite:
        raise UserError(M.ALREADY_EXISTS, file=target.name)
    return target


def apply_options(args: argparse.Namespace, edit: Edit, hear: Callable[[Edit, str], list[TextBlock]],
                  warn: Callable[[Message], None] | None = None) -> None:
    """Put the title and the captions into the edit (replacing any captions the project had)."""
    style = TextStyle(args.captions_style) if args.captions_style else None
    texts = list(edit.texts)
    if args.title is not None:
        title = " ".join(args.title.split())
        if not title:
            raise UserError(M.TEXT_EMPTY, n=1)
        if len(title) > MAX_CHARS:
            raise UserError(M.TEXT_TOO_LONG, field="--title", limit=MAX_CHARS)
        texts = [b for b in texts if b.kind != TextKind.TITLE]
        texts.insert(0, TextBlock(title, 0.0, WHOLE_VIDEO, TextKind.TITLE, TextStyle.BOX, TextPlace.TOP))
    captions: list[TextBlock] | None = None
    if args.captions:
        result = srt.read(args.captions, style or TextStyle.BOX)
        for problem in result.problems:
            (warn or _stderr)(Message(M.AS_IS, text=f"{Path(args.captions).name}, {problem}"))
        captions = result.blocks
    elif args.auto_captions:
        captions = hear(edit, args.auto_captions)
        if style is not None:
            captions = [_restyled(b, style) for b in captions]
    if captions is not None:
        texts = [b for b in texts if b.kind != TextKind.CAPTION] + captions
    elif style is not None:
        texts = [_restyled(b, style) if b.kind == TextKind.CAPTION else b for b in texts]
    edit.texts = sorted(texts, key=lambda b: (b.start, b.end))
    if args.soft_captions:
        edit.soft_captions = True


def _restyled(block: TextBlock, style: TextStyle) -> TextBlock:
    return TextBlock(block.text, block.start, block.end, block.kind, style, block.place, block.y, block.words)


def _stderr(message: Message) -> None:
    print(f"anakgenius: {message}", file=sys.stderr)
