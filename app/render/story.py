"""``plan_story()``: a story's shots in, one ffmpeg command with one filtergraph out. Runs nothing.

Every shot is one input and becomes exactly its number of frames at 30 fps (``app.project.story``
counts the timeline in the same frames) and exactly as many samples of 48 kHz stereo sound
(1600 per frame): a clip's picture is held on its last frame if it ends early, its sound is cut
or padded with silence to the picture, so no joint drifts, whatever the sources' rates.
Shots are framed like a one-clip export (``plan.video_graph``), then joined: the pictures by one
``concat`` (dips fade to the campaign colour and back inside their shots; crossfades lay the incoming
shot's first frames over it from a second lane, see :func:`join_video`), the sounds by ``concat`` and
``acrossfade`` of the same number of samples. Overlays, the song, loudness and the encoder are the
one-clip export's (``plan.compose``).

A photo is read once (a single frame, already upright and reduced by ``app.media.photo``),
framed once, then repeated (``loop``), or zoomed gently (``zoompan``) when its motion is on.
A clip's picture and its sound are separate inputs, so reading one never makes ffmpeg hold the
other. Every input keeps its decoder and its filters' frames to the end of the export, so shots
that decode alike share one input (:func:`clip_runs`, ``app.render.story_runs``): clips of one
format and framing are read one after another from a generated ffconcat list and framed once,
photos of one prepared size likewise; each picture decodes with few threads.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from app.campaigns.model import Campaign
from app.ffmpeg import ffmpeg_exe
from app.media.probe import MediaInfo
from app.project.choices import Layout, TransitionKind
from app.project.edit import Edit
from app.project.story import FRAME_RATE, ClipShot, PhotoShot, Shot, dip_frames, layout, overlap_frames, transition_for
from app.render.faces import FaceMask, mask_input
from app.render.loudness import target_filter
from app.render.plan import AUDIO_RATE, RenderPlan, compose, num, resolve_song, song_args, video_graph
from app.render.presets import FPS, HEIGHT, WIDTH, ExportPreset
from app.render.story_runs import Piece, concat_list, first_frames, photo_list, run_head, source_key

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


def _audible(item: ShotMedia) -> bool:
    return isinstance(item.shot, ClipShot) and item.media.has_audio and item.shot.volume > 0


def _clip_input(item: ShotMedia, n: int, stream: str, threads: str | None = None) -> list[str]:
    """``-i`` arguments reading only the picture (stream "v") or only the sound ("a") of a clip.

    Picture and sound are separate inputs: the sound of a later shot is read ahead by the joins
    (acrossfade), and with one input for both, ffmpeg would decode and hold that shot's whole
    picture meanwhile (hundreds of MB of 1080p frames). From the very start there is no seek:
    seeking to 0 drops the sound's first (priming) packet, up to 128 ms of an 8 kHz AAC track.
    """
    seconds = n / FRAME_RATE + (HEAD_ROOM if stream == "v" else 0)
    seek = ["-ss", num(item.start)] if item.start > 0 else []
    if seek and stream == "v":
        # The picture starts at the keyframe before the start and the graph drops what comes before it
        # (shot_video's trim): ffmpeg sets the graph up as soon as every input has given one frame, and
        # with an exact seek a clip with few keyframes decodes for seconds first, while the inputs that
        # are ready keep decoding into memory (GBs with tens of clips).
        # No -t then (it would count from that keyframe): the graph's trim ends the shot, and ffmpeg stops
        # reading an input whose filters are done.
        return [*(["-threads", threads] if threads else []), "-an", "-sn", "-dn", "-noaccurate_seek", *seek,
                "-i", str(item.media.path)]
    only = ["-an", "-sn", "-dn"] if stream == "v" else ["-vn", "-sn", "-dn"]
    return [*(["-threads", threads] if threads else []), *only, *seek, "-t", num(seconds), "-i",
            str(item.media.path)]


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


def _repeat(shot: PhotoShot, n: int) -> str:
    """A photo's one frame made n: zoomed gently, or repeated."""
    if shot.motion and n > 1:
        grow = f"1+{num(ZOOM)}*on/{n - 1}"
        return (f"zoompan=z='{grow}':x='iw/2-iw/zoom/2':y='ih/2-ih/zoom/2':d={n}:s={WIDTH}x{HEIGHT}"
                f":fps={FPS},setsar=1")
    return f"loop=loop={n - 1}:size=1:start=0"


