"""backup and restore of a team store read the passphrase from standard input alike
(review s34 S8): piped with or without ``--passphrase-stdin``, each takes one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_cli
from tests.test_team_backup import PASSPHRASE, made, module_home, team_with_note  # noqa: F401

pytestmark = pytest.mark.slow  # pg_dump and pg_restore runs


def test_backup_and_restore_take_the_passphrase_from_stdin_alike(
    made: tuple[str, Path],  # noqa: F811
    pg_server: Any,
    tmp_path: Path,
) -> None:
    url, _out = made
    flagged = tmp_path / "flagged.adgsom-team-backup"
    said = run_cli(
        "backup", "--store", url, "--out", str(flagged), "--passphrase-stdin",
        input=PASSPHRASE + "\n",
    )  # fmt: skip
    assert said.returncode == 0, said.stderr
    target = pg_server.create_database()
    restored = run_cli("restore", "--store", target, str(flagged), input=PASSPHRASE + "\n")
    assert restored.returncode == 0, restored.stderr
    assert "The audit log is intact" in restored.stdout


# ADGSOM_DESKTOP_PASSPHRASE holds a store's passphrase, never a backup's (as bundle and
# keys read every secret but the store's own): restore read it before standard input
# while backup ignored it; both now read the backup's passphrase alike (#17)
STORE_ONLY = {"ADGSOM_DESKTOP_PASSPHRASE": "a store's passphrase, not the backup's"}


def test_restore_reads_the_backups_passphrase_as_backup_does_never_the_stores(
    made: tuple[str, Path],  # noqa: F811
    pg_server: Any,
) -> None:
    _url, out = made  # sealed under PASSPHRASE
    for flag in ((), ("--passphrase-stdin",)):
        target = pg_server.create_database()
        restored = run_cli(
            "restore", "--store", target, str(out), *flag, input=PASSPHRASE + "\n", env=STORE_ONLY
        )
        assert restored.returncode == 0, restored.stderr + restored.stdout
        assert "The audit log is intact" in restored.stdout
    target = pg_server.create_database()  # nothing on standard input: asked for, in words
    refused = run_cli("restore", "--store", target, str(out), input="", env=STORE_ONLY)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    assert "Give the backup's passphrase" in refused.stderr, refused.stderr


def test_backup_reads_the_backups_passphrase_never_the_stores(
    made: tuple[str, Path],  # noqa: F811
    pg_server: Any,
    tmp_path: Path,
) -> None:
    url, _out = made
    out = tmp_path / "env.adgsom-team-backup"
    said = run_cli(
        "backup", "--store", url, "--out", str(out), input=PASSPHRASE + "\n", env=STORE_ONLY
    )
    assert said.returncode == 0, said.stderr
    target = pg_server.create_database()  # sealed under the line read, not the variable
    restored = run_cli("restore", "--store", target, str(out), input=PASSPHRASE + "\n")
    assert restored.returncode == 0, restored.stderr + restored.stdout
