"""What a bundle withholds from a member (not-for-disclosure background, personality notes)
is "not changed" by her (s32 H27, H6): a round trip through her never puts her stale copy
over the head's newer text, and a change the head made only there is no change for her (no
update, no conflict whose "theirs" is the old text of a section he never touched)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.structure_fields import PersonFields
from adgsom_desktop.services.sync.kinds import Kind
from adgsom_desktop.services.sync.merge import Action
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair


def _to_aide(pair: Pair, name: str) -> Any:
    """The head's bundle to the aide (for the delegation: what only he reads withheld),
    imported into her store."""
    sent = pair.b.bundles.export(
        pair.meeting,
        pair.tmp / name,
        sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS,
        to_key_id=pair.aide_in_b,
        audience="delegation",
    )
    opened = pair.a.bundles.open(sent.path, key_passphrase=AIDE_PASS)
    assert opened.payload.audience == "delegation"
    return opened


def _nfd_item(svc: Services, meeting: int) -> int:
    for i in svc.agenda.items(meeting):
        rec = svc.positions.get(i.id)
        if rec is not None and rec.content.background_nfd and rec.status.value != "approved":
            return i.id
    raise AssertionError("the demo has a draft brief with a not-for-disclosure background")


def _edit(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)


def _brief_lines(report: Any) -> list[tuple[Action, str]]:
    return [(ln.action, ln.label) for ln in report.lines if ln.kind is Kind.POSITION]


def test_a_round_trip_through_a_member_keeps_the_heads_newer_nfd(pair: Pair) -> None:
    item = _nfd_item(pair.b, pair.meeting)
    old = pair.a.positions.get(item)
    assert old is not None
    versions = len(pair.a.positions.versions(item))
    _edit(pair.b, item, background_nfd="H27-NFD: Cambodia privately accepts 48 hours.")

    opened = _to_aide(pair, "h1")
    assert "H27-NFD" not in opened.payload.to_json().decode("utf-8")
    report = pair.a.bundles.import_opened(opened, backup=False)
    # a change only in what she may not read is no change for her
    assert _brief_lines(report) == []
    mine = pair.a.positions.get(item)
    assert mine is not None and mine.content == old.content
    assert len(pair.a.positions.versions(item)) == versions

    _edit(pair.a, item, tactical="A27-TACT: stress the regional benefit.")
    report = pair.receive(pair.send("a1"))
    assert report.conflicts == 0
    got = pair.b.positions.get(item)
    assert got is not None
    assert got.content.tactical == "A27-TACT: stress the regional benefit."
    assert got.content.background_nfd == "H27-NFD: Cambodia privately accepts 48 hours."


def _counterpart_in(opened: Any, svc: Services) -> tuple[int, str]:
    """A counterpart the bundle carries, with a personality note (its id here, its bio)."""
    from sqlalchemy import select

    from adgsom_desktop.domain.models import Person

    uuids = [r.key for r in opened.payload.records if r.kind is Kind.PERSON and r.withheld]
    with svc.ctx.read() as s:
        for p in s.scalars(select(Person).where(Person.uuid.in_(uuids)).order_by(Person.id)):
            if p.bio:
                return p.id, p.bio
    raise AssertionError("the bundle carries a counterpart with a personality note")


def test_a_round_trip_through_a_member_keeps_the_heads_newer_personality_note(
    pair: Pair,
) -> None:
    probe = _to_aide(pair, "probe")  # which counterparts travel (same ids: demo copies)
    person, _bio = _counterpart_in(probe, pair.b)
    fields = PersonFields.of(pair.b.delegations.person(person))
    pair.b.delegations.put_person(replace(fields, bio="H27P-BIO: prefers a bilateral."), person)
    before_a = pair.a.delegations.person(person)

    report = pair.a.bundles.import_opened(_to_aide(pair, "h2"), backup=False)
    assert not [ln for ln in report.lines if ln.kind is Kind.PERSON]
    assert pair.a.delegations.person(person).bio == before_a.bio

    pair.a.counterparts.record_contact(
        person, last_met=date(2026, 11, 30), where="Hanoi", last_said="Open to 48 hours."
    )
    report = pair.receive(pair.send("a2"))
    assert report.conflicts == 0
    got = pair.b.delegations.person(person)
    assert got.bio == "H27P-BIO: prefers a bilateral."
    # what she recorded herself travels: her own change of a field she was not sent
    assert (got.last_met, got.last_met_where, got.last_said) == (
        date(2026, 11, 30),
        "Hanoi",
        "Open to 48 hours.",
    )


def test_a_withheld_change_is_no_conflict_for_the_member(pair: Pair, tmp_path: Path) -> None:
    item = _nfd_item(pair.b, pair.meeting)
    old = pair.a.positions.get(item)
    assert old is not None
    _edit(pair.b, item, background_nfd="H6-NFD-SECRET: the head's own reading.")
    _edit(pair.a, item, objective="A6-OBJ: the aide's objective.")

    report = pair.a.bundles.import_opened(_to_aide(pair, "h3"), backup=False)
    assert report.conflicts == 0, _brief_lines(report)
    assert not pair.a.sync.conflicts()
    mine = pair.a.positions.get(item)
    assert mine is not None
    assert mine.content.objective == "A6-OBJ: the aide's objective."
    assert mine.content.background_nfd == old.content.background_nfd

    # and back: the head has both, his NFD kept
    report = pair.receive(pair.send("a3"))
    assert report.conflicts == 0
    got = pair.b.positions.get(item)
    assert got is not None
    assert got.content.objective == "A6-OBJ: the aide's objective."
    assert got.content.background_nfd == "H6-NFD-SECRET: the head's own reading."
    # one more exchange each way changes nothing: both stores hold one revision
    again = pair.a.bundles.import_opened(_to_aide(pair, "h4"), backup=False)
    assert (again.updated, again.merged, again.conflicts) == (0, 0, 0)
    assert pair.receive(pair.send("a4")).updated == 0
