"""Two app instances on one team store: a conflicting save of a brief shows the conflict.

Before (issue 14): the second save of a brief that someone else had saved said
"changed elsewhere: Reload", and Reload dropped what the user typed.  Now the text
stays on screen, the banner says who saved meanwhile, and Compare… shows both
versions side by side with a word diff; the user keeps theirs, takes the other or
merges by hand, and the history keeps both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from tests.conftest import save_artifact
from tests.prepare_fixtures import show_tab, type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _app(qtbot: Any, folder: Path, user: str, url: str) -> Any:
    """One instance of the app: its own window, preferences, services and connections."""
    from adgsom_desktop.app import build_window
    from adgsom_desktop.ui.shell.preferences import Preferences

    prefs = Preferences(folder / f"{user}.ini")
    prefs.set_user_name(user)
    win = build_window(None, prefs)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    with qtbot.waitSignal(win.controller.opened, timeout=20_000):
        win.controller.open_path(url)
    qtbot.waitUntil(lambda: win.nav.model.rowCount() > 0, timeout=10_000)
    return win


def _typing_slowly(editor: Any) -> None:
    """The editor's autosave waits (a member still typing): the other member's save lands
    first, whatever the machine's speed."""
    editor.autosave._debounce.setInterval(600_000)
    editor.autosave._max_wait.setInterval(600_000)
    editor.autosave._watched = None  # nor on moving to another field


def _brief_on_team_store(url: str) -> int:
    services = Services.open(url, actor="setup")
    try:
        event = services.events.save_event(title="6th ADGMIN and related meetings")
        meeting = services.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM", series="ADGSOM"
        )
        item = services.agenda.add_item(meeting.id, "ASEAN Digital Masterplan 2026-2030")
        services.positions.save(
            item.id,
            PositionContent(objective="Thailand supports the draft masterplan."),
        )
        return item.id
    finally:
        services.close()


