"""Windows-only code paths: safe names, the 260-character rule, the Job Object, no console window.

The rules run everywhere (fast, on Linux in `make test`). The tests marked ``windows`` need the
real Windows API: `make package-windows-check` runs this file with the Windows CPython under
Wine (packaging/windows/smoke_wine.sh), where they are not skipped.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import files, safe_names, winjob
from app.campaigns.pack_files import PackError, safe_relative
from app.errors import UserError
from app.export import naming
from app.safe_names import MAX_PATH, is_reserved, path_problem, safe_name, utf16_len

ROOT = Path(__file__).resolve().parent.parent
windows = pytest.mark.skipif(sys.platform != "win32", reason="needs the Windows API (runs under Wine in CI)")


# --- names --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "CON", "con", "NUL.mp4", "nul.tar.gz", "Aux .txt", "PRN", "COM1", "com9.mp4", "LPT1", "COM0", "LPT0",
    "COM¹", "lpt³.mp4", "CONIN$", "conout$.log",
])
def test_reserved_device_names(name: str) -> None:
    assert is_reserved(name)
    fixed = safe_name(name)
    assert not is_reserved(fixed) and fixed.lower().endswith(name.lower().rstrip(" ").split(" ")[-1][-4:])


@pytest.mark.parametrize("name", ["CONSOLE.mp4", "nullify", "COM10", "LPT", "icon.png", "AUXILIARY", "con-video.mp4"])
def test_ordinary_names_are_not_reserved(name: str) -> None:
    assert not is_reserved(name)
    assert safe_name(name) == name


@pytest.mark.parametrize(("name", "expected"), [
    ('klip: "lucu"?.mp4', "klip- -lucu--.mp4"),
    ("a<b>c|d*e.mp4", "a-b-c-d-e.mp4"),
    ("back\\slash/and.mp4", "back-slash-and.mp4"),
    ("tab\there.mp4", "tab-here.mp4"),
    ("video.", "video"),
    ("video. . ", "video"),
    ("  spaced  ", "spaced"),
    ("...", "video"),
    ("", "video"),
    ("-klip uji é 😀.mp4", "-klip uji é 😀.mp4"),  # a leading dash, accents and emoji are fine on Windows
])
def test_safe_name(name: str, expected: str) -> None:
    assert safe_name(name) == expected
    assert safe_names.is_safe_name(safe_name(name))


def test_long_names_keep_their_extension_within_255_utf16_units() -> None:
    name = "😀" * 200 + ".mp4"  # 404 UTF-16 units
    fixed = safe_name(name)
    assert fixed.endswith(".mp4") and utf16_len(fixed) <= 255
    assert safe_name("a" * 300) == "a" * 255


def test_export_names_avoid_every_reserved_name() -> None:
    assert naming.safe_stem("nul ") == "_nul"
    assert naming.safe_stem("COM¹") == "_COM¹"
    assert naming.safe_stem("conin$") == "_conin$"
    assert naming.default_name("#AnakGENIUS", "CON.mp4").startswith("AnakGENIUS - CON - ")


@pytest.mark.parametrize("name", ["CON.png", "logo?.png", "fonts/aux.ttf", "logo.png.", "song .m4a "])
def test_packs_refuse_names_windows_cannot_unpack(name: str) -> None:
    with pytest.raises(PackError, match="Windows"):
        safe_relative(name, "logo")


def test_packs_keep_ordinary_names() -> None:
    assert str(safe_relative("fonts/Lato-Bold.ttf", "font")) == "fonts/Lato-Bold.ttf"


# --- the 260-character rule ---------------------------------------------------------------------

def _path_of_length(n: int, name: str = "video.mp4") -> str:
    folder = "C:\\Users\\guru\\Videos\\"
    return folder + "x" * (n - len(folder) - len(name) - 1) + "\\" + name


def test_paths_up_to_259_characters_are_fine() -> None:
    assert path_problem(_path_of_length(MAX_PATH - 1), windows=True) is None


def test_paths_of_260_characters_are_refused_with_a_sentence() -> None:
    problem = str(path_problem(_path_of_length(MAX_PATH), windows=True))
    assert "260 characters long" in problem and "at most 259" in problem
    assert "shorter name" in problem


def test_length_counts_utf16_units() -> None:
    path = _path_of_length(MAX_PATH - 2, "v.mp4")[:-5] + "😀.mp4"  # 258 code points, 259 units: fine
    assert path_problem(path, windows=True) is None
    assert path_problem(path[:-4] + "😀.mp4", windows=True)  # 260 units


def test_reserved_names_are_refused_in_any_folder() -> None:
    assert "not a file name Windows accepts" in str(path_problem("C:\\Videos\\nul.mp4", windows=True))
    assert "_nul.mp4" in str(path_problem("C:\\Videos\\nul.mp4", windows=True))


def test_other_systems_take_what_they_take() -> None:
    assert path_problem("/home/guru/" + "x" * 300 + "/nul.mp4", windows=False) is None


def test_an_export_to_a_too_long_path_is_refused_before_ffmpeg_starts(monkeypatch, tmp_path) -> None:
    from app.export import runner
    from app.render.plan import RenderPlan

    monkeypatch.setattr(safe_names, "on_windows", lambda: True)
    started = []
    monkeypatch.setattr(runner, "_run_ffmpeg", lambda *a: started.append(a) or 0)
    deep = tmp_path / ("x" * 120) / ("y" * 120)
    output = deep / "video.mp4"
    plan = RenderPlan(argv=["ffmpeg"], output=output, temp_output=output.with_name(".video.anakgenius-part"),
                      duration=1.0)
    with pytest.raises(UserError, match="at most 259"):
        runner.run(plan)
    assert not started


# --- every child process goes through winjob ------------------------------------------------------

def _calls(tree: ast.AST, module: str, names: set[str]) -> list[int]:
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == module and node.func.attr in names]


def test_every_child_process_is_started_the_windows_way() -> None:
    """No console window for ffmpeg and no ffmpeg outliving the app: subprocess.run is winjob.run,
    and each subprocess.Popen is followed by winjob.adopt (with CREATE_NO_WINDOW in its flags)."""
    offenders = []
    for path in sorted([*ROOT.glob("app/**/*.py"), *ROOT.glob("ui/**/*.py")]):
        if path.name == "winjob.py":
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for line in _calls(tree, "subprocess", {"run", "call", "check_call", "check_output"}):
            offenders.append(f"{path.relative_to(ROOT)}:{line} uses subprocess directly (use winjob.run)")
        popens = _calls(tree, "subprocess", {"Popen"})
        if popens and ("winjob.adopt(" not in text or "CREATE_NO_WINDOW" not in text):
            offenders.append(f"{path.relative_to(ROOT)}:{popens[0]} starts a process without "
                             "winjob.adopt / CREATE_NO_WINDOW")
    assert not offenders, "\n".join(offenders)


def test_off_windows_winjob_changes_nothing() -> None:
    if sys.platform == "win32":
        pytest.skip("Linux/macOS behaviour")
    assert winjob.popen_kwargs() == {}
    assert winjob.creationflags(4) == 4
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    assert winjob.adopt(proc) is False
    proc.wait()
    done = winjob.run([sys.executable, "-c", "print('ok')"], capture_output=True, timeout=30)
    assert done.returncode == 0 and done.stdout.strip() == b"ok"


# --- the real thing (Windows, or Wine) --------------------------------------------------------

CHILD = r"""
import subprocess, sys, time
sys.path.insert(0, {root!r})
from app import winjob
grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], **winjob.popen_kwargs())
print(grandchild.pid, winjob.adopt(grandchild) if {adopt} else False, flush=True)
time.sleep(60)
"""


def _orphan_of_killed_parent(adopt: bool) -> int:
    """Start a parent that starts a sleeper (in the job or not); kill the parent hard; the sleeper's pid."""
    parent = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), adopt=adopt)],
                              stdout=subprocess.PIPE, text=True)
    pid, adopted = parent.stdout.readline().split()
    assert adopted == str(adopt)
    parent.kill()  # TerminateProcess: what Task Manager's "End task" does
    parent.wait(timeout=30)
    return int(pid)


