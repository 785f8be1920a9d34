"""``plan()``: an Edit and the clip's facts in, one ffmpeg command out. Runs nothing.

The whole export is a single filtergraph in one ffmpeg process (DESIGN.md measured this at
15× the speed of compositing in Python). Only numbers computed here go into the graph;
user text reaches ffmpeg as pixels of the watermark PNG, and paths only as ``-i`` arguments.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from app.campaigns.model import Campaign
from app.ffmpeg import ffmpeg_exe
from app.files import temp_for
from app.media.probe import MediaInfo
from app.media.tonemap import to_sdr
from app.project.choices import CardMode, Layout
from app.project.edit import Edit
from app.render.cards import FADE, end_card_window, lower_third_origin, render_end_card, render_lower_third
from app.render.decoders import SOFTWARE as SOFTWARE_DECODER
from app.render.decoders import decode_args, graph_threads
from app.render.encoders import encoder_args
from app.render.faces import FaceMask, hidden, mask_input
from app.render.follow import follow_graph
from app.render.layout import cover, fit, watermark_origin
from app.render.presets import FPS, HEIGHT, WIDTH, ExportPreset
from app.render.texts import Piece, burned, sheets, soft
from app.render.watermark import render_watermark

BLUR_W, BLUR_H = 270, 480  # the blurred background is computed small, then scaled up
SOFT_CAPTIONS_FILE = "captions.srt"  # in the workdir, written by app.export.job before ffmpeg starts
AUDIO_RATE = 48000


@dataclass(frozen=True)
class WatermarkJob:
    """The PNG that must exist before ffmpeg starts, and where it goes on the frame."""

    image: Image.Image
    path: Path
    x: int
    y: int


@dataclass(frozen=True)
class RenderPlan:
    argv: list[str]
    output: Path  # the file the user asked for
    temp_output: Path  # ffmpeg writes here; renamed to output only on success
    duration: float
    watermark: WatermarkJob | None = None
    overwrite: bool = False
    inputs: dict[int, tuple[str, Path]] = field(default_factory=dict)  # ffmpeg input index → (role, file)
    overlays: tuple[WatermarkJob, ...] = ()  # more PNGs to write before ffmpeg starts (the card)


def num(value: float) -> str:
    """A number for the command line, without float noise (5.0 → '5', 1/3 → '0.333333')."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


def resolve_song(edit: Edit, campaign: Campaign) -> tuple[Path | None, float]:
    """Which song file plays, and from which second of it."""
    if not edit.audio.song_enabled:
        return None, 0.0
    if edit.audio.song:
        song = Path(edit.audio.song)
        default_start = 0.0
    elif campaign.song:
        song, default_start = campaign.song.path, campaign.song.suggested_start
    else:
        return None, 0.0
    start = edit.audio.song_start if edit.audio.song_start is not None else default_start
    return song, start


def video_graph(edit: Edit, media: MediaInfo, duration: float, head: str = "", out: str = "v0",
                start: float = 0.0, hide: tuple[int, FaceMask] | None = None) -> str:
    """Frames of input 0 → ``[v0]``: constant 30 fps, framed to 1080×1920.

    The last frame is held (tpad) so the picture lasts as long as the sound even when a
    variable-frame-rate clip's last frame starts before the trim's end. A story frames each
    shot with its own ``head`` (input and timing filters) into its own ``out`` label. ``start``: the
    source second the graph's t = 0 shows (the follow framing's path is in source seconds). ``hide`` (#17):
    the mask's input index and sizes; the faces are hidden before the framing (app.render.faces).
    """
    f = edit.framing
    head = head or f"[0:v]fps={FPS},tpad=stop_mode=clone:stop_duration={num(duration)}"
    if hide is not None:
        head = hidden(head, hide[0], hide[1], "" if out == "v0" else out)
    sdr = to_sdr(media)
    if f.layout == Layout.FILL:
        box = cover(media.width, media.height, focus=f.focus)
        return f"{head},scale={box.w}:{box.h},crop={WIDTH}:{HEIGHT}:{box.x}:{box.y}{sdr},setsar=1[{out}]"
    if f.layout == Layout.FOLLOW:  # #17: a crop that follows the face; Blur where there is none
        return follow_graph(f, media, start, duration, head, out, sdr, lambda h, o: _blur(media, h, o, sdr))
    fg = fit(media.width, media.height)
    if f.layout == Layout.FIT:
        colour = "0x" + f.background.lstrip("#")
        return f"{head},scale={fg.w}:{fg.h}{sdr},setsar=1,pad={WIDTH}:{HEIGHT}:{fg.x}:{fg.y}:color={colour}[{out}]"
    return _blur(media, head, out, sdr)


