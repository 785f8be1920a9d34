"""Speech → captions speed, memory and word error rate, on synthetic Indonesian speech.

Synthesises about a minute of Indonesian with espeak-ng (Debian's espeak-ng; scripts/system-deps.sh),
then transcribes it with the installed model (app.speech). Prints the model's load time (with the
checksum check), the real-time factor (wall seconds per second of speech; issue #16 asks ≤ 0.5, i.e.
2× faster than real time), the CPU seconds per second of speech (what the machine's load does not
change), the peak memory of the process, and the word error rate against the text spoken.

espeak-ng's robotic voice is not a child speaking in a classroom: the WER here says little about
real use; it is only a figure that a change of model or settings can be compared by.

usage: ANAKGENIUS_SPEECH_MODEL=FOLDER python bench/speech_bench.py [--language id|en] [--threads N]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.speech import transcribe as recogniser  # noqa: E402
from app.speech.captions import to_blocks  # noqa: E402

TEXT = {
    "id": ("Selamat pagi anak-anak. Hari ini kita merayakan Hari Anak Nasional bersama teman-teman di sekolah. "
           "Kami belajar dengan gembira dan sehat. Ibu guru membacakan cerita tentang seekor kancil yang cerdik. "
           "Setelah itu kami bernyanyi bersama di halaman sekolah. Anak Indonesia harus gesit, berani, unggul "
           "dan sehat. Terima kasih kepada bapak dan ibu guru yang sudah membimbing kami setiap hari. "
           "Besok kami akan menanam pohon di depan kelas lima. Jangan lupa membawa air minum dan topi. "
           "Sampai jumpa lagi teman-teman semua."),
    "en": ("Good morning children. Today we celebrate National Children's Day together with our friends at "
           "school. We learn with joy and stay healthy. The teacher reads a story about a clever mouse deer. "
           "After that we sing together in the school yard. Thank you to all the teachers who guide us every day. "
           "Tomorrow we will plant trees in front of class five. See you again, everyone."),
}


def words_of(text: str) -> list[str]:
    return re.sub(r"[^\w\s-]", " ", text.lower()).split()


def wer(reference: list[str], heard: list[str]) -> float:
    d = list(range(len(heard) + 1))
    for i, r in enumerate(reference, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(heard, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
    return d[len(heard)] / max(1, len(reference))


def cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", choices=("id", "en"), default="id")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    recogniser.threads = lambda: args.threads  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "speech.wav"
        voice = "id" if args.language == "id" else "en"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "135", "-w", str(wav), TEXT[args.language]], check=True)
        seconds = recogniser.read_audio(wav).size / recogniser.RATE
        t0, c0 = time.perf_counter(), cpu()
        recogniser.load()
        load_s, load_cpu = time.perf_counter() - t0, cpu() - c0
        t0, c0 = time.perf_counter(), cpu()
        words = recogniser.transcribe(wav, args.language)
        wall, used = time.perf_counter() - t0, cpu() - c0
    blocks = to_blocks(words, seconds)
    heard = words_of(" ".join(w.text for w in words))
    print(f"{seconds:.1f} s of espeak-ng speech ({args.language}), model {recogniser.MODEL.name}, "
          f"{args.threads} threads, load average {os.getloadavg()[0]:.1f}")
    print(f"  load + checksum   {load_s:6.2f} s wall, {load_cpu:6.2f} s CPU")
    print(f"  transcription     {wall:6.2f} s wall: real-time factor {wall / seconds:.2f} "
          f"({seconds / wall:.1f}× faster than real time)")
    print(f"  CPU per second    {used / seconds:.2f} CPU-s per s of speech ({used:.1f} s CPU)")
    print(f"  peak memory       {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (whole process)")
    reference = words_of(TEXT[args.language])
    print(f"  word error rate   {wer(reference, heard):.1%} over {len(reference)} words; {len(blocks)} caption blocks")


if __name__ == "__main__":
    main()
