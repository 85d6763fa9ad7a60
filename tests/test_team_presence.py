"""Who is editing a brief, on a team store (#16 item 1).

A member who opens an item's brief is named to the others who open it ("Somchai has
this brief open"); the presence is the server's (a shared advisory lock held by a
connection named after the member), so it ends when they leave the brief, close the
app, or the app dies.  Two members saving the same part: the second save is shown
as a conflict naming the first, their text kept (issue 14's banner).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.ui.common import theme, translation
from tests.conftest import save_artifact
from tests.prepare_fixtures import show_tab, type_text
from tests.test_team_conflict_gui import _app


def _item(url: str) -> tuple[int, int]:
    s = Services.open(url, actor="setup")
    try:
        ev = s.events.save_event(title="6th ADGMIN and related meetings")
        m = s.events.save_meeting(
            event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        item = s.agenda.add_item(m.id, "ASEAN Digital Masterplan 2026-2030")
        s.positions.save(item.id, PositionContent(objective="Thailand supports the draft."))
        return m.id, item.id
    finally:
        s.close()


def _until(check: Any, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_presence_names_the_member_and_ends_when_they_leave_or_die(team_url: str) -> None:
    _meeting, item_id = _item(team_url)
    a = Services.open(team_url, actor="สมชาย Somchai")
    b = Services.open(team_url, actor="Malee")
    try:
        assert b.presence.editors(item_id) == ()
        a.presence.enter(item_id)
        assert b.presence.editors(item_id) == ("สมชาย Somchai",)
        assert a.presence.editors(item_id) == ()  # nobody is told about themselves
        b.presence.enter(item_id)
        assert a.presence.editors(item_id) == ("Malee",)
        a.presence.enter(None)  # Somchai leaves the brief
        assert b.presence.editors(item_id) == ()

        # An app that dies: its presence ends with its connection.
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys, time\n"
                "from adgsom_desktop.services.container import Services\n"
                "s = Services.open(sys.argv[1], actor='Chanthala')\n"
                "s.presence.enter(int(sys.argv[2]))\n"
                "print('in', flush=True)\n"
                "time.sleep(120)\n",
                team_url,
                str(item_id),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "in"
            assert b.presence.editors(item_id) == ("Chanthala",)
            child.kill()
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
        assert _until(lambda: b.presence.editors(item_id) == ()), "the dead app still shows"
    finally:
        a.close()
        b.close()
    # Closing the store ended every presence too.
    c = Services.open(team_url, actor="Khamla")
    try:
        assert c.presence.editors(item_id) == ()
    finally:
        c.close()


def test_a_file_store_names_nobody(services: Any) -> None:
    if services.ctx.backend.locator.is_server:
        pytest.skip("a file's behaviour")
    services.presence.enter(1)
    assert services.presence.everyone() == {} and not services.presence.available


@pytest.mark.gui
@pytest.mark.slow
@pytest.mark.usefixtures("no_leaked_jobs")
def test_an_open_brief_says_who_else_has_it_open(qtbot: Any, team_url: str, tmp_path: Path) -> None:
    meeting_id, item_id = _item(team_url)
    aide = _app(qtbot, tmp_path, "Somchai", team_url)
    head = _app(qtbot, tmp_path, "Malee", team_url)
    qtbot.waitUntil(lambda: aide.team_live.listening and head.team_live.listening, timeout=10_000)
    a = show_tab(qtbot, aide, "item", item_id, "positionEditor")
    b = show_tab(qtbot, head, "item", item_id, "positionEditor")
    qtbot.waitUntil(lambda: b.presence.isVisible(), timeout=5000)
    assert b.presence.text() == "Somchai has this brief open"
    qtbot.waitUntil(lambda: a.presence.isVisible(), timeout=5000)
    assert a.presence.text() == "Malee has this brief open"
    head.resize(1093, 614)
    save_artifact(head, "team_presence")
    app = QApplication.instance()
    translation.install(app, "th")
    try:
        b.presence.refresh()  # the next look at the server says it in Thai
        qtbot.waitUntil(lambda: b.presence.text() == "Somchai เปิดท่าทีนี้อยู่", timeout=5000)
        for scheme in ("light", "dark"):
            theme.apply(scheme)
            QApplication.processEvents()
            save_artifact(head, f"team_presence_th_{scheme}")
    finally:
        theme.apply("light")
        translation.install(app, "en")
    b.presence.refresh()
    qtbot.waitUntil(lambda: b.presence.text() == "Somchai has this brief open", timeout=5000)

    # Both save the same part: Somchai first; Malee's save meets his as a conflict, her
    # text stays, and it names him.
    type_text(a.form.objective, " With a mid-term review.")
    type_text(b.form.objective, " No new levy on data flows.")
    assert a.flush()
    qtbot.waitUntil(lambda: a.rec is not None and a.rec.version_no == 2, timeout=5000)
    b.flush()
    qtbot.waitUntil(lambda: b.btn_compare.isVisible(), timeout=5000)
    assert "Somchai saved this brief meanwhile" in b.banner.text()
    assert "No new levy on data flows." in b.form.objective.toPlainText()
    save_artifact(head, "team_presence_conflict")

    # Somchai leaves the brief (goes to the meeting): Malee's line goes.
    show_tab(qtbot, aide, "meeting", meeting_id, "meetingNotes")
    qtbot.waitUntil(lambda: not b.presence.isVisible(), timeout=8000)