def _blur(media: MediaInfo, head: str, out: str, sdr: str) -> str:
    tag = "" if out == "v0" else out
    fg = fit(media.width, media.height)
    small = cover(fg.w, fg.h, BLUR_W, BLUR_H)
    if small.w <= fg.w and small.h <= fg.h:
        # #21: one scale from the source (a 4K phone clip): the blurred background is made from the
        # framed, tone-mapped picture, not from a second copy of the source scaled on its own
        return (
            f"{head},scale={fg.w}:{fg.h}{sdr},setsar=1,split[bgsrc{tag}][fg{tag}];"
            f"[bgsrc{tag}]scale={small.w}:{small.h},crop={BLUR_W}:{BLUR_H}:{small.x}:{small.y},boxblur=8:2,"
            f"scale={WIDTH}:{HEIGHT},setsar=1[bg{tag}];"
            f"[bg{tag}][fg{tag}]overlay={fg.x}:{fg.y}[{out}]"
        )
    bg = cover(media.width, media.height, BLUR_W, BLUR_H)  # a picture too narrow or too flat for that
    return (
        f"{head},split[bgsrc{tag}][fgsrc{tag}];"
        f"[bgsrc{tag}]scale={bg.w}:{bg.h},crop={BLUR_W}:{BLUR_H}:{bg.x}:{bg.y}{sdr},boxblur=8:2,"
        f"scale={WIDTH}:{HEIGHT},setsar=1[bg{tag}];"
        f"[fgsrc{tag}]scale={fg.w}:{fg.h}{sdr},setsar=1[fg{tag}];"
        f"[bg{tag}][fg{tag}]overlay={fg.x}:{fg.y}[{out}]"
    )


def audio_graph(edit: Edit, media: MediaInfo, song_input: int | None, duration: float, label: str = "a") -> str:
    """The clip's sound and the song → ``[label]``: 48 kHz stereo, exactly ``duration`` long."""
    fmt = f"aresample={AUDIO_RATE},aformat=sample_fmts=fltp:sample_rates={AUDIO_RATE}:channel_layouts=stereo"
    a = edit.audio
    parts, labels = [], []
    if media.has_audio and a.clip_volume > 0:
        parts.append(f"[0:a]{fmt},volume={num(a.clip_volume)}[clipa]")
        labels.append("[clipa]")
    if song_input is not None and a.song_volume > 0:
        fades = ""
        if a.fade_in > 0:
            fades += f",afade=t=in:d={num(min(a.fade_in, duration / 2))}"
        if a.fade_out > 0:
            out = min(a.fade_out, duration / 2)
            fades += f",afade=t=out:st={num(duration - out)}:d={num(out)}"
        parts.append(
            f"[{song_input}:a]atrim=0:{num(duration)},asetpts=PTS-STARTPTS,{fmt},"
            f"volume={num(a.song_volume)}{fades}[songa]"
        )
        labels.append("[songa]")
    tail = f"apad=whole_dur={num(duration)},atrim=0:{num(duration)}[{label}]"
    if not labels:
        return f"anullsrc=r={AUDIO_RATE}:cl=stereo,atrim=0:{num(duration)}[{label}]"
    if len(labels) == 1:
        return ";".join(parts) + f";{labels[0]}{tail}"
    return ";".join(parts) + f";{''.join(labels)}amix=inputs=2:normalize=0:duration=longest,{tail}"


def song_args(song: Path, song_start: float) -> list[str]:
    """The song as an input, from its start second, looped in case it is shorter than the video."""
    return ["-stream_loop", "-1", "-ss", num(song_start), "-i", str(song)]


