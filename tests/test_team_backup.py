"""Backups of a team store (#16 item 3): the restore drill, through the CLI as an
administrator runs it, against the throwaway server.

``backup --store URL`` seals a pg_dump archive under a backup passphrase;
``restore --store URL FILE`` puts it into a new, empty database whose audit chain
verifies and whose members sign in again.  A wrong passphrase, a changed byte, a
file cut short, a database that is not empty or that someone is connected to: each
gets its own clear message, and the database is left as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from adgsom_desktop.domain.locator import Locator
from adgsom_desktop.paths import ENV_HOME
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import pg_backup
from tests.helpers import run_cli
from tests.test_team_members import PASSWORDS, _as, _setup

PASSPHRASE = "kept apart from the backup 2026"
NOTE = "Viet Nam and Thailand co-sponsor the digital trade annex (ຂໍ້ຕົກລົງ, ข้อตกลง)"


def _backup(url: str, out: Path, passphrase: str = PASSPHRASE) -> Any:
    return run_cli("backup", "--store", url, "--out", str(out), input=passphrase + "\n")


def _restore(url: str, source: Path, passphrase: str = PASSPHRASE) -> Any:
    return run_cli(
        "restore", "--store", url, str(source), "--passphrase-stdin", input=passphrase + "\n"
    )


def _relations(url: str) -> int:
    return pg_backup.target_state(Locator.parse(url))[0]


pytestmark = pytest.mark.slow  # a few command-line runs each (a second or more apiece)


@pytest.fixture(scope="module")
def module_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The module's own data folder while its shared store is made (never the user's)."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ENV_HOME, str(home))
        yield home


@pytest.fixture(scope="module")
def team_with_note(
    pg_server: Any, pg_template: str, module_home: Path
) -> tuple[str, dict[str, int]]:
    """One team store for the module: three members (as the CLI adds them), a note."""
    team_url = str(pg_server.create_database(template=pg_template))
    ids = _setup(team_url)
    with psycopg.connect(team_url) as conn:
        row = conn.execute("SELECT meeting_id FROM agenda_item WHERE id = %s", (ids["item"],))
        meeting_id = int(row.fetchone()[0])  # type: ignore[index]
    services = Services.open(team_url, actor="owner")
    try:
        services.notes.add(meeting_id, NOTE, item_id=ids["item"])
    finally:
        services.close()
    ids["meeting"] = meeting_id
    return team_url, ids


@pytest.fixture(scope="module")
def made(
    team_with_note: tuple[str, dict[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    url, _ids = team_with_note
    out = tmp_path_factory.mktemp("backup") / "team.adgsom-team-backup"
    result = _backup(url, out)
    assert result.returncode == 0, result.stderr
    assert f"to {out}" in result.stdout
    return url, out


def test_restore_drill_backup_restores_into_a_new_database_whose_audit_chain_verifies(
    made: tuple[str, Path], team_with_note: tuple[str, dict[str, int]], pg_server: Any
) -> None:
    url, out = made
    ids = team_with_note[1]
    data = out.read_bytes()
    assert data.startswith(b"ADGSOMT1")
    # Sealed: neither pg_dump's archive header nor the note's text is in the file.
    assert b"PGDMP" not in data and b"co-sponsor" not in data
    assert out.stat().st_mode & 0o077 == 0
    target = pg_server.create_database()
    restored = _restore(target, out)
    assert restored.returncode == 0, restored.stderr
    assert "The audit log is intact" in restored.stdout
    db = Locator.parse(target).database
    assert f"{db}_malee" not in restored.stdout  # members keep their own login roles
    assert "Members who can sign in again:" in restored.stdout
    verified = run_cli("audit", "--store", target, "--verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "hash chain verified" in verified.stdout
    # A member signs in to the restored store with their own login and sees the note.
    source_db = Locator.parse(url).database
    login = f"{source_db}_malee"
    member_url = target.replace("postgres@", f"{login}:{PASSWORDS['malee']}@", 1)
    member = Services.open(member_url)
    try:
        assert member.actor == "Malee Chaiyo"
        assert NOTE in [n.text for n in member.notes.notes(ids["meeting"])]
        assert member.audit.verify().ok
    finally:
        member.close()
    entries = run_cli("audit", "--store", target, "--limit", "3")
    assert "restore" in entries.stdout and out.name in entries.stdout


def test_wrong_passphrase_corrupt_or_cut_short_backup_changes_nothing(
    made: tuple[str, Path], pg_server: Any, tmp_path: Path
) -> None:
    _url, out = made
    target = pg_server.create_database()
    wrong = _restore(target, out, "not the passphrase at all")
    assert wrong.returncode != 0
    assert "Wrong passphrase for this backup" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    data = out.read_bytes()
    changed = tmp_path / "changed.adgsom-team-backup"
    middle = bytearray(data)
    middle[len(data) // 2] ^= 0x40
    changed.write_bytes(bytes(middle))
    damaged = _restore(target, changed)
    assert damaged.returncode != 0
    assert "changed or damaged" in damaged.stderr, damaged.stderr
    cut = tmp_path / "cut.adgsom-team-backup"
    cut.write_bytes(data[: len(data) - 100])
    short = _restore(target, cut)
    assert short.returncode != 0 and "cut short" in short.stderr, short.stderr
    other = tmp_path / "other.adgsom-team-backup"
    other.write_bytes(b"PGDMP" + data[5:])
    foreign = _restore(target, other)
    assert "not a backup of an ADGSOM team store" in foreign.stderr
    for result in (damaged, short, foreign):
        assert "Traceback" not in result.stderr
    assert _relations(target) == 0  # the database is as empty as it was


def test_restore_refuses_while_members_are_connected_and_says_who(
    made: tuple[str, Path], pg_server: Any
) -> None:
    url, out = made
    with psycopg.connect(_as(url, "somchai", PASSWORDS["somchai"]), autocommit=True):
        busy = _restore(url, out)
    assert busy.returncode != 0
    assert "Nothing was restored" in busy.stderr
    assert "Somchai Rattanakorn" in busy.stderr, busy.stderr
    # Nobody connected, but the database holds a store: refused too, untouched.
    full = _restore(url, out)
    assert full.returncode != 0 and "is not empty" in full.stderr, full.stderr
    services = Services.open(url)
    try:
        assert services.audit.verify().ok
    finally:
        services.close()


def test_backup_refuses_a_short_passphrase_and_an_existing_file(
    team_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "b.adgsom-team-backup"
    short = _backup(team_url, out, "short")
    assert short.returncode != 0 and "at least" in short.stderr
    assert not out.exists()
    out.write_bytes(b"mine")
    again = _backup(team_url, out)
    assert again.returncode != 0 and "already exists" in again.stderr
    assert out.read_bytes() == b"mine"
    assert not list(tmp_path.glob(".*.part"))


def test_the_tools_are_found_where_debian_puts_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv(pg_backup.ENV_BIN, raising=False)
    found = pg_backup.tool("pg_restore")
    assert found.name == "pg_restore" and found.is_file()
