"""Command-line gaps an acceptance review found: half-made stores, bad paths, side files
left by a refused open, the empty search, a closed pipe, encrypt without a terminal."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from adgsom_desktop.errors import StoreTooNewError
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage.store import Store
from tests.helpers import ROOT, run_cli, sha


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("\udcff", "lone surrogate"),  # what the shell's $'\xed\xa0\x80' becomes
        ("x" * 20_000, "too long (20,000 characters; at most 200)"),
        ("line\x07bell", "control characters"),
    ],
)
def test_a_failed_init_leaves_nothing_behind(tmp_path: Path, title: str, words: str) -> None:
    path = tmp_path / "z.adgsom"
    env = {"PYTHONIOENCODING": "utf-8:surrogateescape"}
    result = subprocess.run(
        [sys.executable, "-m", "adgsom_desktop", "init", "--store", str(path), "--title", title],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        cwd=str(ROOT),
        errors="replace",
    )
    assert result.returncode == 1, result.stderr
    assert words in result.stderr and "unexpected" not in result.stderr
    assert _listing(tmp_path) == []
    again = run_cli("init", "--store", str(path), "--title", "Thai delegation")
    assert again.returncode == 0, again.stderr  # not "already exists"


def test_a_store_is_built_whole_before_it_takes_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.services import store_setup

    def broken(_session: object) -> None:
        raise RuntimeError("power cut while seeding")

    monkeypatch.setattr(store_setup, "seed_reference_data", broken)
    with pytest.raises(RuntimeError):
        create_store(tmp_path / "z.adgsom", title="Title")
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("command", ["demo", "init"])
def test_a_store_under_a_file_gets_a_clear_message(tmp_path: Path, command: str) -> None:
    (tmp_path / "demo.adgsom").write_bytes(b"")
    target = tmp_path / "demo.adgsom" / "sub" / "x.adgsom"
    result = run_cli(command, "--store", str(target))
    assert result.returncode == 2, result.stderr
    assert f"Cannot create the folder {target.parent}: Not a directory." in result.stderr
    assert _listing(tmp_path) == ["demo.adgsom"]


def test_a_refused_newer_store_leaves_no_side_files(tmp_path: Path) -> None:
    path = tmp_path / "new.adgsom"
    create_store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before, listing = sha(path), _listing(tmp_path)
    with pytest.raises(StoreTooNewError):
        Store.open(path)
    result = run_cli("info", "--store", str(path))
    assert result.returncode == 2 and "newer version" in result.stderr
    assert sha(path) == before
    assert _listing(tmp_path) == listing  # no -wal, -shm or lock beside it


def test_an_open_store_is_still_probed_through_its_wal(tmp_path: Path) -> None:
    """With a -wal beside the file (open elsewhere), the probe reads through it."""
    path = tmp_path / "s.adgsom"
    store = create_store(path, title="Before")
    try:
        result = run_cli("info", "--store", str(path))
        assert result.returncode == 2 and "already open" in result.stderr
    finally:
        store.close()


def test_an_empty_search_explains_itself(demo_path: Path) -> None:
    for query in ("", "   "):
        result = run_cli("search", "--store", str(demo_path), query)
        assert result.returncode == 1
        assert "Nothing to search for" in result.stdout
        assert "hit" not in result.stdout


@pytest.mark.parametrize("command", [("info",), ("search", "Viet Nam")])
def test_output_cut_short_by_its_reader_ends_quietly(
    demo_path: Path, command: tuple[str, ...]
) -> None:
    """Like `info | head` when head has gone: the pipe's reader is closed before any write."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "adgsom_desktop", *command, "--store", str(demo_path)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            cwd=str(ROOT),
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 141
    assert result.stderr == ""


def test_encrypt_reads_the_new_passphrase_from_stdin_without_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "s.adgsom"
    create_store(path).close()
    nothing = run_cli("encrypt", "--store", str(path), input="")
    assert nothing.returncode == 1 and "one line on standard input" in nothing.stderr
    assert path.read_bytes().startswith(b"SQLite format 3")
    done = run_cli("encrypt", "--store", str(path), input="a long new passphrase\n")
    assert done.returncode == 0, done.stderr
    assert not path.read_bytes().startswith(b"SQLite format 3")
    info = run_cli(
        "info", "--store", str(path), "--passphrase-stdin", input="a long new passphrase\n"
    )
    assert info.returncode == 0 and "Encrypted:    yes" in info.stdout
