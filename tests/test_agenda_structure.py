"""The agenda builder's services: structure, tags, delete and restore, copy between meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, MemberRole, PositionStatus, Purpose, Stance
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.agenda_records import ItemFields
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.records import DocumentRef
from tests.helpers import approve


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    return services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="6th ADGSOM",
        series="ADGSOM",
        date=date(2026, 1, 12),
    )


def _labels(services: Any, meeting_id: int) -> list[tuple[str, str]]:
    return [(i.number, i.title) for i in services.agenda.items(meeting_id)]


def test_indent_outdent_and_move_renumber(services: Any, meeting: Any) -> None:
    a = services.agenda.add_item(meeting.id, "Opening")
    b = services.agenda.add_item(meeting.id, "ADM 2026-2030")
    c = services.agenda.add_item(meeting.id, "AI governance")
    d = services.agenda.add_item(meeting.id, "Data governance")
    services.agenda.indent(c.id)
    services.agenda.indent(d.id)  # d goes under b, after c
    assert _labels(services, meeting.id) == [
        ("1", "Opening"),
        ("2", "ADM 2026-2030"),
        ("2.1", "AI governance"),
        ("2.2", "Data governance"),
    ]
    services.agenda.indent(d.id)  # under c: third level
    assert ("2.1.a", "Data governance") in _labels(services, meeting.id)
    with pytest.raises(ValidationError, match="no item above it"):
        services.agenda.indent(a.id)
    services.agenda.outdent(d.id)
    services.agenda.move_by(b.id, -1)
    assert _labels(services, meeting.id) == [
        ("1", "ADM 2026-2030"),
        ("1.1", "AI governance"),
        ("1.2", "Data governance"),
        ("2", "Opening"),
    ]
    with pytest.raises(ValidationError, match="already first"):
        services.agenda.move_by(b.id, -1)
    with pytest.raises(ValidationError, match="top level"):
        services.agenda.outdent(a.id)
    with pytest.raises(ValidationError, match="under itself"):
        services.agenda.move_item(b.id, d.id, 0)
    # Drag and drop: anywhere, with the sub-items.
    services.agenda.move_item(b.id, a.id, 0)
    assert _labels(services, meeting.id) == [
        ("1", "Opening"),
        ("1.1", "ADM 2026-2030"),
        ("1.1.a", "AI governance"),
        ("1.1.b", "Data governance"),
    ]
    assert services.agenda.placement(b.id).parent_id == a.id


def test_fixed_numbers_stay_and_clash_is_refused(services: Any, meeting: Any) -> None:
    a = services.agenda.add_item(meeting.id, "Opening")
    b = services.agenda.add_item(meeting.id, "Late item", fixed_number="2bis")
    services.agenda.add_item(meeting.id, "Closing")
    assert _labels(services, meeting.id) == [
        ("1", "Opening"),
        ("2bis", "Late item"),
        ("3", "Closing"),  # the count goes on after 2bis
    ]
    with pytest.raises(ValidationError, match="already numbered 2bis"):
        services.agenda.set_fields(a.id, ItemFields("Opening", fixed_number="2bis"))
    # Saving the same fixed number again is not a clash with itself.
    services.agenda.set_fields(b.id, ItemFields("Late item (revised)", fixed_number="2bis"))
    services.agenda.set_fields(b.id, ItemFields("Late item (revised)"))
    assert _labels(services, meeting.id)[1] == ("2", "Late item (revised)")


def _add(services: Any, meeting_id: int, *titles: str) -> list[Any]:
    return [services.agenda.add_item(meeting_id, t) for t in titles]


def test_a_number_fixed_by_hand_sets_the_count_and_is_never_given_twice(
    services: Any, meeting: Any
) -> None:
    _a, b, _c, _d = _add(services, meeting.id, "A", "B", "C", "D")
    services.agenda.set_fields(b.id, ItemFields("B", fixed_number="5"))
    _add(services, meeting.id, "E", "F", "G")
    numbers = [n for n, _t in _labels(services, meeting.id)]
    assert numbers == ["1", "5", "6", "7", "8", "9", "10"]
    # Moved after the items numbered from it, the fixed 5 is still never given twice:
    # the automatic count steps over it.
    services.agenda.move_item(b.id, None, 6)
    assert _labels(services, meeting.id) == [
        ("1", "A"),
        ("2", "C"),
        ("3", "D"),
        ("4", "E"),
        ("6", "F"),
        ("7", "G"),
        ("5", "B"),
    ]
    numbers = [n for n, _t in _labels(services, meeting.id)]
    assert len(set(numbers)) == len(numbers)


def test_bis_items_follow_the_item_they_are_added_to(services: Any, meeting: Any) -> None:
    a, b, c = _add(services, meeting.id, "Opening", "ADM 2026-2030", "AI governance")
    services.agenda.add_item(meeting.id, "Sub-item", parent_id=c.id)
    # Fixing item 2 itself as 2bis: the count does not go back, the next item is 3.
    services.agenda.set_fields(b.id, ItemFields("ADM 2026-2030", fixed_number="2bis"))
    assert [n for n, _t in _labels(services, meeting.id)] == ["1", "2bis", "3", "3.1"]
    services.agenda.set_fields(b.id, ItemFields("ADM 2026-2030"))
    # An item added after item 2 as 2bis: item 3 stays 3.
    late = services.agenda.add_item(meeting.id, "Late item", fixed_number="2bis")
    services.agenda.move_item(late.id, None, 2)
    assert _labels(services, meeting.id) == [
        ("1", "Opening"),
        ("2", "ADM 2026-2030"),
        ("2bis", "Late item"),
        ("3", "AI governance"),
        ("3.1", "Sub-item"),
    ]
    # Under an item: 3.1bis continues the count of item 3's sub-items.
    sub2 = services.agenda.add_item(meeting.id, "Annex", parent_id=c.id, fixed_number="3.1bis")
    services.agenda.add_item(meeting.id, "Next sub-item", parent_id=c.id)
    assert [n for n, _t in _labels(services, meeting.id)][-3:] == ["3.1", "3.1bis", "3.2"]
    # A fixed number outside the count ("AOB") uses nothing up.
    services.agenda.set_fields(a.id, ItemFields("Any other business", fixed_number="AOB"))
    assert [n for n, _t in _labels(services, meeting.id)] == [
        "AOB",
        "1",
        "2bis",
        "3",
        "3.1",
        "3.1bis",
        "3.2",
    ]
    assert services.agenda.item(sub2.id).number == "3.1bis"


def test_fields_documents_and_tags(services: Any, meeting: Any) -> None:
    item = services.agenda.add_item(
        meeting.id,
        "Digital Economy Framework Agreement",
        tags=("do6", "ea 6.3"),
        documents=(DocumentRef("ADGSOM/2026/DOC.7", "DEFA text"),),
    )
    assert item.tags == ("ADM2025 DO6", "ADM2025 EA 6.3")
    services.agenda.set_fields(
        item.id,
        ItemFields(
            "DEFA",
            Purpose.DECISION,
            "SG",
            "Singapore with ASEC",
            45,
            "Conclude",
            documents=(DocumentRef("ADGSOM/2026/DOC.7", "DEFA text"), DocumentRef("", "")),
        ),
    )
    rec = services.agenda.item(item.id)
    assert (rec.purpose, rec.lead_code, rec.est_minutes, len(rec.documents)) == (
        Purpose.DECISION,
        "SG",
        45,
        1,
    )
    assert rec.tags == ("ADM2025 DO6", "ADM2025 EA 6.3")  # editing fields leaves tags alone
    # Saving a brief without tags does not wipe the item's tags (they belong to the item).
    services.positions.save(item.id, PositionContent(objective="Conclude DEFA"))
    assert services.agenda.item(item.id).tags == ("ADM2025 DO6", "ADM2025 EA 6.3")
    services.agenda.set_tags(item.id, ["DO3"])
    assert services.agenda.item(item.id).tags == ("ADM2025 DO3",)
    for bad in ("DO9", "XY1", "DO1.2"):
        with pytest.raises(ValidationError):
            services.agenda.set_tags(item.id, [bad])
    assert services.agenda.item(item.id).tags == ("ADM2025 DO3",)
    with pytest.raises(ValidationError, match="1440"):
        services.agenda.set_fields(item.id, ItemFields("DEFA", est_minutes=5000))


def test_delete_and_restore_puts_everything_back(services: Any, meeting: Any) -> None:
    parent = services.agenda.add_item(meeting.id, "ADM 2026-2030")
    child = services.agenda.add_item(meeting.id, "Annex: กรอบ AI", parent_id=parent.id)
    services.agenda.add_item(meeting.id, "Closing")
    services.agenda.set_tags(child.id, ["DO8"])
    services.positions.save(child.id, PositionContent(objective="Endorse", points=("One", "Two")))
    services.positions.save(
        child.id, PositionContent(objective="Endorse with edits", points=("One",))
    )
    vn = next(d for d in services.delegations.delegations() if d.code == "VN")
    services.stances.set_cell(child.id, vn.id, expected=Stance.SUPPORT, observed=Stance.UNKNOWN)
    note = services.notes.add(meeting.id, "VN supports", item_id=child.id)
    person = services.delegations.save_person(delegation_id=vn.id, full_name="Nguyễn Văn A")
    services.counterparts.link(person.id, child.id, "Chairs the AI group")
    before = _labels(services, meeting.id)

    snap = services.agenda.delete_item(parent.id)
    assert _labels(services, meeting.id) == [("1", "Closing")]
    assert services.notes.notes(meeting.id)[0].item_id is None
    assert services.search.search("Endorse with edits").hits == ()

    remap = services.agenda.restore_items(snap)
    assert remap == {}
    assert _labels(services, meeting.id) == before
    assert [v.version_no for v in services.positions.versions(child.id)] == [1, 2]
    assert services.positions.get(child.id).content.points == ("One",)
    assert services.agenda.item(child.id).tags == ("ADM2025 DO8",)
    assert services.stances.cell(child.id, vn.id).expected is Stance.SUPPORT
    assert [n.item_id for n in services.notes.notes(meeting.id) if n.id == note.id] == [child.id]
    assert [i.item_id for i in services.counterparts.counterpart(person.id).interests] == [child.id]
    assert services.search.search("Endorse with edits").hits[0].item_id == child.id


def test_restore_when_ids_were_taken_meanwhile(services: Any, meeting: Any) -> None:
    a = services.agenda.add_item(meeting.id, "First")
    last = services.agenda.add_item(meeting.id, "Last")
    services.positions.save(last.id, PositionContent(objective="Keep"))
    snap = services.agenda.delete_item(last.id)
    # SQLite reuses the highest free id: a new item (and position) takes them; a team
    # store (PostgreSQL) never hands an id out twice, so the item comes back with its own.
    other = services.agenda.add_item(meeting.id, "Newcomer")
    reused = services.store.dialect == "sqlite"
    assert (other.id == last.id) is reused
    services.positions.save(other.id, PositionContent(objective="Newcomer brief"))
    remap = services.agenda.restore_items(snap)
    new_id = remap.get(last.id, last.id)
    assert (new_id != last.id) is reused
    assert services.positions.get(new_id).content.objective == "Keep"
    assert services.positions.get(other.id).content.objective == "Newcomer brief"
    assert [i.title for i in services.agenda.items(meeting.id)] == ["First", "Last", "Newcomer"]
    assert a.id in {i.id for i in services.agenda.items(meeting.id)}


def test_copy_agenda_with_and_without_positions(services: Any, meeting: Any) -> None:
    event = services.events.save_event(title="7th ADGMIN and related meetings")
    target = services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="7th ADGSOM",
        series="ADGSOM",
        date=date(2027, 1, 15),
    )
    a = services.agenda.add_item(meeting.id, "ADM 2026-2030", tags=("DO8",))
    b = services.agenda.add_item(meeting.id, "Annex", parent_id=a.id, fixed_number="1bis")
    services.agenda.add_item(meeting.id, "AOB")
    services.positions.save(b.id, PositionContent(objective="Endorse the annex", points=("P1",)))
    approve(services, b.id, _our_member(services).id)

    added = services.agenda.copy_agenda(meeting.id, target.id, with_positions=True)
    items = services.agenda.items(target.id)
    assert [(i.number, i.title) for i in items] == [
        ("1", "ADM 2026-2030"),
        ("1bis", "Annex"),
        ("2", "AOB"),
    ]
    assert added.positions == 1 and len(added.item_ids) == 3 and len(added.root_ids) == 2
    copy = services.positions.get(items[1].id)
    assert copy.status is PositionStatus.DRAFT and copy.version_no == 1
    assert copy.content.objective == "Endorse the annex"
    assert (
        "copied from 6th ADGSOM, item 1bis" in services.positions.versions(items[1].id)[0].comment
    )
    assert items[0].tags == ("ADM2025 DO8",)
    # The copy remembers its source (continuity: carry forward finds it).
    assert services.carry.candidates(items[1].id)[0].item.id == b.id

    # A second copy, of chosen items only, without positions; the fixed number is taken.
    again = services.agenda.copy_agenda(meeting.id, target.id, item_ids={b.id})
    assert "numbered automatically" in again.notes[0]
    assert services.positions.get(again.item_ids[0]) is None
    with pytest.raises(ValidationError, match="another meeting"):
        services.agenda.copy_agenda(meeting.id, meeting.id)


def _our_member(services: Any) -> Any:
    th = next(d for d in services.delegations.delegations() if d.code == "TH")
    return services.delegations.save_person(
        delegation_id=th.id, full_name="Head of Delegation", role=MemberRole.HEAD
    )
