"""libx264 settings against today's, on the export benchmark's work (1080×1920, 20 s, blur + watermark + song).

Plans the export the app makes (``app.export.job.prepare``), then runs that very ffmpeg command with
only libx264's settings changed: preset, rc-lookahead, reference frames, threads, tune. Each run's
picture is compared by ffmpeg's ssim filter with the same frames made losslessly (the
source-framed reference), and its size with today's. Runs alternate (the machine is shared) and
are repeated; the table shows the median time, its spread (min–max), SSIM and size.
Picks the fastest within 0.005 SSIM and 5 % size of today's.

usage: python bench/x264_settings.py [--runs N] [--only "NAME;NAME"]
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from export_bench import REFERENCE, make_source  # noqa: E402

from app.export.job import prepare  # noqa: E402
from app.ffmpeg import ffmpeg_exe  # noqa: E402
from app.project.choices import Layout, Position  # noqa: E402
from app.project.edit import Edit, Trim  # noqa: E402
from app.render.encoders import replace_video_args  # noqa: E402

TODAY = ("veryfast", "")
REFERENCE_ROW = "reference command (bench-reference.sh)"
# name → (preset, extra x264-params)
SETTINGS: dict[str, tuple[str, str]] = {
    "veryfast (before #19)": TODAY,
    "superfast": ("superfast", ""),
    "faster": ("faster", ""),
    "veryfast rc-lookahead=5": ("veryfast", "rc-lookahead=5"),
    "veryfast me=dia": ("veryfast", "me=dia"),
    "veryfast weightp=0": ("veryfast", "weightp=0"),
    "veryfast b-adapt=0": ("veryfast", "b-adapt=0"),
    "veryfast aq-mode=0": ("veryfast", "aq-mode=0"),
    "veryfast threads=2": ("veryfast", "threads=2"),
    "veryfast threads=4": ("veryfast", "threads=4"),
    "veryfast sliced-threads": ("veryfast", "threads=2:sliced-threads=1"),
    "veryfast tune=fastdecode": ("veryfast", "tune=fastdecode"),
    "veryfast me=dia:weightp=0:rc-lookahead=5": ("veryfast", "me=dia:weightp=0:rc-lookahead=5"),
    "veryfast me=dia:weightp=0:rc-lookahead=5:b-adapt=0": ("veryfast", "me=dia:weightp=0:rc-lookahead=5:b-adapt=0"),
    "veryfast me=dia:weightp=0:rc-lookahead=5:b-adapt=0:partitions=i8x8,i4x4": (
        "veryfast", "me=dia:weightp=0:rc-lookahead=5:b-adapt=0:partitions=i8x8,i4x4"),
    "superfast mbtree=1:rc-lookahead=10": ("superfast", "mbtree=1:rc-lookahead=10"),  # veryfast's mb-tree back
    "superfast rc-lookahead=10": ("superfast", "rc-lookahead=10"),
    "superfast rc-lookahead=5": ("superfast", "rc-lookahead=5"),
    "veryfast partitions=i8x8,i4x4": ("veryfast", "partitions=i8x8,i4x4"),  # superfast's partitions
    "veryfast subme=1:partitions=i8x8,i4x4": ("veryfast", "subme=1:partitions=i8x8,i4x4"),
}


def x264(argv: list[str], preset: str, params: str) -> list[str]:
    """The planned command with libx264's preset (and params) swapped."""
    start = argv.index("-c:v")
    video = argv[start:argv.index("-c:a")]
    video[video.index("-preset") + 1] = preset
    if "-x264-params" in video:
        i = video.index("-x264-params")
        del video[i:i + 2]
    if params:
        tune = [p for p in params.split(":") if p.startswith("tune=")]
        rest = ":".join(p for p in params.split(":") if not p.startswith("tune="))
        if tune:
            video += ["-tune", tune[0].split("=", 1)[1]]
        if rest:
            video += ["-x264-params", rest]
    return replace_video_args(argv, video)


def retarget(argv: list[str], output: Path) -> list[str]:
    return [*argv[:-1], str(output)]


def ssim(path: Path, reference: Path) -> float:
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path), "-i", str(reference),
                           "-lavfi", "[0:v][1:v]ssim", "-f", "null", "-"], capture_output=True, text=True)
    return float(re.findall(r"All:([\d.]+)", proc.stderr)[-1])


