"""The storage seam: what the services need of a store, whatever engine holds it.

Two backends implement ``Backend``: the SQLite file (``store.Store``, the embedded
default, one writer at a time) and the team store on a PostgreSQL server
(``pg_store.PgStore``, several writers).  The services see only this interface:
read and write sessions, what the store can do (``capabilities``), why something
failed (``classify``), a health check, the search index, the change feed, and the
few whole-store tools a correct writer needs (``lock``, ``reserve_ids``,
``resync_ids``).  File-only operations (passphrase, file backups, salvage) are
reached through ``files()``, which refuses a store without the capability with
``NotSupportedError`` (exit 2 in the CLI).

Opening is by ``Locator`` (a path or a ``postgresql://`` URL): ``open_backend``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from ..domain.locator import Locator
from ..errors import NotSupportedError
from ..i18n.messages import Message

if TYPE_CHECKING:
    from .driver_sql import DriverTx
    from .search_index import ParsedQuery, RawHit
    from .store import Store

log = logging.getLogger(__name__)


class Capability(StrEnum):
    PASSPHRASE = "passphrase"  # encrypted with a passphrase: encrypt, change it, unlock
    FILE_BACKUPS = "file backups"  # backup files beside the store, restore from them
    SALVAGE = "salvage"  # a readable copy of a damaged file, row by row
    DAMAGED_READ_ONLY = "damaged read-only"  # a damaged file opens read-only
    SHARED = "shared"  # several people write at once (a team store on a server)
    SIGN_IN = "sign in"  # each member signs in with a login of their own (#15)


FILE_CAPABILITIES = frozenset(
    {
        Capability.PASSPHRASE,
        Capability.FILE_BACKUPS,
        Capability.SALVAGE,
        Capability.DAMAGED_READ_ONLY,
    }
)
SERVER_CAPABILITIES = frozenset({Capability.SHARED, Capability.SIGN_IN})


class Failure(StrEnum):
    """Why an operation on the store failed, as far as the engine tells."""

    DAMAGED = "damaged"  # the data cannot be read (a damaged page, a corrupt index)
    DISK = "disk"  # full, read-only or gone
    BUSY = "busy"  # someone else holds what is needed: try again
    CONFLICT = "conflict"  # changed by someone else meanwhile (a row version, a unique number)
    AUTH = "auth"  # the server refused the sign-in, or a right is missing
    UNREACHABLE = "unreachable"  # no server at that address, or the connection was lost


@dataclass(frozen=True)
class BackendInfo:
    locator: Locator
    engine: str  # "SQLite 3.46.1 (SQLCipher 4.6.1)", "PostgreSQL 15.18"
    encrypted: bool
    size_bytes: int | None  # the file, or the database on the server
    revision: str | None  # the schema's Alembic revision


@dataclass(frozen=True)
class Health:
    """The engine's own check: ``damaged`` says the data cannot be read; ``sound`` False
    that the engine found problems (no app-level repair is attempted then)."""

    problems: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    damaged: str | None = None
    fixed: tuple[str, ...] = ()
    sound: bool = True


class SearchIndex(Protocol):
    """The full-text index of one engine (SQLite FTS5 trigram; PostgreSQL pg_trgm)."""

    def parse(self, text: str) -> ParsedQuery: ...

    def search(
        self,
        conn: Any,
        query: ParsedQuery,
        *,
        limit: int = 50,
        kinds: tuple[str, ...] = (),
        meeting_id: int | None = None,
    ) -> list[RawHit]: ...

    def suspend(self, conn: Any) -> None:
        """Stop keeping the index in step (a bulk load follows; ``resume`` rebuilds)."""

    def resume(self, conn: Any) -> None: ...

    def rebuild(self, conn: Any) -> None: ...

    def rows(self, conn: Any) -> tuple[int, int]:
        """(rows in the index, rows a complete index holds)."""

    def verify(self, conn: Any) -> str | None:
        """The engine's own check of the index: None if sound, else what is wrong."""