def _tail(fade: tuple[int, int], n: int, colour: str) -> str:
    into, out = fade
    tail = f",fade=t=in:s=0:n={into}:color={colour}" if into else ""
    return tail + (f",fade=t=out:s={n - out}:n={out}:color={colour}" if out else "")


def shot_video(edit: Edit, item: ShotMedia, index: int, input_index: int, n: int, fade: tuple[int, int],
               colour: str, hide: tuple[int, FaceMask] | None = None) -> str:
    """Input ``input_index`` → ``[s{index}]``: n frames of 1080×1920 yuv420p at 30 fps; ``hide`` (#17): the
    input and sizes of the shot's mask of hidden faces."""
    framed = dataclasses.replace(edit, framing=item.shot.framing, shots=[])
    tail = _tail(fade, n, colour)
    if isinstance(item.shot, PhotoShot):
        # framed in yuv420p, as the clips are (an RGB photo framed in RGB holds twice the memory)
        graph = video_graph(framed, item.media, n / FRAME_RATE, head=f"[{input_index}:v]format=yuv420p",
                            out=f"f{index}")
        # converted once, then repeated: the repeats are references to one frame, not copies
        return f"{graph};[f{index}]format=yuv420p,{_repeat(item.shot, n)},setpts=N/({FPS}*TB){tail}[s{index}]"
    seconds = n / FRAME_RATE
    start = "trim=start=0,setpts=PTS-STARTPTS," if item.start > 0 else ""  # what the seek kept before the start
    head = (f"[{input_index}:v]{start}fps={FPS},tpad=stop_mode=clone:stop_duration={num(seconds)},"
            f"trim=end_frame={n},setpts=PTS-STARTPTS")
    graph = video_graph(framed, item.media, seconds, head=head, out=f"f{index}", start=item.start, hide=hide)
    return f"{graph};[f{index}]format=yuv420p{tail}[s{index}]"


def shot_audio(item: ShotMedia, index: int, input_index: int | None, n: int, fade: tuple[int, int]) -> str:
    """The shot's sound → ``[a{index}]``: exactly n × 1600 samples, 48 kHz stereo."""
    samples = n * SAMPLES_PER_FRAME
    shot = item.shot
    if input_index is None or not isinstance(shot, ClipShot) or not _audible(item):
        return f"anullsrc=r={AUDIO_RATE}:cl=stereo,atrim=end_sample={samples},{_FMT}[a{index}]"
    tail = ""
    into, out = fade
    if into:
        tail += f",afade=t=in:d={num(into / FRAME_RATE)}"
    if out:
        tail += f",afade=t=out:st={num((n - out) / FRAME_RATE)}:d={num(out / FRAME_RATE)}"
    return (f"[{input_index}:a]aresample={AUDIO_RATE},{_FMT},volume={num(shot.volume)},apad,"
            f"atrim=end_sample={samples},asetpts=N/SR/TB{tail}[a{index}]")


def framing_key(edit: Edit, item: ShotMedia) -> str:
    """The framing filters a clip shot gets (shots with the same ones can be framed as one stream)."""
    framed = dataclasses.replace(edit, framing=item.shot.framing, shots=[])
    return video_graph(framed, item.media, 0.0, head="[in]", out="out")


