"""A damaged store is never written to: CLI, services and GUI (acceptance review, issues 2/6).

Two kinds of damage: pages in the middle of the file overwritten with random
bytes (SQLite's quick check at open refuses the file), and a damaged full-text
index (the b-trees are sound, so the store opens; the damage shows when a
search, a check or a backup reads it).
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import StoreCorruptError
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import backup, sqlite_driver
from adgsom_desktop.ui.common.errors import Level
from adgsom_desktop.ui.store import backup_dialog
from tests.helpers import run_cli, sha


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def damage_middle_pages(path: Path, pages: int = 6, seed: int = 1, at: float | None = None) -> None:
    """Overwrite ``pages`` pages in the middle of the store with random bytes (the review's
    repro): ``at`` a fraction into the file when given (an encrypted store, which sqlite3
    cannot read, takes a third by default); else, in a plain store, pages from the middle of
    the search index, so the damage is the same whatever tables a new schema adds."""
    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    first = int(len(data) // 4096 * (1 / 3 if at is None else at))
    chosen = list(range(first, first + pages))
    index: list[int] = []
    if at is None:
        try:
            conn = sqlite3.connect(path)
            try:
                index = [
                    int(r[0]) - 1
                    for r in conn.execute(
                        "SELECT pageno FROM dbstat WHERE name = 'search_fts_data' ORDER BY pageno"
                    )
                ]
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            index = []
    if len(index) >= pages:
        mid = max(0, len(index) // 2 - pages // 2)
        chosen = index[mid : mid + pages]
    for page in chosen:
        data[page * 4096 : (page + 1) * 4096] = rnd.randbytes(4096)
    path.write_bytes(bytes(data))


def damage_search_index(path: Path) -> None:
    """Scramble the full-text index's segments: sound b-trees, unreadable index."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE search_fts_data SET block = randomblob(length(block)) WHERE id > 10")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.fixture
def damaged(demo_path: Path) -> Path:
    damage_middle_pages(demo_path)
    return demo_path


# -- command line ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ("backup",),
        ("audit", "--verify"),
        ("audit",),
        ("check", "--repair"),
        ("encrypt", "--passphrase-stdin"),
    ],
)
def test_no_command_writes_into_a_damaged_store(damaged: Path, command: tuple[str, ...]) -> None:
    before, listing = sha(damaged), _listing(damaged.parent)
    result = run_cli(*command, "--store", str(damaged), input="a long passphrase\n")
    assert result.returncode == 3, result.stderr
    said = result.stdout + result.stderr
    assert "is damaged: part of it cannot be read" in said
    assert f"restore --store {damaged} --latest" in said
    assert "Traceback" not in said and "unexpected failure" not in said
    assert sha(damaged) == before
    assert _listing(damaged.parent) == listing  # no backup, no lock, no -wal/-shm


def _side_files(folder: Path) -> list[str]:
    """The folder's files but the lock (taken while the store is read, left as for any store)
    and the GUI's own preferences file."""
    return [n for n in _listing(folder) if not n.endswith(".lock") and n != "settings.ini"]


def test_read_commands_read_a_damaged_store_read_only(damaged: Path) -> None:
    before, listing = sha(damaged), _side_files(damaged.parent)
    info = run_cli("info", "--store", str(damaged))
    assert info.returncode == 0, info.stderr
    assert "Notes" in info.stdout or "notes" in info.stdout
    assert "is damaged" in info.stderr and "read-only, nothing is written" in info.stderr
    assert f"salvage --store {damaged} --out" in info.stderr
    actions = run_cli("actions", "--store", str(damaged))
    assert actions.returncode == 0, actions.stderr
    # The damage here is in the search index: a search meets it and says so (exit 3).
    search = run_cli("search", "--store", str(damaged), "Viet Nam")
    assert search.returncode == 3 and "is damaged" in search.stderr, search.stderr
    for result in (info, actions, search):
        assert "Traceback" not in result.stderr and "unexpected failure" not in result.stderr
    assert sha(damaged) == before
    assert _side_files(damaged.parent) == listing  # no -wal, no -shm, no backup


