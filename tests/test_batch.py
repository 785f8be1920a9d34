"""A teacher's batch, default names, and the time estimates the dialogs show."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.export.batch import BatchItem, collect_clips, run_batch, summary
from app.export.naming import default_name, safe_stem, unique_path
from app.export.progress import Eta
from app.media.probe import probe
from app.project.edit import Edit

ROOT = Path(__file__).resolve().parent.parent


def test_default_name_is_hashtag_clip_and_date():
    name = default_name("#AnakGENIUS", "/x/klip Budi.MOV", dt.date(2018, 7, 23))
    assert name == "AnakGENIUS - klip Budi - 2018-07-23.mp4"


@pytest.mark.parametrize("raw", ['a<b>c:"d/e\\f|g?h*i', "CON", "nul.txt", " . trailing. ", "\x01\x1f", ""])
def test_names_are_valid_on_windows(raw):
    stem = safe_stem(raw)
    assert stem and not set('<>:"/\\|?*') & set(stem)
    assert not stem.endswith((".", " ")) and stem.split(".")[0].upper() not in {"CON", "NUL"}
    assert all(ord(c) >= 32 for c in stem)


def test_unique_path_never_reuses_a_name(tmp_path):
    (tmp_path / "a.mp4").touch()
    (tmp_path / "a (2).mp4").touch()
    assert unique_path(tmp_path, "a.mp4").name == "a (3).mp4"
    assert unique_path(tmp_path, "b.mp4").name == "b.mp4"


def test_eta_estimates_remaining_time():
    now = [100.0]
    eta = Eta(clock=lambda: now[0])
    assert eta.remaining is None
    now[0] = 110.0
    eta.update(0.25)
    assert eta.elapsed == 10 and eta.remaining == pytest.approx(30)


@pytest.mark.slow
def test_batch_skips_a_broken_clip_and_carries_on(make_clip, tmp_path):
    good1 = make_clip(seconds=1.5, name="Ani.mp4")
    good2 = make_clip(seconds=1.5, name="Budi.mp4", tone=None)
    broken = tmp_path / "Citra.mp4"
    broken.write_text("not a video")
    out = tmp_path / "out"
    out.mkdir()
    items = [BatchItem(str(good1)), BatchItem(str(broken)), BatchItem(str(good2))]
    seen = []
    template = Edit(preset="draft")
    run_batch(items, template, out, on_item=lambda i, it: seen.append((i, it.status)))
    assert [i.status for i in items] == ["done", "failed", "done"]
    assert items[1].output == "" and "not a video" in str(items[1].error)
    assert (1, "failed") in seen and (2, "done") in seen
    names = sorted(p.name for p in out.iterdir())
    today = dt.date.today().isoformat()
    assert names == [f"AnakGENIUS - Ani - {today}.mp4", f"AnakGENIUS - Budi - {today}.mp4"]
    assert all(probe(out / n).height == 1920 for n in names)
    text = summary(items)
    assert "2 of 3 videos exported" in text and "Citra.mp4" in text


@pytest.mark.slow
def test_batch_keeps_the_first_seconds_up_to_the_limit(make_clip, tmp_path, monkeypatch):
    from app.campaigns import packs as campaign

    clip = make_clip(seconds=3, size="160x90")
    real = campaign.get_campaign

    def short_limit(cid=campaign.DEFAULT_CAMPAIGN):
        import dataclasses

        return dataclasses.replace(real(cid), max_seconds=2.0)

    monkeypatch.setattr("app.export.job.get_campaign", short_limit)
    items = run_batch([BatchItem(str(clip))], Edit(preset="draft"), tmp_path)
    assert items[0].status == "done"
    assert probe(items[0].output).duration == pytest.approx(2.0, abs=0.05)


@pytest.mark.slow
def test_batch_cancel_marks_the_rest(make_clip, tmp_path):
    clips = [make_clip(seconds=1.5, name=f"k{i}.mp4") for i in range(3)]
    calls = []

    def cancel_after_first() -> bool:
        return any(status == "done" for _, status in calls)

    items = run_batch([BatchItem(str(c)) for c in clips], Edit(preset="draft"), tmp_path,
                      on_item=lambda i, it: calls.append((i, it.status)), should_cancel=cancel_after_first)
    assert [i.status for i in items] == ["done", "cancelled", "cancelled"]
    assert len(list(tmp_path.glob("*.mp4"))) == 1


def test_collect_clips_from_a_folder(tmp_path):
    for name in ("b.MP4", "a.mov", "notes.txt"):
        (tmp_path / name).touch()
    assert [p.name for p in collect_clips([tmp_path])] == ["a.mov", "b.MP4"]


@pytest.mark.slow
def test_batch_cli_reports_and_exits_1_when_one_failed(make_clip, tmp_path):
    folder = tmp_path / "kelas"
    folder.mkdir()
    good = make_clip(seconds=1.5, name="Dewi.mp4")
    (folder / "Dewi.mp4").write_bytes(good.read_bytes())
    (folder / "Eko.mp4").write_text("broken")
    out = tmp_path / "hasil"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "app", "batch", str(folder), "-o", str(out), "--preset", "draft"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert "1 of 2 videos exported" in result.stdout and "Eko.mp4" in result.stdout
    assert len(list(out.glob("*.mp4"))) == 1
