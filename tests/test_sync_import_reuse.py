"""An import reuses what it already knows (#17 speed) where it read or computed it again:
the revisions' rows ``held_for`` read (``PlanWriter(all_held=True)``: not read again
after the writes) and each written record's hash of what came in (``revs.hash_as``: not
hashed again when it is held as it came).  Both must leave exactly the rows the slow
path leaves (every column, every type), for a meeting into a fresh store and for one
edited elsewhere into a store that holds it, and every remembered hash must be that of
the record as it reads back (else the next export takes it for a change of ours)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from adgsom_desktop.domain.models import Meeting, SyncRecord
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync import importer, plan_writer, revs
from adgsom_desktop.services.sync.canon import Scope, read_scope
from adgsom_desktop.services.sync.holdings import ALL_KINDS
from adgsom_desktop.services.sync.importer import MergeOptions
from adgsom_desktop.services.sync.revs import content_hash
from adgsom_desktop.services.sync_service import trusting
from tests.bundle_fixtures import _busiest
from tests.trip_edits import edit_brief, opened


def _rows(svc: Services) -> tuple[list[Any], list[Any]]:
    with svc.ctx.read() as s:
        records = s.execute(
            text("SELECT *, typeof(gen), typeof(deleted) FROM sync_record ORDER BY key")
        ).all()
        bases = s.execute(text('SELECT "key", rev, content FROM sync_base ORDER BY id')).all()
    return records, bases


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    """The paths before: the revisions' rows read again, every written record hashed."""
    real = importer.PlanWriter

    def writer(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **{**kwargs, "all_held": False})

    monkeypatch.setattr(importer, "PlanWriter", writer)
    monkeypatch.setattr(plan_writer, "hash_as", lambda content, _known: content_hash(content))


def _held_as_read(svc: Services, meeting_uuid: str) -> int:
    with svc.ctx.read() as s:
        meeting = s.scalar(select(Meeting.id).where(Meeting.uuid == meeting_uuid))
        current = read_scope(s, Scope((meeting,), ALL_KINDS))
        hashes = dict(s.execute(select(SyncRecord.key, SyncRecord.content_hash)).all())
    for key, cur in current.items():
        assert hashes[key] == content_hash(cur.content), (cur.kind, key)
    return len(current)


@pytest.fixture
def stores(demo_master: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The aide's store (a meeting's note and brief edited) and the head's (the same
    demo, its baseline recorded before the edits)."""
    aide, head = tmp_path / "aide.adgsom", tmp_path / "head.adgsom"
    shutil.copyfile(demo_master, aide)
    shutil.copyfile(demo_master, head)
    with opened(head, "head") as b:
        b.sync.record_revisions()
    yield aide, head


@pytest.mark.parametrize("into", ["fresh store", "store holding the meeting"])
def test_an_import_leaves_the_rows_the_slow_path_leaves(
    stores: tuple[Path, Path], tmp_path: Path, into: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    aide, head = stores
    with opened(aide, "aide") as a:
        meeting = _busiest(a)
        note = a.notes.notes(meeting)[0]
        a.notes.edit(
            note.id,
            text="Edited on the aide's laptop: ไทยเห็นด้วย",
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
            speaker_person_id=note.speaker_person_id,
            observed_stance=note.observed_stance,
        )
        with a.ctx.read() as s:
            item = s.execute(
                text(
                    "SELECT p.item_id FROM position AS p JOIN agenda_item AS i ON i.id = p.item_id "
                    "WHERE i.meeting_id = :m ORDER BY p.item_id LIMIT 1"
                ),
                {"m": meeting},
            ).scalar_one()
        edit_brief(a, item, objective="An objective edited on the laptop")
        payload = a.sync.export_payload([meeting])
    if into == "fresh store":
        from adgsom_desktop.services.store_setup import create_store

        head = tmp_path / "fresh.adgsom"
        create_store(head, our_delegation_code="TH", title="Receiving store").close()
    copies = []
    for n, slow in enumerate((False, True)):
        target = tmp_path / f"target-{n}.adgsom"
        shutil.copyfile(head, target)
        with monkeypatch.context() as m:
            if slow:
                _slow(m)
            with opened(target, "head") as b:
                b.sync.import_payload(payload, MergeOptions("test", "test", trusting), backup=False)
                assert _held_as_read(b, payload.meetings[0]) > 100
                copies.append(_rows(b))
    fast, slow_rows = copies
    assert fast == slow_rows
    assert len(fast[0]) > 100


def test_a_remembered_hash_is_reused_only_for_the_content_it_was_made_of() -> None:
    came = {"text": "as it came", "n": 1}
    known = (came, content_hash(came))
    assert revs.hash_as({"text": "as it came", "n": 1}, known) == known[1]
    assert revs.hash_as({"text": "as it came", "n": True}, known) != known[1]
    assert revs.hash_as({"text": "kept otherwise", "n": 1}, known) != known[1]
