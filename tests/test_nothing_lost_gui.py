"""Issue 11 in the GUI: the rescue and the restore say what they would replace; the
passphrase rule is the same in every dialog."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.container import Services
from adgsom_desktop.ui.store import backup_dialog
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
    monkeypatch.setattr(
        backup_dialog, "confirm", lambda _p, _t, text: questions.append(text) or False
    )
    window.controller.open_path(path)
    qtbot.waitUntil(lambda: bool(questions), timeout=15_000)
    assert "The store holds 2 notes and 0 positions newer than this backup" in questions[0]
    # Declined: the store opens read-only, nothing replaced, nothing written.
    qtbot.waitUntil(lambda: window.services is not None, timeout=10_000)
    assert window.services.store.read_only
    assert sha(path) == damaged and not list(tmp_path.glob("*.damaged-*"))


def test_the_dialogs_follow_the_one_passphrase_rule(qtbot: Any, tmp_path: Path) -> None:
    from adgsom_desktop.ui.security.passphrase_change_dialog import PassphraseChangeDialog
    from adgsom_desktop.ui.store.new_store_dialog import NewStoreDialog
    from tests.conftest import save_artifact
    from tests.test_nothing_lost_small import BAD

    new = NewStoreDialog(tmp_path / "ours.adgsom")
    change = PassphraseChangeDialog("ours.adgsom", encrypt=False)
    for dlg in (new, change):
        qtbot.addWidget(dlg)
    change.current.setText("correct horse battery staple")
    for bad, words in BAD.items():
        new.passphrase.setText(bad)
        new.confirm.setText(bad)
        change.new.setText(bad)
        change.repeat.setText(bad)
        assert words in new.problem_text()  # was: "a", "        ", controls accepted
        assert words in change.problem_text()
    new.passphrase.setText("        ")
    new.confirm.setText("        ")
    new.show()
    new._accept()
    assert new.isVisible() and "only spaces" in new.problem.text()
    new.resize(1093, 614)
    save_artifact(new, "new_store_passphrase_rule")


def test_the_restore_question_says_what_would_be_replaced(qtbot: Any) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from adgsom_desktop.services.security_records import RestoreLoss
    from adgsom_desktop.ui.store.backup_dialog import restore_question
    from tests.conftest import save_artifact

    parent = QWidget()
    qtbot.addWidget(parent)
    text = restore_question(parent, "Sat 05 Dec 2026 16:40", RestoreLoss(12, 3))
    assert "12 notes and 3 positions newer than this backup" in text
    box = QMessageBox(QMessageBox.Icon.Question, "Restore a backup", text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    box.show()
    save_artifact(box, "restore_question")


def test_opening_a_store_whose_encryption_was_interrupted_says_so(
    qtbot: Any, window: Any, tmp_path: Path, messages: Any
) -> None:
    path = _small_store(tmp_path / "s.adgsom")
    # What an encryption killed before its commit leaves: an encrypted copy, no writer.
    stale = tmp_path / ".s.adgsom.~adgsom-encrypt-0123456789"
    stale.write_bytes(b"\x17" * 8192)
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(path)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    title, text, warning = messages[0]
    assert title == "An operation was interrupted" and warning
    assert "Encrypting this store was interrupted" in text and "still plain" in text
    assert not stale.exists()