def test_a_damaged_store_due_for_a_migration_is_refused_and_says_why(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE alembic_version SET version_num = '0003_meeting_days'")
    conn.commit()
    conn.close()
    damage_middle_pages(demo_path)
    before, listing = sha(demo_path), _listing(demo_path.parent)
    with pytest.raises(StoreCorruptError, match="damaged data is never upgraded"):
        Services.open(demo_path, read_only_if_damaged=True)
    result = run_cli("info", "--store", str(demo_path))
    assert result.returncode == 3 and "never upgraded" in result.stderr, result.stderr
    assert sha(demo_path) == before
    assert _side_files(demo_path.parent) == [x for x in listing if not x.endswith(".lock")]


def test_damage_met_while_open_stops_every_write_and_backup(demo_path: Path) -> None:
    svc = Services.open(demo_path)
    good = [svc.backups.backup().path for _ in range(2)]
    svc.close()
    damage_search_index(demo_path)
    before = sha(demo_path)
    # The b-trees are sound: the store opens; a search meets the damage.
    search = run_cli("search", "--store", str(demo_path), "Viet Nam")
    assert search.returncode == 3 and "fts5: corruption" in search.stderr, search.stderr
    assert "Traceback" not in search.stderr
    backed = run_cli("backup", "--store", str(demo_path))
    assert backed.returncode == 3 and "the copy fails its check" in backed.stderr
    assert [b.path for b in backup.list_backups(demo_path)] == good[::-1]  # nothing rotated
    assert sha(demo_path) == before

    svc = Services.open(demo_path)
    try:
        audit_entries = svc.audit.count()
        meeting = svc.events.meetings()[0].id
        with pytest.raises(StoreCorruptError, match="Nothing more is written"):
            svc.search.search("Viet Nam")
        assert svc.backups.damaged
        with pytest.raises(StoreCorruptError):
            svc.notes.add(meeting, "a note the damaged store must not take")
        with pytest.raises(StoreCorruptError):
            svc.backups.backup()
        assert svc.backups.backup_if_needed() is None
        svc.security.record_lock("on demand")  # the lock still works, unrecorded
        svc.security.record_unlock("plain store")
        assert svc.audit.count() == audit_entries
        assert len(backup.list_backups(demo_path)) == 2
    finally:
        svc.close()
    assert sha(demo_path) == before


def test_restore_sets_a_store_damaged_while_open_aside(demo_path: Path) -> None:
    svc = Services.open(demo_path)
    svc.backups.backup()
    svc.close()
    damage_search_index(demo_path)
    before = sha(demo_path)
    result = run_cli("restore", "--store", str(demo_path), "--latest")
    # The store opens; the safety copy before the restore finds the damage: set aside.
    assert result.returncode == 0, result.stderr
    assert "The damaged file is kept as" in result.stdout
    kept = list(demo_path.parent.glob(f"{demo_path.name}.damaged-*"))
    assert len(kept) == 1 and sha(kept[0]) == before
    assert run_cli("search", "--store", str(demo_path), "Viet Nam").returncode == 0


# -- GUI ------------------------------------------------------------------------------------


def _feature(window: Any) -> Any:
    from adgsom_desktop.ui.store.damaged_store_feature import DamagedStoreFeature

    return next(f for f in window.features if isinstance(f, DamagedStoreFeature))


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_gui_opens_a_damaged_store_without_backup_read_only(
    qtbot: Any, window: Any, damaged: Path, messages: Any
) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    from tests.conftest import save_artifact

    before, listing = sha(damaged), _side_files(damaged.parent)
    window.controller.open_path(damaged)
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    title, text, _warning = messages[0]
    assert title == "The store is damaged"
    assert "is damaged: part of it cannot be read" in text
    assert "There is no backup of this store beside it." in text
    assert "It opens read-only" in text and "Save a readable copy" in text
    services = window.services
    assert services.backups.damaged and services.store.read_only
    # The notes are readable; the window says why nothing can be saved.
    meeting = services.events.meetings()[0].id
    assert len(services.notes.notes(meeting)) > 0
    feature = _feature(window)
    qtbot.waitUntil(lambda: feature.toolbar.isVisible(), timeout=5_000)
    assert feature.banner_text.text().startswith("Damaged store: read-only.")
    assert feature.status.text() == "Damaged store: read-only" and feature.status.isVisible()
    assert feature.act_salvage.isEnabled()
    qtbot.waitUntil(lambda: window.nav.tree.model().rowCount() > 0, timeout=15_000)
    editors = [
        w for cls in (QLineEdit, QTextEdit, QPlainTextEdit) for w in window.detail.findChildren(cls)
    ]
    assert editors and all(e.isReadOnly() for e in editors)
    with pytest.raises(StoreCorruptError, match="Nothing more is written"):
        services.notes.add(meeting, "a note the damaged store must not take")
    save_artifact(window, "damaged_store_read_only")
    window.controller.close()
    assert not feature.toolbar.isVisible() and not feature.act_salvage.isEnabled()
    assert sha(damaged) == before
    assert _side_files(damaged.parent) == listing  # no -wal, no -shm, no backup


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_gui_declined_rescue_opens_the_damaged_store_read_only(
    qtbot: Any, window: Any, demo_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = Services.open(demo_path)
    good = svc.backups.backup()
    svc.close()
    damage_middle_pages(demo_path)
    before = sha(demo_path)
    questions: list[str] = []
    monkeypatch.setattr(
        backup_dialog, "confirm", lambda _p, _t, text: questions.append(text) and False
    )
    window.controller.open_path(demo_path)
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    assert "cannot be opened" in questions[0] and "opens read-only" in questions[0]
    assert window.services.backups.damaged
    assert _feature(window).toolbar.isVisible()
    assert [b.path for b in backup.list_backups(demo_path)] == [good.path]
    assert sha(demo_path) == before


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_gui_offers_the_rescue_when_damage_is_found_while_open(
    qtbot: Any, window: Any, demo_path: Path, messages: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adgsom_desktop.ui.security.security_feature import SecurityFeature

    svc = Services.open(demo_path)
    good = svc.backups.backup()
    svc.close()
    damage_search_index(demo_path)
    before = sha(demo_path)
    with qtbot.waitSignal(window.controller.opened, timeout=15_000):
        window.controller.open_path(demo_path)
    feature = next(f for f in window.features if isinstance(f, SecurityFeature))
    answers = [False, True]
    questions: list[str] = []
    monkeypatch.setattr(
        backup_dialog, "confirm", lambda _p, _t, text: questions.append(text) or answers.pop(0)
    )

    window.act_check.trigger()  # the full check meets the damage
    qtbot.waitUntil(lambda: bool(questions), timeout=15_000)
    assert "is damaged" in questions[0] and "never overwritten" in questions[0]
    # Declined: the store stays open read-only; no automatic backup, no save.
    services = window.services
    assert services is not None and services.backups.damaged
    assert _feature(window).toolbar.isVisible() and _feature(window).act_salvage.isEnabled()
    feature.auto_backup()
    assert feature.backup_job is None
    feature.backup_before_quit()
    assert backup.list_backups(demo_path)[0].path == good.path
    with pytest.raises(StoreCorruptError):
        services.notes.add(services.events.meetings()[0].id, "not saved")
    assert sha(demo_path) == before

    # Asked again (e.g. a search meets it): accepted, the good backup replaces it.
    window.controller._on_damaged(services.store.damage_error())
    qtbot.waitUntil(lambda: any("is in place" in m[1] for m in messages), timeout=15_000)
    assert next(m for m in messages if "is in place" in m[1])[2] is Level.INFORMATION
    kept = list(demo_path.parent.glob(f"{demo_path.name}.damaged-*"))
    assert len(kept) == 1 and sha(kept[0]) == before
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    assert window.services.store_info.check().ok


def test_a_copy_of_a_damaged_file_never_takes_a_backup_name(
    tmp_path: Path, demo_path: Path
) -> None:
    damage_search_index(demo_path)
    src = sqlite_driver.connect(demo_path)  # raw: the store's own refusal is bypassed
    dest = tmp_path / "copy.adgsom-backup"
    try:
        with pytest.raises(backup.DamagedCopyError):
            backup.backup_connection(src, dest, None)
    finally:
        src.close()
    assert not dest.exists() and list(tmp_path.glob(".copy*")) == []
