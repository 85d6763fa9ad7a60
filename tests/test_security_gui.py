"""Lock, backups, passphrase and rescue in the GUI, driven like a user (offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.ui.common.errors import Level
from adgsom_desktop.ui.common.save_state import SaveState, SaveStateLabel, describe_failure
from adgsom_desktop.ui.security import passphrase_change_dialog, security_feature
from adgsom_desktop.ui.security.lock_controller import LockController
from adgsom_desktop.ui.security.lock_screen import LockOverlay
from adgsom_desktop.ui.security.passphrase_change_dialog import PassphraseChangeDialog
from adgsom_desktop.ui.security.security_settings_dialog import (
    SecuritySettingsDialog,
    SecurityValues,
)
from adgsom_desktop.ui.shell.preferences import Preferences
from adgsom_desktop.ui.store import backup_dialog
from adgsom_desktop.ui.store.backup_dialog import BackupDialog, BackupTableModel
from tests.conftest import save_artifact
from tests.helpers import sha

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_leaked_jobs")]

PASS = "correct horse battery staple"


def _small_store(path: Path, passphrase: str | None = None) -> Path:
    svc = Services.for_store(
        create_store(path, passphrase=passphrase, our_delegation_code="TH", title="Thai delegation")
    )
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    meeting = svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    svc.agenda.add_item(meeting.id, "กรอบการกำกับดูแลข้อมูลดิจิทัล")
    svc.notes.add(meeting.id, "Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số")
    svc.close()
    return path


def _open(qtbot: Any, window: Any, path: Path, passphrase: str | None = None) -> Any:
    window.controller.ask_passphrase = lambda _n, _p: passphrase
    with qtbot.waitSignal(window.controller.opened, timeout=10_000):
        window.controller.open_path(path)
    qtbot.waitUntil(lambda: window.nav.model.rowCount() > 0, timeout=5000)
    return window.services


def _feature(window: Any) -> Any:
    return next(f for f in window.features if isinstance(f, security_feature.SecurityFeature))


class PendingEditor:
    """Stands for an editor with unsaved text: saves it when the window asks."""

    def __init__(self, window: Any, text: str) -> None:
        self.window, self.text, self.saved = window, text, False
        window.flush_requested.connect(self.flush)

    def flush(self) -> None:
        if not self.saved:
            meeting = self.window.services.events.meetings()[0].id
            self.window.services.notes.add(meeting, self.text)
            self.saved = True


# -- lock ------------------------------------------------------------------------------------


def test_lock_saves_hides_everything_and_needs_the_passphrase(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    services = _open(qtbot, window, _small_store(tmp_path / "s.adgsom", PASS), PASS)
    feature = _feature(window)
    editor = PendingEditor(window, "Pending line to take on item 3")
    # Text the app copied goes; text copied elsewhere would stay (checked below).
    clip = QGuiApplication.clipboard()
    window.activateWindow()
    clip.setText("Red line: no binding commitment")
    open_dialog = QDialog(window)
    open_dialog.setWindowTitle("An open dialog")
    QVBoxLayout(open_dialog).addWidget(QLabel("Position text shown in a dialog"))
    open_dialog.show()
    assert window.findChild(object, "actLock").shortcut().toString() == "Ctrl+L"

    window.findChild(object, "actLock").trigger()
    lock = feature.lock
    assert lock.is_locked
    assert editor.saved  # pending edits were saved first
    assert "Pending line to take on item 3" in [
        n.text for n in services.notes.notes(services.events.meetings()[0].id)
    ]
    assert clip.text() == ""
    overlays = lock.overlays
    assert {o.parentWidget() for o in overlays} == {window, open_dialog}
    assert all(o.isVisible() for o in overlays)
    main_overlay = next(o for o in overlays if o.parentWidget() is window)
    assert main_overlay.geometry() == window.rect()  # menus and status bar covered too
    assert not window.act_close.isEnabled() and not window.menuBar().isEnabled()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: main_overlay.geometry() == window.rect())
    save_artifact(window, "lock_screen")

    field = main_overlay.findChild(QLineEdit, "unlockPassphrase")
    qtbot.keyClicks(field, "not the passphrase")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_overlay.problem.isVisible(), timeout=5000)
    assert "Wrong passphrase" in main_overlay.problem.text()
    assert lock.is_locked and field.text() == ""
    qtbot.keyClicks(field, PASS)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.is_locked, timeout=5000)
    assert window.act_close.isEnabled() and window.menuBar().isEnabled()
    assert lock.overlays == []
    qtbot.waitUntil(lambda: window.findChildren(LockOverlay) == [])  # deleted later
    actions = [e.action for e in services.audit.entries(4)]
    assert actions[:3] == ["unlock", "unlock-failed", "lock"]
    open_dialog.close()


def test_idle_time_is_wall_clock_time_and_sleep_counts(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    now = [1_000_000.0]
    minutes = [5]
    lock = LockController(window, lambda: minutes[0], clock=lambda: now[0])
    now[0] += 4 * 60
    lock.check_idle()
    assert not lock.is_locked
    qtbot.keyClick(window.nav.filter, Qt.Key.Key_A)  # activity resets the idle time
    now[0] += 2 * 60
    lock.check_idle()
    assert not lock.is_locked
    now[0] += 3 * 3600  # the lid was closed over lunch: monotonic timers stop, the clock not
    lock.check_idle()
    assert lock.is_locked
    overlay = window.findChildren(LockOverlay)[-1]
    assert not overlay.passphrase.isVisible()  # a plain store: nothing to check
    assert "not encrypted" in overlay.findChild(QLabel, "lockText").text()
    qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked
    minutes[0] = 0  # never
    now[0] += 10 * 3600
    lock.check_idle()
    assert not lock.is_locked


def test_a_window_shown_while_locked_is_covered_too(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    lock = _feature(window).lock
    lock.lock("on demand")
    late = QDialog(window)
    QVBoxLayout(late).addWidget(QLabel("A message from a background job"))
    late.resize(380, 160)  # the size of a message box
    late.show()
    assert any(o.parentWidget() is late for o in lock.overlays)
    overlay = next(o for o in lock.overlays if o.parentWidget() is late)
    assert overlay.isVisible() and overlay.geometry() == late.rect()
    assert late.rect().contains(overlay.button.geometry().translated(overlay.card.pos()))
    save_artifact(late, "lock_screen_small_window")
    qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)  # a plain store
    assert not lock.is_locked and lock.overlays == []
    late.close()


def test_clipboard_text_from_elsewhere_is_left_alone(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    lock = _feature(window).lock
    clip = QGuiApplication.clipboard()
    clip.setText("copied in the app")
    lock._ours.clear()  # as if another application had put this text there
    lock.lock("on demand")
    assert clip.text() == "copied in the app"
    lock._unlock()


def test_lock_screen_plain_and_encrypted(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(900, 600)
    host.show()
    overlay = LockOverlay(host, "Thai delegation 2026.adgsom", encrypted=True)
    seen: list[str] = []
    overlay.unlock_requested.connect(seen.append)
    qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)
    assert seen == [] and "Enter the passphrase" in overlay.problem.text()
    overlay.passphrase.setText("ข้อความลับ ภาษาไทย")  # any script works in a passphrase
    qtbot.mouseClick(overlay.button, Qt.MouseButton.LeftButton)
    assert seen == ["ข้อความลับ ภาษาไทย"]
    overlay.remove()


# -- backups ---------------------------------------------------------------------------------


def test_backup_dialog_backs_up_and_restores(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any
) -> None:
    services = _open(qtbot, window, _small_store(tmp_path / "s.adgsom", PASS), PASS)
    meeting = services.events.meetings()[0].id
    asked: list[str] = []
    monkeypatch.setattr(backup_dialog, "confirm", lambda _p, _t, text: asked.append(text) or True)
    dlg = BackupDialog(services, window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.model.rowCount() == 0 and not dlg.btn_restore.isEnabled()
    assert "no backup holds yet" in dlg.pending.text()
    qtbot.mouseClick(dlg.btn_backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 1, timeout=10_000)
    assert "Backed up at" in dlg.status.text()
    assert dlg.pending.text() == "Every change is in a backup."
    assert "encrypted with the store's passphrase" in dlg.findChild(QLabel, "backupHead").text()
    services.notes.add(meeting, "Written after the backup")
    qtbot.mouseClick(dlg.btn_backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 2, timeout=10_000)
    save_artifact(dlg, "backup_dialog")
    dlg.table.selectRow(1)  # the older one
    with qtbot.waitSignal(dlg.restored, timeout=10_000):
        qtbot.mouseClick(dlg.btn_restore, Qt.MouseButton.LeftButton)
    assert "The current state is backed up first" in asked[-1]
    # What the restore replaces is said first: the note written after the backup.
    assert "The store holds 1 note and 0 positions newer than this backup" in asked[-1]
    assert [n.text for n in services.notes.notes(meeting)] == [
        "Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số"
    ]
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 3, timeout=5000)
    assert dlg.model.backup_at(0).reason == "before-restore"
    assert "Restored the backup" in dlg.status.text()
    dlg.table.selectRow(2)
    qtbot.mouseClick(dlg.btn_delete, Qt.MouseButton.LeftButton)
    assert dlg.model.rowCount() == 2
    assert messages == []
    dlg.accept()


def test_restore_from_a_file_under_another_passphrase(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any
) -> None:
    services = _open(qtbot, window, _small_store(tmp_path / "s.adgsom", PASS), PASS)
    other = Services.for_store(create_store(tmp_path / "o.adgsom", passphrase="other passphrase"))
    foreign = other.backups.backup().path
    other.close()
    monkeypatch.setattr(backup_dialog, "confirm", lambda *_a: True)
    monkeypatch.setattr(backup_dialog.file_dialogs, "ask_backup_file", lambda *_a: foreign)
    answers = iter(["still wrong", "other passphrase"])
    problems: list[str] = []

    def ask(_parent: Any, _name: str, problem: str) -> str | None:
        problems.append(problem)
        return next(answers)

    monkeypatch.setattr(backup_dialog, "ask_passphrase", ask)
    dlg = BackupDialog(services, window)
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.restored, timeout=15_000):
        qtbot.mouseClick(dlg.btn_file, Qt.MouseButton.LeftButton)
    assert problems[0] == " " and "Wrong passphrase" in problems[1]
    assert services.events.events() == []  # the other store was empty
    assert messages == []


def test_automatic_backup_only_when_something_changed(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    services = _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    feature = _feature(window)
    assert feature.backup_timer.isActive() and feature.backup_timer.interval() == 10 * 60_000
    feature.auto_backup()
    qtbot.waitUntil(lambda: len(services.backups.backups()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: feature.backup_job is None, timeout=5000)
    feature.auto_backup()
    qtbot.waitUntil(lambda: feature.backup_job is None, timeout=5000)
    assert len(services.backups.backups()) == 1  # nothing changed since
    assert services.backups.backups()[0].reason == "auto"


# -- passphrase and settings dialogs --------------------------------------------------------


def test_passphrase_change_dialog_validates(qtbot: Any) -> None:
    dlg = PassphraseChangeDialog("Thai delegation 2026.adgsom", encrypt=False)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.problem_text() == "Enter the current passphrase."
    dlg.current.setText(PASS)
    dlg.new.setText("short")
    assert "at least 8" in dlg.problem_text()
    dlg.new.setText(PASS)
    dlg.repeat.setText(PASS)
    assert "same as the current" in dlg.problem_text()
    dlg.new.setText("ประโยคใหม่ที่ยาวพอ")
    dlg.repeat.setText("ประโยคใหม่ที่ยาวพอ!")
    assert "differ" in dlg.problem_text()
    dlg.repeat.setText("ประโยคใหม่ที่ยาวพอ")
    assert dlg.problem_text() == ""
    assert PASS not in repr(dlg.values())
    save_artifact(dlg, "change_passphrase_dialog")
    enc = PassphraseChangeDialog("delegation.adgsom", encrypt=True)
    qtbot.addWidget(enc)
    enc.show()
    assert not enc.current.isVisible()
    save_artifact(enc, "encrypt_store_dialog")


def test_encrypt_the_open_store_from_the_file_menu(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any
) -> None:
    path = _small_store(tmp_path / "s.adgsom")
    services = _open(qtbot, window, path)
    action = window.findChild(object, "actPassphrase")
    assert "Encrypt" in action.text()

    class Filled(PassphraseChangeDialog):
        def exec(self) -> int:
            self.new.setText("a long new passphrase")
            self.repeat.setText("a long new passphrase")
            return QDialog.DialogCode.Accepted if not self.problem_text() else 0

    monkeypatch.setattr(passphrase_change_dialog, "PassphraseChangeDialog", Filled)
    action.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=15_000)
    assert "now encrypted" in messages[-1][1]
    assert messages[-1][2] is Level.INFORMATION  # a success: the information icon
    assert services.store.encrypted
    assert not path.read_bytes().startswith(b"SQLite format 3")
    qtbot.waitUntil(lambda: "Change" in action.text())
    qtbot.waitUntil(lambda: window.store_label.text().startswith("🔒"))


def test_security_settings_dialog_round_trip(qtbot: Any, tmp_path: Path) -> None:
    dlg = SecuritySettingsDialog(SecurityValues(5, 10))
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.warning.isVisible()
    dlg.lock.setValue(0)
    assert dlg.warning.isVisible() and "never lock" in dlg.warning.text()
    dlg.lock.setValue(15)
    dlg.backup.setValue(30)
    assert dlg.values() == SecurityValues(15, 30)
    save_artifact(dlg, "security_settings_dialog")
    prefs = Preferences(tmp_path / "p.ini")
    assert (prefs.lock_minutes(), prefs.backup_minutes()) == (5, 10)
    prefs.set_lock_minutes(999)
    assert prefs.lock_minutes() == 240


def test_backup_table_model(qtmodeltester: Any, tmp_path: Path) -> None:
    svc = Services.for_store(create_store(tmp_path / "m.adgsom"))
    for _ in range(3):
        svc.backups.backup()
    model = BackupTableModel()
    model.set_rows(svc.backups.backups())
    svc.close()
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "made by hand"


# -- check and rescue ------------------------------------------------------------------------


def test_a_damaged_store_offers_its_newest_good_backup(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: Any
) -> None:
    path = _small_store(tmp_path / "s.adgsom")
    svc = Services.open(path)
    svc.backups.backup()
    svc.close()
    path.write_bytes(path.read_bytes()[:6000])  # truncated
    damaged = sha(path)
    questions: list[str] = []
    monkeypatch.setattr(
        backup_dialog, "confirm", lambda _p, _t, text: questions.append(text) or True
    )
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(path)
    assert "cannot be opened" in questions[0] and "never overwritten" in questions[0]
    kept = list(tmp_path.glob("s.adgsom.damaged-*"))
    assert len(kept) == 1 and sha(kept[0]) == damaged
    qtbot.waitUntil(lambda: any("is in place" in m[1] for m in messages), timeout=5000)
    assert window.services.store_info.check().ok


def test_check_database_menu_reports_found_and_fixed(
    qtbot: Any, window: Any, tmp_path: Path, messages: Any
) -> None:
    services = _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    leftover = services.backups.folder / ".s.x.adgsom-backup.part"
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_bytes(b"partial")
    window.act_check.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "healthy again" in messages[-1][1] and "leftover" in messages[-1][1]
    window.act_check.trigger()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
    assert messages[-1][1].startswith("The store is healthy.")


def test_verify_audit_log_menu(qtbot: Any, window: Any, tmp_path: Path, messages: Any) -> None:
    _open(qtbot, window, _small_store(tmp_path / "s.adgsom"))
    window.findChild(object, "actVerifyAudit").trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "intact" in messages[-1][1]


# -- save state ---------------------------------------------------------------------------------


class SmallEditor(QWidget):
    """A minimal editor built the way #3/#4 editors should use SaveState."""

    def __init__(self, save: Any) -> None:
        super().__init__()
        from PySide6.QtWidgets import QPlainTextEdit

        self.text = QPlainTextEdit(self)
        self.state = SaveState(self)
        self.label = SaveStateLabel(self.state, self)
        self.text.textChanged.connect(self.state.mark_dirty)
        self._save = save
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.label)

    def flush(self) -> None:
        if self.state.dirty:
            self.state.save(lambda: self._save(self.text.toPlainText()))


