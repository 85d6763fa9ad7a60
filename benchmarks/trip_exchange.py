"""A trip copy of the demo's busiest event: taken offline and brought back (#17).

The app side does what *Take offline…* and *Bring back* do, minus typing, with the demo
store as the team store (a copy per run): ``take_trip`` of the event with the most notes
into a new local store (created, every record of the event written, its revisions
recorded); then, outside the time, ``EDITS`` notes are edited on the laptop and
``EDITS`` others in capital; then ``return_trip`` (what changed on the laptop merged
into the team store, what changed there merged into the copy: each one transaction,
a backup first).  The time is take + bring back.

The floor writes the same rows with raw SQL on the DB-API connections (foreign keys
off, one transaction per store): taking is a copy of an empty store file of the same
schema and the event's rows read with ``SELECT *`` from the team store and inserted
with ``executemany``; bringing back reads the event's rows from both stores (what a
comparison without revisions needs) and writes each side's edited notes into the other
(``INSERT OR REPLACE``).  The same edits are made outside the time.

A team store on PostgreSQL runs the same ``take_trip`` / ``return_trip`` (its writes
through the same import); this case keeps the team store in a file so that it runs
everywhere without a server.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .bundle_exchange import FLOOR_TABLES
from .bundle_setup import copy_rows, fresh_store, insert_rows, own_home, remove_store
from .harness import Case, Env, Run, Side, stopwatch

EDITS = 10  # notes edited on each side between taking and bringing back
_IN_EVENT = "meeting_id IN (SELECT id FROM meeting WHERE event_id = ?)"


def _event_sql(table: str, sql: str) -> str:
    """``FLOOR_TABLES``' statement of a meeting, for every meeting of an event."""
    if table == "event":
        return "SELECT * FROM event WHERE id = ?"
    if table == "meeting":
        return "SELECT * FROM meeting WHERE event_id = ?"
    return sql.replace("meeting_id = ?", _IN_EVENT)


TRIP_TABLES = tuple((table, _event_sql(table, sql)) for table, sql in FLOOR_TABLES)
# What a trip copy carries read-only (services/trip_carry): the event's negotiated texts and
# every project, copied at take and written again (replaced) on each bring back.
_DOCS = f"SELECT id FROM outcome_document WHERE {_IN_EVENT}"
_REVS = f"SELECT id FROM document_revision WHERE document_id IN ({_DOCS})"
_PARAS = f"SELECT id FROM text_paragraph WHERE revision_id IN ({_REVS})"
_ALL = "WHERE ? IS NOT NULL"
CARRIED_TABLES = (
    ("outcome_document", f"SELECT * FROM outcome_document WHERE {_IN_EVENT}"),
    ("document_revision", f"SELECT * FROM document_revision WHERE document_id IN ({_DOCS})"),
    ("text_paragraph", f"SELECT * FROM text_paragraph WHERE revision_id IN ({_REVS})"),
    ("paragraph_origin", f"SELECT * FROM paragraph_origin WHERE paragraph_id IN ({_PARAS})"),
    ("text_bracket", f"SELECT * FROM text_bracket WHERE paragraph_id IN ({_PARAS})"),
    ("text_proposal", f"SELECT * FROM text_proposal WHERE paragraph_id IN ({_PARAS})"),
    ("our_amendment", f"SELECT * FROM our_amendment WHERE document_id IN ({_DOCS})"),
    *((t, f"SELECT * FROM {t} {_ALL}") for t in ("project", "project_lead", "project_outcome",
      "project_milestone", "project_focal_point", "project_document", "project_progress")),
    ("item_project", "SELECT * FROM item_project WHERE item_id IN (SELECT id FROM agenda_item "
     f"WHERE {_IN_EVENT})"),
)  # fmt: skip


def demo_store(env: Env) -> Path:
    """The demo store, written once per benchmark run (copy it before changing it)."""
    path = env.work / "trip-demo.adgsom"
    if not path.exists():
        from adgsom_desktop.demo.writer import write_demo

        write_demo(path)
    return path


def busiest_event(path: Path) -> tuple[int, list[str]]:
    """The event with the most notes, and the notes edited on each side (laptop, capital)."""
    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(path)
    try:
        (event,) = conn.execute(
            "SELECT m.event_id FROM note AS n JOIN meeting AS m ON m.id = n.meeting_id "
            "WHERE n.deleted_at IS NULL GROUP BY m.event_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        notes = [
            str(r[0])
            for r in conn.execute(
                f"SELECT uuid FROM note WHERE deleted_at IS NULL AND {_IN_EVENT} ORDER BY id "
                "LIMIT ?",
                (event, 2 * EDITS),
            )
        ]
        return int(event), notes
    finally:
        conn.close()


