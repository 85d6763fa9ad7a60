"""Bulk import: all or nothing, after a backup, ids assigned by the store, every
record searchable and versioned afterwards, bad input refused with a clear message."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.enums import MeetingKind, NoteKind, PositionStatus, Stance
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.changes import ChangeKind
from adgsom_desktop.services.import_records import (
    ActionIn,
    EventIn,
    ImportBundle,
    ItemIn,
    MeetingIn,
    NoteIn,
    PositionIn,
    StanceIn,
)
from adgsom_desktop.services.position_records import PositionContent, TheirObjectiveRec
from adgsom_desktop.storage import backup, search_index
from benchmarks.generate import SIZES, build_bundle
from tests.helpers import search_trigger_names, trigger_names


def small_bundle(notes: int = 3) -> ImportBundle:
    return ImportBundle(
        events=(EventIn(10, "7th ADGMIN and related meetings", city="Vientiane", host_code="la"),),
        meetings=(MeetingIn(20, 10, MeetingKind.SOM, "7th ADGSOM", date=date(2027, 1, 11)),),
        items=(
            ItemIn(30, 20, "Adoption of the agenda", ord=1),
            ItemIn(31, 20, "ASEAN Digital Masterplan 2026-2030", ord=2, tags=("do3",)),
            ItemIn(32, 20, "Annex on AI", parent_key=31, ord=1),
        ),
        positions=(
            PositionIn(
                31,
                PositionContent(
                    objective="Secure endorsement of the annex",
                    stance=Stance.SUPPORT,
                    points=("Thank the Chair", "Offer to co-lead"),
                    their_objectives=(TheirObjectiveRec("SG", "Wants a binding text", "Not yet"),),
                ),
                PositionStatus.APPROVED,
            ),
        ),
        stances=(StanceIn(31, "vn", expected=Stance.SUPPORT),),
        notes=tuple(
            NoteIn(
                40 + n,
                20,
                f"Lào ủng hộ dự thảo số {n}: ສະໜັບສະໜູນ",
                datetime(2027, 1, 11, 9, n),
                item_key=31,
                speaker_code="LA",
                kind=NoteKind.INTERVENTION,
            )
            for n in range(notes)
        ),
        actions=(ActionIn("Send comments on the annex", owner_code="TH", note_key=40),),
    )


def test_import_assigns_ids_numbers_versions_and_index(services: Any) -> None:
    # Data already in the store: the import must not collide with it.
    event = services.events.save_event(title="6th ADGMIN")
    meeting = services.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="X")
    old_note = services.notes.add(meeting.id, "an older note about broadband")
    changes: list[Any] = []
    services.ctx.bus.subscribe(changes.append)

    report = services.imports.import_bundle(small_bundle())

    assert report.counts["notes"] == 3 and report.counts["agenda items"] == 3
    if services.backups.available:  # a file: backed up first
        assert report.backup is not None and report.backup.exists()
        assert [b.reason for b in backup.list_backups(services.store.path)] == ["before-import"]
    else:  # a team store: its backups are the server's
        assert report.backup is None
    assert changes and changes[-1].kind is ChangeKind.STORE
    (new_event_id,) = report.event_ids
    assert new_event_id != event.id
    tree = services.events.navigation()
    imported = next(e for e in tree.events if e.event.id == new_event_id)
    assert imported.event.host_code == "LA"
    items = imported.meetings[0].items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Adoption of the agenda"),
        ("2", "ASEAN Digital Masterplan 2026-2030"),
        ("2.1", "Annex on AI"),
    ]
    assert items[1].tags == ("ADM2025 DO3",)
    position = services.positions.get(items[1].id)
    assert position.status is PositionStatus.APPROVED and position.version_no == 1
    assert position.content.points == ("Thank the Chair", "Offer to co-lead")
    (version,) = services.positions.versions(items[1].id)
    assert version.content.objective == "Secure endorsement of the annex"
    notes = services.notes.notes(imported.meetings[0].meeting.id)
    assert [n.speaker_code for n in notes] == ["LA"] * 3
    assert all(n.item_number == "2" for n in notes)
    assert services.notes.versions(notes[0].id)[0][1] == notes[0].text
    # Searchable at once, the older records too; the index is complete.
    hits = services.search.search("ung ho du thao")
    assert {h.ref_id for h in hits.hits if h.kind == "note"} == {n.id for n in notes}
    assert services.search.search("broadband").hits[0].ref_id == old_note.id
    report = services.store_info.check()
    assert report.ok, report.problems
    # The triggers are back: a later edit is indexed.
    services.notes.edit(
        notes[0].id,
        text="revised: spectrum",
        kind=NoteKind.REMARK,
        item_id=None,
        speaker_delegation_id=None,
    )
    assert [h.ref_id for h in services.search.search("spectrum").hits] == [notes[0].id]


def test_large_bundle_rebuilds_the_index_and_keeps_it_complete(services: Any) -> None:
    bundle = build_bundle(SIZES["tiny"], seed=3)
    services.imports.import_bundle(bundle, backup_first=False)
    with services.ctx.read() as s:
        conn = s.connection()
        assert search_index.index_row_count(conn) == search_index.expected_row_count(conn)
        assert search_trigger_names(conn) <= trigger_names(conn)
    info = services.store_info.info()
    assert info.counts["notes"] == len(bundle.notes)
    assert info.counts["position versions"] == len(bundle.positions)
    assert services.store_info.check().ok


def test_generator_is_reproducible() -> None:
    a = build_bundle(SIZES["tiny"], seed=11)
    b = build_bundle(SIZES["tiny"], seed=11)
    c = build_bundle(SIZES["tiny"], seed=12)
    assert a == b
    assert a != c
    texts = " ".join(n.text for n in build_bundle(SIZES["small"], seed=11).notes)
    for sample in ("Việt Nam", "ประเทศไทย", "កម្ពុជា", "the Chair"):
        assert sample in texts


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda b: replace(b, notes=(replace(b.notes[0], text="bad \ud800"), *b.notes[1:])),
            "Note 40",
        ),
        (lambda b: replace(b, notes=(replace(b.notes[0], text="a\x07b"),)), "control characters"),
        (lambda b: replace(b, notes=(replace(b.notes[0], meeting_key=99),)), "meeting 99"),
        (lambda b: replace(b, items=(*b.items, replace(b.items[0], key=31))), "used twice"),
        (lambda b: replace(b, stances=(StanceIn(31, "XX"),)), "no delegation with code XX"),
        (
            lambda b: replace(
                b, items=(b.items[0], replace(b.items[1], parent_key=32), b.items[2])
            ),
            "loop",
        ),
        (
            lambda b: replace(b, items=(replace(b.items[1], tags=("DO99x",)), *b.items[::2])),
            "ADM tag",
        ),
        (lambda b: replace(b, events=(replace(b.events[0], title="  "),)), "cannot be empty"),
        (
            lambda b: replace(b, positions=(*b.positions, b.positions[0])),
            "two positions",
        ),
    ],
)
def test_bad_bundles_change_nothing(services: Any, change: Any, message: str) -> None:
    before = services.store_info.info().counts
    with pytest.raises(ValidationError, match=message):
        services.imports.import_bundle(change(small_bundle()))
    assert services.store_info.info().counts == before
    assert services.backups.backups() == []


def test_cancel_rolls_everything_back(services: Any) -> None:
    class Stop(Exception):
        pass

    seen: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if message.startswith("Writing note"):
            raise Stop

    before = services.store_info.info().counts
    with pytest.raises(Stop):
        services.imports.import_bundle(build_bundle(SIZES["tiny"], seed=5), progress=progress)
    after = services.store_info.info().counts
    # Only the backup made before the load is recorded (in the audit log); a team store
    # makes no backup file (the server's backups) and records nothing.
    backed_up = services.backups.available
    assert after.pop("audit entries") == before.pop("audit entries") + backed_up
    assert after == before
    if backed_up:
        assert [e.action for e in services.audit.entries(limit=1)] == ["backup"]
        assert "Backing up the store" in seen
    with services.ctx.read() as s:  # the triggers dropped for the load are back
        conn = s.connection()
        assert search_trigger_names(conn) <= trigger_names(conn)
    assert services.store_info.check().ok


def test_backup_of_an_encrypted_store_needs_no_passphrase(tmp_path: Path) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store
    from adgsom_desktop.storage.store import Store

    path = tmp_path / "secret.adgsom"
    services = Services.for_store(create_store(path, passphrase="correct horse"))
    try:
        report = services.imports.import_bundle(small_bundle())
    finally:
        services.close()
    assert report.backup is not None
    raw = sqlite3.connect(report.backup)
    with pytest.raises(sqlite3.DatabaseError):
        raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
    raw.close()
    with Store.open(report.backup, "correct horse") as copy, copy.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM note").scalar() == 0
