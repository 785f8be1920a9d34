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


def _n(value: float, digits: int = 4) -> str:
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def x_expression(path: FollowPath, box_w: int, start: float) -> str:
    """The crop's left edge in pixels of the scaled picture, as a function of the graph's ``t``
    (0 at source second ``start``); before the first point and after the last it holds still.

    Written as the first point plus one "hinge" per point where the slope changes
    (``+Δslope*max(t-tᵢ,0)``) and one step per cut (``+Δx*gte(t,tᵢ)``), summed in a balanced tree:
    ffmpeg refuses expressions nested about 100 deep (a chain of ``if(…)``, or a long plain sum).
    """
    points: list[tuple[float, float]] = []
    for seg in path.segments:
        if seg.follows:
            points += [(t - start, c) for t, c in seg.points]
    if not points:
        return str((box_w - WIDTH) // 2)
    px = [(t, min(max(c * box_w - WIDTH / 2, 0.0), box_w - WIDTH)) for t, c in points]
    terms = [_n(px[0][1], 2)]
    previous = 0.0  # the slope so far (px per second)
    for i, (t0, x0) in enumerate(px):
        if i + 1 < len(px) and px[i + 1][0] - t0 <= 1e-6:  # a cut: the next shot starts elsewhere
            if abs(px[i + 1][1] - x0) > 1e-3:
                terms.append(f"({_n(px[i + 1][1] - x0, 2)})*gte(t,{_n(t0)})")
            continue
        slope = (px[i + 1][1] - x0) / (px[i + 1][0] - t0) if i + 1 < len(px) else 0.0
        if abs(slope - previous) > 1e-6:
            terms.append(f"({_n(slope - previous)})*max(t-{_n(t0)},0)")
        previous = slope
    return f"clip({balanced_sum(terms)},0,{box_w - WIDTH})"


def balanced_sum(terms: list[str], group: int = 8) -> str:
    """``a+b+c+…`` parenthesised in groups, so that its depth grows with the log of its length:
    ffmpeg parses ``a+b+c`` as ``((a+b)+c)`` and refuses expressions about 100 deep."""
    while len(terms) > group:
        terms = [f"({'+'.join(terms[i:i + group])})" for i in range(0, len(terms), group)]
    return "+".join(terms) or "0"


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
    spans = balanced_sum([f"between(t,{_n(s.start - start)},{_n(s.end - start - 0.0005)})"
                          for s in path.segments if s.follows])
    return (f"{head},split[fw{out}][bl{out}];[fw{out}]{crop}[fc{out}];"
            f"{blur(f'[bl{out}]null', f'bb{out}')};[bb{out}][fc{out}]overlay=0:0:enable='{spans}'[{out}]")
