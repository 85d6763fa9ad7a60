"""The app while the team store's server is away (#16 item 2), through the window.

Notes typed in live mode while the server is stopped are kept on this computer: the
box stays free for the next one, the status bar says "Offline: N unsaved changes ·
retrying", and when the server is back the runner writes them, in order, once, and
the status bar says all is saved again.  Closing the app while offline keeps them
(a file under the user's profile); opening the store again writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.outbox import Outbox, outbox_path
from adgsom_desktop.ui.common import confirm
from adgsom_desktop.ui.common import runner as gui_runner
from tests.conftest import save_artifact
from tests.prepare_fixtures import type_text
from tests.test_team_conflict_gui import _app

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

THAI = "ไทยสนับสนุนร่างกรอบ"
PASSWORD = "owner-password"


def _meeting(url: str) -> int:
    services = Services.open(url, actor="setup")
    try:
        event = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
        return meeting.id
    finally:
        services.close()


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(gui_runner, "RETRY_MS", (300, 600))
    # A password libpq signs in with (the test server trusts its owner): it seals the outbox.
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    yield


def _live(qtbot: Any, win: Any, meeting_id: int) -> Any:
    """Live mode as the window opens it (Meeting > Live mode: changes reach it)."""
    from adgsom_desktop.ui.room.room_feature import RoomFeature

    room = next(f for f in win.features if isinstance(f, RoomFeature))
    room.start_live_at(meeting_id, None)
    live = room.live
    assert live is not None
    qtbot.waitExposed(live)
    return live


def _note(qtbot: Any, live: Any, text: str) -> None:
    type_text(live.text, text)
    qtbot.keyClick(live.text, Qt.Key.Key_Return)


def _texts(url: str, meeting_id: int) -> list[str]:
    services = Services.open(url, actor="check")
    try:
        return [n.text for n in services.notes.notes(meeting_id)]
    finally:
        services.close()


def test_the_status_bar_counts_unsaved_changes_offline_and_returns_to_saved(
    qtbot: Any, team_url: str, tmp_path: Path, server_down: Any, quick_retries: None
) -> None:
    meeting_id = _meeting(team_url)
    win = _app(qtbot, tmp_path, "Somchai", team_url)
    live = _live(qtbot, win, meeting_id)
    _note(qtbot, live, "Chair opens the meeting")
    qtbot.waitUntil(lambda: "All changes saved" in win.save_label.text(), timeout=10_000)

    server_down()
    typed = [f"{THAI} {n}" for n in range(3)]
    for text in typed:
        _note(qtbot, live, text)
        assert live.text.toPlainText() == ""  # the box is free for the next note at once
    qtbot.waitUntil(
        lambda: win.save_label.text() == "Offline: 3 unsaved changes · retrying", timeout=30_000
    )
    # The count moves once each is on disk; the window hears of the last one just after.
    qtbot.waitUntil(lambda: "written when the server is back" in live.hint.text(), timeout=10_000)
    assert not live.state.failed
    assert "server cannot be reached" in win.save_label.toolTip()
    win.resize(1093, 614)
    save_artifact(win, "team_offline_status")
    save_artifact(win.statusBar(), "team_offline_status_bar")
    live.resize(1093, 614)
    save_artifact(live, "team_offline_live")

    server_down.resume()
    qtbot.waitUntil(lambda: "All changes saved" in win.save_label.text(), timeout=30_000)
    save_artifact(win.statusBar(), "team_offline_status_bar_saved")
    assert _texts(team_url, meeting_id) == ["Chair opens the meeting", *typed]
    # The live window heard them land: they are in its list of recent notes.
    qtbot.waitUntil(
        lambda: [n.text for n in live.presenter.recent_notes][-3:] == typed, timeout=10_000
    )
    live.close()


def test_edits_held_when_the_app_closes_offline_land_when_it_opens_again(
    qtbot: Any, team_url: str, tmp_path: Path, server_down: Any, quick_retries: None
) -> None:
    meeting_id = _meeting(team_url)
    win = _app(qtbot, tmp_path, "Somchai", team_url)
    display = win.services.locator.display
    live = _live(qtbot, win, meeting_id)
    server_down()
    _note(qtbot, live, THAI)
    _note(qtbot, live, "Viet Nam asks for a review")
    qtbot.waitUntil(lambda: win.save_label.text().startswith("Offline: 2"), timeout=30_000)
    live.close()
    win.close()  # quits while the server is away
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=10_000)

    kept = Outbox(outbox_path(display), secret=PASSWORD.encode())
    assert THAI.encode() not in kept.path.read_bytes()
    assert [w.args["text"] for w in kept.pending()] == [THAI, "Viet Nam asks for a review"]

    server_down.resume()
    again = _app(qtbot, tmp_path, "Somchai", team_url)
    qtbot.waitUntil(lambda: "All changes saved" in again.save_label.text(), timeout=30_000)
    assert _texts(team_url, meeting_id) == [THAI, "Viet Nam asks for a review"]
    assert Outbox(outbox_path(display), secret=PASSWORD.encode()).count == 0
    again.close()
