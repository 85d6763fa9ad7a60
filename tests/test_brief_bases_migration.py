"""Migration 0020 (#17): a store of 0018 holding records that travelled gains the empty
``sync_base`` (the bases of the offline merge of briefs); what it recorded is intact, and
the next revisions it records keep each brief's content as a base."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from adgsom_desktop.services.position_records import PositionContent


def test_0020_adds_the_bases_and_keeps_what_travelled(store_path: Path) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0018_register_travels")
    with engine.begin() as c:
        tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "sync_base" not in tables
        c.exec_driver_sql(
            "INSERT INTO sync_record (key, kind, scope, rev, content_hash, gen, ancestry, "
            "deleted, withheld) VALUES ('k1', 'note', 's1', 'r1', 'h1', 1, '', 0, '')"
        )
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        with store.engine.connect() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM sync_base").scalar() == 0
            assert c.exec_driver_sql("SELECT rev FROM sync_record WHERE key = 'k1'").all() == [
                ("r1",)
            ]
        services = Services.for_store(store, actor="tester")
        item = services.agenda.items(1)[0].id
        rec = services.positions.get(item)
        content = PositionContent() if rec is None else rec.content
        services.positions.save(item, replace(content, red_line="Not below 2030."))
        services.sync.record_revisions()
        with store.engine.connect() as c:
            (kept,) = c.exec_driver_sql("SELECT content FROM sync_base").one()
        assert "Not below 2030." in kept
        assert services.store_info.check().ok
