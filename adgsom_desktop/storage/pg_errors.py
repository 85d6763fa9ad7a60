"""What the team store's server said, in the app's terms (``pg_store``'s errors).

``classify`` maps a psycopg / SQLAlchemy error to a ``storage.backend.Failure``
(busy, conflict, sign-in, disk, damage, unreachable); ``words`` says why the server
could not be used, for the message shown when a store does not open;
``upgrade_refused`` who may upgrade a store a member's login may not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..domain.locator import Locator
from ..i18n.messages import Message
from .backend import Failure

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
        Message(
            "the server's certificate is made out for another host name: connect with the "
            "name it was issued for"
        ),
    ),
    (
        "root certificate file",
        Message("the CA file given (sslrootcert) cannot be read: check its path"),
    ),
    (
        "certificate verify failed",
        Message(
            "the server's certificate could not be verified with the CA file given "
            "(sslrootcert): ask your administrator for the right one"
        ),
    ),
    (
        "server does not support ssl",
        Message(
            "the server does not take encrypted (TLS) connections, and this address requires "
            "them (sslmode)"
        ),
    ),
    ("ssl error", Message("the encrypted (TLS) connection failed")),
)


def _tls_trouble(said: str) -> Message | None:
    lowered = said.lower()
    for clue, words in _TLS:
        if clue in lowered:
            return words
    return None


def words(locator: Locator, exc: BaseException) -> Message:
    """Why the server could not be used, in words (the server's own text after it)."""
    kind = classify(exc)
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    said: object = (
        Message(" (the server said: {said})", said=detail[0].rstrip(".")) if detail else ""
    )
    tls = _tls_trouble(detail[0]) if detail else None
    display = locator.display
    if tls is not None:
        return Message(
            "No connection to {display}: {tls}{said}. Nothing was sent.",
            display=display,
            tls=tls,
            said=said,
        )
    if kind is Failure.AUTH:
        return Message(
            "The server refused the sign-in to {display}{said}. Check the user name, "
            "and the password in PGPASSWORD or ~/.pgpass.",
            display=display,
            said=said,
        )
    if kind is Failure.UNREACHABLE:
        return Message(
            "No team store could be reached at {display}{said}. Is the server "
            "running, and the network up?",
            display=display,
            said=said,
        )
    return Message(
        "The team store at {display} could not be opened{said}.", display=display, said=said
    )


def upgrade_refused(engine: Any, locator: Locator) -> Message:
    """A member's login opened a team store that needs a migration only its owner may
    run (its schema is the owner's): who to ask, in words."""
    owner = ""
    try:
        with engine.connect() as conn:
            owner = str(
                conn.exec_driver_sql(
                    "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename = 'alembic_version'"
                ).scalar()
                or ""
            )
    except Exception:  # the words without the owner's name, then
        owner = ""
    if owner:
        return Message(
            "The team store at {display} needs an upgrade for this version of the app that "
            "only its owner may run: ask its owner ({owner}) or your administrator to open "
            "it once with the owner's sign-in. Nothing was changed.",
            display=locator.display,
            owner=owner,
        )
    return Message(
        "The team store at {display} needs an upgrade for this version of the app that only "
        "its owner may run: ask your administrator to open it once with the owner's "
        "sign-in. Nothing was changed.",
        display=locator.display,
    )
