"""Core services through their public API: agenda numbering, positions and notes
with history, settings, change notifications, audit chain, speaker matching."""

from __future__ import annotations

from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, NoteKind, Stance
from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.services.changes import ChangeKind
from adgsom_desktop.services.context import audit_hash
from adgsom_desktop.services.numbering import NumberingInput, compute_numbers
from adgsom_desktop.services.position_records import PositionContent, TheirObjectiveRec


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings")
    return services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM", sequence_no=6
    )


def test_numbering_rules() -> None:
    items = [
        NumberingInput(1, None, 0, None),
        NumberingInput(2, None, 1, None),
        NumberingInput(3, 2, 0, None),
        NumberingInput(4, 3, 0, None),
        NumberingInput(5, 3, 1, None),
        NumberingInput(6, 4, 0, None),
        NumberingInput(7, None, 2, "2bis"),
        NumberingInput(8, None, 3, None),
    ]
    assert compute_numbers(items) == {
        1: "1",
        2: "2",
        3: "2.1",
        4: "2.1.a",
        5: "2.1.b",
        6: "2.1.a.i",
        7: "2bis",
        8: "3",
    }


def test_agenda_numbers_follow_structure(services: Any, meeting: Any) -> None:
    a = services.agenda.add_item(meeting.id, "Adoption of the agenda")
    b = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan")
    c = services.agenda.add_item(meeting.id, "ADM 2026-2030", parent_id=b.id)
    services.agenda.add_item(meeting.id, "Annex on AI", parent_id=c.id)
    # Insert before b: b and its children renumber.
    services.agenda.add_item(meeting.id, "Opening remarks", after_id=None)
    first = services.agenda.add_item(meeting.id, "Welcome", after_id=a.id)
    labels = [(i.number, i.title, i.depth) for i in services.agenda.items(meeting.id)]
    assert labels == [
        ("1", "Adoption of the agenda", 0),
        ("2", "Welcome", 0),
        ("3", "ASEAN Digital Masterplan", 0),
        ("3.1", "ADM 2026-2030", 1),
        ("3.1.a", "Annex on AI", 2),
        ("4", "Opening remarks", 0),
    ]
    services.agenda.delete_item(first.id)
    assert [i.number for i in services.agenda.items(meeting.id)] == ["1", "2", "2.1", "2.1.a", "3"]


