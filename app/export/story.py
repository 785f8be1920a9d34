"""Checking a story before its export: every shot's file, the length, the output, the sound.

:func:`prepare_story` is the story's :func:`app.export.job.prepare`: it probes every clip, writes
each photo's upright, reduced, metadata-free copy into the export's work folder, refuses the first
broken file with one sentence that names it, and measures the loudness of the whole story.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path

from app.campaigns.model import Campaign
from app.campaigns.packs import get_campaign
from app.errors import UserError
from app.export.job import MIN_SECONDS, TooBigError, TooLongError, check_output, check_song, check_source, length_limit
from app.media.photo import prepare_photo
from app.media.picture_length import picture_seconds
from app.media.probe import MediaInfo, probe
from app.project.edit import Edit
from app.project.story import (
    FRAME_RATE,
    MIN_SHOT_SECONDS,
    ClipShot,
    PhotoShot,
    Shot,
    Story,
    fit,
    is_photo_path,
    shot_frames,
    shots_of,
    total_frames,
)
from app.project.timecode import format_time
from app.render.loudness import run_first_pass
from app.render.plan import RenderPlan
from app.render.presets import HEIGHT, WIDTH, ExportPreset, get_preset
from app.render.story import ShotMedia, measure_story_argv, plan_story


@dataclass(frozen=True)
class PreparedStory:
    """Like :class:`app.export.job.Prepared`, for a story; ``plan`` is its ffmpeg command."""

    edit: Edit
    shots: tuple[ShotMedia, ...]
    campaign: Campaign
    preset: ExportPreset
    start: float
    end: float
    target: Path
    workdir: Path
    overwrite: bool
    loudness: str | None
    video_kbps: int | None = None
    fitted: tuple[str, ...] = ()  # what Fit trimmed, one line per shot

    @property
    def plan(self) -> RenderPlan:
        return plan_story(self.edit, list(self.shots), self.campaign, self.preset, self.target, self.workdir,
                          self.overwrite, self.loudness, self.video_kbps)

    def check_size(self, path: Path) -> None:
        limit = self.preset.size_limit_bytes
        if limit and path.stat().st_size >= limit:
            raise TooBigError(path.stat().st_size, limit)


def _name(shot: Shot) -> str:
    return Path(shot.source).name


def check_clip_shot(shot: ClipShot, n: int) -> tuple[ClipShot, MediaInfo]:
    """The clip probed (a copy of the shot that knows the clip's length); UserError naming the file."""
    try:
        media = probe(shot.source)
        check_source(media)
    except UserError as exc:
        raise UserError(f"shot {n} cannot be used: {exc}") from None
    if shot.trim.start >= media.duration:
        raise UserError(f"shot {n} ({_name(shot)}) starts at {format_time(shot.trim.start)}, beyond the end "
                        f"of the clip ({format_time(media.duration)})")
    checked = copy.deepcopy(shot)
    checked.clip_seconds = picture_seconds(media.path, media.duration)  # the picture's length counts
    if shot_frames(checked) < round(MIN_SHOT_SECONDS * FRAME_RATE):
        raise UserError(f"shot {n} ({_name(shot)}) is shorter than {MIN_SHOT_SECONDS:g} s")
    return checked, media


def check_photo_shot(shot: PhotoShot, n: int, workdir: Path) -> MediaInfo:
    """The photo's prepared copy in ``workdir`` as media facts; UserError naming the file."""
    try:
        info = prepare_photo(shot.source, workdir / f"photo-{n}.png", WIDTH, HEIGHT,
                             cover=shot.framing.layout == "fill")
    except UserError as exc:
        raise UserError(f"shot {n} cannot be used: {exc}") from None
    return MediaInfo(path=info.path, duration=0.0, format_name="png_pipe", has_video=True, width=info.width,
                     height=info.height, coded_width=info.width, coded_height=info.height, fps=FRAME_RATE)


def story_from_files(paths: list[str | Path], template: Edit | None = None) -> Edit:
    """An Edit whose shots are these files in order (photos by their name), with the template's look."""
    edit = copy.deepcopy(template) if template is not None else Edit()
    framing = copy.deepcopy(edit.framing)
    edit.source, edit.shots = "", []
    story = Story(edit)
    for path in paths:
        source = str(Path(path).absolute())
        if is_photo_path(source):
            story.add(PhotoShot(source, framing=copy.deepcopy(framing)))
        else:
            story.add(ClipShot(source, framing=copy.deepcopy(framing), volume=edit.audio.clip_volume))
    return edit


def prepare_story(edit: Edit, output: str | Path, workdir: Path, overwrite: bool = False,
                  cut: bool = False) -> PreparedStory:
    edit.validate()
    edit = copy.deepcopy(edit)
    edit.shots = shots_of(edit)
    edit.source = ""
    if not edit.shots:
        raise UserError("no clip was chosen")
    campaign = get_campaign(edit.campaign)
    preset = get_preset(edit.preset)
    checked: list[tuple[Shot, MediaInfo | None]] = []
    for n, shot in enumerate(edit.shots, 1):
        if isinstance(shot, ClipShot):
            checked.append(check_clip_shot(shot, n))
        else:
            if not Path(shot.source).exists():
                raise UserError(f"shot {n} cannot be used: {shot.source} does not exist")
            checked.append((shot, None))
    edit.shots = [shot for shot, _ in checked]
    limit = length_limit(campaign, preset)
    fitted: list[str] = []
    seconds = total_frames(edit.shots, edit.transition) / FRAME_RATE
    if seconds > limit + 1e-6:
        if not cut:
            raise TooLongError(seconds, limit, preset)
        fitted = fit(edit, limit)
        seconds = total_frames(edit.shots, edit.transition) / FRAME_RATE
    if seconds < MIN_SECONDS:
        raise UserError(f"the video would be only {seconds:.2f} s long; it needs at least {MIN_SECONDS:g} s")
    target = output
    for shot in edit.shots:
        target = check_output(Path(output), Path(shot.source), overwrite)
    target = Path(os.path.abspath(target))
    check_song(edit, campaign)
    shots = []
    for n, (shot, media) in enumerate(zip(edit.shots, [m for _, m in checked], strict=True), 1):
        if isinstance(shot, PhotoShot):
            shots.append(ShotMedia(shot, check_photo_shot(shot, n, workdir)))
        else:
            assert media is not None
            shots.append(ShotMedia(shot, media, shot.trim.start))
    loudness = None
    if edit.audio.normalize:
        argv = measure_story_argv(edit, shots, campaign)
        loudness = run_first_pass(argv) if argv else None
    return PreparedStory(edit, tuple(shots), campaign, preset, 0.0, seconds, target, workdir, overwrite, loudness,
                         fitted=tuple(fitted))
