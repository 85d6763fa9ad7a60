"""Agendas as the Secretariat circulates them (issue #21): Word tables with and without
headings, merged cells, each way of writing a time slot, Documents and Remarks
columns, annotated agendas; programme rows become the meeting's programme."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, ProgrammeKind, Purpose
from adgsom_desktop.services.agenda_import import AgendaImporter
from adgsom_desktop.services.records import DocumentRef
from tests.agenda_files import ANNOTATED_TEXT, TABLE_ROWS, write_table_agenda_docx

EXPECTED = [
    # (level, number, title, lead, slot)
    (0, "1", "Opening of the Meeting", "Chair", "09:00-09:15"),
    (0, "2", "Adoption of the Agenda", "Chair", "09:15-09:30"),
    (0, "3", "Progress under Desired Outcome 2: Digital Economy", "ASEC", "09:30-10:30"),
    (1, "3.1", "Digital Economy Framework Agreement (DEFA)", "Singapore", ""),
    (1, "3.2", "Cross-border data flows", "Viet Nam", ""),
    (0, "4", "ASEAN Network Security Action Council (ANSAC)", "Malaysia", "10:45-12:00"),
    (1, "4(a)", "ANSAC work plan 2027", "Malaysia", ""),
    (1, "4(b)", "ASEAN CERT exercise report", "Thailand", ""),
    (0, "5", "Cooperation with Dialogue Partners", "ASEC", "13:45-15:00"),
    (0, "6", "Any other business", "Chair", "15:30-16:00"),
]
PROGRAMME = [
    (ProgrammeKind.BREAK, "Coffee Break", "10:30-10:45"),
    (ProgrammeKind.MEAL, "Lunch", "12:00-13:30"),
    (ProgrammeKind.PHOTO, "Group Photo", "13:30-13:45"),
    (ProgrammeKind.BILATERAL, "Bilateral meetings", "15:00-15:30"),
]
LAYOUTS = [
    pytest.param({"time_form": "colon"}, id="headings-colon"),
    pytest.param({"time_form": "compact"}, id="headings-0900"),
    pytest.param({"time_form": "ampm"}, id="headings-am-pm"),
    pytest.param({"headings": False, "time_form": "colon"}, id="no-headings-colon"),
    pytest.param({"headings": False, "time_form": "ampm"}, id="no-headings-am-pm"),
    pytest.param({"merged": True, "time_form": "colon"}, id="merged-colon"),
    pytest.param({"merged": True, "time_form": "compact"}, id="merged-0900"),
    pytest.param({"merged": True, "headings": False, "time_form": "ampm"}, id="merged-no-headings"),
    pytest.param({"extra_columns": True}, id="documents-remarks"),
]


def check_table_preview(preview: Any) -> None:
    items = [i for i in preview.items if i.programme is None]
    assert [(i.level, i.number, i.title, i.lead_text, i.slot) for i in items] == EXPECTED
    programme = [(i.programme, i.title, i.slot) for i in preview.items if i.programme]
    assert programme == PROGRAMME
    assert all(i.include for i in preview.items)
    # No break inside a title (the "... Digital Economy Coffee Break").
    assert not any("Break" in i.title or "Lunch" in i.title for i in items)
    header = preview.header
    assert header.title == "7th ASEAN Digital Senior Officials' Meeting (7th ADGSOM)"
    assert (header.place, header.start, header.end) == (
        "Manila, the Philippines",
        date(2027, 1, 18),
        date(2027, 1, 19),
    )
    assert header.classification == "ASEAN RESTRICTED"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_word_table_layouts(tmp_path: Path, layout: dict[str, Any]) -> None:
    path = write_table_agenda_docx(tmp_path / "agenda.docx", **layout)
    check_table_preview(AgendaImporter().from_file(path))


def test_documents_and_remarks_columns(tmp_path: Path) -> None:
    path = write_table_agenda_docx(tmp_path / "agenda.docx", extra_columns=True)
    by_title = {i.title: i for i in AgendaImporter().from_file(path).items}
    defa = by_title["Digital Economy Framework Agreement (DEFA)"]
    assert defa.documents == (DocumentRef("ADGSOM/2027/DOC.04"),)
    assert defa.purpose is Purpose.ENDORSEMENT
    assert by_title["Adoption of the Agenda"].purpose is Purpose.ADOPTION
    assert by_title["Cross-border data flows"].purpose is Purpose.INFORMATION
    assert by_title["ASEAN Network Security Action Council (ANSAC)"].documents == (
        DocumentRef("ADGSOM/2027/DOC.05"),
    )


def test_annotated_agenda_text() -> None:
    preview = AgendaImporter().from_text(ANNOTATED_TEXT)
    items = {i.number: i for i in preview.items}
    assert [i.title for i in preview.items] == [
        "Opening of the Meeting",
        "Adoption of the Agenda",
        "ASEAN Digital Masterplan 2026-2030",
        "Date and Venue of the 8th ADGSOM",
    ]
    assert items["1"].description.startswith("The Chair of ADGSOM will open")
    assert items["2"].purpose is Purpose.ADOPTION  # "invited to adopt"
    assert items["2"].documents == (DocumentRef("ADGSOM/2027/DOC.01"),)
    masterplan = items["3"]
    assert masterplan.purpose is Purpose.ENDORSEMENT  # "For endorsement."
    assert masterplan.description.endswith("prepared with the Member States over the past year.")
    assert masterplan.documents == (
        DocumentRef("ADGSOM/2027/DOC.04", "ADM 2026-2030 implementation plan"),
        DocumentRef("ADGSOM/2027/INF.02"),
    )
    assert items["4"].purpose is Purpose.INFORMATION  # "invited to note"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("09:00-09:15 Opening", time(9, 0), time(9, 15)),
        ("0900-0915 Opening", time(9, 0), time(9, 15)),
        ("9.00 am - 9.15 am Opening", time(9, 0), time(9, 15)),
        ("1.00-2.00 pm Opening", time(13, 0), time(14, 0)),
        ("11.00 - 12.30 pm Opening", time(11, 0), time(12, 30)),
        ("14:00 - 15:30 hrs Opening", time(14, 0), time(15, 30)),
        ("09h00-09h15 Opening", time(9, 0), time(9, 15)),
    ],
)
def test_time_forms_in_text(text: str, start: time, end: time) -> None:
    row = AgendaImporter().from_text(text).items[0]
    assert (row.start_time, row.end_time) == (start, end)
    assert row.title == "Opening"


@pytest.mark.parametrize(
    ("text", "start", "end", "title"),
    [
        (
            "1. Opening of the Meeting 09:00-09:15",
            time(9, 0),
            time(9, 15),
            "Opening of the Meeting",
        ),
        ("2. Adoption (9.15 - 9.30 am)", time(9, 15), time(9, 30), "Adoption"),
        ("3. Reports [14:00 - 15:30 hrs]", time(14, 0), time(15, 30), "Reports"),
        ("4. Work plan 09.30-10.00", time(9, 30), time(10, 0), "Work plan"),
    ],
)
def test_a_time_range_closing_the_line(text: str, start: time, end: time, title: str) -> None:
    """Text agendas that give the slot after the title (not recognised before)."""
    row = AgendaImporter().from_text(text).items[0]
    assert (row.start_time, row.end_time, row.title) == (start, end, title)


@pytest.mark.parametrize(
    "text",
    ["1. Review of items 3.10-3.12", "2. ADM 2026-2030", "3. Budget 1000-1200", "4. Pages 3-4"],
)
def test_ranges_that_are_no_clock_stay_in_the_title(text: str) -> None:
    row = AgendaImporter().from_text(text).items[0]
    assert row.start_time is None and row.title == text[3:]


def test_numbers_and_years_are_not_times() -> None:
    text = "1. Opening\n2026-2030 Work Plan review\n3.10 Late item\n"
    items = AgendaImporter().from_text(text).items
    assert all(i.start_time is None for i in items)


def test_text_agenda_with_start_times_only_and_days() -> None:
    text = (
        "Day 1: Monday, 18 January 2027\n"
        "09:00 1. Opening of the Meeting\n"
        "09:30 2. Adoption of the Agenda\n"
        "10:30 Coffee break\n"
        "Day 2: Tuesday, 19 January 2027\n"
        "09:00 3. Report of the Meeting\n"
        "10:00 4. Closing\n"
    )
    items = AgendaImporter().from_text(text).items
    got = [(i.number, i.title, i.day, i.slot, i.programme) for i in items]
    assert got == [
        ("1", "Opening of the Meeting", date(2027, 1, 18), "09:00-09:30", None),
        ("2", "Adoption of the Agenda", date(2027, 1, 18), "09:30-10:30", None),
        ("", "Coffee break", date(2027, 1, 18), "10:30", ProgrammeKind.BREAK),
        ("3", "Report of the Meeting", date(2027, 1, 19), "09:00-10:00", None),
        ("4", "Closing", date(2027, 1, 19), "10:00", None),
    ]


@pytest.fixture
def meeting(services: Any) -> Any:
    event = services.events.save_event(title="7th ADGMIN and related meetings")
    return services.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="7th ADGSOM", date=date(2027, 1, 18)
    )


def test_import_writes_items_with_times_documents_and_the_programme(
    services: Any, meeting: Any, tmp_path: Path
) -> None:
    path = write_table_agenda_docx(tmp_path / "agenda.docx", merged=True, extra_columns=True)
    preview = AgendaImporter().from_file(path)
    added = services.agenda.import_items(meeting.id, preview)
    assert added.programme == 4
    items = services.agenda.items(meeting.id)
    assert [(i.number, i.title, i.lead, i.slot) for i in items] == [
        (n, t, lead, slot) for _lvl, n, t, lead, slot in EXPECTED
    ]
    assert not any(i.number_fixed for i in items if i.number != "4(a)" and i.number != "4(b)")
    defa = next(i for i in items if i.number == "3.1")
    assert defa.documents == (DocumentRef("ADGSOM/2027/DOC.04"),)
    assert defa.purpose is Purpose.ENDORSEMENT
    entries = services.programme.entries(meeting.id)
    assert [(e.kind, e.label, e.slot) for e in entries] == PROGRAMME
    timetable = services.programme.timetable(meeting.id)
    assert [r.label for r in timetable][:4] == [
        "Opening of the Meeting",
        "Adoption of the Agenda",
        "Progress under Desired Outcome 2: Digital Economy",
        "Coffee Break",
    ]
    assert all(r.day == date(2027, 1, 18) for r in timetable)
    assert len(TABLE_ROWS) == len(EXPECTED) + len(PROGRAMME)