def plan(
    edit: Edit,
    media: MediaInfo,
    campaign: Campaign,
    preset: ExportPreset,
    output: Path,
    workdir: Path,
    start: float,
    end: float,
    overwrite: bool = False,
    loudness: str | None = None,
    video_kbps: int | None = None,
    token: str = "",
    faces: FaceMask | None = None,
    decoder: str = SOFTWARE_DECODER,
    sound: Path | None = None,
) -> RenderPlan:
    """The ffmpeg command for this edit. ``start``/``end`` are the checked trim in seconds.

    ``loudness`` is a measured ``loudnorm`` filter (app.render.loudness) applied to the mix;
    ``video_kbps`` overrides the preset's bitrate (a second try at a size limit); ``token`` makes
    the temporary file's name this attempt's own (:func:`app.files.new_token`); ``faces`` (#17) the mask
    of the faces to hide, written before ffmpeg starts; ``decoder`` (#21) decodes the clip (software or a
    video chip's, app.render.decoders); ``sound`` (#21) is the mix already made and normalised
    (:func:`sound_argv`), used instead of mixing here.
    """
    duration = end - start
    sources = [([*decode_args(decoder), "-ss", num(start), "-t", num(duration), "-i", str(media.path)], "clip",
                Path(media.path))]
    if faces is not None:
        sources.append((mask_input(faces), "faces", faces.path))
    hide = (1, faces) if faces is not None else None

    def mix(song_input: int | None, label: str) -> str:
        return audio_graph(edit, media, song_input, duration, label)

    framed = edit
    if sound is not None:  # #21: the mix was made before (no loudnorm look-ahead holding 4K frames here)
        sound_input = len(sources)
        sources.append((["-i", str(sound)], "sound", Path(sound)))
        framed = dataclasses.replace(edit, audio=dataclasses.replace(edit.audio, song_enabled=False))
        loudness = None

        def mix(song_input: int | None, label: str) -> str:
            return f"[{sound_input}:a]anull[{label}]"

    planned = compose(framed, campaign, preset, output, workdir, duration, sources,
                      video_graph(edit, media, duration, start=start, hide=hide), mix,
                      overwrite, loudness, video_kbps, token)
    planned.argv[1:1] = graph_threads()  # #21: measured on 2 cores (app.render.decoders)
    return planned


def sound_argv(edit: Edit, media: MediaInfo, campaign: Campaign, start: float, duration: float, loudness: str,
               output: Path) -> list[str]:
    """#21: the export's sound (the clip's and the song, mixed as :func:`audio_graph` mixes them, then
    ``loudness``) into a WAV file, before the export. In the export's own graph, loudnorm's 3 s of
    look-ahead held the sound back while decoded frames waited for it: 110 MB of a 4K clip's frames."""
    song, song_start = resolve_song(edit, campaign)
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-vn", "-sn", "-dn", "-ss", num(start), "-t", num(duration), "-i", str(media.path)]
    song_input = None
    if song is not None:
        argv += song_args(song, song_start)
        song_input = 1
    graph = audio_graph(edit, media, song_input, duration, "mix") + f";[mix]{loudness},aresample={AUDIO_RATE}[a]"
    return argv + ["-filter_complex", graph, "-map", "[a]", "-c:a", "pcm_f32le", "-t", num(duration),
                   "-f", "wav", str(output)]


AudioFn = Callable[[int | None, str], str]  # (the song's input or None, the output label) → the sound's graph


