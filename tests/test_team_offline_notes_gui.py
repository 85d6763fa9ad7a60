"""Corrections and action items made offline, through the windows (#16 items 2 and 3).

The server is stopped while a member corrects a note in live mode (F2), makes an
action item with an owner and a due date (Ctrl+Enter), and corrects another note in
the Notes tab's dialog. Before, the corrections failed ("Not saved", the dialog
stayed open) and the action stayed in the box; now each is kept on this computer,
the dialog closes, and the kept notes show under "Notes on this item" and above the
Notes tab's table marked "○ Unsaved" (a word and a shape). When the server is back
they are written, once, and the marks go.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.room_records import ActionFilter
from adgsom_desktop.ui.common import confirm, theme, translation
from adgsom_desktop.ui.common import runner as gui_runner
from tests.conftest import save_artifact
from tests.prepare_fixtures import type_text

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

CTRL = Qt.KeyboardModifier.ControlModifier
THAI = "ไทยสนับสนุนร่างกรอบ พร้อมข้อสังเกต"


def _recent(live: Any) -> list[str]:
    return [live.recent.item(n).text() for n in range(live.recent.count())]


def test_corrections_and_an_owned_action_made_offline_show_unsaved_and_land(
    qtbot: Any, team_url: str, server_down: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.room.live_mode import LiveWindow
    from adgsom_desktop.ui.room.notes_view import NotesView

    monkeypatch.setenv("PGPASSWORD", "owner-password")  # seals the outbox
    monkeypatch.setattr(gui_runner, "RETRY_MS", (300, 600))
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    s = Services.open(team_url, actor="Somchai")
    event = s.events.save_event(title="6th ADGMIN and related meetings")
    meeting = s.events.save_meeting(
        event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
    )
    item = s.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
    vn = next(d for d in s.delegations.delegations() if d.code == "VN")
    first = s.notes.add(meeting.id, "Singapre supports the draft", item_id=item.id)
    second = s.notes.add(meeting.id, "Malaysia asks for time", item_id=item.id)
    view = NotesView(s)
    qtbot.addWidget(view)
    view.resize(1093, 614)
    view.show()
    view.show_record(meeting.id)
    live = LiveWindow(s, meeting.id, item.id)  # the active window: its keys work
    qtbot.addWidget(live)
    live.resize(1093, 614)
    live.show()
    qtbot.waitExposed(live)
    live.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live, timeout=5_000)
    runner = gui_runner.runner_for(s)

    server_down()

    # Live mode: F2 corrects the chosen note; the dialog closes, the correction is kept.
    def correct(dlg: Any) -> bool:
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.text.setPlainText("Singapore supports the draft")
        dlg.accept()
        return bool(dlg.result())

    monkeypatch.setattr(live, "exec_dialog", correct)
    live.text.setFocus()
    qtbot.keyClick(live.text, Qt.Key.Key_Up)
    qtbot.keyClick(live.recent, Qt.Key.Key_Up)
    assert "Singapre" in live.recent.currentItem().text()
    qtbot.keyClick(live.recent, Qt.Key.Key_F2)
    assert "correction is kept on this computer" in live.hint.text()
    assert "○ Unsaved correction: Singapore supports the draft" in _recent(live)

    # Ctrl+Enter: an action item for Viet Nam by 15 Feb, kept with its owner and date.
    def owner(dlg: Any) -> bool:
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.owner.setCurrentIndex(dlg.owner.findData(vn.id))
        dlg.due.setText("2026-02-15")
        qtbot.keyClick(dlg.due, Qt.Key.Key_Return)  # Enter saves as shown
        return bool(dlg.result())

    monkeypatch.setattr(live, "exec_dialog", owner)
    live.text.setFocus()
    type_text(live.text, THAI)
    qtbot.keyClick(live.text, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "Offline: kept" in live.hint.text(), timeout=20_000)
    assert live.text.toPlainText() == ""  # not back in the box: kept
    assert any(r.startswith("○ Unsaved ") and r.endswith(THAI) for r in _recent(live))

    # The Notes tab: another correction through its dialog, kept as well.
    view.table.setCurrentIndex(view.model.index(view.model.row_of(second.id), 5))

    def correct_second(dlg: Any) -> bool:
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.text.setPlainText("Malaysia asks for time to consult")
        dlg.accept()
        return bool(dlg.result())

    monkeypatch.setattr(view, "exec_dialog", correct_second)
    view.edit_selected()
    assert "correction is kept on this computer" in view.hint.text()
    assert view.kept.isVisible()
    kept_rows = [view.kept.rows.item(n).text() for n in range(view.kept.rows.count())]
    assert len(kept_rows) == 3 and all(r.startswith("○ Unsaved") for r in kept_rows)
    assert "3" in view.kept.heading.text()
    assert runner.held == 3
    for scheme in ("light", "dark"):
        theme.apply(scheme)
        QApplication.processEvents()
        save_artifact(live, f"team_offline_kept_live_{scheme}")
        save_artifact(view, f"team_offline_kept_notes_{scheme}")
    theme.apply("light")
    QApplication.processEvents()
    app = QApplication.instance()
    translation.install(app, "th")
    try:
        view.show_kept()
        live.capture.refill_recent()
        assert "Unsaved" not in view.kept.heading.text()
        save_artifact(view, "team_offline_kept_notes_th")
        save_artifact(live, "team_offline_kept_live_th")
    finally:
        translation.install(app, "en")
        view.show_kept()
        live.capture.refill_recent()

    server_down.resume()
    qtbot.waitUntil(lambda: runner.held == 0, timeout=30_000)
    qtbot.waitUntil(lambda: not view.kept.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: not any("Unsaved" in r for r in _recent(live)), timeout=10_000)
    assert s.notes.note(first.id).text == "Singapore supports the draft"
    assert s.notes.note(second.id).text == "Malaysia asks for time to consult"
    (act,) = [a for a in s.actions.actions(ActionFilter(item_id=item.id)) if a.text == THAI]
    assert act.owner_delegation_id == vn.id and act.due_date == date(2026, 2, 15)
    assert len(s.notes.notes(meeting.id)) == 3
    live.close()
    s.close()
