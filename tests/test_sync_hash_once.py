"""Each record's content hashed once per exchange (#17, speed): an exported record carries
the hash its sender's ``advance`` computed of that very content, and the receiver uses it
only while the record still holds that object (``merge.Incoming.hashed``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from adgsom_desktop.services.container import Services
from adgsom_desktop.services.sync import merge as merge_module
from adgsom_desktop.services.sync.merge import Incoming
from adgsom_desktop.services.sync.revs import content_hash
from adgsom_desktop.storage.store import Store
from tests.bundle_fixtures import _busiest


def test_an_exported_record_carries_the_hash_of_its_own_content(demo_path: Path) -> None:
    source = Services.for_store(Store.open(demo_path), actor="aide")
    try:
        payload = source.sync.export_payload([_busiest(source)])
    finally:
        source.close()
    carried = [r for r in payload.records if r.hashed is not None and r.hashed[0] is r.content]
    assert len(carried) > 100  # most records: the rest were copied to withhold a field
    for rec in payload.records:
        assert rec.state.content_hash == content_hash(rec.content), rec.key
        assert rec.state.rev == rec.rev and rec.state.gen == rec.gen


def test_a_hash_is_reused_only_for_the_object_it_was_computed_from(monkeypatch) -> None:
    hashed = {"text": "as sent"}
    rec = Incoming("a" * 32, merge_module.Kind.NOTE, "b" * 32, "c" * 32, 1, (), hashed,
                   hashed=(hashed, "f" * 32))  # fmt: skip
    calls: list[object] = []
    real = merge_module.content_hash
    monkeypatch.setattr(merge_module, "content_hash", lambda c: calls.append(c) or real(c))
    assert rec.state.content_hash == "f" * 32  # no hashing: the sender did
    assert not calls
    # the same fields, another object (a field withheld, taken from our copy): hashed anew
    other = dataclasses.replace(rec, content={"text": "filled here"})
    assert other.state.content_hash == content_hash({"text": "filled here"})
    equal = dataclasses.replace(rec, content=dict(hashed))
    assert equal.state.content_hash == content_hash(hashed) != "f" * 32
    assert len(calls) == 2
    assert other == dataclasses.replace(other, hashed=None)  # not part of what it is
