"""Keys of encrypted stores: derived once from the passphrase, never written anywhere.

SQLCipher 4 derives a page key from the passphrase with PBKDF2-HMAC-SHA512
(256,000 iterations) and the 16-byte salt at the start of the file.  That takes
a fifth of a second, and SQLCipher pays it again on *every* new connection.
The app derives the key once, here, and hands SQLCipher the raw key
(``PRAGMA key = "x'<key><salt>'"``): every further connection of the pool, every
backup and every check then opens at the speed of a plain store.

Only the derived key stays in memory while a store is open; the passphrase
itself is dropped as soon as the key is derived.  Neither is ever written to
disk, logs or settings (``repr`` hides the key).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from pathlib import Path

KDF_ITERATIONS = 256_000  # SQLCipher 4 default (cipher_default_kdf_iter)
KDF_DIGEST = "sha512"  # SQLCipher 4 default (cipher_default_kdf_algorithm)
KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True, repr=False)
class RawKey:
    """A derived SQLCipher key and the salt it belongs to."""

    key: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def pragma_value(self) -> str:
        """The value for ``PRAGMA key``/``PRAGMA rekey``/``ATTACH ... KEY``."""
        return f"\"x'{self.key.hex()}{self.salt.hex()}'\""

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` derives this key (constant-time comparison)."""
        return hmac.compare_digest(derive(passphrase, self.salt).key, self.key)

    def __repr__(self) -> str:
        return "RawKey(<hidden>)"


def derive(passphrase: str, salt: bytes) -> RawKey:
    if len(salt) != SALT_BYTES:
        raise ValueError("a SQLCipher salt is 16 bytes")
    key = hashlib.pbkdf2_hmac(
        KDF_DIGEST, passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )
    return RawKey(key, salt)


def new_key(passphrase: str) -> RawKey:
    """A key for a new encrypted file, with a fresh random salt."""
    return derive(passphrase, os.urandom(SALT_BYTES))


def file_salt(path: Path) -> bytes:
    """The salt of an encrypted file: its first 16 bytes."""
    with open(path, "rb") as fh:
        return fh.read(SALT_BYTES)


Key = str | RawKey  # what a connection can be keyed with (a passphrase or a derived key)
