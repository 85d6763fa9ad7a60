"""A meeting's programme (issue #21, item 2): the service the week's timetable builds on,
and editing the programme where the meeting's details are edited."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, ProgrammeKind
from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.changes import ChangeKind
from adgsom_desktop.services.programme_records import ProgrammeEntryValues
from adgsom_desktop.services.store_setup import create_store
from tests.agenda_files import write_table_agenda_docx
from tests.conftest import save_artifact
from tests.prepare_fixtures import click, open_store

V = ProgrammeEntryValues


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="7th ADGMIN and related meetings")
    return services.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="7th ADGSOM",
        date=date(2027, 1, 18),
        end_date=date(2027, 1, 19),
    )


def test_entries_are_added_edited_deleted_and_announced(services: Any, meeting: Any) -> None:
    seen: list[Any] = []
    services.ctx.bus.subscribe(seen.append)
    lunch = services.programme.add_entry(
        meeting.id, V("Lunch", ProgrammeKind.MEAL, time(12, 0), time(13, 30))
    )
    photo = services.programme.add_entry(
        meeting.id, V("Group photo", ProgrammeKind.PHOTO, time(11, 45), time(12, 0))
    )
    day2 = services.programme.add_entry(
        meeting.id, V("Coffee", ProgrammeKind.BREAK, time(10, 0), None, date(2027, 1, 19))
    )
    untimed = services.programme.add_entry(meeting.id, V("Bilaterals on request"))
    assert [e.label for e in services.programme.entries(meeting.id)] == [
        "Group photo",
        "Lunch",
        "Bilaterals on request",  # untimed: last of the first day
        "Coffee",
    ]
    assert {c.kind for c in seen} == {ChangeKind.PROGRAMME}
    services.programme.update_entry(lunch.id, V("Working lunch", ProgrammeKind.MEAL, time(12, 30)))
    assert services.programme.entries(meeting.id)[1].slot == "12:30"
    gone = services.programme.delete_entry(photo.id)
    assert gone.label == "Group photo"
    assert len(services.programme.entries(meeting.id)) == 3
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        services.programme.update_entry(day2.id, V("Coffee", start_time=time(10), end_time=time(9)))
    with pytest.raises(ValidationError, match="Label"):
        services.programme.add_entry(meeting.id, V("  "))
    with pytest.raises(NotFoundError):
        services.programme.delete_entry(photo.id)
    assert untimed.id in [e.id for e in services.programme.entries(meeting.id)]


def test_set_entries_replaces_the_programme_in_one_go(services: Any, meeting: Any) -> None:
    services.programme.set_entries(meeting.id, [V("A", start_time=time(9)), V("B")])
    recs = services.programme.set_entries(
        meeting.id, [V("Coffee break", ProgrammeKind.BREAK, time(10, 30), time(10, 45))]
    )
    assert [(r.label, r.kind, r.slot) for r in recs] == [
        ("Coffee break", ProgrammeKind.BREAK, "10:30-10:45")
    ]
    with pytest.raises(ValidationError):  # all or nothing
        services.programme.set_entries(meeting.id, [V("Fine"), V("")])
    assert [r.label for r in services.programme.entries(meeting.id)] == ["Coffee break"]


def test_timetable_merges_items_and_entries_by_day_and_time(
    services: Any, meeting: Any, tmp_path: Path
) -> None:
    path = write_table_agenda_docx(tmp_path / "agenda.docx")
    services.agenda.import_items(meeting.id, AgendaImporter().from_file(path))
    services.programme.add_entry(
        meeting.id, V("Retreat", ProgrammeKind.OTHER, time(9), time(12), date(2027, 1, 19))
    )
    rows = services.programme.timetable(meeting.id)
    assert [(r.slot, r.number, r.label, r.kind) for r in rows[:4]] == [
        ("09:00-09:15", "1", "Opening of the Meeting", None),
        ("09:15-09:30", "2", "Adoption of the Agenda", None),
        ("09:30-10:30", "3", "Progress under Desired Outcome 2: Digital Economy", None),
        ("10:30-10:45", "", "Coffee Break", ProgrammeKind.BREAK),
    ]
    assert rows[-1].label == "Retreat" and rows[-1].day == date(2027, 1, 19)
    assert all(r.day == date(2027, 1, 18) for r in rows[:-1])
    # Sub-items without a slot of their own are not on the timetable.
    assert "Cross-border data flows" not in [r.label for r in rows]


def _store(path: Path) -> Path:
    from adgsom_desktop.services.container import Services

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="7th ADGMIN and related meetings", city="Manila")
    meeting = svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="7th ADGSOM",
        short_title="7th ADGSOM",
        date=date(2027, 1, 18),
        end_date=date(2027, 1, 19),
    )
    svc.programme.set_entries(
        meeting.id,
        [
            V("Coffee Break", ProgrammeKind.BREAK, time(10, 30), time(10, 45)),
            V("Group Photo", ProgrammeKind.PHOTO, time(13, 30), time(13, 45)),
        ],
    )
    svc.close()
    return path


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_programme_edited_with_the_meeting_details(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from adgsom_desktop.ui.structure.structure_feature import StructureFeature

    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    feature = next(f for f in window.features if isinstance(f, StructureFeature))
    dlg = feature.edit_meeting(1)
    dlg.tabs.setCurrentWidget(dlg.programme)
    editor = dlg.programme
    assert editor.table.rowCount() == 2
    click(qtbot, editor.add_button)
    row = editor.table.rowCount() - 1
    label = editor.table.cellWidget(row, 3)
    qtbot.keyClicks(label, "Lunch hosted by the Philippines")
    assert editor.table.cellWidget(row, 4).currentData() == ProgrammeKind.MEAL  # guessed
    day = editor.table.cellWidget(row, 0)
    assert [day.itemText(i) for i in range(day.count())] == [
        "first day",
        "Mon 18 Jan",
        "Tue 19 Jan",
    ]
    day.setCurrentIndex(2)
    qtbot.keyClicks(editor.table.cellWidget(row, 1), "12.30")
    qtbot.keyClicks(editor.table.cellWidget(row, 2), "12:00")
    dlg.resize(1093, 614)
    save_artifact(dlg, "meeting_programme_editor")
    dlg.tabs.setCurrentIndex(0)
    click(qtbot, dlg.ok)
    assert dlg.problem.text().endswith("it cannot end before it starts.")
    assert dlg.tabs.currentWidget() is editor  # the problem is shown where it is
    editor.table.cellWidget(row, 2).setText("14:00")
    click(qtbot, dlg.ok)
    entries = services.programme.entries(1)
    assert [(e.label, e.day, e.slot) for e in entries] == [
        ("Coffee Break", None, "10:30-10:45"),
        ("Group Photo", None, "13:30-13:45"),
        ("Lunch hosted by the Philippines", date(2027, 1, 19), "12:30-14:00"),
    ]
    window.findChild(object, "actUndo").trigger()
    qtbot.waitUntil(lambda: len(services.programme.entries(1)) == 2)
    window.findChild(object, "actRedo").trigger()
    qtbot.waitUntil(lambda: len(services.programme.entries(1)) == 3)


def test_pack_programme_page_prints_the_timetable(
    services: Any, meeting: Any, tmp_path: Path
) -> None:
    """The pack's programme page: the meetings, then each meeting's day by the clock."""
    import io

    from pypdf import PdfReader

    from adgsom_desktop.reports.pack_model import Section
    from adgsom_desktop.services.pack_records import PackRequest

    path = write_table_agenda_docx(tmp_path / "agenda.docx")
    services.agenda.import_items(meeting.id, AgendaImporter().from_file(path))
    services.programme.add_entry(
        meeting.id, V("Heads of delegation retreat", start_time=time(9), day=date(2027, 1, 19))
    )
    pdf = services.packs.preview(
        PackRequest(
            event_id=meeting.event_id,
            sections=(Section.COVER, Section.PROGRAMME, Section.AGENDA),
        )
    )
    (tmp_path / "pack.pdf").write_bytes(pdf)
    from tests.conftest import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "pack_programme_page.pdf").write_bytes(pdf)
    pages = [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]
    page = next(t for t in pages if "Programme and logistics" in t)
    import unicodedata

    flat = unicodedata.normalize("NFKC", " ".join(page.split()))  # the "ff" ligature
    for text in (
        "Monday 18 January 2027 09:00-09:15 1 Opening of the Meeting",
        "10:30-10:45 Coffee Break Break",
        "12:00-13:30 Lunch Meal",
        "09:30-10:30 3 Progress under Desired Outcome 2: Digital Economy",
        "Tuesday 19 January 2027 09:00 Heads of delegation retreat Other",
    ):
        assert text in flat, (text, flat)
    assert flat.index("Group Photo") < flat.index("Cooperation with Dialogue Partners")
