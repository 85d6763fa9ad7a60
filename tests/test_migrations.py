"""Schema migrations: Alembic's head is what the app expects, models match the
migrations, and opening a store made by the previous version upgrades it, data
included, after a backup."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from adgsom_desktop.domain.models import Base
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import backup, migrate, search_index, sqlite_driver
from adgsom_desktop.storage.engine import make_engine
from adgsom_desktop.storage.store import Store


def test_head_constant_matches_alembic() -> None:
    assert migrate.script_heads() == (migrate.HEAD_REVISION,)
    assert set(migrate.script_revisions()) == set(migrate.KNOWN_REVISIONS)


def test_models_match_migrations(store_path: Path) -> None:
    """Autogenerate finds nothing to do: every model change has its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    Store.create(store_path).close()
    engine = make_engine(store_path)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    # The FTS5 virtual table and its shadow tables are not models.
    diffs = [d for d in diffs if "search_fts" not in repr(d)]
    assert diffs == []


def _make_v1_store(path: Path) -> None:
    """A store as version 0001 of the app wrote it, with data in it."""
    conn = sqlite_driver.connect(path)
    conn.execute(f"PRAGMA application_id = {sqlite_driver.APPLICATION_ID}")
    conn.close()
    engine = make_engine(path)
    migrate.upgrade(engine, "0001_initial")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO delegation (id, code, name, local_name, aliases, kind, ord, created_at,"
                " updated_at) VALUES (1, 'VN', 'Viet Nam', 'Việt Nam', '', 'member_state', 0,"
                " '2025-01-01', '2025-01-01'), (2, 'TH', 'Thailand', 'ประเทศไทย', '',"
                " 'member_state', 1, '2025-01-01', '2025-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO event (id, title, short_title, city, country, timezone, steering_brief,"
                " logistics, created_at, updated_at) VALUES (1, '5th ADGMIN', '', 'Bangkok',"
                " 'Thailand', '', '', '', '2025-01-01', '2025-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO meeting (id, event_id, kind, title, series, venue, chair, format, ord,"
                " notes, created_at, updated_at) VALUES (1, 1, 'som', '5th ADGSOM', 'ADGSOM', '', '',"
                " 'plenary', 0, '', '2025-01-01', '2025-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO agenda_item (id, meeting_id, ord, number, number_fixed, title, purpose,"
                " lead_text, description, created_at, updated_at) VALUES (1, 1, 0, '1', 0,"
                " 'Digital data governance', 'discussion', '', '', '2025-01-01', '2025-01-01')"
            )
        )
        c.execute(
            text(
                "INSERT INTO note (id, meeting_id, item_id, taken_at, speaker_delegation_id, kind,"
                " text, version_no, created_at, updated_at) VALUES (1, 1, 1, '2025-01-15 02:00:00',"
                " 1, 'intervention', 'Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số', 1,"
                " '2025-01-15', '2025-01-15')"
            )
        )
        c.execute(  # every save of a note writes a version (the check looks for it)
            text(
                "INSERT INTO note_version (id, note_id, version_no, saved_at, snapshot)"
                " VALUES (1, 1, 1, '2025-01-15', '{}')"
            )
        )
        c.execute(
            text("INSERT INTO store_setting (key, value) VALUES ('our_delegation_code', 'TH')")
        )
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def test_opening_a_v1_store_backs_up_then_upgrades_with_data(store_path: Path) -> None:
    _make_v1_store(store_path)
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store)
        notes = services.notes.notes(1)
        assert [n.text for n in notes] == ["Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số"]
        assert services.agenda.items(1)[0].title == "Digital data governance"
        # The new search index covers the data that was already there.
        hits = services.search.search("Viet Nam").hits
        assert [(h.kind, h.ref_id) for h in hits] == [("note", 1)]
        assert services.store_info.check().ok
        # 0003 rebuilt the meeting table: its search triggers must be back.
        with store.engine.connect() as c:
            triggers = {
                r[0]
                for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
        assert triggers == {name for name, _sql in search_index.CURRENT.triggers}
        # 0016: approvals from the upgrade on are a person's act; those before are marked.
        with store.engine.connect() as c:
            since = c.exec_driver_sql(
                "SELECT value FROM store_setting WHERE key = 'approvals_signed_since'"
            ).scalar()
        assert since and since[:4].isdigit()
        meeting = services.events.meeting(1)
        services.events.save_meeting(
            meeting_id=1,
            event_id=1,
            kind=meeting.kind,
            title="5th ADGSOM, Bangkok",
            short_title="5th ADGSOM",
        )
        assert [h.kind for h in services.search.search("Bangkok").hits] == ["meeting", "event"]
    backups = backup.list_backups(store_path)
    assert len(backups) == 1
    assert "before-upgrade-from-0001-initial" in backups[0].path.name
    # The backup is the untouched v1 store.
    with Store.open(backups[0].path) as old:  # opening it upgrades the copy, not the original
        assert old.revision() == migrate.HEAD_REVISION
    assert len(backup.list_backups(store_path)) == 1


def test_foreign_keys_survive_a_batch_migration(store_path: Path) -> None:
    """Tables rebuilt by a batch migration must not cascade-delete their children."""
    _make_v1_store(store_path)
    engine = make_engine(store_path)
    # A batch operation rebuilds 'meeting' (the parent of agenda_item and note).
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with engine.connect() as conn:
        dbapi = conn.connection.driver_connection
        dbapi.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("meeting", recreate="always") as batch:
                batch.alter_column("chair", existing_type=None, comment=None)
        dbapi.execute("PRAGMA foreign_keys = ON")
        assert conn.exec_driver_sql("SELECT count(*) FROM note").scalar() == 1
    engine.dispose()


def test_0005_programme_upgrades_a_0004_store_with_data(store_path: Path) -> None:
    """Migration 0005 (issue #21): a store of 0004 with an agenda gains the programme and
    the items' time slots; its data, search triggers and items are intact."""
    from dataclasses import replace
    from datetime import date, time

    from adgsom_desktop.domain.enums import ProgrammeKind
    from adgsom_desktop.services.programme_records import ProgrammeEntryValues

    _make_v1_store(store_path)
    engine = make_engine(store_path)
    migrate.upgrade(engine, "0004_room_indexes")
    with engine.connect() as c:
        columns = {r[1] for r in c.exec_driver_sql("PRAGMA table_info(agenda_item)")}
        assert "start_time" not in columns
    engine.dispose()
    with Store.open(store_path) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store)
        (item,) = services.agenda.items(1)
        assert (item.title, item.day, item.start_time, item.end_time) == (
            "Digital data governance",
            None,
            None,
            None,
        )
        with store.engine.connect() as c:
            triggers = {
                r[0]
                for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
        assert triggers == {name for name, _sql in search_index.CURRENT.triggers}
        entry = services.programme.add_entry(
            1,
            ProgrammeEntryValues(
                "Coffee break", ProgrammeKind.BREAK, time(10, 30), time(10, 45), date(2025, 1, 15)
            ),
        )
        assert [e.id for e in services.programme.entries(1)] == [entry.id]
        fields = services.agenda.fields(item.id)
        services.agenda.set_fields(
            item.id, replace(fields, title="Digital data governance framework")
        )
        assert [h.kind for h in services.search.search("framework").hits] == ["item"]
        assert services.store_info.check().ok
