"""The audit chain cannot be cut silently (#12, item 5): an anchor kept outside the store.

Found when the store was attacked: deleting the newest audit entries together with the
stored head (a setting in the same file) left ``audit --verify`` saying "intact", ``check
--repair`` then recorded the shorter chain as the head, and deleting every entry passed
too.  The anchor (the head's id, hash and the chain's length) now lives in a file beside
the settings and beside every backup; the open, ``audit --verify`` and ``check`` compare
the store with it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from adgsom_desktop.domain.enums import MeetingKind
from adgsom_desktop.paths import config_dir
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage import backup
from tests.helpers import run_cli


def _store(path: Path) -> Any:
    svc = Services.for_store(create_store(path, our_delegation_code="TH"))
    event = svc.events.save_event(title="6th ADGMIN and related meetings", city="Hà Nội")
    svc.events.save_meeting(event_id=event.id, kind=MeetingKind.SOM, title="6th ADGSOM")
    return svc


def _notes(svc: Any, *texts: str) -> None:
    meeting = svc.events.meetings()[0].id
    for text in texts:
        svc.notes.add(meeting, text)


def _sql(path: Path, *statements: str) -> None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("BEGIN")
    for sql in statements:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()


def _head(path: Path) -> tuple[int, str]:
    conn = sqlcipher3.connect(str(path))
    row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    return int(row[0]), str(row[1])


def _anchor_files() -> list[Path]:
    return sorted((config_dir() / "audit-anchors").glob("*.json"))


CUT_NEWEST = (
    "DELETE FROM audit_entry WHERE id > 4",
    "DELETE FROM store_setting WHERE key = 'audit_head'",
)
CUT_ALL = ("DELETE FROM audit_entry", "DELETE FROM store_setting WHERE key = 'audit_head'")


def _made(path: Path) -> int:
    """A store with a few audited actions, closed; returns its chain's length."""
    svc = _store(path)
    _notes(svc, "Việt Nam ủng hộ", "ไทยขอเวลา", "ASEC to circulate rev.2", "SG lifted OP4")
    n = svc.audit.count()
    assert n >= 6 and svc.audit.verify().ok
    svc.close()
    return n


def test_the_anchor_is_kept_beside_the_settings(store_path: Path) -> None:
    n = _made(store_path)
    files = _anchor_files()
    assert len(files) == 1
    anchor = json.loads(files[0].read_text("utf-8"))
    head_id, head_hash = _head(store_path)
    assert (anchor["entries"], anchor["head_id"], anchor["head_hash"]) == (n, head_id, head_hash)
    assert anchor["store"] == str(store_path)


@pytest.mark.parametrize("cut", [CUT_NEWEST, CUT_ALL], ids=["newest", "all"])
def test_cutting_the_chain_and_its_stored_head_is_found(store_path: Path, cut: tuple[str]) -> None:
    n = _made(store_path)
    _sql(store_path, *cut)
    svc = Services.open(store_path)
    try:
        notice = svc.audit.anchor_notice()
        assert notice is not None and "audit log" in notice, notice
        report = svc.audit.verify()
        assert not report.ok
        first = 5 if cut is CUT_NEWEST else 1
        assert any(f"entries ({first}-{n})" in p.text for p in report.problems), report.problems
        # --repair never records the shorter chain as the head
        check = svc.store_info.check(repair=True)
        assert not check.ok and any("audit log" in p for p in check.problems), check
        assert not any("recorded" in f for f in check.fixed)
        # an edit after the warning leaves the anchor (the evidence) as it was
        _notes(svc, "written after the cut")
        assert not svc.audit.verify().ok
    finally:
        svc.close()
    again = Services.open(store_path)
    try:
        assert again.audit.anchor_notice() is not None
    finally:
        again.close()


def test_cli_verify_exits_non_zero_and_the_open_warns(store_path: Path) -> None:
    n = _made(store_path)
    _sql(store_path, *CUT_NEWEST)
    result = run_cli("audit", "--store", str(store_path), "--verify")
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert f"the newest entries (5-{n}) were removed" in result.stdout
    assert "warning:" in result.stderr and "audit log" in result.stderr
    assert "Traceback" not in result.stderr
    check = run_cli("check", "--store", str(store_path), "--repair")
    assert check.returncode == 3, check.stdout
    assert "audit log" in check.stdout
    # the stored head was not rewritten to the shorter chain
    conn = sqlcipher3.connect(str(store_path))
    assert conn.execute("SELECT value FROM store_setting WHERE key='audit_head'").fetchone() is None
    conn.close()


