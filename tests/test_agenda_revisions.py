"""A revised agenda into a meeting that already has one (issue #21, item 3): update (the
default) matches items and keeps their positions, notes and stances; append numbers the
new items from the structure; never two items with one number, never a sub-item
numbered under another parent."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, Stance
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.agenda_records import ImportMode
from adgsom_desktop.services.position_records import PositionContent
from tests.agenda_files import TABLE_ROWS, write_table_agenda_docx

# Rev.1: a new item 3 (the others move down), DEFA renamed, "Cross-border data flows"
# dropped, ANSAC's sub-items swapped, the lunch moved.
REV1_ROWS = (
    TABLE_ROWS[0],
    TABLE_ROWS[1],
    ("09:30", "09:45", "3.", "Report of the 6th ADGSOM", "ASEC", "", ""),
    ("09:45", "10:30", "4.", "Progress under Desired Outcome 2: Digital Economy", "ASEC", "", ""),
    (
        "",
        "",
        "4.1",
        "Digital Economy Framework Agreement (DEFA): conclusion of negotiations",
        "Singapore",
        "",
        "",
    ),
    TABLE_ROWS[5],  # coffee break
    ("10:45", "12:30", "5.", "ASEAN Network Security Action Council (ANSAC)", "Malaysia", "", ""),
    ("", "", "(a)", "ASEAN CERT exercise report", "Thailand", "", ""),
    ("", "", "(b)", "ANSAC work plan 2027", "Malaysia", "", ""),
    ("12:30", "14:00", None, "Lunch", "", "", ""),
    ("14:00", "15:00", "6.", "Cooperation with Dialogue Partners", "ASEC", "", ""),
    ("15:30", "16:00", "7.", "Any other business", "Chair", "", ""),
)


def assert_clean_numbering(items: list[Any]) -> None:
    """Unique numbers; a sub-item continues its parent's number; top level in order."""
    numbers = [i.number for i in items]
    assert len(numbers) == len(set(numbers)), numbers
    by_id = {i.id: i for i in items}
    for i in items:
        if i.parent_id is not None:
            parent = by_id[i.parent_id].number
            assert i.number.startswith(parent) and i.number != parent, (i.number, parent)
            assert not i.number[len(parent)].isdigit(), (i.number, parent)
    top = [int(i.number) for i in items if i.parent_id is None and i.number.isdigit()]
    assert top == sorted(top), top


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="7th ADGMIN and related meetings")
    return services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM", date=date(2027, 1, 18)
    )


@pytest.fixture
def stored(services: Any, meeting: Any, tmp_path: Path) -> dict[str, Any]:
    """The provisional agenda in the store, with a brief, a note and a stance on items."""
    path = write_table_agenda_docx(tmp_path / "agenda.docx")
    services.agenda.import_items(meeting.id, AgendaImporter().from_file(path))
    items = {i.title: i for i in services.agenda.items(meeting.id)}
    defa = items["Digital Economy Framework Agreement (DEFA)"]
    services.positions.save(defa.id, PositionContent(objective="Conclude DEFA in 2027"))
    ansac = items["ANSAC work plan 2027"]
    note = services.notes.add(meeting.id, "Malaysia presented the plan", item_id=ansac.id)
    vn = next(d for d in services.delegations.delegations() if d.code == "VN")
    services.stances.set_cell(ansac.id, vn.id, expected=Stance.SUPPORT, observed=Stance.UNKNOWN)
    return {"defa": defa, "ansac": ansac, "note": note, "vn": vn, "items": items}


