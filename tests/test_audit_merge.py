"""The audit logs of both sides after a merge (#17 item 3, #12 item 5's follow-up).

A bundle imported keeps the sender's log as it came, verifiable on its own, and our own
chain records the import; `audit --verify` checks both and names what is wrong.  The
merged chain is anchored at once (beside the settings and in the backups folder), as a
restore is; a chain cut before the merge stays reported."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import select, update

from adgsom_desktop.domain.models import AuditEntry, ForeignAudit
from adgsom_desktop.paths import config_dir
from adgsom_desktop.storage import backup
from tests.bundle_fixtures import HEAD_PASS, Pair


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "adgsom_desktop", *args],
        capture_output=True,
        text=True,
        timeout=240,
    )


def _tip(svc: object) -> tuple[int, str]:
    with svc.ctx.read() as s:  # type: ignore[attr-defined]
        row = s.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).one()
    return int(row[0]), str(row[1])


def test_both_logs_are_kept_and_each_chain_verifies(pair: Pair) -> None:
    # a record to merge: a bundle of audit entries alone is kept quietly (s34 S5)
    pair.a.notes.add(pair.meeting, "A note of the aide's.")
    sent_entries = pair.a.audit.count()  # the export adds its own entry, sent with it
    pair.receive(pair.send("one"))
    # our chain: intact, and its newest entry records the import
    assert pair.b.audit.verify().ok
    newest = pair.b.audit.entries(1)[0]
    assert newest.action == "bundle import" and "audit entries of" in newest.detail
    # theirs: every entry the aide's store held, verified, one chain
    (log,) = pair.b.audit.received()
    assert log.ok and not log.gaps and log.branches == 1
    assert (log.first_id, log.entries) == (1, log.newest_id)
    assert log.entries == sent_entries
    # the aide writes on; a second bundle brings only the new entries, which link on
    pair.a.notes.add(pair.meeting, "A second note of the aide.")
    pair.receive(pair.send("two"))
    (again,) = pair.b.audit.received()
    assert again.ok and not again.gaps
    assert again.newest_id > log.newest_id and again.entries == again.newest_id
    # the same bundle twice changes nothing
    before = pair.b.audit.received()
    pair.receive(pair.tmp / "two.adgsom-bundle")
    assert pair.b.audit.received() == before


def test_a_received_entry_changed_or_removed_is_reported(pair: Pair) -> None:
    pair.a.notes.add(pair.meeting, "Note so the log is longer.")
    pair.receive(pair.send())
    store = str(pair.b.ctx.backend.locator.file_path())
    with pair.b.ctx.write() as s:
        held = s.scalars(select(ForeignAudit).order_by(ForeignAudit.id)).all()
        assert len(held) >= 6
        s.execute(
            update(ForeignAudit)
            .where(ForeignAudit.hash == held[2].hash)
            .values(detail="nothing happened here")
        )
        s.delete(held[4])
    (log,) = pair.b.audit.received()
    assert not log.ok
    assert any(f"entry {held[2].id} was changed" in p for p in log.problems)
    assert (held[4].id, held[4].id) in log.gaps
    pair.b.close()
    done = _cli("audit", "--store", store, "--verify")
    assert done.returncode == 4, done.stdout + done.stderr
    assert "The audit log is intact" in done.stdout  # our own chain is
    assert "TAMPERED WITH" in done.stdout
    assert f"entries {held[4].id}-{held[4].id} are not held here" in done.stdout


def test_a_merge_anchors_the_chain_at_once(pair: Pair) -> None:
    store = pair.b.ctx.backend.locator
    pair.a.notes.add(pair.meeting, "A note to merge.")  # not audit entries alone (s34 S5)
    opened = pair.b.bundles.open(pair.send(), key_passphrase=HEAD_PASS)
    report = pair.b.bundles.import_opened(opened)  # as a user imports: a backup first
    assert report.backup
    head_id, head_hash = _tip(pair.b)
    # beside the settings, without waiting for the next write or the close
    files = list((config_dir() / "audit-anchors").glob("*.json"))
    anchors = [json.loads(f.read_text("utf-8")) for f in files]
    mine = [a for a in anchors if a["store"] == store.display]
    assert len(mine) == 1
    assert (mine[0]["head_id"], mine[0]["head_hash"], mine[0]["why"]) == (
        head_id,
        head_hash,
        "merge",
    )
    # and in the backups folder, as a restore writes one
    folder = backup.backups_dir(store.file_path())
    marks = [json.loads(p.read_text("utf-8")) for p in folder.glob("*.merge.anchor")]
    assert [(m["head_id"], m["head_hash"]) for m in marks] == [(head_id, head_hash)]
    assert pair.b.audit.verify().ok


def test_a_chain_cut_before_the_merge_stays_reported(pair: Pair) -> None:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    path = pair.b.ctx.backend.locator.file_path()
    pair.b.notes.add(pair.meeting, "The head's note.")
    pair.b.close()  # anchored at close
    import sqlite3

    with sqlite3.connect(path) as c:  # someone removes the newest entries by hand
        (top,) = c.execute("SELECT max(id) FROM audit_entry").fetchone()
        c.execute("DELETE FROM audit_entry WHERE id > ?", (top - 2,))
    pair.b = Services.for_store(Store.open(path), actor="head")
    assert pair.b.audit.anchor_notice() is not None
    pair.receive(pair.send())
    # the merge did not move the anchor on over the cut: still reported
    assert any("were removed" in p.text for p in pair.b.audit.verify().problems)
    pair.b.close()
    pair.b = Services.for_store(Store.open(path), actor="head")  # closed by the fixture
    assert pair.b.audit.anchor_notice() is not None
