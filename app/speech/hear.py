"""A video's speech → caption blocks on its timeline ("Buat teks dari suara", ``--auto-captions``).

One clip: its trimmed part, from the trim's start. A story: each clip shot's trimmed part, its
words placed where the shot begins on the video's timeline and kept to the time the shot is on
screen (photos and shots without sound are skipped; shots without speech add nothing). The
recogniser is :func:`app.speech.transcribe.transcribe` unless another is given (tests).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from app.errors import UserError
from app.media.probe import MediaInfo, probe
from app.messages import M
from app.project.edit import ClipShot, Edit
from app.project.story import Story, raw_seconds, shots_of
from app.project.texts import TextBlock, Word
from app.speech.captions import to_blocks
from app.speech.transcribe import CancelFn, ProgressFn

Recognise = Callable[..., list[Word]]  # transcribe(path, language, on_progress, should_cancel, start, end, has_audio)
Probe = Callable[[str], MediaInfo]


def _recogniser(recognise: Recognise | None) -> Recognise:
    if recognise is not None:
        return recognise
    from app.speech.transcribe import transcribe  # noqa: PLC0415 (numpy and the recogniser on first use)

    return transcribe


def hear(edit: Edit, language: str, on_progress: ProgressFn | None = None, should_cancel: CancelFn | None = None,
         recognise: Recognise | None = None, media: Probe = probe) -> list[TextBlock]:
    """The speech in the video as draft caption blocks (karaoke, with word timings). UserError when
    no sound or no speech is heard anywhere; :class:`app.errors.Cancelled` when cancelled."""
    run = _recogniser(recognise)
    if not edit.shots:
        info = media(edit.source)
        words = run(edit.source, language, on_progress, should_cancel, edit.trim.start, edit.trim.end,
                    info.has_audio)
        end = min(edit.trim.end or info.duration, info.duration)
        return to_blocks(words, end - edit.trim.start)
    edit = copy.deepcopy(edit)
    for shot in edit.shots:
        if isinstance(shot, ClipShot) and shot.clip_seconds <= 0:  # a story made from paths: not measured yet
            shot.clip_seconds = media(shot.source).duration
    story = Story(edit)
    shots, starts, total = shots_of(edit), story.starts(), story.total_seconds()
    clips = [(n, s) for n, s in enumerate(shots) if isinstance(s, ClipShot)]
    weights = [raw_seconds(s) for _, s in clips]
    whole = sum(weights) or 1.0
    done = 0.0
    heard: list[Word] = []
    for (n, shot), weight in zip(clips, weights, strict=True):
        start = starts[n]
        until = starts[n + 1] if n + 1 < len(starts) else total  # where the next shot takes over

        def progress(fraction: float, done: float = done, weight: float = weight) -> None:
            if on_progress is not None:
                on_progress(min(1.0, (done + fraction * weight) / whole))

        info = media(shot.source)
        if info.has_audio and shot.volume > 0:
            try:
                words = run(shot.source, language, progress, should_cancel, shot.trim.start, shot.trim.end, True)
            except UserError as exc:
                if exc.message.id not in (M.NO_SPEECH_HEARD, M.NO_SOUND_TO_HEAR):
                    raise
                words = []
            heard += [Word(w.text, round(w.start + start, 3), round(min(w.end + start, until), 3))
                      for w in words if w.start + start < until]
        done += weight
        if on_progress is not None:
            on_progress(min(1.0, done / whole))
    if not heard:
        if not any(media(s.source).has_audio for _, s in clips):
            raise UserError(M.NO_SOUND_IN_STORY)
        raise UserError(M.NO_SPEECH_IN_STORY)
    heard.sort(key=lambda w: w.start)
    return to_blocks(heard, total)