def test_update_keeps_positions_notes_and_stances_with_their_items(
    services: Any, meeting: Any, stored: dict[str, Any], tmp_path: Path
) -> None:
    rev = AgendaImporter().from_file(
        write_table_agenda_docx(tmp_path / "rev1.docx", rows=REV1_ROWS)
    )
    plan = services.agenda_imports.plan(meeting.id, rev)
    assert plan.new == 1 and plan.matched == 9
    assert [d.title for d in plan.dropped] == ["Cross-border data flows"]
    defa_row = next(r for r in plan.rows if r.item_id == stored["defa"].id)
    assert defa_row.matched_by == "similar title"
    # The dropped item is kept (not chosen for deletion).
    added = services.agenda.import_items(meeting.id, rev)  # update is the default
    assert len(added.item_ids) == 1 and len(added.updated_ids) == 9 and added.deleted == 0
    items = services.agenda.items(meeting.id)
    got = [(i.number, i.title) for i in items]
    assert got == [
        ("1", "Opening of the Meeting"),
        ("2", "Adoption of the Agenda"),
        ("3", "Report of the 6th ADGSOM"),
        ("4", "Progress under Desired Outcome 2: Digital Economy"),
        ("4.1", "Digital Economy Framework Agreement (DEFA): conclusion of negotiations"),
        ("4.2", "Cross-border data flows"),  # kept where it was
        ("5", "ASEAN Network Security Action Council (ANSAC)"),
        ("5(a)", "ASEAN CERT exercise report"),
        ("5(b)", "ANSAC work plan 2027"),
        ("6", "Cooperation with Dialogue Partners"),
        ("7", "Any other business"),
    ]
    assert_clean_numbering(items)
    by_title = {i.title: i for i in items}
    defa = by_title["Digital Economy Framework Agreement (DEFA): conclusion of negotiations"]
    assert defa.id == stored["defa"].id
    assert services.positions.get(defa.id).content.objective == "Conclude DEFA in 2027"
    ansac = by_title["ANSAC work plan 2027"]
    assert ansac.id == stored["ansac"].id
    assert services.notes.note(stored["note"].id).item_id == ansac.id
    assert services.stances.cell(ansac.id, stored["vn"].id).expected is Stance.SUPPORT
    assert by_title["ASEAN Network Security Action Council (ANSAC)"].slot == "10:45-12:30"
    lunch = next(e for e in services.programme.entries(meeting.id) if e.label == "Lunch")
    assert lunch.slot == "12:30-14:00"
    assert len(services.programme.entries(meeting.id)) == 4  # updated, not doubled
    # Undo puts the agenda back as it was (the swap keeps the brief with its item).
    services.agenda_imports.swap_agenda(added.before)
    back = services.agenda.items(meeting.id)
    assert [i.title for i in back] == [i.title for i in stored["items"].values()]
    assert services.positions.get(stored["defa"].id).content.objective == "Conclude DEFA in 2027"
    assert services.notes.note(stored["note"].id).item_id == stored["ansac"].id


def test_update_deletes_the_dropped_items_the_user_chose(
    services: Any, meeting: Any, stored: dict[str, Any], tmp_path: Path
) -> None:
    rev = AgendaImporter().from_file(
        write_table_agenda_docx(tmp_path / "rev1.docx", rows=REV1_ROWS)
    )
    dropped = services.agenda_imports.plan(meeting.id, rev).dropped
    added = services.agenda.import_items(meeting.id, rev, delete_ids=[d.id for d in dropped])
    assert added.deleted == 1
    items = services.agenda.items(meeting.id)
    assert "Cross-border data flows" not in [i.title for i in items]
    assert_clean_numbering(items)


def test_append_numbers_follow_the_structure_sub_items_included(
    services: Any, meeting: Any
) -> None:
    """The issue's finding: appended items read 1-4, 9-12, 5-8 and "12" kept "4(a)"."""
    first = "1. Opening\n2. Adoption of the agenda\n3. ADM 2026-2030\n4. Closing\n"
    services.agenda.import_items(meeting.id, AgendaImporter().from_text(first))
    second = (
        "1. Welcome\n2. Agenda\n3. Reports\n4. Partners\n"
        "    (a) Japan\n    (b) Korea\n    (c) China\n5. Side events\n6. Press\n7. Dates\n8. AOB\n"
    )
    preview = AgendaImporter().from_text(second)
    services.agenda.import_items(meeting.id, preview, mode=ImportMode.APPEND)
    items = services.agenda.items(meeting.id)
    top = [i.number for i in items if i.parent_id is None]
    assert top == [str(n) for n in range(1, 13)]
    partners = next(i for i in items if i.title == "Partners")
    subs = [i.number for i in items if i.parent_id == partners.id]
    assert partners.number == "8" and subs == ["8.1", "8.2", "8.3"]
    assert_clean_numbering(items)


