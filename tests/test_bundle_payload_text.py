"""An export writes each record's canonical text, made once by ``advance`` to hash it,
into the payload as it is (``Payload.to_json``, #17 speed), with JSON's encoder made once
(``sync/json_text``).  What a reader parses must be what ``json.dumps`` of the same
records wrote before; a record whose content is another object (a field withheld) must
be written from its own content, never from the text of the one it replaced."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync.json_text import json_encoder
from adgsom_desktop.services.sync.payload import Payload, decode
from adgsom_desktop.services.sync.revs import canonical_json, content_hash
from adgsom_desktop.storage.store import Store
from tests.bundle_fixtures import _busiest

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(value=_JSON)
def test_the_encoders_write_what_json_dumps_writes(value: Any) -> None:
    for sort_keys in (True, False):
        want = json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)
        assert json_encoder(sort_keys=sort_keys)(value) == want
    assert canonical_json(value) == json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def test_non_finite_numbers_are_written_as_json_dumps_writes_them() -> None:
    for value in (math.inf, -math.inf, [math.nan]):
        assert canonical_json(value) == json.dumps(value, sort_keys=True, separators=(",", ":"))


def _as_before(payload: Payload) -> Any:
    """What ``to_json`` wrote before (one ``json.dumps`` of the whole), parsed."""
    doc = json.loads(dataclasses.replace(payload, records=()).to_json())
    doc["records"] = [
        [r.key, r.kind.value, r.scope, r.rev, r.gen, " ".join(r.ancestry), r.content]
        + ([list(r.withheld)] if r.withheld else [])
        for r in payload.records
    ]
    return json.loads(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))


def test_a_payload_reads_as_the_records_it_holds(demo_path: Path) -> None:
    source = Services.for_store(Store.open(demo_path), actor="aide")
    try:
        payload = source.sync.export_payload([_busiest(source)])
    finally:
        source.close()
    assert len(payload.texts) > 100  # the export kept the texts it hashed
    data = payload.to_json()
    assert json.loads(data) == _as_before(payload)
    for rec in payload.records:  # each content as its canonical text, as hashed
        if rec.content is not None:
            assert b"," + canonical_json(rec.content).encode() + b"]" in data
    back = decode(data)  # the same records (a brief's tuples read back as lists)
    assert [(r.key, r.rev, canonical_json(r.content), r.withheld) for r in back.records] == [
        (r.key, r.rev, canonical_json(r.content), r.withheld) for r in payload.records
    ]
    for was, read in zip(payload.records, back.records, strict=True):
        assert read.state.content_hash == content_hash(was.content)

    # another object for a record (as withholding makes): written from its own content
    changed = [
        dataclasses.replace(r, content={**r.content, "title": "replaced"})
        if r.content is not None and "title" in r.content
        else r
        for r in payload.records
    ]
    assert any(a is not b for a, b in zip(changed, payload.records, strict=True))
    other = dataclasses.replace(payload, records=tuple(changed))
    assert other.texts is payload.texts  # the texts kept are still there: not used for those
    assert json.loads(other.to_json()) == _as_before(other)
    assert b'"title":"replaced"' in other.to_json()

    # fields JSON must escape (never from a store, but the writer does not assume it)
    odd = dataclasses.replace(payload.records[0], scope='a "b" \\ c\n', gen=True)
    odd_payload = dataclasses.replace(payload, records=(odd, *payload.records[1:]))
    assert json.loads(odd_payload.to_json()) == _as_before(odd_payload)
