"""*Keep mine* clicked in the conflicts dialog's side-by-side view, for a brief conflict
that came with a bundle and one found by a trip's Bring back: ours stays current, theirs
is in the history before it (review s35 T1); a note's conflict is listed and titled by
our text (review s35 T8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.brief_conflict import Choice
from adgsom_desktop.services.container import Services
from tests.bundle_fixtures import Pair
from tests.conftest import save_artifact
from tests.test_conflict_keep_mine import briefed, edit_brief
from tests.test_conflict_keep_mine_trip import _brief, _trip
from tests.trip_edits import opened

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")


def _keep_mine(qtbot: Any, svc: Services, monkeypatch: pytest.MonkeyPatch, row: int = 0) -> Any:
    """Open conflict ``row`` side by side and click *Keep mine*; the window titles seen."""
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog

    dlg = ConflictsDialog(svc.sync.conflicts, svc.sync.conflict_view, svc.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    open_before = dlg.model.rowCount()
    titles: list[str] = []

    def exec_(self: ConflictDialog) -> int:
        self.resize(1093, 614)
        titles.append(self.windowTitle())
        self.btn_mine.click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    dlg.table.selectRow(row)
    dlg.open_selected()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == open_before - 1, timeout=60_000)
    return dlg, titles


def test_keep_mine_in_the_dialog_after_a_bundle(
    qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = briefed(pair)
    edit_brief(pair.a, item, press_line="BUNDLE-AIDE press line.")
    edit_brief(pair.b, item, press_line="BUNDLE-HEAD press line.")
    n = pair.a.notes.notes(pair.meeting)[0]
    for svc, who in ((pair.a, "AIDE"), (pair.b, "HEAD")):
        svc.notes.edit(n.id, text=f"{who} edit of the note.", kind=n.kind, item_id=n.item_id,
                       speaker_delegation_id=n.speaker_delegation_id)  # fmt: skip
    assert pair.receive(pair.send()).conflicts == 2
    conflicts = pair.b.sync.conflicts()
    brief_row = next(r for r, c in enumerate(conflicts) if c.what == "brief")
    dlg, _titles = _keep_mine(qtbot, pair.b, monkeypatch, brief_row)
    got = pair.b.positions.get(item)
    assert got is not None and got.content.press_line == "BUNDLE-HEAD press line."
    assert [v.content.press_line for v in pair.b.positions.versions(item)][-2:] == [
        "BUNDLE-AIDE press line.",
        "BUNDLE-HEAD press line.",
    ]
    # the note left open: listed by our text, and titled so side by side
    (label,) = [dlg.model.index(r, 1).data() for r in range(dlg.model.rowCount())]
    assert "HEAD edit" in label and "AIDE" not in label
    save_artifact(dlg, "conflicts_note_named_by_ours")
    _dlg, titles = _keep_mine(qtbot, pair.b, monkeypatch)
    assert "HEAD edit" in titles[0] and "AIDE" not in titles[0]
    assert pair.b.notes.note(n.id).text == "HEAD edit of the note."
    resolved = pair.b.sync.conflicts(open_only=False)
    assert {c.resolution for c in resolved} == {Choice.MINE.value}


def test_keep_mine_in_the_dialog_after_a_bring_back(
    qtbot: Any, demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.services.trip_service import return_trip

    team_path, trip_path, title = _trip(demo_master, tmp_path)
    with opened(trip_path, "aide") as trip:
        _keep_mine(qtbot, trip, monkeypatch)
        now, versions = _brief(trip, title)
        assert now == "TRIP objective."
        assert versions[-2:] == ["TEAM objective.", "TRIP objective."]
        assert return_trip(trip).to_team.conflicts == 0
    with opened(team_path, "capital") as team:
        assert _brief(team, title)[0] == "TRIP objective."
