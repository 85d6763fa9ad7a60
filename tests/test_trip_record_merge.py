"""Records other than briefs across a trip (#17): an agenda item deleted in the team store
while the laptop used it comes back with what belonged to it; a note edited on both sides
is one conflict, and the stance it reports follows it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from adgsom_desktop.domain.enums import NoteKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.trip_service import return_trip, take_trip
from adgsom_desktop.storage.store import Store

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo


@contextmanager
def _open(path: Path, actor: str) -> Iterator[Services]:
    svc = Services.for_store(Store.open(path), actor=actor)
    try:
        yield svc
    finally:
        svc.close()


def _trip(demo_master: Path, tmp_path: Path) -> tuple[Path, Path]:
    team_path, trip_path = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with _open(team_path, "capital") as team:
        take_trip(team, team.events.meeting(MEETING).event_id, trip_path)
    return team_path, trip_path


def _meeting(svc: Services) -> int:
    return next(m.id for m in svc.events.meetings() if m.short_title == "6th ADGSOM")


def _item(svc: Services, title: str) -> int:
    return next(i.id for i in svc.agenda.items(_meeting(svc)) if i.title == title)


def _note(svc: Services, start: str) -> object:
    return next(n for n in svc.notes.notes(_meeting(svc)) if n.text.startswith(start))


def test_an_item_deleted_in_the_team_store_but_used_on_the_laptop_comes_back_whole(
    demo_master: Path, tmp_path: Path
) -> None:
    team_path, trip_path = _trip(demo_master, tmp_path)
    closing = "Chair closed in Vietnamese"
    with _open(trip_path, "head") as trip:
        item = _item(trip, "Other Matters")
        trip.notes.add(
            _meeting(trip), "TRIP: HoD raised the host rotation.", item_id=item,
            kind=NoteKind.INTERVENTION,
        )  # fmt: skip
    with _open(team_path, "aide") as team:
        gone = _item(team, "Other Matters")
        assert _note(team, closing).item_id == gone  # type: ignore[attr-defined]
        team.agenda.delete_item(gone)
    with _open(trip_path, "head") as trip:
        back = return_trip(trip)
        assert back.to_team.conflicts == 0 and back.to_trip.conflicts == 0
        for svc in (trip,):
            item = _item(svc, "Other Matters")
            assert _note(svc, closing).item_id == item  # type: ignore[attr-defined]
            assert _note(svc, "TRIP: HoD raised").item_id == item  # type: ignore[attr-defined]
    with _open(team_path, "aide") as team:
        item = _item(team, "Other Matters")
        assert _note(team, closing).item_id == item  # type: ignore[attr-defined]
        assert _note(team, "TRIP: HoD raised").item_id == item  # type: ignore[attr-defined]
    with _open(trip_path, "head") as trip:  # nothing left to carry either way
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do


def _edit_note(svc: Services, start: str, text: str) -> None:
    n = _note(svc, start)
    svc.notes.edit(
        n.id, text=text, kind=n.kind, item_id=n.item_id,  # type: ignore[attr-defined]
        speaker_delegation_id=n.speaker_delegation_id,  # type: ignore[attr-defined]
        observed_stance=n.observed_stance,  # type: ignore[attr-defined]
    )  # fmt: skip


def test_a_note_edited_on_both_sides_is_one_conflict_and_its_stance_follows_it(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.brief_conflict import Choice, Resolution

    team_path, trip_path = _trip(demo_master, tmp_path)
    start = "Supports. Lessons learned"
    with _open(trip_path, "head") as trip:
        assert _note(trip, start).observed_stance is not None  # type: ignore[attr-defined]
        _edit_note(trip, start, "Supports. TRIP: KPIs by 2027.")
    with _open(team_path, "aide") as team:
        _edit_note(team, start, "Supports. TEAM: KPIs by 2028.")
    with _open(trip_path, "head") as trip:
        back = return_trip(trip)
        assert back.to_team.conflicts == 1 and back.to_trip.conflicts == 1
    with _open(team_path, "aide") as team:
        (conflict,) = team.sync.conflicts()
        assert conflict.what == "note"
        team.sync.resolve(conflict.id, Resolution(Choice.THEIRS))
        n = _note(team, "Supports. TRIP")
        cell = team.stances.cell(n.item_id, n.speaker_delegation_id)  # type: ignore[attr-defined]
        assert cell.observed_note == "Supports. TRIP: KPIs by 2027."
        assert team.sync.conflicts() == []
    with _open(trip_path, "head") as trip:
        return_trip(trip)
        assert trip.sync.conflicts() == []
        n = _note(trip, "Supports. TRIP")
        cell = trip.stances.cell(n.item_id, n.speaker_delegation_id)  # type: ignore[attr-defined]
        assert cell.observed_note == "Supports. TRIP: KPIs by 2027."
        again = return_trip(trip)
        assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do


def _action(svc: Services, start: str) -> object:
    return next(a for a in svc.actions.actions() if a.text.startswith(start))


def _update_action(svc: Services, a: object, **change: object) -> None:
    fields = {
        k: getattr(a, k)
        for k in ("text", "owner_person_id", "owner_delegation_id", "owner_agency", "due_date",
                  "status", "item_id")
    }  # fmt: skip
    svc.actions.update(a.id, **{**fields, **change})  # type: ignore[arg-type, attr-defined]


def test_an_action_item_edited_in_different_fields_merges_and_a_conflict_names_its_owner(
    demo_master: Path, tmp_path: Path
) -> None:
    from datetime import date

    team_path, trip_path = _trip(demo_master, tmp_path)
    with _open(trip_path, "head") as trip:
        owned = [a for a in trip.actions.actions() if a.owner_person_id and a.meeting_id]
        first, second = owned[0], owned[1]
        start, other = first.text[:30], second.text[:30]
        _update_action(trip, first, owner_person_id=None, owner_agency="TRIP agency: ETDA")
        _update_action(trip, second, text="TRIP: " + second.text, owner_person_id=None)
    with _open(team_path, "aide") as team:
        a = _action(team, start)
        _update_action(team, a, text="SERVER: " + a.text, due_date=date(2027, 3, 15))
        b = _action(team, other)
        owner = b.owner_person  # type: ignore[attr-defined]
        _update_action(team, b, text="SERVER: " + b.text)
    with _open(trip_path, "head") as trip:
        back = return_trip(trip)
        assert back.to_team.conflicts == 1 and back.to_trip.conflicts == 1
        assert back.to_team.merged == 1  # the laptop then takes the merged one as newer
    for path in (team_path, trip_path):
        with _open(path, "someone") as svc:
            got = _action(svc, "SERVER: " + start)
            assert got.due_date == date(2027, 3, 15)  # type: ignore[attr-defined]
            assert got.owner_person_id is None  # type: ignore[attr-defined]
            assert got.owner_agency == "TRIP agency: ETDA"  # type: ignore[attr-defined]
    with _open(team_path, "aide") as team:
        (conflict,) = team.sync.conflicts()
        view = team.sync.conflict_view(conflict.id)
        shown = " ".join(str(x) for x in view.sections)
        assert owner and owner in shown and "not in this store" not in shown
