"""A brief's version numbers after Bring back (review s34 S7, the rest of s33 R13).

The aide saved a version in the team store (10:28:31), the head one on the laptop
(10:28:35); after Bring back the team store held hers as version 2 and his as 3, the trip
copy his as 2 and hers as 3: "version 3" named her text in one store and his in the other,
and the copy's merged version said "merged with the trip copy …" inside that copy.

Renumbering the versions written since the take is not safe: every save, status change and
approval writes "item N vK" into the audit trail (chained, never rewritten), a printed pack
records the version of each brief it printed, an approval its version.  So the numbers
stay; each version that came from the other store says its number there ("version 2 in the
team store"), the History dialog lists the versions in the order they were written, and the
merged version says the same true thing in both stores.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from tests.trip_edits import AIDE, HEAD, MEETING, edit_brief, opened

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("no_leaked_jobs")]

HERS, HIS = "The aide's press line.", "The head's objective, written on the laptop."


def _returned(demo_master: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, HEAD) as team:
        item = next(
            i
            for i in team.agenda.items(MEETING)
            if i.number and (p := team.positions.get(i.id)) and p.status.value != "approved"
        )
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
    with opened(team_path, AIDE) as team:  # hers first, in the team store
        edit_brief(team, item.id, press_line=HERS)
    time.sleep(1.1)  # a second later (versions that travel are timed to the second)
    with opened(trip_path, HEAD) as trip:  # then his, on the laptop
        edit_brief(trip, _trip_item(trip, item.title), objective=HIS)
        return_trip(trip)
    return team_path, trip_path, item.title


def _trip_item(svc: Services, title: str) -> int:
    tm = next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")
    return next(i.id for i in svc.agenda.items(tm) if i.title == title)


def _numbers(svc: Services, title: str) -> dict[str, Any]:
    """Her version, his, and the merged one, as this store holds them."""
    versions = svc.positions.versions(_trip_item(svc, title))
    hers = next(v for v in versions if v.saved_by == AIDE and v.content.press_line == HERS)
    his = next(v for v in versions if v.saved_by == HEAD and v.content.objective == HIS)
    return {"hers": hers, "his": his, "merged": versions[-1]}


def test_each_version_from_the_other_store_says_its_number_there(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path, title = _returned(demo_master, tmp_path)
    with opened(team_path, "capital") as team:
        on_team = _numbers(team, title)
    with opened(trip_path, HEAD) as trip:
        on_trip = _numbers(trip, title)
    # the numbers written stay (audit entries, packs and approvals name them)
    assert on_team["hers"].version_no < on_team["his"].version_no
    assert on_trip["his"].version_no < on_trip["hers"].version_no
    # the one that came says its number in the store it came from
    his_there = on_trip["his"].version_no
    hers_there = on_team["hers"].version_no
    trip = f"the trip copy T1 of {HEAD} (trip.adgsom)"  # by its number and taker (s35 T6)
    assert f"version {his_there} in {trip}" in on_team["his"].comment
    assert f"version {hers_there} in the team store" in on_trip["hers"].comment
    for own in (on_team["hers"], on_trip["his"]):  # a store's own version: as saved
        assert " in the " not in own.comment, own.comment
    # the merged version: one number, one comment, true in both stores
    merged = (on_team["merged"], on_trip["merged"])
    assert merged[0].version_no == merged[1].version_no
    assert merged[0].comment == merged[1].comment
    for m in merged:
        assert m.comment.startswith(f"merged when {trip} was brought back:")
        assert "merged with the trip copy" not in m.comment


@pytest.fixture(params=["en", "th"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    from adgsom_desktop.ui.common import translation

    translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def test_the_history_dialog_lists_versions_in_the_order_written(
    qtbot: Any, demo_master: Path, tmp_path: Path, language: str
) -> None:
    from adgsom_desktop.ui.positions.position_history_dialog import PositionHistoryDialog
    from tests.conftest import save_artifact

    _team_path, trip_path, title = _returned(demo_master, tmp_path)
    with opened(trip_path, HEAD) as trip:
        got = _numbers(trip, title)
        dlg = PositionHistoryDialog(trip, _trip_item(trip, title))
        qtbot.addWidget(dlg)
        dlg.resize(1093, 614)
        dlg.show()
        qtbot.wait(50)
        save_artifact(dlg, f"trip_history_numbers_{language}")
        rows = [dlg.list.item(r).text() for r in range(dlg.list.count())]
        dlg.close()
    # newest first, by the time each was written: his (10:28:35) above hers (10:28:31),
    # whatever their numbers here; hers says her number in the team store
    at = {k: next(n for n, r in enumerate(rows) if r.startswith(dlg.tr("Version %s") % v.version_no))
          for k, v in got.items()}  # fmt: skip
    assert at["merged"] < at["his"] < at["hers"], rows
    said = rows[at["hers"]].split("\n")[-1]  # in the interface's language (thai34)
    version, store = ("version", "team store") if language == "en" else ("ฉบับที่", "คลังข้อมูลกลาง")
    assert version in said and store in said, rows
