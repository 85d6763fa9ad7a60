"""Who wrote a brief survives a trip (review s32 H3).

The trip copy had one version of every brief, "saved by" whoever took the copy, at the time
of the take: History and Compare on the plane could not show what changed since the last
review.  And the version the head wrote on the laptop came back "saved by not named" when
the copy was brought back from the command line.  Now the copy carries each brief's history
(authors, times, texts), and a version brought back keeps its author from the laptop.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli

pytestmark = pytest.mark.slow

MEETING = 4  # the 6th ADGSOM of the demo


def _history(svc: Services, item: int) -> list[tuple[str, str, str]]:
    return [
        (v.saved_by, v.saved_at.isoformat(timespec="seconds"), v.content.red_line)
        for v in svc.positions.versions(item)
    ]


def test_a_trip_copy_keeps_who_wrote_each_version_both_ways(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import take_trip

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="Worawit Chanthasiri")
    try:
        by_title = {i.title: i.id for i in team.agenda.items(MEETING)}
        histories = {t: _history(team, i) for t, i in by_title.items() if team.positions.get(i)}
        many = {t: h for t, h in histories.items() if len({by for by, _a, _r in h}) > 1}
        assert many, "the demo has briefs written by several members"
        event = next(m.event_id for m in team.events.meetings() if m.id == MEETING)
        take_trip(team, event, tmp_path / "trip.adgsom")
    finally:
        team.close()

    trip = Services.for_store(Store.open(tmp_path / "trip.adgsom"), actor="Worawit Chanthasiri")
    try:
        tm = next(m.id for m in trip.events.meetings() if m.short_title == "6th ADGSOM")
        on_trip = {i.title: i.id for i in trip.agenda.items(tm)}
        for title, history in histories.items():  # every version, its author and time
            assert _history(trip, on_trip[title]) == history
        title = next(iter(many))
        item = on_trip[title]
        last = len(history := histories[title])
        assert trip.positions.diff(item, 1, last).sections  # Compare works on the plane
        rec = trip.positions.get(item)
        assert rec is not None
        trip.positions.save(
            item, replace(rec.content, red_line="Not below 2030: laptop."), reopen_approved=True
        )
    finally:
        trip.close()

    # brought back from the command line, which names no one
    back = run_cli("trip", "return", "--store", str(tmp_path / "trip.adgsom"))
    assert back.returncode == 0, back.stderr
    team = Services.for_store(Store.open(team_path), actor="capital")
    try:
        after = _history(team, by_title[title])
        assert after[: len(history)] == history
        assert after[-1][0] == "Worawit Chanthasiri"
        assert after[-1][2] == "Not below 2030: laptop."
        assert all(by != "not named" for by, _a, _r in after)
    finally:
        team.close()


@pytest.mark.parametrize(
    "bad",
    [
        {"history": {"a" * 32: [{"by": "x", "at": "not a time", "status": "draft",
                                 "comment": "", "snapshot": {}}]}},
        {"history": {"a" * 32: [{"by": "x", "at": "2026-01-01T00:00:00", "status": "nope",
                                 "comment": "", "snapshot": {}}]}},
        {"authors": {"a" * 32: ["only a name"]}},
        {"authors": []},
        {"audit_held": {"a" * 32: -1}},
    ],
)  # fmt: skip
def test_a_payload_with_an_unreadable_history_is_refused_in_words(bad: dict) -> None:
    import json

    from adgsom_desktop.services.sync.payload import Payload, PayloadError, decode

    doc = json.loads(Payload("b" * 32, "team", "2026-01-01T00:00:00", "", (), True, ()).to_json())
    with pytest.raises(PayloadError, match="not readable"):
        decode(json.dumps({**doc, **bad}).encode())
