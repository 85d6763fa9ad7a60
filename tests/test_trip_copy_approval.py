"""Approving on a trip copy: the reason first, never a PIN asked in vain (review s32 H5).

On a trip copy of a team store the head was first sent to set an approval PIN (which the
copy then accepted), and only then told that a trip copy takes no approval; in the window
*Approve…* opened its dialog, and nothing said the store was a trip copy.  Now the CLI says
why before any PIN, ``approval-pin`` is refused there, and the window's *Approve…* is off
with the reason as its tooltip, the title and status bar naming the team store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import PositionStatus
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.trip_service import TripOf
from adgsom_desktop.storage.store import Store
from tests.conftest import save_artifact
from tests.helpers import run_cli
from tests.prepare_fixtures import open_store, show_tab

TEAM = "postgresql://th_demo_worawit@127.0.0.1:5432/th_demo"
HEAD = 1  # the demo's head of delegation


@pytest.fixture
def trip_copy(demo_path: Path) -> tuple[Path, int]:
    """The demo marked as a trip copy of a team store on a server (as trip take marks it),
    and an item whose brief is waiting for an approval."""
    svc = Services.for_store(Store.open(demo_path), actor="Worawit")
    try:
        svc.trips.mark(TripOf(TEAM, "a-team-store", "an-event", "ADGMIN 6, Hà Nội"))
        item = next(
            i.id
            for m in svc.events.meetings()
            for i in svc.agenda.items(m.id)
            if (p := svc.positions.get(i.id)) is not None
            and p.version_no > 0
            and p.status is not PositionStatus.APPROVED
        )
        assert not svc.approval_pins.state(HEAD).is_set
    finally:
        svc.close()
    return demo_path, item


def test_the_cli_says_it_is_a_trip_copy_before_any_pin(trip_copy: tuple[Path, int]) -> None:
    path, item = trip_copy
    r = run_cli("approve", "--store", str(path), "--item", str(item), "--approver", str(HEAD))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "This is a trip copy of the team store" in r.stderr and "PIN" not in r.stderr
    r = run_cli("approval-pin", "--store", str(path), "--person", str(HEAD), input="Pin-123456\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "trip copy" in r.stderr and "Nothing was changed" in r.stderr
    svc = Services.for_store(Store.open(path), actor="Worawit")
    try:
        assert not svc.approval_pins.state(HEAD).is_set
        assert svc.positions.get(item).status is not PositionStatus.APPROVED
    finally:
        svc.close()


@pytest.mark.gui
def test_the_window_says_it_is_a_trip_copy_and_approve_is_off(
    qtbot: Any, window: Any, trip_copy: tuple[Path, int]
) -> None:
    path, item = trip_copy
    open_store(qtbot, window, path)
    assert window.windowTitle() == "demo.adgsom — trip copy of th_demo @ 127.0.0.1 — ADGSOM Desktop"
    # the status bar as the title names it; the whole URL (with the login) only in its
    # tooltip (review s33 R12)
    assert "trip copy of th_demo @ 127.0.0.1" in window.store_label.text()
    assert TEAM not in window.store_label.text() and TEAM in window.store_label.toolTip()
    editor = show_tab(qtbot, window, "item", item, "positionEditor")
    assert not editor.btn_approve.isEnabled()
    assert editor.btn_approve.toolTip().startswith("This is a trip copy of the team store")
    assert editor.btn_history.isEnabled() and editor.btn_carry.isEnabled()
    window.resize(1093, 614)
    save_artifact(window, "trip_copy_brief")
