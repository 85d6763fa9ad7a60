"""Encryption of the open store (change passphrase, encrypt a plain store) and lock events.

Passphrases pass through these methods and are dropped: only the key derived
from them stays in memory while the store is open (``storage.keys``).
"""

from __future__ import annotations

from ..domain.passphrase import MAX_PASSPHRASE, MIN_PASSPHRASE, validate_new_passphrase
from ..errors import StoreError
from ..i18n.messages import counted
from ..storage.backend import Capability
from ..storage.store import FileError, Store
from .changes import Change, ChangeKind
from .context import ServiceContext
from .security_records import PassphraseChange

__all__ = ["MAX_PASSPHRASE", "MIN_PASSPHRASE", "SecurityService", "validate_new_passphrase"]


class SecurityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @property
    def encrypted(self) -> bool:
        return self._ctx.backend.encrypted

    @property
    def available(self) -> bool:
        """Whether this store is protected by a passphrase of its own (a store file)."""
        return Capability.PASSPHRASE in self._ctx.backend.capabilities

    def _store(self, what: str) -> Store:
        return self._ctx.files(Capability.PASSPHRASE, what)

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the open store's (constant time; nothing written)."""
        if not self.available:
            return False
        return bool(passphrase) and self._store("a passphrase").check_passphrase(passphrase)

    def change_passphrase(self, old: str, new: str, repeat: str | None = None) -> PassphraseChange:
        """Re-encrypt the store (and its backups) under a new passphrase."""
        store = self._store("changing the passphrase")
        new = validate_new_passphrase(new, repeat, old)
        if not self.encrypted:
            raise StoreError("This store is not encrypted: encrypt it first.")
        try:  # checks the current passphrase first (WrongPassphraseError, nothing changed)
            result = store.change_passphrase(old, new)
        except FileError as exc:
            raise StoreError("The passphrase could not be changed: {exc}.", exc=exc) from exc
        with self._ctx.write() as s:
            self._ctx.audit(
                s,
                "passphrase",
                "store",
                None,
                f"passphrase changed; {counted(result.backups_done, 'backup')} re-keyed"
                + (
                    f", {len(result.backups_skipped)} left as they were"
                    if result.backups_skipped
                    else ""
                ),
            )
            self._ctx.publish(Change(ChangeKind.SETTINGS))
        return PassphraseChange(result.backups_done, result.backups_skipped)

    def encrypt(self, passphrase: str, repeat: str | None = None) -> PassphraseChange:
        """Encrypt a plain store in place (and its backups)."""
        store = self._store("encrypting")
        passphrase = validate_new_passphrase(passphrase, repeat)
        if self.encrypted:
            raise StoreError("This store is already encrypted.")
        try:
            result = store.encrypt(passphrase)
        except FileError as exc:
            raise StoreError("The store could not be encrypted: {exc}.", exc=exc) from exc
        with self._ctx.write() as s:
            self._ctx.audit(
                s,
                "encrypt",
                "store",
                None,
                f"store encrypted; {counted(result.backups_done, 'backup')} encrypted",
            )
            self._ctx.publish(Change(ChangeKind.SETTINGS))
        return PassphraseChange(result.backups_done, result.backups_skipped)

    def record_lock(self, reason: str) -> None:
        """The window was locked (``reason``: 'idle' or 'on demand').

        Not recorded in a damaged store (nothing is written to it): locking and
        unlocking still work.
        """
        if self._ctx.backend.damaged is not None:
            return
        with self._ctx.write() as s:
            self._ctx.audit(s, "lock", "session", None, reason)
            self._ctx.publish(Change(ChangeKind.AUDIT))

    def unlock(self, passphrase: str) -> bool:
        """Check the passphrase to unlock the window; every attempt is audited."""
        ok = self.verify_passphrase(passphrase)
        if self._ctx.backend.damaged is not None:
            return ok
        with self._ctx.write() as s:
            self._ctx.audit(s, "unlock" if ok else "unlock-failed", "session", None, "")
            self._ctx.publish(Change(ChangeKind.AUDIT))
        return ok

    def record_unlock(self, how: str = "") -> None:
        """A plain store's window was unlocked (there is no passphrase to check)."""
        if self._ctx.backend.damaged is not None:
            return
        with self._ctx.write() as s:
            self._ctx.audit(s, "unlock", "session", None, how)
            self._ctx.publish(Change(ChangeKind.AUDIT))
