"""Correct with several writers (issue 14, item 2), each finding as a test.

Before: audit ids were "tip + 1" read without a lock (two writers fork the chain);
numbers were "max + 1" with no lock nor unique rule (two outcomes, two addenda, two
pack references alike); ``expected_version`` was compared without a lock, and a
stale save of a brief was refused with "Reload", dropping the user's text.  Two
apps on one team store are two ``Services`` on one database here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.enums import MeetingKind, OutcomeVerb
from adgsom_desktop.errors import ConflictError
from adgsom_desktop.services.brief_conflict import (
    BriefConflict,
    Choice,
    Resolution,
    conflict_view,
)
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent


@pytest.fixture
def two_apps(team_url: str) -> Iterator[tuple[Any, Any]]:
    a = Services.open(team_url, actor="Somchai (aide)")
    b = Services.open(team_url, actor="Malee (head)")
    yield a, b
    a.close()
    b.close()


def _item(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    meeting = services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
    )
    return services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")


def test_a_stale_save_is_a_conflict_with_both_texts(services: Any) -> None:
    """Both backends: a save from an older version never overwrites the newer one."""
    item = _item(services)
    v1 = services.positions.save(item.id, PositionContent(objective="Endorse the plan"))
    services.positions.save(
        item.id,
        PositionContent(objective="Endorse the plan with the annex"),
        expected_version=v1.version_no,
    )
    mine = PositionContent(objective="Endorse the plan; defer the annex", red_line="No levy")
    with pytest.raises(BriefConflict) as caught:
        services.positions.save(item.id, mine, expected_version=v1.version_no)
    conflict = caught.value
    assert conflict.base == 1 and conflict.theirs.version_no == 2
    assert conflict.theirs.content.objective == "Endorse the plan with the annex"
    assert conflict.mine.objective == "Endorse the plan; defer the annex"
    assert services.positions.get(item.id).version_no == 2  # nothing overwritten
    view = conflict_view(conflict)
    # only the objective changed on both sides; the red line is mine alone (G1, s31)
    assert [s.key for s in view.sections] == ["objective"]
    objective = view.sections[0]
    assert objective.mine == "Endorse the plan; defer the annex"
    assert objective.theirs == "Endorse the plan with the annex"
    changed = {(s.kind, s.text.strip()) for s in objective.segments if s.kind != "same"}
    assert changed == {("removed", "with"), ("added", "; defer")}  # word by word


def test_two_apps_saving_one_brief_conflict_then_merge_keeps_both(
    two_apps: tuple[Any, Any],
) -> None:
    a, b = two_apps
    item = _item(a)
    v1 = a.positions.save(item.id, PositionContent(objective="Support", points=("One",)))
    seen_by_b = b.positions.get(item.id)  # B opens the brief at version 1
    a.positions.save(
        item.id,
        PositionContent(objective="Support, with a review clause", points=("One",)),
        expected_version=v1.version_no,
    )
    # B changed the objective too (both did: a conflict) and added a point (B's alone)
    mine = PositionContent(objective="Support fully", points=("One", "Two"))
    with pytest.raises(BriefConflict) as caught:
        b.positions.save(item.id, mine, expected_version=seen_by_b.version_no)
    conflict = caught.value
    assert conflict.theirs_by == "Somchai (aide)"
    assert str(conflict).startswith("Somchai (aide) saved this brief meanwhile (now version 2")
    merged = b.positions.resolve_conflict(
        conflict,
        Resolution(Choice.MERGED, texts={"objective": "Support, with a review clause"}),
    )
    assert merged.content.objective == "Support, with a review clause"
    assert merged.content.points == ("One", "Two")
    history = a.positions.versions(item.id)
    assert [(v.version_no, v.saved_by) for v in history][-3:] == [
        (2, "Somchai (aide)"),
        (3, "Malee (head)"),
        (4, "Malee (head)"),
    ]
    kept = b.positions.version(item.id, 3)  # the user's own text, kept in the history
    assert kept.content.points == ("One", "Two") and kept.content.objective == "Support fully"
    assert "not kept" in kept.comment and "merged by hand" in history[-1].comment
    assert a.audit.verify().ok


def test_resolving_after_yet_another_save_is_a_new_conflict(two_apps: tuple[Any, Any]) -> None:
    a, b = two_apps
    item = _item(a)
    v1 = a.positions.save(item.id, PositionContent(objective="A"))
    a.positions.save(item.id, PositionContent(objective="B"), expected_version=v1.version_no)
    with pytest.raises(BriefConflict) as caught:
        b.positions.save(item.id, PositionContent(objective="C"), expected_version=1)
    a.positions.save(item.id, PositionContent(objective="D"), expected_version=2)
    with pytest.raises(BriefConflict) as again:
        b.positions.resolve_conflict(caught.value, Resolution(Choice.MINE))
    assert again.value.theirs.content.objective == "D"
    done = b.positions.resolve_conflict(again.value, Resolution(Choice.THEIRS))
    assert done.content.objective == "D"
    assert [v.version_no for v in a.positions.versions(item.id)] == [1, 2, 3, 4, 5]


def _at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run ``calls`` in threads released together; their results or errors, in order."""
    start = threading.Barrier(len(calls))
    out: list[Any] = [None] * len(calls)

    def run(n: int, fn: Callable[[], Any]) -> None:
        start.wait()
        try:
            out[n] = fn()
        except Exception as exc:
            out[n] = exc

    threads = [threading.Thread(target=run, args=(n, fn)) for n, fn in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return out


def test_numbers_taken_at_once_are_never_the_same(two_apps: tuple[Any, Any]) -> None:
    a, b = two_apps
    item = _item(a)
    for _round in range(8):
        _at_once(
            lambda: a.outcomes.add(item.id, OutcomeVerb.NOTED, "noted by A"),
            lambda: b.outcomes.add(item.id, OutcomeVerb.AGREED, "agreed by B"),
        )
    ords = [o.ord for o in a.outcomes.for_item(item.id)]
    assert len(ords) == 16 and len(set(ords)) == 16
    meetings = _at_once(
        *(
            lambda s=s, n=n: s.events.save_meeting(
                event_id=1, kind=MeetingKind.OTHER, title=f"Side meeting {n}"
            )
            for n, s in enumerate((a, b, a, b))
        )
    )
    assert all(not isinstance(m, Exception) for m in meetings), meetings
    from adgsom_desktop.domain.models import Meeting

    with a.ctx.read() as s:
        orders = list(s.scalars(select(Meeting.ord).where(Meeting.event_id == 1)))
    assert len(orders) == len(set(orders)) == 5
    assert a.audit.verify().ok and a.audit.count() == b.audit.count()


def test_the_audit_chain_stays_one_chain_with_two_writers(two_apps: tuple[Any, Any]) -> None:
    a, b = two_apps
    item = _item(a)
    meeting_id = item.meeting_id
    for n in range(10):
        _at_once(
            lambda n=n: a.notes.add(meeting_id, f"A says {n}", item_id=item.id),
            lambda n=n: b.notes.add(meeting_id, f"B says {n}", item_id=item.id),
        )
    report = b.audit.verify()
    assert report.ok and report.anchored, report.problems
    actors = [e.actor for e in a.audit.entries(limit=100) if e.action == "create"]
    assert actors.count("Malee (head)") >= 10 and actors.count("Somchai (aide)") >= 10


def test_a_pack_reference_taken_meanwhile_is_refused(
    two_apps: tuple[Any, Any], tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's pack is numbered when prepared; A issues that number while B's renders: B's
    issue is refused (nothing recorded, no file placed), never a second BP-001."""
    from adgsom_desktop.reports import pack_builder
    from adgsom_desktop.services.pack_records import PackRequest

    a, b = two_apps
    item = _item(a)
    a.positions.save(item.id, PositionContent(objective="Endorse"))
    event_id = a.events.meeting(item.meeting_id).event_id
    request = PackRequest(event_id=event_id)
    render = pack_builder.render_pack
    issued: list[Any] = []

    def render_while_a_issues(*args: Any, **kw: Any) -> Any:
        if not issued:
            issued.append(None)
            issued[0] = a.packs.issue(request, tmp_path / "a.pdf")
        return render(*args, **kw)

    monkeypatch.setattr(pack_builder, "render_pack", render_while_a_issues)
    with pytest.raises(ConflictError, match="issued by another member meanwhile"):
        b.packs.issue(request, tmp_path / "b.pdf")
    assert not (tmp_path / "b.pdf").exists()
    again = b.packs.issue(request, tmp_path / "b.pdf")
    assert (issued[0].reference, again.reference) == ("TH/2026/BP-001", "TH/2026/BP-002")
    refs = [i.reference for i in a.packs.issues(event_id)]
    assert sorted(refs) == ["TH/2026/BP-001", "TH/2026/BP-002"]


def test_an_addendum_number_is_unique_in_the_store(services: Any) -> None:
    """The unique index of migration 0009: two issues can never hold one addendum number."""
    from sqlalchemy.exc import IntegrityError

    from adgsom_desktop.domain.enums import Audience
    from adgsom_desktop.domain.models import PackIssue

    with services.ctx.write() as s:
        root = PackIssue(reference="TH/2026/BP-001", audience=Audience.HOD)
        s.add(root)
        s.flush()
        s.add(
            PackIssue(
                reference="Add.1",
                audience=Audience.HOD,
                based_on_issue_id=root.id,
                addendum_no=1,
            )
        )
        root_id = root.id
    with pytest.raises((IntegrityError, ConflictError)), services.ctx.write() as s:
        s.add(
            PackIssue(
                reference="Add.1",
                audience=Audience.HOD,
                based_on_issue_id=root_id,
                addendum_no=1,
            )
        )


def test_other_apps_hear_of_a_change(two_apps: tuple[Any, Any]) -> None:
    """The team store's change feed: B hears of A's note (ids, no records: B re-reads
    them); A does not hear its own notice (its bus had the change already)."""
    from adgsom_desktop.services.changes import ChangeKind

    a, b = two_apps
    item = _item(a)
    heard_by_a: list[Any] = []
    heard_by_b: list[Any] = []
    a.bus.subscribe(heard_by_a.append)
    stop_a = a.ctx.listen_to_others()
    stop_b = b.ctx.listen_to_others()
    b.bus.subscribe(heard_by_b.append)
    try:
        note = a.notes.add(item.meeting_id, "Japan offers a workshop", item_id=item.id)
        a.store.feed.flush()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            c.kind is ChangeKind.NOTES for c in heard_by_b
        ):
            time.sleep(0.02)
    finally:
        stop_a()
        stop_b()
    notes = [c for c in heard_by_b if c.kind is ChangeKind.NOTES]
    assert [c.ids for c in notes] == [frozenset({note.id})]
    assert notes[0].meeting_id == item.meeting_id and notes[0].records == ()
    assert [c for c in heard_by_a if c.kind is ChangeKind.NOTES and not c.records] == []
