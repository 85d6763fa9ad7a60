"""Errors a user may meet, each with a message fit to show as is.

Every layer raises these (or subclasses) for expected failures; the GUI shows
``str(error)`` in a message box and the CLI prints it and exits non-zero.  No
traceback is ever shown for an ``AppError``.
"""

from __future__ import annotations


class AppError(Exception):
    """Base for expected, user-facing failures."""

    exit_code = 1


class ValidationError(AppError):
    """Bad input in a field: nothing was written."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(AppError):
    pass


class ConflictError(AppError):
    """The data changed underneath the action (e.g. edited elsewhere)."""


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
