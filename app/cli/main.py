"""``anakgenius``: the command line. No arguments (or just a clip) starts the desktop app."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from app import __version__, files
from app.cli import campaigns as cli_campaigns
from app.cli import decoders as cli_decoders
from app.cli import encoders as cli_encoders
from app.cli import faces as cli_faces
from app.cli import share as cli_share
from app.cli import speech as cli_speech
from app.cli import texts as cli_texts
from app.errors import Cancelled, ExportError, UserError
from app.export.batch import BatchItem, batch_at_once, collect_clips, collect_stories, run_batch, summary
from app.export.job import TooLongError, export
from app.media.probe import probe
from app.messages import M, Message
from app.project import srt
from app.project.choices import DEFAULT_PRESET, Layout, Position, PresetId, values
from app.project.edit import Edit
from app.project.story import (
    MAX_TRANSITION,
    MIN_SHOT_SECONDS,
    MIN_TRANSITION,
    PHOTO_SECONDS,
    TRANSITIONS,
    PhotoShot,
    is_story,
    story_from_files,
)
from app.project.texts import TextBlock
from app.project.timecode import format_time, parse_time

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_CANCELLED = 0, 1, 2, 130
COMMANDS = ("probe", "export", "batch", "campaigns", "share", "speech-model", "encoders")
PROJECT_SUFFIX = ".anakgenius"
EPILOG = """\
the desktop app:
  anakgenius                          open the app
  anakgenius CLIP.mp4                 open the app with this clip
  anakgenius PROJECT.anakgenius       open the app with a saved project

