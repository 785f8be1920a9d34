"""A classroom batch: many pupils' clips, one set of campaign settings, two exports at a time.

A broken clip is reported and skipped; the rest carry on. Cancel stops the running export
(leaving no file) and marks the clips not yet made.
"""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from app import files
from app.campaigns.packs import get_campaign
from app.errors import Cancelled, ExportError, UserError
from app.export.job import export
from app.export.naming import default_name, unique_path
from app.kinds import is_photo_name, is_video_name
from app.messages import Message
from app.project.edit import Edit, Trim
from app.project.story import story_from_files
from app.render.encoders import SOFTWARE


@dataclass
class BatchItem:
    source: str
    start: float = 0.0
    end: float | None = None  # None: as much as the length limit allows from the start
    status: str = "waiting"  # waiting | running | done | failed | cancelled
    output: str = ""
    error: Message | None = None  # why it failed


def collect_clips(paths: list[str | Path]) -> list[Path]:
    """Files as given, and the video files inside any folder (sorted by name)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted((p for p in path.iterdir() if is_video_name(p) and p.is_file()),
                            key=lambda p: p.name.lower())
        else:
            found.append(path)
    return found


def collect_media(folder: Path) -> list[Path]:
    """The clips and photos in a folder, sorted by name: a story's shots in order."""
    return sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                   and (is_video_name(p) or is_photo_name(p))),
                  key=lambda p: p.name.lower())


def collect_stories(paths: list[str | Path]) -> list[Path]:
    """One folder per pupil: the folders given that hold clips or photos themselves, and the
    sub-folders of the others that do (sorted by name). Each becomes one story."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            continue
        if collect_media(path):
            found.append(path)
            continue
        found += sorted((p for p in path.iterdir() if p.is_dir() and collect_media(p)), key=lambda p: p.name.lower())
    return found


def batch_at_once(cores: int | None = None) -> int:
    """How many exports a batch runs at once: two on a machine with two or more cores. One export
    keeps only about 1.2–1.3 of two cores busy (its filters, the loudness pass, the start and the
    faststart rewrite are partly serial), so a second one fills the rest (bench/batch_parallel.py,
    README "Speed"); two exports need about 2 × 460 MB, fine on a 4 GB school laptop."""
    cores = cores or os.cpu_count() or 1
    return 2 if cores >= 2 else 1


def run_batch(
    items: list[BatchItem],
    template: Edit,
    folder: Path,
    on_item: Callable[[int, BatchItem], None] | None = None,
    on_progress: Callable[[int, float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    encoder: str = SOFTWARE,
    on_notice: Callable[[Message], None] | None = None,
    at_once: int = 1,
) -> list[BatchItem]:
    """Export every item with the template's settings into ``folder``; never raises for one clip.

    An item whose source is a folder (:func:`collect_stories`) becomes one story of its files.
    ``encoder`` and ``on_notice`` as for :func:`app.export.job.export`; the notice that the video
    chip was given up comes once per batch (the later clips use libx264 or another chip).
    ``at_once`` exports run side by side, started in the items' order (the CLI and the GUI pass
    :func:`batch_at_once`); the callbacks may then come from several threads.
    """
    hashtag = get_campaign(template.campaign).hashtag
    told: list[Message] = []
    lock = threading.Lock()
    cancelled = threading.Event()

    def notice(message: Message) -> None:
        with lock:
            if not on_notice or message in told:
                return
            told.append(message)
        on_notice(message)

    def stop() -> bool:
        return cancelled.is_set() or bool(should_cancel and should_cancel())

    def one(index: int, item: BatchItem) -> None:
        if stop():
            cancelled.set()
            item.status = "cancelled"
            _tell(on_item, index, item)
            return
        if Path(item.source).is_dir():  # a pupil's folder: one story of its clips and photos
            edit = story_from_files(collect_media(Path(item.source)), template)
        else:
            edit = copy.deepcopy(template)
            edit.source, edit.trim = item.source, Trim(item.start, item.end)
        with lock:  # two exports at once never pick the same name
            target = unique_path(folder, default_name(hashtag, item.source))
            claimed = files.claim(target)
        item.status = "running"
        _tell(on_item, index, item)
        try:
            progress = (lambda f, i=index: on_progress(i, f)) if on_progress else None
            item.output = str(export(edit, target, cut=True, on_progress=progress, should_cancel=stop,
                                     encoder=encoder, on_notice=notice))
            item.status = "done"
        except Cancelled:
            cancelled.set()
            item.status = "cancelled"
        except (UserError, ExportError) as exc:
            item.status, item.error = "failed", exc.message
        finally:
            files.forget(claimed)
        _tell(on_item, index, item)

    workers = max(1, min(at_once, len(items)))
    if workers == 1:
        for index, item in enumerate(items):
            one(index, item)
        return items
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="batch") as pool:
        for future in [pool.submit(one, index, item) for index, item in enumerate(items)]:
            future.result()
    return items


def summary(items: list[BatchItem]) -> str:
    done = [i for i in items if i.status == "done"]
    lines = [f"{len(done)} of {len(items)} videos exported"]
    lines += [f"  failed: {Path(i.source).name}: {i.error}" for i in items if i.status == "failed"]
    cancelled = [i for i in items if i.status == "cancelled"]
    if cancelled:
        lines.append(f"  cancelled: {len(cancelled)} not made")
    return "\n".join(lines)


def _tell(callback: Callable[[int, BatchItem], None] | None, index: int, item: BatchItem) -> None:
    if callback:
        callback(index, item)
