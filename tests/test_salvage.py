"""Save a readable copy of a damaged store: storage, service, command line and GUI (issue 6).

The demo store is damaged the way a failing disk does it: whole pages in the
middle of the file overwritten with random bytes, some of them pages of the
notes and positions tables.  The copy must open normally, hold most notes and
positions, and the damaged file must not change by one byte.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.errors import StoreError
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.salvage_service import salvage_file
from adgsom_desktop.storage import salvage, sqlite_driver
from tests.helpers import run_cli, sha
from tests.test_damaged_store import damage_middle_pages

PAGE = 4096


def _counts(path: Path, passphrase: str | None = None) -> dict[str, int]:
    with _open(path, passphrase) as svc:
        return dict(svc.store_info.info().counts)


class _open:
    def __init__(self, path: Path, passphrase: str | None) -> None:
        self.svc = Services.open(path, passphrase)

    def __enter__(self) -> Services:
        return self.svc

    def __exit__(self, *exc: object) -> None:
        self.svc.close()


def leaf_pages(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [
            int(r[0])
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
    finally:
        conn.close()


def damage_pages(path: Path, pages: list[int], seed: int = 7) -> None:
    """Overwrite whole pages (1-based numbers) with random bytes."""
    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    for page in pages:
        data[(page - 1) * PAGE : page * PAGE] = rnd.randbytes(PAGE)
    path.write_bytes(bytes(data))


@pytest.fixture
def wrecked(demo_path: Path) -> Path:
    """Random pages in the middle, plus a leaf of the notes and one of the positions."""
    pages = leaf_pages(demo_path, "note")[1:2] + leaf_pages(demo_path, "position")[1:2]
    damage_middle_pages(demo_path, pages=6, seed=3)
    damage_pages(demo_path, pages)
    return demo_path


def test_salvage_copies_every_readable_row_and_leaves_the_damaged_file(
    demo_master: Path, wrecked: Path, tmp_path: Path
) -> None:
    healthy = _counts(demo_master)
    before = sha(wrecked)
    out = tmp_path / "copy.adgsom"
    steps: list[str] = []
    result = salvage_file(wrecked, out, report=lambda d, t, m: steps.append(m))
    assert sha(wrecked) == before
    assert not list(tmp_path.glob(".copy.adgsom*"))  # no temporary file left
    assert steps[0].startswith("Copying") and "search index" in steps[-1]

    # The copy opens normally (quick check at open) and passes the full check.
    with _open(out, None) as svc:
        report = svc.store_info.check()
        assert report.ok, report.problems
        counts = dict(svc.store_info.info().counts)
        assert svc.search.search("ASEAN").hits  # the search index was rebuilt
    assert counts["notes"] >= 0.9 * healthy["notes"]
    assert counts["positions"] >= 0.8 * healthy["positions"]
    assert counts["meetings"] == healthy["meetings"]
    assert result.copied > 0.8 * sum(healthy.values())

    note = result.table("note")
    position = result.table("position")
    assert note.lost and note.lost_exact  # counted from an intact index of the table
    assert note.recovered == note.lost  # every lost note rebuilt from its saved version
    assert counts["notes"] == healthy["notes"]
    assert position.lost and position.copied + position.lost == healthy["positions"]
    # The children of lost positions were dropped, counted, and nothing dangles.
    dropped = sum(
        result.table(t).dropped for t in ("position_point", "position_fallback", "position_version")
    )
    assert dropped > 0
    assert result.skipped == sum(t.skipped for t in result.tables) > 0


def test_salvage_of_an_intact_store_copies_everything(demo_master: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy.adgsom"
    result = salvage.salvage(demo_master, out, None)
    assert result.complete and result.skipped == 0
    assert _counts(out) == {**_counts(demo_master), "audit entries": _counts(out)["audit entries"]}


def test_salvage_refuses_an_existing_target_and_a_cancel_leaves_nothing(
    wrecked: Path, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.adgsom"
    taken.write_bytes(b"mine")
    with pytest.raises(StoreError, match="already exists"):
        salvage_file(wrecked, taken)
    assert taken.read_bytes() == b"mine"
    with pytest.raises(StoreError, match="already exists"):
        salvage_file(wrecked, wrecked)

    class Stop(Exception):
        pass

    def cancel(done: int, _total: int, _message: str) -> None:
        if done == 5:
            raise Stop

    out = tmp_path / "cancelled.adgsom"
    with pytest.raises(Stop):
        salvage_file(wrecked, out, report=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.adgsom", "taken.adgsom"]


def test_salvage_of_an_encrypted_store_keeps_the_passphrase(
    demo_path: Path, tmp_path: Path
) -> None:
    passphrase = "correct horse battery staple"
    with _open(demo_path, None) as svc:
        svc.security.encrypt(passphrase, passphrase)
        notes = svc.store_info.info().counts["notes"]
    # Past the middle: a third into the encrypted copy is where the meeting table's pages
    # lie since migration 0005 (losing every meeting loses every note: no partial damage);
    # half-way in, since the tracker's tables (0006), the note versions.
    damage_middle_pages(demo_path, pages=4, seed=5, at=0.6)
    before = sha(demo_path)
    out = tmp_path / "copy.adgsom"
    result = run_cli(
        "salvage",
        "--store",
        str(demo_path),
        "--out",
        str(out),
        "--passphrase-stdin",
        input=passphrase + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert "encrypted with the same passphrase" in result.stdout
    assert sha(demo_path) == before
    assert not out.read_bytes()[:16].startswith(sqlite_driver.SQLITE_MAGIC)
    assert passphrase.encode() not in out.read_bytes()
    with _open(out, passphrase) as svc:
        assert svc.store.encrypted
        assert svc.store_info.check().ok
        assert svc.store_info.info().counts["notes"] >= 0.9 * notes
    wrong = run_cli(
        "salvage",
        "--store",
        str(demo_path),
        "--out",
        str(tmp_path / "x.adgsom"),
        "--passphrase-stdin",
        input="not it\n",
    )
    assert wrong.returncode == 2 and "Wrong passphrase" in wrong.stderr
    assert not (tmp_path / "x.adgsom").exists()


def test_cli_salvage_reports_per_table(wrecked: Path, tmp_path: Path) -> None:
    before = sha(wrecked)
    out = tmp_path / "copy.adgsom"
    result = run_cli("salvage", "--store", str(wrecked), "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Readable copy of {wrecked.name} written to {out}"
    note = next(x for x in lines if x.startswith("note "))
    assert "rebuilt from saved versions" in note
    assert any(x.startswith("position ") and "on damaged pages" in x for x in lines)
    assert "The copy passed its integrity check" in result.stdout
    assert sha(wrecked) == before
    info = run_cli("info", "--store", str(out))
    assert info.returncode == 0 and "damaged" not in info.stderr
    audit = run_cli("audit", "--store", str(out))
    assert "salvage" in audit.stdout and "readable copy of demo.adgsom" in audit.stdout
    again = run_cli("salvage", "--store", str(wrecked), "--out", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr


# -- GUI ------------------------------------------------------------------------------------


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_gui_saves_a_readable_copy_and_opens_it(
    qtbot: Any,
    window: Any,
    wrecked: Path,
    tmp_path: Path,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from adgsom_desktop.ui.common import file_dialogs
    from adgsom_desktop.ui.store.damaged_store_feature import DamagedStoreFeature
    from adgsom_desktop.ui.store.salvage_dialog import SalvageResultDialog
    from tests.conftest import save_artifact

    before = sha(wrecked)
    window.controller.open_path(wrecked)
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    # Reading the navigation meets a damaged page: it says so (read-only, nothing written).
    qtbot.waitUntil(lambda: window._nav_job is None, timeout=15_000)
    assert all("damaged" in text for _title, text, _w in messages)
    feature = next(f for f in window.features if isinstance(f, DamagedStoreFeature))
    assert feature.act_salvage.isEnabled()
    assert feature.act_salvage in window.menu("file").actions()
    out = tmp_path / "readable.adgsom"
    monkeypatch.setattr(file_dialogs, "ask_new_store", lambda _p, start: out)
    shown: list[Any] = []
    monkeypatch.setattr(feature, "show_result", shown.append)

    seen = len(messages)
    feature.banner_button.click()
    qtbot.waitUntil(lambda: bool(shown) or len(messages) > seen, timeout=30_000)
    assert len(messages) == seen, messages[seen:]
    result = shown[0]
    assert result.out == out and out.exists() and sha(wrecked) == before
    assert result.table("note").recovered > 0

    dlg = SalvageResultDialog(result)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.table.rowCount() >= 20
    assert "not changed" in dlg.summary.text()
    save_artifact(dlg, "salvage_result")
    dlg.open_button.click()
    assert dlg.values().open_copy

    feature.open_copy(out)
    qtbot.waitUntil(
        lambda: window.services is not None and window.services.store.path == out,
        timeout=15_000,
    )
    assert not window.services.backups.damaged
    assert not feature.toolbar.isVisible() and not feature.act_salvage.isEnabled()
    assert sha(wrecked) == before


@pytest.mark.gui
@pytest.mark.usefixtures("no_leaked_jobs")
def test_gui_salvage_can_be_cancelled(
    qtbot: Any,
    window: Any,
    wrecked: Path,
    tmp_path: Path,
    messages: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from adgsom_desktop.ui.common import file_dialogs
    from adgsom_desktop.ui.store.damaged_store_feature import DamagedStoreFeature

    window.controller.open_path(wrecked)
    qtbot.waitUntil(lambda: window.services is not None, timeout=15_000)
    feature = next(f for f in window.features if isinstance(f, DamagedStoreFeature))
    out = tmp_path / "readable.adgsom"
    monkeypatch.setattr(file_dialogs, "ask_new_store", lambda _p, start: out)
    gate = threading.Event()
    real = salvage._copy_table

    def slow(*args: Any) -> Any:
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(salvage, "_copy_table", slow)
    shown: list[Any] = []
    monkeypatch.setattr(feature, "show_result", shown.append)
    feature.act_salvage.trigger()
    assert feature.job is not None and feature.progress is not None
    feature.progress.canceled.emit()  # the user presses Cancel
    gate.set()
    qtbot.waitUntil(lambda: feature.job is None, timeout=15_000)
    assert not shown and not out.exists() and not list(tmp_path.glob(".readable*"))
    assert "Cancelled" in window.statusBar().currentMessage()
