"""Migration 0006: a store written before the tracker keeps its tags, now in the ADM 2025."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import migrate, sqlite_driver
from adgsom_desktop.storage.engine import make_engine
from adgsom_desktop.storage.store import Store


def _make_v4_store(path: Path) -> None:
    conn = sqlite_driver.connect(path)
    conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
    conn.close()
    engine = make_engine(path)
    migrate.upgrade(engine, "0004_room_indexes")
    stamp = "'2025-01-01', '2025-01-01'"
    with engine.begin() as c:
        for sql in (
            "INSERT INTO delegation (id, code, name, local_name, aliases, kind, ord, created_at,"
            f" updated_at) VALUES (1, 'TH', 'Thailand', 'ประเทศไทย', '', 'member_state', 0, {stamp})",
            "INSERT INTO event (id, title, short_title, city, country, timezone, steering_brief,"
            f" logistics, created_at, updated_at) VALUES (1, '5th ADGMIN', '', 'Bangkok',"
            f" 'Thailand', '', '', '', {stamp})",
            "INSERT INTO meeting (id, event_id, kind, title, series, venue, chair, format, ord,"
            f" notes, short_title, created_at, updated_at) VALUES (1, 1, 'som', '5th ADGSOM',"
            f" 'ADGSOM', '', '', 'plenary', 0, '', '', {stamp})",
            "INSERT INTO agenda_item (id, meeting_id, ord, number, number_fixed, title, purpose,"
            " lead_text, description, created_at, updated_at) VALUES"
            f" (1, 1, 0, '1', 0, 'Anti-scam cooperation', 'discussion', '', '', {stamp}),"
            f" (2, 1, 1, '2', 0, 'Digital skills', 'information', '', '', {stamp})",
            "INSERT INTO adm_tag (code, kind, parent_code, title, ord) VALUES"
            " ('DO3', 'desired_outcome', NULL, 'Trusted digital services', 2),"
            " ('DO7', 'desired_outcome', NULL, 'More capacity', 6),"
            " ('EA 3.2', 'enabling_action', NULL, 'Anti-scam measures (edited title)', 1000)",
            "INSERT INTO item_adm_tag (item_id, tag_code) VALUES (1, 'DO3'), (1, 'EA 3.2'),"
            " (2, 'DO7')",
            "INSERT INTO store_setting (key, value) VALUES ('our_delegation_code', 'TH')",
        ):
            c.execute(text(sql))
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def test_existing_tags_become_adm2025_elements_with_their_items(store_path: Path) -> None:
    _make_v4_store(store_path)
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store, actor="tester")
        assert services.agenda.item(1).tags == ("ADM2025 DO3", "ADM2025 EA 3.2")
        assert services.agenda.item(2).tags == ("ADM2025 DO7",)
        frameworks = {f.code: f for f in services.frameworks.frameworks()}
        assert set(frameworks) >= {"ADM2025", "ADM2030", "ADWP2026"}
        adm2025 = {e.code: e for e in services.frameworks.elements(frameworks["ADM2025"].id)}
        # The edited title is kept; the Enabling Action now sits under its Desired Outcome.
        assert adm2025["EA 3.2"].title == "Anti-scam measures (edited title)"
        assert adm2025["EA 3.2"].parent_id == adm2025["DO3"].id
        adm2030 = [e.code for e in services.frameworks.elements(frameworks["ADM2030"].id)]
        assert adm2030[:3] == ["O1", "O2", "O3"]
        # ADM 2025 DO3 is not ADM 2026-2030 outcome 3: both can tag the same item.
        services.agenda.set_tags(1, ["DO3", "ADM2030 O3"])
        assert services.agenda.item(1).tags == ("ADM2025 DO3", "ADM2030 O3")
        assert services.store_info.check().ok