def test_fixed_numbers_are_unique(services: Any, meeting: Any) -> None:
    services.agenda.add_item(meeting.id, "Item", fixed_number="2bis")
    with pytest.raises(ValidationError, match="already numbered 2bis"):
        services.agenda.add_item(meeting.id, "Other", fixed_number="2bis")
    assert len(services.agenda.items(meeting.id)) == 1


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        ("x\ud800y", "lone surrogate"),
        ("bell\x07", "control characters"),
        ("x" * 5_000_000, "too long"),
    ],
)
def test_bad_titles_are_refused_and_nothing_written(
    services: Any, meeting: Any, title: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.agenda.add_item(meeting.id, title)
    assert services.agenda.items(meeting.id) == []


def test_position_history_keeps_every_version(services: Any, meeting: Any) -> None:
    item = services.agenda.add_item(meeting.id, "ADM 2026-2030")
    v1 = PositionContent(
        objective="Endorse ADM 2026-2030",
        stance=Stance.SUPPORT,
        fallbacks=("Endorse in principle",),
        red_line="No new funding",
        points=("Welcome the draft", "Stress inclusion"),
        their_objectives=(TheirObjectiveRec("SG", "Fast adoption", "Agree"),),
    )
    services.agenda.set_tags(item.id, ("do8", "ea 8.1"))  # tags belong to the item
    first = services.positions.save(item.id, v1)
    assert first.version_no == 1
    assert first.content.tags == ("ADM2025 DO8", "ADM2025 EA 8.1")
    second = services.positions.save(
        item.id,
        PositionContent(
            objective="Endorse with amendments",
            stance=Stance.SUPPORT_WITH_AMENDMENTS,
            points=("Welcome the draft", "Add a review clause"),
        ),
        expected_version=1,
    )
    assert second.version_no == 2
    # A delivered point keeps its identity across saves when its text is unchanged.
    assert second.points[0].id == first.points[0].id
    versions = services.positions.versions(item.id)
    assert [v.version_no for v in versions] == [1, 2]
    assert versions[0].content.objective == "Endorse ADM 2026-2030"
    assert versions[0].content.their_objectives[0].delegation_code == "SG"
    assert versions[1].content.stance is Stance.SUPPORT_WITH_AMENDMENTS
    from adgsom_desktop.errors import ConflictError

    with pytest.raises(ConflictError):
        services.positions.save(item.id, PositionContent(objective="stale"), expected_version=1)


def test_note_history_and_observed_stance(services: Any, meeting: Any) -> None:
    item = services.agenda.add_item(meeting.id, "DEFA")
    vn = next(d for d in services.delegations.delegations() if d.code == "VN")
    with pytest.raises(ValidationError, match="empty"):
        services.notes.add(meeting.id, "   ")
    note = services.notes.add(
        meeting.id,
        "Việt Nam supports the text",
        item_id=item.id,
        speaker_delegation_id=vn.id,
        observed_stance=Stance.SUPPORT,
    )
    services.notes.edit(
        note.id,
        text="Việt Nam supports the text with one amendment",
        kind=NoteKind.PROPOSAL,
        item_id=item.id,
        speaker_delegation_id=vn.id,
        observed_stance=Stance.SUPPORT_WITH_AMENDMENTS,
    )
    texts = [t for _v, t in services.notes.versions(note.id)]
    assert texts == ["Việt Nam supports the text", "Việt Nam supports the text with one amendment"]
    [current] = services.notes.notes(meeting.id)
    assert (current.version_no, current.kind, current.speaker_code) == (2, NoteKind.PROPOSAL, "VN")
    from adgsom_desktop.domain.models import StanceRecord

    with services.ctx.read() as s:
        row = s.query(StanceRecord).one()
        assert row.observed is Stance.SUPPORT_WITH_AMENDMENTS


def test_changes_are_announced_after_commit(services: Any, meeting: Any) -> None:
    seen: list[Any] = []
    services.ctx.bus.subscribe(seen.append)
    item = services.agenda.add_item(meeting.id, "Other matters")
    services.notes.add(meeting.id, "Any other business", item_id=item.id)
    assert [c.kind for c in seen] == [ChangeKind.AGENDA, ChangeKind.NOTES]
    assert seen[0].meeting_id == meeting.id and item.id in seen[0].ids
    with pytest.raises(ValidationError):
        services.agenda.add_item(meeting.id, "")
    assert len(seen) == 2  # a failed action announces nothing


def test_audit_log_is_a_hash_chain(services: Any, meeting: Any) -> None:
    services.agenda.add_item(meeting.id, "Opening")
    from adgsom_desktop.domain.models import AuditEntry

    with services.ctx.read() as s:
        entries = s.query(AuditEntry).order_by(AuditEntry.id).all()
        assert [e.action for e in entries] == ["create", "create", "create"]
        assert all(e.actor == "tester" for e in entries)
        prev = ""
        for e in entries:
            assert e.prev_hash == prev
            assert e.hash == audit_hash(e)
            prev = e.hash


def test_settings_validation(services: Any) -> None:
    settings = services.settings.update(
        our_delegation_code="vn",
        classifications=("Restricted", "Confidential"),
        default_classification="confidential",
    )
    assert settings.our_delegation_code == "VN"
    assert settings.classifications == ("RESTRICTED", "CONFIDENTIAL")
    assert settings.default_classification == "CONFIDENTIAL"
    with pytest.raises(ValidationError, match="No delegation"):
        services.settings.update(our_delegation_code="XX")
    with pytest.raises(ValidationError, match="not one of"):
        services.settings.update(default_classification="TOP SECRET")
    assert services.settings.get() == settings


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("VN", "VN"),
        ("viet", "VN"),
        ("Việt", "VN"),
        ("Thai", "TH"),
        ("ไทย", "TH"),
        ("ສປປ", "LA"),
        ("lao", "LA"),
        ("cambo", "KH"),
        ("កម្ពុជា", "KH"),
        ("မြန်မာ", "MM"),
        ("secretariat", "ASEC"),
        ("korea", "KR"),
    ],
)
def test_speaker_matching(services: Any, typed: str, code: str) -> None:
    assert services.delegations.match_speaker(typed)[0].delegation.code == code


def test_missing_records_are_reported(services: Any) -> None:
    with pytest.raises(NotFoundError):
        services.agenda.item(999)
    with pytest.raises(NotFoundError):
        services.events.meeting(999)