@windows
def test_ffmpeg_in_the_job_dies_with_the_app() -> None:
    orphan = _orphan_of_killed_parent(adopt=True)
    deadline = time.monotonic() + 10
    while winjob.pid_alive(orphan) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not winjob.pid_alive(orphan), "the child outlived the killed parent although it was in the job"


@windows
def test_without_the_job_the_child_survives() -> None:
    """The control: what the Job Object is for (on Windows a child outlives its killed parent)."""
    orphan = _orphan_of_killed_parent(adopt=False)
    time.sleep(1)
    try:
        assert winjob.pid_alive(orphan)
    finally:
        subprocess.run(["taskkill", "/F", "/PID", str(orphan)], capture_output=True)


@windows
def test_pid_alive_neither_kills_nor_lies() -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert winjob.pid_alive(sleeper.pid)
        time.sleep(0.5)
        assert sleeper.poll() is None, "checking whether it is alive killed it"
    finally:
        sleeper.kill()
        sleeper.wait()
    assert not winjob.pid_alive(sleeper.pid)


@windows
def test_leftovers_of_a_dead_export_are_removed_at_the_next_start(tmp_path) -> None:
    temp = tmp_path / ".klip.anakgenius-part"
    temp.write_bytes(b"half a video")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    note = files.remember(temp)
    note.write_text(note.read_text(encoding="utf-8").replace(f'"pid": {__import__("os").getpid()}',
                                                             f'"pid": {gone.pid}'), encoding="utf-8")
    assert files.clean_leftovers() == [temp]
    assert not temp.exists()