def clip_runs(edit: Edit, shots: list[ShotMedia]) -> list[list[int]]:
    """Shots that one decoder reads one after another (``app.render.story_runs``): runs of two or more clips,
    or of two or more photos."""
    by_key: dict[tuple, list[list[int]]] = {}
    for k, item in enumerate(shots):
        if isinstance(item.shot, PhotoShot):  # prepared copies of one size, framed alike: one PNG after another
            by_key.setdefault(("photo", framing_key(edit, item)), [[]])[0].append(k)
            continue
        key = source_key(item.media)
        if key is None or item.shot.framing.layout == Layout.FOLLOW:  # #17: its path is in its own seconds
            continue
        if isinstance(item.shot, ClipShot) and item.shot.hide.active:  # #17: the shot reads its own mask
            continue
        runs = by_key.setdefault((key, framing_key(edit, item)), [])
        # A shot crossfaded into is read (its first frame) as soon as the crossfade before it ends: from the
        # run that is still playing the shot before it, that would mean decoding that whole shot ahead.
        crossfaded = k > 0 and transition_for(edit.transition, item.shot).kind == TransitionKind.CROSSFADE
        free = [run for run in runs if not (crossfaded and run[-1] == k - 1)]
        if free:
            free[0].append(k)
        else:
            runs.append([k])
    return sorted((run for runs in by_key.values() for run in runs if len(run) > 1), key=lambda run: run[0])


def run_video(edit: Edit, shots: list[ShotMedia], members: list[int], run: int, input_index: int,
              frames: list[int], fades: list[tuple[int, int]], colour: str) -> str:
    """A run's input → ``[s{k}]`` for each of its shots: framed once, then cut by frame number."""
    pieces = [Piece(k, str(shots[k].media.path), shots[k].start, frames[k]) for k in members]
    item = shots[members[0]]
    framed = dataclasses.replace(edit, framing=item.shot.framing, shots=[])
    if isinstance(item.shot, PhotoShot):  # frame j of the run is photo j
        graph = video_graph(framed, item.media, 0.0, head=f"[{input_index}:v]format=yuv420p", out=f"run{run}")
        outs = "".join(f"[run{run}c{k}]" for k in members)
        parts = [graph, f"[run{run}]format=yuv420p,split={len(members)}{outs}"]
        for j, k in enumerate(members):
            shot = shots[k].shot
            assert isinstance(shot, PhotoShot)
            parts.append(f"[run{run}c{k}]trim=start_frame={j}:end_frame={j + 1},settb=1/{FPS},setpts=PTS-STARTPTS,"
                         f"{_repeat(shot, frames[k])},setpts=N/({FPS}*TB){_tail(fades[k], frames[k], colour)}[s{k}]")
        return ";".join(parts)
    graph = video_graph(framed, item.media, 0.0, head=run_head(input_index, pieces), out=f"run{run}")
    outs = "".join(f"[run{run}c{k}]" for k in members)
    parts = [graph, f"[run{run}]format=yuv420p,split={len(members)}{outs}"]
    for k, first in zip(members, first_frames(pieces), strict=True):
        n = frames[k]
        parts.append(f"[run{run}c{k}]trim=start_frame={first}:end_frame={first + n},setpts=PTS-STARTPTS"
                     f"{_tail(fades[k], n, colour)}[s{k}]")
    return ";".join(parts)


def run_lists(edit: Edit, shots: list[ShotMedia], workdir: Path) -> list[tuple[list[int], Path]]:
    """Each run with its ffconcat list, written into ``workdir``."""
    frames, _ = timeline(edit, shots)
    out = []
    for r, members in enumerate(clip_runs(edit, shots)):
        path = Path(workdir) / f"run-{r}.ffconcat"
        pieces = [Piece(k, str(shots[k].media.path), shots[k].start, frames[k]) for k in members]
        path.parent.mkdir(parents=True, exist_ok=True)
        text = photo_list(pieces) if isinstance(shots[members[0]].shot, PhotoShot) else concat_list(pieces)
        path.write_text(text, encoding="utf-8")
        out.append((members, path))
    return out


def _groups(edit: Edit, shots: list[Shot], frames: list[int]) -> list[tuple[list[int], int]]:
    """Runs of shots joined by cuts or dips, each with the crossfade frames into the run."""
    groups: list[tuple[list[int], int]] = [([0], 0)] if shots else []
    for i in range(1, len(shots)):
        t = transition_for(edit.transition, shots[i])
        if t.kind == TransitionKind.CROSSFADE:
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


def _piecewise(var: str, at: list[int], values: list[int]) -> str:
    """An expression of ``var`` worth values[j] from at[j] on (at[0] is where it starts)."""
    terms = [num(values[0])] + [f"gte({var},{at[j]})*{num(values[j] - values[j - 1])}" for j in range(1, len(at))]
    return "(" + "+".join(terms) + ")"


