"""A brief that comes in by a bundle is written with Core statements (#17, the bundle
benchmark): the same rows and the same version snapshot as the position editor writes, and a
point to make whose text did not change keeps its delivered tick."""

from __future__ import annotations

from dataclasses import replace

from adgsom_desktop.services.position_records import DefensiveLineRec, TheirObjectiveRec
from tests.bundle_fixtures import Pair


def _briefed(pair: Pair) -> int:
    return next(i.id for i in pair.a.agenda.items(pair.meeting) if pair.a.positions.get(i.id))


def test_a_brief_arrives_whole_with_its_version_and_keeps_a_delivered_point(pair: Pair) -> None:
    item = _briefed(pair)
    rec = pair.a.positions.get(item)
    assert rec is not None
    content = replace(
        rec.content,
        fallbacks=("Fallback one", "Fallback two: ຂໍ້ສະເໜີ"),
        points=("Point A", "Point B", "Point C: ประเด็น"),
        their_objectives=(TheirObjectiveRec("SG", "Their aim", "Our answer"),),
        defensive_lines=(DefensiveLineRec("Why now?", "Because the plan ends."),),
        press_line="Press line.",
    )
    pair.a.positions.save(item, content, reopen_approved=True)
    pair.receive(pair.send("one"))
    got = pair.b.positions.get(item)
    sent = pair.a.positions.get(item)
    assert got is not None and sent is not None
    mine = replace(got.content, owner_id=None)
    theirs = replace(sent.content, owner_id=None)
    assert mine == theirs
    newest = pair.b.positions.versions(item)[-1]
    assert replace(newest.content, owner_id=None) == theirs  # the snapshot, tags included
    assert newest.version_no == got.version_no and newest.status == got.status
    # the head ticks point B in the room; the aide rewrites point C: B keeps its tick
    b_point = next(p for p in pair.b.live.points(item) if p.text == "Point B")
    pair.b.live.set_delivered(b_point.id)
    pair.a.positions.save(
        item,
        replace(content, points=("Point A", "Point B", "Point C, rewritten")),
        reopen_approved=True,
    )
    pair.receive(pair.send("two"))
    points = pair.b.live.points(item)
    assert [p.text for p in points] == ["Point A", "Point B", "Point C, rewritten"]
    assert [p.delivered_at is not None for p in points] == [False, True, False]
    assert pair.b.positions.versions(item)[-1].version_no == newest.version_no + 1
