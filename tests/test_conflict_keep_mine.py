"""Settling a conflict that came in with a bundle (#17), through ``sync.resolve``: *keep
mine* leaves ours current, *take theirs* theirs, each written once, both kept in a brief's
history; the next bundle carries the choice to the other store, which takes it as newer
(review s35 T1: keep mine made theirs current while saying "ours kept").  A note's
conflict is named by our text (review s35 T8)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from adgsom_desktop.domain.models import StanceRecord
from adgsom_desktop.services.brief_conflict import Choice, Resolution
from adgsom_desktop.services.container import Services
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair


def briefed(pair: Pair) -> int:
    """An item of the meeting with a brief not approved (the same id in both stores)."""
    return next(
        i.id
        for i in pair.a.agenda.items(pair.meeting)
        if i.number and (p := pair.a.positions.get(i.id)) and p.status.value != "approved"
    )


def edit_brief(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)


def send_back(pair: Pair, name: str = "back") -> Any:
    """The head's store sends the meeting to the aide's, which imports it."""
    sent = pair.b.bundles.export(
        pair.meeting,
        pair.tmp / name,
        sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS,
        to_key_id=pair.aide_in_b,
    )
    opened = pair.a.bundles.open(sent.path, key_passphrase=AIDE_PASS)
    return pair.a.bundles.import_opened(opened, backup=False)


def objectives(svc: Services, item: int) -> list[str]:
    return [v.content.objective for v in svc.positions.versions(item)]


def current(svc: Services, item: int) -> str:
    rec = svc.positions.get(item)
    assert rec is not None
    return rec.content.objective


def brief_conflict(pair: Pair) -> tuple[int, int]:
    item = briefed(pair)
    edit_brief(pair.a, item, objective="AIDE objective.")
    edit_brief(pair.b, item, objective="HEAD objective.")
    assert pair.receive(pair.send()).conflicts == 1
    (c,) = pair.b.sync.conflicts()
    assert c.what == "brief"
    return item, c.id


def test_keep_mine_on_a_brief_keeps_mine_and_the_next_bundle_carries_it(pair: Pair) -> None:
    item, conflict = brief_conflict(pair)
    before = len(pair.b.positions.versions(item))
    pair.b.sync.resolve(conflict, Resolution(Choice.MINE))
    assert current(pair.b, item) == "HEAD objective."
    # theirs in the history, then ours as the result: two new versions
    assert objectives(pair.b, item)[before:] == ["AIDE objective.", "HEAD objective."]
    assert not pair.b.sync.conflicts()
    report = send_back(pair)
    assert report.conflicts == 0
    assert current(pair.a, item) == "HEAD objective."
    assert {"AIDE objective.", "HEAD objective."} <= set(objectives(pair.a, item))
    assert not pair.a.sync.conflicts()
    assert send_back(pair, "again").nothing_to_do


def test_take_theirs_on_a_brief_writes_theirs_once(pair: Pair) -> None:
    item, conflict = brief_conflict(pair)
    before = len(pair.b.positions.versions(item))
    pair.b.sync.resolve(conflict, Resolution(Choice.THEIRS))
    assert current(pair.b, item) == "AIDE objective."
    assert objectives(pair.b, item)[before:] == ["AIDE objective."]  # never twice
    assert send_back(pair).conflicts == 0
    assert current(pair.a, item) == "AIDE objective."
    assert not pair.a.sync.conflicts()


def test_a_brief_merged_by_hand_is_the_result_on_both_sides(pair: Pair) -> None:
    item, conflict = brief_conflict(pair)
    pair.b.sync.resolve(
        conflict, Resolution(Choice.MERGED, texts={"objective": "AGREED objective."})
    )
    assert current(pair.b, item) == "AGREED objective."
    assert {"AIDE objective.", "HEAD objective."} <= set(objectives(pair.b, item))
    assert send_back(pair).conflicts == 0
    assert current(pair.a, item) == "AGREED objective."


def test_keep_mine_per_section_keeps_the_other_sides_change_elsewhere(pair: Pair) -> None:
    """Each section both changed settled *mine*, the points only they changed stay theirs."""
    item = briefed(pair)
    rec = pair.a.positions.get(item)
    assert rec is not None
    points = (*rec.content.points, "The aide's point.")
    edit_brief(pair.a, item, red_line="AIDE red line.", press_line="AIDE press.", points=points)
    edit_brief(pair.b, item, red_line="HEAD red line.", press_line="HEAD press.")
    assert pair.receive(pair.send()).conflicts == 1
    (c,) = pair.b.sync.conflicts()
    pair.b.sync.resolve(
        c.id, Resolution(Choice.MERGED, picks={"red_line": "mine", "press_line": "theirs"})
    )
    got = pair.b.positions.get(item)
    assert got is not None
    assert (got.content.red_line, got.content.press_line) == ("HEAD red line.", "AIDE press.")
    assert got.content.points == points
    assert send_back(pair).conflicts == 0
    there = pair.a.positions.get(item)
    assert there is not None and there.content == got.content


# -- the other records: notes, stances, action items, outcomes ---------------------------------


def _stance(svc: Services, meeting: int) -> tuple[int, int]:
    from adgsom_desktop.domain.models import AgendaItem

    with svc.ctx.read() as s:
        row = s.execute(
            select(StanceRecord.item_id, StanceRecord.delegation_id)
            .join(AgendaItem, AgendaItem.id == StanceRecord.item_id)
            .where(AgendaItem.meeting_id == meeting)
            .order_by(StanceRecord.id)
        ).first()
    assert row is not None
    return int(row[0]), int(row[1])


def _edit_all(svc: Services, pair: Pair, who: str) -> None:
    """The same note, stance, action item and outcome edited by ``who``."""
    m = pair.meeting
    n = svc.notes.notes(m)[0]
    svc.notes.edit(n.id, text=f"{who} note.", kind=n.kind, item_id=n.item_id,
                   speaker_delegation_id=n.speaker_delegation_id)  # fmt: skip
    item, delegation = _stance(svc, m)
    cell = svc.stances.cell(item, delegation)
    svc.stances.set_cell(item, delegation, expected=cell.expected,
                         expected_note=cell.expected_note, observed=cell.observed,
                         observed_note=f"{who} stance note.")  # fmt: skip
    a = next(a for a in svc.actions.actions() if a.meeting_id == m)
    svc.actions.update(a.id, text=f"{who} action.", owner_person_id=a.owner_person_id,
                       owner_delegation_id=a.owner_delegation_id, owner_agency=a.owner_agency,
                       due_date=a.due_date, status=a.status, item_id=a.item_id)  # fmt: skip
    o = svc.outcomes.for_meeting(m)[0]
    svc.outcomes.edit(o.id, o.verb, f"{who} outcome.")


def _seen(svc: Services, pair: Pair) -> tuple[str, str, str, str]:
    m = pair.meeting
    item, delegation = _stance(svc, m)
    notes = {n.text for n in svc.notes.notes(m)}
    actions = {a.text for a in svc.actions.actions() if a.meeting_id == m}
    outcomes = {o.text for o in svc.outcomes.for_meeting(m)}
    return (
        next(t for t in notes if t.endswith(" note.")),
        svc.stances.cell(item, delegation).observed_note,
        next(t for t in actions if t.endswith(" action.")),
        next(t for t in outcomes if t.endswith(" outcome.")),
    )


def _conflicting(pair: Pair) -> list[Any]:
    _edit_all(pair.a, pair, "AIDE")
    _edit_all(pair.b, pair, "HEAD")
    assert pair.receive(pair.send()).conflicts == 4
    found = pair.b.sync.conflicts()
    assert sorted(c.what for c in found) == ["action item", "note", "outcome", "stance"]
    return found


def test_keep_mine_on_notes_stances_actions_and_outcomes(pair: Pair) -> None:
    head = ("HEAD note.", "HEAD stance note.", "HEAD action.", "HEAD outcome.")
    for c in _conflicting(pair):
        pair.b.sync.resolve(c.id, Resolution(Choice.MINE))
    assert _seen(pair.b, pair) == head
    assert send_back(pair).conflicts == 0
    assert _seen(pair.a, pair) == head
    assert not pair.a.sync.conflicts() and not pair.b.sync.conflicts()


def test_take_theirs_on_notes_stances_actions_and_outcomes(pair: Pair) -> None:
    aide = ("AIDE note.", "AIDE stance note.", "AIDE action.", "AIDE outcome.")
    for c in _conflicting(pair):
        pair.b.sync.resolve(c.id, Resolution(Choice.THEIRS))
    assert _seen(pair.b, pair) == aide
    assert send_back(pair).conflicts == 0
    assert _seen(pair.a, pair) == aide
    assert not pair.a.sync.conflicts()


# -- T8: a note's conflict named by our text ------------------------------------------------------


def test_a_note_conflict_is_named_by_our_text(pair: Pair) -> None:
    n = pair.a.notes.notes(pair.meeting)[0]
    for svc, who in ((pair.a, "AIDE"), (pair.b, "HEAD")):
        svc.notes.edit(n.id, text=f"{who} edit of the note.", kind=n.kind, item_id=n.item_id,
                       speaker_delegation_id=n.speaker_delegation_id)  # fmt: skip
    assert pair.receive(pair.send()).conflicts == 1
    (c,) = pair.b.sync.conflicts()
    assert "HEAD edit" in c.label and "AIDE" not in c.label
    view = pair.b.sync.conflict_view(c.id)
    assert "HEAD edit" in view.explanation and "AIDE edit" not in view.explanation
    done = pair.b.sync.resolve(c.id, Resolution(Choice.MINE))
    assert "HEAD edit" in done.label and "AIDE" not in done.label
