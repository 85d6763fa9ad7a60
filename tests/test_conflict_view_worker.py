"""The conflicts dialog computes the side-by-side view on a worker (review s32 H18).

Before: *Side by side…* called the diff on the GUI thread: a brief with 200,000-character
sections froze the window for as long as the diff took (24 s), with no sign of life.
Now the view is computed by ``run_job`` while a busy bar runs; the dialog keeps
painting and answering, and the view then opens with the long section's change marked.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest

from benchmarks.word_diff import prose
from tests.bundle_fixtures import Pair
from tests.conftest import save_artifact

pytestmark = pytest.mark.usefixtures("no_leaked_jobs")

LONG = prose(150_000)


def _long_brief_conflict(pair: Pair) -> int:
    """Both sides changed a 150,000-character red line differently: one open conflict."""
    item = next(
        i.id
        for i in pair.a.agenda.items(pair.meeting)
        if (p := pair.a.positions.get(i.id)) and p.status.value != "approved"
    )
    for svc, red_line in ((pair.a, LONG + " The aide's clause."), (pair.b, LONG + " Head.")):
        mine = svc.positions.get(item)
        assert mine is not None
        svc.positions.save(item, replace(mine.content, red_line=red_line), reopen_approved=True)
    assert pair.receive(pair.send()).conflicts == 1
    return item


def test_side_by_side_is_computed_off_the_gui_thread_with_a_busy_bar(
    qtbot: Any, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.services.brief_conflict import Choice
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog
    from adgsom_desktop.ui.common.conflict_dialog import ConflictDialog

    item = _long_brief_conflict(pair)
    b = pair.b
    release = threading.Event()
    threads: list[threading.Thread] = []

    def view(conflict_id: int) -> Any:
        threads.append(threading.current_thread())
        assert release.wait(60)  # held until the test has seen the dialog answer
        return b.sync.conflict_view(conflict_id)

    dlg = ConflictsDialog(b.sync.conflicts, view, b.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    shown: list[Any] = []

    def exec_(self: ConflictDialog) -> int:
        self.resize(1093, 614)
        shown.append(self.view)
        self.btn_theirs.click()
        return int(self.result())

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    dlg.open_selected()  # returns at once: the view is being computed
    assert dlg.busy.isVisible() and not dlg.btn_open.isEnabled()
    assert dlg.status.text().startswith("Comparing the two versions of")
    dlg.open_selected()  # a second click while comparing starts nothing more
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads == [threads[0]] and threads[0] is not threading.main_thread()
    # the GUI thread still answers: events are processed, a repaint happens
    dlg.table.selectRow(0)
    qtbot.wait(50)
    save_artifact(dlg, "bundle_conflicts_comparing")
    release.set()
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 0, timeout=120_000)
    assert not dlg.busy.isVisible()
    (view_shown,) = shown
    (red_line,) = view_shown.sections
    changes = [(s.kind, s.text.strip()) for s in red_line.segments if s.kind != "same"]
    # only the two endings differ ("The aide's clause." / "Head."), never the whole section
    assert 0 < len(changes) <= 4 and all(len(text) < 40 for _kind, text in changes), changes
    got = b.positions.get(item)
    assert got is not None and got.content.red_line == LONG + " The aide's clause."
    assert b.sync.conflicts(open_only=False)[0].resolution == Choice.THEIRS.value


def test_closing_while_comparing_drops_the_view(qtbot: Any, pair: Pair) -> None:
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog

    _long_brief_conflict(pair)
    b = pair.b
    release = threading.Event()

    def view(conflict_id: int) -> Any:
        assert release.wait(60)
        return b.sync.conflict_view(conflict_id)

    dlg = ConflictsDialog(b.sync.conflicts, view, b.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.open_selected()
    job = dlg.comparing
    assert job is not None
    dlg.reject()  # Later, while the diff runs
    release.set()
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert dlg.side_by_side is None and dlg.comparing is None
    assert len(b.sync.conflicts()) == 1  # nothing settled


def test_a_conflict_settled_elsewhere_meanwhile_says_so(qtbot: Any, pair: Pair) -> None:
    from adgsom_desktop.errors import NotFoundError
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog

    _long_brief_conflict(pair)
    b = pair.b

    def view(conflict_id: int) -> Any:
        raise NotFoundError("Conflict {conflict_id} no longer exists.", conflict_id=conflict_id)

    dlg = ConflictsDialog(b.sync.conflicts, view, b.sync.resolve)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.open_selected()
    qtbot.waitUntil(lambda: "no longer exists" in dlg.status.text(), timeout=10_000)
    assert not dlg.busy.isVisible() and dlg.btn_open.isEnabled()
