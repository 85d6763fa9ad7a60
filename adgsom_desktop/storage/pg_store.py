"""The team store: one PostgreSQL database per delegation store, several writers at once.

The ``storage.backend.Backend`` for a ``postgresql://`` locator, through psycopg 3.
What differs from the SQLite file, and why:

- **Transactions** are READ COMMITTED; correctness with several writers comes from
  the services (a row read for update is locked with ``FOR UPDATE``, numbers are
  taken under a lock and guarded by unique constraints) and from ``lock``: a
  transaction-scoped advisory lock (``pg_advisory_xact_lock``) per name, e.g. the
  audit chain's.
- **Ids**: the server's sequences; explicit ids (a bulk import, an undone deletion)
  reserve a block first (``reserve_ids``) and move the sequences past them after
  (``resync_ids``), as the migrations do after seeding.
- **Schema**: the same Alembic scripts as the file; ``create`` runs them in an empty
  database (``team init``), ``open`` upgrades an older one under an advisory lock
  (one member's app migrates, the others wait).  Backups are the server's (pg_dump):
  no file operation is offered (``capabilities``).
- **Search**: ``pg_search`` (pg_trgm + unaccent).  **Changes**: ``pg_feed``.
- **Parts**: connections in ``pg_connect``, error meanings in ``pg_errors``, id
  sequences in ``pg_ids``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, NoReturn

from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session

from ..domain.locator import Locator
from ..errors import (
    NotAStoreError,
    NotSupportedError,
    StoreCorruptError,
    StoreError,
    StoreTooNewError,
)
from ..i18n.messages import counted
from . import driver_sql, migrate
from .backend import (
    SERVER_CAPABILITIES,
    BackendInfo,
    CloseHooks,
    Failure,
    Health,
    SignedIn,
    unsupported,
)
from .pg_connect import APPLICATION_NAME, CONNECT_TIMEOUT_S, Sessions, make_engine
from .pg_errors import classify, upgrade_refused, words
from .pg_feed import PgFeed
from .pg_ids import resync, sequence_of, sequences_behind, used_value
from .pg_search import PgSearch
from .pg_team import PgRoles, signed_in

log = logging.getLogger(__name__)

MIGRATION_LOCK = "migrate"
# Named here as before the split (importers, tests).
__all__ = [
    "APPLICATION_NAME",
    "CONNECT_TIMEOUT_S",
    "MIGRATION_LOCK",
    "PgStore",
    "classify",
    "make_engine",
    "resync",
    "sequences_behind",
]


class PgStore(CloseHooks):
    """An open team store.  Close it when done."""

    capabilities = SERVER_CAPABILITIES
    dialect = "postgresql"
    encrypted = False  # on the wire: the server's TLS; at rest: the server's disks

    def __init__(self, locator: Locator, engine: Engine) -> None:
        self.locator = locator
        self.engine = engine
        self.sessions = Sessions(engine)
        self.search = PgSearch()
        self.feed = PgFeed(locator)
        self.damaged: str | None = None
        self.interrupted: tuple[str, ...] = ()
        self._closed = False
        self._listeners: list[Callable[[Any], None]] = []
        self._guard = threading.Lock()

    # -- lifecycle ----------------------------------------------------------------------
    @classmethod
    def open(cls, locator: Locator) -> PgStore:
        """Open the team store at ``locator``: a database holding an ADGSOM store, migrated
        to this version's schema first when older (under a lock: one app migrates)."""
        engine = make_engine(locator)
        try:
            revision = _revision(engine, locator)
            if revision is None:
                raise NotAStoreError(
                    "{locator_display} holds no ADGSOM Desktop store. Create one in an empty "
                    "database: adgsom-desktop team init --store {locator_display}",
                    locator_display=locator.display,
                )
            if revision not in migrate.KNOWN_REVISIONS:
                raise StoreTooNewError(
                    "The team store at {locator_display} was written by a newer version of "
                    "ADGSOM Desktop (schema {revision}): update the app to open it.",
                    locator_display=locator.display,
                    revision=revision,
                )
            if revision != migrate.HEAD_REVISION:
                log.info("%s: upgrading from %s", locator.display, revision)
                _upgrade(engine, locator)
        except BaseException:
            engine.dispose()
            raise
        return cls(locator, engine)

    @classmethod
    def create(cls, locator: Locator, fill: Callable[[Session], None] | None = None) -> PgStore:
        """A new team store in the empty database at ``locator`` (``team init``): the
        schema, then ``fill(session)``, all in one transaction: a failure leaves the
        database as empty as it was.  A database holding tables is refused."""
        engine = make_engine(locator)
        try:
            tables = _tables(engine, locator)
            if tables:
                shown = ", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else "")
                raise StoreError(
                    "The database {locator_display} is not empty (1 table: {shown}): a team "
                    "store is created only in an empty database. Create one (createdb) or "
                    "choose another."
                    if len(tables) == 1
                    else "The database {locator_display} is not empty ({count_tables} tables: "
                    "{shown}): a team store is created only in an empty database. Create one "
                    "(createdb) or choose another.",
                    locator_display=locator.display,
                    count_tables=len(tables),
                    shown=shown,
                )
            with engine.connect() as conn, conn.begin():
                migrate.upgrade_in(conn)
                if fill is not None:
                    with Session(bind=conn) as session:
                        fill(session)
                        session.flush()
                resync(conn)
        except BaseException:
            engine.dispose()
            raise
        return cls(locator, engine)

    @classmethod
    def wipe(cls, locator: Locator) -> None:
        """Remove the ADGSOM store from the database at ``locator`` (the demo's
        ``--overwrite``): its tables, sequences and functions.  A database that holds
        something else is refused, never touched."""
        engine = make_engine(locator)
        try:
            tables = _tables(engine, locator)
            if not tables:
                return
            if _revision(engine, locator) is None:
                raise NotAStoreError(
                    "{locator_display} holds tables that are not an ADGSOM Desktop store: "
                    "they were left as they are.",
                    locator_display=locator.display,
                )
            with engine.connect() as conn, conn.begin():
                for table in tables:
                    conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
                names = conn.exec_driver_sql(
                    "SELECT p.oid::regprocedure::text FROM pg_proc AS p JOIN pg_namespace AS n "
                    "ON n.oid = p.pronamespace WHERE n.nspname = current_schema() AND "
                    "(p.proname LIKE 'search\\_%%' OR p.proname LIKE 'adgsom\\_%%')"
                ).fetchall()
                for (name,) in names:
                    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name} CASCADE")
        finally:
            engine.dispose()

    def close(self) -> None:
        if self._closed:
            return
        self._run_close_hooks()
        self._closed = True
        self.feed.close()
        self.engine.dispose()

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def read_only(self) -> bool:
        return self.damaged is not None

    # -- sessions ---------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.sessions.write() as session:
            yield session

    def write_driver(self) -> AbstractContextManager[driver_sql.DriverTx]:
        return self.sessions.write_driver()

    # -- what it is -------------------------------------------------------------------------
    def info(self) -> BackendInfo:
        with self.engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version").scalar()
            size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        engine = f"PostgreSQL {str(version).split(' ')[0]}"
        return BackendInfo(
            self.locator, engine, False, int(size or 0), None if revision is None else str(revision)
        )

    def revision(self) -> str | None:
        if self._closed:
            return None
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            return None if row is None else str(row[0])

    def classify(self, exc: BaseException) -> Failure | None:
        return classify(exc)

    def damage_in(self, exc: BaseException) -> str | None:
        if classify(exc) is Failure.DAMAGED:
            return str(getattr(exc, "orig", None) or exc).splitlines()[0].rstrip(".")
        return None

    def health(self, *, repair: bool = False) -> Health:
        """The server's side: extensions, constraints all validated, sequences ahead of
        their tables (``repair`` moves them on).  Pages are the server's to check."""
        problems: list[str] = []
        details: list[str] = []
        fixed: list[str] = []
        with self.engine.connect() as conn, conn.begin():
            version = conn.exec_driver_sql("SHOW server_version").scalar()
            details.append(f"PostgreSQL {str(version).split(' ')[0]}: connected")
            have = {
                str(r[0])
                for r in conn.exec_driver_sql("SELECT extname FROM pg_extension").fetchall()
            }
            missing = [e for e in ("pg_trgm", "unaccent") if e not in have]
            if missing:
                problems.append(
                    f"{'extension' if len(missing) == 1 else 'extensions'} missing: {', '.join(missing)}"
                )
            bad = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_constraint AS c JOIN pg_namespace AS n "
                "ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                "AND NOT c.convalidated"
            ).scalar()
            if bad:
                problems.append(f"{counted(bad, 'constraint')} not validated")
            else:
                details.append("Constraints: every foreign key and unique rule holds")
            behind = sequences_behind(conn)
            if behind:
                what = (
                    f"id generator behind its table: {behind[0]}"
                    if len(behind) == 1
                    else f"id generators behind their tables: {', '.join(behind)}"
                )
                if repair:
                    resync(conn, behind)
                    fixed.append(f"{what}: moved on")
                else:
                    problems.append(what)
            else:
                details.append("Id generators: ahead of every table")
        return Health(tuple(problems), tuple(details), None, tuple(fixed), sound=not missing)

    # -- several writers --------------------------------------------------------------------
    def lock(self, conn: Any, name: str, key: int = 0) -> None:
        conn.exec_driver_sql(
            "SELECT pg_advisory_xact_lock(hashtext(%(name)s), %(key)s)",
            {"name": f"adgsom:{name}", "key": int(key)},
        )

    def reserve_ids(self, conn: Any, table: str, count: int) -> int:
        """Lock ``table`` against other inserts until the transaction ends, and move its
        sequence past a block of ``count`` ids; returns the block's first id."""
        conn.exec_driver_sql(f'LOCK TABLE "{table}" IN SHARE ROW EXCLUSIVE MODE')
        seq = sequence_of(conn, table)
        top = int(conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar())
        if seq is None:
            return top + 1
        used = used_value(conn, seq)
        first = max(top, used) + 1
        if count > 0:
            conn.exec_driver_sql(
                "SELECT setval(%(seq)s, %(value)s, true)",
                {"seq": seq, "value": first + count - 1},
            )
        return first

    def resync_ids(self, conn: Any, tables: Iterable[str] | None = None) -> None:
        resync(conn, tables)

    # -- damage (the server's to repair; reported, never marked read-only for long) ------
    def on_damaged(self, listener: Callable[[Any], None]) -> Callable[[], None]:
        self._listeners.append(listener)

        def remove() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return remove

    def mark_damaged(self, detail: str) -> StoreCorruptError:
        with self._guard:
            first = self.damaged is None
            if first:
                self.damaged = detail
        error = self.damage_error()
        if first:
            log.error("%s is damaged: %s", self.locator.display, detail)
            for listener in list(self._listeners):
                try:
                    listener(error)
                except Exception:
                    log.exception("damage listener failed")
        return error

    def damage_error(self) -> StoreCorruptError:
        return StoreCorruptError(
            "The team store at {locator_display} reports damaged data "
            "({damaged}): nothing more is written from this app. Ask the server's "
            "administrator to restore it.",
            locator_display=self.locator.display,
            damaged=self.damaged,
        )

    def refuse_if_damaged(self) -> None:
        if self.damaged is not None:
            raise self.damage_error()

    def files(self) -> NoReturn:
        raise NotSupportedError(unsupported(self.locator, "a file operation"))

    # -- members (#15) ----------------------------------------------------------------------
    def signed_in(self) -> SignedIn | None:
        with self.engine.connect() as conn:
            return signed_in(conn)

    def roles(self) -> PgRoles:
        return PgRoles(self.engine)

    def sign_in_secret(self) -> bytes | None:
        """The password libpq signed in with (from the address, ``PGPASSWORD`` or
        ``~/.pgpass``), the key material of the outbox file (``services.outbox_file``);
        None when the sign-in used none (certificate, trust, peer)."""
        with self.engine.connect() as conn:
            dbapi = conn.connection.driver_connection
            password = None if dbapi is None else dbapi.info.password
        return password.encode("utf-8") if password else None


# -- helpers ------------------------------------------------------------------------------


def _connect_or_say(engine: Engine, locator: Locator) -> Any:
    try:
        return engine.connect()
    except Exception as exc:
        raise StoreError(words(locator, exc)) from exc


def _revision(engine: Engine, locator: Locator) -> str | None:
    with _connect_or_say(engine, locator) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def _upgrade(engine: Engine, locator: Locator) -> None:
    """Migrate the store; a login that may not (a member's: the schema is its owner's)
    is told who may, in words.  Nothing was changed: the migration is one transaction."""
    from sqlalchemy.exc import DBAPIError

    try:
        migrate.upgrade(engine)
    except DBAPIError as exc:
        if classify(exc) is not Failure.AUTH:
            raise
        raise StoreError(upgrade_refused(engine, locator)) from exc


def _tables(engine: Engine, locator: Locator) -> list[str]:
    with _connect_or_say(engine, locator) as conn:
        return list(inspect(conn).get_table_names())
