"""Reading ffmpeg's raw output through a pipe, chunk by chunk, and the per-clip cache files.

Used by the filmstrip and the waveform: one ffmpeg process writes raw pixels or samples to
stdout; the reader hands them on as they arrive, so the timeline fills in progressively.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import numpy as np

from app import winjob
from app.paths import cache_dir

CancelFn = Callable[[], bool]
CACHE_VERSION = "1"


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    import ctypes
    import signal

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def read_chunks(argv: list[str], chunk: int, should_cancel: CancelFn | None = None,
                stderr: IO[bytes] | None = None) -> Iterator[bytes]:
    """Run ``argv`` and yield its stdout in pieces of exactly ``chunk`` bytes (the last may be short).

    The process is killed when the consumer stops early or ``should_cancel`` says so. ``stderr``:
    a file that gets ffmpeg's messages (the clip analysis reads its scene changes there).
    """
    kwargs: dict = {"stdin": subprocess.DEVNULL, "stdout": subprocess.PIPE,
                    "stderr": subprocess.DEVNULL if stderr is None else stderr, "bufsize": 0}
    if sys.platform.startswith("linux"):
        kwargs["preexec_fn"] = _die_with_parent
    elif sys.platform == "win32":
        kwargs["creationflags"] = subprocess.CREATE_NO_WINDOW
    proc = subprocess.Popen(argv, **kwargs)
    winjob.adopt(proc)  # Windows: killed with the app (Job Object)
    stdout = proc.stdout
    if stdout is None:  # pragma: no cover - stdout=PIPE above
        raise RuntimeError("ffmpeg's output is not a pipe")
    try:
        buffer = bytearray()
        while True:
            if should_cancel and should_cancel():
                return
            data = stdout.read(max(chunk - len(buffer), 65536))
            if not data:
                break
            buffer += data
            while len(buffer) >= chunk:
                yield bytes(buffer[:chunk])
                del buffer[:chunk]
        if buffer:
            yield bytes(buffer)
    finally:
        if proc.poll() is None:
            proc.kill()
        stdout.close()
        proc.wait()


def cache_file(kind: str, path: str | Path, extra: str) -> Path:
    """Where the ``kind`` of a media file is cached: keyed by path, size and modification time."""
    path = Path(path)
    st = path.stat()
    key = f"{CACHE_VERSION}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{extra}"
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    folder = cache_dir() / "timeline"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{kind}-{digest}.npz"


def load_cached(file: Path) -> dict[str, np.ndarray] | None:
    try:
        with np.load(file, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except (OSError, ValueError, KeyError, EOFError):
        return None


def save_cached(file: Path, **arrays: np.ndarray) -> None:
    """Write atomically; a cache that cannot be written is simply not kept."""
    tmp = file.with_name(f".{file.name}.{os.getpid()}.part")
    try:
        with open(tmp, "wb") as handle:
            named: dict[str, Any] = dict(arrays)  # savez(file, *arrays, allow_pickle=…, **named arrays)
            np.savez(handle, **named)
        tmp.replace(file)
    except OSError:
        tmp.unlink(missing_ok=True)
