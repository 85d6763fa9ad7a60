"""A bundle whose numbers no store can keep is refused when opened (review s33 R6).

A bundle's audit entries carry their ids, a record its version, a place its order: each is
kept in an INTEGER column (32 bits on a team store's PostgreSQL).  A bundle signed by a
known member but carrying a number beyond that range (a fault or a forgery) is refused in
one sentence when opened, before anything is written: never the server's "integer out of
range" half-way through the import, never kept on a store file only to fail later when
the store is copied to a team store.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.domain.models import MemberKey
from adgsom_desktop.services.context import audit_hash
from adgsom_desktop.services.key_service import usable_private
from adgsom_desktop.services.sync import crypto
from adgsom_desktop.services.sync.foreign_log import _entry
from adgsom_desktop.services.sync.payload import PayloadError
from tests.bundle_fixtures import AIDE_PASS, Pair

SECRET = "bundle passphrase 2026"


def _one_entry(number: int) -> Callable[[dict[str, Any]], None]:
    def forge(doc: dict[str, Any]) -> None:
        entry = dict(doc["audit"][0], id=number, prev_hash="")
        entry["hash"] = audit_hash(_entry(entry))  # a log that verifies: only its id is wrong
        doc["audit"] = [entry]

    return forge


def _entity(number: int) -> Callable[[dict[str, Any]], None]:
    def forge(doc: dict[str, Any]) -> None:
        entry = dict(doc["audit"][0], id=1, prev_hash="", entity_id=number)
        entry["hash"] = audit_hash(_entry(entry))
        doc["audit"] = [entry]

    return forge


def _version(number: int) -> Callable[[dict[str, Any]], None]:
    def forge(doc: dict[str, Any]) -> None:
        doc["records"][0][4] = number

    return forge


def _held(number: int) -> Callable[[dict[str, Any]], None]:
    def forge(doc: dict[str, Any]) -> None:
        doc["audit_held"] = {doc["store_id"]: number}

    return forge


def _resealed(pair: Pair, path: Path, forge: Callable[[dict[str, Any]], None]) -> Path:
    """``path``'s bundle, its records changed by ``forge`` and signed again by its sender."""
    doc = json.loads(crypto.Opened.read(path.read_bytes()).open_with(SECRET))
    forge(doc)
    with pair.a.ctx.read() as s:
        sealed = usable_private(pair.a.ctx, s, s.get(MemberKey, pair.aide_key))
    keys = crypto.unlock(sealed, AIDE_PASS)
    forged = path.with_name("forged.adgsom-bundle")
    forged.write_bytes(crypto.seal(json.dumps(doc).encode(), keys, passphrase=SECRET))
    return forged


@pytest.mark.parametrize(
    ("forge", "said"),
    [
        (_one_entry(2**31), "an audit entry"),
        (_one_entry(10**20), "an audit entry"),
        (_entity(2**31), "an audit entry"),
        (_version(2**31), "bad version"),
        (_held(2**31), "the audit entries held"),
    ],
    ids=["entry id", "entry id 10**20", "entity id", "version", "entries held"],
)
def test_a_bundle_with_a_number_no_store_keeps_is_refused(
    pair: Pair, forge: Callable[[dict[str, Any]], None], said: str
) -> None:
    pair.a.notes.add(pair.meeting, "A note that travels.")
    sent = pair.send(passphrase=SECRET)
    forged = _resealed(pair, sent, forge)
    entries = pair.b.audit.count()
    with pytest.raises(PayloadError, match=said) as refused:
        pair.b.bundles.open(forged, passphrase=SECRET)
    assert "integer" not in str(refused.value) and "SQL" not in str(refused.value)
    assert pair.b.audit.count() == entries
    # the same bundle untouched opens: only the number was wrong
    pair.b.bundles.open(_resealed(pair, sent, lambda doc: None), passphrase=SECRET)
