"""The outbox's file, encrypted (#16): held writes never sit readable on disk.

A write held while the team store's server is away is negotiating text (a red line
typed in the room).  Its file under the user's profile is sealed with a key derived
from the member's sign-in password, the one libpq actually used (from the address,
``PGPASSWORD`` or ``~/.pgpass``: ``PgStore.sign_in_secret``), so after a crash the
app reads it again as soon as the member signs in again, and someone who copies the
profile folder (a backup, a synced folder, a lost disk image) without the password
reads nothing.

Layout: ``MAGIC`` | salt (16 bytes) | opslimit (u64) | memlimit (u64) | a
``nacl.secret.SecretBox`` message (24-byte nonce, Poly1305 tag, XSalsa20 ciphertext
of the outbox's JSON).  The key is ``nacl.pwhash.argon2id`` of the password with the
file's salt (interactive limits: ~75 ms, 64 MiB, once per store session).  A changed
header changes the key, so any tampering fails the tag.

A sign-in that used no password (client certificate, trust, peer) has no secret to
derive a key from: the outbox then keeps its writes in memory only (never a plaintext
file), see docs/ARCHITECTURE.md "The outbox is encrypted".
"""

from __future__ import annotations

import struct
import threading

MAGIC = b"ADGSOM-OUTBOX\x00\x02\n"
_HEADER = struct.Struct(">16sQQ")
# Bounds a header may name (a tampered file must not make us allocate gigabytes).
_MAX_OPS = 16
_MAX_MEM = 1 << 30


class OutboxUnreadable(Exception):
    """The outbox file cannot be opened: another password, tampered with, or cut short."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


WRONG_KEY = "wrong-key"  # the tag does not verify: another password, or changed bytes
DAMAGED = "damaged"  # not an outbox file, or cut short


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


class Sealer:
    """Seals and opens outbox files with keys derived from one sign-in secret."""

    def __init__(self, secret: bytes) -> None:
        if not secret:
            raise ValueError("an outbox key needs a non-empty secret")
        self._secret = secret
        self._keys: dict[tuple[bytes, int, int], bytes] = {}
        self._lock = threading.Lock()
        self.salt: bytes | None = None  # of the file last opened or sealed

    def _key(self, salt: bytes, ops: int, mem: int) -> bytes:
        from nacl import pwhash, secret

        with self._lock:
            found = self._keys.get((salt, ops, mem))
            if found is None:
                found = pwhash.argon2id.kdf(
                    secret.SecretBox.KEY_SIZE, self._secret, salt, opslimit=ops, memlimit=mem
                )
                self._keys[(salt, ops, mem)] = found
            return found

    def seal(self, plaintext: bytes) -> bytes:
        """The file's bytes for ``plaintext`` (a fresh nonce; the salt kept per session)."""
        from nacl import pwhash, secret, utils

        if self.salt is None:
            self.salt = utils.random(pwhash.argon2id.SALTBYTES)
        ops = pwhash.argon2id.OPSLIMIT_INTERACTIVE
        mem = pwhash.argon2id.MEMLIMIT_INTERACTIVE
        box = secret.SecretBox(self._key(self.salt, ops, mem))
        return MAGIC + _HEADER.pack(self.salt, ops, mem) + bytes(box.encrypt(plaintext))

    def open(self, blob: bytes) -> bytes:
        """The plaintext of a sealed file; ``OutboxUnreadable`` if it is not one of ours,
        was changed, cut short, or sealed with another password."""
        from nacl import exceptions, pwhash, secret

        if not is_sealed(blob):
            raise OutboxUnreadable(DAMAGED)
        start = len(MAGIC)
        head = blob[start : start + _HEADER.size]
        if len(head) < _HEADER.size:
            raise OutboxUnreadable(DAMAGED)
        salt, ops, mem = _HEADER.unpack(head)
        if not (
            pwhash.argon2id.OPSLIMIT_MIN <= ops <= _MAX_OPS
            and pwhash.argon2id.MEMLIMIT_MIN <= mem <= _MAX_MEM
        ):
            raise OutboxUnreadable(DAMAGED)
        body = blob[start + _HEADER.size :]
        if len(body) < secret.SecretBox.NONCE_SIZE + secret.SecretBox.MACBYTES:
            raise OutboxUnreadable(DAMAGED)
        try:
            plaintext = secret.SecretBox(self._key(salt, ops, mem)).decrypt(body)
        except exceptions.CryptoError as exc:
            raise OutboxUnreadable(WRONG_KEY) from exc
        self.salt = salt
        return bytes(plaintext)
