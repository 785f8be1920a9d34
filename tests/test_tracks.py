"""#17 tracked people (app.analysis.tracks): detections linked into people, and boxes that cover a face in
every output frame, also between the detector's samples, through misses and at the track's ends."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.analysis.tracks import Box, frame_boxes, hide_boxes, link, sample_step, track_box
from app.project.hide import HideFaces, ManualBox


@dataclass(frozen=True)
class F:
    x: float
    y: float
    w: float
    h: float
    score: float = 0.9


@dataclass
class Analysis:  # what app.analysis.clip.ClipAnalysis holds, built by hand
    times: list[float]
    faces: list[list[F]]
    cuts: list[float]
    width: int = 640
    height: int = 360
    rate: float = 8.0


def wander(t: float) -> F:
    """A face that drifts and bobs (not a straight line between samples)."""
    return F(0.1 + 0.12 * t + 0.05 * math.sin(3 * t), 0.3 + 0.1 * math.sin(2 * t), 0.12, 0.2)


def covers(boxes: list[Box], face: F) -> bool:
    return any(b.x <= face.x + 1e-9 and b.y <= face.y + 1e-9 and b.right >= face.x + face.w - 1e-9
               and b.bottom >= face.y + face.h - 1e-9 for b in boxes)


def samples(seconds: float, rate: float = 8.0) -> list[float]:
    return [round(i / rate, 4) for i in range(int(seconds * rate) + 1)]


def test_a_moving_face_is_covered_in_every_frame_between_samples_and_through_misses() -> None:
    times = samples(4.0)
    missed = {5, 6, 7, 8, 9, 20}  # turned away for 0.6 s, and one more miss
    faces = [[] if i in missed else [wander(t)] for i, t in enumerate(times)]
    tracks = link(times, faces)
    assert [t.id for t in tracks] == [1]
    frames = frame_boxes(tracks, 0.0, 120, step=sample_step(times))
    assert all(covers(boxes, wander(n / 30)) for n, boxes in enumerate(frames))


def test_the_box_reaches_a_little_before_the_first_and_after_the_last_detection() -> None:
    times = samples(2.0)
    faces = [[wander(t)] if 0.5 <= t <= 1.5 else [] for t in times]
    (track,) = link(times, faces)
    assert track_box(track, 0.35) is not None and track_box(track, 1.65) is not None
    assert track_box(track, 0.1) is None and track_box(track, 1.9) is None
    assert covers([track_box(track, 0.45)], wander(0.45))  # type: ignore[list-item]


def test_two_people_keep_their_ids_and_only_the_chosen_one_is_hidden() -> None:
    times = samples(3.0)
    left = [F(0.1, 0.3 + 0.02 * t, 0.1, 0.18) for t in times]
    right = [F(0.7 - 0.03 * t, 0.35, 0.1, 0.18) for t in times]
    faces = [[b, a] if i % 2 else [a, b] for i, (a, b) in enumerate(zip(left, right, strict=True))]
    tracks = link(times, faces)
    assert [len(t.times) for t in tracks] == [len(times), len(times)]
    assert all(f.x < 0.5 for f in tracks[0].faces) and all(f.x > 0.5 for f in tracks[1].faces)
    analysis = Analysis(times, faces, [])
    boxes = hide_boxes(HideFaces(people=[2]), analysis, 0.0, 90)  # type: ignore[arg-type]
    assert all(len(frame) == 1 and frame[0].x > 0.45 for frame in boxes)
    everyone = hide_boxes(HideFaces(everyone=True), analysis, 0.0, 90)  # type: ignore[arg-type]
    assert all(len(frame) == 2 for frame in everyone)


def test_a_cut_splits_tracks_unless_the_face_stays_where_it_was() -> None:
    times = samples(2.0)
    here, there = F(0.2, 0.3, 0.1, 0.2), F(0.6, 0.3, 0.1, 0.2)
    moved = [[here] if t < 1.0 else [there] for t in times]
    tracks = link(times, moved, cuts=[1.0])
    assert len(tracks) == 2
    # no box of the first shot's face reaches into the second shot
    assert track_box(tracks[0], 1.05, cuts=[1.0]) is None
    stayed = [[here] if t < 1.0 else [F(0.205, 0.3, 0.1, 0.2)] for t in times]
    assert len(link(times, stayed, cuts=[1.0])) == 1


def test_manual_boxes_cover_their_source_seconds_only() -> None:
    hide = HideFaces(boxes=[ManualBox(1.0, 2.0, 0.4, 0.4, 0.2, 0.2)])
    frames = hide_boxes(hide, None, 0.5, 60)  # source 0.5 s .. 2.5 s
    shown = [n for n, boxes in enumerate(frames) if boxes]
    assert shown[0] in (14, 15) and shown[-1] in (45, 46)
    (box,) = frames[30]
    assert [round(v, 6) for v in (box.x, box.y, box.w, box.h)] == [0.4, 0.4, 0.2, 0.2]


def test_boxes_stay_inside_the_frame_and_the_last_frame_held_keeps_its_box() -> None:
    times = samples(1.0)
    faces = [[F(0.92, 0.0, 0.1, 0.2)] for _ in times]
    frames = frame_boxes(link(times, faces), 0.0, 60, until=1.0)
    assert all(frame and 0 <= frame[0].x and frame[0].right <= 1 and frame[0].y >= 0 for frame in frames)
