"""Bad files and situations: a clear message, and the file left byte-for-byte unchanged."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
from pathlib import Path

import pytest

from adgsom_desktop.errors import (
    NotAStoreError,
    PassphraseRequiredError,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreNotWritableError,
    StoreTooNewError,
    WrongPassphraseError,
)
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage.store import Store
from tests.helpers import run_cli, sha

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    rnd = random.Random(7)
    files = {
        "text": b"Minutes of the 5th ADGSOM\nnot a database\n",
        "png": PNG,
        "random": bytes(rnd.randrange(256) for _ in range(5000)),
        "random-pages": bytes(rnd.randrange(256) for _ in range(8192)),
        "random-small": bytes(rnd.randrange(256) for _ in range(3000)),
        "empty": b"",
    }
    out = {}
    for name, data in files.items():
        p = tmp_path / f"{name}.adgsom"
        p.write_bytes(data)
        out[name] = p
    # Another application's SQLite database.
    other = tmp_path / "other.adgsom"
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.execute("insert into t values (1)")
    con.commit()
    con.close()
    out["other-sqlite"] = other
    return out


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("text", NotAStoreError, "not an ADGSOM Desktop store: it is a text file"),
        ("png", NotAStoreError, "not an ADGSOM Desktop store: it is a PNG image"),
        # Random bytes may be an encrypted store cut short: only its passphrase can tell.
        ("random", PassphraseRequiredError, "encrypted (or not a store)"),
        ("random-pages", PassphraseRequiredError, "encrypted (or not a store)"),
        ("random-small", NotAStoreError, "not an ADGSOM Desktop store"),
        ("empty", NotAStoreError, "is empty"),
        ("other-sqlite", NotAStoreError, "another application"),
    ],
)
def test_not_a_store_is_refused_and_left_unchanged(
    tmp_path: Path, name: str, error: type[Exception], words: str
) -> None:
    path = _bad_files(tmp_path)[name]
    before = sha(path)
    with pytest.raises(error) as info:
        Store.open(path)
    assert words in str(info.value)
    assert sha(path) == before
    assert not Path(str(path) + ".lock").exists()


def test_random_pages_with_a_passphrase_is_a_wrong_passphrase(tmp_path: Path) -> None:
    path = _bad_files(tmp_path)["random-pages"]
    before = sha(path)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        Store.open(path, "some passphrase")
    assert sha(path) == before


def test_truncated_store_is_refused(store_path: Path) -> None:
    create_store(store_path, our_delegation_code="TH").close()
    data = store_path.read_bytes()
    store_path.write_bytes(data[: len(data) // 2])
    before = sha(store_path)
    with pytest.raises(StoreCorruptError, match="truncated"):
        Store.open(store_path)
    assert sha(store_path) == before


def test_store_from_a_newer_version_is_refused(store_path: Path) -> None:
    create_store(store_path).close()
    con = sqlite3.connect(store_path)
    con.execute("update alembic_version set version_num = '0099_from_the_future'")
    con.commit()
    con.execute("pragma wal_checkpoint(truncate)")
    con.close()
    before = sha(store_path)
    with pytest.raises(StoreTooNewError, match="newer version"):
        Store.open(store_path)
    assert sha(store_path) == before


def test_second_instance_is_refused(store_path: Path) -> None:
    store = create_store(store_path)
    try:
        with pytest.raises(StoreLockedError, match="already open"):
            Store.open(store_path)
        # Another process too: a clear message, exit code 2, no traceback.
        before = sha(store_path)
        result = run_cli("info", "--store", str(store_path))
        assert result.returncode == 2
        assert "already open" in result.stderr
        assert "Traceback" not in result.stderr
        assert sha(store_path) == before
    finally:
        store.close()
    Store.open(store_path).close()  # the lock is released on close


def test_wrong_passphrase_fails_fast_and_changes_nothing(store_path: Path) -> None:
    create_store(store_path, passphrase="correct horse battery").close()
    before = sha(store_path)
    with pytest.raises(PassphraseRequiredError):
        Store.open(store_path)
    with pytest.raises(WrongPassphraseError):
        Store.open(store_path, "wrong passphrase")
    assert sha(store_path) == before
    with Store.open(store_path, "correct horse battery") as store:
        assert store.encrypted


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="No store at"):
        Store.open(tmp_path / "nope.adgsom")
    with pytest.raises(NotAStoreError, match="folder"):
        Store.open(tmp_path)


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("keep me")
    with pytest.raises(StoreError, match="already exists"):
        create_store(path)
    assert path.read_text() == "keep me"


def _make_unwritable(folder: Path) -> bool:
    """chmod for a normal user; the immutable flag for root (which ignores modes)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return True
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def _make_writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def test_unwritable_folder_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    store = folder / "s.adgsom"
    create_store(store).close()
    before = sha(store)
    if not _make_unwritable(folder):
        pytest.skip("cannot make a folder unwritable here (no chattr)")
    try:
        with pytest.raises(StoreNotWritableError, match="not writable"):
            Store.open(store)
        result = run_cli("info", "--store", str(store))
        new_store = run_cli("init", "--store", str(folder / "new.adgsom"))
    finally:
        _make_writable(folder)
    assert result.returncode == 2, result.stderr
    assert "not writable" in result.stderr
    assert "Traceback" not in result.stderr
    assert new_store.returncode == 2, new_store.stderr
    assert "not writable" in new_store.stderr
    assert not (folder / "new.adgsom").exists()
    assert sha(store) == before
