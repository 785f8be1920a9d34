"""One call that turns an Edit into a finished file: check everything, plan, run, clean up.

The CLI and the GUI both export through :func:`export`, so they refuse the same bad input
with the same sentences.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import files, winjob
from app.campaigns.model import Campaign
from app.campaigns.packs import get_campaign
from app.errors import Cancelled, ExportError, UserError
from app.export import decoders, encoders
from app.export.faces import clip_mask
from app.export.follow import analyse_followed
from app.export.runner import CancelFn, ProgressFn, run
from app.files import new_token
from app.media.photo import prepare_photo
from app.media.picture_length import picture_seconds
from app.media.probe import MediaInfo, probe
from app.messages import M, Message
from app.project.choices import MIN_SECONDS
from app.project.edit import Edit
from app.project.hide import HideFaces
from app.project.srt import dumps as srt_text
from app.project.story import (
    FRAME_RATE,
    MIN_SHOT_SECONDS,
    ClipShot,
    PhotoShot,
    Shot,
    as_one_clip,
    fit,
    is_story,
    shot_frames,
    shots_of,
    total_frames,
)
from app.project.timecode import format_time
from app.render.encoders import AUTO, CHIPS, SOFTWARE, is_known
from app.render.faces import FaceMask
from app.render.loudness import measure, run_first_pass
from app.render.plan import SOFT_CAPTIONS_FILE, RenderPlan, plan, resolve_song, sound_argv
from app.render.presets import HEIGHT, WIDTH, ExportPreset, get_preset
from app.render.story import ShotMedia, measure_story_argv, plan_story
from app.render.texts import soft

SIZE_TRIES = 3
SOUND_FILE = "sound.wav"  # #21: in the workdir
# A chip's export is stopped (and made again with libx264) after this long: a hung driver.
CHIP_TIMEOUT_BASE, CHIP_TIMEOUT_PER_SECOND = 60.0, 6.0  # seconds; per second of video
NoticeFn = Callable[[Message], None]


class TooLongError(UserError):
    def __init__(self, seconds: float, limit: float, preset: ExportPreset) -> None:
        super().__init__(M.VIDEO_TOO_LONG, seconds=seconds, preset=preset.label, limit=limit)
        self.seconds, self.limit = seconds, limit


class TooBigError(ExportError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(M.FILE_TOO_BIG, size_mb=size / 1e6, limit_mb=limit / 1e6)
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
    token: str = ""  # this attempt's own temporary file name (app.files.new_token)
    encoder: str = SOFTWARE  # libx264 or a video chip (app.render.encoders)
    faces: FaceMask | None = None  # #17 the mask of the hidden faces, already written
    notices: tuple[Message, ...] = ()  # sentences for the user that do not stop the export
    decoder: str = decoders.SOFTWARE  # #21: the software decoder or a video chip's (app.render.decoders)
    sound: Path | None = None  # #21: the mix made and normalised before the export (plan.sound_argv)

    @property
    def plan(self) -> RenderPlan:
        planned = plan(self.edit, self.media, self.campaign, self.preset, self.target, self.workdir,
                       self.start, self.end, self.overwrite, self.loudness, self.video_kbps, self.token,
                       self.faces, decoder=self.decoder, sound=self.sound)
        return encoders.with_encoder(planned, self.encoder, self.preset, self.video_kbps)

    def check_file(self, path: Path) -> None:
        check_file(path, self.end - self.start, self.preset, self.encoder)


def check_file(path: Path, seconds: float, preset: ExportPreset, encoder: str = SOFTWARE) -> None:
    """The finished temporary file, before it takes the target name: a readable MP4 with the
    1080×1920 picture, sound and the planned length (within half a second), under any size limit
    (TooBigError: the export tries again at a lower bitrate). A video chip's file must also be
    what libx264's is by construction (:func:`app.export.encoders.output_problem`)."""
    try:
        info = probe(path)
    except UserError:
        raise ExportError(M.EXPORT_INCOMPLETE) from None
    if ("mp4" not in info.format_name or not info.has_video or not info.has_audio
            or (info.width, info.height) != (WIDTH, HEIGHT) or abs(info.duration - seconds) > 0.5):
        raise ExportError(M.EXPORT_INCOMPLETE)
    if encoder != SOFTWARE:
        problem = encoders.output_problem(path, seconds, preset)
        if problem:
            raise ExportError(M.ENC_BAD_FILE, reason=problem)
    limit = preset.size_limit_bytes
    if limit and path.stat().st_size >= limit:
        raise TooBigError(path.stat().st_size, limit)


