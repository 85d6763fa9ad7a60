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
"""

from __future__ import annotations

import logging
import select
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, NoReturn

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.locator import Locator
from ..errors import (
    NotAStoreError,
    NotSupportedError,
    StoreCorruptError,
    StoreError,
    StoreTooNewError,
)
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
from .engine import WRITE_OPTION
from .pg_feed import PgFeed
from .pg_search import PgSearch
from .pg_team import PgRoles, signed_in

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 8
APPLICATION_NAME = "adgsom-desktop"
MIGRATION_LOCK = "migrate"

# SQLSTATE -> what it means for the user (the rest: not the store's fault).
_STATES: dict[str, Failure] = {
    "40001": Failure.BUSY,
    "40P01": Failure.BUSY,
    "55P03": Failure.BUSY,
    "57014": Failure.BUSY,
    "23505": Failure.CONFLICT,
    "28000": Failure.AUTH,
    "28P01": Failure.AUTH,
    "42501": Failure.AUTH,
    "53100": Failure.DISK,
    "25006": Failure.DISK,
    "XX001": Failure.DAMAGED,
    "XX002": Failure.DAMAGED,
}


# What libpq says when the server refused the sign-in itself (no SQLSTATE on connect).
_REFUSED = (
    "password authentication failed",
    "no password supplied",
    "is not permitted to log in",
    "permission denied for database",
    'role "',  # role "x" does not exist
    "no pg_hba.conf entry",
    "authentication failed",
)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__


def classify(exc: BaseException) -> Failure | None:
    from sqlalchemy.orm.exc import StaleDataError

    for e in _chain(exc):
        if isinstance(e, StaleDataError):
            return Failure.CONFLICT
        state = getattr(e, "sqlstate", None)
        if isinstance(state, str) and state:
            if state in _STATES:
                return _STATES[state]
            if state.startswith("08") or state.startswith("57P"):
                return Failure.UNREACHABLE
            if state.startswith("53"):
                return Failure.DISK
        if type(e).__module__.startswith("psycopg") and type(e).__name__ == "OperationalError":
            # No SQLSTATE: the connection itself failed; libpq's words tell a refused
            # sign-in (a wrong password, a removed member, another store's login) apart.
            said = str(e).lower()
            if any(words in said for words in _REFUSED):
                return Failure.AUTH
            return Failure.UNREACHABLE
    return None


# What libpq says when TLS failed (sslmode=verify-ca/verify-full, sslrootcert), and what
# the user should check then: the connection was refused before anything was sent.
_TLS = (
    (
        "does not match host name",
        "the server's certificate is made out for another host name: connect with the "
        "name it was issued for",
    ),
    (
        "root certificate file",
        "the CA file given (sslrootcert) cannot be read: check its path",
    ),
    (
        "certificate verify failed",
        "the server's certificate could not be verified with the CA file given "
        "(sslrootcert): ask your administrator for the right one",
    ),
    (
        "server does not support ssl",
        "the server does not take encrypted (TLS) connections, and this address requires "
        "them (sslmode)",
    ),
    ("ssl error", "the encrypted (TLS) connection failed"),
)


def _tls_trouble(said: str) -> str | None:
    lowered = said.lower()
    for clue, words in _TLS:
        if clue in lowered:
            return words
    return None


def _words(locator: Locator, exc: BaseException) -> str:
    """Why the server could not be used, in words (the server's own text after it)."""
    kind = classify(exc)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    said = f" (the server said: {detail[0].rstrip('.')})" if detail else ""
    tls = _tls_trouble(detail[0]) if detail else None
    if tls is not None:
        return f"No connection to {locator.display}: {tls}{said}. Nothing was sent."
    if kind is Failure.AUTH:
        return (
            f"The server refused the sign-in to {locator.display}{said}. Check the user name, "
            "and the password in PGPASSWORD or ~/.pgpass."
        )
    if kind is Failure.UNREACHABLE:
        return (
            f"No team store could be reached at {locator.display}{said}. Is the server "
            "running, and the network up?"
        )
    return f"The team store at {locator.display} could not be opened{said}."


def make_engine(locator: Locator) -> Engine:
    url = make_url(locator.connect_url).set(drivername="postgresql+psycopg")
    engine = create_engine(
        url,
        pool_size=4,
        max_overflow=6,
        # No ping before each use (a round trip per transaction): a connection the server
        # or the network dropped fails its statement, SQLAlchemy then drops the whole pool
        # and the next try (an editor's retry) connects anew; idle ones are renewed.
        pool_recycle=900,
        hide_parameters=True,  # messages and logs never carry note text or briefs
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": APPLICATION_NAME,
        },
    )

    @event.listens_for(engine, "connect")
    def _session_settings(dbapi: Any, _record: Any) -> None:
        with dbapi.cursor() as cur:  # times in UTC, like the file's naive UTC datetimes
            cur.execute("SET TIME ZONE 'UTC'")
        dbapi.commit()

    @event.listens_for(engine, "checkout")
    def _alive(dbapi: Any, _record: Any, _proxy: Any) -> None:
        if not connection_alive(dbapi):
            # The pool drops it and hands out another, connecting anew when needed: a
            # read or a write after a server restart or an ended session just works.
            raise DisconnectionError("the server ended this connection")

    return engine


