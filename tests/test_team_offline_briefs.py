"""A brief edited while the team store's server is away (#16 item 2).

The finding: the position editor's autosave was not kept when the server went away
(the text stayed on screen, "Not saved", lost if the app was closed or died). Now the
autosave is held (sealed on disk), the editor says "kept on this computer", a second
autosave of the same brief is folded into the first (one version, no conflict with
oneself), and when the server is back it is written once; if another member saved
the brief meanwhile the conflict is shown per section, as a conflicting save is.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.brief_conflict import BriefConflict, Choice, Resolution
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.outbox import HeldOffline, Outbox, brief_save
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.runner import OpRunner
from adgsom_desktop.ui.common import runner as gui_runner
from tests.conftest import save_artifact
from tests.prepare_fixtures import show_tab, type_text
from tests.test_team_conflict_gui import _app, _brief_on_team_store

RED = "ไม่รับภาษีใหม่ต่อการไหลของข้อมูลข้ามพรมแดน"


def _send(runner: OpRunner, write: Any) -> Any:
    outbox = runner.outbox
    assert outbox is not None
    return runner.submit(lambda: outbox.apply(write), hold=write, label=write.label)


@pytest.mark.slow
def test_brief_saves_held_offline_fold_into_one_and_land_once(
    team_url: str, server_down: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = _brief_on_team_store(team_url)
    monkeypatch.setenv("PGPASSWORD", "owner-password")
    s = Services.open(team_url, actor="Somchai")
    try:
        rec = s.positions.get(item_id)
        assert rec is not None and rec.version_no == 1
        runner = OpRunner()
        runner.outbox = outbox = Outbox.for_services(s)
        server_down()
        first = replace(rec.content, red_line=RED)
        second = replace(first, objective="Thailand supports the draft, with a review.")
        tickets = [
            _send(runner, brief_save(item_id, c, tags=None, expected_version=1))
            for c in (first, second)
        ]
        assert runner.wait(60) and all(isinstance(t.error, HeldOffline) for t in tickets)
        assert outbox.count == 1  # folded: one save, made on version 1
        assert RED.encode() not in outbox.path.read_bytes()
        server_down.resume()
        replayed = runner.call(outbox.replay)
        assert len(replayed.written) == 1 and not replayed.conflicts
        now = s.positions.get(item_id)
        assert now is not None and now.version_no == 2
        assert now.content.red_line == RED and "with a review" in now.content.objective
        # Replayed again (its answer lost): the brief holds it already, nothing written.
        again = outbox.apply(replayed.written[0])
        assert again.rec.version_no == 2 and s.positions.get(item_id).version_no == 2
        assert runner.close()
    finally:
        s.close()


@pytest.mark.slow
def test_a_brief_held_offline_meets_another_members_save_as_a_conflict(
    team_url: str, server_down: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = _brief_on_team_store(team_url)
    monkeypatch.setenv("PGPASSWORD", "owner-password")
    s = Services.open(team_url, actor="Somchai")
    try:
        rec = s.positions.get(item_id)
        assert rec is not None
        runner = OpRunner()
        runner.outbox = outbox = Outbox.for_services(s)
        server_down()
        mine = replace(rec.content, red_line=RED)
        held = _send(runner, brief_save(item_id, mine, tags=None, expected_version=1))
        assert runner.wait(60) and isinstance(held.error, HeldOffline)
        server_down.resume()
        other = Services.open(team_url, actor="Malee")
        try:
            other.positions.save(  # the red line too (a conflict), and the objective
                item_id,
                replace(rec.content, objective="Thailand supports it.", red_line="No levy."),
                expected_version=1,
            )
        finally:
            other.close()
        replayed = runner.call(outbox.replay)
        assert replayed.written == () and len(replayed.conflicts) == 1
        assert replayed.conflicts[0].theirs_version == 2 and outbox.count == 1
        assert s.positions.get(item_id).content.red_line == "No levy."  # theirs until chosen
        with pytest.raises(BriefConflict) as found:
            outbox.apply(replayed.conflicts[0].write)
        s.positions.resolve_conflict(found.value, Resolution(Choice.MINE))
        outbox.resolved(replayed.conflicts[0])
        now = s.positions.get(item_id).content
        assert now.red_line == RED and outbox.count == 0
        assert now.objective == "Thailand supports it."  # theirs alone: kept (G1, s31)
        assert runner.close()
    finally:
        s.close()


@pytest.mark.gui
@pytest.mark.slow
@pytest.mark.usefixtures("no_leaked_jobs")
def test_the_position_editor_keeps_a_brief_offline_and_merges_it_on_the_servers_return(
    qtbot: Any, team_url: str, tmp_path: Path, server_down: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", "owner-password")
    monkeypatch.setattr(gui_runner, "RETRY_MS", (600_000,))  # replayed by the test, below
    item_id = _brief_on_team_store(team_url)
    win = _app(qtbot, tmp_path, "Somchai", team_url)
    ed = show_tab(qtbot, win, "item", item_id, "positionEditor")
    runner = gui_runner.runner_for(win.services)
    server_down()
    type_text(ed.form.red_line, RED)
    ed.flush()
    qtbot.waitUntil(lambda: runner.held == 1, timeout=30_000)
    qtbot.waitUntil(lambda: "kept on this computer" in ed.save_label.text(), timeout=10_000)
    assert "Not saved" not in ed.save_label.text()
    assert ed.form.red_line.toPlainText() == RED
    qtbot.waitUntil(lambda: win.save_label.text().startswith("Offline: 1"), timeout=10_000)
    ed.form.objective.moveCursor(ed.form.objective.textCursor().MoveOperation.End)
    type_text(ed.form.objective, " With a mid-term review.")
    ed.flush()
    qtbot.wait(500)
    assert runner.held == 1  # the second autosave folded into the first
    assert RED.encode() not in runner.outbox.path.read_bytes()
    win.resize(1093, 614)
    save_artifact(win, "team_offline_brief_kept")

    server_down.resume()
    other = Services.open(team_url, actor="Malee")  # saved meanwhile, another section
    try:
        rec = other.positions.get(item_id)
        other.positions.save(
            item_id, replace(rec.content, press_line="No comment yet."), expected_version=1
        )
    finally:
        other.close()
    opened: list[Any] = []
    monkeypatch.setattr(
        "adgsom_desktop.ui.common.conflict_dialog.ConflictDialog.exec",
        lambda dialog: opened.append(dialog) or 0,
    )
    runner.replay()
    qtbot.waitUntil(lambda: runner.held == 0, timeout=30_000)
    # G1 (s31, c2.py): other sections than ours: merged, no dialog (its default "Keep
    # mine" used to revert the press line), and the status bar says what was merged.
    assert opened == []
    rec = win.services.positions.get(item_id)
    assert rec.content.red_line == RED and "mid-term review" in rec.content.objective
    assert rec.content.press_line == "No comment yet."
    assert isinstance(rec.content, PositionContent)
    qtbot.waitUntil(lambda: "merged with Malee" in win.statusBar().currentMessage(), timeout=5000)
    assert "Press line" in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: ed.form.press_line.toPlainText() == "No comment yet.", timeout=10_000)
    assert ed.form.red_line.toPlainText() == RED
    win.resize(1093, 614)
    save_artifact(win, "team_offline_brief_merged")
    win.close()
