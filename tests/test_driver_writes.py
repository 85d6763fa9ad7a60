"""The hot writes on the DB-API connection (``storage.driver_sql``, ``services.note_writes``):
a note edit stores exactly what the ORM reads back (values, history, stance map, audit
chain, search index) on both backends, a refused edit writes nothing, and the statements
are compiled per dialect, never written for one engine."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import psycopg

from adgsom_desktop.domain.enums import MeetingKind, NoteKind, Stance
from adgsom_desktop.domain.models import AuditEntry, Note, NoteVersion, StanceRecord
from adgsom_desktop.errors import NotFoundError, ValidationError
from adgsom_desktop.services import note_writes
from adgsom_desktop.storage.driver_sql import Prepared


@pytest.fixture
def meeting(services: Any) -> dict[str, Any]:
    ev = services.events.save_event(title="6th ADGMIN and related meetings")
    m = services.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
    )
    a = services.agenda.add_item(m.id, "ASEAN Digital Masterplan 2026-2030")
    b = services.agenda.add_item(m.id, "Anti-scam cooperation")
    codes = {d.code: d.id for d in services.delegations.delegations()}
    return {"m": m, "a": a, "b": b, "codes": codes}


def _audit_count(services: Any) -> int:
    return int(services.audit.count())


def test_an_edit_stores_what_the_orm_reads_back(services: Any, meeting: dict[str, Any]) -> None:
    m, a, b, c = meeting["m"], meeting["a"], meeting["b"], meeting["codes"]
    n = services.notes.add(m.id, "Malaysia reserves", item_id=a.id, speaker_delegation_id=c["MY"])
    before = services.audit.count()

    # Another item, kind and speaker, a stance observed for the first time (a new row).
    rec = services.notes.edit(
        n.id,
        text="Việt Nam ủng hộ dự thảo; ประเทศไทยสนับสนุน",
        kind=NoteKind.PROPOSAL,
        item_id=b.id,
        speaker_delegation_id=c["VN"],
        observed_stance=Stance.SUPPORT,
    )
    assert (rec.version_no, rec.speaker_code, rec.item_number) == (2, "VN", b.number)
    assert rec == services.notes.note(n.id)  # the record handed back is what a read gives
    # The same speaker again, the stance changed (the row updated, not a second one).
    services.notes.edit(
        n.id,
        text="Việt Nam joins consensus",
        kind=NoteKind.PROPOSAL,
        item_id=b.id,
        speaker_delegation_id=c["VN"],
        observed_stance=Stance.OPPOSE,
    )

    with services.ctx.read() as s:
        note = s.get_one(Note, n.id)
        assert note.kind is NoteKind.PROPOSAL and note.observed_stance is Stance.OPPOSE
        assert (note.item_id, note.speaker_delegation_id, note.version_no) == (b.id, c["VN"], 3)
        assert isinstance(note.updated_at, datetime) and note.updated_at >= note.created_at
        versions = s.scalars(
            select(NoteVersion).where(NoteVersion.note_id == n.id).order_by(NoteVersion.version_no)
        ).all()
        assert [v.version_no for v in versions] == [1, 2, 3]
        assert versions[1].snapshot == {
            "item_id": b.id,
            "taken_at": note.taken_at.isoformat(),
            "speaker_delegation_id": c["VN"],
            "speaker_person_id": None,
            "kind": "proposal",
            "text": "Việt Nam ủng hộ dự thảo; ประเทศไทยสนับสนุน",
            "observed_stance": "support",
        }
        assert isinstance(versions[2].saved_at, datetime)
        stances = s.scalars(select(StanceRecord).where(StanceRecord.item_id == b.id)).all()
        assert [(x.delegation_id, x.observed, x.expected) for x in stances] == [
            (c["VN"], Stance.OPPOSE, Stance.UNKNOWN)
        ]
        assert stances[0].observed_note == "Việt Nam joins consensus"
        assert stances[0].observed_at == note.taken_at
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(2)).all()
        assert [(e.action, e.entity_id, e.detail) for e in last] == [
            ("edit", n.id, "v3"),
            ("edit", n.id, "v2"),
        ]
    assert services.audit.count() == before + 2
    assert services.audit.verify().ok  # the chain and its head moved on as the ORM path's
    assert [(h.kind, h.ref_id) for h in services.search.search("consensus").hits] == [
        ("note", n.id)
    ]
    assert not [h for h in services.search.search("Malaysia").hits if h.kind == "note"]
    assert {x.code: x.observed for x in services.live.stances(b.id)} == {"VN": Stance.OPPOSE}


def test_a_refused_edit_writes_nothing(services: Any, meeting: dict[str, Any]) -> None:
    m, a, c = meeting["m"], meeting["a"], meeting["codes"]
    n = services.notes.add(m.id, "Singapore opens", item_id=a.id, speaker_delegation_id=c["SG"])
    th = services.delegations.save_person(delegation_id=c["TH"], full_name="Nok Srisuk")
    entries = _audit_count(services)
    for bad, error in (
        ({"speaker_delegation_id": c["SG"], "speaker_person_id": th.id}, ValidationError),
        ({"speaker_delegation_id": 999_999}, ValidationError),
        ({"item_id": 999_999, "speaker_delegation_id": c["SG"]}, ValidationError),
    ):
        fields = {"item_id": a.id, **bad}
        with pytest.raises(error):
            services.notes.edit(n.id, text="changed", kind=NoteKind.INTERVENTION, **fields)
    with pytest.raises(NotFoundError):
        services.notes.edit(
            999_999, text="x", kind=NoteKind.INTERVENTION, item_id=None, speaker_delegation_id=None
        )
    with pytest.raises(ValidationError):  # checked before the store is touched
        services.notes.edit(
            n.id, text="  ", kind=NoteKind.INTERVENTION, item_id=a.id, speaker_delegation_id=None
        )
    assert [t for _v, t in services.notes.versions(n.id)] == ["Singapore opens"]
    assert services.notes.note(n.id).text == "Singapore opens"
    assert _audit_count(services) == entries
    # The connections went back to the pool clean: the next edit is one transaction.
    ok = services.notes.edit(
        n.id,
        text="Singapore opens the session",
        kind=NoteKind.INTERVENTION,
        item_id=a.id,
        speaker_delegation_id=c["TH"],
        speaker_person_id=th.id,
    )
    assert (ok.version_no, ok.speaker_name) == (2, "Nok Srisuk")
    assert services.audit.verify().ok


def test_a_deleted_note_cannot_be_edited(services: Any, meeting: dict[str, Any]) -> None:
    m = meeting["m"]
    n = services.notes.add(m.id, "withdrawn")
    services.notes.delete(n.id)
    with pytest.raises(NotFoundError):
        services.notes.edit(
            n.id, text="back", kind=NoteKind.REMARK, item_id=None, speaker_delegation_id=None
        )


def test_statements_are_compiled_per_dialect() -> None:
    lock = note_writes.LOCK_NOTE
    on_file = lock.compiled(sqlite.dialect())
    on_server = lock.compiled(psycopg.dialect())
    assert on_file.sql.endswith("WHERE note.id = ?")  # SQLite: one writer, no FOR UPDATE
    assert "%(note_id)s" in on_server.sql and on_server.sql.endswith("FOR UPDATE OF note")
    assert on_file.parameters({"note_id": 7}) == (7,)
    assert on_server.parameters({"note_id": 7}) == {"note_id": 7}
    # Values go through the dialect's processors, as SQLAlchemy would send them.
    at = datetime(2026, 1, 12, 9, 30, 5, 120)
    version = note_writes.INSERT_VERSION
    sent = version.compiled(sqlite.dialect()).parameters(
        {"note_id": 1, "version_no": 2, "saved_at": at, "snapshot": {"text": "ไทย"}}
    )
    assert sent[2] == "2026-01-12 09:30:05.000120" and '"text"' in sent[3]
    assert lock.compiled(sqlite.dialect()) is on_file  # compiled once per dialect
    assert postgresql.dialect().name == "postgresql"
    with pytest.raises(TypeError, match="note_id"):
        on_file.parameters({})


def test_a_statement_that_needs_the_orm_is_refused() -> None:
    # ``saved_at`` has a Python-side default: only SQLAlchemy's execution context fills it.
    partial = Prepared(insert(cast(Table, NoteVersion.__table__)).values(note_id=1, version_no=1))
    with pytest.raises(ValueError, match="state every value"):
        partial.compiled(sqlite.dialect())


def test_a_note_added_in_the_room_is_what_the_orm_reads_back(
    services: Any, meeting: dict[str, Any]
) -> None:
    m, a, c = meeting["m"], meeting["a"], meeting["codes"]
    th = services.delegations.save_person(delegation_id=c["TH"], full_name="Nok Srisuk")
    taken = datetime(2026, 1, 12, 2, 15, 30)
    rec = services.notes.add(
        m.id,
        "ประเทศไทยสนับสนุนร่าง",
        item_id=a.id,
        speaker_person_id=th.id,  # the delegation follows from the person
        kind=NoteKind.PROPOSAL,
        observed_stance=Stance.SUPPORT,
        taken_at=taken,
    )
    assert (rec.speaker_code, rec.speaker_name, rec.item_number, rec.version_no) == (
        "TH",
        "Nok Srisuk",
        a.number,
        1,
    )
    assert rec == services.notes.note(rec.id)
    bare = services.notes.add(m.id, "Chair opens")  # no item, no speaker: no names read
    assert (bare.speaker_code, bare.item_number, bare.kind) == ("", "", NoteKind.INTERVENTION)
    with services.ctx.read() as s:
        note = s.get_one(Note, rec.id)
        assert note.taken_at == taken and note.speaker_delegation_id == c["TH"]
        assert note.uuid and len(note.uuid) == 32 and note.deleted_at is None
        assert note.kind is NoteKind.PROPOSAL and note.observed_stance is Stance.SUPPORT
        (version,) = s.scalars(select(NoteVersion).where(NoteVersion.note_id == rec.id)).all()
        assert version.version_no == 1 and version.snapshot["text"] == "ประเทศไทยสนับสนุนร่าง"
        other = s.get_one(Note, bare.id)
        assert other.uuid != note.uuid
    assert {x.code: x.observed for x in services.live.stances(a.id)} == {"TH": Stance.SUPPORT}
    assert [(h.kind, h.ref_id) for h in services.search.search("สนับสนุน").hits] == [("note", rec.id)]
    assert services.audit.verify().ok


def test_a_refused_note_adds_nothing(services: Any, meeting: dict[str, Any]) -> None:
    m, b, c = meeting["m"], meeting["b"], meeting["codes"]
    entries = services.audit.count()
    with pytest.raises(NotFoundError):
        services.notes.add(999_999, "lost meeting")
    with pytest.raises(ValidationError):
        services.notes.add(m.id, "x", speaker_delegation_id=999_999)
    with pytest.raises(ValidationError):
        services.notes.add(m.id, "x", item_id=999_999, speaker_delegation_id=c["SG"])
    assert services.notes.notes(m.id) == [] and services.audit.count() == entries
    ok = services.notes.add(m.id, "after the refusals", item_id=b.id)
    assert ok.id and services.audit.count() == entries + 1
