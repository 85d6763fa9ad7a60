"""Opening a store: the services' tree is read once the features have looked at the
store (#13, idle memory): its read on a worker then finds the pool's connection free
instead of opening a second one, with a page cache of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.prepare_fixtures import open_store


def test_the_tree_is_read_after_the_features_first_reads(
    qtbot: Any, window: Any, demo_path: Path
) -> None:
    started_before: list[bool] = []
    # Connected last: runs after every feature's handler of the same signal.
    window.store_opened.connect(lambda _s: started_before.append(window._nav_job is not None))
    services = open_store(qtbot, window, demo_path)
    assert started_before == [False]
    qtbot.waitUntil(lambda: window._nav_job is None, timeout=10_000)
    tree = services.events.navigation()
    assert window.nav.model.rowCount() == len(tree.events)
    meeting = tree.events[0].meetings[0]
    assert window.nav.model.index_for("meeting", meeting.meeting.id).isValid()
    assert window.nav.model.index_for("item", meeting.items[0].id).isValid()
