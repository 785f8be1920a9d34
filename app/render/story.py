"""``plan_story()``: a story's shots in, one ffmpeg command with one filtergraph out. Runs nothing.

Every shot is one input and becomes exactly its number of frames at 30 fps (``app.project.story``
counts the timeline in the same frames) and exactly as many samples of 48 kHz stereo sound
(1600 per frame): a clip's picture is held on its last frame if it ends early, its sound is cut
or padded with silence to the picture, so no joint drifts, whatever the sources' rates.
Shots are framed like a one-clip export (``plan.video_graph``), then joined: cuts (and dips,
which fade to the campaign colour and back) by ``concat``, crossfades by ``xfade`` with
``acrossfade`` of the same number of samples. Overlays, the song, loudness and the encoder
are the one-clip export's (``plan.compose``).

A photo is read once (a single frame, already upright and reduced by ``app.media.photo``),
framed once, then repeated (``loop``), or zoomed gently (``zoompan``) when its motion is on.
Each clip input decodes with few threads: with many inputs open at once, decoder threads and
their frame buffers are what memory goes to.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from app.campaigns.model import Campaign
from app.ffmpeg import ffmpeg_exe
from app.media.probe import MediaInfo
from app.project.edit import Edit
from app.project.story import FRAME_RATE, PhotoShot, Shot, dip_frames, layout, overlap_frames, transition_for
from app.render.loudness import target_filter
from app.render.plan import AUDIO_RATE, RenderPlan, compose, num, resolve_song, song_args, video_graph
from app.render.presets import FPS, HEIGHT, WIDTH, ExportPreset

SAMPLES_PER_FRAME = AUDIO_RATE // FPS  # 1600
ZOOM = 0.06  # a photo's gentle zoom: 6 % over its seconds
HEAD_ROOM = 0.1  # seconds read past a clip's end, so its last frame is there for the fps filter
_FMT = f"aformat=sample_fmts=fltp:sample_rates={AUDIO_RATE}:channel_layouts=stereo"


@dataclass(frozen=True)
class ShotMedia:
    """A shot with what the export knows of its file (for a photo: the prepared copy)."""

    shot: Shot
    media: MediaInfo
    start: float = 0.0  # a clip's trim start


def decoder_threads(clips: int) -> int:
    """Threads per clip decoder: 2 for a few clips, 1 when many are open at once."""
    return 2 if clips <= 8 else 1


def _shot_inputs(shots: list[ShotMedia], frames: list[int],
                 audio_only: bool = False) -> list[tuple[list[str], str, Path]]:
    threads = str(decoder_threads(sum(1 for s in shots if not isinstance(s.shot, PhotoShot))))
    sources = []
    for item, n in zip(shots, frames, strict=True):
        path = Path(item.media.path)
        if isinstance(item.shot, PhotoShot):
            sources.append((["-framerate", str(FPS), "-i", str(path)], "photo", Path(item.shot.source)))
        else:
            seconds = n / FRAME_RATE + (0 if audio_only else HEAD_ROOM)
            args = [] if audio_only else ["-threads", threads]
            # from the very start no seek: seeking to 0 drops the sound's first (priming) packet, and
            # with it up to 128 ms of an 8 kHz AAC track's opening
            seek = ["-ss", num(item.start)] if item.start > 0 else []
            sources.append(([*args, *seek, "-t", num(seconds), "-i", str(path)], "clip", path))
    return sources


def _colour(campaign: Campaign) -> str:
    return "0x" + campaign.colours.primary.lstrip("#")


def _fades(shots: list[Shot], edit: Edit, frames: list[int]) -> list[tuple[int, int]]:
    """Per shot: frames it fades in from, and out to, the campaign colour (dips)."""
    fades = [(0, 0) for _ in shots]
    for i in range(1, len(shots)):
        out, into = dip_frames(transition_for(edit.transition, shots[i]), frames[i - 1], frames[i])
        fades[i - 1] = (fades[i - 1][0], out)
        fades[i] = (into, fades[i][1])
    return fades


def shot_video(edit: Edit, item: ShotMedia, index: int, input_index: int, n: int, fade: tuple[int, int],
               colour: str) -> str:
    """Input ``input_index`` → ``[s{index}]``: n frames of 1080×1920 yuv420p at 30 fps."""
    framed = dataclasses.replace(edit, framing=item.shot.framing, shots=[])
    tail = ""
    into, out = fade
    if into:
        tail += f",fade=t=in:s=0:n={into}:color={colour}"
    if out:
        tail += f",fade=t=out:s={n - out}:n={out}:color={colour}"
    if isinstance(item.shot, PhotoShot):
        graph = video_graph(framed, item.media, n / FRAME_RATE, head=f"[{input_index}:v]null", out=f"f{index}")
        if item.shot.motion and n > 1:
            grow = f"1+{num(ZOOM)}*on/{n - 1}"
            repeat = (f"zoompan=z='{grow}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d={n}:s={WIDTH}x{HEIGHT}"
                      f":fps={FPS},setsar=1")
        else:
            repeat = f"loop=loop={n - 1}:size=1:start=0"
        return f"{graph};[f{index}]{repeat},setpts=N/({FPS}*TB),format=yuv420p{tail}[s{index}]"
    seconds = n / FRAME_RATE
    head = (f"[{input_index}:v]fps={FPS},tpad=stop_mode=clone:stop_duration={num(seconds)},"
            f"trim=end_frame={n},setpts=PTS-STARTPTS")
    graph = video_graph(framed, item.media, seconds, head=head, out=f"f{index}")
    return f"{graph};[f{index}]format=yuv420p{tail}[s{index}]"


def shot_audio(item: ShotMedia, index: int, input_index: int | None, n: int, fade: tuple[int, int]) -> str:
    """The shot's sound → ``[a{index}]``: exactly n × 1600 samples, 48 kHz stereo."""
    samples = n * SAMPLES_PER_FRAME
    shot = item.shot
    audible = (input_index is not None and not isinstance(shot, PhotoShot) and item.media.has_audio
               and shot.volume > 0)
    if not audible:
        return f"anullsrc=r={AUDIO_RATE}:cl=stereo,atrim=end_sample={samples},{_FMT}[a{index}]"
    assert not isinstance(shot, PhotoShot)
    tail = ""
    into, out = fade
    if into:
        tail += f",afade=t=in:d={num(into / FRAME_RATE)}"
    if out:
        tail += f",afade=t=out:st={num((n - out) / FRAME_RATE)}:d={num(out / FRAME_RATE)}"
    return (f"[{input_index}:a]aresample={AUDIO_RATE},{_FMT},volume={num(shot.volume)},apad,"
            f"atrim=end_sample={samples},asetpts=N/SR/TB{tail}[a{index}]")


