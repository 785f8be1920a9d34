"""Child processes (ffmpeg) on Windows: they die with the app and never flash a console window.

On Linux the app's ffmpeg children get PR_SET_PDEATHSIG (runner.py, media_pipe.py). Windows has
no such thing: a child outlives a parent that was killed (Task Manager, a crash, a power button
held down on a laptop that then resumes) and goes on encoding into a half-written file. Here each
child is put into one Job Object of the app's, made with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: when
the app's process ends in any way, Windows closes the job's last handle and kills every process
in it.

Every ffmpeg the app starts also gets CREATE_NO_WINDOW: started from the windowed
``AnakGENIUS Studio.exe`` (which has no console), a console program otherwise opens a black
console window for as long as it runs.

Everything here is a no-op off Windows, where :func:`run` is :func:`subprocess.run`.
"""

from __future__ import annotations

import ctypes
import functools
import subprocess
import sys
from typing import Any

IS_WINDOWS = sys.platform == "win32"
CREATE_NO_WINDOW = 0x08000000  # subprocess.CREATE_NO_WINDOW, which exists only on Windows
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9
PROCESS_SET_QUOTA, PROCESS_TERMINATE, PROCESS_QUERY_LIMITED_INFORMATION = 0x0100, 0x0001, 0x1000
STILL_ACTIVE, ERROR_ACCESS_DENIED = 259, 5

_job: int | None = None  # the app's job handle; never closed: it closes when the app's process ends


def creationflags(extra: int = 0) -> int:
    """The flags for a child process of the app (``extra`` added): CREATE_NO_WINDOW on Windows."""
    return (extra | CREATE_NO_WINDOW) if IS_WINDOWS else extra


def popen_kwargs(extra_flags: int = 0) -> dict:
    """Keyword arguments for :class:`subprocess.Popen` (empty off Windows)."""
    return {"creationflags": creationflags(extra_flags)} if IS_WINDOWS else {}


def adopt(proc: subprocess.Popen) -> bool:
    """Put ``proc`` into the app's kill-on-close job (Windows); True when it is in it."""
    if not IS_WINDOWS:
        return False
    kernel32 = _kernel32()
    job = _app_job()
    if not job:
        return False
    handle = getattr(proc, "_handle", None)  # CPython's process handle (full access)
    opened = None
    if not handle:
        opened = handle = kernel32.OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, False, proc.pid)
    try:
        return bool(handle) and bool(kernel32.AssignProcessToJobObject(job, int(handle)))
    finally:
        if opened:
            kernel32.CloseHandle(opened)


def run(argv: list[str], *, timeout: float | None = None, capture_output: bool = False,
        input: bytes | None = None, **kwargs: Any) -> subprocess.CompletedProcess:
    """:func:`subprocess.run` for the app's tools: no console window, and in the app's job (Windows)."""
    if not IS_WINDOWS:
        return subprocess.run(argv, timeout=timeout, capture_output=capture_output, input=input, **kwargs)
    if capture_output:
        kwargs["stdout"] = kwargs["stderr"] = subprocess.PIPE
    if input is not None:
        kwargs["stdin"] = subprocess.PIPE
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    kwargs["creationflags"] = creationflags(kwargs.get("creationflags", 0))
    with subprocess.Popen(argv, **kwargs) as proc:
        adopt(proc)
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def pid_alive(pid: int, started: int | None = None) -> bool:
    """Whether the process ``pid`` is running (Windows); with ``started`` (from
    :func:`process_identity`), only if it is the same process, not a new one with its number.

    Not ``os.kill(pid, 0)``: on Windows that *terminates* the process (any signal but the two
    console events goes to TerminateProcess), and for a process that is gone it raises a plain
    OSError that looks like "alive, no permission". And Windows hands a dead process's id to a
    new process soon (under Wine at once), so the id alone can name the wrong one.
    """
    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return ctypes.get_last_error() == ERROR_ACCESS_DENIED  # type: ignore[attr-defined]  # someone else's process: running
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        if code.value != STILL_ACTIVE:
            return False
        return started is None or _creation_time(handle) in (None, started)
    finally:
        kernel32.CloseHandle(handle)


def process_identity() -> dict:
    """What tells this process from a later one with the same id: ``{"started": …}`` on Windows
    (its creation time, in 100 ns steps since 1601), ``{}`` elsewhere."""
    if not IS_WINDOWS:
        return {}
    started = _creation_time(_kernel32().GetCurrentProcess())
    return {} if started is None else {"started": started}


def _creation_time(handle: int) -> int | None:
    times = [ctypes.c_uint64() for _ in range(4)]  # creation, exit, kernel, user (FILETIMEs)
    if not _kernel32().GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
        return None
    return times[0].value


@functools.cache
def _kernel32() -> Any:
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.CreateJobObjectW.argtypes = (ctypes.c_void_p, wintypes.LPCWSTR)
    kernel32.SetInformationJobObject.restype = wintypes.BOOL
    kernel32.SetInformationJobObject.argtypes = (wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD)
    kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
    kernel32.AssignProcessToJobObject.argtypes = (wintypes.HANDLE, wintypes.HANDLE)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.GetProcessTimes.restype = wintypes.BOOL
    kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *(ctypes.POINTER(ctypes.c_uint64),) * 4)
    return kernel32


def _app_job() -> int | None:
    """The app's Job Object with kill-on-close, made at first use (None if Windows refuses)."""
    global _job
    if _job is None:
        kernel32 = _kernel32()
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return None
        info = _ExtendedLimits()
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        if not kernel32.SetInformationJobObject(job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
                                                ctypes.byref(info), ctypes.sizeof(info)):
            kernel32.CloseHandle(job)
            return None
        _job = job
    return _job


class _BasicLimits(ctypes.Structure):  # JOBOBJECT_BASIC_LIMIT_INFORMATION
    _fields_ = [
        ("PerProcessUserTimeLimit", ctypes.c_int64), ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32), ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t), ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t), ("PriorityClass", ctypes.c_uint32), ("SchedulingClass", ctypes.c_uint32),
    ]


class _IoCounters(ctypes.Structure):  # IO_COUNTERS
    _fields_ = [(name, ctypes.c_uint64) for name in (
        "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
        "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]


class _ExtendedLimits(ctypes.Structure):  # JOBOBJECT_EXTENDED_LIMIT_INFORMATION
    _fields_ = [
        ("BasicLimitInformation", _BasicLimits), ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t), ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t), ("PeakJobMemoryUsed", ctypes.c_size_t),
    ]