examples:
  anakgenius export clip.mp4 -o video.mp4 --start 0:05 --end 0:35
  anakgenius export clip.mp4 -o video.mp4 --project kelas5.anakgenius
  anakgenius export a.mp4 foto.jpg b.mov -o cerita.mp4 --transition crossfade
  anakgenius export cerita.anakgenius -o cerita.mp4
  anakgenius export clip.mp4 -o video.mp4 --title "Kelas 5 SDN 3 Merauke" --captions teks.srt
  anakgenius export clip.mp4 -o video.mp4 --auto-captions id --captions-style karaoke --srt-out
  anakgenius batch "Kelas 5" -o Hasil --stories        (one story per pupil's folder)
  anakgenius batch "Videos kelas 5" -o Hasil
  anakgenius campaigns list
  anakgenius encoders                 (which of the laptop's video chips work)
  anakgenius share video.mp4                (send it to phones on the same Wi-Fi)
  anakgenius speech-model install E:\\speech     (the speech model add-on, from a USB stick)

Run 'anakgenius COMMAND --help' for the options of one command.
The app works offline and never connects to the internet.
"""


def _time(text: str) -> float:
    try:
        return parse_time(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _fraction(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value:g} is outside {low:g}..{high:g}")
        return value

    return parse


class Parser(argparse.ArgumentParser):
    """Bad arguments get one line (and a pointer to --help), not a page of usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="anakgenius",
        description="Turn a clip into a share-ready vertical campaign video (1080×1920, "
        "H.264/AAC) for TikTok, Reels, Shorts and WhatsApp Status. "
        "Run without arguments to open the desktop app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"AnakGENIUS Studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("probe", help="describe a media file as JSON")
    p.add_argument("input", help="a video or audio file")

    e = sub.add_parser(
        "export", help="export a clip, or a story of clips and photos, as a vertical campaign video",
        description="Export INPUT as a 1080×1920 campaign video. Times are seconds (12.5) or mm:ss(.ms). "
        "Several INPUTs (clips and JPEG/PNG photos, in order) make one story; per-shot trims and "
        "framing come from a project file given as the INPUT (cerita.anakgenius).",
    )
    e.add_argument("input", nargs="+", metavar="INPUT", help="the clip; or clips and photos; or a project file")
    e.add_argument("-o", "--output", required=True, help="the video file to write (.mp4)")
    e.add_argument("--project", metavar="PROJECT.anakgenius",
                   help="start from a saved project; other options override it")
    e.add_argument("--start", type=_time, help="keep from this time (default: the start)")
    e.add_argument("--end", type=_time, help="keep up to this time (default: the end)")
    _add_look_options(e)
    cli_texts.add_options(e)
    e.add_argument("--cut", action="store_true", help="cut a too-long video to the length limit")
    e.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    e.add_argument("--progress", action="store_true", help="show progress")
    cli_encoders.add_export_option(e)
    cli_decoders.add_export_option(e)  # #21

    b = sub.add_parser(
        "batch", help="export many clips (files or folders) with the same settings",
        description="Export every clip, one after another, into FOLDER, named hashtag - clip - date. "
        "Each keeps its first seconds up to the length limit. A broken clip is reported and skipped.",
    )
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="clips, or folders of clips")
    b.add_argument("-o", "--output", required=True, metavar="FOLDER", help="the folder to write the videos to")
    b.add_argument("--project", metavar="PROJECT.anakgenius", help="take the settings from a saved project")
    b.add_argument("--stories", action="store_true",
                   help="one story per folder (a folder per pupil): its clips and photos in name order")
    _add_look_options(b)
    b.add_argument("--progress", action="store_true", help="show progress")
    cli_encoders.add_export_option(b)
    cli_campaigns.add_parser(sub)
    cli_encoders.add_parser(sub)
    cli_decoders.add_parser(sub)  # #21
    cli_share.add_parser(sub)
    cli_speech.add_parser(sub)
    return parser


def _add_look_options(p: argparse.ArgumentParser) -> None:
    """Framing, watermark, sound and preset: the same for one clip and for a batch."""
    p.add_argument("--layout", choices=values(Layout),
                   help="blur: over a blurred copy (default); fill: crop; fit: bars; follow: crop following the face")
    p.add_argument("--focus", type=_fraction(0, 1), help="fill: which part stays, 0 = left … 1 = right")
    p.add_argument("--background", help="fit: colour around the picture, like '#1A2B3C'")
    p.add_argument("--hashtag", help="the watermark text (default: the campaign hashtag)")
    p.add_argument("--position", choices=values(Position), help="where the watermark goes (inside the safe zone)")
    p.add_argument("--no-watermark", action="store_true", help="no watermark")
    song = p.add_mutually_exclusive_group()
    song.add_argument("--song", help="a song file instead of the campaign song")
    song.add_argument("--no-song", action="store_true", help="keep only the clip's own sound")
    p.add_argument("--song-start", type=_time, help="play the song from this time")
    p.add_argument("--song-volume", type=_fraction(0, 2), help="0..2 (1 = as is)")
    p.add_argument("--clip-volume", type=_fraction(0, 2), help="0..2 (0 mutes the clip)")
    p.add_argument("--no-loudness", action="store_true",
                   help="keep the mix's own loudness (default: normalise to -14 LUFS, peaks <= -1 dBTP)")
    p.add_argument("--preset", choices=values(PresetId), help=f"target platform (default: {DEFAULT_PRESET})")
    p.add_argument("--transition", choices=TRANSITIONS, help="a story's joints: cut (default), crossfade, dip "
                   "(to the campaign colour)")
    p.add_argument("--transition-seconds", type=_fraction(MIN_TRANSITION, MAX_TRANSITION),
                   help=f"how long a transition lasts, {MIN_TRANSITION:g}..{MAX_TRANSITION:g} s (default 0.5)")
    p.add_argument("--photo-seconds", type=_fraction(MIN_SHOT_SECONDS, 60),
                   help=f"how long each photo shows (default {PHOTO_SECONDS:g} s)")
    p.add_argument("--no-motion", action="store_true", help="photos stand still (default: a gentle zoom)")
    cli_faces.add_option(p)
    cli_campaigns.add_look_options(p)


def edit_from_args(args: argparse.Namespace) -> Edit:
    edit = Edit.load(args.project) if args.project else Edit()
    if getattr(args, "input", None):
        edit.source = str(Path(args.input).absolute())
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is not None:
        edit.trim.start = start
    if end is not None:
        edit.trim.end = end
    if start is not None and end is not None and end <= start:
        raise UserError(M.CLI_END_BEFORE_START)
    if args.layout is not None:
        edit.framing.layout = Layout(args.layout)
    if args.focus is not None:
        edit.framing.focus = args.focus
    if args.background is not None:
        edit.framing.background = args.background
    if args.hashtag is not None:
        edit.watermark.text = args.hashtag
    if args.position is not None:
        edit.watermark.position, edit.watermark.x, edit.watermark.y = Position(args.position), None, None
    if args.no_watermark:
        edit.watermark.enabled = False
    if args.no_song:
        edit.audio.song_enabled = False
    if args.song is not None:
        edit.audio.song_enabled, edit.audio.song = True, str(Path(args.song).absolute())
    if args.song_start is not None:
        edit.audio.song_start = args.song_start
    if args.song_volume is not None:
        edit.audio.song_volume = args.song_volume
    if args.clip_volume is not None:
        edit.audio.clip_volume = args.clip_volume
    if args.no_loudness:
        edit.audio.normalize = False
    if args.preset:
        edit.preset = PresetId(args.preset)
    cli_campaigns.apply_look_options(args, edit)
    _apply_story_options(args, edit)
    return edit


def _apply_story_options(args: argparse.Namespace, edit: Edit) -> None:
    """Transitions for the whole story; photo options and framing flags for every shot."""
    if args.transition is not None:
        edit.transition.kind = args.transition
    if args.transition_seconds is not None:
        edit.transition.seconds = args.transition_seconds
    for shot in edit.shots:
        for attr, value in (("layout", args.layout), ("focus", args.focus), ("background", args.background)):
            if value is not None:
                setattr(shot.framing, attr, value)
        if isinstance(shot, PhotoShot):
            if args.photo_seconds is not None:
                shot.seconds = args.photo_seconds
            if args.no_motion:
                shot.motion = False
        elif args.clip_volume is not None:
            shot.volume = args.clip_volume
    cli_faces.apply_option(args, edit)


def story_edit_from_args(args: argparse.Namespace) -> Edit:
    """``export a.mp4 foto.jpg b.mov``: a story of the files, with the options for every shot."""
    if args.start is not None or args.end is not None:
        raise UserError(M.CLI_STORY_NO_TRIM)
    files, args.input = args.input, None
    template = edit_from_args(args)
    missing = [f for f in files if not Path(f).exists()]
    if missing:
        raise UserError(M.NOT_FOUND, path=missing[0])
    edit = story_from_files(files, template)
    _apply_story_options(args, edit)
    return edit


class ProgressPrinter:
    """A bar on a terminal; one line per 10 % step otherwise (logs, CI)."""

    def __init__(self, stream: TextIO = sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.monotonic()
        self.last_step = -1

    def __call__(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if self.tty:
            bar = "#" * (percent // 4) + "-" * (25 - percent // 4)
            elapsed = time.monotonic() - self.started
            self.stream.write(f"\r[{bar}] {percent:3d}%  {format_time(elapsed)}")
            if fraction >= 1:
                self.stream.write("\n")
            self.stream.flush()
        elif percent // 10 > self.last_step:
            self.last_step = percent // 10
            self.stream.write(f"progress {self.last_step * 10}%\n")
            self.stream.flush()


def cmd_export(args: argparse.Namespace) -> int:
    inputs = args.input
    if len(inputs) == 1 and Path(inputs[0]).suffix.lower() == PROJECT_SUFFIX:
        if args.project:
            raise UserError(M.CLI_PROJECT_TWICE)
        args.project, args.input = inputs[0], None  # the project's own clip or story
        edit = edit_from_args(args)
    elif len(inputs) == 1:
        args.input = inputs[0]
        edit = edit_from_args(args)
    else:
        edit = story_edit_from_args(args)
    srt_out = cli_texts.srt_target(args)
    cli_texts.apply_options(args, edit, lambda e, language: _hear(e, language, args.progress))
    try:
        out = export(
            edit, args.output, overwrite=args.overwrite, cut=args.cut,
            on_progress=ProgressPrinter() if args.progress else None,
            encoder=cli_encoders.export_encoder(args), on_notice=_notice,
            decoder=cli_decoders.export_decoder(args),
        )
    except TooLongError as exc:
        if is_story(edit):
            raise UserError(M.CLI_STORY_CUT, reason=exc.message) from None
        raise UserError(M.CLI_TRIM_OR_CUT, reason=exc.message) from None
    if srt_out is not None:
        srt.write(srt_out, edit.texts, probe(out).duration)
        print(srt_out)
    print(out)
    return EXIT_OK


def _hear(edit: Edit, language: str, progress: bool) -> list[TextBlock]:
    """--auto-captions: the one clip's speech, from the trim's start, as caption blocks."""
    if is_story(edit):
        raise UserError(M.CLI_AUTO_CAPTIONS_ONE_CLIP)
    from app.speech.hear import hear  # noqa: PLC0415 (the recogniser is slow to import)

    return hear(edit, language, ProgressPrinter() if progress else None)


def cmd_batch(args: argparse.Namespace) -> int:
    template = edit_from_args(args)
    template.validate()
    folder = Path(args.output)
    if not folder.is_dir():
        raise UserError(M.FOLDER_MISSING, folder=folder)
    clips = collect_stories(args.inputs) if args.stories else collect_clips(args.inputs)
    if not clips:
        if args.stories:
            raise UserError(M.CLI_NO_STORIES)
        raise UserError(M.CLI_NO_CLIPS)
    items = [BatchItem(str(c.absolute())) for c in clips]
    total = len(items)

    def on_item(index: int, item: BatchItem) -> None:
        if item.status in ("done", "failed"):
            parts[index] = 1.0
            word = "ok" if item.status == "done" else f"FAILED: {item.error}"
            print(f"[{index + 1}/{total}] {Path(item.source).name}: {word}", file=sys.stderr, flush=True)

    printer = ProgressPrinter() if args.progress else None
    parts = [0.0] * total  # each clip's fraction (two are made at once)

    def on_progress(index: int, fraction: float) -> None:
        parts[index] = fraction
        if printer:
            printer(sum(parts) / total)

    run_batch(items, template, folder, on_item, on_progress if printer else None,
              encoder=cli_encoders.export_encoder(args), on_notice=_notice, at_once=batch_at_once())
    print(summary(items))
    return EXIT_OK if all(i.status == "done" for i in items) else EXIT_FAILED


def _notice(message: Message) -> None:
    print(f"anakgenius: {message}", file=sys.stderr, flush=True)


def opens_app(argv: list[str]) -> bool:
    """No arguments, or one that is not a command or an option (a clip or project): the desktop app."""
    return not argv or (len(argv) == 1 and not argv[0].startswith("-") and argv[0] not in COMMANDS)


def main(argv: list[str] | None = None) -> int:
    """The command line. The desktop app is started by :mod:`ui.launch`, which calls this otherwise."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or one line about bad arguments
        return int(exc.code or 0)
    if args.command is None:
        build_parser().print_help()
        return EXIT_BAD_INPUT
    files.clean_leftovers()
    try:
        if args.command == "probe":
            print(json.dumps(probe(args.input).to_dict(), indent=2, ensure_ascii=False))
            return EXIT_OK
        if args.command == "campaigns":
            return cli_campaigns.run(args)
        if args.command == "encoders":
            return cli_encoders.run(args)
        if args.command == "decoders":
            return cli_decoders.run(args)
        if args.command == "share":
            return cli_share.run(args)
        if args.command == "speech-model":
            return cli_speech.run(args)
        if args.command == "batch":
            return cmd_batch(args)
        return cmd_export(args)
    except UserError as exc:
        print(f"anakgenius: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ExportError as exc:
        print(f"anakgenius: {exc}", file=sys.stderr)
        if exc.details:
            print(exc.details.strip().splitlines()[-1], file=sys.stderr)
        return EXIT_FAILED
    except (KeyboardInterrupt, Cancelled):
        print("anakgenius: cancelled; no file was written", file=sys.stderr)
        return EXIT_CANCELLED


def run_entry(main_fn: Callable[[], int]) -> None:
    """What a console entry point does around its ``main``: Ctrl-C as KeyboardInterrupt, output that
    never crashes on a name its pipe cannot encode (Windows code pages have no emoji), its exit code."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    sys.exit(main_fn())


def entry() -> None:
    """``python -m app``: the command line only (``anakgenius`` itself is :func:`ui.launch.entry`)."""
    run_entry(main)


if __name__ == "__main__":
    entry()