def _groups(edit: Edit, shots: list[Shot], frames: list[int]) -> list[tuple[list[int], int]]:
    """Runs of shots joined by cuts or dips, each with the crossfade frames into the run."""
    groups: list[tuple[list[int], int]] = [([0], 0)] if shots else []
    for i in range(1, len(shots)):
        t = transition_for(edit.transition, shots[i])
        if t.kind == "crossfade":
            groups.append(([i], overlap_frames(t, frames[i - 1], frames[i])))
        else:
            groups[-1][0].append(i)
    return groups


def join(groups: list[tuple[list[int], int]], frames: list[int], video: bool, out: str) -> str:
    """The shots' labels ([s…] or [a…]) joined into ``[out]``."""
    kind = "s" if video else "a"
    parts: list[str] = []
    runs: list[tuple[str, int]] = []  # (label, frames) of each run
    for g, (members, _) in enumerate(groups):
        length = sum(frames[i] for i in members)
        if len(members) == 1:
            runs.append((f"[{kind}{members[0]}]", length))
            continue
        label = f"[{kind}run{g}]"
        flags = f"v=1:a=0,settb=1/{FPS}" if video else "v=0:a=1"  # xfade wants the shots' time base back
        parts.append("".join(f"[{kind}{i}]" for i in members) + f"concat=n={len(members)}:{flags}{label}")
        runs.append((label, length))
    label, length = runs[0]
    for g in range(1, len(runs)):
        overlap = groups[g][1]
        nxt, nxt_len = runs[g]
        joined = f"[{kind}x{g}]"
        if video:
            parts.append(f"{label}{nxt}xfade=transition=fade:duration={num(overlap / FRAME_RATE)}"
                         f":offset={num((length - overlap) / FRAME_RATE)}{joined}")
        else:
            parts.append(f"{label}{nxt}acrossfade=ns={overlap * SAMPLES_PER_FRAME}:c1=tri:c2=tri{joined}")
        label, length = joined, length + nxt_len - overlap
    parts.append(f"{label}{'null' if video else 'anull'}[{out}]")
    return ";".join(parts)


