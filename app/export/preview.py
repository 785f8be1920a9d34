"""The preview rendering of a story: the real export's plan, rendered small and fast.

The GUI plays this file to preview a story (ui/preview/story_preview.py), so what it shows is
exactly what the export makes — every shot framed, the transitions, the card, the clips' sounds
and the song mixed — and scrubbing across a joint shows the right shot by construction.
It differs from the export in four ways, all for speed or liveness:

- the finished picture is scaled to ``PREVIEW_HEIGHT`` (``ExportPreset.frame_height``) and
  encoded with x264 ``ultrafast``, a keyframe every half second (smooth scrubbing), no B-frames;
- no watermark and no words (#16 text blocks): the preview canvas draws them live, so dragging,
  editing or retiming them needs no new rendering;
- no loudness pass (the export's first pass reads the whole sound once more): the preview's mix
  has the export's volumes and fades but not its final loudness correction;
- no length limit: a story longer than the preset allows plays whole, as the timeline shows it
  (the window warns and offers Fit, as for the export).

A shot that cannot be used raises the export's :class:`app.errors.UserError`. Renderings are
cached by a hash of everything the picture and sound depend on (the Edit without its watermark,
each file's size and modification time, the campaign); the last ``KEEP`` stay in the folder.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from app import files
from app.campaigns.model import Campaign
from app.campaigns.packs import get_campaign
from app.errors import ExportError, UserError
from app.export.job import check_shots, check_song, shot_media, story_masks
from app.export.runner import CancelFn, ProgressFn, run
from app.media.probe import probe
from app.messages import M
from app.paths import cache_dir
from app.project.edit import Edit
from app.project.story import shots_of
from app.render.plan import RenderPlan, resolve_song
from app.render.presets import HEIGHT, WIDTH, ExportPreset, get_preset
from app.render.story import plan_story

# 540×960: as fast to make as 360×640 (bench/preview_bench.py: the framing at full size before the final
# scale is most of the work, the small encode little) and sharp on a high-DPI preview pane
PREVIEW_HEIGHT = 960
PREVIEW_WIDTH = WIDTH * PREVIEW_HEIGHT // HEIGHT
KEEP = 4  # renderings kept in the folder (undo, redo and back again find theirs)
CACHE_VERSION = 2  # bump when the rendering itself changes


def preview_preset() -> ExportPreset:
    """The encoder settings of a preview rendering (the export's keyframe every half second stays)."""
    return dataclasses.replace(get_preset("draft"), label="preview", x264_preset="ultrafast", crf=26, b_frames=0,
                               max_kbps=3000, audio_kbps=128, size_limit_bytes=None, frame_height=PREVIEW_HEIGHT)


def preview_folder() -> Path:
    """Where the app keeps its preview renderings (the cache folder: nothing lost if removed)."""
    folder = cache_dir() / "preview"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stat(path: str | Path) -> list[object]:
    try:
        st = os.stat(path)
    except OSError:
        return [str(path), None]  # missing: the rendering will say so
    return [str(Path(path).absolute()), st.st_size, st.st_mtime_ns]


def preview_key(edit: Edit, campaign: Campaign | None = None) -> str:
    """A hash of what the rendering's picture and sound depend on: not the watermark nor the words
    (drawn live), not the loudness choice (never applied) nor the preset (only the export's encoder
    and limit)."""
    campaign = campaign or get_campaign(edit.campaign)
    data = edit.to_dict()
    for name in ("watermark", "preset", "schema", "texts", "soft_captions"):
        data.pop(name, None)
    data["audio"].pop("normalize", None)
    data["shots"] = [dataclasses.asdict(shot) for shot in shots_of(edit)]
    data.pop("source", None)
    data.pop("trim", None)
    song, _ = resolve_song(edit, campaign)
    facts = {
        "version": CACHE_VERSION,
        "edit": data,
        "files": [_stat(shot.source) for shot in shots_of(edit)] + ([_stat(song)] if song else []),
        "campaign": repr(campaign),
        "size": PREVIEW_HEIGHT,
    }
    text = json.dumps(facts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def preview_path(edit: Edit, folder: Path, campaign: Campaign | None = None) -> Path:
    return Path(folder) / f"preview-{preview_key(edit, campaign)}.mp4"


def render_preview(edit: Edit, folder: Path, *, on_progress: ProgressFn | None = None,
                   should_cancel: CancelFn | None = None) -> Path:
    """The preview rendering of ``edit`` in ``folder`` (from the cache when it is there).

    Raises UserError (a shot that cannot be used, as the export says it), ExportError or Cancelled.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    campaign = get_campaign(edit.campaign)
    target = preview_path(edit, folder, campaign)
    if target.exists():
        os.utime(target)  # the most recently used stays longest
        if on_progress:
            on_progress(1.0)
        return target
    workdir = Path(tempfile.mkdtemp(prefix="anakgenius-preview-"))
    note = files.remember_folder(workdir)
    try:
        plan = _plan(edit, campaign, target, workdir, should_cancel)
        run(plan, on_progress, should_cancel, lambda path: _check(path, plan.duration))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        files.forget(note)
    _prune(folder, keep=target)
    return target


def _plan(edit: Edit, campaign: Campaign, target: Path, workdir: Path, should_cancel: CancelFn | None) -> RenderPlan:
    """Like ``app.export.job.prepare_story``, with its checks of the shots and the song, but no length
    limit and no output checks (the cache folder is the app's own)."""
    edit.validate()
    story = copy.deepcopy(edit)
    story.source, story.shots = "", shots_of(story)
    story.watermark.enabled = False
    story.texts, story.soft_captions = [], False  # the canvas draws the words live (ui/words/overlay.py)
    story.audio.normalize = False
    if not story.shots:
        raise UserError(M.NO_CLIP)
    story.shots, medias = check_shots(story.shots, should_cancel)
    check_song(story, campaign)
    shots = shot_media(story.shots, medias, workdir, should_cancel)
    faces = story_masks(story, shots, workdir, [])  # #17 the preview hides the faces the export hides
    return plan_story(story, shots, campaign, preview_preset(), target, workdir, overwrite=True,
                      token=files.new_token(), faces=faces)


def _check(path: Path, seconds: float) -> None:
    """The finished rendering: an MP4 with a small picture, sound and the planned length."""
    try:
        info = probe(path)
    except UserError:
        raise ExportError(M.EXPORT_INCOMPLETE) from None
    if (not info.has_video or not info.has_audio or (info.width, info.height) != (PREVIEW_WIDTH, PREVIEW_HEIGHT)
            or abs(info.duration - seconds) > 0.5):
        raise ExportError(M.EXPORT_INCOMPLETE)


def _prune(folder: Path, keep: Path) -> None:
    """Only the ``KEEP`` most recently used renderings stay (a file still open elsewhere may stay too)."""
    found = []
    for path in folder.glob("preview-*.mp4"):
        try:
            found.append((path.stat().st_mtime_ns, path))
        except OSError:
            continue
    found.sort(reverse=True)
    for _, path in found[KEEP:]:
        if path != keep:
            try:
                path.unlink()
            except OSError:
                pass  # Windows: the player still has it open; the next prune takes it