def test_an_untouched_store_opens_without_a_warning_and_verifies(store_path: Path) -> None:
    _made(store_path)
    result = run_cli("audit", "--store", str(store_path), "--verify")
    assert result.returncode == 0 and "intact" in result.stdout, result.stdout
    assert "warning" not in result.stderr
    svc = Services.open(store_path)
    try:
        assert svc.audit.anchor_notice() is None
        _notes(svc, "one more")
        assert svc.audit.verify().ok
    finally:
        svc.close()
    # the anchor moved on with the chain
    anchor = json.loads(_anchor_files()[0].read_text("utf-8"))
    assert anchor["head_id"] == _head(store_path)[0]


def test_every_backup_carries_the_anchor_of_its_copy(store_path: Path) -> None:
    svc = _store(store_path)
    _notes(svc, "before the backup")
    made = svc.backups.backup()
    backed = svc.audit.count() - 1  # the backup's own entry comes after the copy
    _notes(svc, "after the backup")
    svc.close()
    side = json.loads(Path(str(made.path) + ".anchor").read_text("utf-8"))
    assert side["entries"] == backed
    # the anchor beside the settings is gone too: the backup's still shows the cut
    for f in _anchor_files():
        f.unlink()
    _sql(store_path, f"DELETE FROM audit_entry WHERE id > {backed - 2}", CUT_NEWEST[1])
    svc = Services.open(store_path)
    try:
        assert svc.audit.anchor_notice() is not None
        report = svc.audit.verify()
        assert not report.ok
        assert any("backup" in p.text for p in report.problems), report.problems
    finally:
        svc.close()


def test_a_restore_writes_a_new_anchor(store_path: Path) -> None:
    svc = _store(store_path)
    _notes(svc, "kept")
    made = svc.backups.backup()
    _notes(svc, "lost by the restore", "this one too")
    svc.backups.restore(made.path)
    assert [n.text for n in svc.notes.notes(svc.events.meetings()[0].id)] == ["kept"]
    assert svc.audit.verify().ok
    svc.close()
    svc = Services.open(store_path)
    try:
        assert svc.audit.anchor_notice() is None
        assert svc.audit.verify().ok
    finally:
        svc.close()
    names = [p.name for p in backup.backups_dir(store_path).glob("*.anchor")]
    assert any("restore" in name for name in names), names


def test_a_new_store_at_the_path_of_an_old_one_starts_a_new_anchor(store_path: Path) -> None:
    _made(store_path)
    store_path.unlink()
    svc = _store(store_path)  # fewer entries than the old store's anchor
    try:
        assert svc.audit.anchor_notice() is None
        assert svc.audit.verify().ok
    finally:
        svc.close()


def test_accepting_the_log_as_it_is_is_audited(store_path: Path) -> None:
    n = _made(store_path)
    _sql(store_path, *CUT_NEWEST)
    result = run_cli("audit", "--store", str(store_path), "--accept-anchor")
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert f"5-{n}" in result.stdout or str(n) in result.stdout
    svc = Services.open(store_path)
    try:
        assert svc.audit.anchor_notice() is None
        assert svc.audit.verify().ok
        newest = svc.audit.entries(1)[0]
        assert newest.action == "accept-anchor" and str(n) in newest.detail
    finally:
        svc.close()


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_the_window_warns_when_the_opened_store_was_cut(
    qtbot: Any, window: Any, store_path: Path, messages: Any
) -> None:
    n = _made(store_path)
    _sql(store_path, *CUT_NEWEST)
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(store_path)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    title, text, warning = messages[0]
    assert title == "The audit log was cut" and warning
    assert f"the newest entries (5-{n}) were removed" in text
    assert window.services is not None  # the store is open: a warning never blocks


def test_a_settings_folder_that_cannot_be_written_never_fails_a_save(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import errno

    from adgsom_desktop.services import audit_anchor

    def full(*_a: Any, **_k: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(audit_anchor, "_write", full)
    monkeypatch.setattr(audit_anchor, "INTERVAL", 0.0)  # every commit tries to write it
    svc = _store(store_path)
    try:
        _notes(svc, "saved all the same")
        svc.backups.backup()  # the backup stands without its anchor
        assert [n.text for n in svc.notes.notes(svc.events.meetings()[0].id)] == [
            "saved all the same"
        ]
    finally:
        svc.close()
    assert "audit anchor" in caplog.text and "No space left" in caplog.text
    assert len(backup.list_backups(store_path)) == 1
