"""What the trip-copy tests share: the demo's people and meeting, a trip copy taken from a
copy of the demo, a store opened in a member's name, a brief edited section by section (as
the position editor saves it)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

MEETING = 4  # the 6th ADGSOM of the demo
HEAD, AIDE = "Worawit Chanthasiri", "Natthida Chaiyaporn"


def take_demo_trip(demo_master: Path, tmp_path: Path, meeting: int = MEETING) -> tuple[Path, Path]:
    """A copy of the demo as the team store (``tmp_path/team.adgsom``) and a trip copy of
    the meeting's event taken from it in capital's name (``tmp_path/trip.adgsom``)."""
    from adgsom_desktop.services.trip_service import take_trip

    team_path, trip = tmp_path / "team.adgsom", tmp_path / "trip.adgsom"
    shutil.copyfile(demo_master, team_path)
    with opened(team_path, "capital") as team:
        take_trip(team, team.events.meeting(meeting).event_id, trip)
    return team_path, trip


@contextmanager
def opened(path: Path, actor: str) -> Iterator[Services]:
    svc = Services.for_store(Store.open(path), actor=actor)
    try:
        yield svc
    finally:
        svc.close()


def edit_brief(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)
