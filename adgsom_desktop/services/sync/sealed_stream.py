"""A file sealed under a passphrase, written and read as a stream (a team store's backup).

The same libsodium pieces as the exchange bundles (``crypto``): Argon2id makes the key
from the passphrase (``crypto.derive``, the bundles' settings and limits), and
libsodium's secretstream (XChaCha20-Poly1305) seals the content frame by frame, so an
archive of any size passes through without being held in memory or written in clear::

    magic "ADGSOMT1" | ops u32 | mem u64 | salt (16) | secretstream header (24)
    | frames: length u32 | sealed frame        (every frame authenticated with the head)

The first frame is the description (JSON: what was backed up, when); the last one
carries secretstream's FINAL tag.  A reader checks the magic, the settings, then opens
the description (a failure there is the wrong passphrase), then every frame (a changed
byte, a reordered or missing frame) and the FINAL tag (a file cut short).
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterator
from typing import IO, Any

from nacl import bindings as nb
from nacl import pwhash
from nacl.exceptions import CryptoError
from nacl.utils import random

from .crypto import KDF_MEM, KDF_OPS, MAX_KDF_MEM, MAX_KDF_OPS, BundleError, WrongPassphrase, derive

MAGIC = b"ADGSOMT1"
_HEAD = struct.Struct(">8sIQ16s24s")
_LEN = struct.Struct(">I")
FRAME = 1 << 16
_ABYTES = nb.crypto_secretstream_xchacha20poly1305_ABYTES
_FINAL = nb.crypto_secretstream_xchacha20poly1305_TAG_FINAL


class DamagedArchive(BundleError):
    """The sealed file was changed, damaged or cut short."""


def seal(out: IO[bytes], description: dict[str, Any], source: IO[bytes], passphrase: str) -> int:
    """Write ``description`` then all of ``source`` to ``out``, sealed under
    ``passphrase``; returns the bytes of content sealed."""
    salt = random(pwhash.argon2id.SALTBYTES)
    key = derive(passphrase, salt, KDF_OPS, KDF_MEM)
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    header = nb.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    head = _HEAD.pack(MAGIC, KDF_OPS, KDF_MEM, salt, header)
    out.write(head)

    def frame(data: bytes, tag: int = 0) -> None:
        sealed = nb.crypto_secretstream_xchacha20poly1305_push(state, data, head, tag)
        out.write(_LEN.pack(len(sealed)) + sealed)

    frame(json.dumps(description, sort_keys=True).encode("utf-8"))
    total = 0
    pending = source.read(FRAME)
    while True:
        following = source.read(FRAME) if pending else b""
        total += len(pending)
        frame(pending, _FINAL if not following else 0)
        if not following:
            return total
        pending = following


class Opened:
    """A sealed file opened with its passphrase: ``description`` read; ``chunks()``
    yields the content, each frame checked before it is given out."""

    def __init__(self, source: IO[bytes], passphrase: str) -> None:
        self._source = source
        raw = source.read(_HEAD.size)
        if len(raw) < len(MAGIC) or raw[: len(MAGIC)] != MAGIC:
            raise BundleError("This file is not a backup of an ADGSOM team store.")
        if len(raw) < _HEAD.size:
            raise DamagedArchive("The backup is cut short (truncated): it is not whole.")
        _magic, ops, mem, salt, header = _HEAD.unpack(raw)
        if not (1 <= ops <= MAX_KDF_OPS and 8192 <= mem <= MAX_KDF_MEM):
            raise BundleError("This backup asks for an unreasonable passphrase setting: refused.")
        self._head = raw
        self._state = nb.crypto_secretstream_xchacha20poly1305_state()
        try:
            nb.crypto_secretstream_xchacha20poly1305_init_pull(
                self._state, header, derive(passphrase, salt, ops, mem)
            )
            text, tag = self._pull(wrong_passphrase=True)
            self.description: dict[str, Any] = json.loads(text.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise DamagedArchive("The backup's description is not readable: refused.") from exc
        self._done = tag == _FINAL

    def _pull(self, *, wrong_passphrase: bool = False) -> tuple[bytes, int]:
        raw = self._source.read(_LEN.size)
        if len(raw) < _LEN.size:
            raise DamagedArchive("The backup is cut short (truncated): it is not whole.")
        (size,) = _LEN.unpack(raw)
        if size < _ABYTES or size > FRAME + _ABYTES:
            raise DamagedArchive("The backup is damaged (a frame of an impossible size).")
        sealed = self._source.read(size)
        if len(sealed) < size:
            raise DamagedArchive("The backup is cut short (truncated): it is not whole.")
        try:
            data, tag = nb.crypto_secretstream_xchacha20poly1305_pull(
                self._state, sealed, self._head
            )
        except CryptoError as exc:
            if wrong_passphrase:
                raise WrongPassphrase(
                    "Wrong passphrase for this backup (or its beginning is damaged): "
                    "nothing was changed."
                ) from exc
            raise DamagedArchive(
                "The backup was changed or damaged (a frame fails its check): nothing was "
                "restored from it."
            ) from exc
        return bytes(data), int(tag)

    def chunks(self) -> Iterator[bytes]:
        while not self._done:
            data, tag = self._pull()
            self._done = tag == _FINAL
            if data:
                yield data
        if self._source.read(1):
            raise DamagedArchive("The backup has bytes after its end: it was changed. Refused.")
