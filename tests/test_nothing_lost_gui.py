"""Issue 11 in the GUI: the rescue and the restore say what they would replace; the
passphrase rule is the same in every dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.ui import backup_dialog
from tests.helpers import sha
from tests.test_security_gui import _small_store

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]


def _damage_an_index(path: Path, index: str = "ix_note_meeting_id") -> None:
    """Overwrite one index page: the quick check fails, the notes themselves still read."""
    con = sqlite3.connect(path)
    page = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(bytes(range(256)) * 16)


def test_the_rescue_says_how_many_notes_the_backup_lacks(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any
) -> None:
    path = _small_store(tmp_path / "s.adgsom")
    svc = Services.open(path)
    svc.backups.backup()
    meeting = svc.events.meetings()[0].id
    svc.notes.add(meeting, "ASEC: the work plan is adopted")
    svc.notes.add(meeting, "SG lifted its reservation on OP4")
    svc.close()
    _damage_an_index(path)
    damaged = sha(path)
    questions: list[str] = []
    monkeypatch.setattr(backup_dialog, "confirm", lambda _p, _t, text: questions.append(text) or False)
    window.controller.open_path(path)
    qtbot.waitUntil(lambda: bool(questions), timeout=15_000)
    assert "The store holds 2 note(s) and 0 position(s) newer than this backup" in questions[0]
    # Declined: the store opens read-only, nothing replaced, nothing written.
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert window.services.store.read_only
    assert sha(path) == damaged and not list(tmp_path.glob("*.damaged-*"))
