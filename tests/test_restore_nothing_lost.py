"""Issue 11, items 1, 3 and 5: a healthy store is never called truncated, a restore never
loses work unasked, never leaves the path empty and never makes an encrypted store plain."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.errors import PassphraseRequiredError, WrongPassphraseError
from adgsom_desktop.services.backup_service import replace_damaged_store
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import atomic
from tests.helpers import ROOT, run_cli, sha

pytestmark = pytest.mark.slow  # children and command-line runs: seconds each

PASS = "correct horse battery staple"
ENV = {"ADGSOM_DESKTOP_PASSPHRASE": PASS}
MAGIC = b"SQLite format 3\x00"


def _make(path: Path, passphrase: str | None = None) -> None:
    svc = Services.for_store(create_store(path, passphrase=passphrase, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN", city="Hà Nội")
        svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    finally:
        svc.close()


def _add(path: Path, *texts: str, passphrase: str | None = None) -> None:
    svc = Services.open(path, passphrase)
    try:
        for text in texts:
            svc.notes.add(svc.events.meetings()[0].id, text)
    finally:
        svc.close()


def _texts(path: Path, passphrase: str | None = None) -> list[str]:
    svc = Services.open(path, passphrase)
    try:
        return [n.text for n in svc.notes.notes(svc.events.meetings()[0].id)]
    finally:
        svc.close()


def _backup(path: Path, passphrase: str | None = None) -> Path:
    svc = Services.open(path, passphrase)
    try:
        return svc.backups.backup().path
    finally:
        svc.close()


def _header_pages(path: Path) -> int:
    return int(struct.unpack(">I", path.read_bytes()[28:32])[0])


def _no_temporaries(*folders: Path) -> None:
    for folder in folders:
        assert atomic.temporaries(folder) == [], list(folder.iterdir())
    assert not list(atomic.ledger_dir().glob("*")) if atomic.ledger_dir().exists() else True


def _cut_short(store: Path, notes: int) -> list[int]:
    """Add ``notes`` notes in a child whose disk 'fills up' while it closes."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "tests.checkpoint_child", str(store), str(notes)],
        cwd=str(ROOT),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.splitlines()[-1] == "closed"
    return [int(ln.split()[1]) for ln in proc.stdout.splitlines() if ln.startswith("ok ")]


# -- item 1: a checkpoint cut short -------------------------------------------------------------


def test_a_checkpoint_cut_short_at_close_leaves_a_store_that_opens_whole(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _make(store)
    confirmed = _cut_short(store, 30)
    assert len(confirmed) == 30
    # The state a full disk at close leaves: a header counting pages still in the WAL.
    assert _header_pages(store) * 4096 > store.stat().st_size
    assert Path(f"{store}-wal").stat().st_size > 0
    info = run_cli("info", "--store", str(store))
    assert info.returncode == 0, info.stderr  # was: exit 3, "truncated"
    assert re.search(r"^\s+notes\s+30$", info.stdout, re.M), info.stdout
    check = run_cli("check", "--store", str(store))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "The store is healthy." in check.stdout
    assert len(_texts(store)) == 30
    assert _header_pages(store) * 4096 == store.stat().st_size  # the checkpoint completed


def test_restore_latest_on_a_cut_short_store_asks_and_keeps_every_note(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _make(store)
    _add(store, "before the backup")
    _backup(store)
    _cut_short(store, 12)
    before = sha(store), sha(Path(f"{store}-wal"))
    asked = run_cli("restore", "--store", str(store), "--latest")
    assert asked.returncode == 1, asked.stdout + asked.stderr
    assert "12 notes newer than the backup" in asked.stdout
    assert "Nothing was restored" in asked.stderr and "--yes" in asked.stderr
    assert not list(tmp_path.glob("*.damaged-*"))  # the healthy file was not set aside
    assert before[0] != "" and len(_texts(store)) == 13  # every note is still there
    restored = run_cli("restore", "--store", str(store), "--latest", "--yes")
    assert restored.returncode == 0, restored.stderr
    assert _texts(store) == ["before the backup"]
    # The state before the restore is a backup holding all 13 notes.
    safety = Path(restored.stdout.split("is in ")[1].strip())
    copy = tmp_path / "safety.adgsom"
    shutil.copyfile(safety, copy)
    assert len(_texts(copy)) == 13


@contextlib.contextmanager
def _tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (not root): the child-process test covers it")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_real_full_disk_then_restore_latest_never_leaves_the_path_empty(tmp_path: Path) -> None:
    """The issue's reproduction: notes until "disk full" on a small file system, close,
    restore --latest on the still-full disk, free space, reopen."""
    with _tmpfs(tmp_path / "disk", "3m") as disk:
        store = disk / "ours.adgsom"
        _make(store)
        _add(store, "in the backup")
        _backup(store)
        filler = disk / "filler.bin"
        room = os.statvfs(disk)  # whatever the schema takes, the notes get the same room
        filler.write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 800 * 1024))
        svc = Services.open(store)
        confirmed = 0
        try:
            with contextlib.suppress(Exception):
                while True:
                    svc.notes.add(svc.events.meetings()[0].id, "ไม่ยอมรับ " * 300)
                    confirmed += 1
        finally:
            svc.close()  # the checkpoint at close meets the full disk
        assert confirmed > 5
        assert _header_pages(store) * 4096 > store.stat().st_size
        for extra in ([], ["--yes"]):  # the disk is still full
            result = run_cli("restore", "--store", str(store), "--latest", *extra)
            assert result.returncode != 0, result.stdout
            assert "Traceback" not in result.stderr
            assert store.exists() and store.stat().st_size > 0
            assert not list(disk.glob("*.damaged-*"))
        filler.unlink()  # space freed
        assert len(_texts(store)) == confirmed + 1
        _no_temporaries(disk, disk / "ours.adgsom-backups")


