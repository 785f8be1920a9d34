"""One call that turns an Edit into a finished file: check everything, plan, run, clean up.

The CLI and the GUI both export through :func:`export`, so they refuse the same bad input
with the same sentences.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app import leftovers
from app.campaign import Campaign, get_campaign
from app.edit import Edit
from app.errors import ExportError, UserError
from app.loudness import measure
from app.presets import ExportPreset, get_preset
from app.probe import MediaInfo, probe
from app.render import RenderPlan, plan, resolve_song
from app.runner import CancelFn, ProgressFn, run
from app.timecode import format_time

MIN_SECONDS = 1.0
SIZE_TRIES = 3


class TooLongError(UserError):
    def __init__(self, seconds: float, limit: float, preset: ExportPreset) -> None:
        super().__init__(
            f"the video would be {seconds:.1f} s long, but {preset.label} allows {limit:g} s here"
        )
        self.seconds, self.limit = seconds, limit


class TooBigError(ExportError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"the file came out at {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit")
        self.size, self.limit = size, limit


@dataclass(frozen=True)
class Prepared:
    """Everything checked and measured for one export; ``plan`` is its ffmpeg command."""

    edit: Edit
    media: MediaInfo
    campaign: Campaign
    preset: ExportPreset
    start: float
    end: float
    target: Path
    workdir: Path
    overwrite: bool
    loudness: str | None
    video_kbps: int | None = None

    @property
    def plan(self) -> RenderPlan:
        return plan(self.edit, self.media, self.campaign, self.preset, self.target, self.workdir,
                    self.start, self.end, self.overwrite, self.loudness, self.video_kbps)

    def check_size(self, path: Path) -> None:
        limit = self.preset.size_limit_bytes
        if limit and path.stat().st_size >= limit:
            raise TooBigError(path.stat().st_size, limit)


def length_limit(campaign: Campaign, preset: ExportPreset) -> float:
    return min(campaign.max_seconds, preset.max_seconds)


def check_source(media: MediaInfo) -> None:
    name = Path(media.path).name
    if not media.has_video:
        raise UserError(f"{name} has sound but no picture; open a video clip")
    if any(tag in media.format_name for tag in ("image2", "_pipe")) or media.duration <= 0:
        raise UserError(f"{name} is a picture, not a video clip")


def check_trim(edit: Edit, media: MediaInfo, limit: float, preset: ExportPreset, cut: bool) -> tuple[float, float]:
    """The trim in seconds, checked against the clip and the length limit."""
    start = edit.trim.start
    end = media.duration if edit.trim.end is None else min(edit.trim.end, media.duration)
    if start >= media.duration:
        raise UserError(
            f"the start ({format_time(start)}) is beyond the end of the clip ({format_time(media.duration)})"
        )
    if end <= start:
        raise UserError("the end of the trim must come after its start")
    if end - start < MIN_SECONDS:
        raise UserError(f"the video would be only {end - start:.2f} s long; it needs at least {MIN_SECONDS:g} s")
    if end - start > limit + 1e-6:
        if not cut:
            raise TooLongError(end - start, limit, preset)
        end = start + limit
    return start, end


def check_output(output: Path, source: Path, overwrite: bool) -> Path:
    """Refuse an output that cannot or must not be written. Returns the absolute path."""
    output = Path(os.path.abspath(output))
    if output.suffix == "":
        output = output.with_suffix(".mp4")
    folder = output.parent
    if not folder.exists():
        raise UserError(f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise UserError(f"{folder} is not a folder")
    if output.is_dir():
        raise UserError(f"{output} is a folder; give a file name for the video")
    if output.resolve() == Path(source).resolve() or (output.exists() and os.path.samefile(output, source)):
        raise UserError("the output would overwrite the clip itself; choose another name")
    if output.exists() and not overwrite:
        raise UserError(f"{output.name} already exists; choose another name or allow overwriting")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".anakgenius-check-"):
            pass
    except OSError:
        raise UserError(f"the folder {folder} cannot be written to") from None
    return output


def check_song(edit: Edit, campaign: Campaign) -> None:
    song, start = resolve_song(edit, campaign)
    if song is None:
        return
    info = probe(song)
    if not info.has_audio:
        raise UserError(f"the song {song.name} has no sound")
    if info.duration and start >= info.duration:
        raise UserError(f"the song is only {info.duration:.0f} s long; start it earlier")


def prepare(edit: Edit, output: str | Path, workdir: Path, overwrite: bool = False, cut: bool = False) -> Prepared:
    edit.validate()
    if not edit.source:
        raise UserError("no clip was chosen")
    media = probe(edit.source)
    check_source(media)
    campaign = get_campaign(edit.campaign)
    preset = get_preset(edit.preset)
    start, end = check_trim(edit, media, length_limit(campaign, preset), preset, cut)
    target = check_output(Path(output), Path(edit.source), overwrite)
    check_song(edit, campaign)
    loudness = measure(edit, media, campaign, start, end - start) if edit.audio.normalize else None
    return Prepared(edit, media, campaign, preset, start, end, target, workdir, overwrite, loudness)


def export(
    edit: Edit,
    output: str | Path,
    *,
    overwrite: bool = False,
    cut: bool = False,
    on_progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> Path:
    """Check, plan and run an export. Raises UserError, ExportError or Cancelled."""
    workdir = Path(tempfile.mkdtemp(prefix="anakgenius-"))
    note = leftovers.remember_folder(workdir)  # removed at the next start if the app is killed
    try:
        prepared = prepare(edit, output, workdir, overwrite, cut)
        for _ in range(SIZE_TRIES):
            try:
                return run(prepared.plan, on_progress, should_cancel, prepared.check_size)
            except TooBigError as exc:
                # a lower bitrate in proportion to the overshoot, with a margin, and try again
                kbps = prepared.video_kbps or prepared.preset.video_kbps_for(prepared.end - prepared.start)
                lower = int(kbps * exc.limit / exc.size * 0.9)
                prepared = dataclasses.replace(prepared, video_kbps=max(100, lower))
        raise ExportError(f"the video does not fit under {prepared.preset.size_limit_bytes / 1e6:.0f} MB "
                          f"for {prepared.preset.label}; make it shorter")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        leftovers.forget(note)
