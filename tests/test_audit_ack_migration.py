"""Migration 0021 (review s32 H16): a store of 0020 whose ``sync_peer`` counted our audit
entries as sent when a bundle was written starts again from none acknowledged, so its next
bundle to that member carries the whole log once and fills a hole a lost bundle left."""

from __future__ import annotations

from pathlib import Path


def test_0021_counts_nothing_acknowledged_and_keeps_the_peers(store_path: Path) -> None:
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0020_brief_bases")
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO sync_peer (peer, audit_sent, last_at) "
            "VALUES ('key:abcd', 416, '2026-12-01 10:00:00')"
        )
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        with store.engine.connect() as c:
            rows = c.exec_driver_sql("SELECT peer, audit_sent FROM sync_peer").all()
        assert rows == [("key:abcd", 0)]
