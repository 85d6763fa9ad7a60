"""What the trip dialogs say is true and in the interface's language (review s35):

- *Bring back…* promises a backup of each store only where the app makes one: a team
  store on a server is backed up by its administrator (``BackupService.before_import``
  makes none), so the dialog says so (T7).
- *Take offline…*'s done page lists what the copy carries read-only (the negotiated texts,
  the cooperation projects) in Thai in a Thai session (T9: they were English)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import save_artifact

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def _thai(text: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in text)


@pytest.mark.parametrize("on_server", [False, True])
def test_bring_back_promises_only_the_backups_it_makes(
    qtbot: Any, language: str, on_server: bool
) -> None:
    from PySide6.QtWidgets import QLabel

    from adgsom_desktop.ui.bundles.trip_dialogs import BringBackDialog

    team = "th_adgsom on 127.0.0.1" if on_server else "team.adgsom"
    dlg = BringBackDialog("ADGMIN 6, Hà Nội", team, lambda *_a, **_k: None, on_server=on_server)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitExposed(dlg)
    save_artifact(dlg, f"trip_bring_back_backups_{'server' if on_server else 'file'}_{language}")
    intro = dlg.findChild(QLabel, "tripIntro").text()
    if language == "th":
        assert _thai(intro) and "backed up" not in intro, intro
        return
    if on_server:
        assert "Each store is backed up first" not in intro, intro
        assert "This copy is backed up first; the team store on the server is backed up by " in (
            intro
        )
    else:
        assert intro.endswith("Each store is backed up first."), intro


def test_take_offline_lists_what_stays_read_only_in_the_interfaces_language(
    qtbot: Any, demo_master: Path, tmp_path: Path, language: str
) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.trip_service import take_trip
    from adgsom_desktop.storage.store import Store
    from adgsom_desktop.ui.bundles.trip_dialogs import TakeOfflineDialog

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    event_id = team.events.meeting(4).event_id

    def start(v: Any, *, on_success: Any, **_callbacks: Any) -> None:
        on_success(take_trip(team, event_id, v.path))

    try:
        dlg = TakeOfflineDialog([(event_id, "ADGMIN 6, Hà Nội")], tmp_path, start, "th_demo")
        qtbot.addWidget(dlg)
        dlg.resize(1093, 614)
        dlg.show()
        dlg.encrypt.setChecked(False)
        dlg.btn_take.click()
        save_artifact(dlg, f"trip_take_read_only_{language}")
        said = dlg.outcome.text()
    finally:
        team.close()
    lines = [ln for ln in said.splitlines() if ln.startswith("• ")]
    assert len(lines) == 2, said  # the negotiated texts, the cooperation projects
    if language == "en":
        assert "negotiated texts (“" in lines[0] and "cooperation projects" in lines[1], lines
        return
    for line in lines:
        assert _thai(line) and "negotiated" not in line and "project" not in line, line


def test_the_conflicts_list_says_which_of_two_on_one_brief_is_newer(
    qtbot: Any, language: str
) -> None:
    """Two trips' conflicts on one brief (review s35 T6): both stay open, each with its
    own other side, and the later one says it is newer than the earlier, in the
    interface's language; each trip named by its number and taker."""
    from datetime import datetime

    from adgsom_desktop.services.sync.kinds import Kind
    from adgsom_desktop.services.sync_service import ConflictRec
    from adgsom_desktop.ui.bundles.conflicts_dialog import ConflictsDialog

    def rec(n: int, key: str, origin: str) -> ConflictRec:
        return ConflictRec(
            n, key, Kind.POSITION, f"brief on item {n}", "brief", origin,
            datetime(2026, 12, 7, 10, n), None, "", {}, {},
        )  # fmt: skip

    taker = "Natthida Chaiyaporn"
    rows = [
        rec(4, "k6", f"the trip copy T1 of {taker} (Trip copy - ADGMIN-6-Hà-Nội.adgsom)"),
        rec(5, "k5", "the team store"),
        rec(6, "k6", f"the trip copy T2 of {taker} (hanoi.adgsom)"),
    ]
    dlg = ConflictsDialog(lambda: rows, lambda _i: None, lambda _i, _r: None)
    qtbot.addWidget(dlg)
    dlg.resize(1093, 614)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.wait(50)
    save_artifact(dlg, f"trip_conflicts_newer_{language}")
    origins = [dlg.model.index(r, 2).data() for r in range(3)]
    if language == "en":
        assert origins[0] == rows[0].their_origin and origins[1] == "the team store"
        assert origins[2] == (
            f"the trip copy T2 of {taker} (hanoi.adgsom); newer than the one from the trip "
            f"copy T1 of {taker} (Trip copy - ADGMIN-6-Hà-Nội.adgsom)"
        ), origins[2]
        return
    assert origins[2].startswith(f"สำเนาสำหรับเดินทาง T2 ของ {taker} (hanoi.adgsom) ใหม่กว่า")
    assert all(_thai(o) and "trip copy" not in o for o in origins), origins
