"""The hot writes' own connection (``storage.driver_sql.WriteConnection``): a store
file's note writes keep one DB-API connection instead of a pool checkout per write,
and that connection never outlives the file it was opened on: it is closed when the
store closes, is encrypted, re-keyed or restored, also when that happens while a
write runs on it; a failed write leaves it usable and out of any transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import event

from adgsom_desktop.domain.enums import MeetingKind, NoteKind
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import sqlite_driver

PASSPHRASE = "correct horse battery staple 42"


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Services]:
    store = create_store(tmp_path / "room.adgsom", our_delegation_code="TH", title="Room")
    services = Services.for_store(store, actor="tester")
    yield services
    if not services.store.closed:
        services.close()


def _note(svc: Services) -> int:
    ev = svc.events.save_event(title="6th ADGMIN")
    m = svc.events.save_meeting(
        event_id=ev.id, kind=MeetingKind.SOM, title="6th ADGSOM", date=date(2026, 1, 12)
    )
    return int(svc.notes.add(m.id, "Thailand supports the draft").id)


def _edit(svc: Services, note_id: int, text: str) -> None:
    svc.notes.edit(
        note_id, text=text, kind=NoteKind.REMARK, item_id=None, speaker_delegation_id=None
    )


def _writer(svc: Services) -> Any:
    return svc.store.files().sessions.current().writer


def _texts(path: Path, passphrase: str | None = None) -> list[str]:
    conn = sqlite_driver.connect(path, passphrase)
    try:
        return [str(r[0]) for r in conn.execute("SELECT text FROM note ORDER BY id")]
    finally:
        conn.close()


def _closed(dbapi: Any) -> bool:
    try:
        dbapi.execute("SELECT 1")
    except sqlcipher3.ProgrammingError:
        return True
    return False


def test_note_writes_keep_one_connection_without_a_pool_checkout(svc: Services) -> None:
    note_id = _note(svc)
    _edit(svc, note_id, "v2")
    first = _writer(svc).dbapi
    checkouts: list[object] = []
    engine = svc.store.files().engine
    event.listen(engine, "checkout", lambda *a: checkouts.append(a))
    for n in range(3, 8):
        _edit(svc, note_id, f"v{n}")
    assert checkouts == []  # no pool checkout per write
    assert _writer(svc).dbapi is first
    assert svc.notes.note(note_id).text == "v7" and svc.notes.note(note_id).version_no == 7


def test_closing_the_store_closes_the_write_connection(svc: Services) -> None:
    note_id = _note(svc)
    _edit(svc, note_id, "said on the record")
    held = _writer(svc).dbapi
    path = svc.store.files().path
    svc.close()
    assert _closed(held)
    assert _texts(path) == ["said on the record"]
    # Nothing is left open on the file: the WAL was checkpointed and removed at close.
    assert not path.with_name(path.name + "-wal").exists()


def test_an_edit_after_encrypting_lands_in_the_encrypted_file(svc: Services) -> None:
    note_id = _note(svc)
    _edit(svc, note_id, "before encrypting")
    held = _writer(svc).dbapi
    path = svc.store.files().path
    svc.security.encrypt(PASSPHRASE, PASSPHRASE)
    assert _closed(held)  # the connection on the plain file went with its engine
    _edit(svc, note_id, "after encrypting")
    assert _writer(svc).dbapi is not held
    _edit(svc, note_id, "after re-keying")
    svc.security.change_passphrase(PASSPHRASE, PASSPHRASE + "!", PASSPHRASE + "!")
    _edit(svc, note_id, "after re-keying, again")
    svc.close()
    assert _texts(path, PASSPHRASE + "!") == ["after re-keying, again"]


def test_an_edit_after_a_restore_lands_in_the_restored_content(svc: Services) -> None:
    note_id = _note(svc)
    _edit(svc, note_id, "in the backup")
    taken = svc.backups.backup()
    _edit(svc, note_id, "after the backup")
    held = _writer(svc).dbapi
    svc.backups.restore(taken.path)
    assert _closed(held)
    assert svc.notes.note(note_id).text == "in the backup"
    _edit(svc, note_id, "after the restore")
    path = svc.store.files().path
    svc.close()
    assert _texts(path) == ["after the restore"]


def test_a_dispose_during_a_write_closes_the_connection_as_the_write_ends(
    svc: Services,
) -> None:
    note_id = _note(svc)
    _edit(svc, note_id, "v2")
    writer = _writer(svc)
    held = writer.dbapi
    engine = svc.store.files().engine
    with svc.ctx.write_driver() as tx:
        assert tx.cursor.connection is held
        engine.dispose()  # the engine goes while the write runs on its connection
        assert not _closed(held)  # not under the write's feet
    assert _closed(held)  # the write committed, then closed it
    # The next write is served by the pool (the retired connection is not reopened).
    _edit(svc, note_id, "v3")
    assert writer.dbapi is None and svc.notes.note(note_id).text == "v3"


def test_a_refused_write_rolls_back_and_the_connection_goes_on(svc: Services) -> None:
    note_id = _note(svc)
    _edit(svc, note_id, "kept")
    before = svc.audit.count()
    with pytest.raises(ValidationError):
        svc.notes.edit(
            note_id,
            text="to a ghost",
            kind=NoteKind.REMARK,
            item_id=None,
            speaker_delegation_id=999_999,
        )
    held = _writer(svc).dbapi
    assert not held.in_transaction
    assert svc.notes.note(note_id).text == "kept" and svc.audit.count() == before
    _edit(svc, note_id, "then this")
    assert _writer(svc).dbapi is held
    assert svc.notes.note(note_id).text == "then this"
