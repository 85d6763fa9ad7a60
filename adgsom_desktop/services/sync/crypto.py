"""Members' keys and sealed bundle files, with libsodium (PyNaCl): no hand-made cryptography.

A member has two key pairs: Ed25519 to sign, X25519 to receive.  The private keys
are kept sealed under the member's own passphrase: Argon2id (``nacl.pwhash``) makes
a key from it, XSalsa20-Poly1305 (``SecretBox``) seals them.  A *fingerprint* (80
bits of BLAKE2b over both public keys) names a key for people comparing it aloud.

A bundle file (``seal`` / ``Opened``)::

    magic "ADGSOMB1" | format u16 | mode u8 | 0 u8 | sender's signing key (32)
    | sender's encryption key (32) | recipient: their encryption key, or the
      passphrase's Argon2id salt (16), ops u32, mem u64, zeros (4) (32)
    | length of the sealed body u64 | sealed body | Ed25519 signature of all before (64)

The body is the payload, compressed (zlib), then sealed: to a member with ``Box``
(the sender's X25519 key and the recipient's: only that recipient opens it, and it
proves the sender again), or with ``SecretBox`` under a key Argon2id makes from a
passphrase.  A reader checks, in this order and before reading any of the body:
the magic, the length (a truncated file; a changed length: the file whole, or no
bundle that long), the signature by the key the header names (a changed byte), the
format (only a well-formed, signed bundle is "newer": a later format keeps this
header and the signature at the end), the signer (a key this store knows), the
recipient (a bundle for someone else), then opens the body (the wrong key or
passphrase) and only then decompresses and parses it.  So a changed byte anywhere
reads as changed or damaged, never as a newer version or a stranger (review s35 T5).
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from nacl import pwhash
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import Box, PrivateKey, PublicKey
from nacl.secret import SecretBox
from nacl.signing import SigningKey, VerifyKey
from nacl.utils import random

from ...errors import ValidationError
from ...i18n.messages import QT_TRANSLATE_NOOP

MAGIC = b"ADGSOMB1"
FORMAT = 1
MODE_MEMBER = 1
MODE_PASSPHRASE = 2
_HEAD = struct.Struct(">8sHBB32s32s32sQ")
SIGNATURE = 64
KDF_OPS = pwhash.argon2id.OPSLIMIT_INTERACTIVE
KDF_MEM = pwhash.argon2id.MEMLIMIT_INTERACTIVE
MAX_KDF_OPS = 16  # a bundle asking for more is refused, not computed
MAX_KDF_MEM = 1 << 30
MAX_BODY = 512 * 1024 * 1024  # what a bundle may unpack to
# zlib's level 3 (the last of its fast ones): the busiest meeting of the benchmark store
# (300 KB of JSON, half of it revisions' hashes) packs to 59.7 KB in 1.9 ms, at level 6 to
# 50.7 KB in 3.6 ms (#17's speed: docs/performance.md).  Any level reads back the same.
COMPRESSION = 3


class BundleError(ValidationError):
    """A bundle refused: why, in words; nothing was changed."""


class WrongPassphrase(BundleError):
    pass


class KeyTextNotBundle(BundleError):
    """A member's key text opened as a bundle: the GUI names its menu, the CLI its command."""