def test_save_state_keeps_the_text_and_says_why(qtbot: Any) -> None:
    import errno

    failures: list[BaseException] = [OSError(errno.ENOSPC, "No space left on device")]

    def save(text: str) -> str:
        if failures:
            raise failures.pop()
        return text

    editor = SmallEditor(save)
    qtbot.addWidget(editor)
    editor.resize(420, 160)
    editor.show()
    editor.text.setPlainText("Điểm cần nêu: ủng hộ khuôn khổ")
    assert editor.label.text() == "Unsaved changes"
    editor.flush()
    assert editor.state.dirty
    assert editor.label.text() == (
        "Not saved: the disk is full. Free some space, then try again. Your text is kept here."
    )
    assert editor.text.toPlainText() == "Điểm cần nêu: ủng hộ khuôn khổ"
    save_artifact(editor, "save_state_failed")
    editor.flush()
    assert not editor.state.dirty and editor.label.text().startswith("Saved ")


def test_describe_failure_words() -> None:
    from adgsom_desktop.errors import ValidationError

    class Wrapped(Exception):
        def __init__(self, orig: BaseException) -> None:
            super().__init__("(sqlite3.OperationalError) database or disk is full")
            self.orig = orig

    assert "disk is full" in describe_failure(Wrapped(Exception("database or disk is full")))
    assert "read-only" in describe_failure(Exception("attempt to write a readonly database"))
    assert describe_failure(ValidationError("Text: too long.")) == "Text: too long"
    assert "unexpected" in describe_failure(KeyError("x"))


