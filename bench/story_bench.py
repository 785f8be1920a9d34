"""Story export speed and memory against the hand-written reference, in one run on this machine.

Generates 3 clips of 1920×1080 30 fps, 6 s each, with sound, and 4 photos of 4000×3000 (JPEG),
then alternates our CLI export of the story (clip photo clip photo clip photo photo, 0.5 s
crossfades, blur framing, watermark, song, photos 3 s without motion) with
bench/story_reference.sh doing the same work. Prints medians, their ratio, and the peak memory
of our whole export (Python + ffmpeg, sampled from /proc). Then exports a story of 60 shots
(40 one-second clip shots of the three clips, 20 photos, all crossfaded) and reports its time and
peak memory.

usage: python bench/story_bench.py [--runs N] [--no-sixty]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from export_bench import timed  # noqa: E402

from app.campaigns.packs import get_campaign  # noqa: E402
from app.ffmpeg import ffmpeg_exe  # noqa: E402
from app.project.edit import Edit, Framing, Trim  # noqa: E402
from app.project.story import ClipShot, PhotoShot, Transition  # noqa: E402
from app.render.layout import watermark_origin  # noqa: E402
from app.render.plan import watermark_image  # noqa: E402

REFERENCE = ROOT / "bench" / "story_reference.sh"


def make_sources(folder: Path) -> tuple[list[Path], list[Path]]:
    clips, photos = [], []
    for n, freq in enumerate((330, 440, 550), 1):
        clip = folder / f"klip {n}.mp4"
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=1920x1080:r=30:d=6",
             "-f", "lavfi", "-i", f"sine=f={freq}:d=6:sample_rate=48000", "-c:v", "libx264", "-preset", "veryfast",
             "-g", "30", "-b:v", "12M", "-c:a", "aac", "-ac", "2", str(clip)],  # a keyframe a second, as phones
            check=True,
        )
        clips.append(clip)
    for n in range(1, 5):
        photo = folder / f"foto {n}.jpg"
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", f"testsrc2=s=4000x3000:r=1,hue=h={n * 60}",
             "-frames:v", "1", "-q:v", "3", str(photo)],
            check=True,
        )
        photos.append(photo)
    return clips, photos


def sixty_shots(clips: list[Path], photos: list[Path], folder: Path) -> Path:
    """A project of 60 shots: 40 one-second pieces of the clips, 20 photos of one second."""
    edit = Edit(transition=Transition("crossfade", 0.5), framing=Framing("blur"))
    for n in range(60):
        if n % 3 == 2:
            edit.shots.append(PhotoShot(str(photos[n % 4]), seconds=1.0, motion=False))
        else:
            start = (n * 0.37) % 5
            edit.shots.append(ClipShot(str(clips[n % 3]), Trim(start, start + 1.0)))
    path = folder / "enam puluh.anakgenius"
    edit.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-sixty", action="store_true", help="skip the 60-shot story")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="anakgenius-story-bench-") as tmp:
        folder = Path(tmp)
        print("generating 3 clips of 1920x1080 30 fps 6 s and 4 photos of 4000x3000 ...", flush=True)
        clips, photos = make_sources(folder)
        campaign = get_campaign()
        image = watermark_image(Edit(), campaign)
        wm_png = folder / "watermark.png"
        image.save(wm_png)
        wm_x, wm_y = watermark_origin("bottom-right", None, None, image.width, image.height)
        song = campaign.song.path
        order = [clips[0], photos[0], clips[1], photos[1], clips[2], photos[2], photos[3]]
        ours_cmd = [sys.executable, "-m", "app", "export", *map(str, order), "-o", str(folder / "ours.mp4"),
                    "--transition", "crossfade", "--transition-seconds", "0.5", "--layout", "blur",
                    "--photo-seconds", "3", "--no-motion", "--song-start", "0", "--overwrite", "--no-loudness"]
        default_cmd = [c for c in ours_cmd if c not in ("--no-motion", "--no-loudness")]
        ref_cmd = ["bash", str(REFERENCE), ffmpeg_exe(), str(folder / "ref.mp4"), str(wm_png), str(wm_x), str(wm_y),
                   str(song), *map(str, clips), *map(str, photos)]
        ours, ref, default, peaks, ref_peaks, default_peaks = [], [], [], [], [], []
        for i in range(args.runs):
            t, peak = timed(ours_cmd, watch_memory=True)
            ours.append(t)
            peaks.append(peak)
            t, peak = timed(ref_cmd, watch_memory=True)
            ref.append(t)
            ref_peaks.append(peak)
            t, peak = timed(default_cmd, watch_memory=True)
            default.append(t)
            default_peaks.append(peak)
            print(f"run {i + 1}: ours {ours[-1]:.2f} s ({peaks[-1]:.0f} MB), reference {ref[-1]:.2f} s "
                  f"({ref_peaks[-1]:.0f} MB), ours with loudness and photo motion {default[-1]:.2f} s "
                  f"({default_peaks[-1]:.0f} MB)", flush=True)

        sixty = None
        if not args.no_sixty:
            project = sixty_shots(clips, photos, folder)
            cmd = [sys.executable, "-m", "app", "export", str(project), "-o", str(folder / "sixty.mp4"),
                   "--overwrite"]
            sixty = timed(cmd, watch_memory=True)

        ours_m, ref_m = statistics.median(ours), statistics.median(ref)
        print()
        print(f"machine: {os.cpu_count()} cores")
        print(f"story (27 s out): ours median {ours_m:.2f} s, reference median {ref_m:.2f} s")
        print(f"ratio ours / reference: {ours_m / ref_m:.2f}x (target <= 1.10x)")
        print(f"ours with two-pass loudness and photo motion (the defaults): median {statistics.median(default):.2f} s,"
              f" {statistics.median(default) / ref_m:.2f}x the reference")
        print(f"peak memory of our export (Python + ffmpeg): {max(peaks):.0f} MB, with the defaults "
              f"{max(default_peaks):.0f} MB (target <= 600 MB); the reference: {max(ref_peaks):.0f} MB")
        if sixty:
            print(f"60 shots (30.5 s out, 40 clip shots + 20 photos, 59 crossfades): {sixty[0]:.1f} s, "
                  f"peak memory {sixty[1]:.0f} MB "
                  "(target <= 900 MB)")


if __name__ == "__main__":
    main()
