"""Counterparts' interests travel with the briefs (review s32 H23), for the head only: a
bundle for the delegation carries none (docs/packs.md: ``pack.counterparts``) and says so,
and the counterparts it names keep their personality notes withheld (s32 leakfix rule)."""

from __future__ import annotations

import json

from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair


def _records(payload: object) -> list[list[object]]:
    return json.loads(payload.to_json())["records"]  # type: ignore[attr-defined]


def test_interests_go_to_the_head_and_never_to_the_delegation(pair: Pair) -> None:
    item = pair.a.agenda.items(pair.meeting)[2]
    person = next(c for c in pair.a.counterparts.counterparts() if c.person.bio)
    pair.a.counterparts.link(person.person.id, item.id, "cares about the deadline")
    to_head = pair.a.bundles.export(
        pair.meeting, pair.tmp / "to-head", sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS, to_key_id=pair.head_in_a,
    )  # fmt: skip
    opened = pair.b.bundles.open(to_head.path, key_passphrase=HEAD_PASS)
    kinds = {r[1] for r in _records(opened.payload)}
    assert "interest" in kinds
    pair.b.bundles.import_opened(opened, backup=False)
    got = next(c for c in pair.b.counterparts.counterparts()
               if c.person.full_name == person.person.full_name)  # fmt: skip
    assert "cares about the deadline" in {i.note for i in got.interests}

    sent = pair.a.bundles.export(
        pair.meeting, pair.tmp / "pp", sender_key_id=pair.aide_key,
        sender_passphrase=AIDE_PASS, passphrase="bundle passphrase 42",
    )  # fmt: skip
    assert sent.audience == "delegation"
    assert any("counterparts" in w.lower() for w in sent.left_out), sent.left_out
    opened = pair.b.bundles.open(sent.path, passphrase="bundle passphrase 42")
    text = opened.payload.to_json().decode("utf-8")
    assert "interest" not in {r[1] for r in _records(opened.payload)}
    assert "cares about the deadline" not in text and person.person.bio[:30] not in text
    report = pair.b.bundles.import_opened(opened, backup=False)
    assert report.conflicts == 0
    still = next(c for c in pair.b.counterparts.counterparts()
                 if c.person.full_name == person.person.full_name)  # fmt: skip
    assert "cares about the deadline" in {i.note for i in still.interests}  # not deleted
