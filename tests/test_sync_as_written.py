"""New notes are remembered with the content computed from what was written (#17, speed):
it must be exactly what reading the rows back gives, or the next export would take every
imported note for a change made here (``sync/as_written``)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from adgsom_desktop.domain.models import SyncRecord
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync import plan_writer
from adgsom_desktop.services.sync.canon import Scope, read_scope
from adgsom_desktop.services.sync.holdings import ALL_KINDS
from adgsom_desktop.services.sync.importer import MergeOptions
from adgsom_desktop.services.sync.kinds import Kind
from adgsom_desktop.services.sync.revs import content_hash
from adgsom_desktop.services.sync_service import trusting
from adgsom_desktop.storage.store import Store
from tests.bundle_fixtures import _busiest


def _fresh(tmp: Path, name: str) -> Services:
    from adgsom_desktop.services.store_setup import create_store

    store = create_store(tmp / name, our_delegation_code="TH", title="Receiving store")
    return Services.for_store(store, actor="head")


def _import_watching(svc: Services, payload: Any, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Import ``payload``; returns the kinds each read-back after writing asked for."""
    asked: list[Any] = []
    real = plan_writer.read_scope

    def spy(session: Any, scope: Scope) -> Any:
        asked.append(scope.kinds)
        return real(session, scope)

    monkeypatch.setattr(plan_writer, "read_scope", spy)
    svc.sync.import_payload(payload, MergeOptions("test", "test", trusting), backup=False)
    monkeypatch.undo()
    return asked


def _remembered_equals_read(svc: Services, meeting_uuid: str) -> int:
    """Every note's remembered content hash is that of its row as read now; returns how
    many notes were compared.  And the store finds no change of its own to record."""
    from adgsom_desktop.domain.models import Meeting

    with svc.ctx.read() as s:
        meeting = s.scalar(select(Meeting.id).where(Meeting.uuid == meeting_uuid))
        current = read_scope(s, Scope((meeting,), ALL_KINDS))
        hashes = dict(s.execute(select(SyncRecord.key, SyncRecord.content_hash)).all())
    notes = {k: c for k, c in current.items() if c.kind is Kind.NOTE}
    for key, cur in notes.items():
        assert hashes[key] == content_hash(cur.content), (key, cur.content)
    before = hashes
    svc.sync.record_revisions()  # records what changed here since: nothing
    with svc.ctx.read() as s:
        after = dict(s.execute(select(SyncRecord.key, SyncRecord.content_hash)).all())
    changed = {k for k in notes if after.get(k) != before.get(k)}
    assert not changed, sorted(changed)[:5]
    return len(notes)


def test_a_meeting_imported_into_a_fresh_store_remembers_its_notes_as_they_read_back(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Services.for_store(Store.open(demo_path), actor="aide")
    target = _fresh(tmp_path, "fresh.adgsom")
    try:
        meeting = _busiest(source)
        payload = source.sync.export_payload([meeting])
        notes = [r for r in payload.records if r.kind is Kind.NOTE and r.content is not None]
        assert len(notes) > 20
        asked = _import_watching(target, payload, monkeypatch)
        assert asked and all(Kind.NOTE not in kinds for kinds in asked)  # not read back
        assert _remembered_equals_read(target, payload.meetings[0]) == len(notes)
    finally:
        source.close()
        target.close()


def test_values_the_store_keeps_otherwise_are_remembered_as_they_read_back(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A time with a zone and microseconds (the store keeps it without the zone), a
    speaker this store does not know (written empty), no stance, Thai text."""
    source = Services.for_store(Store.open(demo_path), actor="aide")
    target = _fresh(tmp_path, "fresh.adgsom")
    try:
        payload = source.sync.export_payload([_busiest(source)])
        odd = {
            "taken_at": "2026-01-12T10:15:30.123456+07:00",
            "person": "f" * 32,
            "observed": None,
            "text": "ไทยเห็นด้วยกับร่างข้อ ๓ — Việt Nam đồng ý",
        }
        records, changed = [], 0
        for r in payload.records:
            if r.kind is Kind.NOTE and r.content is not None and changed < 3:
                r = dataclasses.replace(r, content={**r.content, **odd})
                changed += 1
            records.append(r)
        payload = dataclasses.replace(payload, records=tuple(records))
        asked = _import_watching(target, payload, monkeypatch)
        assert asked and all(Kind.NOTE not in kinds for kinds in asked)
        _remembered_equals_read(target, payload.meetings[0])
        # and the odd ones were indeed stored otherwise than they came
        with target.ctx.read() as s:
            current = read_scope(s, Scope(tuple(range(1, 50)), ALL_KINDS))
        odd_ones = [
            c.content
            for c in current.values()
            if c.content and c.content.get("text") == odd["text"]
        ]
        assert len(odd_ones) == 3
        assert all(c["taken_at"] == "2026-01-12T10:15:30.123456" for c in odd_ones)
        assert all(c["person"] is None for c in odd_ones)
    finally:
        source.close()
        target.close()


def test_an_edited_note_is_still_read_back(
    demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A note both stores hold and one edited: written by an update, so read back."""
    for n in ("a", "b"):
        shutil.copyfile(demo_master, tmp_path / f"{n}.adgsom")
    a = Services.for_store(Store.open(tmp_path / "a.adgsom"), actor="aide")
    b = Services.for_store(Store.open(tmp_path / "b.adgsom"), actor="head")
    try:
        meeting = _busiest(a)
        b.sync.record_revisions()
        note = a.notes.notes(meeting)[0]
        a.notes.edit(
            note.id,
            text="Edited on the aide's laptop",
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
            speaker_person_id=note.speaker_person_id,
            observed_stance=note.observed_stance,
        )
        asked = _import_watching(b, a.sync.export_payload([meeting]), monkeypatch)
        assert asked and any(Kind.NOTE in kinds for kinds in asked)
        with b.ctx.read() as s:
            from adgsom_desktop.domain.models import Meeting

            uuid = s.scalar(select(Meeting.uuid).where(Meeting.id == meeting))
        _remembered_equals_read(b, str(uuid))
    finally:
        a.close()
        b.close()
