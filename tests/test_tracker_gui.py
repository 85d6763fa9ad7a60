"""The cooperation tracker in the GUI: table and filters, timeline, coverage, due list,
the project and review dialogs, the import dialog, an item's Projects tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import save_artifact
from tests.tracker_files import ROWS_V1, write_xlsx

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]
TODAY = date(2026, 1, 10)


@pytest.fixture
def tracker(qtbot: Any, demo_services: Any) -> Any:
    from adgsom_desktop.ui.tracker.tracker_window import TrackerWindow

    win = TrackerWindow(demo_services, today=TODAY)
    qtbot.addWidget(win)
    win.resize(1093, 614)
    win.show()
    qtbot.waitUntil(lambda: len(win.all_rows) > 0, timeout=10_000)
    return win


def test_table_filters_and_search(qtbot: Any, tracker: Any) -> None:
    from adgsom_desktop.ui.tracker.table_model import ProjectTableModel

    total = tracker.model.rowCount()
    assert total == len(tracker.all_rows) >= 35
    save_artifact(tracker, "tracker_table")
    tracker.partner.setCurrentIndex(tracker.partner.findData("JP"))
    assert {r.partner_code for r in tracker.model.rows()} == {"JP"}
    tracker.status.setCurrentIndex(1)  # live
    assert all(r.status.value in ("approved", "ongoing", "extended") for r in tracker.model.rows())
    tracker.partner.setCurrentIndex(0)
    tracker.status.setCurrentIndex(0)
    tracker.search.setText("bootcamps")
    qtbot.waitUntil(lambda: tracker.model.rowCount() == 1)
    assert tracker.model.row_at(0).code == "D-JP-07"
    qtbot.waitUntil(lambda: "D-JP-07" in tracker.panel.view.toPlainText())  # shown in full
    tracker.search.clear()
    qtbot.waitUntil(lambda: tracker.model.rowCount() == total)
    tracker.outcome.setCurrentIndex(tracker.outcome.findData("ADM2030 O4"))
    assert tracker.model.rowCount() > 0
    assert all(
        any(o in ("ADM2030 O4", "ADM2030 A4.1", "ADM2030 A4.2", "ADWP2026 4.2") for o in r.outcomes)
        for r in tracker.model.rows()
    )
    tracker.outcome.setCurrentIndex(0)
    tracker.due.setChecked(True)  # due before the next meeting (the 6th ADGSOM, 12 Jan)
    assert tracker.model.rowCount() < total
    tracker.due.setChecked(False)
    # Sorting keeps the selection on the same project.
    tracker.select_project(tracker.all_rows[3].id)
    chosen = tracker.selected_id()
    tracker.table.sortByColumn(5, tracker.table.horizontalHeader().sortIndicatorOrder())
    assert tracker.selected_id() == chosen
    model = ProjectTableModel()
    model.set_rows(tracker.all_rows)
    from pytestqt.modeltest import ModelTester

    ModelTester(None).check(model)


def test_timeline_coverage_and_due(qtbot: Any, tracker: Any) -> None:
    tracker.open_tab("timeline")
    canvas = tracker.timeline.canvas
    assert canvas.isVisible() and len(canvas.rows) == tracker.model.rowCount()
    assert canvas.span[0] <= 2022 and canvas.span[1] >= 2029
    save_artifact(tracker, "tracker_timeline")
    # Clicking a row selects the project in the table.
    y = canvas.axis_height() + canvas.row_height() * 2 + 3
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(50, y))
    assert tracker.selected_id() == canvas.rows[2].id
    tracker.open_tab("coverage")
    cov = tracker.coverage.model.cov
    assert cov is not None and [o.code for o in cov.gaps] == ["O6"]
    assert "O6" in tracker.coverage.gaps.text()
    row = next(n for n, o in enumerate(cov.outcomes) if o.code == "O6")
    assert "gap" in tracker.coverage.model.index(row, 0).data()
    save_artifact(tracker, "tracker_coverage")
    # Double-clicking a cell shows those projects.
    jp = next(n for n, (c, _n) in enumerate(cov.partners) if c == "JP") + 1
    o4 = next(n for n, o in enumerate(cov.outcomes) if o.code == "O4")
    tracker.coverage._chosen(tracker.coverage.model.index(o4, jp))
    assert tracker.tabs.currentIndex() == 0
    assert {r.partner_code for r in tracker.model.rows()} == {"JP"}
    assert tracker.model.rowCount() == cov.cell(cov.outcomes[o4].id, "JP").count
    tracker.open_tab("due")
    assert "6th ADGSOM" in tracker.due_view.heading.text()
    assert tracker.due_view.isVisible() and tracker.due_view.table.isVisible()
    due = [(e.code, e.what, e.overdue) for e in tracker.due_view.model.entries]
    assert ("D-KR-02", "Study visit report to the Governing Council", True) in due
    assert ("D-JP-02", "Concept note to ASEC", True) in due
    assert ("D-ITU-01", "Host confirmed to ITU", False) in due
    save_artifact(tracker, "tracker_due")


def test_project_and_review_dialogs(qtbot: Any, tracker: Any) -> None:
    from adgsom_desktop.domain.enums import ProjectStatus

    # New project: fill the dialog and save through its OK.
    from adgsom_desktop.ui.tracker.project_dialog import ProjectDialog

    svc = tracker.services
    dlg = ProjectDialog(
        None, svc.projects.partners(), svc.projects.member_states(), svc.agenda.known_tags()
    )
    qtbot.addWidget(dlg)
    dlg.code.setText("D-KH-01")
    dlg.title_edit.setText("ការអភិវឌ្ឍន៍ជំនាញឌីជីថល (digital skills)")
    dlg.partner.setCurrentIndex(dlg.partner.findData("KR"))
    dlg.outcomes.setText("ADM2030 O5, DO7")
    dlg.milestones.add_row(["Kick-off", "milestone", "2026-03-01", ""])
    dlg.save = lambda v: svc.projects.save(v)
    dlg.resize(1093, 614)
    save_artifact(dlg, "tracker_project_dialog")
    dlg._accept()
    assert dlg.result() == 1
    rec = svc.projects.by_code("D-KH-01")
    assert (
        rec.fields.outcomes == ("ADM2025 DO7", "ADM2030 O5")
        and rec.milestones[0].title == "Kick-off"
    )
    tracker.reload(wait=True)
    tracker.select_project(rec.id)
    # A bad date in the milestones is said in the dialog, which stays open.
    bad = ProjectDialog(rec.fields, svc.projects.partners(), svc.projects.member_states(), [])
    qtbot.addWidget(bad)
    bad.milestones.add_row(["Broken", "milestone", "31/02/2026", ""])
    bad.save = lambda v: svc.projects.save(v, rec.id)
    bad._accept()
    assert bad.result() == 0 and "not a date" in bad.problem.text()
    # A review: the meeting's decision, the status after it.
    from adgsom_desktop.ui.tracker.project_dialog import ProgressDialog

    meetings = tracker.panel._meetings()
    pd = ProgressDialog(None, meetings, None)
    qtbot.addWidget(pd)
    pd.meeting.setCurrentIndex(2)
    pd.decision.setPlainText("Endorsed")
    pd.status.setCurrentIndex(pd.status.findData(ProjectStatus.APPROVED))
    pd.save = lambda v: svc.projects.add_progress(rec.id, v)
    pd.resize(1093, 614)
    save_artifact(pd, "tracker_progress_dialog")
    pd._accept()
    assert svc.projects.project(rec.id).row.status is ProjectStatus.APPROVED


def test_import_dialog_previews_then_imports_and_lists_changes(
    qtbot: Any, services: Any, tmp_path: Path
) -> None:
    from adgsom_desktop.ui.tracker.import_dialog import ImportDialog

    first = tmp_path / "jan.xlsx"
    first.write_bytes(write_xlsx([list(r) for r in ROWS_V1]))
    dlg = ImportDialog(services)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    dlg.open_file(first)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)
    assert dlg.mapping.rowCount() == 11 and dlg.rows.rowCount() == 3
    assert dlg.btn_import.isEnabled() and services.projects.rows() == []
    save_artifact(dlg, "tracker_import_preview")
    dlg.do_import()
    qtbot.waitUntil(lambda: dlg.outcome is not None, timeout=10_000)
    assert len(services.projects.rows()) == 3
    rows = [list(r) for r in ROWS_V1]
    rows[1][8] = "Ongoing"
    second = tmp_path / "mar.xlsx"
    second.write_bytes(write_xlsx(rows))
    dlg.open_file(second)
    qtbot.waitUntil(lambda: dlg.preview is not None, timeout=10_000)
    dlg.do_import()
    qtbot.waitUntil(lambda: dlg.outcome is not None and dlg.outcome.updated == 1, timeout=10_000)
    assert "approved → ongoing" in dlg.rows.item(0, 3).text()
    save_artifact(dlg, "tracker_import_done")
    # A bad file: said in red, Import stays off, nothing written.
    bad = tmp_path / "bad.csv"
    bad.write_text("Title,Partner\nX,Japan\n", encoding="utf-8")
    dlg.open_file(bad)
    qtbot.waitUntil(lambda: "project code" in dlg.summary.text(), timeout=10_000)
    assert not dlg.btn_import.isEnabled() and len(services.projects.rows()) == 3


def test_item_projects_tab_and_the_menu(qtbot: Any, window: Any, demo_path: Path) -> None:
    window.controller.open_path(demo_path)
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    svc = window.services
    act = window.findChild(type(window.menu("view").actions()[0]), "actTracker")
    assert act is not None and act.isEnabled()
    act.trigger()
    feature = next(f for f in window.features if type(f).__name__ == "TrackerFeature")
    qtbot.waitUntil(
        lambda: feature.tracker is not None and len(feature.tracker.all_rows) > 0, timeout=10_000
    )
    from adgsom_desktop.ui.tracker.item_projects import ItemProjectsView

    view = ItemProjectsView(svc)
    qtbot.addWidget(view)
    jp6 = next(
        m for m in svc.events.meetings() if m.label.startswith("ADGSOM+Japan") and "2026" in m.days
    )
    item = next(i for i in svc.agenda.items(jp6.id) if "anti-scam" in i.title)
    view.show_record(item.id)
    codes = [view.list.item(i).text().split()[0] for i in range(view.list.count())]
    assert "D-JP-02" in codes
    from PySide6.QtCore import Qt

    view.choice.setCurrentIndex(view.choice.findText("D-EU-04", Qt.MatchFlag.MatchStartsWith))
    view.link()
    assert "D-EU-04" in [x.row.code for x in svc.projects.for_item(item.id)]
    view.resize(1093, 614)
    save_artifact(view, "tracker_item_projects")


def test_the_brief_lists_the_projects_of_its_item(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.positions.position_editor import PositionEditor

    svc = demo_services
    jp6 = next(
        m for m in svc.events.meetings() if m.label.startswith("ADGSOM+Japan") and "2026" in m.days
    )
    item = next(i for i in svc.agenda.items(jp6.id) if "anti-scam" in i.title)
    editor = PositionEditor(svc)
    qtbot.addWidget(editor)
    editor.show_record(item.id)
    assert "D-JP-02" in editor.form.projects.text() and "linked" in editor.form.projects.text()
    # Tagging the item with an ADM 2026-2030 outcome brings the projects under it.
    svc.agenda.set_tags(item.id, ["ADM2030 O4"])
    editor.show_record(item.id)
    assert "D-JP-01" in editor.form.projects.text()  # its action A4.1 is under O4
    assert "shares ADM2030 O4" in editor.form.projects.text()


def test_frameworks_dialog_edits_titles_and_adds_actions(qtbot: Any, demo_services: Any) -> None:
    from adgsom_desktop.ui.tracker.frameworks_dialog import FrameworksDialog

    dlg = FrameworksDialog(demo_services)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.framework.setCurrentIndex(
        dlg.framework.findText("ASEAN Digital Masterplan 2026-2030 (ADM2030)")
    )
    top = dlg.tree.topLevelItem(2)  # O3
    assert top.text(0) == "O3" and top.childCount() >= 2
    dlg.tree.setCurrentItem(top)
    dlg.title.setText("Responsible AI for all (as adopted)")
    dlg.save()
    assert any(
        e.title == "Responsible AI for all (as adopted)"
        for e in demo_services.frameworks.elements()
    )
    dlg.code.setText("A3.9")
    dlg.title.setText("Regional AI sandbox")
    dlg.parent_choice.setCurrentIndex(
        dlg.parent_choice.findText(
            "ADM2030 O3", __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MatchFlag.MatchStartsWith
        )
    )
    dlg.save(new=True)
    labels = {e.label: e for e in demo_services.frameworks.elements()}
    assert "ADM2030 A3.9" in labels and labels["ADM2030 A3.9"].parent_id == labels["ADM2030 O3"].id
    dlg.code.setText("O1")
    dlg.save(new=True)  # a code already there: said, nothing changed
    assert "already has O1" in dlg.problem.text()
    save_artifact(dlg, "tracker_frameworks")
