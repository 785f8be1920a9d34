"""#21: a 4K60 HEVC 10-bit HLG phone clip, exported today's way and this branch's, in one run.

Generates (once, cached in the system's temp folder) a 3840×2160 60 fps HEVC Main 10 HLG BT.2020
clip with sound, the way tests/test_hdr.py makes HDR clips (testsrc2 turned into HLG, libx265),
then alternates two CLI-like exports of it (the defaults: TikTok, Blur, watermark, song, two-pass
loudness), each in its own Python process:

- ``old``: the graph as it was before #21 (:func:`old_blur`, copied from git history:
  the source split, then both branches scaled from 4K and tone-mapped) with ffmpeg's default
  decoder and filter threads, and the sound mixed and normalised in the export's own graph;
- ``new``: this branch (app.render.plan as it is).

For each run: wall time, CPU time of the process tree (user + system, steadier than wall time
on a busy machine), and the peak memory of the whole export: the sum of the resident memory of
the Python process and every ffmpeg it starts, sampled every 20 ms from /proc (Linux). At the end:
medians, ratios new/old, and the SSIM of the new export against the old one.

usage: python bench/hdr_bench.py [--runs N] [--seconds S] [--keep]
       python bench/hdr_bench.py --one old|new SOURCE OUTPUT   (one export; used by the bench itself)
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ffmpeg import ffmpeg_exe  # noqa: E402

TO_HLG = ("setparams=color_primaries=bt709:color_trc=bt709:colorspace=bt709:range=tv,zscale=t=linear:npl=100,"
          "format=gbrpf32le,zscale=p=2020:t=arib-std-b67:m=2020_ncl:r=tv,format=yuv420p10le")
HEVC_HLG = ["-c:v", "libx265", "-preset", "ultrafast", "-profile:v", "main10", "-pix_fmt", "yuv420p10le",
            "-x265-params", "log-level=error:keyint=60", "-b:v", "40M", "-tag:v", "hvc1",
            "-color_primaries", "bt2020", "-color_trc", "arib-std-b67", "-colorspace", "bt2020nc"]


def make_source(seconds: float, size: str = "3840x2160", rate: int = 60) -> Path:
    path = Path(tempfile.gettempdir()) / f"anakgenius-bench-hlg-{size}-{rate}-{seconds:g}s.mp4"
    if not path.exists():
        print(f"generating a {seconds:g} s {size} {rate} fps HEVC Main 10 HLG clip (once) ...", flush=True)
        part = path.with_suffix(".part.mp4")
        subprocess.run([ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi",
                        "-i", f"testsrc2=s={size}:r={rate}:d={seconds:g}", "-f", "lavfi",
                        "-i", f"sine=f=330:d={seconds:g}:sample_rate=48000", "-vf", TO_HLG, *HEVC_HLG,
                        "-c:a", "aac", "-ac", "2", str(part)], check=True)
        part.rename(path)
    return path


def old_blur(media, head, out, sdr):  # type: ignore[no-untyped-def]
    """The Blur layout's graph before #21 (git show c101338:app/render/plan.py): the source split, then
    both copies scaled from the source and tone-mapped."""
    from app.render.layout import cover, fit
    from app.render.plan import BLUR_H, BLUR_W
    from app.render.presets import HEIGHT, WIDTH

    tag = "" if out == "v0" else out
    fg = fit(media.width, media.height)
    bg = cover(media.width, media.height, BLUR_W, BLUR_H)
    return (
        f"{head},split[bgsrc{tag}][fgsrc{tag}];"
        f"[bgsrc{tag}]scale={bg.w}:{bg.h},crop={BLUR_W}:{BLUR_H}:{bg.x}:{bg.y}{sdr},boxblur=8:2,"
        f"scale={WIDTH}:{HEIGHT},setsar=1[bg{tag}];"
        f"[fgsrc{tag}]scale={fg.w}:{fg.h}{sdr},setsar=1[fg{tag}];"
        f"[bg{tag}][fg{tag}]overlay={fg.x}:{fg.y}[{out}]"
    )


def use_old_graph() -> None:
    """Make app.render.plan build the command as it did before #21."""
    import app.export.job as job
    import app.render.plan as plan

    job.make_sound = lambda *args, **kwargs: None  # type: ignore[assignment]  # the sound mixed in the graph
    plan._blur = old_blur  # type: ignore[assignment]  # (Fit and Fill scaled once already)
    plan.decode_args = lambda decoder="software": []  # type: ignore[assignment]
    plan.graph_threads = lambda: []  # type: ignore[assignment]


