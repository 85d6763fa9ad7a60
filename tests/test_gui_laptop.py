"""The app on a laptop screen, tried as a head of delegation (#22): the start page agrees
with the status bar (item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui]


def _feature(window: Any) -> Any:
    from adgsom_desktop.ui.structure.structure_feature import StructureFeature

    return next(f for f in window.features if isinstance(f, StructureFeature))


def test_the_start_page_of_a_new_store_agrees_with_the_status_bar(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    # A new store made with our delegation chosen (File > New store with TH).
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.create(tmp_path / "mission.adgsom", "TH", "Mission", None)
    f = _feature(window)
    # (``f.start`` would build the page: wait for the window to show it.)
    qtbot.waitUntil(
        lambda: f._start is not None and window.detail.currentWidget() is f._start, timeout=5000
    )
    assert window.delegation_label.text() == "Our delegation: TH"
    first = f.start.texts[0].text()
    assert "Not set yet" not in first and "TH · Thailand" in first
    assert f.start.btn_members.isEnabled()
    window.resize(1093, 614)
    save_artifact(window, "start_page_new_store_th")

    # Changed in Settings: both follow the same change at once.
    window.services.settings.update(our_delegation_code="SG")
    qtbot.waitUntil(lambda: "SG · Singapore" in f.start.texts[0].text(), timeout=3000)
    assert window.delegation_label.text() == "Our delegation: SG"


def _open(path: Path) -> Any:
    from adgsom_desktop.services.container import Services

    return Services.open(path, actor="tester")


@pytest.mark.slow
def test_demo_shift_to_today_moves_the_week_and_keeps_the_rest(tmp_path: Path) -> None:
    from datetime import date, timedelta

    from adgsom_desktop.services.room_records import ActionFilter
    from tests.helpers import run_cli

    fixed, moved = tmp_path / "fixed.adgsom", tmp_path / "moved.adgsom"
    assert run_cli("demo", "--store", str(fixed)).returncode == 0
    done = run_cli("demo", "--store", str(moved), "--shift-to-today")
    assert done.returncode == 0 and "its week starts today" in done.stdout
    today = date.today()
    a, b = _open(fixed), _open(moved)
    try:
        days = (today - date(2026, 1, 12)).days
        ea = {e.title: e for e in a.events.events()}
        eb = {e.title: e for e in b.events.events()}
        assert ea["6th ADGMIN and related meetings"].start_date == date(2026, 1, 12)  # kept
        assert eb["6th ADGMIN and related meetings"].start_date == today
        for title, e in ea.items():  # every event, and the year before, moved alike
            assert eb[title].start_date == e.start_date + timedelta(days=days)
        ma = {m.id: m for m in a.events.meetings()}  # written in the same order: same ids
        for m in b.events.meetings():
            assert m.date == ma[m.id].date + timedelta(days=days)
        # Notes keep their time of day; open actions are not all overdue any more.
        som6 = next(m for m in b.events.meetings() if m.label == "6th ADGSOM")
        na = a.notes.notes(som6.id)
        nb = b.notes.notes(som6.id)
        assert [n.taken_at - o.taken_at for n, o in zip(nb, na, strict=True)] == [
            timedelta(days=days)
        ] * len(na)
        open_a = a.actions.actions(ActionFilter(open_only=True))
        open_b = b.actions.actions(ActionFilter(open_only=True))
        assert sum(x.overdue for x in open_a) >= len(open_a) - 1  # January 2026: all late
        assert sum(x.overdue for x in open_b) < sum(x.overdue for x in open_a) // 2
        assert b.audit.verify().ok  # the audit chain was not touched
    finally:
        a.close()
        b.close()


def test_the_gui_demo_starts_today(qtbot: Any, window: Any) -> None:
    from datetime import date

    from adgsom_desktop.paths import demo_store_path

    assert not demo_store_path().exists()
    with qtbot.waitSignal(window.controller.opened, timeout=60_000):
        window.controller.open_demo()
    titles = {e.title: e for e in window.services.events.events()}
    assert titles["6th ADGMIN and related meetings"].start_date == date.today()


def test_history_stance_tooltips_and_their_objectives(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    """Item 8: version 1 is compared with what came before it, the two boxes of "Their
    objectives and our response" are labelled, the stance map's note time is in the
    event's time zone, and its ✎ mark leaves room for "S+A"."""
    from adgsom_desktop.domain.enums import Stance
    from adgsom_desktop.domain.timeutil import to_local
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog
    from adgsom_desktop.ui.positions.position_rows import TheirRow
    from adgsom_desktop.ui.positions.stance_model import CELL_ROLE
    from tests.prepare_fixtures import open_store, show_tab

    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    item = next(i for i in services.agenda.items(som6.id) if i.number == "3.2.a")
    dlg = PositionHistoryDialog(services, item.id, window)
    qtbot.addWidget(dlg)
    dlg.show()
    row = next(
        r for r in range(dlg.list.count()) if dlg.list.item(r).text().startswith("Version 1\n")
    )
    dlg.list.setCurrentRow(row)
    assert dlg.old.currentData() == 0 and dlg.new.currentData() == 1
    shown = dlg.view.toPlainText()
    assert "No differences" not in shown
    first = services.positions.versions(item.id)[0]
    assert first.version_no == 1 and "Objective" in shown
    dlg.resize(1093, 614)
    save_artifact(dlg, "history_version_1")
    dlg.close()

    editor = show_tab(qtbot, window, "item", item.id, "positionEditor")
    rows = editor.form.their.findChildren(TheirRow)
    assert rows
    first_row = rows[0]
    assert first_row.theirs_label.text() == "Their objective"
    assert first_row.ours_label.text() == "Our response"
    assert first_row.theirs_label.buddy() is first_row.theirs

    view = show_tab(qtbot, window, "meeting", som6.id, "stanceMap")
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    found = None
    for r in range(model.rowCount()):
        for c in range(1, model.columnCount()):
            cell = model.index(r, c).data(CELL_ROLE)
            if cell.observed_at is not None and cell.observed is not Stance.UNKNOWN:
                found = (r, c, cell)
                break
        if found:
            break
    assert found is not None
    r, c, cell = found
    tip = model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)
    local = to_local(cell.observed_at, som6.timezone)
    assert "UTC" not in tip and f"{local:%d %b %H:%M} (Ho Chi Minh)" in tip
    from adgsom_desktop.ui.positions.stance_map import cell_width

    assert view.table.horizontalHeader().defaultSectionSize() == cell_width(view.table.font())
    window.resize(1093, 614)
    save_artifact(window, "stance_map_1093")


