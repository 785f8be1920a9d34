"""Runs of clip shots read through ONE decoder: a generated ffconcat list per run.

Every ffmpeg input keeps its decoder, its frame queues and its filters' frame pools alive from
the first frame to the end of the export (about 18 MB for a 1080p clip before it plays and 25 MB
more once it has), so a story of 40 clips held gigabytes. Clip shots whose files decode alike
(the same file, or H.264 in MP4/MOV of the same size, pixel format, rotation and colours) and
that are framed alike are read as one input: the concat demuxer plays their pieces one after
another (``inpoint``/``outpoint`` per piece) and the graph frames them once, then cuts the run
back into its shots by frame number. A run's pieces are in timeline order, so the one stream is
read in the order the video needs it.

The list lays the pieces out on the run's own clock with a gap before each (the keyframe before
a piece's in point is decoded too and lands in the gap), and starts with a few frames from the
head of the first file (``outpoint`` right after its start) whose first frame fixes the clock: ffmpeg shifts
an input's timestamps by its start, which depends on the sound's priming. The graph then keeps each
piece's frames (``select``), lays the pieces end to end with each piece's first frame on its
first frame slot (``setpts``), and only then converts to 30 fps (``fps``): every shot is its
exact number of frames, starting with its own first frame, as a shot of its own would be.

Photos prepared to one size are a run too (:func:`photo_list`): one PNG after another, frame j
is photo j. The in points assume an MP4/MOV clip's picture starts at 0 s, as phones write them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.media.probe import MediaInfo
from app.project.story import FRAME_RATE
from app.render.plan import num

GAP = 1.0  # seconds between pieces on a run's clock, past the keyframe run-up of the next piece
TAIL = 0.1  # seconds read past a piece's end (its last frame must arrive before the cut)
CALIBRATE = 0.001  # the first file read from its start to here: its first frames set the clock
SLACK = 0.002  # seconds: the list's times land on the file's clock ticks (1/600 s for a phone's MOV)


@dataclass(frozen=True)
class Piece:
    """One clip shot of a run: its shot index, file, trim start and frames."""

    shot: int
    path: str
    start: float
    frames: int


def source_key(media: MediaInfo) -> tuple | None:
    """What clips must share to be decoded as one stream; None when a clip is read on its own."""
    if "mp4" not in media.format_name and "mov" not in media.format_name:
        return None
    if any(c in str(media.path) for c in "\n\r\0"):  # a name that would break a line of the list: read alone
        return None
    colours = (media.color_primaries, media.color_transfer, media.color_matrix)
    if media.video_codec == "h264":  # the concat demuxer puts each file's parameter sets in band
        return ("h264", media.coded_width, media.coded_height, media.width, media.height, media.pixel_format,
                media.rotation, media.sample_aspect, colours)
    return ("file", str(Path(media.path).resolve()))


def _quote(path: str) -> str:
    return "'" + str(Path(path).resolve()).replace("'", "'\\''") + "'"


def slots(pieces: list[Piece]) -> list[float]:
    """Where each piece starts on the run's clock (the calibration frames are at 0)."""
    starts, cursor = [], CALIBRATE
    for piece in pieces:
        cursor += GAP + piece.start  # the run-up from the keyframe before the in point fits in the gap
        starts.append(cursor)
        cursor += piece.frames / FRAME_RATE + TAIL
    return starts


def concat_list(pieces: list[Piece]) -> str:
    """The ffconcat text for the run: the calibration entry, then each piece; ``duration`` says where the
    next entry starts on the run's clock."""
    at = slots(pieces)
    lines = ["ffconcat version 1.0", f"file {_quote(pieces[0].path)}", f"outpoint {num(CALIBRATE)}",
             f"duration {num(at[0])}"]
    for m, piece in enumerate(pieces):
        lines.append(f"file {_quote(piece.path)}")
        if piece.start > 0:
            lines.append(f"inpoint {num(piece.start)}")
        lines.append(f"outpoint {num(piece.start + piece.frames / FRAME_RATE + TAIL)}")
        if m + 1 < len(pieces):
            lines.append(f"duration {num(at[m + 1] - at[m])}")
    return "\n".join(lines) + "\n"


def photo_list(pieces: list[Piece]) -> str:
    """The ffconcat text for a run of photos: one frame each, in order (their times do not matter:
    the graph takes frame j for photo j)."""
    lines = ["ffconcat version 1.0"]
    for piece in pieces:
        lines += [f"file {_quote(piece.path)}", "duration 1"]
    return "\n".join(lines) + "\n"


def run_head(input_index: int, pieces: list[Piece]) -> str:
    """The run's input → its shots' frames, end to end at 30 fps (shot after shot, no gaps)."""
    at = slots(pieces)
    keep = "+".join(f"between(t,{num(s - SLACK)},{num(s + p.frames / FRAME_RATE - SLACK)})" for s, p in zip(at, pieces,
                                                                                                    strict=True))
    firsts = first_frames(pieces)
    seg = "(" + "+".join(f"gte(X,{num(s - GAP / 2)})" for s in at[1:]) + ")" if len(at) > 1 else "0"
    first = "(" + "+".join([f"{num(firsts[0] / FRAME_RATE)}"] + [
        f"gte(T,{num(s - GAP / 2)})*{num((firsts[k + 1] - firsts[k]) / FRAME_RATE)}" for k, s in enumerate(at[1:])
    ]) + ")"
    changed = f"not(eq({seg.replace('X', 'T')},{seg.replace('X', 'PREV_INT')}))"
    pin = f"if(isnan(PREV_INPTS)+{changed},round({first}/TB),PREV_OUTPTS+PTS-PREV_INPTS)"
    return (f"[{input_index}:v]setpts=PTS-STARTPTS,select='{keep}',setpts='{pin}',fps={int(FRAME_RATE)},"
            f"tpad=stop_mode=clone:stop={pieces[-1].frames}")


def first_frames(pieces: list[Piece]) -> list[int]:
    """Each piece's first frame in the run's 30 fps stream."""
    firsts, cursor = [], 0
    for p in pieces:
        firsts.append(cursor)
        cursor += p.frames
    return firsts