def test_a_conflicting_save_shows_both_versions_and_merges(
    qtbot: Any, team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item_id = _brief_on_team_store(team_url)
    aide = _app(qtbot, tmp_path, "Somchai", team_url)
    head = _app(qtbot, tmp_path, "Malee", team_url)
    a = show_tab(qtbot, aide, "item", item_id, "positionEditor")
    b = show_tab(qtbot, head, "item", item_id, "positionEditor")
    assert a.rec.version_no == b.rec.version_no == 1

    # Both type; the aide saves first.  (The head's window follows the aide's saves live:
    # a conflict needs text typed on version 1 and not saved yet, #16.)  Both change the
    # objective (a conflict); the red line is the head's alone (merged, never asked: G1).
    _typing_slowly(b)
    type_text(b.form.red_line, "No new levy on cross-border data flows.")
    b.form.objective.moveCursor(b.form.objective.textCursor().MoveOperation.End)
    type_text(b.form.objective, " (head)")
    a.form.objective.moveCursor(a.form.objective.textCursor().MoveOperation.End)
    type_text(a.form.objective, " ประเทศไทยสนับสนุน with a mid-term review.")
    assert a.flush()
    qtbot.waitUntil(lambda: a.rec is not None and a.rec.version_no == 2, timeout=5000)

    # The head, still on version 1 with unsaved text, saves: handed to the runner, which
    # answers with a conflict; the text is kept.
    b.flush()
    qtbot.waitUntil(lambda: b.btn_compare.isVisible(), timeout=5000)
    assert "Somchai saved this brief meanwhile" in b.banner.text()
    assert not b.btn_reload.isVisible()
    assert b.form.red_line.toPlainText() == "No new levy on cross-border data flows."
    assert "Not saved" in b.save_label.text()
    # said once: the banner explains, the save marker only points at it (G1, s31)
    assert "Somchai saved this brief meanwhile (see above)" in b.save_label.text()
    assert "nothing was overwritten" not in b.save_label.text()
    # The status bar agrees with the editor (it said "All changes saved" here, #16).
    qtbot.waitUntil(lambda: "Not saved" in head.save_label.text(), timeout=5000)
    assert "All changes saved" not in head.save_label.text()
    head.resize(1093, 614)
    save_artifact(head, "team_conflict_banner")

    seen: dict[str, Any] = {}

    def choose(dialog: Any) -> int:
        dialog.resize(1093, 614)
        save_artifact(dialog, "team_conflict_dialog")
        seen["sections"] = [s.key for s in dialog.view.sections]
        seen["theirs"] = dialog.findChild(object, "conflict_theirs_objective").toPlainText()
        seen["mine"] = dialog.findChild(object, "conflict_mine_objective").toPlainText()
        seen["default"] = [
            b.objectName() for b in dialog.findChildren(QPushButton) if b.isDefault()
        ]
        merged = dialog.findChild(object, "conflict_merged_objective")
        merged.setPlainText(
            "Thailand supports the draft masterplan ประเทศไทยสนับสนุน with a mid-term review."
        )
        dialog.findChild(object, "conflictMerged").click()
        return int(dialog.result())

    monkeypatch.setattr("adgsom_desktop.ui.common.conflict_dialog.ConflictDialog.exec", choose)
    b.btn_compare.click()
    assert seen["sections"] == ["objective"]  # the red line is the head's alone
    assert "mid-term review" in seen["theirs"]
    assert seen["mine"] == "Thailand supports the draft masterplan. (head)"
    assert seen["default"] == ["conflictLater"]  # Enter drops nobody's text
    qtbot.waitUntil(lambda: not b.banner_box.isVisible(), timeout=5000)
    assert b.rec.version_no == 4
    assert b.form.red_line.toPlainText() == "No new levy on cross-border data flows."
    assert "mid-term review" in b.form.objective.toPlainText()
    versions = head.services.positions.versions(item_id)
    assert [(v.version_no, v.saved_by) for v in versions] == [
        (1, "setup"),
        (2, "Somchai"),
        (3, "Malee"),
        (4, "Malee"),
    ]
    assert head.services.audit.verify().ok
    assert QDialog.DialogCode.Accepted  # (the dialog was accepted by its merge button)


def test_saves_of_different_sections_merge_without_a_dialog(
    qtbot: Any, team_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """G1 (s31, c8.py): the head types in the objective, the aide in the tactical arguments,
    both from version 1; the aide's save lands first.  Before: the head's save was refused,
    Compare… listed both sections and its default "Keep mine" erased the aide's tactic,
    with the refusal in two red banners.  Now the head's save merges, no dialog, and the
    status says so; the head's editor shows the aide's tactic."""
    item_id = _brief_on_team_store(team_url)
    aide = _app(qtbot, tmp_path, "Natthida", team_url)
    head = _app(qtbot, tmp_path, "Pongsak", team_url)
    a = show_tab(qtbot, aide, "item", item_id, "positionEditor")
    b = show_tab(qtbot, head, "item", item_id, "positionEditor")
    opened: list[Any] = []
    monkeypatch.setattr(
        "adgsom_desktop.ui.common.conflict_dialog.ConflictDialog.exec",
        lambda dialog: opened.append(dialog) or 0,
    )
    _typing_slowly(b)
    b.form.objective.moveCursor(b.form.objective.textCursor().MoveOperation.End)
    type_text(b.form.objective, " [HEAD objective]")
    type_text(a.form.tactical, "Quote the 2025 roadmap [AIDE]")
    assert a.flush()
    qtbot.waitUntil(lambda: a.rec is not None and a.rec.version_no == 2, timeout=5000)
    b.flush()
    qtbot.waitUntil(lambda: b.rec is not None and b.rec.version_no == 3, timeout=10_000)
    qtbot.waitUntil(lambda: "merged with Natthida" in b.save_label.text(), timeout=5000)
    assert "Tactical arguments" in b.save_label.text()
    head.resize(1093, 614)
    save_artifact(head, "team_brief_merged_online")
    assert b.form.tactical.toPlainText() == "Quote the 2025 roadmap [AIDE]"  # shown to him
    assert "[HEAD objective]" in b.form.objective.toPlainText()
    assert not b.banner_box.isVisible() and not b.btn_compare.isVisible()
    assert opened == []  # no dialog
    stored = aide.services.positions.get(item_id)
    assert stored.content.tactical == "Quote the 2025 roadmap [AIDE]"
    assert stored.content.objective.endswith("[HEAD objective]")
    # the aide's window follows: both sections on screen
    qtbot.waitUntil(lambda: "[HEAD objective]" in a.form.objective.toPlainText(), timeout=10_000)
    assert a.form.tactical.toPlainText() == "Quote the 2025 roadmap [AIDE]"
    # the head types on: saved on top of the merged version, the tactic stays
    type_text(b.form.press_line, "No comment yet.")
    b.flush()
    qtbot.waitUntil(lambda: b.rec is not None and b.rec.version_no == 4, timeout=10_000)
    assert aide.services.positions.get(item_id).content.tactical == (
        "Quote the 2025 roadmap [AIDE]"
    )