def test_nothing_cramped_at_1280x800(qtbot: Any, window: Any, demo_path: Path) -> None:
    """Item 6: the action items' text column, the Lead field, the agenda toolbar, the
    tree and the Counterparts list at 1280x800 (and the tabs at 1093 wide)."""
    from PySide6.QtWidgets import QApplication, QToolBar

    from adgsom_desktop.ui.people.counterparts_view import CounterpartsWindow
    from adgsom_desktop.ui.room.actions_view import C_TEXT
    from tests.prepare_fixtures import open_store, show_tab

    services = open_store(qtbot, window, demo_path)
    window.resize(1280, 800)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")

    actions = show_tab(qtbot, window, "meeting", som6.id, "meetingActions")
    qtbot.waitUntil(lambda: actions.model.rowCount() > 0, timeout=5000)
    QApplication.processEvents()
    qtbot.wait(50)
    table = actions.table
    assert table.columnWidth(C_TEXT) >= table.viewport().width() * 0.45
    index = actions.model.index(0, C_TEXT)
    assert index.data(Qt.ItemDataRole.ToolTipRole)  # the full text, wherever it is cut
    save_artifact(window, "cramped_actions_1280")

    agenda = show_tab(qtbot, window, "meeting", som6.id, "agendaBuilder")
    QApplication.processEvents()
    for bar in agenda.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()  # none behind »
    row = next(
        n for n, i in enumerate(services.agenda.items(som6.id)) if "Viet Nam" in (i.lead or "")
    )
    agenda._select(services.agenda.items(som6.id)[row].id)
    QApplication.processEvents()
    lead = agenda.form.lead_text
    if lead.text():
        assert lead.cursorPosition() == 0  # shown from its start, never ": Nam)"
    save_artifact(window, "cramped_agenda_1280")

    # Each tab leaves the tree its room on a 1093-wide window.
    for kind, record_id in (("meeting", som6.id), ("item", services.agenda.items(som6.id)[5].id)):
        assert window.nav.select(kind, record_id)
        qtbot.waitUntil(lambda k=kind, r=record_id: window.detail.current() == (k, r))
        tabs = window.detail.tabs(kind)
        widest = {
            tabs.tabText(i): tabs.widget(i).minimumSizeHint().width() for i in range(tabs.count())
        }
        assert max(widest.values()) <= 760, widest
    window.resize(1093, 614)
    QApplication.processEvents()
    assert window.nav.width() >= 250
    save_artifact(window, "cramped_tree_1093")

    people = CounterpartsWindow(services, window)
    qtbot.addWidget(people)
    people.resize(1280, 800)
    people.show()
    QApplication.processEvents()
    khmer = next(
        n
        for n in range(people.list.count())
        if any("\u1780" <= ch <= "\u17ff" for ch in people.list.item(n).text())
    )
    rect = people.list.visualItemRect(people.list.item(khmer))
    two_lines = people.list.fontMetrics().lineSpacing() * 2
    assert rect.height() >= two_lines  # both lines of a Khmer entry
    save_artifact(people, "cramped_counterparts_1280")


