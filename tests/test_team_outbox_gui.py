"""The sealed outbox through the window (#16): what the user is told.

- A file of kept changes that cannot be opened (tampered with, or sealed with
  another password) is refused when the store opens: a warning says so and where
  the file was kept; the app goes on, nothing deleted.
- A sign-in without a password keeps offline changes in memory only: the status
  bar's tip says so, and closing the store asks first (they would be lost).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.outbox import Outbox, note_add, outbox_path
from adgsom_desktop.services.records import NewNote
from adgsom_desktop.ui.common import confirm, theme, translation
from adgsom_desktop.ui.common import runner as gui_runner
from adgsom_desktop.ui.team.outbox_notice import show_problem
from tests.conftest import save_artifact
from tests.test_team_conflict_gui import _app
from tests.test_team_offline_gui import _live, _meeting, _note

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

RED_LINE = "เส้นแดง: ไทยไม่รับวรรค 4"


def _display(url: str) -> str:
    services = Services.open(url, actor="setup")
    try:
        return services.locator.display
    finally:
        services.close()


def test_a_tampered_outbox_is_refused_with_a_warning_and_kept(
    qtbot: Any, team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", "owner-password")
    _meeting(team_url)
    path = outbox_path(_display(team_url))
    kept = Outbox(path, secret=b"owner-password")
    kept.hold(note_add(NewNote(1, RED_LINE)))
    spoilt = path.read_bytes()[:-3] + b"xyz"
    path.write_bytes(spoilt)

    win = _app(qtbot, tmp_path, "Somchai", team_url)
    qtbot.waitUntil(lambda: win.save_label.problem_box is not None, timeout=10_000)
    box = win.save_label.problem_box
    assert box.isVisible()
    assert "sealed with another sign-in password" in box.text()
    aside = gui_runner.runner_for(win.services).outbox.aside
    assert aside is not None and str(aside) in box.text()
    assert aside.read_bytes() == spoilt and not path.exists()
    assert win.save_label.text() == ""  # nothing held: the app goes on as usual
    for scheme in ("light", "dark"):
        theme.apply(scheme)
        QApplication.processEvents()
        save_artifact(box, f"team_outbox_refused_{scheme}")
        win.resize(1093, 614)
        save_artifact(win, f"team_outbox_refused_window_{scheme}")
    theme.apply("light")
    QApplication.processEvents()
    box.close()
    app = QApplication.instance()
    translation.install(app, "th")
    try:
        outbox = gui_runner.runner_for(win.services).outbox
        outbox.problem = "wrong-key"
        thai = show_problem(win, outbox)
        assert thai is not None and "Nothing was deleted" not in thai.text()
        save_artifact(thai, "team_outbox_refused_th")
        thai.close()
    finally:
        translation.install(app, "en")


def test_without_a_password_offline_changes_are_in_memory_and_closing_asks(
    qtbot: Any,
    team_url: str,
    tmp_path: Path,
    server_down: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)  # the test server trusts its owner
    monkeypatch.setattr(gui_runner, "RETRY_MS", (300, 600))
    meeting_id = _meeting(team_url)
    win = _app(qtbot, tmp_path, "Somchai", team_url)
    outbox = gui_runner.runner_for(win.services).outbox
    assert outbox is not None and outbox.memory_only
    live = _live(qtbot, win, meeting_id)
    server_down()
    _note(qtbot, live, RED_LINE)
    qtbot.waitUntil(lambda: win.save_label.text().startswith("Offline: 1"), timeout=30_000)
    assert "memory only" in win.save_label.toolTip()
    assert not outbox.path.exists() and not outbox.path.parent.exists()
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda _p, _t, text, _y: asked.append(text) or False)
    win.close_store()
    assert asked and "lost if you close the store now" in asked[0]
    assert win.services is not None  # still open: the change is not lost
    server_down.resume()
    qtbot.waitUntil(lambda: "All changes saved" in win.save_label.text(), timeout=30_000)
    live.close()
    monkeypatch.setattr(confirm, "ask", lambda *_a: True)
    win.close()
