"""The briefs a bundle or a trip carries are read in a few statements for a whole scope
(``sync/brief_reader.py``, #17 speed); the content must be the very content the one-brief
reader (``canon.position_content``, what approval signatures hash) gives, brief by brief,
or every brief would look changed at the next exchange."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from adgsom_desktop.domain.models import Position


def test_every_brief_of_the_demo_reads_the_same_both_ways(demo_services: Any) -> None:
    from adgsom_desktop.services.sync.brief_reader import read_briefs
    from adgsom_desktop.services.sync.canon import Links, position_content
    from adgsom_desktop.services.sync.kinds import Conv

    with demo_services.ctx.read() as s:
        positions = list(s.scalars(select(Position).order_by(Position.id)))
        item_ids = [p.item_id for p in positions]
        one = Links(s)
        one.fetch(Conv.ITEM, item_ids)
        expected = {
            p.id: (p.item_id, position_content(s, p, one)) for p in positions if p.version_no != 0
        }
        batch = Links(s)
        batch.fetch(Conv.ITEM, item_ids)
        got = {pid: (item, content) for pid, item, content in read_briefs(s, item_ids, batch)}
    assert got == expected
    briefs = [c["brief"] for _i, c in expected.values()]
    # the demo exercises every part of a brief's content, so the comparison means something
    assert len(expected) >= 10
    assert any(c["approval"] for _i, c in expected.values())
    assert any(b["owner"] for b in briefs)
    for section in ("fallbacks", "points", "their_objectives", "defensive_lines"):
        assert any(len(b[section]) > 1 for b in briefs), section
    assert any(t["delegation_code"] for b in briefs for t in b["their_objectives"])
