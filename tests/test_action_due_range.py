"""Review s30 F17: action due dates "+100000" (saved as 2300) and "1999-01-01" (an action
raised today, overdue by 27 years) were taken silently in live mode (Ctrl+Enter) and
elsewhere. A due date before the meeting, or more than five years ahead, is refused with a
clear message: the live prompt stays open, the services write nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.room_records import ActionFilter
from tests.conftest import save_artifact
from tests.prepare_fixtures import settle
from tests.test_live_mode import CTRL, open_demo, som6, start_live
from tests.test_live_room import _go_to


@pytest.mark.gui
def test_live_prompt_refuses_absurd_due_dates(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_demo(qtbot, window, demo_path)
    meeting = som6(services)
    live = start_live(qtbot, window, meeting.id)
    item = _go_to(qtbot, live, "4.3")
    said: list[str] = []

    def ask(dlg: Any) -> bool:
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.due, timeout=3000)
        for typed in ("+100000", "1999-01-01"):
            dlg.due.setText(typed)
            qtbot.keyClick(dlg.due, Qt.Key.Key_Return)
            assert dlg.isVisible(), typed  # was: accepted, "Action item created"
            said.append(dlg.problem.text())
            if typed == "+100000":
                dlg.resize(1093, 614)
                save_artifact(dlg, "live_action_prompt_far_due")
        dlg.due.setText("+14")
        qtbot.keyClick(dlg.due, Qt.Key.Key_Return)
        return bool(dlg.result())

    monkeypatch.setattr(live, "exec_dialog", ask)
    live.speaker.setFocus()
    qtbot.keyClicks(live.speaker, "SG")
    live.speaker.completer_.popup().hide()
    qtbot.keyClick(live.speaker, Qt.Key.Key_Tab)
    qtbot.keyClicks(live.text, "Singapore to circulate the ToR comments")
    qtbot.keyClick(live.text, Qt.Key.Key_Return, CTRL)
    settle(services)
    assert "more than 5 years ahead" in said[0] and "leave it empty" in said[0]
    assert "before the meeting" in said[1] and meeting.date.isoformat() in said[1]
    acts = services.actions.actions(ActionFilter(item_id=item.id))
    made = next(a for a in acts if "ToR comments" in a.text)
    assert made.due_date == date.today() + timedelta(days=14)


def test_services_refuse_and_write_nothing(demo_services: Any) -> None:
    svc = demo_services
    meeting = som6(svc)
    before = [(a.id, a.due_date) for a in svc.actions.actions()]
    for due in (date(1999, 1, 1), date(2300, 9, 21), meeting.date - timedelta(days=1)):
        with pytest.raises(ValidationError, match="due date"):
            svc.actions.create("Draft the ToR", meeting_id=meeting.id, due_date=due)
    one = svc.actions.actions()[0]
    with pytest.raises(ValidationError, match="years ahead"):
        svc.actions.update(
            one.id,
            text=one.text,
            owner_person_id=None,
            owner_delegation_id=one.owner_delegation_id,
            owner_agency="",
            due_date=date.today() + timedelta(days=6 * 366),
            status=one.status,
        )
    assert [(a.id, a.due_date) for a in svc.actions.actions()] == before
    ok = svc.actions.create("Draft the ToR", meeting_id=meeting.id, due_date=meeting.date)
    assert ok.due_date == meeting.date
