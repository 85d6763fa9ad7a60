"""Migration 0018 (#17): a store of 0017 holding issued packs gains a UUID on each issue and
an empty provisional number; its register reads as before."""

from __future__ import annotations

import re
from pathlib import Path


def test_0018_gives_issues_uuids_and_keeps_the_register(store_path: Path) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import migrate
    from adgsom_desktop.storage.engine import make_engine
    from adgsom_desktop.storage.store import Store
    from tests.test_migrations import _make_v1_store

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0017_list_of_speakers")
    with engine.begin() as c:
        cols = {r[1] for r in c.exec_driver_sql("PRAGMA table_info(pack_issue)")}
        assert "uuid" not in cols and "provisional_reference" not in cols
        for n in (1, 2):
            c.exec_driver_sql(
                "INSERT INTO pack_issue (id, event_id, reference, title, audience, document, "
                "classification, contents, issued_at, issued_by) VALUES (?, 1, ?, 'Pack', "
                "'hod', 'pack', 'RESTRICTED', '{}', '2026-01-10 09:00:00', 'Somchai')",
                (n, f"TH/2026/BP-00{n}"),
            )
            c.exec_driver_sql(
                "INSERT INTO issued_copy (issue_id, copy_no, copies_total, recipient, "
                "file_name, sha256, issued_at) VALUES (?, 1, 1, 'HoD', 'a.pdf', '', "
                "'2026-01-10 09:00:00')",
                (n,),
            )
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        with store.engine.connect() as c:
            rows = c.exec_driver_sql(
                "SELECT uuid, provisional_reference FROM pack_issue ORDER BY id"
            ).all()
        assert all(re.fullmatch(r"[0-9a-f]{32}", u) for u, _p in rows)
        assert len({u for u, _p in rows}) == 2 and [p for _u, p in rows] == ["", ""]
        services = Services.for_store(store)
        register = services.packs.register(None)
        assert sorted(r.reference for r in register.rows) == ["TH/2026/BP-001", "TH/2026/BP-002"]
        assert services.store_info.check().ok
