"""``anakgenius encoders`` and the ``--encoder`` export option (#19: the laptop's video chip).

``encoders`` tries every candidate not yet known (a second or two, once per ffmpeg version) and
prints each as working / not present / failed with the reason; libx264 last, which always works.
"""

from __future__ import annotations

import argparse
import json

from app.export import encoders
from app.project.preferences import Preferences
from app.render.encoders import AUTO, CHIPS, SOFTWARE, candidates

EXIT_OK = 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser(
        "encoders", help="which of this laptop's video chips can make videos (tried once, then remembered)",
        description="Try each H.264 encoder of the laptop's video chip that this platform's ffmpeg has, with the "
        "settings an export uses, and say which work. The answer is remembered for this ffmpeg; "
        "--retest tries again.")
    e.add_argument("--json", action="store_true", help="as JSON")
    e.add_argument("--retest", action="store_true", help="forget what is remembered and try every chip again")


def add_export_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--encoder", metavar="NAME", choices=(AUTO, SOFTWARE, *CHIPS),
                   help="auto: the laptop's video chip if it was found working, else libx264; libx264; or a chip's "
                   "encoder (see 'anakgenius encoders'). Default: the app's preference (auto unless turned off)")


def export_encoder(args: argparse.Namespace) -> str:
    """The encoder an export from the command line uses; with ``auto``, the chips are tried first
    if they never were (once per ffmpeg version)."""
    encoder = getattr(args, "encoder", None) or Preferences.load().encoder
    if encoder == AUTO:
        encoders.detect()
    elif encoder in CHIPS:
        encoders.detect(names=(encoder,))
    return encoder


def run(args: argparse.Namespace) -> int:
    if args.retest:
        encoders.forget()
    verdicts = [*encoders.detect(names=candidates()), encoders.software_verdict()]
    if args.json:
        print(json.dumps([{"encoder": v.name, "chip": v.label, "status": v.status,
                           "reason": str(v.reason) if v.reason and v.name != SOFTWARE else ""}
                          for v in verdicts], indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(v.name) for v in verdicts)
    label_width = max(len(v.label) for v in verdicts)
    for v in verdicts:
        said = v.reason if v.name == SOFTWARE else v.describe()
        print(f"{v.name:<{width}}  {v.label:<{label_width}}  {said}")
    best = encoders.best()
    print(f"exports use: {best or SOFTWARE}")
    return EXIT_OK
