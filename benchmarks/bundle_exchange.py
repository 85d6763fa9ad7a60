"""An exchange bundle of the busiest meeting, written and read back (#17).

The app side does what *Send a bundle…* and *Open a bundle…* do, minus typing: on a copy
of the generated store, ``BundleService.export`` of the meeting with the most notes
(every part) sealed to a member; then, on a fresh store of the same delegation,
``open`` (envelope, signature, decryption, every field checked) and ``import_opened``
(the merge plan and its one transaction; no backup, as a bulk import without one).
The Argon2id key derivations of the two key passphrases are left out of the time (they
are slow on purpose, ~0.2 s each, the same for any bundle); sealing and opening the
bundle are in it.

The floor writes the same rows with raw SQL: the meeting's rows (its event and meeting,
agenda items, briefs, notes, stances, outcomes, programme, action items) read with
``SELECT *`` on the DB-API connection of the generated store and inserted with
``executemany`` into a fresh store of the same schema, one transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from .bundle_setup import (
    busiest_meeting,
    copy_rows,
    exchange,
    keys_cached,
    own_home,
    receiver,
    sender,
)
from .bundle_setup import fresh_store as _fresh
from .harness import Case, Env, Run, Side, stopwatch

# The meeting's rows, table by table, in an order the foreign keys accept (? = meeting id).
FLOOR_TABLES = (
    ("person", "SELECT * FROM person WHERE ? IS NOT NULL"),  # the people the rows name
    ("event", "SELECT * FROM event WHERE id = (SELECT event_id FROM meeting WHERE id = ?)"),
    ("meeting", "SELECT * FROM meeting WHERE id = ?"),
    ("agenda_item", "SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY parent_id IS NOT NULL, id"),
    ("programme_entry", "SELECT * FROM programme_entry WHERE meeting_id = ?"),
    ("position", "SELECT * FROM position WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)"),
    ("position_point", "SELECT * FROM position_point WHERE position_id IN (SELECT p.id FROM position AS p JOIN agenda_item AS i ON i.id = p.item_id WHERE i.meeting_id = ?)"),
    ("position_fallback", "SELECT * FROM position_fallback WHERE position_id IN (SELECT p.id FROM position AS p JOIN agenda_item AS i ON i.id = p.item_id WHERE i.meeting_id = ?)"),
    ("position_their_objective", "SELECT * FROM position_their_objective WHERE position_id IN (SELECT p.id FROM position AS p JOIN agenda_item AS i ON i.id = p.item_id WHERE i.meeting_id = ?)"),
    ("position_defensive_line", "SELECT * FROM position_defensive_line WHERE position_id IN (SELECT p.id FROM position AS p JOIN agenda_item AS i ON i.id = p.item_id WHERE i.meeting_id = ?)"),
    ("stance", "SELECT * FROM stance WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)"),
    ("note", "SELECT * FROM note WHERE meeting_id = ?"),
    ("outcome", "SELECT * FROM outcome WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)"),
    ("action_item", "SELECT * FROM action_item WHERE meeting_id = ?"),
)  # fmt: skip


def _floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.storage import sqlite_driver

        source = env.shared_store()
        meeting = busiest_meeting(source)
        n = [0]

        def run() -> float:
            n[0] += 1
            target = _fresh(env, f"bundle-floor-{n[0] % 2}")
            src = sqlite_driver.connect(source)
            dst = sqlite_driver.connect(target)
            try:
                # links to rows of other meetings (an item's source, a carried action) are
                # not copied: the floor writes without checking them
                dst.execute("PRAGMA foreign_keys = OFF")
                with stopwatch() as elapsed:
                    dst.execute("BEGIN IMMEDIATE")
                    copy_rows(src, dst, FLOOR_TABLES, meeting)
                    dst.execute("COMMIT")
                return elapsed()
            finally:
                src.close()
                dst.close()

        yield run

    return Side("raw SELECT * + executemany of the meeting's rows", factory)


def _app() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        n = [0]
        with own_home(env), keys_cached(), sender(env.copy_store("bundle-source")) as aide:

            def run() -> float:
                n[0] += 1
                with receiver(env, aide, f"bundle-app-{n[0] % 2}") as head:
                    out = env.work / f"bundle-{n[0] % 2}.adgsom-bundle"
                    with stopwatch() as elapsed:
                        sent = exchange(aide, head, out)
                    env.cache["bundle_size"] = sent.size
                    env.cache["bundle_records"] = sent.records
                    env.log(f"  bundle: {sent.records:,} records, {sent.size:,} bytes")
                    return elapsed()

            yield run

    return Side("BundleService.export + open + import_opened (sealed, signed)", factory)


CASES = [
    Case(
        name="bundle_exchange",
        title="Exchange bundle of the busiest meeting: export + import",
        unit="ms",
        goal=2.0,
        floor=_floor(),
        app=_app(),
        how="the meeting with the most notes, every part, sealed to a member, into a fresh "
        "store; key derivations (Argon2id) not timed",
    ),
]
