"""Schema migrations (Alembic), run on open after a backup of the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# The newest revision this version of the app knows.  A test checks it is
# Alembic's head, so opening a current store never has to import Alembic.
HEAD_REVISION = "0024_one_login"
KNOWN_REVISIONS = (
    "0001_initial",
    "0002_search_index",
    "0003_meeting_days",
    "0004_room_indexes",
    "0005_programme",
    "0006_cooperation_tracker",
    "0007_outcome_documents",
    "0008_outcomes_for_ministers",
    "0009_several_writers",
    "0010_pack_audiences",
    "0011_reports_in_register",
    "0012_note_speaker_index",
    "0013_meeting_members",
    "0014_meeting_documents",
    "0015_travelling_records",
    "0016_team_members",
    "0017_list_of_speakers",
    "0018_register_travels",
    "0019_position_navigation_index",
    "0020_brief_bases",
    "0021_tripkeys",
    "0022_sealed_keys",
    "0023_own_pins",
    "0024_one_login",
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(engine: Any, target: str = "head") -> None:
    """Bring the store's schema to ``target``: the same scripts for both engines."""
    from alembic import command

    if engine.dialect.name == "postgresql":
        with engine.connect() as connection, connection.begin():
            upgrade_in(connection, target)
        return
    # Foreign keys off while tables are rebuilt: SQLite's batch "copy and move"
    # would otherwise fire ON DELETE CASCADE when the old table is dropped.
    with engine.connect() as connection:
        dbapi = connection.connection.driver_connection  # outside any transaction
        dbapi.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration broke foreign keys: {problems[:5]}")
        finally:
            dbapi.execute("PRAGMA foreign_keys = ON")


def script_heads() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)
    return tuple(ScriptDirectory.from_config(cfg).get_heads())


def script_revisions() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)
    return tuple(r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions())


def upgrade_in(connection: Any, target: str = "head") -> None:
    """PostgreSQL: migrate inside the caller's transaction (DDL is transactional there:
    a failed migration leaves the schema as it was), one app at a time (an advisory
    lock, so two members opening an older store do not both migrate it), then move
    the id sequences past the ids the scripts wrote (seeded frameworks and tags)."""
    from alembic import command

    from .pg_store import MIGRATION_LOCK, resync

    connection.exec_driver_sql(
        "SELECT pg_advisory_xact_lock(hashtext(%(n)s))", {"n": f"adgsom:{MIGRATION_LOCK}"}
    )
    command.upgrade(alembic_config(connection), target)
    resync(connection)