def test_update_never_numbers_a_sub_item_under_another_parent(services: Any, meeting: Any) -> None:
    services.agenda.import_items(meeting.id, AgendaImporter().from_text("1. Opening\n2. AOB\n"))
    # Printed numbers that do not follow the structure: "4(a)" under what becomes item 3.
    text = "1. Opening\n2. AOB\n4. Partners\n    4(a) Japan\n    4(b) Korea\n"
    preview = AgendaImporter().from_text(text)
    rows = tuple(replace(r, fixed_number=r.number) for r in preview.items)
    services.agenda.import_items(meeting.id, rows)
    items = services.agenda.items(meeting.id)
    assert_clean_numbering(items)
    assert [i.number for i in items] == ["1", "2", "4", "4(a)", "4(b)"]
    # Appended again: the new parent is numbered 5, its sub-items follow it.
    services.agenda.import_items(meeting.id, rows[2:], mode=ImportMode.APPEND)
    items = services.agenda.items(meeting.id)
    assert_clean_numbering(items)
    assert [i.number for i in items][-3:] == ["5", "5.1", "5.2"]


@pytest.mark.slow
def test_cli_dry_run_shows_everything_then_updates(tmp_path: Path) -> None:
    """Item 1: the dry run shows number, title, lead, time slot, purpose and documents;
    item 3 from the command line: --mode update with the dropped items listed."""
    from adgsom_desktop.services.container import Services
    from tests.helpers import run_cli

    store = tmp_path / "cli.adgsom"
    assert run_cli("init", "--store", str(store), "--our-delegation", "TH").returncode == 0
    svc = Services.open(store)
    event = svc.events.save_event(title="7th ADGMIN and related meetings")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM")
    svc.close()
    first = write_table_agenda_docx(tmp_path / "agenda.docx", extra_columns=True)
    base = ("agenda", "import", "--store", str(store), "--meeting", str(meeting.id))
    dry = run_cli(*base, str(first), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Marking: ASEAN RESTRICTED" in dry.stdout
    assert "Meeting venue: stored “”, agenda “Manila, the Philippines”" in dry.stdout
    line = next(x for x in dry.stdout.splitlines() if "DEFA" in x)
    for fact in ("3.1", "lead: Singapore", "For endorsement", "documents: ADGSOM/2027/DOC.04"):
        assert fact in line, line
    assert "09:00-09:15" in next(x for x in dry.stdout.splitlines() if "Opening" in x)
    assert "[Break] Coffee Break" in dry.stdout
    assert "10 items and 4 programme entries would be written" in dry.stdout
    done = run_cli(*base, str(first), "--update-meeting")
    assert done.returncode == 0, done.stderr
    assert "meeting venue updated: Manila, the Philippines" in done.stdout
    rev = write_table_agenda_docx(tmp_path / "rev1.docx", rows=REV1_ROWS)
    dry = run_cli(*base, str(rev), "--dry-run")
    assert "9 items updated, 1 new" in dry.stdout
    assert "dropped: 3.2 Cross-border data flows (no longer on the agenda; kept)" in dry.stdout
    assert "<- updates 3.1 (by similar title)" in dry.stdout
    done = run_cli(*base, str(rev), "--delete-dropped")
    assert done.returncode == 0, done.stderr
    assert "1 item imported, 9 updated, 1 deleted" in done.stdout
    shown = run_cli("agenda", "show", "--store", str(store), "--meeting", str(meeting.id))
    assert "Cross-border" not in shown.stdout and "4.1" in shown.stdout
    svc = Services.open(store)
    try:
        assert svc.events.meeting(meeting.id).venue == "Manila, the Philippines"
        assert_clean_numbering(svc.agenda.items(meeting.id))
    finally:
        svc.close()
