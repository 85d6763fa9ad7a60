"""Errors a user may meet, each with a message fit to show as is.

Every layer raises these (or subclasses) for expected failures; the GUI shows
``str(error)`` in a message box and the CLI prints it and exits non-zero.  No
traceback is ever shown for an ``AppError``.

A message is a message id, its English template, and the values it names:
``ValidationError("Meeting {number} has no item {code}.", number=3, code="5.1")`` (never
an f-string: the template is what the catalogue translates). ``str(error)`` is the
message in the language the GUI chose at start (``i18n.messages``), English in the CLI;
``error.english`` is always English (logs).
"""

from __future__ import annotations

import errno

from .i18n.messages import QT_TRANSLATE_NOOP, Message, render, say


class AppError(Exception):
    """Base for expected, user-facing failures."""

    exit_code = 1

    def __init__(self, message: str | Message = "", /, **values: object) -> None:
        if isinstance(message, Message):
            self.message_id, self.message_values = message.template, {**message.values, **values}
        else:
            self.message_id, self.message_values = message, values
        super().__init__(self.text("en"))

    def text(self, language: str = "") -> str:
        """The message in ``language`` (default: the interface's; the CLI's is English)."""
        return render(self.message_id, self.message_values, language)

    @property
    def english(self) -> str:
        return self.text("en")

    def __str__(self) -> str:
        return self.text()


class ValidationError(AppError):
    """Bad input in a field: nothing was written."""

    def __init__(self, message: str | Message = "", /, field: str = "", **values: object) -> None:
        super().__init__(message, **values)
        self.field = field


class NotFoundError(AppError):
    pass


class ConflictError(AppError):
    """The data changed underneath the action (e.g. edited elsewhere)."""


class NotSupportedError(AppError):
    """The operation is not for this kind of store (a file-only one on a team store)."""

    exit_code = 2


class NotPermittedError(AppError):
    """The team store's server refused a write for the signed-in member's role (a reader):
    not a passing fault, so nothing is retried (``permission_refused``)."""


class StoreError(AppError):
    """A store cannot be opened or created; the file was left unchanged."""

    exit_code = 2


class NotAStoreError(StoreError):
    pass


class StoreTooNewError(StoreError):
    pass


class StoreLockedError(StoreError):
    """Already open in another instance of the app."""


class StoreCorruptError(StoreError):
    pass


class PassphraseRequiredError(StoreError):
    """The file may be an encrypted store: a passphrase is needed."""


class WrongPassphraseError(StoreError):
    pass


class StoreNotWritableError(StoreError):
    pass


# -- why a write failed, in words ------------------------------------------------------------
#
# The one place where low-level failures to write (SQLite's result codes as text, OSError
# numbers) become words a delegate can act on.  The GUI's save markers and messages, the
# services (backups) and the command line all use it.

DISK_FULL = QT_TRANSLATE_NOOP("Errors", "the disk is full. Free some space, then try again")
DISK_WRITE = QT_TRANSLATE_NOOP(
    "Errors",
    "the disk could not be written (is it full, or was the drive removed?). "
    "Free some space or reconnect the drive, then try again",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "the store cannot be written: its drive or its file is read-only. "
    "Make it writable, then try again",
)
BUSY = QT_TRANSLATE_NOOP(
    "Errors", "the store is busy: another program is writing to it. Try again in a moment"
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "the team store's server cannot be reached (is the network up, is the server running?). "
    "Try again when it is back",
)
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "Errors",
    "the connection to the team store's server was lost (the server restarted, or the "
    "session was ended): nothing of it was saved. Try again",
)
SERVER_READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "the team store's server accepts no writes now (a read-only copy, or it is in "
    "maintenance). Try again later",
)
SIGN_IN = QT_TRANSLATE_NOOP(
    "Errors", "the team store's server refused the sign-in: check the user name and password"
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Errors", "the team store's server does not allow it for your sign-in"
)

