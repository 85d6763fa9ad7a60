"""An import that brings nothing new writes nothing (review s33 R8, R19): the same bundle
imported again while a record it carries is kept as an open conflict, and a Bring back
with nothing new on either side, make no backup and no audit entry, and repeated Bring
backs settle."""

from __future__ import annotations

import shutil
from pathlib import Path

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store
from tests.bundle_fixtures import HEAD_PASS, Pair

MEETING = 4  # the 6th ADGSOM of the demo (event 2)


def _edit_note(svc: Services, note_id: int, text: str) -> None:
    n = svc.notes.note(note_id)
    svc.notes.edit(
        note_id, text=text, kind=n.kind, item_id=n.item_id,
        speaker_delegation_id=n.speaker_delegation_id,
    )  # fmt: skip


def _written(svc: Services) -> tuple[int, int]:
    return len(svc.backups.backups()), svc.audit.count()


def test_a_bundle_touching_an_open_conflict_imported_again_writes_nothing(pair: Pair) -> None:
    note = pair.a.notes.notes(pair.meeting)[0].id  # same id in both: copies of the demo
    _edit_note(pair.a, note, "The aide's version.")
    _edit_note(pair.b, note, "The head's version.")
    path = pair.send()
    first = pair.b.bundles.import_opened(pair.b.bundles.open(path, key_passphrase=HEAD_PASS))
    assert first.conflicts == 1 and first.backup
    assert len(pair.b.sync.conflicts()) == 1
    before = _written(pair.b)
    for _ in range(2):
        again = pair.b.bundles.import_opened(pair.b.bundles.open(path, key_passphrase=HEAD_PASS))
        assert again.nothing_to_do and not again.backup, again.summary()
        assert again.summary().startswith("Nothing new")
        assert _written(pair.b) == before
    assert len(pair.b.sync.conflicts()) == 1  # still open, still once


def test_bring_back_with_nothing_new_writes_nothing_and_settles(
    demo_master: Path, tmp_path: Path
) -> None:
    from adgsom_desktop.services.trip_service import return_trip, take_trip

    team_path = tmp_path / "team.adgsom"
    shutil.copyfile(demo_master, team_path)
    team = Services.for_store(Store.open(team_path), actor="capital")
    event_id = next(m.event_id for m in team.events.meetings() if m.id == MEETING)
    take_trip(team, event_id, tmp_path / "trip.adgsom")
    team.close()
    trip = Services.for_store(Store.open(tmp_path / "trip.adgsom"), actor="aide")
    try:
        tm = next(m for m in trip.events.meetings() if m.short_title == "6th ADGSOM").id
        trip.notes.add(tm, "Offline: Lao PDR asks for a capacity-building annex.")
        first = return_trip(trip)
        assert not first.to_team.nothing_to_do  # the note went
        for _ in range(3):  # each store's entries about the first reach the other quietly
            team = Services.for_store(Store.open(team_path), actor="capital")
            before_team = _written(team)
            team.close()
            before_trip = _written(trip)
            again = return_trip(trip)
            assert again.to_team.nothing_to_do and again.to_trip.nothing_to_do
            assert again.to_team.summary().startswith("Nothing new")
            assert again.to_trip.summary().startswith("Nothing new")
            assert not again.to_team.backup and not again.to_trip.backup
            assert _written(trip) == before_trip
            team = Services.for_store(Store.open(team_path), actor="capital")
            assert _written(team) == before_team
            team.close()
    finally:
        trip.close()


def test_the_cli_re_import_of_a_bundle_in_conflict_leaves_the_file_as_it_was(
    pair: Pair,
) -> None:
    from tests.helpers import run_cli

    note = pair.a.notes.notes(pair.meeting)[0].id
    _edit_note(pair.a, note, "The aide's version.")
    _edit_note(pair.b, note, "The head's version.")
    path = pair.send()
    store = pair.tmp / "b.adgsom"
    pair.b.close()  # the CLI alone writes the head's store from here

    def _import() -> str:
        r = run_cli("bundle", "import", "--store", str(store), str(path), "--passphrase-stdin",
                    input=HEAD_PASS + "\n")  # fmt: skip
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr + r.stdout
        return r.stdout + r.stderr

    assert "conflict kept" in _import()
    data, backups = store.read_bytes(), sorted((pair.tmp / "b.adgsom-backups").iterdir())
    said = _import()
    assert "Nothing new" in said and "backup" not in said.lower(), said
    assert store.read_bytes() == data
    assert sorted((pair.tmp / "b.adgsom-backups").iterdir()) == backups