def test_every_text_scales_with_the_font_size(qtbot: Any, window: Any, demo_path: Path) -> None:
    """Item 9: at 14 pt, section headings, the tree, the stance map and live mode's
    texts are larger too (each keeps its proportion to the text)."""
    from PySide6.QtWidgets import QApplication, QLabel

    from adgsom_desktop.ui.positions.stance_map import row_height
    from adgsom_desktop.ui.shell.shell_commands import apply_font_size
    from tests.prepare_fixtures import open_store, show_tab

    base = QApplication.font().pointSizeF()
    services = open_store(qtbot, window, demo_path)
    som6 = next(m for m in services.events.meetings() if m.label == "6th ADGSOM")
    item = next(i for i in services.agenda.items(som6.id) if i.number == "3.2.a")
    editor = show_tab(qtbot, window, "item", item.id, "positionEditor")
    heading = next(
        lab
        for lab in editor.findChildren(QLabel)
        if lab.text() == "Objective" and lab.font().bold()
    )
    stance_map = show_tab(qtbot, window, "meeting", som6.id, "stanceMap")
    from adgsom_desktop.ui.room.room_feature import RoomFeature

    room = next(f for f in window.features if isinstance(f, RoomFeature))
    room.start_live_at(som6.id, item.id)
    live = room.live
    try:
        apply_font_size(14)
        QApplication.processEvents()
        assert heading.font().pointSizeF() >= 14 * 1.08 - 0.01
        assert window.nav.tree.font().pointSizeF() == 14
        assert window.nav.tree.header().sectionSize(
            1
        ) >= window.nav.tree.fontMetrics().horizontalAdvance("For review")
        vertical = stance_map.table.verticalHeader()
        assert vertical.defaultSectionSize() == row_height(stance_map.table.font())
        assert live.item_label.font().pointSizeF() >= 14 * 1.45 - 0.01
        assert live.timer.clock.font().pointSizeF() >= 14 * 1.8 - 0.01
        assert live.findChild(QLabel, "liveKeys").font().pointSizeF() >= 14 * 0.9 - 0.01
        window.resize(1280, 800)
        show_tab(qtbot, window, "item", item.id, "positionEditor")
        save_artifact(window, "font_14pt_position_editor")
        show_tab(qtbot, window, "meeting", som6.id, "stanceMap")
        save_artifact(window, "font_14pt_stance_map")
        live.resize(1280, 800)
        qtbot.wait(50)  # the item's title takes its height once laid out
        save_artifact(live, "font_14pt_live")
    finally:
        apply_font_size(int(base))
        live.close()
    assert heading.font().pointSizeF() < 14
