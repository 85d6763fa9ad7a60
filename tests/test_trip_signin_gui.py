"""*Bring back…* of a trip copy whose team store is on a server (s32 H7, H9).

A member signs in with a password (as *Connect to a team store…* asks it, never stored):
the dialog asks it too, says a refused sign-in in the app's words, then brings the copy
back; its report lists what came each way record by record (as the CLI does) and counts
the conflicts still open in all, not only this run's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import make_url

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.conftest import save_artifact
from tests.helpers import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

MEETING = 4  # the 6th ADGSOM of the demo
PASSWORD = "HeadPass-2026"


def _edit_note(svc: Services, note_id: int, text: str) -> None:
    n = svc.notes.note(note_id)
    svc.notes.edit(
        note_id, text=text, kind=n.kind, item_id=n.item_id,
        speaker_delegation_id=n.speaker_delegation_id,
    )  # fmt: skip


def _shown(qtbot: Any, dlg: Any) -> Any:
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    return dlg


def _texts(model: Any) -> list[str]:
    return [
        " | ".join(str(model.index(r, c).data()) for c in range(3)) for r in range(model.rowCount())
    ]


def test_bring_back_asks_the_sign_in_password_and_lists_what_came(
    qtbot: Any, window: Any, demo_services: Services, pg_url: str, tmp_path: Path
) -> None:
    from adgsom_desktop.services.copy_service import copy_store
    from adgsom_desktop.services.trip_service import take_trip
    from adgsom_desktop.ui.bundles.trip_feature import TripFeature

    copy_store(demo_services, pg_url)
    added = run_cli(
        "team", "add-member", "--store", pg_url, "--person", "1", "--login", "worawit",
        "--role", "head", input=PASSWORD + "\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    u = make_url(pg_url)
    member = u.set(username=f"{u.database}_worawit", password=PASSWORD)
    team = Services.open(member.render_as_string(hide_password=False), actor="worawit")
    trip_path = tmp_path / "trip.adgsom"
    try:
        event_id = next(m.event_id for m in team.events.meetings() if m.id == MEETING)
        take_trip(team, event_id, trip_path, None)
        first = team.notes.notes(MEETING)[0]
        _edit_note(team, first.id, "Capital's version.")
    finally:
        team.close()
    trip = Services.for_store(Store.open(trip_path), actor="worawit")
    meeting = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
    same = next(n for n in trip.notes.notes(meeting) if n.text == first.text)
    _edit_note(trip, same.id, "The laptop's version.")
    trip.notes.add(meeting, "Offline: Lao PDR asks for a capacity-building annex.")
    trip.close()

    with qtbot.waitSignal(window.controller.opened, timeout=30_000):
        window.controller.open_path(trip_path)
    feature = next(f for f in window.features if isinstance(f, TripFeature))
    back = _shown(qtbot, feature.back_dialog())
    assert back.password_row.isVisible() and back.password.echoMode().name == "Password"
    save_artifact(back, "trip_bring_back_password")

    # no password (none in PGPASSWORD on a laptop): refused in the app's words
    back.btn_back.click()
    qtbot.waitUntil(lambda: back.outcome.isVisible(), timeout=60_000)
    said = back.outcome.text()
    assert "refused the sign-in of" in said and "Nothing was changed" in said, said
    assert "fe_sendauth" not in said and "PGPASSWORD" not in said
    assert back.btn_back.isEnabled() and back.password_row.isVisible()
    back.password.setText("not-the-password")
    back.btn_back.click()
    qtbot.waitUntil(lambda: back.btn_back.isEnabled(), timeout=60_000)
    assert "refused the sign-in of" in back.outcome.text()
    save_artifact(back, "trip_bring_back_refused")

    back.password.setText(PASSWORD)
    back.btn_back.click()
    qtbot.waitUntil(lambda: back.outcome.text().startswith("Brought back"), timeout=120_000)
    assert back.password.text() == "" and not back.password_row.isVisible()
    to_team = _texts(back.team_model)
    assert any("new | note | " in t and "capacity-building annex" in t for t in to_team), to_team
    assert any(t.startswith("changed on both sides") for t in to_team), to_team
    assert back.changes.isVisible() and back.changes.tabText(0).endswith(f"({len(to_team)})")
    assert "Conflicts open in all: 1" in back.outcome.text(), back.outcome.text()
    assert back.btn_settle.isVisible()
    save_artifact(back, "trip_bring_back_listed")
    back.close()

    # again, nothing new: the conflict still open is said, and can be settled from here
    again = _shown(qtbot, feature.back_dialog())
    again.password.setText(PASSWORD)
    again.btn_back.click()
    qtbot.waitUntil(lambda: again.outcome.text().startswith("Brought back"), timeout=120_000)
    assert "Conflicts open in all: 1" in again.outcome.text(), again.outcome.text()
    assert "both stores hold every change" not in again.outcome.text()
    assert again.btn_settle.isVisible() and not again.changes.isVisible()
    again.close()