def run(argv: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system of ffmpeg): on a shared machine the CPU time is the
    steady measure of the work; on an idle 2-core laptop the wall time is about half of it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_edit(src: Path) -> Edit:
    edit = Edit(source=str(src))
    edit.trim = Trim(5, 25)
    edit.framing.layout = Layout.BLUR
    edit.watermark.position = Position("bottom-right")
    edit.audio.song_start, edit.audio.clip_volume, edit.audio.normalize = 3, 0.3, False
    return edit


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--only", help="names of SETTINGS separated by ; (today is always measured)")
    args = parser.parse_args()
    chosen = dict(SETTINGS)
    if args.only:
        keep = set(args.only.split(";"))
        chosen = {k: v for k, v in SETTINGS.items() if k in keep or v == TODAY}
    with tempfile.TemporaryDirectory(prefix="anakgenius-x264-") as tmp:
        folder = Path(tmp)
        print("generating a 30 s 1920x1080 30 fps clip ...", flush=True)
        src = make_source(folder)
        prepared = prepare(bench_edit(src), folder / "out.mp4", folder, overwrite=True)
        plan = prepared.plan
        for job in (plan.watermark, *plan.overlays):
            if job:
                job.image.save(job.path)
        base = [a for a in plan.argv if a not in ("-progress", "pipe:1")]
        reference = folder / "reference.mkv"
        lossless = replace_video_args(base, ["-c:v", "libx264", "-preset", "ultrafast", "-qp", "0",
                                             "-pix_fmt", "yuv420p", "-r", "30"])
        subprocess.run([*lossless[:-3], str(reference)], check=True)  # (drop "-f mp4 OUT")
        commands = {name: x264(base, preset, params) for name, (preset, params) in chosen.items()}
        song = prepared.campaign.song.path if prepared.campaign.song else None
        assert plan.watermark is not None and song is not None
        reference_cmd = ["bash", str(REFERENCE), ffmpeg_exe(), str(src), str(plan.watermark.path), str(song)]
        # the reference frames its picture a little differently (its own watermark place, rounding): its
        # SSIM is measured against the same command made losslessly, ours against ours
        own = folder / "reference-lossless.sh"
        own.write_text(REFERENCE.read_text().replace("-preset veryfast -crf 23 -profile:v high",
                                                         "-preset ultrafast -qp 0"))
        ref_lossless = folder / "reference-lossless.mkv"
        subprocess.run(["bash", str(own), ffmpeg_exe(), str(src), str(plan.watermark.path), str(song),
                        str(ref_lossless)], check=True)
        names = [*commands, REFERENCE_ROW]
        walls: dict[str, list[float]] = {k: [] for k in names}
        cpus: dict[str, list[float]] = {k: [] for k in names}
        for r in range(args.runs):
            for name in (names if r % 2 == 0 else list(reversed(names))):
                out = folder / f"{len(walls[name])}-{abs(hash(name))}.mp4"
                argv = [*reference_cmd, str(out)] if name == REFERENCE_ROW else retarget(commands[name], out)
                wall, cpu = run(argv)
                walls[name].append(wall)
                cpus[name].append(cpu)
                print(f"run {r + 1}: {name}: {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
        rows = []
        for name in names:
            out = folder / f"0-{abs(hash(name))}.mp4"
            rows.append((name, statistics.median(cpus[name]), min(cpus[name]), max(cpus[name]),
                         statistics.median(walls[name]),
                         ssim(out, ref_lossless if name == REFERENCE_ROW else reference), out.stat().st_size))
    today = rows[0]
    print()
    print(f"CPU time is ffmpeg's user + system time (median, min–max of {args.runs} runs); wall time "
          "is the median on this shared machine.")
    print()
    print("| settings | CPU time | vs today | wall | SSIM | size | vs today |")
    print("|---|---|---|---|---|---|---|")
    ok = []
    for name, med, lo, hi, wall, s, size in rows:
        within = name != REFERENCE_ROW and s >= today[5] - 0.005 and size <= today[6] * 1.05
        if within:
            ok.append((med, name))
        print(f"| {name} | {med:.1f} s ({lo:.1f}–{hi:.1f}) | {med / today[1]:.2f}× | {wall:.1f} s | {s:.4f} | "
              f"{size / 1e6:.2f} MB | {size / today[6]:.2f}× |{' ✓' if within else ''}")
    print()
    print(f"fastest within 0.005 SSIM and 5 % size of today's (✓): {min(ok)[1]}")


if __name__ == "__main__":
    main()