def story_audio(edit: Edit, shots: list[ShotMedia], audio_inputs: list[int | None], frames: list[int],
                song_input: int | None, total: int, label: str) -> str:
    """The shots' sounds, one after another, under the song → ``[label]``, exactly the video's length."""
    plain = [s.shot for s in shots]
    duration = total / FRAME_RATE
    fades = _fades(plain, edit, frames)
    parts: list[str] = []
    audible = any(i is not None and s.media.has_audio and not isinstance(s.shot, PhotoShot) and s.shot.volume > 0
                  for s, i in zip(shots, audio_inputs, strict=True))
    if audible:
        parts += [shot_audio(s, k, audio_inputs[k], frames[k], fades[k]) for k, s in enumerate(shots)]
        parts.append(join(_groups(edit, plain, frames), frames, video=False, out="clips"))
    a = edit.audio
    tail = f"apad=whole_len={total * SAMPLES_PER_FRAME},atrim=end_sample={total * SAMPLES_PER_FRAME}[{label}]"
    if song_input is None or a.song_volume <= 0:
        if not audible:
            return f"anullsrc=r={AUDIO_RATE}:cl=stereo,atrim=end_sample={total * SAMPLES_PER_FRAME}[{label}]"
        return ";".join(parts) + f";[clips]{tail}"
    fades_song = ""
    if a.fade_in > 0:
        fades_song += f",afade=t=in:d={num(min(a.fade_in, duration / 2))}"
    if a.fade_out > 0:
        length = min(a.fade_out, duration / 2)
        fades_song += f",afade=t=out:st={num(duration - length)}:d={num(length)}"
    parts.append(f"[{song_input}:a]atrim=0:{num(duration)},asetpts=PTS-STARTPTS,aresample={AUDIO_RATE},{_FMT},"
                 f"volume={num(a.song_volume)}{fades_song}[songa]")
    if not audible:
        return ";".join(parts) + f";[songa]{tail}"
    return ";".join(parts) + f";[clips][songa]amix=inputs=2:normalize=0:duration=longest,{tail}"


def timeline(edit: Edit, shots: list[ShotMedia]) -> tuple[list[int], int]:
    """Frames of each shot and of the whole video, as the model counts them."""
    starts, frames, _ = layout([s.shot for s in shots], edit.transition)
    return frames, (starts[-1] + frames[-1]) if shots else 0


def plan_story(
    edit: Edit,
    shots: list[ShotMedia],
    campaign: Campaign,
    preset: ExportPreset,
    output: Path,
    workdir: Path,
    overwrite: bool = False,
    loudness: str | None = None,
    video_kbps: int | None = None,
) -> RenderPlan:
    """The ffmpeg command for the story: shot i is input i; overlays and song come after."""
    frames, total = timeline(edit, shots)
    plain = [s.shot for s in shots]
    fades = _fades(plain, edit, frames)
    colour = _colour(campaign)
    sources = _shot_inputs(shots, frames)
    video = [shot_video(edit, s, k, k, frames[k], fades[k], colour) for k, s in enumerate(shots)]
    video.append(join(_groups(edit, plain, frames), frames, video=True, out="v0"))
    inputs: list[int | None] = list(range(len(shots)))

    def audio(song_input: int | None, label: str) -> str:
        return story_audio(edit, shots, inputs, frames, song_input, total, label)

    return compose(edit, campaign, preset, output, workdir, total / FRAME_RATE, sources, ";".join(video), audio,
                   overwrite, loudness, video_kbps)


def measure_story_argv(edit: Edit, shots: list[ShotMedia], campaign: Campaign) -> list[str] | None:
    """The loudness first pass over the story's sound alone (no picture is decoded)."""
    frames, total = timeline(edit, shots)
    song, song_start = resolve_song(edit, campaign)
    audible = [not isinstance(s.shot, PhotoShot) and s.media.has_audio and s.shot.volume > 0 for s in shots]
    has_song = song is not None and edit.audio.song_volume > 0
    if not any(audible) and not has_song:
        return None
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "info", "-nostats"]
    inputs: list[int | None] = []
    wanted = [s for s, yes in zip(shots, audible, strict=True) if yes]
    wanted_frames = [n for n, yes in zip(frames, audible, strict=True) if yes]
    for args, _, _ in _shot_inputs(wanted, wanted_frames, audio_only=True):
        argv += args
    k = 0
    for yes in audible:
        inputs.append(k if yes else None)
        k += yes
    song_input = None
    if song is not None:
        argv += song_args(song, song_start)
        song_input = k
    graph = story_audio(edit, shots, inputs, frames, song_input, total, "mix")
    graph += f";[mix]{target_filter()}[m]"
    return argv + ["-filter_complex", graph, "-map", "[m]", "-vn", "-f", "null", "-"]
