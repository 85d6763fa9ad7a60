"""Two members exchanging bundles with nothing changed settle (review s34 S5).

A bundle that brings nothing new but the sender's own audit entries (and what the sender
holds of ours) used to be merged in full: "Nothing new", yet a backup first and two audit
entries of our own, which travelled back in our next bundle, so two members never
settled.  Now those entries are kept quietly, as Bring back keeps a trip's
(``quiet_audit``): no backup, no entry of ours, and "Nothing new" alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.bundle_fixtures import AIDE_PASS, HEAD_PASS, Pair
from tests.helpers import run_cli


def _written(svc: Any) -> int:
    """Audit entries of a store's own other than its exports (sending is recorded)."""
    from sqlalchemy import func, select

    from adgsom_desktop.domain.audit import AuditEntry

    with svc.ctx.read() as s:
        return int(s.scalar(select(func.count()).where(AuditEntry.action != "bundle export")) or 0)


def _state(pair: Pair) -> tuple[Any, ...]:
    """What an import may write on each side: own audit entries, backups."""
    return (
        _written(pair.a),
        _written(pair.b),
        len(pair.a.backups.backups()),
        len(pair.b.backups.backups()),
    )


def _a_to_b(pair: Pair, name: str) -> Any:
    path = pair.send(name)
    return pair.b.bundles.import_opened(pair.b.bundles.open(path, key_passphrase=HEAD_PASS))


def _b_to_a(pair: Pair, name: str) -> Any:
    sent = pair.b.bundles.export(
        pair.meeting, pair.tmp / name, sender_key_id=pair.head_key,
        sender_passphrase=HEAD_PASS, to_key_id=pair.aide_in_b,
    )  # fmt: skip
    return pair.a.bundles.import_opened(pair.a.bundles.open(sent.path, key_passphrase=AIDE_PASS))


def test_two_stores_exchanging_bundles_with_nothing_changed_settle(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "A note of the aide's, sent once.")
    first = _a_to_b(pair, "r1")
    assert first.added == 1 and first.backup  # something new: a backup first, as before
    _b_to_a(pair, "r1-back")
    for n in (2, 3):  # nothing changed anywhere: each import writes nothing of its own
        before = _state(pair)
        there = _a_to_b(pair, f"r{n}")
        back = _b_to_a(pair, f"r{n}-back")
        assert there.nothing_to_do and back.nothing_to_do
        assert not there.backup and not back.backup
        assert _state(pair) == before, n
    # the other side's entries are still kept (quietly): the log travels on
    assert any(r.entries > 0 for r in pair.b.audit.received())


def test_the_cli_says_nothing_new_without_a_backup(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Sent once.")
    _a_to_b(pair, "once")
    _b_to_a(pair, "once-back")
    path = pair.send("again")  # the aide's log has grown (her import, her exports)
    pair.b.close()
    said = run_cli(
        "bundle", "import", "--store", str(pair.tmp / "b.adgsom"), str(path),
        "--passphrase-stdin", input=HEAD_PASS + "\n",
    )  # fmt: skip
    assert said.returncode == 0, said.stderr
    assert "Nothing new" in said.stdout
    assert "backup" not in said.stdout.lower()
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    pair.b = Services.for_store(Store.open(Path(pair.tmp / "b.adgsom")), actor="head")


def test_the_import_entry_counts_one_audit_entry_in_the_singular(pair: Pair) -> None:
    """Review s34 S11: "(1 audit entries of … kept)"."""
    from sqlalchemy import select

    from adgsom_desktop.domain.audit import AuditEntry

    pair.a.notes.add(pair.meeting, "Sent once.")
    _a_to_b(pair, "once")
    _b_to_a(pair, "once-back")  # the head's bundle says how much of her log he holds
    pair.a.notes.add(pair.meeting, "A second note.")
    opened = pair.b.bundles.open(pair.send("twice"), key_passphrase=HEAD_PASS)
    # the first of the entries it brings alone (the others as if sent before): one entry
    one = replace(opened, payload=replace(opened.payload, audit=opened.payload.audit[:1]))
    report = pair.b.bundles.import_opened(one, backup=False)
    assert report.audit_entries == 1
    with pair.b.ctx.read() as s:
        said = s.scalars(
            select(AuditEntry.detail)
            .where(AuditEntry.action == "bundle import")
            .order_by(AuditEntry.id.desc())
        ).first()
    n = report.audit_entries
    assert said and (f"({n} audit entr{'y' if n == 1 else 'ies'} of " in said), (n, said)
