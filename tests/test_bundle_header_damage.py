"""One changed byte in a bundle's header reads as a changed or damaged bundle (review s35
T5): never "made by a newer version … update the app", "signed by a key this store does
not know … import their public key" or "cut short (… of 72,057,594,038,004,829 bytes)",
which send the user the wrong way.  A genuinely newer bundle (well-formed, its signature
good) still says update the app; a genuine stranger's well-signed bundle still names the
unknown key; a file really cut short still says so.  Nothing is changed either way."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from adgsom_desktop.services.sync import crypto
from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair, _snapshot
from tests.helpers import run_cli

HEADER = crypto._HEAD.size  # magic, format, mode, 0, two keys, recipient slot, length
WRONG_WAY = ("newer version", "update the app", "does not know", "import their", "cut short")


def _refusal(pair: Pair, path: Path) -> str:
    with pytest.raises(crypto.BundleError) as caught:
        pair.b.bundles.peek(path)
    with pytest.raises(crypto.BundleError):
        pair.b.bundles.open(path, key_passphrase=HEAD_PASS)
    return caught.value.english


def test_every_changed_header_byte_reads_as_damaged(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Header damage")
    data = pair.send().read_bytes()
    before = _snapshot(pair.b)
    target = pair.tmp / "flipped.adgsom-bundle"
    for at in range(len(crypto.MAGIC), HEADER):  # the magic: "not an ADGSOM bundle"
        for bit in (0x01, 0x80):
            bad = bytearray(data)
            bad[at] ^= bit
            target.write_bytes(bytes(bad))
            said = _refusal(pair, target)
            wrong = [w for w in WRONG_WAY if w in said.lower()]
            assert not wrong, f"byte {at} ^ {bit:#x}: {said}"
            assert "changed" in said or "damaged" in said, f"byte {at} ^ {bit:#x}: {said}"
    assert _snapshot(pair.b) == before
    assert pair.b.bundles.peek(pair.send("again")).sender  # the whole one still opens


def _resigned(pair: Pair, data: bytes, at: int, value: bytes) -> bytes:
    """``data`` with bytes at ``at`` replaced, signed again by the aide: a well-formed
    bundle as another version of the app would write it."""
    from sqlalchemy import select

    from adgsom_desktop.domain.models import MemberKey
    from adgsom_desktop.services.key_service import usable_private

    with pair.a.ctx.read() as s:
        key = s.scalar(select(MemberKey).where(MemberKey.id == pair.aide_key))
        keys = crypto.unlock(usable_private(pair.a.ctx, s, key), AIDE_PASS)
    signed = bytearray(data[: -crypto.SIGNATURE])
    signed[at : at + len(value)] = value
    return bytes(signed) + keys.sign(bytes(signed))


def test_a_genuinely_newer_bundle_still_says_update(pair: Pair) -> None:
    data = pair.send().read_bytes()
    newer = pair.tmp / "newer.adgsom-bundle"
    newer.write_bytes(_resigned(pair, data, 8, (crypto.FORMAT + 1).to_bytes(2, "big")))
    said = _refusal(pair, newer)
    assert "newer version" in said and "Update the app" in said, said


def test_a_file_really_cut_short_still_says_so(pair: Pair) -> None:
    data = pair.send().read_bytes()
    cut = pair.tmp / "cut.adgsom-bundle"
    for keep in (HEADER + 10, len(data) - 1):
        cut.write_bytes(data[:keep])
        said = _refusal(pair, cut)
        assert "cut short" in said and f"of {len(data):,} bytes" in said, said


def test_the_command_line_says_damaged_for_a_changed_header(pair: Pair, tmp_path: Path) -> None:
    """The review's steps: bytes 8 (format), 40 (signer), 60 (sender's key) and 110
    (length) changed, imported with --dry-run."""
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    data = pair.send().read_bytes()
    head = pair.tmp / "b.adgsom"  # the head's store (bundle_fixtures.pair), closed for the CLI
    pair.b.close()
    md5 = hashlib.md5(head.read_bytes()).hexdigest()
    for at in (8, 40, 60, 110):
        bad = bytearray(data)
        bad[at] ^= 0x01
        target = tmp_path / f"x{at}.adgsom-bundle"
        target.write_bytes(bytes(bad))
        r = run_cli(
            "bundle",
            "import",
            "--store",
            str(head),
            "--passphrase-stdin",
            str(target),
            "--dry-run",
            input=HEAD_PASS + "\n",
        )
        assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
        assert "damaged" in r.stderr or "changed" in r.stderr, (at, r.stderr)
        said = r.stderr.lower()
        assert not [w for w in WRONG_WAY if w in said], (at, r.stderr)
    assert hashlib.md5(head.read_bytes()).hexdigest() == md5  # nothing changed
    pair.b = Services.for_store(Store.open(head), actor="head")  # the fixture closes it