class UnknownSender(BundleError):
    """Signed by a key this store does not know (``sender_fingerprint``): the GUI names
    its own way to import a key, the CLI its command."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, size: int | None = None) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise BundleError("A key is not readable.") from exc
    if size is not None and len(data) != size:
        raise BundleError("A key is not readable (wrong size).")
    return data


@dataclass(frozen=True)
class PublicKeys:
    sign: bytes
    box: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.box)


def fingerprint(sign: bytes, box: bytes) -> str:
    digest = hashlib.blake2b(sign + box, digest_size=10).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True)
class Sealed:
    sealed: bytes
    salt: bytes
    ops: int
    mem: int


@dataclass(frozen=True)
class Unlocked:
    signing: SigningKey
    private: PrivateKey

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(bytes(self.signing.verify_key), bytes(self.private.public_key))

    def sign(self, message: bytes) -> bytes:
        return bytes(self.signing.sign(message).signature)


def _derive(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    return bytes(
        pwhash.argon2id.kdf(
            SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem
        )
    )


derive = _derive  # the key Argon2id makes from a passphrase (also the team backups')


def new_keys(passphrase: str, ops: int = KDF_OPS, mem: int = KDF_MEM) -> tuple[Unlocked, Sealed]:
    keys = Unlocked(SigningKey.generate(), PrivateKey.generate())
    return keys, seal_keys(keys, passphrase, ops, mem)


def seal_keys(keys: Unlocked, passphrase: str, ops: int = KDF_OPS, mem: int = KDF_MEM) -> Sealed:
    salt = random(pwhash.argon2id.SALTBYTES)
    secret = bytes(keys.signing) + bytes(keys.private)
    box = SecretBox(_derive(passphrase, salt, ops, mem))
    return Sealed(bytes(box.encrypt(secret)), salt, ops, mem)


def unlock(sealed: Sealed, passphrase: str, who: str = "this member") -> Unlocked:
    try:
        secret = SecretBox(_derive(passphrase, sealed.salt, sealed.ops, sealed.mem)).decrypt(
            sealed.sealed
        )
    except CryptoError as exc:
        raise WrongPassphrase(
            "Wrong passphrase for {who}'s key. Nothing was changed.", who=who
        ) from exc
    return Unlocked(SigningKey(secret[:32]), PrivateKey(secret[32:64]))


def verify(public_sign: bytes, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(public_sign).verify(message, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


# -- bundle files ----------------------------------------------------------------------------


def seal(
    payload: bytes,
    sender: Unlocked,
    *,
    recipient: PublicKeys | None = None,
    passphrase: str | None = None,
) -> bytes:
    """The bundle file's bytes: ``payload`` compressed, sealed to ``recipient`` (or under
    ``passphrase``), signed by ``sender``."""
    body = zlib.compress(payload, COMPRESSION)
    me = sender.public
    if recipient is not None:
        mode, slot = MODE_MEMBER, recipient.box
        sealed = bytes(Box(sender.private, PublicKey(recipient.box)).encrypt(body))
    elif passphrase is not None:
        salt = random(pwhash.argon2id.SALTBYTES)
        mode, slot = MODE_PASSPHRASE, salt + struct.pack(">IQ", KDF_OPS, KDF_MEM) + bytes(4)
        sealed = bytes(SecretBox(_derive(passphrase, salt, KDF_OPS, KDF_MEM)).encrypt(body))
    else:
        raise ValueError("a recipient or a passphrase")
    head = _HEAD.pack(MAGIC, FORMAT, mode, 0, me.sign, me.box, slot, len(sealed))
    signed = head + sealed
    return signed + sender.sign(signed)


@dataclass(frozen=True)
class Opened:
    """A bundle file read up to its body: who signed it and for whom (nothing decrypted)."""

    data: bytes
    mode: int
    sender: PublicKeys
    slot: bytes  # the recipient's key, or the passphrase's parameters
    body_start: int
    body_end: int

    @classmethod
    def read(cls, data: bytes) -> Opened:
        if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
            if len(data) < len(MAGIC) and MAGIC.startswith(data):
                raise BundleError("The file is cut short (truncated): it is not a whole bundle.")
            if b"ADGSOM MEMBER KEY-----" in data[:200]:
                raise KeyTextNotBundle(
                    "This file is a member's key, not a bundle: compare its fingerprint with "
                    "them, then import it (keys import). Nothing was changed."
                )
            raise BundleError("This file is not an ADGSOM exchange bundle.")
        if len(data) < _HEAD.size:
            raise BundleError(
                "The file is cut short (truncated: {count_data:,} bytes): it is not a whole bundle.",
                count_data=len(data),
            )
        _magic, fmt, mode, zero, sign, box, slot, length = _HEAD.unpack_from(data)
        if fmt < 1:  # it starts as a bundle does: its header changed, not another kind of file
            raise BundleError(DAMAGED_HEADER)
        expected = _HEAD.size + length + SIGNATURE
        if len(data) != expected:
            _wrong_length(data, sign, length, expected)
        opened = cls(data, mode, PublicKeys(sign, box), slot, _HEAD.size, _HEAD.size + length)
        # the signature by the key the header names, before anything the header says is
        # believed: a changed byte is "changed", never a newer format or a stranger (s35 T5)
        opened.check_signature()
        if fmt > FORMAT:  # well-formed and signed: really a later version's
            raise BundleError(
                "This bundle was made by a newer version of ADGSOM Desktop (bundle format {fmt}; "
                "this version reads format {format}). Update the app to open it.",
                fmt=fmt,
                format=FORMAT,
            )
        if mode not in (MODE_MEMBER, MODE_PASSPHRASE) or zero:
            raise BundleError(DAMAGED_HEADER)
        return opened

    def check_signature(self) -> None:
        signed = self.data[: self.body_end]
        signature = self.data[self.body_end :]
        if not verify(self.sender.sign, signed, signature):
            raise BundleError(
                "The bundle was changed after it was signed (or damaged on the way): refused, "
                "nothing was changed. Ask the sender for it again."
            )

    @property
    def recipient_box(self) -> bytes | None:
        return self.slot if self.mode == MODE_MEMBER else None

    def open_for(self, private: PrivateKey) -> bytes:
        try:
            body = Box(private, PublicKey(self.sender.box)).decrypt(
                self.data[self.body_start : self.body_end]
            )
        except CryptoError as exc:
            raise BundleError("The bundle cannot be opened with this key: refused.") from exc
        return _inflate(body)

    def open_with(self, passphrase: str) -> bytes:
        salt = self.slot[:16]
        ops, mem = struct.unpack(">IQ", self.slot[16:28])
        if not (1 <= ops <= MAX_KDF_OPS and 8192 <= mem <= MAX_KDF_MEM):
            raise BundleError("This bundle asks for an unreasonable passphrase setting: refused.")
        try:
            body = SecretBox(_derive(passphrase, salt, ops, mem)).decrypt(
                self.data[self.body_start : self.body_end]
            )
        except CryptoError as exc:
            raise WrongPassphrase(
                "Wrong passphrase for this bundle (the passphrase it was sealed under, not a "
                "key's): nothing was changed."
            ) from exc
        return _inflate(body)


DAMAGED_HEADER = QT_TRANSLATE_NOOP(
    "Errors",
    "The bundle is damaged (its header was changed on the way): refused, nothing was "
    "changed. Ask the sender for it again.",
)
# the longest sealed body a bundle can have: zlib's bound for MAX_BODY, and the seal's tag
MAX_SEALED = MAX_BODY + (MAX_BODY >> 12) + (MAX_BODY >> 14) + (MAX_BODY >> 25) + 64


def _wrong_length(data: bytes, sign: bytes, length: int, expected: int) -> None:
    """Refuse a file whose length is not its header's: a changed length (the file whole:
    signed with its real length; or no bundle that long can be), else cut short or with
    bytes after its end."""
    real = len(data) - _HEAD.size - SIGNATURE
    if real >= 0:
        head = data[: _HEAD.size - 8] + struct.pack(">Q", real)
        if length > MAX_SEALED or verify(
            sign, head + data[_HEAD.size : -SIGNATURE], data[-SIGNATURE:]
        ):
            raise BundleError(DAMAGED_HEADER)
    if len(data) > expected:
        raise BundleError("The file has bytes after the bundle's end: it was changed. Refused.")
    raise BundleError(
        "The file is cut short (truncated: {count_data:,} of {expected:,} bytes): "
        "copy it again from its source.",
        count_data=len(data),
        expected=expected,
    )


def _inflate(body: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(body, MAX_BODY)
    except zlib.error as exc:
        raise BundleError("The bundle's contents are not readable.") from exc
    if inflater.unconsumed_tail or not inflater.eof:
        raise BundleError("The bundle's contents are too large or not whole: refused.")
    return data


Lookup = Callable[[bytes], object]
