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
