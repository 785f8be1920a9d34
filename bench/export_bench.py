"""Export speed against the hand-written reference command, in one run on this machine.

Generates a 30 s 1920×1080 30 fps clip, then alternates our CLI export and
shared/bench-reference.sh doing the same work (seconds 5–25, blur framing, watermark
bottom-right, song from second 3, clip volume 0.3). Prints medians and their ratio, the peak
memory of our whole export (Python + ffmpeg), probe time, and one moviepy run of the same job
on a shorter cut, scaled to 20 s.

usage: python bench/export_bench.py [--runs N] [--moviepy-seconds S]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.campaigns.packs import get_campaign  # noqa: E402
from app.ffmpeg import ffmpeg_exe  # noqa: E402
from app.media.probe import probe  # noqa: E402
from app.project.edit import Edit  # noqa: E402
from app.render.layout import watermark_origin  # noqa: E402
from app.render.plan import watermark_image  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "bench-reference.sh"


def make_source(folder: Path) -> Path:
    src = folder / "phone clip 1080p.mp4"
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=30:d=30",
         "-f", "lavfi", "-i", "sine=f=330:d=30:sample_rate=48000", "-c:v", "libx264", "-preset", "veryfast",
         "-b:v", "12M", "-c:a", "aac", "-ac", "2", str(src)],
        check=True,
    )
    return src


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def timed(argv: list[str], watch_memory: bool = False) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    peak = 0.0
    if watch_memory:
        stop = threading.Event()

        def watch() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, tree_rss_mb(proc.pid))
                stop.wait(0.05)

        watcher = threading.Thread(target=watch)
        watcher.start()
    code = proc.wait()
    elapsed = time.perf_counter() - start
    if watch_memory:
        stop.set()
        watcher.join()
    if code != 0:
        raise SystemExit(f"command failed ({code}): {' '.join(argv)}")
    return elapsed, peak


def moviepy_job(src: Path, wm_png: Path, wm_xy: tuple[int, int], song: Path, out: Path, seconds: float) -> float:
    import numpy as np
    from moviepy import AudioFileClip, CompositeAudioClip, CompositeVideoClip, ImageClip, VideoFileClip, afx
    from PIL import Image, ImageFilter

    def blur(frame: np.ndarray) -> np.ndarray:
        small = Image.fromarray(frame).resize((270, 480)).filter(ImageFilter.BoxBlur(8))
        return np.asarray(small.resize((1080, 1920)))

    start = time.perf_counter()
    clip = VideoFileClip(str(src)).subclipped(5, 5 + seconds)
    bg = clip.resized(height=480).cropped(x_center=clip.w * 480 / clip.h / 2, width=270).image_transform(blur)
    fg = clip.resized(width=1080).with_position("center")
    wm = ImageClip(str(wm_png)).with_duration(seconds).with_position(wm_xy)
    song_clip = AudioFileClip(str(song)).subclipped(3, 3 + seconds)
    song_clip = song_clip.with_effects([afx.AudioFadeIn(1), afx.AudioFadeOut(1.5)])
    audio = CompositeAudioClip([clip.audio.with_volume_scaled(0.3), song_clip])
    video = CompositeVideoClip([bg, fg, wm], size=(1080, 1920)).with_audio(audio)
    video.write_videofile(str(out), fps=30, codec="libx264", preset="veryfast", audio_codec="aac",
                          audio_bitrate="128k", logger=None)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--moviepy-seconds", type=float, default=5.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="anakgenius-bench-") as tmp:
        folder = Path(tmp)
        print("generating a 30 s 1920x1080 30 fps clip ...", flush=True)
        src = make_source(folder)
        campaign = get_campaign()
        edit = Edit(source=str(src))
        image = watermark_image(edit, campaign)
        wm_png = folder / "watermark.png"
        image.save(wm_png)
        wm_xy = watermark_origin("bottom-right", None, None, image.width, image.height)
        song = campaign.song.path

        probe_times = []
        for _ in range(5):
            t = time.perf_counter()
            probe(src)
            probe_times.append(time.perf_counter() - t)

        ours_cmd = [sys.executable, "-m", "app", "export", str(src), "-o", str(folder / "ours.mp4"),
                    "--start", "5", "--end", "25", "--layout", "blur", "--position", "bottom-right",
                    "--song-start", "3", "--clip-volume", "0.3", "--overwrite", "--no-loudness"]
        # the same, with the loudness normalisation our exports do by default (not in the reference)
        loud_cmd = ours_cmd[:-1]
        ref_cmd = ["bash", str(REFERENCE), ffmpeg_exe(), str(src), str(wm_png), str(song), str(folder / "ref.mp4")]
        ours, ref, loud, peaks = [], [], [], []
        for i in range(args.runs):
            t, peak = timed(ours_cmd, watch_memory=True)
            ours.append(t)
            peaks.append(peak)
            ref.append(timed(ref_cmd)[0])
            t, peak = timed(loud_cmd, watch_memory=True)
            loud.append(t)
            peaks.append(peak)
            print(f"run {i + 1}: ours {ours[-1]:.2f} s, reference {ref[-1]:.2f} s, "
                  f"ours with loudness {loud[-1]:.2f} s (peak {max(peaks):.0f} MB)", flush=True)

        mp_seconds = args.moviepy_seconds
        mp = moviepy_job(src, wm_png, wm_xy, song, folder / "moviepy.mp4", mp_seconds) * 20 / mp_seconds

        ours_m, ref_m = statistics.median(ours), statistics.median(ref)
        print()
        print(f"machine: {os.cpu_count()} cores")
        print(f"probe of the 30 s clip: median {statistics.median(probe_times) * 1000:.0f} ms")
        print(f"our export (CLI, 20 s out): median {ours_m:.2f} s")
        print(f"reference command:          median {ref_m:.2f} s")
        print(f"ratio ours / reference:     {ours_m / ref_m:.2f}x (target <= 1.10x)")
        print(f"ours with two-pass loudness (the default): median {statistics.median(loud):.2f} s, "
              f"{statistics.median(loud) / ref_m:.2f}x the reference")
        print(f"moviepy, {mp_seconds:g} s cut scaled to 20 s: {mp:.1f} s -> ours is {mp / ours_m:.1f}x faster "
              "(target >= 10x)")
        print(f"peak memory of our export (Python + ffmpeg): {max(peaks):.0f} MB (target <= 500 MB)")


if __name__ == "__main__":
    main()
