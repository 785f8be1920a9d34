""""Ikuti subjek" in the export: the crop path (app.analysis.path) as numbers in the one filtergraph.

The crop's ``x`` is a piecewise-linear expression of the frame's time ``t`` (ffmpeg evaluates it
per frame, inside the same process: no Python runs per frame). Shots that fall back to Blur are
the Blur framing, with the followed crop laid over it only while a following shot plays.
"""

from __future__ import annotations

from collections.abc import Callable

from app.analysis.clip import cached_analysis
from app.analysis.path import FollowPath, follow_path
from app.media.probe import MediaInfo
from app.project.edit import Framing
from app.render.layout import cover
from app.render.presets import HEIGHT, WIDTH

BlurFn = Callable[[str, str], str]  # (head, out label) → the Blur framing's graph


def clip_path(framing: Framing, media: MediaInfo, start: float, duration: float) -> FollowPath | None:
    """The path for source seconds start..start+duration, from the cached analysis; None: not analysed."""
    from pathlib import Path

    analysis = cached_analysis(Path(media.path), media)
    if analysis is None:
        return None
    return follow_path(analysis, start, start + duration, framing.keys)


def _n(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def x_expression(path: FollowPath, box_w: int, start: float) -> str:
    """The crop's left edge in pixels of the scaled picture, as a function of the graph's ``t``
    (0 at source second ``start``); outside a following segment it holds its last value."""
    points: list[tuple[float, float]] = []
    for seg in path.segments:
        if seg.follows:
            points += [(t - start, c) for t, c in seg.points]
    if not points:
        return str((box_w - WIDTH) // 2)
    px = [(t, min(max(c * box_w - WIDTH / 2, 0.0), box_w - WIDTH)) for t, c in points]
    expr = _n(px[-1][1])
    for (t0, x0), (t1, x1) in reversed(list(zip(px, px[1:], strict=False))):
        if t1 - t0 <= 1e-6:
            continue
        slope = (x1 - x0) / (t1 - t0)
        expr = f"if(lt(t,{_n(t1)}),{_n(x0)}+({_n(slope)})*(t-{_n(t0)}),{expr})"
    return f"if(lt(t,{_n(px[0][0])}),{_n(px[0][1])},{expr})"


def follow_graph(framing: Framing, media: MediaInfo, start: float, duration: float, head: str, out: str,
                 sdr: str, blur: BlurFn) -> str:
    """The follow framing → ``[out]``; Blur where no subject is followed (or the clip is not analysed)."""
    path = clip_path(framing, media, start, duration)
    if path is None or not path.follows_anything:
        return blur(head, out)
    box = cover(media.width, media.height)
    crop = f"scale={box.w}:{box.h},crop={WIDTH}:{HEIGHT}:x='{x_expression(path, box.w, start)}':y={box.y}{sdr},setsar=1"
    if all(seg.follows for seg in path.segments):
        return f"{head},{crop}[{out}]"
    spans = "+".join(f"between(t,{_n(s.start - start)},{_n(s.end - start - 0.0005)})"
                     for s in path.segments if s.follows)
    return (f"{head},split[fw{out}][bl{out}];[fw{out}]{crop}[fc{out}];"
            f"{blur(f'[bl{out}]null', f'bb{out}')};[bb{out}][fc{out}]overlay=0:0:enable='{spans}'[{out}]")