# PostgreSQL's SQLSTATE classes and codes (the server's own words are in the log).
_PG_WORDS = {
    "53100": DISK_FULL,
    "40001": BUSY,
    "40P01": BUSY,
    "55P03": BUSY,
    "57014": BUSY,  # a statement cancelled (lock or statement timeout)
    "25006": SERVER_READ_ONLY,
    "57P01": CONNECTION_LOST,  # ended by an administrator (pg_terminate_backend) or a stop
    "57P02": CONNECTION_LOST,  # the server crashed
    "08003": CONNECTION_LOST,
    "08006": CONNECTION_LOST,
    "57P03": UNREACHABLE,
    "28000": SIGN_IN,
    "28P01": SIGN_IN,
}


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what it wraps (SQLAlchemy's ``orig``, causes, contexts)."""
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return chain


def permission_refused(exc: BaseException) -> bool:
    """Did the server refuse a write because the sign-in's role lacks the right (PostgreSQL's
    "permission denied for table ...", SQLSTATE 42501)?  A rule the server keeps with its own
    words (an aide's approval, the audit log) is not this: it says itself what is wrong."""
    for e in _causes(exc):
        if getattr(e, "sqlstate", None) == "42501":
            return str(e).strip().lower().startswith("permission denied for ")
    return False


NO_SUCH_NUMBER = QT_TRANSLATE_NOOP(
    "Errors",
    "No record has that number: records are numbered from 1 to 2147483647. Nothing was changed.",
)


def number_out_of_range(exc: BaseException) -> bool:
    """Did the engine refuse a number no INTEGER column holds (an id out of any record's
    range: PostgreSQL's "integer out of range", SQLSTATE 22003; SQLite's OverflowError
    beyond 2**63)?  Review s33 R6: the server's SQL reached the user."""
    for e in _causes(exc):
        if getattr(e, "sqlstate", None) == "22003":
            return True
        if isinstance(e, OverflowError) and "SQLite INTEGER" in str(e):
            return True
    return False


def write_failure(exc: BaseException) -> str | None:
    """Why a write failed when the medium is at fault (full, read-only, gone, busy), or None."""
    full = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
    for e in _causes(exc):
        text = str(e).lower()
        code = getattr(e, "errno", None)
        state = getattr(e, "sqlstate", None)  # a PostgreSQL error (psycopg)
        if isinstance(state, str) and state:
            if state == "42501":  # a right the member's role lacks, or a rule the server keeps
                said = str(e).strip().splitlines()
                return NOT_ALLOWED + (f" ({said[0].rstrip('.')})" if said else "")
            if state in _PG_WORDS:
                return _PG_WORDS[state]
            if state.startswith("08") or state.startswith("53"):
                return UNREACHABLE if state.startswith("08") else DISK_FULL
        if type(e).__module__.startswith("psycopg") and (
            "server closed the connection unexpectedly" in text
            or "consuming input failed" in text
            or "the connection is closed" in text
            or "the connection is lost" in text
        ):
            return CONNECTION_LOST
        if type(e).__module__.startswith("psycopg") and (
            ("connection" in text and ("refused" in text or "closed" in text or "lost" in text))
            or "could not translate host name" in text
            or "timeout expired" in text
        ):
            return UNREACHABLE
        if "disk is full" in text or "disk full" in text or code in full:
            return DISK_FULL
        if "disk i/o error" in text or code == errno.EIO:
            return DISK_WRITE
        if "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
            return READ_ONLY
        if "database is locked" in text or "database table is locked" in text:
            return BUSY
    return None


def describe_failure(exc: BaseException) -> str:
    """Why an action failed, in words, without a final full stop.

    An ``AppError`` already speaks to the user; a failure of the medium gets the
    words above; anything else points to the log.
    """
    if isinstance(exc, AppError):
        return str(exc).rstrip(".")
    words = write_failure(exc)
    if words is not None:
        return in_words(words)
    return render(UNEXPECTED, {"kind": type(exc).__name__})


UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "an unexpected error ({kind}); details are in the log")


def in_words(words: str) -> str:
    """One of the words above in the interface's language (the sign-in refusal keeps the
    server's own words after it)."""
    head, sep, said = words.partition(" (")
    if head == NOT_ALLOWED and sep:
        return f"{say(NOT_ALLOWED)} ({said}"
    return say(words)