class ChangeFeed(Protocol):
    """Tells other sessions what a write changed (payloads are short JSON texts).

    SQLite: one process writes, the in-process change bus is the whole feed
    (``announce`` does nothing).  PostgreSQL: ``pg_notify`` inside the write's
    transaction (delivered on commit only) and one listening thread.
    """

    def announce(self, conn: Any, payload: str) -> None: ...

    def listen(self, deliver: Callable[[str], None]) -> Callable[[], None]:
        """Call ``deliver(payload)`` (on the feed's thread) for every other session's
        announcement; returns a function that stops listening."""


class LocalFeed:
    """The feed of a store only this process writes: nothing crosses a process."""

    def announce(self, conn: Any, payload: str) -> None:
        return None

    def listen(self, deliver: Callable[[str], None]) -> Callable[[], None]:
        return lambda: None


@dataclass(frozen=True)
class SignedIn:
    """The team member a team store's session is signed in as (``Backend.signed_in``)."""

    login_role: str  # the server's login role, e.g. "th_adgsom_somchai"
    person_id: int | None  # the person of our delegation it belongs to
    name: str  # their full name: what the audit log and the history record
    role: str  # head, alternate, member, reader


class TeamRoles(Protocol):
    """The login and group roles of a team store's members (``pg_team``)."""

    def valid_login(self, login: str) -> bool: ...

    def login_role(self, conn: Any, login: str) -> str: ...

    def secure(self, conn: Any) -> None:
        """Groups, grants and the rules the server keeps (idempotent; the owner's)."""

    def create_login(self, conn: Any, role: str, group: str, password: str) -> None: ...

    def remove_login(self, conn: Any, role: str) -> None: ...

    def end_sessions(self, role: str) -> int:
        """End ``role``'s open sessions; how many (-1: not allowed to)."""

    def head_add_login(
        self, conn: Any, login: str, group: str, password: str, person_id: int, role: str
    ) -> str:
        """A signed-in head adds a member (the owner's function; the member's row too)."""

    def head_remove_login(self, conn: Any, login: str) -> None: ...

    def head_end_sessions(self, login: str) -> int: ...


