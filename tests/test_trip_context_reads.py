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


def test_a_trip_copy_holds_the_carried_rows_as_the_team_store_does(
    demo_master: Path, tmp_path: Path
) -> None:
    """The texts and projects written in one executemany each (``trip_carry``): every value
    as the team store holds it (dates, times, flags), the links outside the part aside."""
    import shutil

    from adgsom_desktop.domain.base import Base
    from adgsom_desktop.services import trip_carry
    from adgsom_desktop.services.trip_service import take_trip
    from tests.test_trip_read_only import MEETING

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        take_trip(team, team.events.meeting(MEETING).event_id, tmp_path / "trip.adgsom")
    finally:
        team.close()
    links = trip_carry._MEETING | trip_carry._ITEM | trip_carry._DELEGATION | trip_carry._TAG
    compared = 0
    tables = (*trip_carry.TEXT_TABLES, *trip_carry.PROJECT_TABLES)
    stores = [
        Services.for_store(Store.open(p), actor="t") for p in (team_path, tmp_path / "trip.adgsom")
    ]
    try:
        for name in tables:
            table = Base.metadata.tables[name]
            cols = [c for c in table.c if c.key not in links]
            held = []
            for svc in stores:
                with svc.ctx.read() as s:
                    held.append({r[0]: tuple(r) for r in s.execute(select(*cols))})
            team_rows, trip_rows = held
            assert set(trip_rows) <= set(team_rows), name
            for rid, row in trip_rows.items():
                assert row == team_rows[rid], (name, rid)
                assert [type(v) for v in row] == [type(v) for v in team_rows[rid]]
                compared += 1
        assert compared > 400
    finally:
        for svc in stores:
            svc.close()


def test_the_read_back_of_a_bring_back_reads_the_written_kinds_as_a_whole_read_does(
    demo_master: Path, tmp_path: Path, monkeypatch
) -> None:
    """After writing, an import reads back only the kinds it wrote (``PlanWriter._remember``):
    each record as the read of every kind finds it, and the stores agree afterwards."""
    import shutil

    from adgsom_desktop.services.sync import plan_writer
    from adgsom_desktop.services.sync.canon import Scope, read_scope
    from adgsom_desktop.services.sync.holdings import ALL_KINDS
    from adgsom_desktop.services.trip_service import return_trip, take_trip
    from tests.test_trip_read_only import MEETING, _som

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        take_trip(team, team.events.meeting(MEETING).event_id, tmp_path / "trip.adgsom")
    finally:
        team.close()
    trip = Services.for_store(Store.open(tmp_path / "trip.adgsom"), actor="aide")
    limited: list[frozenset] = []

    def both(session, scope: Scope):
        got = read_scope(session, scope)
        if scope.kinds != ALL_KINDS:
            limited.append(scope.kinds)
            whole = read_scope(session, Scope(scope.meeting_ids, ALL_KINDS))
            for key, cur in got.items():
                if cur.kind in scope.kinds:
                    assert whole[key] == cur, key
        return got

    try:
        notes = trip.notes.notes(_som(trip))[:3]
        for n in notes:
            trip.notes.edit(n.id, text=f"{n.text} (edited offline)", kind=n.kind,
                            item_id=n.item_id, speaker_delegation_id=n.speaker_delegation_id,
                            speaker_person_id=n.speaker_person_id,
                            observed_stance=n.observed_stance)  # fmt: skip
        monkeypatch.setattr(plan_writer, "read_scope", both)
        back = return_trip(trip)
        assert "3 notes" in back.to_team.summary()
        assert limited and all(len(k) < len(ALL_KINDS) for k in limited)
        monkeypatch.undo()
        again = return_trip(trip)  # the stores agree: nothing more either way
        assert not again.to_team.lines and not again.to_trip.lines
    finally:
        trip.close()
