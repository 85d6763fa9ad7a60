"""A member who comes in by a bundle or a trip copy is checked for double booking (#17, #23):
the same rule as assigning members in the week window (one person is not at two meetings at
once). A clash is refused, named in the preview and the import (and on both sides of Bring
back), and nothing of it is written; what else came in is written as usual."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.bundle_fixtures import Pair

ADGSOM = 4  # 6th ADGSOM, 12-13 January 2026, 09:00-17:30
JWG = 5  # ASEAN-Japan JWG, 13 January 14:00-16:00: overlaps the ADGSOM
EU = 10  # ADGSOM+EU, 14 January: overlaps neither


def _ours(svc: Services) -> list[int]:
    from tests.test_bundle_new_tables import _ours as ours

    return ours(svc)


def _going(svc: Services, meeting: int) -> set[int]:
    return {m.id for m in svc.week.members(meeting)}


def test_the_service_refuses_the_same_double_booking(demo_services: Services) -> None:
    """The rule the bundle must follow, as the week window applies it."""
    p = _ours(demo_services)[0]
    demo_services.week.set_members(JWG, [p])
    with pytest.raises(ValidationError, match="already at ASEAN-Japan JWG"):
        demo_services.week.set_members(ADGSOM, [p])


def test_a_member_double_booked_by_a_bundle_is_refused_and_named(pair: Pair) -> None:
    assert pair.meeting == ADGSOM
    first, second, third = _ours(pair.a)[:3]
    # the aide sends first and second to the ADGSOM; the head has first at the JWG already
    pair.a.week.set_members(ADGSOM, [first, second])
    pair.b.week.set_members(JWG, [first, third])
    name = next(m.name for m in pair.b.week.members(JWG) if m.id == first)
    preview = pair.receive(pair.send("one"), dry_run=True)
    clash = [n for n in preview.notices if "already at ASEAN-Japan JWG" in n]
    assert len(clash) == 1 and name in clash[0], preview.notices
    assert "not added" in clash[0]
    report = pair.receive(pair.tmp / "one.adgsom-bundle")
    assert [n for n in report.notices if "already at ASEAN-Japan JWG" in n] == clash
    # the clash is not written; the other member is
    assert _going(pair.b, ADGSOM) == {second}
    assert _going(pair.b, JWG) == {first, third}
    # the refused member is not forgotten: the next import names it again, until settled
    again = pair.receive(pair.tmp / "one.adgsom-bundle")
    assert [n for n in again.notices if "already at ASEAN-Japan JWG" in n] == clash
    pair.b.week.set_members(JWG, [third])  # the head settles it: first goes to the ADGSOM
    settled = pair.receive(pair.tmp / "one.adgsom-bundle")
    assert not [n for n in settled.notices if "already at" in n]
    assert _going(pair.b, ADGSOM) == {first, second}


def test_a_member_without_clash_comes_in_with_no_notice(pair: Pair) -> None:
    first = _ours(pair.a)[0]
    pair.a.week.set_members(ADGSOM, [first])
    pair.b.week.set_members(EU, [first])
    report = pair.receive(pair.send("one"))
    assert not [n for n in report.notices if "already at" in n]
    assert _going(pair.b, ADGSOM) == {first}


@pytest.mark.slow
def test_bring_back_reports_a_double_booking_on_both_sides(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    trip_path = tmp_path / "trip.adgsom"
    try:
        event_id = team.events.meeting(ADGSOM).event_id
        take_trip(team, event_id, trip_path)
        person = _ours(team)[0]
        team.week.set_members(JWG, [person])  # in capital: at the JWG
    finally:
        team.close()
    trip = Services.for_store(Store.open(trip_path), actor="aide")
    try:
        by_title = {m.short_title: m.id for m in trip.events.meetings()}
        t_adgsom, t_jwg = by_title["6th ADGSOM"], by_title["ASEAN-Japan JWG"]
        (t_person,) = [p for p in _ours(trip) if p == person] or _ours(trip)[:1]
        trip.week.set_members(t_adgsom, [t_person])  # on the laptop: at the ADGSOM
        back = return_trip(trip)
        into_team = [n for n in back.to_team.notices if "already at ASEAN-Japan JWG" in n]
        into_trip = [n for n in back.to_trip.notices if "already at 6th ADGSOM" in n]
        assert len(into_team) == 1 and len(into_trip) == 1, (back.to_team, back.to_trip)
        assert _going(trip, t_adgsom) == {t_person} and _going(trip, t_jwg) == set()
        team = Services.for_store(Store.open(team_path), actor="capital")
        try:
            assert _going(team, JWG) == {person} and _going(team, ADGSOM) == set()
        finally:
            team.close()
        # still reported at the next Bring back: never silently accepted
        again = return_trip(trip)
        assert [n for n in again.to_team.notices if "already at" in n] == into_team
    finally:
        trip.close()


def test_the_bring_back_dialog_names_the_refused_member(qtbot: object) -> None:
    from adgsom_desktop.services.sync.report import MergeReport
    from adgsom_desktop.services.trip_service import TripReturned
    from adgsom_desktop.ui.bundles.trip_dialogs import BringBackDialog
    from tests.conftest import save_artifact

    why = (
        "Ms Kanittha Srisuwan is already at ASEAN-Japan JWG at that time (Tue 13 Jan, "
        "14:00-16:00): not added to 6th ADGSOM from the trip copy trip.adgsom (one person "
        "cannot be at two meetings at once). Change who goes to one of them, then bring it "
        "back or import it again."
    )
    back = TripReturned(
        MergeReport("the trip copy", "", (), notices=(why,)), MergeReport("the team store", "", ())
    )

    def start(*_values: object, **kw: object) -> None:
        kw["on_success"](back)  # type: ignore[operator]

    dlg = BringBackDialog("trip.adgsom", "the team store", start)
    qtbot.addWidget(dlg)  # type: ignore[attr-defined]
    dlg.resize(1093, 614)
    dlg.show()
    dlg.btn_back.click()
    assert dlg.to_team.text().splitlines() == [
        "Into the team store: Nothing new taken.",
        f"• {why}",
    ]
    assert dlg.outcome.text().startswith("Brought back, except what is named above")
    save_artifact(dlg, "trip_bring_back_refused_member")