def compose(
    edit: Edit,
    campaign: Campaign,
    preset: ExportPreset,
    output: Path,
    workdir: Path,
    duration: float,
    sources: list[tuple[list[str], str, Path]],
    video: str,
    audio: AudioFn,
    overwrite: bool = False,
    loudness: str | None = None,
    video_kbps: int | None = None,
    token: str = "",
) -> RenderPlan:
    """The command around a picture graph ending in ``[v0]``: overlays, song, sound, encoder.

    ``sources`` are the inputs ``video`` and ``audio`` read (their ``-i`` arguments, role, file),
    numbered from 0; the overlays and the song come after them.
    """
    output = Path(output)
    temp_output = temp_for(output, token)
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error",
            "-progress", "pipe:1", "-nostats", "-stats_period", "0.25"]
    inputs: dict[int, tuple[str, Path]] = {}
    for index, (args, role, path) in enumerate(sources):
        argv += args
        inputs[index] = (role, path)
    graph = [video]
    next_input = len(sources)
    watermark = _watermark_job(edit, campaign, workdir) if edit.watermark.enabled else None
    overlays: list[WatermarkJob] = []
    chain = ["[v0]"]  # overlays in order: lower-third, watermark, end card

    def overlay(job: WatermarkJob, role: str, options: str = "", prepare: str = "") -> None:
        nonlocal next_input
        argv.extend(["-i", str(job.path)] if not prepare else ["-framerate", str(FPS), "-i", str(job.path)])
        inputs[next_input] = (role, job.path)
        source = f"[{next_input}:v]"
        if prepare:
            graph.append(f"{source}{prepare}[{role}]")
            source = f"[{role}]"
        label = f"[v{len(chain)}]"
        graph.append(f"{chain[-1]}{source}overlay={job.x}:{job.y}{options}{label}")
        chain.append(label)
        next_input += 1

    end_length = 0.0
    if edit.card == CardMode.LOWER_THIRD:
        job = lower_third_job(edit, campaign, workdir, watermark)
        overlays.append(job)
        overlay(job, "card")
    if watermark is not None:
        overlay(watermark, "watermark")
    if edit.card == CardMode.END_CARD:
        end_start, end_length = end_card_window(duration, campaign)
        job = WatermarkJob(render_end_card(campaign), Path(workdir) / "end-card.png", 0, 0)
        overlays.append(job)
        overlay(job, "card", ":eof_action=pass", f"format=rgba,loop=loop={round(end_length * FPS)}:size=1,"
                f"fade=t=in:st=0:d={num(min(FADE, end_length))}:alpha=1,"
                f"setpts=PTS-STARTPTS+{num(end_start)}/TB")
    # #16 text blocks: each sheet of block pictures is one input, cut into its pieces, each shown in its time
    mark = (watermark.x, watermark.y, watermark.image.width, watermark.image.height) if watermark else None
    for n, sheet in enumerate(sheets(burned(edit.texts, edit.soft_captions), campaign, duration, mark)):
        job = WatermarkJob(sheet.image, Path(workdir) / f"texts-{n}.png", 0, 0)
        overlays.append(job)
        argv.extend(["-framerate", str(FPS), "-i", str(job.path)])  # a karaoke piece loops its one frame
        inputs[next_input] = ("texts", job.path)
        shows = [show for piece in sheet.pieces for show in piece.shows()]
        cuts = "".join(f"[t{n}s{i}]" for i in range(len(shows)))
        graph.append(f"[{next_input}:v]format=rgba,split={len(shows)}{cuts}")
        for i, (piece, top, start, end) in enumerate(shows):
            cx, _, cw, ch = piece.crop
            label = f"[v{len(chain)}]"
            if piece.steps:
                graph.append(_karaoke_steps(piece, f"[t{n}s{i}]", chain[-1], label))
            else:
                graph.append(f"[t{n}s{i}]crop={cw}:{ch}:{cx}:{top}[t{n}c{i}];{chain[-1]}[t{n}c{i}]overlay={piece.x}:"
                             f"{piece.y}:enable='gte(t,{num(start)})*lt(t,{num(end)})'{label}")
            chain.append(label)
        next_input += 1
    if len(chain) == 2 and watermark is not None:  # the common case keeps its simple graph
        graph[-1] = graph[-1].replace("[v1]", ",format=yuv420p[v]")
    else:
        graph.append(f"{chain[-1]}format=yuv420p[v]")
    song, song_start = resolve_song(edit, campaign)
    song_input = None
    if song is not None:
        argv += song_args(song, song_start)
        song_input = next_input
        inputs[song_input] = ("song", Path(song))
    subtitles: list[str] = []
    if soft(edit.texts, edit.soft_captions):  # the captions as a mov_text track (app.project.srt's file)
        srt = Path(workdir) / SOFT_CAPTIONS_FILE
        sub_input = next_input + (song_input is not None)
        argv += ["-i", str(srt)]
        inputs[sub_input] = ("captions", srt)
        subtitles = ["-map", f"{sub_input}:s", "-c:s", "mov_text", "-metadata:s:s:0", "language=ind",
                     "-metadata:s:s:0", "handler_name=SubtitleHandler"]
    if loudness:
        graph.append(audio(song_input, "mix"))
        graph.append(f"[mix]{loudness},aresample={AUDIO_RATE}[a]")
    else:
        graph.append(audio(song_input, "a"))
    picture = "[v]"
    if preset.frame_height:  # a preview rendering: the finished frame made small, just before the encoder
        graph.append(f"[v]scale=-2:{preset.frame_height}[small]")
        picture = "[small]"
    argv += ["-filter_complex", ";".join(graph), "-map", picture, "-map", "[a]"]
    argv += encoder_args(preset, duration, video_kbps)
    argv += subtitles
    argv += [
        "-t", num(duration), "-map_metadata", "-1", "-map_chapters", "-1",
        "-metadata:s:v:0", "handler_name=VideoHandler", "-metadata:s:a:0", "handler_name=SoundHandler",
        "-movflags", "+faststart", "-f", "mp4", str(temp_output),
    ]
    return RenderPlan(argv, output, temp_output, duration, watermark, overwrite, inputs, tuple(overlays))


