"""Running a RenderPlan: one ffmpeg process, progress, cancel, and an atomic finish.

ffmpeg writes to a hidden temporary file beside the target, its name unique to this process and
attempt (two exports to one name never share it); only a complete, checked file is flushed and
moved into place (:func:`app.files.publish`), and never over an existing file unless the plan
says so, even when two exports race. On failure or cancel the temporary file is removed, so
nothing half-written is ever left behind.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from app import files, safe_names, winjob
from app.errors import Cancelled, ExportError, UserError
from app.messages import M, Message
from app.render.plan import RenderPlan

ProgressFn = Callable[[float], None]
CancelFn = Callable[[], bool]
NICENESS = 10  # ffmpeg's priority below the app's (POSIX nice; BELOW_NORMAL on Windows)
# Windows refuses a command line over 32,767 characters; a long story's graph (a follow crop path of
# a minute is ~9,000) goes to ffmpeg as a file instead ("-/filter_complex FILE" reads the option from it)
LONGEST_GRAPH_ON_THE_LINE = 4000


def run(
    plan: RenderPlan,
    on_progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
    check_file: Callable[[Path], None] | None = None,
    timeout: float | None = None,
) -> Path:
    """Run the plan; return the finished file. Raises Cancelled, ExportError or UserError.

    ``check_file`` may refuse the finished temporary file (by raising) before it is moved
    into place; it is then removed like any failed export. After ``timeout`` seconds ffmpeg is
    stopped (a video chip's driver that stopped answering) and ExportError(M.ENC_TIMED_OUT) raised;
    nothing is left behind either.
    """
    for path in (plan.output, plan.temp_output):  # Windows: a reserved name, or a path over 259 characters
        safe_names.check_path(path)
    if plan.output.exists() and not plan.overwrite:
        raise UserError(M.ALREADY_EXISTS, file=plan.output.name)
    for job in (plan.watermark, *plan.overlays):
        if job:
            job.path.parent.mkdir(parents=True, exist_ok=True)
            job.image.save(job.path)
    note = files.remember(plan.temp_output, plan.output)
    try:
        with tempfile.TemporaryFile() as errors:
            try:
                code = _run_ffmpeg(plan, errors, on_progress, should_cancel, timeout)
            except BaseException:
                _remove(plan.temp_output)
                raise
            if code != 0:
                _remove(plan.temp_output)
                errors.seek(0)
                details = errors.read().decode("utf-8", "replace")[-4000:]
                raise ExportError(_explain(details, code, plan), details)
        try:
            if check_file:
                check_file(plan.temp_output)
            files.publish(plan.temp_output, plan.output, plan.overwrite)  # flushed, then renamed
        except BaseException:
            _remove(plan.temp_output)
            raise
    finally:
        files.forget(note)
    if on_progress:
        on_progress(1.0)
    return plan.output


def _run_ffmpeg(
    plan: RenderPlan, errors: IO[bytes], on_progress: ProgressFn | None, should_cancel: CancelFn | None,
    timeout: float | None = None,
) -> int:
    popen_kwargs: dict = {}
    # The encoder runs a little below normal priority, so on a busy 2-core laptop the app's
    # window (and anything else the pupil does) still gets the CPU the moment it needs it.
    if sys.platform == "win32":
        popen_kwargs["creationflags"] = (subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
                                         | subprocess.BELOW_NORMAL_PRIORITY_CLASS)
    else:
        popen_kwargs["start_new_session"] = True  # the terminal's Ctrl-C is ours to handle
        popen_kwargs["preexec_fn"] = _child_setup
    with tempfile.TemporaryDirectory(prefix="anakgenius-graph-") as folder:
        argv = graph_in_file(plan.argv, Path(folder))
        return _wait(subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors,
                                      **popen_kwargs), plan, on_progress, should_cancel, timeout)


def graph_in_file(argv: list[str], folder: Path) -> list[str]:
    """``argv`` with a long ``-filter_complex`` graph written to a file in ``folder`` and named instead."""
    if "-filter_complex" not in argv:
        return argv
    at = argv.index("-filter_complex") + 1
    if len(argv[at]) <= LONGEST_GRAPH_ON_THE_LINE:
        return argv
    script = folder / "graph.txt"
    script.write_text(argv[at], encoding="utf-8")
    return [*argv[:at - 1], "-/filter_complex", str(script), *argv[at + 1:]]


def _wait(proc: subprocess.Popen, plan: RenderPlan, on_progress: ProgressFn | None,
          should_cancel: CancelFn | None, timeout: float | None) -> int:
    winjob.adopt(proc)  # Windows: ffmpeg dies with the app (Job Object, kill on close)
    lines: queue.Queue[bytes | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True)
    reader.start()
    started = time.monotonic()
    try:
        done = False
        while not done:
            if should_cancel and should_cancel():
                raise Cancelled()
            if timeout is not None and time.monotonic() - started > timeout:
                raise ExportError(M.ENC_TIMED_OUT, seconds=round(timeout))
            try:
                line = lines.get(timeout=0.05)
            except queue.Empty:
                continue
            if line is None:
                done = True
            elif on_progress and line.startswith(b"out_time_us="):
                value = line.split(b"=", 1)[1].strip()
                if value.lstrip(b"-").isdigit() and plan.duration > 0:
                    on_progress(max(0.0, min(0.999, int(value) / 1e6 / plan.duration)))
        code = proc.wait()
        if code == 0 and should_cancel and should_cancel():
            raise Cancelled()  # cancelled while ffmpeg was finishing: the new file is not wanted
        return code
    finally:
        if proc.poll() is None:
            _stop(proc)
        reader.join(timeout=2)


def _child_setup() -> None:  # pragma: no cover - runs in the child
    os.nice(NICENESS)
    if sys.platform.startswith("linux"):
        _die_with_parent()


def _die_with_parent() -> None:
    """Linux: ffmpeg is killed if the app dies (killed, crashed) while it runs."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _pump(stream: IO[bytes], lines: queue.Queue[bytes | None]) -> None:
    for line in iter(stream.readline, b""):
        lines.put(line)
    lines.put(None)


def _stop(proc: subprocess.Popen) -> None:
    proc.kill()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


def _remove(path: Path) -> None:
    for _ in range(20):  # Windows may hold the file a moment after the process died
        try:
            path.unlink(missing_ok=True)
            return
        except PermissionError:
            time.sleep(0.1)


def _explain(details: str, code: int, plan: RenderPlan) -> Message:
    """One sentence for the user from ffmpeg's error text."""
    low = details.lower()
    if "no space left" in low:
        return Message(M.DISK_FULL)
    if "permission denied" in low and str(plan.temp_output) in details:
        return Message(M.OUTPUT_DENIED)
    for index, (role, path) in sorted(plan.inputs.items(), reverse=True):
        # "[in#3/mov…", "[vist#3:0/h264…": input 3's demuxer or decoder (not "vost#0:0", an output stream)
        if str(path) in details or re.search(rf"(?<![a-z])(?:in|[vas]ist)#{index}[:/]", details):
            if role == "song":
                return Message(M.SONG_UNREADABLE, file=path.name)
            if role == "clip":
                return Message(M.CLIP_DAMAGED, file=path.name)
            if role == "photo":
                return Message(M.PHOTO_NOT_CONVERTED, file=path.name)
    return Message(M.FFMPEG_FAILED, code=code)