def _limited(limit: int) -> None:  # pragma: no cover - runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def test_restore_of_a_damaged_store_on_a_full_disk_keeps_it_in_place(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _make(store)
    _add(store, "kept in the backup")
    _backup(store)
    store.write_bytes(store.read_bytes()[:6000])  # damaged: cut short, no WAL
    damaged = sha(store)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "adgsom_desktop", "restore", "--store", str(store), "--latest"],
        cwd=str(ROOT),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: _limited(64 * 1024),  # no room for the backup's copy
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert (
        "could not be written (is it full" in proc.stderr and "Nothing was changed" in proc.stderr
    )
    assert store.exists() and sha(store) == damaged  # was: renamed away, nothing in its place
    assert not list(tmp_path.glob("*.damaged-*"))
    _no_temporaries(tmp_path)
    result = run_cli("restore", "--store", str(store), "--latest")  # space freed
    assert result.returncode == 0, result.stderr
    assert _texts(store) == ["kept in the backup"]


# -- item 3: an encrypted store never becomes plain --------------------------------------------


def _encrypted_with_a_plain_backup(tmp_path: Path) -> tuple[Path, Path]:
    """An encrypted store, damaged, and a plain copy of it from before it was encrypted."""
    store = tmp_path / "ours.adgsom"
    _make(store)
    _add(store, "written while plain")
    plain_copy = tmp_path / "plain-copy.adgsom-backup"
    shutil.copyfile(_backup(store), plain_copy)
    enc = run_cli("encrypt", "--store", str(store), "--passphrase-stdin", input=PASS + "\n")
    assert enc.returncode == 0, enc.stderr
    _add(store, "written once encrypted", passphrase=PASS)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2])  # damaged
    return store, plain_copy


