"""Numbers printed on trip copies (#17): a trip copy numbers its packs in a provisional series
reserved for it in the team store when it was taken, so two trips printing at once and the
team store printing meanwhile never print one number twice; Bring back enters every copy
printed on the trip in the team store's register with a final number and the provisional
one as its trace, and the trip copy takes the final numbers too."""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.pack_records import PackRequest
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # 6th ADGSOM (event 2 of the demo)


def _open(path: Path, actor: str) -> Services:
    return Services.for_store(Store.open(path), actor=actor)


def _briefed_item(svc: Services, meeting: int) -> int:
    return next(i.id for i in svc.agenda.items(meeting) if svc.positions.get(i.id))


def _issue(svc: Services, meeting: int, out: Path, copies: int, **kw: object) -> object:
    event_id = svc.events.meeting(meeting).event_id
    item = _briefed_item(svc, meeting)
    request = PackRequest(
        event_id=event_id, meeting_ids=(meeting,), item_ids=(item,), copies=copies, **kw
    )  # type: ignore[arg-type]
    return svc.packs.issue(request, out)


def _trip_meeting(trip: Services) -> int:
    return next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")


def test_two_trips_print_at_once_and_the_register_holds_every_copy_once(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = _open(team_path, "capital")
    event_id = team.events.meeting(MEETING).event_id
    try:
        before = _issue(team, MEETING, tmp_path / "home0.pdf", 2)
        take_trip(team, event_id, tmp_path / "a.adgsom")
        take_trip(team, event_id, tmp_path / "b.adgsom")
    finally:
        team.close()
    code_year = before.reference.rsplit("/BP-", 1)[0]  # type: ignore[attr-defined]
    assert before.reference == f"{code_year}/BP-001"  # type: ignore[attr-defined]

    # both trips print offline, and capital prints meanwhile
    a = _open(tmp_path / "a.adgsom", "aide A")
    b = _open(tmp_path / "b.adgsom", "aide B")
    team = _open(team_path, "capital")
    try:
        ma, mb = _trip_meeting(a), _trip_meeting(b)
        a1 = _issue(a, ma, tmp_path / "a1.pdf", 3)
        a2 = _issue(a, ma, tmp_path / "a2.pdf", 1, recipients=("HoD", "Adviser"))
        item = _briefed_item(a, ma)
        rec = a.positions.get(item)
        assert rec is not None
        a.positions.save(
            item, replace(rec.content, press_line="Changed on the trip."), reopen_approved=True
        )
        a_add = a.packs.issue(
            PackRequest(event_id=a.events.meeting(ma).event_id, addendum_to=a1.issue_id),  # type: ignore[attr-defined]
            tmp_path / "a1-add.pdf",
        )
        b1 = _issue(b, mb, tmp_path / "b1.pdf", 2)
        home = _issue(team, MEETING, tmp_path / "home1.pdf", 1)
        printed = {
            x.reference: x  # type: ignore[attr-defined]
            for x in (a1, a2, a_add, b1, home)
        }
        assert len(printed) == 5  # five numbers printed, all different
        a_series = a1.reference.rsplit("/BP-", 1)[1].split("-")[0]  # type: ignore[attr-defined]
        b_series = b1.reference.rsplit("/BP-", 1)[1].split("-")[0]  # type: ignore[attr-defined]
        assert a_series != b_series and a_series.startswith("T") and b_series.startswith("T")
        assert a1.reference == f"{code_year}/BP-{a_series}-001"  # type: ignore[attr-defined]
        assert a2.reference == f"{code_year}/BP-{a_series}-002"  # type: ignore[attr-defined]
        assert a_add.reference == f"{a1.reference}/Add.1"  # type: ignore[attr-defined]
        assert home.reference == f"{code_year}/BP-002"  # type: ignore[attr-defined]
        # the trip's register says its numbers are provisional
        assert all("(provisional)" in r.reference for r in a.packs.register(None).rows)
    finally:
        team.close()
        b.close()

    # both come back (a after b)
    back_b = return_trip(b := _open(tmp_path / "b.adgsom", "aide B"))
    b.close()
    back_a = return_trip(a)
    assert back_a.to_team.register and back_b.to_team.register  # named in the report
    # each names the document printed and its readers (not the pack's title as a kind)
    for entry in (*back_a.to_team.register, *back_b.to_team.register):
        assert "of the briefing pack for the head of delegation" in entry, entry
    team = _open(team_path, "capital")
    try:
        # the two trip copies' audit logs are told apart (by their series), review s32 H13
        names = [log.name for log in team.audit.received()]
        assert len(set(names)) == len(names) == 2, names
        assert {n.split(":")[0] for n in names} == {
            f"Trip copy {a_series}",
            f"Trip copy {b_series}",
        }
        rows = team.packs.register(event_id).rows
        copies = Counter(r.issue_id for r in rows)
        issues = {i.id: i for i in team.packs.issues(event_id)}
        # every copy printed anywhere is in the register once: 2 + 3 + 2 + 1(add.) + 2 + 1
        assert len(rows) == 2 + 3 + 2 + 1 + 2 + 1
        assert len({(r.issue_id, r.copy_no) for r in rows}) == len(rows)
        # no final number twice; each trip pack with its provisional number as a trace
        refs = [(i.reference, i.addendum_no) for i in issues.values()]
        assert len(set(refs)) == len(refs)
        traces = {r.reference for r in rows}
        for provisional in (a1, a2, b1):
            mine = [t for t in traces if f"(printed as {provisional.reference})" in t]  # type: ignore[attr-defined]
            assert len(mine) == 1, (provisional, traces)
        assert any(f"(printed as {a_add.reference})" in t for t in traces), traces  # type: ignore[attr-defined]
        final_refs = sorted(i.reference for i in issues.values() if i.addendum_no is None)
        assert final_refs == [f"{code_year}/BP-{n:03d}" for n in range(1, 6)], refs
        assert Counter(copies.values()) == Counter({2: 3, 1: 2, 3: 1})
        # the next pack printed at home takes the next number
        nxt = _issue(team, MEETING, tmp_path / "home2.pdf", 1)
        assert nxt.reference == f"{code_year}/BP-006"  # type: ignore[attr-defined]
    finally:
        team.close()
    # the trip copy took the final numbers; bringing it back again changes nothing
    try:
        trip_refs = {r.reference for r in a.packs.register(None).rows}
        assert not [r for r in trip_refs if "(provisional)" in r], trip_refs
        assert sum(f"(printed as {a1.reference})" in r for r in trip_refs) == 1  # type: ignore[attr-defined]
        again = return_trip(a)
        assert not again.to_team.register
        # printed after coming back: still the trip's own series, never a home number;
        # an addendum to a pack numbered for good takes the trip's series too
        a3 = _issue(a, _trip_meeting(a), tmp_path / "a3.pdf", 1)
        assert a3.reference == f"{code_year}/BP-{a_series}-003"  # type: ignore[attr-defined]
        rec = a.positions.get(item)
        assert rec is not None
        a.positions.save(
            item, replace(rec.content, press_line="Changed again."), reopen_approved=True
        )
        add2 = a.packs.issue(
            PackRequest(event_id=a.events.meeting(ma).event_id, addendum_to=a1.issue_id),  # type: ignore[attr-defined]
            tmp_path / "a1-add2.pdf",
        )
        assert add2.reference == f"{code_year}/BP-004/Add.{a_series}-2"
        later = return_trip(a)
        assert [e.split(" (printed")[0] for e in later.to_team.register] == [
            f"{code_year}/BP-007",
            f"{code_year}/BP-004/Add.2",
        ]
        assert {r.reference for r in a.packs.register(None).rows} >= {
            f"{code_year}/BP-004/Add.2 (printed as {add2.reference})"
        }
    finally:
        a.close()
    team = _open(team_path, "capital")
    try:
        rows = team.packs.register(event_id).rows
        assert len(rows) == 14  # the 11, home2, and the two printed after coming back
        refs = [(i.reference, i.addendum_no) for i in team.packs.issues(event_id)]
        assert len(set(refs)) == len(refs)
    finally:
        team.close()