def length_limit(campaign: Campaign, preset: ExportPreset) -> float:
    return min(campaign.max_seconds, preset.max_seconds)


def check_source(media: MediaInfo) -> None:
    name = Path(media.path).name
    if not media.has_video:
        raise UserError(M.SOUND_ONLY, file=name)
    if any(tag in media.format_name for tag in ("image2", "_pipe")) or media.duration <= 0:
        raise UserError(M.PICTURE, file=name)


def check_trim(edit: Edit, media: MediaInfo, limit: float, preset: ExportPreset, cut: bool) -> tuple[float, float]:
    """The trim in seconds, checked against the clip and the length limit."""
    start = edit.trim.start
    end = media.duration if edit.trim.end is None else min(edit.trim.end, media.duration)
    if start >= media.duration:
        raise UserError(M.START_BEYOND_END, start=format_time(start), end=format_time(media.duration))
    if end <= start:
        raise UserError(M.TRIM_END_BEFORE_START)
    if end - start < MIN_SECONDS:
        raise UserError(M.VIDEO_TOO_SHORT, seconds=end - start, minimum=MIN_SECONDS)
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
        raise UserError(M.FOLDER_MISSING, folder=folder)
    if not folder.is_dir():
        raise UserError(M.NOT_A_FOLDER, path=folder)
    if output.is_dir():
        raise UserError(M.OUTPUT_IS_FOLDER, path=output)
    if output.resolve() == Path(source).resolve() or (output.exists() and os.path.samefile(output, source)):
        raise UserError(M.OUTPUT_IS_SOURCE)
    if output.exists() and not overwrite:
        raise UserError(M.ALREADY_EXISTS, file=output.name)
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".anakgenius-check-"):
            pass
    except OSError:
        raise UserError(M.FOLDER_NOT_WRITABLE, folder=folder) from None
    return output


def check_song(edit: Edit, campaign: Campaign) -> None:
    song, start = resolve_song(edit, campaign)
    if song is None:
        return
    info = probe(song)
    if not info.has_audio:
        raise UserError(M.SONG_SILENT, file=song.name)
    if info.duration and start >= info.duration:
        raise UserError(M.SONG_TOO_SHORT, seconds=info.duration)


def write_soft_captions(edit: Edit, workdir: Path, seconds: float) -> None:
    """#16: the captions the export keeps as a subtitle track, as the .srt ffmpeg reads (plan.compose)."""
    captions = soft(edit.texts, edit.soft_captions)
    if captions:
        files.write_text(Path(workdir) / SOFT_CAPTIONS_FILE, srt_text(captions, seconds))


def prepare(edit: Edit, output: str | Path, workdir: Path, overwrite: bool = False, cut: bool = False) -> Prepared:
    edit.validate()
    if not edit.source:
        raise UserError(M.NO_CLIP)
    media = probe(edit.source)
    check_source(media)
    campaign = get_campaign(edit.campaign)
    preset = get_preset(edit.preset)
    start, end = check_trim(edit, media, length_limit(campaign, preset), preset, cut)
    target = check_output(Path(output), Path(edit.source), overwrite)
    check_song(edit, campaign)
    loudness = measure(edit, media, campaign, start, end - start) if edit.audio.normalize else None
    write_soft_captions(edit, workdir, end - start)
    notices: list[Message] = []
    faces = clip_mask(edit.hide, media, start, round((end - start) * FRAME_RATE) + 1, workdir / "faces-0.gray",
                      notices)
    sound = make_sound(edit, media, campaign, start, end - start, loudness, workdir) if loudness else None
    return Prepared(edit, media, campaign, preset, start, end, target, workdir, overwrite, loudness,
                    faces=faces, notices=tuple(notices), sound=sound)