def test_no_lock_without_a_store(window: Any) -> None:
    assert not _feature(window).lock.lock("on demand")
    assert QApplication.activeModalWidget() is None


# -- a full disk -------------------------------------------------------------------------------


def test_full_disk_save_fails_visibly_and_changes_nothing(tmp_path: Path) -> None:
    """In a child process with a file-size limit: the save fails, the editor keeps its text."""
    import json

    from tests.conftest import artifact_png
    from tests.helpers import run_child

    store = _small_store(tmp_path / "s.adgsom")
    result = tmp_path / "result.json"
    shot = artifact_png("full_disk_editor")
    proc = run_child("tests.full_disk_child", str(store), str(result), shot)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(result.read_text())
    assert out["first"].startswith("Saved ")
    assert out["failed_label"].startswith("Not saved: the ")
    assert "disk" in out["failed_label"] and "Free some space" in out["failed_label"]
    assert out["dirty_after_failure"] and out["kept"]
    assert out["stored_after_failure"] == "Short edit before the disk fills up"
    assert out["check_after_failure"]
    assert out["retry_label"].startswith("Saved ") and not out["dirty_after_retry"]
    svc = Services.open(store)
    try:
        assert svc.store_info.check().ok and svc.audit.verify().ok
        text = svc.notes.notes(svc.events.meetings()[0].id)[0].text
        assert text.startswith("ท่าทีของประเทศไทย")
        assert len(svc.notes.versions(1)) == 3  # created, short edit, the retried edit
    finally:
        svc.close()


def test_a_damaged_page_read_gives_words_not_a_traceback() -> None:
    from adgsom_desktop.ui.common.errors import message_for

    text = message_for(
        RuntimeError("(sqlcipher3.dbapi2.DatabaseError) database disk image is malformed")
    )
    assert "The store is damaged" in text and "Check database" in text


def test_quitting_backs_up_changes_no_backup_holds(qtbot: Any, tmp_path: Path) -> None:
    from adgsom_desktop.app import build_window

    win = build_window(None, Preferences(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    services = _open(qtbot, win, _small_store(tmp_path / "s.adgsom"))
    folder = services.backups.folder
    PendingEditor(win, "Typed just before quitting")
    win.close()
    backups = sorted(folder.glob("*.adgsom-backup"))
    assert len(backups) == 1 and ".auto." in backups[0].name
    svc = Services.open(tmp_path / "s.adgsom")
    try:
        restored = svc.backups.check_backup(backups[0])
        assert restored.reason == "auto"
        assert not svc.backups.needs_backup()  # the pending edit is in that backup
    finally:
        svc.close()
