"""The week at a glance as a head of delegation uses it (issue #23, item 2): View > The
week at a glance on the selected event, meetings side by side where they overlap and
named below, our members said per meeting (a double booking refused in the dialog,
nothing changed), and a double click goes to the meeting in the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from adgsom_desktop.domain.enums import MemberRole
from adgsom_desktop.services.store_setup import create_store
from tests.conftest import save_artifact
from tests.prepare_fixtures import click, open_store
from tests.test_week import make_week

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _store(path: Path) -> tuple[Path, dict[str, Any]]:
    from adgsom_desktop.services.container import Services

    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    week = make_week(svc)
    th = svc.delegations.our_delegation()
    svc.delegations.save_person(
        delegation_id=th.id,
        full_name="Suda Wongthai",
        local_name="สุดา วงศ์ไทย",
        role=MemberRole.ADVISER,
    )
    svc.week.set_members(week["som"].id, [week["head"].id, week["aide"].id])
    svc.week.set_members(week["japan"].id, [week["head"].id])
    svc.close()
    return path, week


def _open_week(qtbot: Any, window: Any, event_id: int) -> Any:
    window.nav.select("event", event_id)
    window.findChild(object, "actWeek").trigger()
    win = window.findChild(QWidget, "weekWindow")
    assert win is not None
    qtbot.waitUntil(lambda: win.week is not None and win._job is None, timeout=10_000)
    return win


def test_week_at_a_glance_members_and_going_to_a_meeting(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    path, week = _store(tmp_path / "w.adgsom")
    services = open_store(qtbot, window, path)
    win = _open_week(qtbot, window, week["event"].id)
    grid = win.grid
    assert win.events.currentData() == week["event"].id
    assert [d.day.day for d in win.week.days] == [18, 19, 20]
    drawn = {(p.block.label, p.block.kind is None) for p in grid.placed}
    assert {("7th ADGSOM", True), ("Lunch", False), ("ADGSOM+JP", True)} <= drawn
    japan, korea = grid.rect_of(week["japan"].id), grid.rect_of(week["korea"].id)
    assert japan.right() < korea.left()  # side by side, not on top of each other
    assert "ADGSOM+JP and ADGSOM+ROK overlap on Tue 19 Jan, 15:00-16:00." in win.notes.text()
    assert "No day yet: Retreat." in win.notes.text()
    assert not win.members_button.isEnabled()

    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=korea.center())
    assert grid.current == week["korea"].id and win.members_button.isEnabled()
    # Somchai is at ADGSOM+JP at that hour: refused in the dialog, which stays open.
    dlg = win.members_dialog(week["korea"].id)
    answers = iter([1, 0])
    dlg.exec = lambda: next(answers)
    for n in range(dlg.list.count()):
        if dlg.list.item(n).text().startswith(("Somchai", "Suda")):
            dlg.list.item(n).setCheckState(Qt.CheckState.Checked)
    assert win.edit_members(week["korea"].id, dlg) is False
    assert dlg.message.isVisible() or "Somchai Jaidee is already at ADGSOM+JP" in dlg.message.text()
    assert "Nothing was changed." in dlg.message.text()
    assert services.week.members(week["korea"].id) == ()
    # Suda alone is fine; the week shows her at once.
    dlg = win.members_dialog(week["korea"].id)
    dlg.exec = lambda: 1
    for n in range(dlg.list.count()):
        if dlg.list.item(n).text().startswith("Somchai"):
            dlg.list.item(n).setCheckState(Qt.CheckState.Unchecked)
        if dlg.list.item(n).text().startswith("Suda"):
            dlg.list.item(n).setCheckState(Qt.CheckState.Checked)
    assert win.edit_members(week["korea"].id, dlg) is True
    qtbot.waitUntil(
        lambda: any(
            "Suda Wongthai (สุดา วงศ์ไทย)" in p.block.members
            for p in grid.placed
            if p.block.meeting_id == week["korea"].id
        ),
        timeout=10_000,
    )
    win.resize(1093, 614)
    save_artifact(win, "week_at_a_glance")

    # A double click goes to the meeting in the main window.
    som = grid.rect_of(week["som"].id)
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=som.center())
    assert window.nav.current_key() == ("meeting", week["som"].id)
    # Keys: arrows move between meetings, Enter opens.
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.nav.current_key() == ("meeting", grid.current)


@pytest.mark.slow
def test_week_without_events_says_so(qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = tmp_path / "empty.adgsom"
    from adgsom_desktop.services.container import Services

    Services.for_store(create_store(path, our_delegation_code="TH")).close()
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(path)
    window.findChild(object, "actWeek").trigger()
    win = window.findChild(QWidget, "weekWindow")
    qtbot.waitUntil(lambda: "No event yet" in win.notes.text(), timeout=5_000)
    assert not win.members_button.isEnabled()
    click(qtbot, win.open_button)  # disabled: nothing happens
