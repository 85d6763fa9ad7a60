"""The import preview (issue #21) as the aide uses it: a Word table agenda read off the
GUI thread, every column where it belongs, the breaks as programme rows, the header
compared with the meeting and taken over in one click; then the revised agenda updates
the stored one, the dropped item is deleted by choice, and Ctrl+Z puts the agenda back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from adgsom_desktop.domain.enums import MeetingKind, ProgrammeKind
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.agenda.agenda_import_dialog import AgendaImportDialog
from adgsom_desktop.ui.common import file_dialogs
from tests.agenda_files import write_table_agenda_docx
from tests.conftest import save_artifact
from tests.prepare_fixtures import click, open_store, show_tab
from tests.test_agenda_revisions import REV1_ROWS, assert_clean_numbering

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _store(path: Path) -> Path:
    from adgsom_desktop.services.container import Services

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="7th ADGMIN and related meetings", city="Manila")
    svc.events.save_meeting(
        event_id=event.id,
        kind=MeetingKind.SOM,
        title="7th ADGSOM",
        short_title="7th ADGSOM",
        series="ADGSOM",
        date=date(2027, 1, 18),
    )
    svc.close()
    return path


def _read(qtbot: Any, dlg: AgendaImportDialog, path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(file_dialogs, "ask_agenda_file", lambda _p, _s: path)
    click(qtbot, dlg.open_button)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)


def _row(dlg: AgendaImportDialog, title: str) -> Any:
    found = dlg.tree.findItems(title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)
    assert found, title
    return found[0]


def test_import_preview_then_revision(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    builder = show_tab(qtbot, window, "meeting", 1, "agendaBuilder")
    dlg = AgendaImportDialog(services, 1, builder)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.update_mode.isVisible()  # no agenda yet: nothing to choose
    path = write_table_agenda_docx(tmp_path / "agenda.docx", merged=True, extra_columns=True)
    _read(qtbot, dlg, path, monkeypatch)
    defa = _row(dlg, "Digital Economy Framework Agreement (DEFA)")
    assert [defa.text(c) for c in (0, 3, 4, 5)] == [
        "3.1",
        "For endorsement",
        "Singapore",
        "ADGSOM/2027/DOC.04",
    ]
    opening = _row(dlg, "Opening of the Meeting")
    assert opening.text(2) == "09:00-09:15" and opening.text(4) == "Chair"
    coffee = _row(dlg, "Coffee Break")
    assert coffee.font(1).italic() and coffee.text(3) == "Break" and coffee.text(2) == "10:30-10:45"
    assert coffee.childCount() == 0
    assert dlg.import_button.text() == "Import 10 items"
    facts = dlg.header_panel.facts.text()
    assert "Marking: <b>ASEAN RESTRICTED</b>" in facts
    assert "Manila, the Philippines" in facts and "18 Jan - 19 Jan 2027" in facts
    save_artifact(dlg, "agenda_import_preview_table")
    click(qtbot, dlg.header_panel.update_button)  # one click: venue and dates
    meeting = services.events.meeting(1)
    assert (meeting.venue, meeting.date, meeting.end_date) == (
        "Manila, the Philippines",
        date(2027, 1, 18),
        date(2027, 1, 19),
    )
    assert not dlg.header_panel.update_button.isVisible()
    click(qtbot, dlg.import_button)
    builder.record_added_items("Import agenda", dlg.result_items)
    assert len(services.programme.entries(1)) == 4
    items = {i.title: i for i in services.agenda.items(1)}
    defa_id = items["Digital Economy Framework Agreement (DEFA)"].id
    services.positions.save(defa_id, PositionContent(objective="Conclude DEFA in 2027"))

    # The revision: update (the default), the dropped item ticked for deletion.
    dlg2 = AgendaImportDialog(services, 1, builder)
    qtbot.addWidget(dlg2)
    dlg2.show()
    assert dlg2.update_mode.isVisible() and dlg2.update_mode.isChecked()
    _read(qtbot, dlg2, write_table_agenda_docx(tmp_path / "rev1.docx", rows=REV1_ROWS), monkeypatch)
    renamed = _row(dlg2, "Digital Economy Framework Agreement (DEFA): conclusion of negotiations")
    assert renamed.text(6) == "updates 3.1"
    assert _row(dlg2, "Report of the 6th ADGSOM").text(6) == "new"
    assert dlg2.import_button.text() == "Update: 9 items, 1 new"
    box = dlg2.dropped_panel.boxes[items["Cross-border data flows"].id]
    assert "Cross-border data flows" in box.text() and not box.isChecked()
    save_artifact(dlg2, "agenda_import_preview_revision")
    box.setChecked(True)
    click(qtbot, dlg2.import_button)
    builder.record_added_items("Import agenda", dlg2.result_items)
    after = services.agenda.items(1)
    assert_clean_numbering(after)
    assert "Cross-border data flows" not in [i.title for i in after]
    assert services.positions.get(defa_id).content.objective == "Conclude DEFA in 2027"
    # Ctrl+Z puts the agenda back as it was before the revision, brief included.
    window.findChild(object, "actUndo").trigger()
    qtbot.waitUntil(
        lambda: "Cross-border data flows" in [i.title for i in services.agenda.items(1)]
    )
    assert services.positions.get(defa_id).content.objective == "Conclude DEFA in 2027"
    window.findChild(object, "actRedo").trigger()
    qtbot.waitUntil(lambda: len(services.agenda.items(1)) == 10)


def test_a_row_turned_into_a_programme_entry(qtbot: Any, window: Any, tmp_path: Path) -> None:
    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    dlg = AgendaImportDialog(services, 1, None)
    qtbot.addWidget(dlg)
    dlg.set_preview(
        services.agenda_import.from_text("1. Opening\n2. Welcome dinner cruise\n3. Closing\n")
    )
    assert dlg.import_button.text() == "Import 3 items"  # numbered: an item
    dlg.tree.setCurrentItem(_row(dlg, "Welcome dinner cruise"))
    click(qtbot, dlg.programme_button)
    assert dlg.import_button.text() == "Import 2 items"
    assert _row(dlg, "Welcome dinner cruise").text(3) == "Meal"
    click(qtbot, dlg.import_button)
    entries = services.programme.entries(1)
    assert [(e.label, e.kind) for e in entries] == [("Welcome dinner cruise", ProgrammeKind.MEAL)]
    assert [i.number for i in services.agenda.items(1)] == ["1", "3"]  # as circulated


SCRIPT_ROWS = (
    ("09:00", "09:15", "1.", "Khai mạc Hội nghị", "Việt Nam", "ADGSOM/2027/DOC.01", ""),
    ("09:15", "10:30", "2.", "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030", "ประเทศไทย", "", ""),
    (
        "",
        "",
        "2.1",
        "Khung quản trị dữ liệu số ASEAN",
        "Việt Nam",
        "ADGSOM/2027/DOC.04",
        "For endorsement",
    ),
    ("", "", "2.2", "กรอบการกำกับดูแลข้อมูลดิจิทัล", "ประเทศไทย", "", "For information"),
    ("10:30", "10:45", None, "Giải lao (Coffee Break)", "", "", ""),
    ("10:45", "12:00", "3.", "Hợp tác ASEAN - Hàn Quốc về chuyển đổi số", "ASEC", "", ""),
    ("12:00", "13:30", None, "Lunch", "", "", ""),
)


def test_thai_and_vietnamese_agenda_then_a_pdf_in_the_same_preview(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 6's "same preview": a Word agenda in Thai and Vietnamese, then a PDF one, read
    through the dialog's file button; every column where it belongs, nothing mangled."""
    from tests.agenda_files import table_agenda_pdf

    services = open_store(qtbot, window, _store(tmp_path / "a.adgsom"))
    dlg = AgendaImportDialog(services, 1, None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert (dlg.width(), dlg.height()) == (1093, 614)
    docx_path = write_table_agenda_docx(
        tmp_path / "scripts.docx", merged=True, extra_columns=True, rows=SCRIPT_ROWS
    )
    _read(qtbot, dlg, docx_path, monkeypatch)
    khung = _row(dlg, "Khung quản trị dữ liệu số ASEAN")
    assert [khung.text(c) for c in (0, 3, 4, 5)] == [
        "2.1",
        "For endorsement",
        "Việt Nam",
        "ADGSOM/2027/DOC.04",
    ]
    thai = _row(dlg, "ร่างแผนแม่บทดิจิทัลอาเซียน 2026-2030")
    assert (thai.text(0), thai.text(2), thai.text(4)) == ("2", "09:15-10:30", "ประเทศไทย")
    assert _row(dlg, "กรอบการกำกับดูแลข้อมูลดิจิทัล").parent() is thai
    coffee = _row(dlg, "Giải lao (Coffee Break)")
    assert coffee.font(1).italic() and coffee.text(3) == "Break"
    assert coffee.parent() is None  # between items 2 and 3: no part of item 2
    symbol = dlg.tree.fontMetrics().horizontalAdvance("ADGSOM/2027/DOC.04")
    assert dlg.tree.columnWidth(5) > symbol  # the symbol is not cut
    assert dlg.import_button.text() == "Import 5 items"
    save_artifact(dlg, "agenda_import_preview_thai_vietnamese")

    pdf = table_agenda_pdf(tmp_path / "agenda.pdf")
    _read_again(qtbot, dlg, pdf, monkeypatch)
    defa = _row(dlg, "Digital Economy Framework Agreement (DEFA)")
    assert [defa.text(c) for c in (0, 4)] == ["3.1", "Singapore"]
    assert _row(dlg, "Lunch").font(1).italic()
    assert "Marking: <b>ASEAN RESTRICTED</b>" in dlg.header_panel.facts.text()
    assert dlg.import_button.text() == "Import 10 items"
    click(qtbot, dlg.import_button)
    assert len(services.agenda.items(1)) == 10 and len(services.programme.entries(1)) == 4


def _read_again(qtbot: Any, dlg: AgendaImportDialog, path: Path, monkeypatch: Any) -> None:
    before = dlg.preview
    monkeypatch.setattr(file_dialogs, "ask_agenda_file", lambda _p, _s: path)
    click(qtbot, dlg.open_button)
    qtbot.waitUntil(lambda: dlg.preview is not None and dlg.preview is not before, timeout=10_000)
