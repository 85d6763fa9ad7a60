"""Reads of an exchange made lighter (#17, speed) read what they read before: the earlier
meetings of a series (``trip_scope._earlier_in_series`` against ``earlier_in_series``,
meeting by meeting) and the audit entries a payload carries (columns, not objects)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from adgsom_desktop.domain.audit import AuditEntry
from adgsom_desktop.domain.models import Meeting
from adgsom_desktop.services.action_service import earlier_in_series
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.collect import _audit_since
from adgsom_desktop.services.trip_scope import _earlier_in_series
from adgsom_desktop.storage.store import Store


def test_the_earlier_meetings_of_a_series_are_those_found_meeting_by_meeting(
    demo_path: Path,
) -> None:
    svc = Services.for_store(Store.open(demo_path), actor="aide")
    try:
        with svc.ctx.write() as s:
            # two meetings of one series on one day: their order decides (and then the id)
            first, *rest = s.scalars(select(Meeting).where(Meeting.series != "")).all()
            twin = next(m for m in rest if m.series == first.series)
            twin.date, twin.ord = first.date or date(2026, 1, 1), first.ord
            first.date = twin.date
            meetings = s.scalars(select(Meeting)).all()
            assert sum(bool(earlier_in_series(s, m)) for m in meetings) >= 3
            by_event: dict[int, set[int]] = {}
            for m in meetings:
                by_event.setdefault(m.event_id, set()).add(m.id)
            groups = [*by_event.values(), {m.id for m in meetings}, {first.id, twin.id}]
            for own in groups:
                expected: set[int] = set()
                for m in meetings:
                    if m.id in own:
                        expected.update(earlier_in_series(s, m))
                assert _earlier_in_series(s, own) == expected
    finally:
        svc.close()


def test_the_audit_entries_a_payload_carries_are_the_log_as_it_stands(demo_path: Path) -> None:
    svc = Services.for_store(Store.open(demo_path), actor="aide")
    try:
        with svc.ctx.read() as s:
            entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
            assert len(entries) > 10
            expected = [
                {
                    "id": e.id,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": e.entity_id,
                    "detail": e.detail,
                    "prev_hash": e.prev_hash,
                    "hash": e.hash,
                }
                for e in entries
            ]
            got = _audit_since(s, None)
            assert got == expected
            assert [list(g) for g in got] == [list(e) for e in expected]  # same keys, order
    finally:
        svc.close()
