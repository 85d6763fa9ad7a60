"""The navigation tree read with plain SQL is the same tree the services' records make."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from adgsom_desktop.services.navigation_read import first_tree


def test_the_tree_is_the_records_the_services_give(demo_services: Any, demo_path: Path) -> None:
    svc = demo_services
    tree = svc.events.navigation()
    assert [n.event for n in tree.events] == svc.events.events()
    for enode in tree.events:
        assert [m.meeting for m in enode.meetings] == svc.events.meetings(enode.event.id)
        for mnode in enode.meetings:
            assert list(mnode.items) == svc.agenda.items(mnode.meeting.id)
    assert sum(len(m.items) for e in tree.events for m in e.meetings) > 50
    # Read before the store is opened for work (the first paint): the same tree, and the
    # file is left as it was (a read-only connection, no side file).
    svc.close()
    before = demo_path.read_bytes()
    assert first_tree(demo_path) == tree
    assert demo_path.read_bytes() == before
    assert not Path(f"{demo_path}-wal").exists()
