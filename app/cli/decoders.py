"""``anakgenius decoders`` and the ``--decoder`` export option (#21: the laptop's video chip reading clips).

``decoders`` tries every candidate not yet known (a second or two, once per ffmpeg version) and
prints each as working / not present / failed with the reason; the software decoder last.
"""

from __future__ import annotations

import argparse
import json

from app.export import decoders
from app.project.preferences import Preferences
from app.render.decoders import AUTO, DECODERS, SOFTWARE, candidates

EXIT_OK = 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    d = sub.add_parser(
        "decoders", help="which of this laptop's video chips can read clips (tried once, then remembered)",
        description="Try each way this platform's ffmpeg has of decoding video on the laptop's chip, on short "
        "HEVC 10-bit and H.264 clips, and say which give the right pictures. The answer is remembered for "
        "this ffmpeg; --retest tries again.")
    d.add_argument("--json", action="store_true", help="as JSON")
    d.add_argument("--retest", action="store_true", help="forget what is remembered and try every chip again")


def add_export_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--decoder", metavar="NAME", choices=(AUTO, SOFTWARE, *DECODERS),
                   help="auto: read the clip with the laptop's video chip if it was found working, else software; "
                   "software; or a chip's decoder (see 'anakgenius decoders'). If the chip fails, the video is made "
                   "again in software. Default: the app's preference (auto unless the video chip is turned off)")


def export_decoder(args: argparse.Namespace) -> str:
    """The decoder an export from the command line uses; with ``auto``, the chips are tried first
    if they never were (once per ffmpeg version)."""
    decoder = getattr(args, "decoder", None) or Preferences.load().decoder
    if decoder == AUTO:
        decoders.detect()
    return decoder


def run(args: argparse.Namespace) -> int:
    if args.retest:
        decoders.forget()
    verdicts = [*decoders.detect(names=candidates()), decoders.software_verdict()]
    if args.json:
        print(json.dumps([{"decoder": v.name, "chip": v.label, "status": v.status,
                           "reason": str(v.reason) if v.reason and v.name != SOFTWARE else ""}
                          for v in verdicts], indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(v.name) for v in verdicts)
    label_width = max(len(v.label) for v in verdicts)
    for v in verdicts:
        said = v.reason if v.name == SOFTWARE else v.describe()
        print(f"{v.name:<{width}}  {v.label:<{label_width}}  {said}")
    print(f"exports read clips with: {decoders.best() or SOFTWARE}")
    return EXIT_OK
