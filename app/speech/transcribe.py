"""The speech in a clip → words with their times, offline, by faster-whisper (CTranslate2).

``transcribe`` runs in the caller's thread (the GUI puts it in a worker): it reports progress as
a fraction and polls ``should_cancel`` between the recogniser's segments; a cancel raises
:class:`app.errors.Cancelled` and changes nothing. faster-whisper is an optional dependency
(``pip install anakgenius-studio[speech]``); without it, or without the model, a sentence says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from app import winjob
from app.errors import Cancelled, UserError
from app.ffmpeg import ffmpeg_exe
from app.messages import M, Message
from app.project.texts import Word
from app.speech import addon
from app.speech.model import MODEL, find

RATE = 16000  # what Whisper hears
LANGUAGES = ("id", "en")
SILENT = 10 ** (-50 / 20)  # peak below -50 dBFS: no sound worth hearing
ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]
_loaded: dict[Path, Any] = {}


def threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _recogniser() -> Any:
    """faster-whisper's WhisperModel: installed with the app (``.[speech]``), or else from the speech add-on
    (:mod:`app.speech.addon`, the packaged app), whose manifest is checked before its libraries are used."""
    try:
        from faster_whisper import WhisperModel  # noqa: PLC0415 (optional, and slow to import)
    except ImportError:
        if addon.activate() is None:
            raise UserError(M.SPEECH_MODEL_MISSING, name=MODEL.name) from None
        try:
            from faster_whisper import WhisperModel  # noqa: PLC0415
        except Exception as exc:  # noqa: BLE001 (a native library that does not load: a sentence, not a crash)
            reason = Message(M.AS_IS, text=f"{type(exc).__name__}: {exc}")
            raise UserError(M.SPEECH_ADDON_BROKEN, reason=reason) from None
    return WhisperModel


def load(folder: Path | None = None) -> Any:
    """The model, checked (:func:`app.speech.model.find`), loaded once per process."""
    folder = folder or find()
    if folder not in _loaded:
        WhisperModel = _recogniser()
        _loaded[folder] = WhisperModel(str(folder), device="cpu", compute_type="int8", cpu_threads=threads())
    return _loaded[folder]


def read_audio(path: str | Path, start: float = 0.0, end: float | None = None) -> np.ndarray:
    """The clip's sound from ``start`` to ``end`` as 16 kHz mono floats (ffmpeg decodes it)."""
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-ss", f"{start:.3f}"]
    if end is not None:
        argv += ["-t", f"{max(0.0, end - start):.3f}"]
    argv += ["-i", str(path), "-vn", "-sn", "-dn", "-ac", "1", "-ar", str(RATE), "-f", "f32le", "-"]
    proc = winjob.run(argv, capture_output=True)  # never raises on an exit code (winjob.run takes no check=)
    if proc.returncode != 0:
        raise UserError(M.SPEECH_FAILED, reason=Message(M.AS_IS, text=proc.stderr.decode(errors="replace")[-200:]))
    return np.frombuffer(proc.stdout, np.float32)


def transcribe(
    path: str | Path,
    language: str = "id",
    on_progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    start: float = 0.0,
    end: float | None = None,
    has_audio: bool = True,
) -> list[Word]:
    """The words spoken between ``start`` and ``end`` of the clip, timed from ``start`` (the video's
    timeline when ``start`` is the trim's start). UserError when there is no sound or no speech."""
    name = Path(path).name
    if language not in LANGUAGES:
        language = "id"
    if not has_audio:
        raise UserError(M.NO_SOUND_TO_HEAR, file=name)
    audio = read_audio(path, start, end)
    if audio.size == 0:
        raise UserError(M.NO_SOUND_TO_HEAR, file=name)
    if float(np.max(np.abs(audio))) < SILENT:
        raise UserError(M.NO_SPEECH_HEARD, file=name)
    model = load()
    seconds = audio.size / RATE
    segments, _ = model.transcribe(audio, language=language, task="transcribe", beam_size=1, word_timestamps=True,
                                   vad_filter=True, condition_on_previous_text=False)
    words: list[Word] = []
    for segment in segments:  # a generator: the recognition happens while iterating
        if should_cancel is not None and should_cancel():
            raise Cancelled()
        if segment.no_speech_prob > 0.6 and segment.avg_logprob < -1.0:
            continue  # Whisper "hearing" words in music or noise
        for w in segment.words or []:
            text = w.word.strip()
            if not text:
                continue
            if words and not w.word[:1].isspace() and words[-1].end >= segment.start:  # "teman" + "-teman"
                words[-1] = Word(words[-1].text + text, words[-1].start, round(float(w.end), 3))
            else:
                words.append(Word(text, round(float(w.start), 3), round(float(w.end), 3)))
        if on_progress is not None:
            on_progress(min(1.0, segment.end / seconds))
    if should_cancel is not None and should_cancel():
        raise Cancelled()
    if on_progress is not None:
        on_progress(1.0)
    if not words:
        raise UserError(M.NO_SPEECH_HEARD, file=name)
    return words
