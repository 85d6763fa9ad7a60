"""A bundle's audit entries count as sent only once the recipient has them (review s32 H16).

The aide's first bundle to the head is lost (or replaced by a newer one on the same stick);
her second bundle still carries her whole log, so the head's copy of it has no hole and
``audit --verify`` names none.  A bundle back from the head acknowledges what he holds: her
next bundle then carries only the entries after it, and the head's log stays whole.
"""

from __future__ import annotations

from pathlib import Path

from tests.bundle_fixtures import HEAD_PASS, Pair
from tests.helpers import run_cli


def _entries(pair: Pair, path: Path) -> int:
    return len(pair.b.bundles.open(path, key_passphrase=HEAD_PASS).payload.audit)


def test_a_lost_bundle_leaves_no_hole_in_the_recipients_copy_of_the_log(pair: Pair) -> None:
    first = pair.send("lost")  # never reaches the head
    whole = _entries(pair, first)
    pair.a.notes.add(pair.meeting, "Written after the lost bundle.")
    second = pair.send("second")
    assert _entries(pair, second) >= whole  # still from her first entry
    pair.receive(second)
    (log,) = [r for r in pair.b.audit.received() if r.entries > 0]
    assert log.gaps == () and log.ok and log.first_id == 1
    pair.b.close()
    said = run_cli("audit", "--store", str(pair.tmp / "b.adgsom"), "--verify")
    assert said.returncode == 0, said.stderr
    assert "not held here" not in said.stdout

    # the head answers: his bundle says how much of her log he holds
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    pair.b = Services.for_store(Store.open(pair.tmp / "b.adgsom"), actor="head")
    reply = pair.b.bundles.export(
        pair.meeting, pair.tmp / "reply", sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS, to_key_id=pair.aide_in_b,
    )  # fmt: skip
    from tests.bundle_fixtures import AIDE_PASS

    pair.a.bundles.import_opened(
        pair.a.bundles.open(reply.path, key_passphrase=AIDE_PASS), backup=False
    )
    pair.a.notes.add(pair.meeting, "Written after the head's reply.")
    third = pair.send("third")
    assert 0 < _entries(pair, third) < whole // 4  # only what he does not hold yet
    pair.receive(third)
    (log,) = [r for r in pair.b.audit.received() if r.entries > 0]
    assert log.gaps == () and log.ok