def join_video(groups: list[tuple[list[int], int]], frames: list[int], out: str) -> str:
    """The shots' pictures ([s…]) joined into ``[out]`` with no filter per joint.

    One lane plays every shot one after another (``concat``), each shot that is crossfaded into
    without its first frames; those frames (its "head") come one after another on a second lane
    (a ``concat`` too, so a head is read only when its turn comes), get their transparency there
    from one small grey picture per frame (``geq`` on 16×16, scaled up, ``alphamerge``), are put at
    their places on the timeline (``setpts``), and one ``overlay`` lays them over the first lane
    during the crossfades. Everything that converts a full frame exists once: a conversion or a
    padding per joint kept its own full-size frames to the export's end (~10 MB a joint), a filter
    per joint (``xfade``) ~45 MB.
    """
    overlap = {members[0]: o for members, o in groups if o > 0}
    starts, cursor = [], 0
    for k, n in enumerate(frames):
        cursor -= overlap.get(k, 0)
        starts.append(cursor)
        cursor += n
    parts: list[str] = []
    lane: list[str] = []
    heads: list[tuple[str, int, int]] = []
    for k in range(len(frames)):
        o = overlap.get(k, 0)
        if not o:
            lane.append(f"[s{k}]")
            continue
        parts.append(f"[s{k}]split[s{k}h][s{k}r]")
        parts.append(f"[s{k}h]trim=end_frame={o},setpts=PTS-STARTPTS[h{k}]")
        parts.append(f"[s{k}r]trim=start_frame={o},setpts=PTS-STARTPTS[r{k}]")
        lane.append(f"[r{k}]")
        heads.append((f"[h{k}]", starts[k], o))
    base = out if not heads else "lane"
    if len(lane) > 1:
        parts.append("".join(lane) + f"concat=n={len(lane)}:v=1:a=0,settb=1/{FPS}[{base}]")
    else:
        parts.append(f"{lane[0]}null[{base}]")
    if heads:
        labels = "".join(label for label, _, _ in heads)
        parts.append(f"{labels}concat=n={len(heads)}:v=1:a=0,settb=1/{FPS},setpts=N[heads]" if len(heads) > 1
                     else f"{labels}settb=1/{FPS},setpts=N[heads]")
        firsts, total = [], 0  # each head's first frame on the second lane
        for _, _, o in heads:
            firsts.append(total)
            total += o
        # frame i of a head of o frames is i/o opaque, as fade=t=in:n=o:alpha=1 makes it
        first = _piecewise("N", firsts, firsts)
        length = _piecewise("N", firsts, [o for _, _, o in heads])
        parts.append(f"color=c=black:s=16x16:r={FPS},trim=end_frame={total},format=gray,"
                     f"geq=lum='255*(N-{first})/{length}',scale={WIDTH}:{HEIGHT},settb=1/{FPS},setpts=N[alpha]")
        place = _piecewise("N", firsts, [s - f for (_, s, _), f in zip(heads, firsts, strict=True)])
        parts.append(f"[heads][alpha]alphamerge,setpts='N+{place}'[placed]")
        # during each crossfade only (half a frame of margin either side)
        during = "+".join(f"between(t,{num((s - 0.5) / FPS)},{num((s + o - 0.5) / FPS)})" for _, s, o in heads)
        parts.append(f"[lane][placed]overlay=eof_action=pass:enable='{during}',format=yuv420p[{out}]")
    return ";".join(parts)


