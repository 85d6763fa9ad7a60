"""Migration 0019 (#13): a store of 0018 holding briefs gains the index the navigation
tree reads each item's status and stance from; the tree shows them as before."""

from __future__ import annotations

from pathlib import Path


def test_0019_indexes_position_status_and_the_tree_reads_it(store_path: Path) -> None:
    from adgsom_desktop.domain.enums import PositionStatus, Stance
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.navigation_read import first_tree
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0018_register_travels")
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO position (id, item_id, objective, stance, opening, red_line, "
            "authority, tactical, press_line, background_releasable, background_nfd, status, "
            "version_no, created_at, updated_at) VALUES (1, 1, ?, 'support', '', ?, "
            "'refer_to_capital', '', '', '', '', 'for_review', 1, '2025-01-02', '2025-01-02')",
            ("Support the framework. " * 400, "Never below the 2025 level. " * 400),
        )
        indexes = {r[1] for r in c.exec_driver_sql("PRAGMA index_list(position)")}
        assert "ix_position_navigation" not in indexes
    engine.dispose()

    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        with store.engine.connect() as c:
            columns = [r[2] for r in c.exec_driver_sql("PRAGMA index_info(ix_position_navigation)")]
            plan = " ".join(
                str(r[-1])
                for r in c.exec_driver_sql(
                    "EXPLAIN QUERY PLAN SELECT item_id, status, stance FROM position"
                )
            )
        assert columns == ["item_id", "status", "stance"]
        assert "COVERING INDEX ix_position_navigation" in plan  # the long rows are not read
        services = Services.for_store(store)
        (item,) = services.events.navigation().events[0].meetings[0].items
        assert (item.position_status, item.position_stance) == (
            PositionStatus.FOR_REVIEW,
            Stance.SUPPORT,
        )
        assert services.store_info.check().ok
    (preview_item,) = first_tree(store_path).events[0].meetings[0].items
    assert preview_item == item
