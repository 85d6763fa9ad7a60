"""backup, restore, audit --verify, encrypt, change-passphrase and check, as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from adgsom_desktop.services.container import Services
from tests.helpers import run_cli, sha

PASS = "correct horse battery staple"
ENV = {"ADGSOM_DESKTOP_PASSPHRASE": PASS}


def _note(path: Path, text: str, passphrase: str | None = PASS) -> None:
    from adgsom_desktop.domain.enums import MeetingKind

    svc = Services.open(path, passphrase)
    try:
        meetings = svc.events.meetings()
        if not meetings:
            event = svc.events.save_event(title="6th ADGMIN", city="Hà Nội")
            svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
            meetings = svc.events.meetings()
        svc.notes.add(meetings[0].id, text)
    finally:
        svc.close()


def _texts(path: Path, passphrase: str | None = PASS) -> list[str]:
    svc = Services.open(path, passphrase)
    try:
        return [n.text for n in svc.notes.notes(svc.events.meetings()[0].id)]
    finally:
        svc.close()


@pytest.mark.slow
def test_backup_list_restore_latest_and_audit(tmp_path: Path) -> None:
    path = tmp_path / "ours.adgsom"
    init = run_cli(
        "init", "--store", str(path), "--encrypt", "--passphrase-stdin", input=PASS + "\n"
    )
    assert init.returncode == 0, init.stderr
    _note(path, "Việt Nam ủng hộ")
    made = run_cli("backup", "--store", str(path), env=ENV)
    assert made.returncode == 0, made.stderr
    assert "Backed up to" in made.stdout
    _note(path, "after the backup")
    listed = run_cli("backup", "--store", str(path), "--list")
    assert listed.returncode == 0 and "made by hand" in listed.stdout
    asked = run_cli("restore", "--store", str(path), "--latest", env=ENV)
    assert asked.returncode == 1  # not on a terminal: says what would be lost, changes nothing
    assert "1 note newer than the backup" in asked.stdout
    assert "Run again with --yes" in asked.stderr
    assert _texts(path) == ["Việt Nam ủng hộ", "after the backup"]
    restored = run_cli("restore", "--store", str(path), "--latest", "--yes", env=ENV)
    assert restored.returncode == 0, restored.stderr
    assert "The state before the restore is in" in restored.stdout
    assert _texts(path) == ["Việt Nam ủng hộ"]
    audit = run_cli("audit", "--store", str(path), env=ENV)
    assert audit.returncode == 0 and "restore" in audit.stdout and "backup" in audit.stdout
    ok = run_cli("audit", "--store", str(path), "--verify", env=ENV)
    assert ok.returncode == 0 and "intact" in ok.stdout


def test_audit_verify_exits_4_on_tampering(tmp_path: Path) -> None:
    path = tmp_path / "ours.adgsom"
    assert run_cli("init", "--store", str(path)).returncode == 0
    _note(path, "one", None)
    _note(path, "two", None)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("UPDATE audit_entry SET action = 'view' WHERE id = 2")
    conn.close()
    result = run_cli("audit", "--store", str(path), "--verify")
    assert result.returncode == 4
    assert "entry 2 was changed after it was written" in result.stdout
    assert "Traceback" not in result.stderr
    check = run_cli("check", "--store", str(path), "--repair")
    assert check.returncode == 3 and "restore --store" in check.stdout


@pytest.mark.slow
def test_encrypt_then_change_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "ours.adgsom"
    assert run_cli("init", "--store", str(path)).returncode == 0
    _note(path, "plain first", None)
    assert run_cli("backup", "--store", str(path)).returncode == 0
    short = run_cli("encrypt", "--store", str(path), "--passphrase-stdin", input="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr
    assert path.read_bytes().startswith(b"SQLite format 3")
    enc = run_cli("encrypt", "--store", str(path), "--passphrase-stdin", input=PASS + "\n")
    assert enc.returncode == 0, enc.stderr
    assert "1 backup encrypted too" in enc.stdout
    assert not path.read_bytes().startswith(b"SQLite format 3")
    wrong = run_cli(
        "change-passphrase",
        "--store",
        str(path),
        "--passphrase-stdin",
        input="not it\nanother long one\n",
    )
    assert wrong.returncode == 2 and "Wrong passphrase" in wrong.stderr
    changed = run_cli(
        "change-passphrase",
        "--store",
        str(path),
        "--passphrase-stdin",
        input=f"{PASS}\nanother long one\n",
    )
    assert changed.returncode == 0, changed.stderr
    assert "1 backup re-keyed" in changed.stdout
    assert _texts(path, "another long one") == ["plain first"]


@pytest.mark.slow
def test_a_store_that_cannot_be_opened_is_set_aside_by_restore(tmp_path: Path) -> None:
    path = tmp_path / "ours.adgsom"
    assert run_cli("init", "--store", str(path)).returncode == 0
    _note(path, "kept in the backup", None)
    assert run_cli("backup", "--store", str(path)).returncode == 0
    path.write_bytes(path.read_bytes()[:6000])
    damaged = sha(path)
    check = run_cli("check", "--store", str(path))
    assert check.returncode == 3
    assert "restore --store" in check.stdout and "--latest" in check.stdout
    assert sha(path) == damaged
    result = run_cli("restore", "--store", str(path), "--latest")
    assert result.returncode == 0, result.stderr
    assert "The damaged file is kept as" in result.stdout
    kept = list(tmp_path.glob("ours.adgsom.damaged-*"))
    assert len(kept) == 1 and sha(kept[0]) == damaged
    assert _texts(path, None) == ["kept in the backup"]
    assert run_cli("check", "--store", str(path)).returncode == 0


def test_help_lists_the_new_commands() -> None:
    result = run_cli("--help")
    for command in ("backup", "restore", "audit", "encrypt", "change-passphrase"):
        assert command in result.stdout


def test_backup_and_restore_say_alike_how_they_read_a_passphrase() -> None:
    """--help of backup and restore: one rule, the store's passphrase from the variable or
    standard input, a team store's backup passphrase from standard input (never the
    variable), as bundle and keys read every secret but the store's own (#17)."""
    said = {cmd: " ".join(run_cli(cmd, "--help").stdout.split()) for cmd in ("backup", "restore")}
    for text in said.values():
        assert "ADGSOM_DESKTOP_PASSPHRASE never holds a backup's passphrase" in text, text
        assert "backup passphrase from standard input" in text, text
    rule = [t.rsplit("--passphrase-stdin", 1)[1].split("passphrase)")[0] for t in said.values()]
    assert rule[0] == rule[1], rule
