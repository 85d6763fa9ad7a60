"""The team store's schema: the same Alembic scripts as the file, on PostgreSQL.

A database written by an older version (0001, with data, ADM tags in the old
shape) is upgraded by opening it: data kept, tags moved into the ADM 2025, the
search index built from what was there, the id sequences past every id, the audit
ids nobody's sequence; and the models match the migrations there too.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text

from adgsom_desktop.domain.locator import Locator
from adgsom_desktop.domain.models import Base
from adgsom_desktop.services.container import Services
from adgsom_desktop.storage import migrate
from adgsom_desktop.storage.pg_store import PgStore, sequences_behind

OLD_ROWS = (
    "INSERT INTO delegation (id, code, name, local_name, aliases, kind, ord, created_at,"
    " updated_at) VALUES (1, 'VN', 'Viet Nam', 'Việt Nam', '', 'member_state', 0,"
    " '2025-01-01', '2025-01-01'), (2, 'TH', 'Thailand', 'ประเทศไทย', '',"
    " 'member_state', 1, '2025-01-01', '2025-01-01')",
    "INSERT INTO event (id, title, short_title, city, country, timezone, steering_brief,"
    " logistics, created_at, updated_at) VALUES (1, '5th ADGMIN', '', 'Bangkok',"
    " 'Thailand', '', '', '', '2025-01-01', '2025-01-01')",
    "INSERT INTO meeting (id, event_id, kind, title, series, venue, chair, format, ord,"
    " notes, created_at, updated_at) VALUES (1, 1, 'som', '5th ADGSOM', 'ADGSOM', '', '',"
    " 'plenary', 0, '', '2025-01-01', '2025-01-01')",
    "INSERT INTO agenda_item (id, meeting_id, ord, number, number_fixed, title, purpose,"
    " lead_text, description, created_at, updated_at) VALUES (1, 1, 0, '1', false,"
    " 'Digital data governance', 'discussion', '', '', '2025-01-01', '2025-01-01')",
    "INSERT INTO adm_tag (code, kind, parent_code, title, ord) VALUES"
    " ('DO3', 'desired_outcome', NULL, 'Trusted digital services', 3),"
    " ('EA 3.2', 'enabling_action', NULL, 'Data flows', 4)",
    "INSERT INTO item_adm_tag (item_id, tag_code) VALUES (1, 'EA 3.2')",
    "INSERT INTO note (id, meeting_id, item_id, taken_at, speaker_delegation_id, kind,"
    " text, version_no, created_at, updated_at) VALUES (1, 1, 1, '2025-01-15 02:00:00',"
    " 1, 'intervention', 'Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số', 1,"
    " '2025-01-15', '2025-01-15')",
    "INSERT INTO note_version (id, note_id, version_no, saved_at, snapshot)"
    " VALUES (1, 1, 1, '2025-01-15', '{}')",
    "INSERT INTO store_setting (key, value) VALUES ('our_delegation_code', 'TH')",
)


def _old_team_store(url: str) -> None:
    """A team store as version 0001 of the schema left it, with data in it."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn, conn.begin():
        migrate.upgrade_in(conn, "0001_initial")
        for sql in OLD_ROWS:
            conn.execute(text(sql))
    engine.dispose()


def test_opening_an_old_team_store_upgrades_it_with_its_data(pg_url: str) -> None:
    _old_team_store(pg_url)
    with PgStore.open(Locator.parse(pg_url)) as store:
        assert store.revision() == migrate.HEAD_REVISION
        services = Services.for_store(store, actor="tester")
        assert [n.text for n in services.notes.notes(1)] == [
            "Việt Nam ủng hộ khuôn khổ quản trị dữ liệu số"
        ]
        # 0006 moved the tags into the ADM 2025, under their Desired Outcome.
        assert services.agenda.item(1).tags == ("ADM2025 EA 3.2",)
        # The index covers what was there, and the sequences are past every id.
        assert [(h.kind, h.ref_id) for h in services.search.search("Viet Nam").hits] == [
            ("note", 1)
        ]
        with store.engine.connect() as conn:
            assert sequences_behind(conn) == []
            since = conn.exec_driver_sql(
                "SELECT value FROM store_setting WHERE key = 'approvals_signed_since'"
            ).scalar()
            assert since and since[:4].isdigit()  # 0016: approvals before it are marked
            default = conn.exec_driver_sql(
                "SELECT column_default FROM information_schema.columns "
                "WHERE table_name = 'audit_entry' AND column_name = 'id'"
            ).scalar()
        assert default is None  # audit ids are the chain's, never a sequence's
        new = services.notes.add(1, "Thailand supports the framework")
        assert new.id == 2
        assert [h.ref_id for h in services.search.search("framework").hits] == [2]
        assert services.store_info.check().ok
        assert services.audit.verify().ok
        # 0011: no members yet; the owner opened it, as nobody's login.
        assert services.team.members() == [] and services.team.signed_in() is None


def test_models_match_the_migrations_on_postgresql(pg_url: str) -> None:
    """Autogenerate finds nothing to do on the server either (the search table aside)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from adgsom_desktop.services.store_setup import create_store

    create_store(pg_url).close()
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    diffs = [d for d in diffs if "search_doc" not in repr(d)]
    assert diffs == []


PARTIAL = {
    "ix_note_meeting_time": "deleted_at IS NULL",
    "ix_note_meeting_speaker": "deleted_at IS NULL",
    "ix_speaker_request_open": "ended_at IS NULL",
}


def test_partial_indexes_keep_their_predicate_on_postgresql(pg_url: str) -> None:
    """#13: the models name their partial indexes' predicate for SQLite only, so that a
    file store never loads SQLAlchemy's PostgreSQL dialect; on the server the migrations
    create them partial, and a team store's engine gives the models the same predicate."""
    from sqlalchemy.schema import CreateIndex

    from adgsom_desktop.services.store_setup import create_store
    from adgsom_desktop.storage.pg_connect import make_engine

    create_store(pg_url).close()
    engine = make_engine(Locator.parse(pg_url))
    with engine.connect() as conn:
        made = dict(
            conn.execute(
                text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY(:n)"),
                {"n": list(PARTIAL)},
            ).all()
        )
    engine.dispose()
    assert sorted(made) == sorted(PARTIAL)
    indexes = {i.name: i for t in Base.metadata.tables.values() for i in t.indexes}
    for name, where in PARTIAL.items():
        assert made[name].endswith(f"WHERE ({where})")  # on the server, by the migrations
        ddl = str(CreateIndex(indexes[name]).compile(dialect=engine.dialect))
        assert ddl.endswith(f"WHERE {where}"), ddl  # in the models, as the engine sees them