def one(kind: str, source: str, output: str) -> None:
    from app.export.job import export
    from app.project.edit import Edit

    if kind == "old":
        use_old_graph()
    export(Edit(source=source), output, overwrite=True)


def tree(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def rss_mb(pid: int) -> tuple[float, str]:
    try:
        with open(f"/proc/{pid}/status") as f:
            text = f.read()
    except OSError:
        return 0.0, ""
    rss = re.search(r"VmRSS:\s+(\d+)", text)
    name = re.search(r"Name:\s+(\S+)", text)
    return (int(rss.group(1)) / 1024 if rss else 0.0), (name.group(1) if name else "")


def run_one(kind: str, source: Path, output: Path) -> dict[str, float]:
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--one", kind, str(source), str(output)])
    peak = peak_ffmpeg = peak_python = 0.0
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak, peak_ffmpeg, peak_python
        while not stop.is_set():
            total = 0.0
            for pid in tree(proc.pid):
                mb, name = rss_mb(pid)
                total += mb
                if name.startswith("ffmpeg"):
                    peak_ffmpeg = max(peak_ffmpeg, mb)
                elif pid == proc.pid:
                    peak_python = max(peak_python, mb)
            peak = max(peak, total)
            stop.wait(0.02)

    watcher = threading.Thread(target=watch)
    watcher.start()
    code = proc.wait()
    wall = time.perf_counter() - start
    stop.set()
    watcher.join()
    after = os.times()
    if code != 0:
        raise SystemExit(f"the {kind} export failed ({code})")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall": wall, "cpu": cpu, "peak": peak, "ffmpeg": peak_ffmpeg, "python": peak_python}


def ssim(a: Path, b: Path) -> float:
    proc = subprocess.run([ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(a), "-i", str(b),
                           "-lavfi", "[0:v][1:v]ssim", "-f", "null", "-"], capture_output=True, text=True)
    found = re.search(r"All:([0-9.]+)", proc.stderr)
    if not found:
        raise SystemExit(proc.stderr[-2000:])
    return float(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=6.0)
    parser.add_argument("--one", nargs=3, metavar=("KIND", "SOURCE", "OUTPUT"))
    args = parser.parse_args()
    if args.one:
        one(*args.one)
        return
    source = make_source(args.seconds)
    results: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory(prefix="anakgenius-hdr-bench-") as tmp:
        outs = {kind: Path(tmp) / f"{kind}.mp4" for kind in results}
        for i in range(args.runs):
            for kind in ("old", "new") if i % 2 == 0 else ("new", "old"):
                r = run_one(kind, source, outs[kind])
                results[kind].append(r)
                print(f"run {i + 1} {kind}: {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, peak {r['peak']:.0f} MB "
                      f"(ffmpeg {r['ffmpeg']:.0f} MB, Python {r['python']:.0f} MB)", flush=True)
        similarity = ssim(outs["new"], outs["old"])

    def med(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in results[kind])

    print()
    print(f"machine: {os.cpu_count()} cores; clip: {args.seconds:g} s 3840x2160 60 fps HEVC Main 10 HLG")
    for kind in ("old", "new"):
        print(f"{kind}: median {med(kind, 'wall'):.1f} s wall, {med(kind, 'cpu'):.1f} s CPU; peak memory of the "
              f"whole export {max(r['peak'] for r in results[kind]):.0f} MB (the ffmpeg alone "
              f"{max(r['ffmpeg'] for r in results[kind]):.0f} MB)")
    print(f"time new/old: {med('new', 'wall') / med('old', 'wall'):.2f}x wall, "
          f"{med('new', 'cpu') / med('old', 'cpu'):.2f}x CPU (target <= 0.80x)")
    print(f"peak memory new: {max(r['peak'] for r in results['new']):.0f} MB (target <= 500 MB)")
    print(f"SSIM new vs old: {similarity:.4f} (target >= 0.99)")


if __name__ == "__main__":
    main()