def _floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.storage import sqlite_driver

        master = demo_store(env)
        event, notes = busiest_event(master)
        laptop, capital = notes[:EDITS], notes[EDITS:]
        empty = env.work / "trip-floor-empty.adgsom"
        if not empty.exists():
            fresh_store(env, "trip-floor-empty", title="Trip copy")
        n = [0]

        def edit(conn: Any, uuids: list[str], where: str) -> None:
            conn.executemany(
                "UPDATE note SET text = text || ?, version_no = version_no + 1 WHERE uuid = ?",
                [(f" (edited {where})", u) for u in uuids],
            )

        def bring(src: Any, dst: Any, dst_path: Path, uuids: list[str]) -> None:
            shutil.copyfile(dst_path, dst_path.with_suffix(".backup"))  # a backup first
            cur = src.execute(
                f"SELECT * FROM note WHERE uuid IN ({', '.join('?' for _ in uuids)})", uuids
            )
            dst.execute("BEGIN IMMEDIATE")
            insert_rows(dst, "note", cur, "INSERT OR REPLACE")
            dst.execute("COMMIT")

        def read_all(conn: Any) -> dict[str, list[Any]]:
            return {t: conn.execute(sql, (event,)).fetchall() for t, sql in TRIP_TABLES}

        def run() -> float:
            n[0] += 1
            team_path = env.work / f"trip-floor-team-{n[0] % 2}.adgsom"
            trip_path = env.work / f"trip-floor-copy-{n[0] % 2}.adgsom"
            shutil.copyfile(master, team_path)
            trip_path.unlink(missing_ok=True)
            team = sqlite_driver.connect(team_path)
            try:
                with stopwatch() as took:  # take offline
                    shutil.copyfile(empty, trip_path)
                    trip = sqlite_driver.connect(trip_path)
                    trip.execute("PRAGMA foreign_keys = OFF")
                    trip.execute("BEGIN IMMEDIATE")
                    copy_rows(team, trip, (*TRIP_TABLES, *CARRIED_TABLES), event)
                    trip.execute("COMMIT")
                try:
                    for conn, uuids, where in ((trip, laptop, "offline"), (team, capital, "")):
                        conn.execute("BEGIN IMMEDIATE")
                        edit(conn, uuids, where or "in capital")
                        conn.execute("COMMIT")
                    team.execute("PRAGMA foreign_keys = OFF")
                    with stopwatch() as brought:  # bring back: both read, each side's edits
                        read_all(trip), read_all(team)
                        bring(trip, team, team_path, laptop)
                        bring(team, trip, trip_path, capital)
                        trip.execute("BEGIN IMMEDIATE")  # the read-only parts replaced
                        for table, _sql in reversed(CARRIED_TABLES):
                            trip.execute(f"DELETE FROM {table}")
                        copy_rows(team, trip, CARRIED_TABLES, event)
                        trip.execute("COMMIT")
                    return took() + brought()
                finally:
                    trip.close()
            finally:
                team.close()

        yield run

    return Side(
        "raw SQL: empty store copied, the event's rows (texts, projects); both read, edits "
        "written, texts and projects replaced",
        factory,
    )


def _app() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services
        from adgsom_desktop.services.trip_service import return_trip, take_trip
        from adgsom_desktop.storage.store import Store

        with own_home(env):  # bundle_setup.own_home: not the machine's settings folder
            master = demo_store(env)
            event, notes = busiest_event(master)
            laptop, capital = notes[:EDITS], notes[EDITS:]
            n = [0]

            def edit(svc: Any, uuids: list[str], where: str) -> None:
                for uuid in uuids:
                    note = svc.notes.with_uuid(uuid)
                    assert note is not None
                    svc.notes.edit(
                        note.id,
                        text=f"{note.text} (edited {where})",
                        kind=note.kind,
                        item_id=note.item_id,
                        speaker_delegation_id=note.speaker_delegation_id,
                        speaker_person_id=note.speaker_person_id,
                        observed_stance=note.observed_stance,
                    )

            def run() -> float:
                n[0] += 1
                team_path = env.work / f"trip-app-team-{n[0] % 2}.adgsom"
                trip_path = remove_store(env, f"trip-app-copy-{n[0] % 2}")  # and its backups
                shutil.copyfile(master, team_path)
                team = Services.for_store(Store.open(team_path), actor="capital")
                try:
                    with stopwatch() as took:
                        taken = take_trip(team, event, trip_path)
                    edit(team, capital, "in capital")
                finally:
                    team.close()
                trip = Services.for_store(Store.open(trip_path), actor="aide")
                try:
                    edit(trip, laptop, "offline")
                    with stopwatch() as brought:
                        back = return_trip(trip)
                finally:
                    trip.close()
                env.log(
                    f"  trip: {taken.records:,} records taken; back: {back.to_team.summary()} / "
                    f"{back.to_trip.summary()}"
                )
                return took() + brought()

            yield run

    return Side("take_trip + return_trip (demo store as the team store)", factory)


CASES = [
    Case(
        name="trip_exchange",
        title="Trip copy of the demo's busiest event: take offline + bring back",
        unit="ms",
        goal=2.0,
        floor=_floor(),
        app=_app(),
        how=f"the demo store as the team store (a file); {EDITS} notes edited on each side "
        "between taking and bringing back (not timed); bring back = both directions",
    ),
]
