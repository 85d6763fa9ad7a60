"""Migration 0015 (#17): a store of 0014 holding data gains UUIDs on every record that
travels, a store id and the sync tables; its data and search triggers are intact, and
its meeting can be sent at once."""

from __future__ import annotations

import re
from pathlib import Path

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import migrate, search_index
from adgsom_desktop.storage.engine import make_engine
from adgsom_desktop.storage.store import Store
from tests.test_migrations import _make_v1_store

TRAVELLING = (
    "event",
    "meeting",
    "agenda_item",
    "note",
    "action_item",
    "outcome",
    "programme_entry",
    "person",
)


def test_0015_gives_uuids_to_a_0014_store_with_data(store_path: Path) -> None:
    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0014_meeting_documents")
    with engine.connect() as c:
        assert "uuid" not in {r[1] for r in c.exec_driver_sql("PRAGMA table_info(note)")}
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        with store.engine.connect() as c:
            for table in TRAVELLING:
                uuids = [r[0] for r in c.exec_driver_sql(f"SELECT uuid FROM {table}")]
                assert all(u and re.fullmatch(r"[0-9a-f]{32}", u) for u in uuids), table
                assert len(set(uuids)) == len(uuids)
            (store_id,) = c.exec_driver_sql(
                "SELECT value FROM store_setting WHERE key = 'store_id'"
            ).one()
            assert re.fullmatch(r"[0-9a-f]{32}", store_id)
            triggers = {
                r[0]
                for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
            (note_uuid,) = c.exec_driver_sql("SELECT uuid FROM note WHERE id = 1").one()
        assert triggers == {name for name, _sql in search_index.CURRENT.triggers}
        services = Services.for_store(store)
        payload = services.sync.export_payload([1])
        kinds = {r.key: r.kind.value for r in payload.records}
        assert kinds[note_uuid] == "note"
        assert payload.store_id == store_id
        assert services.store_info.check().ok
