"""Issue 11, items 9 and 10: one passphrase rule everywhere, and the smaller findings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.errors import ValidationError
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from tests.helpers import run_cli, sha
from tests.test_store_bad_input import PNG

PASS = "correct horse battery staple"


def _store(path: Path) -> None:
    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    try:
        event = svc.events.save_event(title="6th ADGMIN", city="Hà Nội")
        meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="SOM")
        svc.notes.add(meeting.id, "Việt Nam ủng hộ")
    finally:
        svc.close()


# -- item 9: one passphrase rule ------------------------------------------------------------

BAD = {
    "a": "at least 8 characters",
    " ": "at least 8 characters",
    "        ": "only spaces",
    "passphrase\x1b[A": "cannot be typed again",
    "pass\tphrase": "cannot be typed again",
    "correct horse\r": "carriage return",
}


@pytest.mark.parametrize("bad", list(BAD))
def test_init_encrypt_follows_the_passphrase_rule(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "ours.adgsom"
    result = run_cli(
        "init", "--store", str(path), "--encrypt", env={"ADGSOM_DESKTOP_PASSPHRASE": bad}
    )
    assert result.returncode == 1, result.stdout  # was: exit 0, a store under "a"
    assert BAD[bad] in result.stderr
    assert not path.exists()


def test_the_same_rule_refuses_the_same_passphrases_everywhere(tmp_path: Path) -> None:
    from adgsom_desktop.services.store_setup import create_store as create

    plain = tmp_path / "plain.adgsom"
    _store(plain)
    enc = tmp_path / "enc.adgsom"
    create(enc, passphrase=PASS).close()
    for bad, words in BAD.items():
        with pytest.raises(ValidationError, match=words):
            create(tmp_path / "x.adgsom", passphrase=bad)
        svc = Services.open(plain)
        try:
            with pytest.raises(ValidationError, match=words):
                svc.security.encrypt(bad, bad)
        finally:
            svc.close()
        svc = Services.open(enc, PASS)
        try:
            with pytest.raises(ValidationError, match=words):
                svc.security.change_passphrase(PASS, bad, bad)
        finally:
            svc.close()
    assert plain.read_bytes().startswith(b"SQLite format 3")


def test_a_passphrase_piped_with_a_windows_line_end_can_be_typed_again(tmp_path: Path) -> None:
    path = tmp_path / "ours.adgsom"
    made = run_cli(
        "init", "--store", str(path), "--encrypt", "--passphrase-stdin", input=PASS + "\r\n"
    )
    assert made.returncode == 0, made.stderr
    svc = Services.open(path, PASS)  # typed without the line end
    svc.close()


# -- item 10: smaller findings ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "is empty"),
        (PNG, "it is a PNG image"),
        (b"Minutes of the 5th ADGSOM\nnot a database\n" * 200, "it is a text file"),
    ],
)
def test_salvage_of_a_file_that_is_not_a_store_says_so(
    tmp_path: Path, content: bytes, words: str
) -> None:
    bad = tmp_path / "bad.adgsom"
    bad.write_bytes(content)
    out = tmp_path / "copy.adgsom"
    result = run_cli("salvage", "--store", str(bad), "--out", str(out))
    assert result.returncode == 2
    assert words in result.stderr and "passphrase" not in result.stderr  # was: "encrypted"
    assert not out.exists() and bad.read_bytes() == content


def test_salvage_of_another_applications_database_writes_nothing(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("create table contacts(name text)")
    con.execute("insert into contacts values ('a friend')")
    con.commit()
    con.close()
    out = tmp_path / "copy.adgsom"
    result = run_cli("salvage", "--store", str(other), "--out", str(out))
    assert result.returncode == 2, result.stdout  # was: exit 0 and a "readable copy"
    assert "another application" in result.stderr
    assert not out.exists()


def test_agenda_import_dry_run_opens_the_store_first(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store)
    agenda = tmp_path / "agenda.txt"
    agenda.write_text("1. Opening\n2. Adoption of the agenda\n", encoding="utf-8")
    ok = run_cli(
        "agenda", "import", "--store", str(store), "--meeting", "1", str(agenda), "--dry-run"
    )
    assert ok.returncode == 0 and "2 items and 0 programme" in ok.stdout
    store.write_bytes(store.read_bytes()[:6000])  # unreadable now
    damaged = run_cli(
        "agenda", "import", "--store", str(store), "--meeting", "1", str(agenda), "--dry-run"
    )
    assert damaged.returncode == 3, damaged.stdout  # was: exit 0, "would be imported"
    assert "would be written" not in damaged.stdout
    missing = run_cli(
        "agenda", "import", "--store", str(tmp_path / "none.adgsom"), "--meeting", "1",
        str(agenda), "--dry-run",
    )  # fmt: skip
    assert missing.returncode != 0 and "No store at" in missing.stderr


def test_encrypt_of_a_device_says_what_it_is() -> None:
    result = run_cli("encrypt", "--store", "/dev/null", "--passphrase-stdin", input=PASS + "\n")
    assert result.returncode == 2
    assert "not a regular file" in result.stderr and "folder" not in result.stderr


def test_restore_latest_without_any_backup_says_there_is_none(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store)
    healthy = run_cli("restore", "--store", str(store), "--latest")
    assert healthy.returncode == 2
    assert "There is no backup of ours.adgsom yet" in healthy.stderr  # was: "passes the check"
    store.write_bytes(store.read_bytes()[:6000])
    damaged = run_cli("restore", "--store", str(store), "--latest")
    assert damaged.returncode == 2
    assert "There is no backup of ours.adgsom yet" in damaged.stderr
    assert "salvage --store" in damaged.stderr


@pytest.mark.parametrize("command", ["init", "demo"])
def test_init_and_demo_leave_a_dangling_link_alone(tmp_path: Path, command: str) -> None:
    link = tmp_path / "ours.adgsom"
    link.symlink_to(tmp_path / "elsewhere" / "gone.adgsom")
    result = run_cli(command, "--store", str(link))
    assert result.returncode == 2, result.stdout  # was: exit 0, the link replaced by a store
    assert "which does not exist" in result.stderr
    assert link.is_symlink() and not link.exists()


def test_no_lock_file_is_left_beside_a_store(tmp_path: Path) -> None:
    store = tmp_path / "ours.adgsom"
    _store(store)
    assert run_cli("info", "--store", str(store)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ours.adgsom"]  # was: + .lock
    store.write_bytes(store.read_bytes()[: len(store.read_bytes()) - 8192])  # damaged
    before = sha(store)
    result = run_cli("info", "--store", str(store))  # read-only, with a warning
    assert "damaged" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ours.adgsom"]  # no side file
    assert sha(store) == before