class Backend(Protocol):
    """An open store.  Close it when done."""

    @property
    def locator(self) -> Locator: ...

    @property
    def capabilities(self) -> frozenset[Capability]: ...

    @property
    def search(self) -> SearchIndex: ...

    @property
    def feed(self) -> ChangeFeed: ...

    @property
    def damaged(self) -> str | None:
        """What the engine said when damage was found (nothing is written then)."""

    @property
    def interrupted(self) -> tuple[str, ...]:
        """Kinds of operation that opening found interrupted (and undid)."""

    @property
    def closed(self) -> bool: ...

    @property
    def encrypted(self) -> bool: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql`` (for the few statements written per engine)."""

    def read(self) -> AbstractContextManager[Session]: ...

    def write(self) -> AbstractContextManager[Session]:
        """A write transaction: committed on normal exit, rolled back on any error."""

    def write_driver(self) -> AbstractContextManager[DriverTx]:
        """The same on the DB-API connection, for the hot writes' prepared statements
        (``driver_sql``: compiled once per dialect, no SQLAlchemy execute layer)."""

    def info(self) -> BackendInfo: ...

    def revision(self) -> str | None: ...

    def classify(self, exc: BaseException) -> Failure | None: ...

    def damage_in(self, exc: BaseException) -> str | None:
        """The engine's words when ``exc`` says the data is damaged, else None."""

    def health(self, *, repair: bool = False) -> Health: ...

    def lock(self, conn: Any, name: str, key: int = 0) -> None:
        """Hold a whole-store lock named ``name`` (and ``key``) until the transaction
        ends: writers that number or chain things take it first (SQLite's single
        writer holds every lock already)."""

    def reserve_ids(self, conn: Any, table: str, count: int) -> int:
        """The first of ``count`` consecutive free ids of ``table`` that no other
        writer will take (a bulk load with explicit ids); ``resync_ids`` after it."""

    def resync_ids(self, conn: Any, tables: Iterable[str] | None = None) -> None:
        """Set the id generators past the highest id (after explicit ids)."""

    def on_damaged(self, listener: Callable[[Any], None]) -> Callable[[], None]: ...

    def mark_damaged(self, detail: str) -> Exception: ...

    def refuse_if_damaged(self) -> None: ...

    def files(self) -> Store:
        """The file operations (passphrase, backups, salvage) of a file store."""

    def signed_in(self) -> SignedIn | None:
        """The team member this store is open as (None: a file, or a login that is no
        member, such as the store's owner)."""

    def roles(self) -> TeamRoles:
        """Its members' login roles (a team store; a file refuses)."""

    def on_close(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` as the store closes, before its connections go."""

    def close(self) -> None: ...


class CloseHooks:
    """``Backend.on_close`` for both backends: what must end with the store (the audit
    anchor's timer) is called off by the close itself, whoever closes it."""

    _close_listeners: list[Callable[[], None]] | None = None

    def on_close(self, listener: Callable[[], None]) -> None:
        if self._close_listeners is None:
            self._close_listeners = []
        self._close_listeners.append(listener)

    def _run_close_hooks(self) -> None:
        listeners, self._close_listeners = self._close_listeners or [], None
        for listener in listeners:
            try:
                listener()
            except Exception:  # a failing listener never keeps the store open
                log.exception("a close listener failed")


def require(backend: Backend, capability: Capability, what: str) -> None:
    """Refuse ``what`` on a store that cannot do it (``NotSupportedError``, exit 2)."""
    if capability not in backend.capabilities:
        raise NotSupportedError(unsupported(backend.locator, what))


def unsupported(locator: Locator, what: str) -> Message:
    """``what`` (an action, in English: a command's words) refused on ``locator``."""
    if locator.is_server:
        return Message(
            "{what} is only for a store file on this computer, not for a team store on a "
            "server ({display}). The server keeps it: ask its administrator (a team store's "
            "backup is a sealed pg_dump archive: adgsom-desktop backup --store URL; its access "
            "is the server's sign-in).",
            what=what[:1].upper() + what[1:],
            display=locator.display,
        )
    return Message(
        "{what} is only for a store file on this computer, not for this store ({display}).",
        what=what[:1].upper() + what[1:],
        display=locator.display,
    )


def open_backend(
    locator: Locator | str,
    passphrase: str | None = None,
    *,
    read_only_if_damaged: bool = False,
) -> Backend:
    """Open the store named by ``locator`` (see ``Store.open`` / ``PgStore.open``)."""
    locator = Locator.parse(locator)
    if locator.is_server:
        from .pg_store import PgStore

        return PgStore.open(locator)
    from .store import Store

    return Store.open(locator.file_path(), passphrase, read_only_if_damaged=read_only_if_damaged)


def create_backend(
    locator: Locator | str,
    passphrase: str | None = None,
    fill: Callable[[Session], None] | None = None,
    mode: int | None = None,
) -> Backend:
    """A new store at ``locator``, its schema and ``fill(session)`` written whole: a file
    (built under a temporary name; encrypted with ``passphrase``; ``mode``: its
    permissions once in place) or a team store (one transaction in an empty database; a
    passphrase is refused)."""
    locator = Locator.parse(locator)
    if locator.is_server:
        if passphrase is not None:
            raise NotSupportedError(unsupported(locator, "encrypting with a passphrase"))
        from .pg_store import PgStore

        return PgStore.create(locator, fill)
    from .store import Store

    return Store.create(locator.file_path(), passphrase, fill, mode)


class Presence(Protocol):
    """Who shows which brief, kept by a team store's server (``pg_presence``)."""

    def enter(self, item_id: int | None, notice: str = "") -> None: ...

    def editors(self) -> dict[int, tuple[str, ...]]: ...

    def close(self) -> None: ...


def open_presence(backend: Backend, name: str, session_id: str) -> Presence | None:
    """This app's presence on ``backend`` as ``name``; None for a file (nobody else)."""
    if not backend.locator.is_server:
        return None
    from .pg_presence import PgPresence

    return PgPresence(backend.locator, name, session_id)