@windows
def test_children_get_no_console_window(monkeypatch) -> None:
    seen = {}
    real = subprocess.Popen

    def spy(argv, **kwargs):
        seen.update(kwargs)
        return real(argv, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", spy)
    done = winjob.run([sys.executable, "-c", "print('ok')"], capture_output=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == b"ok"
    assert seen["creationflags"] & subprocess.CREATE_NO_WINDOW


@windows
def test_windows_really_takes_nul_for_the_device(tmp_path) -> None:
    """Why reserved names matter: writing 'nul.mp4' writes nothing anywhere."""
    with open(tmp_path / "nul.mp4", "wb") as handle:
        handle.write(b"a video")
    assert not (tmp_path / "nul.mp4").exists() or (tmp_path / "nul.mp4").stat().st_size == 0


@pytest.mark.parametrize("campaign_id", ["con", "nul", "com1", "lpt9"])
def test_a_pack_id_that_windows_keeps_for_a_device_is_refused(tmp_path, campaign_id: str) -> None:
    from app.campaigns.pack_format import parse_pack
    from tests.packtools import to_toml, valid_dict

    with pytest.raises(PackError, match="Windows keeps for a device"):
        parse_pack(to_toml(valid_dict(campaign_id)), tmp_path)


@windows
def test_a_new_process_with_a_dead_exports_id_is_not_taken_for_it(tmp_path) -> None:
    """Windows (and Wine at once) gives a dead process's id to the next one: the note's start time
    tells them apart, so the export killed mid-way is cleaned up by the next start."""
    import json

    temp = tmp_path / ".klip.anakgenius-part"
    temp.write_bytes(b"half a video")
    note = files.remember(temp)
    data = json.loads(note.read_text(encoding="utf-8"))
    assert data["started"] > 0
    assert files.clean_leftovers() == []  # our own running export: kept
    data["started"] -= 1  # the same id, an earlier process: the export that was killed
    note.write_text(json.dumps(data), encoding="utf-8")
    assert files.clean_leftovers() == [temp]
    assert not temp.exists()


def test_a_killed_exports_working_folder_is_removed_at_the_next_start(tmp_path) -> None:
    """The export's PNGs live in a folder in the system's temp; killed mid-export, the app cannot
    remove it, so the next start does (found by the Wine smoke test, true on every system)."""
    import json
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="anakgenius-"))
    (folder / "watermark.png").write_bytes(b"png")
    note = files.remember_folder(folder)
    assert files.clean_leftovers() == [] and folder.is_dir()  # still running: kept
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    data = json.loads(note.read_text(encoding="utf-8"))
    note.write_text(json.dumps({**data, "pid": gone.pid}), encoding="utf-8")
    assert files.clean_leftovers() == []  # only partial videos are listed
    assert not folder.exists() and not note.exists()


def test_an_export_forgets_its_working_folder(make_clip, tmp_path) -> None:
    from app.export.job import export
    from app.project.edit import Edit

    export(Edit(source=str(make_clip(seconds=1.0)), preset="draft"), tmp_path / "ok.mp4")
    assert not list((files._notes()).glob("*.json"))


def test_a_graph_too_long_for_a_windows_command_line_goes_to_ffmpeg_as_a_file(tmp_path):
    """A long story with a follow crop path: Windows refuses command lines over 32,767 characters."""
    from app.export import runner
    from app.ffmpeg import ffmpeg_exe
    from app.render.plan import RenderPlan

    graph = "[0:v]" + ",".join(["null"] * 8000) + "[v]"  # 40,000 characters
    output = tmp_path / "video.mp4"
    argv = [ffmpeg_exe(), "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=64x64:d=0.2",
            "-filter_complex", graph, "-map", "[v]", "-c:v", "libx264", "-f", "mp4",
            str(output.with_name(".video.anakgenius-part")), "-progress", "pipe:1"]
    assert sum(len(a) + 1 for a in argv) > 32767
    plan = RenderPlan(argv=argv, output=output, temp_output=output.with_name(".video.anakgenius-part"), duration=0.2)
    assert runner.run(plan) == output and output.stat().st_size > 0
    short = runner.graph_in_file(argv, tmp_path)
    assert sum(len(a) + 1 for a in short) < 1000 and "-/filter_complex" in short