def make_sound(edit: Edit, media: MediaInfo, campaign: Campaign, start: float, duration: float, loudness: str,
               workdir: Path) -> Path | None:
    """#21: the export's sound mixed and normalised into the workdir (a second or two, no picture decoded);
    None when that fails (the export then mixes it in its own graph, as before)."""
    path = Path(workdir) / SOUND_FILE
    try:
        proc = winjob.run(sound_argv(edit, media, campaign, start, duration, loudness, path), capture_output=True,
                          timeout=600, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if proc.returncode == 0 and path.exists() else None


def resolve_encoder(encoder: str) -> str:
    """``auto``: the best video chip already found working for this ffmpeg (never runs a trial; the
    GUI detects in the background, the CLI before its first export), else libx264. A chip's name
    or ``libx264`` as it is."""
    if not is_known(encoder):
        raise UserError(M.ENC_UNKNOWN, name=encoder, choices=", ".join((AUTO, SOFTWARE, *CHIPS)))
    if encoder == AUTO:
        return encoders.best() or SOFTWARE
    return encoder


def export(
    edit: Edit,
    output: str | Path,
    *,
    overwrite: bool = False,
    cut: bool = False,
    on_progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    encoder: str = SOFTWARE,
    on_notice: NoticeFn | None = None,
    decoder: str = decoders.SOFTWARE,
) -> Path:
    """Check, plan and run an export. Raises UserError, ExportError or Cancelled.

    A story (several shots, a photo) is prepared by :mod:`app.export.story`; a one-shot story
    is exported as the one clip it is.

    ``encoder`` is ``libx264``, ``auto`` or a video chip's encoder (:func:`resolve_encoder`). When a
    chip fails (ffmpeg stops with an error, runs past its time limit, or its file fails the checks)
    the same export runs again with libx264 by itself; once that succeeds the chip is marked failed
    in the cache and ``on_notice`` gets the one sentence for the user (``M.ENC_FELL_BACK``).

    ``decoder`` (#21) is ``software``, ``auto`` or a chip's decoder (app.render.decoders), for a
    one-clip export (a story's clips are decoded in software). It is never worse than software:
    when the export fails with it, the same export runs again with the software decoder, and
    ``on_notice`` gets ``M.DEC_FELL_BACK`` (``M.DEC_GIVEN_UP`` when ffmpeg named the chip: then
    it is marked failed and not used again).
    """
    chosen = resolve_encoder(encoder)
    workdir = Path(tempfile.mkdtemp(prefix="anakgenius-"))
    note = files.remember_folder(workdir)  # removed at the next start if the app is killed
    try:
        prepared: Prepared | PreparedStory
        for notice in analyse_followed(edit, should_cancel):  # #17 follow the subject: faces found first
            if on_notice:
                on_notice(notice)
        if is_story(edit):
            prepared = prepare_story(edit, output, workdir, overwrite, cut)
        else:
            prepared = prepare(as_one_clip(edit), output, workdir, overwrite, cut)
        prepared = dataclasses.replace(prepared, encoder=chosen)
        for notice in prepared.notices:
            if on_notice:
                on_notice(notice)
        if isinstance(prepared, Prepared):
            prepared = dataclasses.replace(prepared, decoder=decoders.resolve(decoder))
        decoder_failure: ExportError | None = None
        chip_failure: ExportError | None = None
        tries = 0
        while tries < SIZE_TRIES:
            prepared = dataclasses.replace(prepared, token=new_token())  # each attempt its own temp file
            chip = prepared.encoder != SOFTWARE
            seconds = prepared.end - prepared.start
            timeout = CHIP_TIMEOUT_BASE + CHIP_TIMEOUT_PER_SECOND * seconds if chip else None
            try:
                done = run(prepared.plan, on_progress, should_cancel, prepared.check_file, timeout)
            except TooBigError as exc:
                # a lower bitrate in proportion to the overshoot, with a margin, and try again
                kbps = (prepared.video_kbps or prepared.preset.video_kbps_for(prepared.end - prepared.start)
                        or prepared.preset.max_kbps)  # (a preset with a size limit always has a bitrate)
                lower = int(kbps * exc.limit / exc.size * 0.9)
                prepared = dataclasses.replace(prepared, video_kbps=max(100, lower))
                tries += 1
                continue
            except ExportError as exc:
                if isinstance(prepared, Prepared) and prepared.decoder != decoders.SOFTWARE:
                    decoder_failure = exc  # #21: the same export again, read by the software decoder
                    prepared = dataclasses.replace(prepared, decoder=decoders.SOFTWARE, video_kbps=None)
                    tries = 0
                    continue
                if not chip:
                    raise
                chip_failure = exc  # the same export again with libx264, from the start
                prepared = dataclasses.replace(prepared, encoder=SOFTWARE, video_kbps=None)
                tries = 0
                continue
            if decoder_failure is not None:
                _decoder_fell_back(decoders.resolve(decoder), decoder_failure, on_notice)
            if chip_failure is not None:  # libx264 made it: the chip was at fault
                reason = (encoders.ffmpeg_reason(chip_failure.details, 0) if chip_failure.details
                          else chip_failure.message)
                encoders.mark_bad(chosen, reason)
                if on_notice:
                    on_notice(Message(M.ENC_FELL_BACK, chip=CHIPS[chosen].label))
            return done
        raise ExportError(M.DOES_NOT_FIT, limit_mb=(prepared.preset.size_limit_bytes or 0) / 1e6,
                          preset=prepared.preset.label)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        files.forget(note)


def _decoder_fell_back(name: str, failure: ExportError, on_notice: NoticeFn | None) -> None:
    """The software decoder made the video a chip's decoder could not: say so; when ffmpeg's words
    name the chip (not, say, a damaged clip), it is not used again."""
    label = decoders.DECODERS[name].label if name in decoders.DECODERS else name
    if decoders.names_the_chip(failure.details or ""):
        decoders.mark_bad(name, encoders.ffmpeg_reason(failure.details, 0))
        notice = Message(M.DEC_GIVEN_UP, chip=label)
    else:
        notice = Message(M.DEC_FELL_BACK, chip=label)
    if on_notice:
        on_notice(notice)


# --- stories: several clips and photos (app.project.story), planned by app.render.story ---------------

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
    fitted: tuple[Message, ...] = ()  # what Fit trimmed, one line per shot
    token: str = ""  # this attempt's own temporary file name (app.files.new_token)
    encoder: str = SOFTWARE  # libx264 or a video chip (app.render.encoders)
    faces: tuple[tuple[int, FaceMask], ...] = ()  # #17 (shot index, its mask of hidden faces, written)
    notices: tuple[Message, ...] = ()

    @property
    def plan(self) -> RenderPlan:
        planned = plan_story(self.edit, list(self.shots), self.campaign, self.preset, self.target, self.workdir,
                             self.overwrite, self.loudness, self.video_kbps, self.token, dict(self.faces))
        return encoders.with_encoder(planned, self.encoder, self.preset, self.video_kbps)

    def check_file(self, path: Path) -> None:
        check_file(path, self.end - self.start, self.preset, self.encoder)


def _name(shot: Shot) -> str:
    return Path(shot.source).name


def check_clip_shot(shot: ClipShot, n: int) -> tuple[ClipShot, MediaInfo]:
    """The clip probed (a copy of the shot that knows the clip's length); UserError naming the file."""
    try:
        media = probe(shot.source)
        check_source(media)
    except UserError as exc:
        raise UserError(M.SHOT_UNUSABLE, n=n, reason=exc.message) from None
    if shot.trim.start >= media.duration:
        raise UserError(M.SHOT_STARTS_BEYOND, n=n, file=_name(shot), start=format_time(shot.trim.start),
                        length=format_time(media.duration))
    checked = copy.deepcopy(shot)
    checked.clip_seconds = picture_seconds(media.path, media.duration)  # the picture's length counts
    if shot_frames(checked) < round(MIN_SHOT_SECONDS * FRAME_RATE):
        raise UserError(M.SHOT_TOO_SHORT, n=n, file=_name(shot), seconds=MIN_SHOT_SECONDS)
    return checked, media


def check_photo_shot(shot: PhotoShot, n: int, workdir: Path) -> MediaInfo:
    """The photo's prepared copy in ``workdir`` as media facts; UserError naming the file."""
    try:
        info = prepare_photo(shot.source, workdir / f"photo-{n}.png", WIDTH, HEIGHT,
                             cover=shot.framing.layout == "fill")
    except UserError as exc:
        raise UserError(M.SHOT_UNUSABLE, n=n, reason=exc.message) from None
    return MediaInfo(path=info.path, duration=0.0, format_name="png_pipe", has_video=True, width=info.width,
                     height=info.height, coded_width=info.width, coded_height=info.height, fps=FRAME_RATE)


def check_shots(shots: list[Shot], should_cancel: CancelFn | None = None) -> tuple[list[Shot], list[MediaInfo | None]]:
    """Every clip probed and refused as the export refuses it (its copy, which knows the picture's
    length, takes its place), every photo's file there; UserError naming the shot."""
    checked: list[Shot] = []
    medias: list[MediaInfo | None] = []
    for n, shot in enumerate(shots, 1):
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if isinstance(shot, ClipShot):
            clip, media = check_clip_shot(shot, n)
            checked.append(clip)
            medias.append(media)
        elif not Path(shot.source).exists():
            raise UserError(M.SHOT_UNUSABLE, n=n, reason=Message(M.NOT_FOUND, path=shot.source))
        else:
            checked.append(shot)
            medias.append(None)
    return checked, medias


def shot_media(shots: list[Shot], medias: list[MediaInfo | None], workdir: Path,
               should_cancel: CancelFn | None = None) -> list[ShotMedia]:
    """The shots as the story plan takes them: a clip with its media, a photo's prepared copy in ``workdir``."""
    out: list[ShotMedia] = []
    for n, (shot, media) in enumerate(zip(shots, medias, strict=True), 1):
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if isinstance(shot, PhotoShot):
            out.append(ShotMedia(shot, check_photo_shot(shot, n, workdir)))
        else:
            assert media is not None
            out.append(ShotMedia(shot, media, shot.trim.start))
    return out


def prepare_story(edit: Edit, output: str | Path, workdir: Path, overwrite: bool = False,
                  cut: bool = False) -> PreparedStory:
    edit.validate()
    edit = copy.deepcopy(edit)
    edit.shots = shots_of(edit)
    edit.source = ""
    if not edit.shots:
        raise UserError(M.NO_CLIP)
    campaign = get_campaign(edit.campaign)
    preset = get_preset(edit.preset)
    edit.shots, medias = check_shots(edit.shots)
    limit = length_limit(campaign, preset)
    fitted: list[Message] = []
    seconds = total_frames(edit.shots, edit.transition) / FRAME_RATE
    if seconds > limit + 1e-6:
        if not cut:
            raise TooLongError(seconds, limit, preset)
        fitted = fit(edit, limit)
        seconds = total_frames(edit.shots, edit.transition) / FRAME_RATE
    if seconds < MIN_SECONDS:
        raise UserError(M.VIDEO_TOO_SHORT, seconds=seconds, minimum=MIN_SECONDS)
    target = output
    for shot in edit.shots:
        target = check_output(Path(output), Path(shot.source), overwrite)
    target = Path(os.path.abspath(target))
    check_song(edit, campaign)
    shots = shot_media(edit.shots, medias, workdir)
    notices: list[Message] = []
    faces = story_masks(edit, shots, workdir, notices)
    loudness = None
    if edit.audio.normalize:
        argv = measure_story_argv(edit, shots, campaign)
        loudness = run_first_pass(argv) if argv else None
    write_soft_captions(edit, workdir, seconds)
    return PreparedStory(edit, tuple(shots), campaign, preset, 0.0, seconds, target, workdir, overwrite, loudness,
                         fitted=tuple(fitted), faces=tuple(faces.items()), notices=tuple(notices))


def story_masks(edit: Edit, shots: list[ShotMedia], workdir: Path, notices: list[Message]) -> dict[int, FaceMask]:
    """#17 each clip shot's mask of hidden faces (a shot with nothing to hide is left as it is)."""
    frames = [shot_frames(item.shot) for item in shots]
    masks: dict[int, FaceMask] = {}
    for k, item in enumerate(shots):
        shot = item.shot
        if not isinstance(shot, ClipShot) or not shot.hide.active:
            continue
        mask = clip_mask(shot.hide, item.media, item.start, frames[k] + 1, workdir / f"faces-{k}.gray", notices)
        if mask is None:
            shot.hide = HideFaces()  # nothing to hide: the shot is read like any other (app.render.story)
        else:
            masks[k] = mask
    return masks