def _karaoke_steps(piece: Piece, source: str, under: str, label: str) -> str:
    """One overlay for a karaoke block's lit words (app.render.texts.Piece.steps): its grid of cells,
    made YUV once and looped for the block's time, cropped to the cell of the word being spoken and
    put where that word is, both chosen by the time (numbers only, never user text)."""
    cx, cy, cw, ch = piece.crop
    width, height = piece.cell
    first, rest = piece.steps[0], piece.steps[1:]

    def by_time(base: int, values: list[int]) -> str:
        terms = "".join(f"+{v - prev}*gte(t,{num(step.start)})" for step, v, prev in
                        zip(rest, values[1:], values[:-1], strict=True) if v != prev)
        return f"{base}{terms}"

    frames = max(1, round((piece.end - first.start) * FPS))
    cell_x = by_time(first.cell[0], [s.cell[0] for s in piece.steps])
    cell_y = by_time(first.cell[1], [s.cell[1] for s in piece.steps])
    at_x = by_time(first.x, [s.x for s in piece.steps])
    at_y = by_time(first.y, [s.y for s in piece.steps])
    lit = label.strip("[]") + "k"
    return (f"{source}crop={cw}:{ch}:{cx}:{cy},format=yuva420p,loop=loop={frames - 1}:size=1,"
            f"setpts=PTS-STARTPTS+{num(first.start)}/TB,crop={width}:{height}:x='{cell_x}':y='{cell_y}'[{lit}];"
            f"{under}[{lit}]overlay=x='{at_x}':y='{at_y}':eof_action=pass{label}")


def watermark_image(edit: Edit, campaign: Campaign) -> Image.Image:
    """The watermark exactly as the export draws it (the preview shows this same image)."""
    wm, style = edit.watermark, campaign.watermark
    return render_watermark(wm.text or campaign.hashtag, style.font, wm.scale, wm.opacity, style.fill, style.outline)


def lower_third_job(edit: Edit, campaign: Campaign, workdir: Path, watermark: WatermarkJob | None) -> WatermarkJob:
    """The lower-third card at the bottom of the safe box, above the watermark if they would meet."""
    image = render_lower_third(campaign)
    avoid = (watermark.x, watermark.y, watermark.image.width, watermark.image.height) if watermark else None
    x, y = lower_third_origin(image.width, image.height, avoid)
    return WatermarkJob(image, Path(workdir) / "lower-third.png", x, y)


def _watermark_job(edit: Edit, campaign: Campaign, workdir: Path) -> WatermarkJob:
    image = watermark_image(edit, campaign)
    x, y = watermark_origin(edit.watermark.position, edit.watermark.x, edit.watermark.y, image.width, image.height)
    return WatermarkJob(image, Path(workdir) / "watermark.png", x, y)
