"""A dropped connection to the team store's server (#15 item 5).

The server restarted, or an administrator ended the app's sessions
(``pg_terminate_backend``): the app's pooled connections are dead, and it does not
know until it uses one.  The next read or write gets a fresh connection without a
word (a dead one is never handed out).  A write cut off in flight is said in words
(the connection was lost, nothing of it saved) and nothing is lost: in live mode
the note goes back into the capture box and the retry sends it again, once.
"""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt

from adgsom_desktop.errors import describe_failure
from adgsom_desktop.services.container import Services
from adgsom_desktop.ui.common import confirm
from tests.prepare_fixtures import settle, type_text

THAI = "ไทยสนับสนุนร่างกรอบ พร้อมข้อสังเกตเรื่องงบประมาณ"


def _end_app_sessions(url: str) -> int:
    """End every session of the app on this database but the change feed's listener
    (what an administrator's pg_terminate_backend does); returns how many."""
    with psycopg.connect(url, autocommit=True) as conn:
        pids = [
            int(r[0])
            for r in conn.execute(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND application_name = 'adgsom-desktop' AND query NOT ILIKE 'LISTEN%%'"
            ).fetchall()
        ]
        for pid in pids:  # a session ends once its server process has gone
            conn.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,))
    return len(pids)


def test_reads_and_writes_after_the_sessions_were_ended(
    team: tuple[Services, int], team_url: str
) -> None:
    s, meeting_id = team
    s.notes.add(meeting_id, "Chair opens the meeting")  # the pool holds live connections
    assert s.notes.notes(meeting_id)
    assert _end_app_sessions(team_url) >= 1
    # The next read: no error, the same answer.
    assert [n.text for n in s.notes.notes(meeting_id)] == ["Chair opens the meeting"]
    assert _end_app_sessions(team_url) >= 1
    # The next write too, once.
    s.notes.add(meeting_id, THAI)
    assert [n.text for n in s.notes.notes(meeting_id)] == ["Chair opens the meeting", THAI]
    assert s.audit.verify().ok


@pytest.mark.slow
def test_reads_after_the_server_restarted(team: tuple[Services, int], pg_server: Any) -> None:
    s, meeting_id = team
    s.notes.add(meeting_id, "Chair opens the meeting")
    done = pg_server.restart()
    assert done.returncode == 0, done.stderr
    assert [n.text for n in s.notes.notes(meeting_id)] == ["Chair opens the meeting"]
    s.notes.add(meeting_id, THAI)
    assert len(s.notes.notes(meeting_id)) == 2


def _block_notes(url: str) -> psycopg.Connection[Any]:
    """Another session holding the note table: a note's insert waits on it."""
    locker = psycopg.connect(url)
    locker.execute("LOCK TABLE note IN EXCLUSIVE MODE")
    return locker


def _waiting_writer(url: str) -> int | None:
    with psycopg.connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = 'adgsom-desktop' AND wait_event_type = 'Lock'"
        ).fetchone()
    return None if row is None else int(row[0])


def _terminate(url: str, pid: int) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_write_cut_off_in_flight_is_said_and_saves_nothing(
    team: tuple[Services, int], team_url: str, qtbot: Any
) -> None:
    """The service's path: the error says the connection was lost; nothing was saved;
    the same write again succeeds, once."""
    import threading

    s, meeting_id = team
    locker = _block_notes(team_url)
    caught: list[BaseException] = []

    def write() -> None:
        try:
            s.notes.add(meeting_id, THAI)
        except BaseException as exc:  # examined below
            caught.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        qtbot.waitUntil(lambda: _waiting_writer(team_url) is not None, timeout=10_000)
        pid = _waiting_writer(team_url)
        assert pid is not None
        _terminate(team_url, pid)
    finally:
        locker.rollback()
        locker.close()
        thread.join(20)
    assert caught, "the write cut off in flight should have failed"
    words = describe_failure(caught[0])
    assert "connection to the team store's server was lost" in words, words
    assert "nothing of it was saved" in words
    assert s.notes.notes(meeting_id) == []
    s.notes.add(meeting_id, THAI)
    assert [n.text for n in s.notes.notes(meeting_id)] == [THAI]
    assert s.audit.verify().ok


@pytest.mark.gui
def test_live_mode_keeps_a_note_whose_write_was_cut_off_and_sends_it_again(
    team: tuple[Services, int],
    team_url: str,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cut off in flight: the note is kept on this computer (#16 item 2: the runner's
    outbox), the box is free and says so, and the retry writes it, once."""
    from adgsom_desktop.ui.common import runner as gui_runner
    from adgsom_desktop.ui.room.live_mode import LiveWindow

    monkeypatch.setattr(gui_runner, "RETRY_MS", (300, 600, 1200))
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    s, meeting_id = team
    live = LiveWindow(s, meeting_id)
    qtbot.addWidget(live)
    live.show()
    locker = _block_notes(team_url)
    try:
        type_text(live.text, THAI)
        qtbot.keyClick(live.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _waiting_writer(team_url) is not None, timeout=10_000)
        pid = _waiting_writer(team_url)
        assert pid is not None
        _terminate(team_url, pid)
        qtbot.waitUntil(lambda: "Offline" in live.hint.text(), timeout=10_000)
        # Kept, not failed: the box is free for the next note, the reason in words.
        assert not live.text.toPlainText()
        assert not live.state.failed
        assert "written when the server is back" in live.hint.text()
        assert gui_runner.runner_for(s).held == 1
    finally:
        locker.rollback()
        locker.close()
    # The retry sends it again (a fresh connection): saved once.
    qtbot.waitUntil(lambda: len(s.notes.notes(meeting_id)) == 1, timeout=15_000)
    settle(s)
    qtbot.waitUntil(lambda: gui_runner.runner_for(s).held == 0, timeout=5_000)
    assert [n.text for n in s.notes.notes(meeting_id)] == [THAI]
    assert not live.state.failed and not live.text.toPlainText()