def story_audio(edit: Edit, shots: list[ShotMedia], audio_inputs: list[int | None], frames: list[int],
                song_input: int | None, total: int, label: str) -> str:
    """The shots' sounds, one after another, under the song → ``[label]``, exactly the video's length."""
    plain = [s.shot for s in shots]
    duration = total / FRAME_RATE
    fades = _fades(plain, edit, frames)
    parts: list[str] = []
    audible = any(i is not None and _audible(s) for s, i in zip(shots, audio_inputs, strict=True))
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
    token: str = "",
    faces: dict[int, FaceMask] | None = None,
) -> RenderPlan:
    """The ffmpeg command for the story: shot i is input i; overlays and song come after.
    ``token`` makes the temporary file's name this attempt's own (:func:`app.files.new_token`); ``faces``
    (#17) the masks of hidden faces by shot index (their input follows the shot's picture)."""
    faces = faces or {}
    frames, total = timeline(edit, shots)
    plain = [s.shot for s in shots]
    fades = _fades(plain, edit, frames)
    colour = _colour(campaign)
    runs = run_lists(edit, shots, workdir)
    in_run = {k: r for r, (members, _) in enumerate(runs) for k in members}
    clip_decoders = [members for members, _ in runs if isinstance(shots[members[0]].shot, ClipShot)]
    alone = [k for k, s in enumerate(shots) if isinstance(s.shot, ClipShot) and k not in in_run]
    decoders = len(clip_decoders) + len(alone)
    threads = str(decoder_threads(decoders))
    sources: list[tuple[list[str], str, Path]] = []
    video: list[str] = []
    for k, (item, n) in enumerate(zip(shots, frames, strict=True)):
        if k in in_run:
            members, path = runs[in_run[k]]
            if k == members[0]:
                video.append(run_video(edit, shots, members, in_run[k], len(sources), frames, fades, colour))
                if isinstance(item.shot, PhotoShot):
                    sources.append((["-f", "concat", "-safe", "0", "-i", str(path)], "photo", Path(item.shot.source)))
                else:
                    sources.append((["-threads", threads, "-an", "-sn", "-dn", "-f", "concat", "-safe", "0", "-i",
                                     str(path)], "clip", Path(item.media.path)))
            continue
        mask = faces.get(k)
        hide = (len(sources) + 1, mask) if mask is not None else None
        video.append(shot_video(edit, item, k, len(sources), n, fades[k], colour, hide))
        if isinstance(item.shot, PhotoShot):
            sources.append((["-framerate", str(FPS), "-i", str(item.media.path)], "photo", Path(item.shot.source)))
        else:
            sources.append((_clip_input(item, n, "v", threads), "clip", Path(item.media.path)))
        if mask is not None:
            sources.append((mask_input(mask), "faces", mask.path))
    inputs: list[int | None] = []
    for item, n in zip(shots, frames, strict=True):
        inputs.append(len(sources) if _audible(item) else None)
        if _audible(item):
            sources.append((_clip_input(item, n, "a"), "clip", Path(item.media.path)))
    # the joined picture is copied once into frames of its own: the encoder's queue then holds those, and
    # each shot's filters keep only the frame or two in flight (their buffers live to the export's end)
    video.append(join_video(_groups(edit, plain, frames), frames, out="joined") + ";[joined]copy[v0]")

    def audio(song_input: int | None, label: str) -> str:
        return story_audio(edit, shots, inputs, frames, song_input, total, label)

    return compose(edit, campaign, preset, output, workdir, total / FRAME_RATE, sources, ";".join(video), audio,
                   overwrite, loudness, video_kbps, token)


def measure_story_argv(edit: Edit, shots: list[ShotMedia], campaign: Campaign) -> list[str] | None:
    """The loudness first pass over the story's sound alone (no picture is decoded)."""
    frames, total = timeline(edit, shots)
    song, song_start = resolve_song(edit, campaign)
    has_song = song is not None and edit.audio.song_volume > 0
    if not any(_audible(s) for s in shots) and not has_song:
        return None
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "info", "-nostats"]
    inputs: list[int | None] = []
    k = 0
    for item, n in zip(shots, frames, strict=True):
        inputs.append(k if _audible(item) else None)
        if _audible(item):
            argv += _clip_input(item, n, "a")
            k += 1
    song_input = None
    if song is not None:
        argv += song_args(song, song_start)
        song_input = k
    graph = story_audio(edit, shots, inputs, frames, song_input, total, "mix")
    graph += f";[mix]{target_filter()}[m]"
    return argv + ["-filter_complex", graph, "-map", "[m]", "-vn", "-f", "null", "-"]
