"""#13, idle memory: the tree painted before a store's services load is not read again
when nothing was committed to the file since, and is read again when something was."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services import navigation_read
from adgsom_desktop.services.event_service import EventService
from adgsom_desktop.services.navigation_read import file_stamp, unchanged_since
from adgsom_desktop.services.structure_fields import EventFields
from adgsom_desktop.storage import sqlite_driver
from tests.prepare_fixtures import open_store


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the services' reads of the tree."""
    calls: list[int] = []
    original = EventService.navigation

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(EventService, "navigation", counted)
    return calls


def _shown_title(window: Any, event_id: int) -> str:
    return str(window.nav.model.index_for("event", event_id).data())


def test_an_unchanged_store_keeps_the_tree_painted_before_its_services(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = _reads(monkeypatch)
    services = open_store(qtbot, window, demo_path)
    assert window.controller.preview_current
    qtbot.wait(50)
    assert reads == [] and window._nav_job is None  # not read a second time
    event = services.events.events()[0]
    assert event.title in _shown_title(window, event.id)
    # What the app commits afterwards still shows (its change, on the bus).
    fields = replace(EventFields.of(event), title="Renamed", short_title="Renamed")
    services.events.put_event(fields, event.id)
    qtbot.waitUntil(lambda: "Renamed" in _shown_title(window, event.id), timeout=5000)


def test_a_commit_between_the_first_look_and_the_open_is_shown(
    qtbot: Any, window: Any, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process writes to the file after the tree was read for the first paint
    and before the store is opened (it takes the store's lock only then)."""
    reads = _reads(monkeypatch)
    first_tree = navigation_read.first_tree
    event_id = first_tree(demo_path).events[0].event.id

    def then_written(path: Path) -> Any:
        tree = first_tree(path)
        conn = sqlite_driver.connect(path)  # another app, committing at once
        try:
            conn.execute(
                "UPDATE event SET title = 'Written meanwhile', short_title = 'Written meanwhile' "
                "WHERE id = ?",
                (event_id,),
            )
        finally:
            conn.close()
        return tree

    monkeypatch.setattr(navigation_read, "first_tree", then_written)
    open_store(qtbot, window, demo_path)
    assert not window.controller.preview_current
    qtbot.waitUntil(lambda: "Written meanwhile" in _shown_title(window, event_id), timeout=10_000)
    assert len(reads) == 1


def test_a_commit_waiting_in_the_wal_is_a_change(demo_path: Path) -> None:
    """A commit another connection holds in the WAL (not checkpointed: the file itself
    is untouched) means the tree read before it is not the store's."""
    stamp = file_stamp(demo_path)
    assert stamp is not None and unchanged_since(demo_path, stamp)
    conn = sqlite_driver.connect(demo_path)
    try:
        conn.execute("SELECT count(*) FROM event").fetchall()
        assert unchanged_since(demo_path, stamp)  # opened, nothing committed: empty WAL
        conn.execute("UPDATE event SET title = title || '.'")
        assert Path(f"{demo_path}-wal").stat().st_size > 0
        assert not unchanged_since(demo_path, stamp)
    finally:
        conn.close()
    assert not unchanged_since(demo_path, stamp)  # checkpointed into the file at close
    assert file_stamp(demo_path) is not None and not unchanged_since(demo_path, None)
