"""Issue 11, items 2 and 4: encrypting a store, or changing its passphrase, is one
recoverable operation over the store and its backups.

After a kill at any moment: either everything is plain (and the app says so) or
everything is encrypted; either the old passphrase opens everything or the new one
does; no journal is ever left beside a backup; no temporary survives the next start.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import atomic
from adgsom_desktop.storage.backup import list_backups
from tests.helpers import run_cli
from tests.rekey_child import kill_at

pytestmark = pytest.mark.slow  # children and command-line runs: seconds each

PASS = "correct horse battery staple"
NEW = "a new and longer passphrase"
MAGIC = b"SQLite format 3\x00"


def _store(path: Path, passphrase: str | None = None, backups: int = 2) -> None:
    svc = Services.for_store(create_store(path, passphrase=passphrase, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN", city="Hà Nội")
        meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="SOM")
        for n in range(backups):
            svc.notes.add(meeting.id, f"ประเทศไทยสนับสนุน {n}")
            svc.backups.backup()
        svc.notes.add(meeting.id, "Red line: no binding commitment before 2027")
    finally:
        svc.close()


def _plain_files(folder: Path) -> list[Path]:
    """Every file under ``folder`` that holds a plain SQLite database."""
    out = []
    for p in folder.rglob("*"):
        if p.is_file():
            with open(p, "rb") as fh:
                if fh.read(16) == MAGIC:
                    out.append(p)
    return sorted(out)


def _no_temporaries(tmp_path: Path) -> None:
    for folder in (tmp_path, tmp_path / "ours.adgsom-backups"):
        assert atomic.temporaries(folder) == []
        assert not [p for p in folder.iterdir() if p.name.endswith("-journal")]
    ledger = atomic.ledger_dir()
    assert not ledger.exists() or list(ledger.iterdir()) == []


def _notes(path: Path, passphrase: str | None) -> int:
    svc = Services.open(path, passphrase)
    try:
        return len(svc.notes.notes(svc.events.meetings()[0].id))
    finally:
        svc.close()


# -- item 2: encrypt --------------------------------------------------------------------------


def test_an_encryption_killed_before_its_commit_leaves_everything_plain_and_says_so(
    tmp_path: Path,
) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store)
    kill_at("encrypt", "before", store, PASS)
    info = run_cli("info", "--store", str(store))  # the next start
    assert info.returncode == 0, info.stderr
    assert "Encrypting this store was interrupted" in info.stderr
    assert "still plain (not encrypted)" in info.stderr
    assert _plain_files(tmp_path) == sorted([store, *(b.path for b in list_backups(store))])
    _no_temporaries(tmp_path)
    assert _notes(store, None) == 3


def test_an_encryption_killed_after_its_commit_is_finished_at_the_next_start(
    tmp_path: Path,
) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store)
    kill_at("encrypt", "after", store, PASS)
    listed = run_cli("backup", "--store", str(store), "--list")  # any command: the next start
    assert listed.returncode == 0, listed.stderr
    assert _plain_files(tmp_path) == []  # the store and both backups are encrypted
    _no_temporaries(tmp_path)
    assert _notes(store, PASS) == 3
    for b in list_backups(store):  # every backup restores under the new passphrase
        svc = Services.open(store, PASS)
        try:
            assert svc.backups.check_backup(b.path).path == b.path
        finally:
            svc.close()


def test_the_store_open_finishes_a_committed_encryption_too(tmp_path: Path) -> None:
    """The data folder's ledger is not there (another laptop, a USB stick): opening the
    store finishes the renames from the commit record beside it."""
    store = tmp_path / "ours.adgsom"
    _store(store)
    kill_at("encrypt", "after", store, PASS)
    for record in atomic.ledger_dir().iterdir():
        record.unlink()
    assert _notes(store, PASS) == 3
    assert _plain_files(tmp_path) == []
    _no_temporaries(tmp_path)


def test_a_backup_that_cannot_be_encrypted_stops_the_whole_encryption(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store)
    damaged = list_backups(store)[1].path
    damaged.write_bytes(damaged.read_bytes()[:5000])
    result = run_cli("encrypt", "--store", str(store), "--passphrase-stdin", input=PASS + "\n")
    assert result.returncode == 2, result.stdout  # was: exit 0, "1 backup(s) encrypted too"
    assert damaged.name in result.stderr and "still plain" in result.stderr
    assert len(_plain_files(tmp_path)) == 3  # the store and both backups: nothing changed
    _no_temporaries(tmp_path)


def test_check_reports_a_plain_backup_beside_an_encrypted_store_and_repair_encrypts_it(
    tmp_path: Path,
) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store, backups=1)
    plain_copy = tmp_path / "kept.bin"
    plain_copy.write_bytes(list_backups(store)[0].path.read_bytes())
    enc = run_cli("encrypt", "--store", str(store), "--passphrase-stdin", input=PASS + "\n")
    assert enc.returncode == 0, enc.stderr
    stray = tmp_path / "ours.adgsom-backups" / "ours.20200101T000000000000Z.manual.adgsom-backup"
    stray.write_bytes(plain_copy.read_bytes())  # e.g. left by an older version
    plain_copy.unlink()
    env = {"ADGSOM_DESKTOP_PASSPHRASE": PASS}
    check = run_cli("check", "--store", str(store), env=env)
    assert check.returncode == 3, check.stdout  # was: "The store is healthy."
    assert "1 plain (unencrypted) backup beside an encrypted store" in check.stdout
    assert "encrypts them" in check.stdout and "delete them" in check.stdout
    repair = run_cli("check", "--store", str(store), "--repair", env=env)
    assert repair.returncode == 0, repair.stdout
    assert "encrypted with the store's passphrase" in repair.stdout
    assert _plain_files(tmp_path) == []
    again = run_cli("check", "--store", str(store), env=env)
    assert again.returncode == 0 and "Encryption: the store is encrypted" in again.stdout


# -- item 4: change the passphrase -------------------------------------------------------------


@pytest.mark.parametrize("moment", ["before", "after", "wiped"])
def test_a_passphrase_change_killed_leaves_one_passphrase_for_everything(
    tmp_path: Path, moment: str
) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store, PASS)
    kill_at("rekey", moment, store, PASS, NEW)
    if moment == "wiped":  # killed with the store file zeroed, its new copy not yet renamed
        assert store.read_bytes()[:16] == bytes(16)
    for folder in (tmp_path, tmp_path / "ours.adgsom-backups"):  # at the moment of the kill
        assert not [p for p in folder.iterdir() if p.name.endswith("-journal")]
    opens = PASS if moment == "before" else NEW
    info = run_cli("info", "--store", str(store), env={"ADGSOM_DESKTOP_PASSPHRASE": opens})
    assert info.returncode == 0, info.stderr
    if moment == "before":
        assert "Changing the passphrase was interrupted" in info.stderr
    _no_temporaries(tmp_path)
    restored = run_cli(
        "restore", "--store", str(store), "--latest", "--yes",
        env={"ADGSOM_DESKTOP_PASSPHRASE": opens},
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr  # the newest backup is not skipped
    assert f"Restored {list_backups(store)[1].path.name}" in restored.stdout
    assert _notes(store, opens) == 2


@pytest.mark.parametrize("operation", ["encrypt", "rekey"])
def test_an_edit_saved_while_the_store_is_being_re_encrypted_is_never_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str
) -> None:
    """The GUI runs the operation on a worker while editors keep saving: a save waits for
    it (or fails visibly, "the store is busy"), and never lands in the file being replaced."""
    import threading
    import time

    from adgsom_desktop.storage import backup

    store = tmp_path / "ours.adgsom"
    _store(store, PASS if operation == "rekey" else None, backups=1)
    svc = Services.open(store, PASS if operation == "rekey" else None)
    meeting = svc.events.meetings()[0].id
    copying = threading.Event()
    real_export = backup.export_copy

    def slow_export(src: object, dest: Path, key: object) -> Path:
        copying.set()  # the store's copy is being taken
        time.sleep(0.6)
        return real_export(src, dest, key)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "export_copy", slow_export)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            if operation == "encrypt":
                svc.security.encrypt(PASS, PASS)
            else:
                svc.security.change_passphrase(PASS, NEW, NEW)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert copying.wait(10)
    svc.notes.add(meeting, "typed while the store was re-encrypted")  # acknowledged
    worker.join(30)
    svc.close()
    assert errors == []
    texts = _texts(store, PASS if operation == "encrypt" else NEW)
    assert "typed while the store was re-encrypted" in texts  # was: lost with the old file


def _texts(path: Path, passphrase: str | None) -> list[str]:
    svc = Services.open(path, passphrase)
    try:
        return [n.text for n in svc.notes.notes(svc.events.meetings()[0].id)]
    finally:
        svc.close()
