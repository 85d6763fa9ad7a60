"""Encryption at rest, backups and restore, the audit chain, the database check (services)."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.errors import (
    NotFoundError,
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    ValidationError,
    WrongPassphraseError,
)
from adgsom_desktop.services.backup_service import newest_good_backup, replace_damaged_store
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.position_records import PositionContent
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import backup
from adgsom_desktop.storage.store import Store
from tests.helpers import sha

PASS = "correct horse battery staple"
RED_LINE = "Red line: no binding data localisation commitment"


def _store(path: Path, passphrase: str | None = None) -> Any:
    svc = Services.for_store(create_store(path, passphrase=passphrase, our_delegation_code="TH"))
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    svc.agenda.add_item(meeting.id, "Digital data governance")
    return svc


def _note(svc: Any, text: str) -> Any:
    meeting = svc.events.meetings()[0].id
    return svc.notes.add(meeting, text)


def _texts(svc: Any) -> list[str]:
    return [n.text for n in svc.notes.notes(svc.events.meetings()[0].id)]


def _raw(path: Path, passphrase: str | None = None) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    if passphrase:
        conn.execute(f"PRAGMA key = '{passphrase}'")
    return conn


# -- encryption ------------------------------------------------------------------------------


def test_encrypt_a_plain_store_in_place_with_its_backups(store_path: Path) -> None:
    svc = _store(store_path)
    _note(svc, RED_LINE)
    old_backup = svc.backups.backup()
    assert RED_LINE.encode() in old_backup.path.read_bytes()  # plain, like the store
    result = svc.security.encrypt(PASS, PASS)
    assert result.backups_done == 1
    assert svc.store.encrypted and svc.security.encrypted
    assert _texts(svc) == [RED_LINE]  # the open store goes on working
    _note(svc, "after encryption")
    svc.close()
    for f in [store_path, *backup.backups_dir(store_path).iterdir()]:
        data = f.read_bytes()
        assert not data.startswith(b"SQLite format 3"), f
        assert RED_LINE.encode() not in data, f
    with pytest.raises(PassphraseRequiredError):
        Store.open(store_path)
    svc = Services.open(store_path, PASS)
    try:
        assert _texts(svc) == [RED_LINE, "after encryption"]
        assert svc.store_info.check().ok
        assert [e.action for e in svc.audit.entries(3)][1] == "encrypt"
        # The encrypted backup restores with the store's key.
        assert svc.backups.restore(old_backup.path).restored.path == old_backup.path
        assert _texts(svc) == [RED_LINE]
    finally:
        svc.close()


def test_encrypt_refuses_a_weak_passphrase_and_changes_nothing(store_path: Path) -> None:
    svc = _store(store_path)
    try:
        for bad, repeat in (("short", "short"), (PASS, PASS + "x"), ("tab\there ok", None)):
            with pytest.raises(ValidationError):
                svc.security.encrypt(bad, repeat)
        assert not svc.store.encrypted
        assert store_path.read_bytes().startswith(b"SQLite format 3")
    finally:
        svc.close()


def test_change_passphrase_rekeys_store_and_backups(store_path: Path) -> None:
    svc = _store(store_path, PASS)
    _note(svc, RED_LINE)
    made = svc.backups.backup()
    with pytest.raises(WrongPassphraseError):
        svc.security.change_passphrase("not the passphrase", "a brand new passphrase")
    with pytest.raises(ValidationError, match="same"):
        svc.security.change_passphrase(PASS, PASS)
    result = svc.security.change_passphrase(PASS, "a brand new passphrase")
    assert result.backups_done == 1 and not result.backups_skipped
    assert svc.security.verify_passphrase("a brand new passphrase")
    assert not svc.security.verify_passphrase(PASS)
    _note(svc, "written under the new key")
    svc.close()
    with pytest.raises(WrongPassphraseError):
        Store.open(store_path, PASS)
    with pytest.raises(sqlcipher3.DatabaseError):
        _raw(made.path, PASS).execute("SELECT count(*) FROM note").fetchall()
    assert _raw(made.path, "a brand new passphrase").execute(
        "SELECT count(*) FROM note"
    ).fetchone() == (1,)
    svc = Services.open(store_path, "a brand new passphrase")
    try:
        assert _texts(svc) == [RED_LINE, "written under the new key"]
    finally:
        svc.close()


def test_the_passphrase_is_not_kept_in_memory_only_the_derived_key(store_path: Path) -> None:
    svc = _store(store_path, PASS)
    try:
        key = svc.store._key
        assert not isinstance(key, str)
        assert PASS not in repr(key) and PASS not in repr(svc.store.__dict__)
        assert key.key.hex() not in repr(key)
    finally:
        svc.close()


# -- backups -----------------------------------------------------------------------------------


def _fake(path: Path, when: datetime, reason: str = "auto") -> backup.BackupFile:
    return backup.BackupFile(
        path / f"x.{when:%Y%m%dT%H%M%S}000000Z.{reason}.adgsom-backup", when, reason, 1
    )


def test_rotation_keeps_recent_daily_weekly_and_manual(tmp_path: Path) -> None:
    now = datetime(2026, 1, 16, 12, 0)
    hourly = [_fake(tmp_path, now - timedelta(hours=h)) for h in range(0, 24 * 120, 3)]
    manual = _fake(tmp_path, now - timedelta(days=300), "manual")
    keep = backup.to_keep([*hourly, manual], backup.Retention(16, 14, 8), now)
    newest16 = {b.path for b in hourly[:16]}
    assert newest16 <= keep
    assert manual.path in keep
    days = {b.created_at.date() for b in hourly if b.path in keep}
    assert {(now - timedelta(days=d)).date() for d in range(14)} <= days
    old = [b for b in hourly if b.path in keep and now - b.created_at > timedelta(weeks=8)]
    assert old == []  # nothing older than the weekly window, except the manual one
    assert len(keep) <= 16 + 15 + 9 + 1


def test_prune_deletes_files_outside_the_policy(store_path: Path) -> None:
    svc = _store(store_path)
    try:
        svc.backups.retention = backup.Retention(recent=3, daily=0, weekly=0)
        made = [svc.backups.backup("auto") for _ in range(5)]
        manual = svc.backups.backup()
        names = {b.path for b in svc.backups.backups()}
        assert manual.path in names
        assert {m.path for m in made[-2:]} <= names
        assert made[0].path not in names and not made[0].path.exists()
    finally:
        svc.close()


def test_needs_backup_follows_changes_not_yet_in_a_backup(store_path: Path) -> None:
    svc = _store(store_path)
    try:
        assert svc.backups.needs_backup()  # the event, meeting and item
        assert svc.backups.backup_if_needed() is not None
        assert not svc.backups.needs_backup()
        assert svc.backups.backup_if_needed() is None
        svc.security.record_lock("idle")  # a lock changes nothing a backup holds
        assert not svc.backups.needs_backup()
        _note(svc, "new")
        assert svc.backups.needs_backup()
    finally:
        svc.close()


def test_restore_backs_up_the_current_state_first(store_path: Path) -> None:
    svc = _store(store_path, PASS)
    try:
        first = _note(svc, RED_LINE)
        made = svc.backups.backup()
        svc.notes.delete(first.id)
        _note(svc, "written after the backup")
        result = svc.backups.restore(made.path)
        assert _texts(svc) == [RED_LINE]
        assert result.safety_backup.reason == "before-restore"
        assert svc.store_info.check().ok and svc.audit.verify().ok
        assert svc.audit.entries(1)[0].action == "restore"
        # ... so the restore itself can be undone.
        svc.backups.restore(result.safety_backup.path)
        assert _texts(svc) == ["written after the backup"]
    finally:
        svc.close()


def test_a_bad_backup_changes_nothing_and_makes_no_safety_copy(store_path: Path) -> None:
    svc = _store(store_path, PASS)
    try:
        _note(svc, RED_LINE)
        made = svc.backups.backup()
        before = len(svc.backups.backups())
        garbage = store_path.parent / "garbage.adgsom-backup"
        garbage.write_bytes(b"x" * 8192)
        with pytest.raises(StoreError):
            svc.backups.restore(garbage)
        # A backup of another store under another passphrase: that passphrase is asked.
        other = _store(store_path.parent / "other.adgsom", "another passphrase")
        foreign = other.backups.backup().path
        other.close()
        with pytest.raises(PassphraseRequiredError):
            svc.backups.restore(foreign)
        with pytest.raises(WrongPassphraseError):
            svc.backups.restore(foreign, "not it at all")
        assert len(svc.backups.backups()) == before
        assert _texts(svc) == [RED_LINE]
        svc.backups.restore(foreign, "another passphrase")  # re-keyed into this store
        assert _texts(svc) == []
        assert svc.backups.restore(made.path).restored.path == made.path
        assert _texts(svc) == [RED_LINE]
        with pytest.raises(NotFoundError):
            svc.backups.delete(garbage)
    finally:
        svc.close()


def test_restoring_a_backup_from_an_older_schema_upgrades_it(store_path: Path) -> None:
    """A plain copy from an older version, restored into an encrypted store: it stays encrypted."""
    from tests.test_migrations import _make_v1_store

    old = store_path.parent / "v1.adgsom"
    _make_v1_store(old)
    svc = _store(store_path, PASS)
    try:
        result = svc.backups.restore(old)
        assert result.migrated
        svc.store.engine.dispose()
        assert not store_path.read_bytes().startswith(b"SQLite format 3")
        assert "Việt Nam".encode() not in store_path.read_bytes()
        assert [n.text for n in svc.notes.notes(1)] == [
            "Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số"
        ]
        assert svc.store_info.check().ok
    finally:
        svc.close()


# -- a damaged store ---------------------------------------------------------------------------


def _damage_pages(path: Path, start: float = 0.1) -> None:
    """Overwrite pages from ``start`` (a fraction of the file) on; keep the header."""
    data = bytearray(path.read_bytes())
    for off in range(max(8192, int(len(data) * start)), len(data) - 4096, 16384):
        data[off : off + 2048] = b"\xa5" * 2048
    path.write_bytes(bytes(data))


def test_a_damaged_store_is_refused_at_open_and_left_unchanged(store_path: Path) -> None:
    svc = _store(store_path)
    for n in range(300):
        _note(svc, f"{RED_LINE} {n} " + "x" * 200)
    svc.close()
    _damage_pages(store_path, 0.75)  # the newest pages: notes, not the schema
    before = sha(store_path)
    listing = sorted(p.name for p in store_path.parent.iterdir())
    with pytest.raises(StoreCorruptError, match="is damaged: part of it cannot be read"):
        Services.open(store_path)
    assert sha(store_path) == before  # never repaired in place, never written
    assert sorted(p.name for p in store_path.parent.iterdir()) == listing


def test_a_store_that_cannot_be_opened_is_set_aside_for_its_newest_good_backup(
    store_path: Path,
) -> None:
    svc = _store(store_path, PASS)
    _note(svc, "older")
    svc.backups.backup()
    _note(svc, RED_LINE)
    good = svc.backups.backup()
    svc.close()
    # A newer backup that is itself damaged is skipped.
    bad = backup.new_backup_path(store_path, "auto")
    shutil.copyfile(good.path, bad)
    _damage_pages(bad)
    store_path.write_bytes(store_path.read_bytes()[:5000])  # truncated, e.g. a bad copy
    damaged_sha = sha(store_path)
    with pytest.raises(StoreError):
        Store.open(store_path, PASS)
    assert newest_good_backup(store_path, "wrong passphrase") is None
    found = newest_good_backup(store_path, PASS)
    assert found is not None and found.path == good.path
    kept = replace_damaged_store(store_path, found.path, PASS)
    assert sha(kept) == damaged_sha  # never overwritten
    svc = Services.open(store_path, PASS)
    try:
        assert _texts(svc) == ["older", RED_LINE]
        assert svc.store_info.check().ok
    finally:
        svc.close()


# -- audit ---------------------------------------------------------------------------------------


def _tamper(path: Path, sql: str) -> None:
    conn = _raw(path)
    conn.execute(sql)
    conn.close()


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE audit_entry SET actor = 'someone else' WHERE id = 3", "entry 3 was changed"),
        ("UPDATE audit_entry SET detail = 'v9' WHERE id = 5", "entry 5 was changed"),
        ("DELETE FROM audit_entry WHERE id = 4", "entries 4-4 were removed"),
        ("DELETE FROM audit_entry WHERE id = 1", "entries before 2 were removed"),
        ("DELETE FROM audit_entry WHERE id >= 5", "newest entries (5-6) were removed"),
    ],
)
def test_audit_verify_detects_edited_and_removed_entries(
    store_path: Path, sql: str, words: str
) -> None:
    svc = _store(store_path)
    note = _note(svc, "a")
    svc.notes.edit(note.id, text="b", kind=note.kind, item_id=None, speaker_delegation_id=None)
    svc.notes.delete(note.id)
    assert svc.audit.count() == 6
    assert svc.audit.verify().ok
    svc.close()
    _tamper(store_path, sql)
    svc = Services.open(store_path)
    try:
        report = svc.audit.verify()
        assert not report.ok
        assert any(words in p.text for p in report.problems), report.problems
        check = svc.store_info.check(repair=True)
        assert not check.ok and any("audit log" in p for p in check.problems)
    finally:
        svc.close()


def test_lock_and_unlock_are_audited(store_path: Path) -> None:
    svc = _store(store_path, PASS)
    try:
        svc.security.record_lock("idle")
        assert not svc.security.unlock("wrong one")
        assert svc.security.unlock(PASS)
        actions = [e.action for e in svc.audit.entries(3)]
        assert actions == ["unlock", "unlock-failed", "lock"]
        assert svc.audit.verify().ok
    finally:
        svc.close()


# -- the check: found, fixed, and a second run finds nothing -------------------------------


def test_check_finds_fixes_and_then_finds_nothing(store_path: Path) -> None:
    svc = _store(store_path)
    note = _note(svc, RED_LINE)
    item = svc.agenda.items(svc.events.meetings()[0].id)[0]
    svc.positions.save(item.id, PositionContent(objective="Adopt the framework"))
    svc.close()
    conn = _raw(store_path)
    conn.execute("BEGIN")
    conn.execute("DELETE FROM note_version WHERE note_id = ?", (note.id,))
    conn.execute("UPDATE agenda_item SET number = '9' WHERE id = ?", (item.id,))
    conn.execute("DELETE FROM position_version")
    conn.execute("UPDATE position SET version_no = 0")
    conn.execute("DELETE FROM search_fts WHERE rowid IN (SELECT rowid FROM search_fts LIMIT 2)")
    conn.execute("DELETE FROM store_setting WHERE key = 'audit_head'")
    conn.execute("COMMIT")
    conn.close()
    leftover = backup.backups_dir(store_path) / ".x.adgsom-backup.part"
    svc = Services.open(store_path)
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_bytes(b"partial")
    try:
        found = svc.store_info.check()
        assert not found.ok
        kinds = (
            "leftover",
            "search index",
            "agenda numbering",
            "without a saved version",
            "without their current version",
            "audit log's newest entry",
        )
        assert [k for k in kinds if not any(k in p for p in found.problems)] == []
        assert len(found.problems) == len(kinds)
        fixed = svc.store_info.check(repair=True)
        assert fixed.ok and len(fixed.fixed) == len(kinds), fixed
        again = svc.store_info.check(repair=True)
        assert again.ok and again.fixed == () and again.problems == ()
        assert not leftover.exists()
        assert svc.positions.versions(item.id)
        assert svc.audit.verify().ok
    finally:
        svc.close()


def test_the_wal_of_an_encrypted_store_is_encrypted(tmp_path: Path) -> None:
    for passphrase, leaks in ((None, True), (PASS, False)):
        path = tmp_path / f"{bool(passphrase)}.adgsom"
        svc = _store(path, passphrase)
        try:
            _note(svc, RED_LINE)
            wal = Path(str(path) + "-wal").read_bytes()
            assert wal  # the note is in the WAL, not yet in the main file
            assert (RED_LINE.encode() in wal) is leaks
        finally:
            svc.close()
