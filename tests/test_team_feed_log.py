"""The team store's change feed while the server is away: one clear log line when the
connection is lost, one when it is back, and no traceback in between.

The listener tries again every ``RETRY_SECONDS``; it used to log a warning with a
full traceback at every try, so a server down for a lunch break filled the log.
What the user sees is the app's own state (writes kept on this computer, counted in
the status bar), not the log.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest

from adgsom_desktop.services.changes import Change, ChangeKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import pg_feed

pytestmark = pytest.mark.slow


def _until(check: Any, timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_a_lost_feed_says_so_once_and_once_when_back(
    team_url: str, server_down: Any, caplog: pytest.LogCaptureFixture, monkeypatch: Any
) -> None:
    monkeypatch.setattr(pg_feed, "RETRY_SECONDS", 0.2)  # many tries while it is down
    caplog.set_level(logging.DEBUG, logger=pg_feed.__name__)
    heard: list[Change] = []
    s = Services.open(team_url, actor="Malee")
    s.bus.subscribe(heard.append)
    stop = s.listen_to_others()
    try:
        server_down()
        time.sleep(3.0)  # about a dozen tries
        server_down.resume()
        assert _until(lambda: any("back" in r.getMessage() for r in caplog.records))

        # Listening again: another app's change arrives.
        other = Services.open(team_url, actor="Somchai")
        try:
            other.events.save_event(title="6th ADGMIN and related meetings")
            assert _until(lambda: any(c.kind is ChangeKind.EVENTS for c in heard))
        finally:
            other.close()
    finally:
        stop()
        s.close()

    said = [r for r in caplog.records if r.name == pg_feed.__name__ and r.levelno >= logging.INFO]
    assert [r.levelno for r in said] == [logging.WARNING, logging.INFO], [
        r.getMessage() for r in said
    ]
    lost, back = said
    assert "lost" in lost.getMessage() and "\n" not in lost.getMessage()
    assert "back" in back.getMessage()
    assert all(r.exc_info is None and not r.exc_text for r in caplog.records)
    assert "Traceback" not in caplog.text