def test_restoring_a_plain_backup_over_a_damaged_encrypted_store_encrypts_it(
    tmp_path: Path,
) -> None:
    store, plain_copy = _encrypted_with_a_plain_backup(tmp_path)
    assert plain_copy.read_bytes().startswith(MAGIC)
    result = run_cli("restore", "--store", str(store), str(plain_copy), env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not store.read_bytes().startswith(MAGIC)  # was: plain
    assert _texts(store, PASS) == ["written while plain"]


def test_restore_latest_picking_a_plain_backup_keeps_the_store_encrypted(tmp_path: Path) -> None:
    store, plain_copy = _encrypted_with_a_plain_backup(tmp_path)
    folder = tmp_path / "ours.adgsom-backups"
    for b in folder.iterdir():  # the encrypted backups are damaged too
        b.write_bytes(b.read_bytes()[:5000])
    shutil.copyfile(plain_copy, folder / "ours.29990101T000000000000Z.manual.adgsom-backup")
    result = run_cli("restore", "--store", str(store), "--latest", env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Restored ours.29990101" in result.stdout
    assert not store.read_bytes().startswith(MAGIC)  # was: plain
    assert _texts(store, PASS) == ["written while plain"]


def test_a_passphrase_that_cannot_be_checked_refuses_a_plain_restore(tmp_path: Path) -> None:
    store, plain_copy = _encrypted_with_a_plain_backup(tmp_path)
    folder = tmp_path / "ours.adgsom-backups"
    for b in folder.iterdir():  # no encrypted backup to check the passphrase with
        b.unlink()
    data = bytearray(store.read_bytes())
    data[100:4096] = b"\0" * 3996  # the first page too: the passphrase cannot be checked
    store.write_bytes(bytes(data))
    damaged = sha(store)
    result = run_cli("restore", "--store", str(store), str(plain_copy), env=ENV)
    assert result.returncode == 2, result.stdout + result.stderr  # "wrong passphrase"
    with pytest.raises(WrongPassphraseError, match="left unencrypted"):
        replace_damaged_store(store, plain_copy, PASS)
    assert not list(tmp_path.glob("*.damaged-*")) and sha(store) == damaged


def test_restore_latest_plain_backup_with_the_store_passphrase_checked(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _make(store, PASS)
    _add(store, "encrypted from the start", passphrase=PASS)
    _backup(store, PASS)
    plain = tmp_path / "plain.adgsom"
    _make(plain)
    _add(plain, "a plain store's note")
    folder = tmp_path / "ours.adgsom-backups"
    newest = folder / "ours.29990101T000000000000Z.manual.adgsom-backup"
    shutil.copyfile(_backup(plain), newest)
    data = store.read_bytes()
    store.write_bytes(data[:8192] + b"\0" * (len(data) - 8192))  # damaged, first pages kept
    no_pass = run_cli(
        "restore", "--store", str(store), "--latest", "--passphrase-stdin", input="\n"
    )
    assert no_pass.returncode != 0
    assert not list(tmp_path.glob("*.damaged-*"))
    with pytest.raises(PassphraseRequiredError):
        replace_damaged_store(store, newest, None)
    result = run_cli("restore", "--store", str(store), "--latest", env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Restored ours.29990101" in result.stdout
    assert not store.read_bytes().startswith(MAGIC)
    assert _texts(store, PASS) == ["a plain store's note"]


def test_restore_plain_is_possible_when_asked_for_exactly(tmp_path: Path) -> None:
    store, plain_copy = _encrypted_with_a_plain_backup(tmp_path)
    result = run_cli("restore", "--store", str(store), str(plain_copy), "--plain", env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert store.read_bytes().startswith(MAGIC)
    assert _texts(store) == ["written while plain"]


# -- item 5: an encrypted store cut at any size is rescued ---------------------------------------


def test_an_encrypted_store_cut_at_an_odd_size_is_damaged_and_rescued(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _make(store, PASS)
    _add(store, "in the backup", passphrase=PASS)
    _backup(store, PASS)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2 + 500])  # not a multiple of 1024
    damaged = sha(store)
    info = run_cli("info", "--store", str(store), env=ENV)
    assert info.returncode == 3, info.stderr  # was: exit 2, "not an ADGSOM Desktop store"
    assert "is damaged" in info.stderr and "restore --store" in info.stderr
    assert sha(store) == damaged
    result = run_cli("restore", "--store", str(store), "--latest", env=ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    kept = list(tmp_path.glob("ours.adgsom.damaged-*"))
    assert len(kept) == 1 and sha(kept[0]) == damaged
    assert _texts(store, PASS) == ["in the backup"]
    _no_temporaries(tmp_path)


_HOT_JOURNAL_CHILD = """
import os, sys
import sqlcipher3
con = sqlcipher3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 2")
con.execute("BEGIN IMMEDIATE")
for n in range(40):
    con.execute("UPDATE note SET text = ? WHERE id = ?", ("overwritten " * 400, n % 8 + 1))
os.kill(os.getpid(), 9)  # killed inside the transaction: its journal is hot
"""


def test_a_store_killed_with_a_hot_journal_is_recovered_not_called_damaged(
    tmp_path: Path,
) -> None:
    """Killed while it wrote in rollback-journal mode (the first open of a copy switching
    to WAL, say): a read-only look cannot roll the journal back, SQLite's writer can."""
    store = tmp_path / "ours.adgsom"
    _make(store)
    _add(store, *(f"note {n}: " + "ສະໜັບສະໜູນ " * 200 for n in range(8)))
    con = sqlite3.connect(store)
    con.execute("PRAGMA journal_mode = DELETE")
    con.close()
    subprocess.run([sys.executable, "-c", _HOT_JOURNAL_CHILD, str(store)], timeout=60)
    assert Path(f"{store}-journal").stat().st_size > 0  # a hot journal beside it
    info = run_cli("info", "--store", str(store))
    assert info.returncode == 0, info.stderr  # was: "damaged ... attempt to write a readonly"
    assert not Path(f"{store}-journal").exists()  # rolled back by the app's writer
    texts = _texts(store)
    assert len(texts) == 8 and all(t.startswith("note ") for t in texts)
    assert run_cli("check", "--store", str(store)).returncode == 0
