"""Take offline… and Bring back… as a user drives them (#17 item 1): the event taken from
the open store into a new file on the store's write runner, with progress and a Cancel
that leaves no file; the copy opened in the window, edited while the team store is
edited too, brought back with every edit on both sides.  Each dialog is grabbed at
1093x614 to be looked at."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.conftest import save_artifact
from tests.prepare_fixtures import open_store

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

MEETING = 4  # the 6th ADGSOM of the demo


def _feature(window: Any) -> Any:
    from adgsom_desktop.ui.bundles.trip_feature import TripFeature

    return next(f for f in window.features if isinstance(f, TripFeature))


def _shown(qtbot: Any, dlg: Any) -> Any:
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    return dlg


def _edit_note(svc: Services, note_id: int, text: str) -> None:
    n = svc.notes.note(note_id)
    svc.notes.edit(
        note_id, text=text, kind=n.kind, item_id=n.item_id,
        speaker_delegation_id=n.speaker_delegation_id,
    )  # fmt: skip


def test_take_offline_cancel_leaves_no_file(
    qtbot: Any, window: Any, demo_path: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.ui.common.runner import runner_for

    svc = open_store(qtbot, window, demo_path)
    dlg = _shown(qtbot, _feature(window).take_dialog(tmp_path))
    dlg.encrypt.setChecked(False)
    # a write already queued holds the runner: the take waits its turn, then is cancelled
    release = threading.Event()
    runner_for(svc).submit(lambda: release.wait(30))
    dlg.btn_take.click()
    assert dlg.btn_cancel.text() == "Cancel" and dlg.bar.isVisible()
    target = Path(dlg.path.text())
    dlg.btn_cancel.click()
    release.set()
    qtbot.waitUntil(lambda: dlg.outcome.isVisible(), timeout=60_000)
    assert dlg.outcome.text().startswith("Cancelled")
    assert not target.exists()
    assert dlg.btn_take.isEnabled() and dlg.btn_cancel.text() == "Close"


def test_take_offline_refuses_what_it_cannot_do(qtbot: Any, window: Any, demo_path: Path) -> None:
    open_store(qtbot, window, demo_path)
    dlg = _shown(qtbot, _feature(window).take_dialog(demo_path.parent))
    dlg.passphrase.setText("trip passphrase 2026")
    dlg.repeat.setText("trip passphrase 2025")
    dlg.btn_take.click()
    assert "differ" in dlg.problem.text()
    save_artifact(dlg, "trip_take_dialog_problem")
    dlg.path.setText(str(demo_path))
    dlg.repeat.setText("trip passphrase 2026")
    dlg.btn_take.click()
    assert "already exists" in dlg.problem.text()
    assert not dlg.bar.isVisible()


def test_take_offline_then_bring_back(
    qtbot: Any, window: Any, demo_path: Path, tmp_path: Path, messages: list[Any]
) -> None:
    team = open_store(qtbot, window, demo_path)
    feature = _feature(window)
    feature.bring_back()  # the demo is no trip copy
    assert "not a trip copy" in messages[-1][1]
    event_id = next(m.event_id for m in team.events.meetings() if m.id == MEETING)
    dlg = _shown(qtbot, feature.take_dialog(tmp_path))
    dlg.event_box.setCurrentIndex(dlg.event_box.findData(event_id))
    dlg.passphrase.setText("trip passphrase 2026")
    dlg.repeat.setText("trip passphrase 2026")
    save_artifact(dlg, "trip_take_dialog")
    seen: list[str] = []
    dlg.bar.valueChanged.connect(lambda _v: seen.append(dlg.step.text()))
    dlg.btn_take.click()
    qtbot.waitUntil(lambda: dlg.outcome.isVisible(), timeout=120_000)
    assert dlg.outcome.text().startswith("Took"), dlg.outcome.text()
    assert any("records" in s for s in seen)  # the steps were shown
    # what the copy does not carry is said (review s32 H24)
    assert (
        "Read only on the trip copy (changed in the team store, refreshed on each Bring back):"
        in dlg.outcome.text()
    )
    assert dlg.outcome.text().lower().count("read only") == 1  # said once (review s33 R21)
    assert "negotiated text" in dlg.outcome.text()
    save_artifact(dlg, "trip_take_dialog_done")
    trip_path = Path(dlg.path.text())
    assert trip_path.exists() and dlg.btn_open.isVisible()
    # the copy is encrypted: it opens with its passphrase only
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        Store.open(trip_path).close()
    dlg.close()

    # offline on the laptop (the copy, opened as a user would) and in capital meanwhile
    trip = Services.for_store(Store.open(trip_path, "trip passphrase 2026"), actor="aide")
    meeting = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
    trip_note = trip.notes.add(meeting, "Offline: Lao PDR asks for a capacity-building annex.")
    trip.close()
    _edit_note(team, team.notes.notes(MEETING)[0].id, "Edited in capital.")
    window.settle_writes()
    with qtbot.waitSignal(window.controller.opened, timeout=30_000):
        window.controller.open_path(trip_path, "trip passphrase 2026")
    back = _shown(qtbot, feature.back_dialog())
    save_artifact(back, "trip_bring_back_dialog")
    back.btn_back.click()
    qtbot.waitUntil(lambda: back.outcome.isVisible(), timeout=120_000)
    assert back.outcome.text().startswith("Brought back"), back.outcome.text()
    assert back.to_team.text() == "Into the team store: new: 1 note."
    save_artifact(back, "trip_bring_back_dialog_done")
    back.close()
    here = window.services
    assert "Edited in capital." in {n.text for n in here.notes.notes(meeting)}
    window.settle_writes()
    capital = Services.for_store(Store.open(demo_path), actor="capital")
    try:
        assert trip_note.text in {n.text for n in capital.notes.notes(MEETING)}
    finally:
        capital.close()