def connection_alive(dbapi: Any) -> bool:
    """Is this idle pooled connection still open?  No round trip: a server that restarted
    or ended the session (``pg_terminate_backend``) has said so on the socket, which then
    reads as ready; the waiting bytes are consumed and the connection's state tells."""
    try:
        pgconn = dbapi.pgconn
        if dbapi.closed or pgconn.status != 0:  # 0: CONNECTION_OK
            return False
        for _ in range(4):  # a FATAL message, then the end of the stream
            ready, _w, _x = select.select([pgconn.socket], [], [], 0)
            if not ready:
                return bool(pgconn.status == 0)
            pgconn.consume_input()  # at the end of the stream: raises
        return False  # still talking to an idle connection: not to be trusted
    except Exception:  # any failure to look: not usable
        return False


class _Sessions:
    """One Session per user action (as ``engine.SessionFactory`` for the file)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        # Marked as the file's write sessions are (``engine.WRITE_OPTION``): a listener can
        # tell reads from writes whatever the engine.
        self._write = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._write() as session, session.begin():
            yield session

    def write_driver(self) -> AbstractContextManager[driver_sql.DriverTx]:
        # psycopg opens the transaction with the first statement (not in autocommit).
        return driver_sql.transaction(self._engine, None)


class PgStore(CloseHooks):
    """An open team store.  Close it when done."""

    capabilities = SERVER_CAPABILITIES
    dialect = "postgresql"
    encrypted = False  # on the wire: the server's TLS; at rest: the server's disks

    def __init__(self, locator: Locator, engine: Engine) -> None:
        self.locator = locator
        self.engine = engine
        self.sessions = _Sessions(engine)
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
                    f"{locator.display} holds no ADGSOM Desktop store. Create one in an empty "
                    f"database: adgsom-desktop team init --store {locator.display}"
                )
            if revision not in migrate.KNOWN_REVISIONS:
                raise StoreTooNewError(
                    f"The team store at {locator.display} was written by a newer version of "
                    f"ADGSOM Desktop (schema {revision}): update the app to open it."
                )
            if revision != migrate.HEAD_REVISION:
                log.info("%s: upgrading from %s", locator.display, revision)
                migrate.upgrade(engine)
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
                    f"The database {locator.display} is not empty ({len(tables)} table(s): "
                    f"{shown}): a team store is created only in an empty database. Create one "
                    "(createdb) or choose another."
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
                    f"{locator.display} holds tables that are not an ADGSOM Desktop store: "
                    "they were left as they are."
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
                problems.append(f"extension(s) missing: {', '.join(missing)}")
            bad = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_constraint AS c JOIN pg_namespace AS n "
                "ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                "AND NOT c.convalidated"
            ).scalar()
            if bad:
                problems.append(f"{bad} constraint(s) not validated")
            else:
                details.append("Constraints: every foreign key and unique rule holds")
            behind = sequences_behind(conn)
            if behind:
                what = f"id generator(s) behind their table: {', '.join(behind)}"
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
        seq = _sequence(conn, table)
        top = int(conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar())
        if seq is None:
            return top + 1
        used = _used(conn, seq)
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
            f"The team store at {self.locator.display} reports damaged data "
            f"({self.damaged}): nothing more is written from this app. Ask the server's "
            "administrator to restore it."
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


# -- helpers ------------------------------------------------------------------------------


def _connect_or_say(engine: Engine, locator: Locator) -> Any:
    try:
        return engine.connect()
    except Exception as exc:
        raise StoreError(_words(locator, exc)) from exc


def _revision(engine: Engine, locator: Locator) -> str | None:
    with _connect_or_say(engine, locator) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def _tables(engine: Engine, locator: Locator) -> list[str]:
    with _connect_or_say(engine, locator) as conn:
        return list(inspect(conn).get_table_names())


def _sequence(conn: Any, table: str) -> str | None:
    found = conn.exec_driver_sql(
        "SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": f'"{table}"'}
    ).scalar()
    return None if found is None else str(found)


def _used(conn: Any, seq: str) -> int:
    """The highest value ``seq`` has handed out (0: none yet)."""
    row = conn.exec_driver_sql(f"SELECT last_value, is_called FROM {seq}").fetchone()
    return int(row[0]) if row[1] else int(row[0]) - 1


def _id_tables(conn: Any) -> list[str]:
    """Tables whose ``id`` takes its values from a sequence of its own (serial)."""
    rows = conn.exec_driver_sql(
        "SELECT t.relname FROM pg_class AS s "
        "JOIN pg_depend AS d ON d.objid = s.oid AND d.deptype IN ('a', 'i') "
        "JOIN pg_class AS t ON t.oid = d.refobjid "
        "JOIN pg_attribute AS a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid "
        "JOIN pg_namespace AS n ON n.oid = t.relnamespace "
        "WHERE s.relkind = 'S' AND a.attname = 'id' AND n.nspname = current_schema() "
        "ORDER BY t.relname"
    ).fetchall()
    return [str(r[0]) for r in rows]


def sequences_behind(conn: Any) -> list[str]:
    """Tables whose next id would collide with a row they hold."""
    out = []
    for table in _id_tables(conn):
        seq = _sequence(conn, table)
        top = conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar()
        if seq is not None and int(top) > _used(conn, seq):
            out.append(table)
    return out


def resync(conn: Any, tables: Iterable[str] | None = None) -> None:
    """Move each table's id sequence past its highest id (never backwards: an id once
    used is not handed out again, as a deleted record's id may still be named)."""
    for table in tables if tables is not None else _id_tables(conn):
        seq = _sequence(conn, table)
        if seq is None:
            continue
        top = int(conn.exec_driver_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').scalar())
        value = max(top, _used(conn, seq))
        if value > 0:
            conn.exec_driver_sql("SELECT setval(%(seq)s, %(v)s, true)", {"seq": seq, "v": value})
