"""One committed note edit: the app against the same statements run raw.

The floor of the note edit is the very work the app asks of SQLite: every
statement ``NoteService.edit`` hands the driver (the locked read of the note,
the checks, the UPDATE, the history version, the audit entry and its chain, the
FTS triggers fired by the UPDATE, the commit), recorded from the app on one copy
of the store and replayed through the raw ``sqlcipher3`` connection, with the same
parameters, on a second copy in the same state.  What the ratio measures is then
only what lies between a service call and the driver: validation, SQLAlchemy's
execute layer, the session, the records and the change published.

A second row keeps the older comparison: the app against a raw ORM write (one
``Session.get``, one attribute set, one commit), which does less work than the
app (no version, no audit) but is what an ORM-based app would call its floor.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .harness import Env, Run, Side, stopwatch

EDITS_PER_RUN = 40
# The notes the app side edits (the 40 after the ORM floor's first 40), and the raw floor
# replays the edits of the same notes on its own copy: what the FTS triggers cost grows
# with a note's length, and the next 40 notes are a fifth shorter than these (until
# 2026-12-07 the floor replayed those, and the ratio counted their difference).
APP_NOTES_OFFSET = EDITS_PER_RUN

Statement = tuple[str, Any]  # (SQL, DB-API parameters); ("COMMIT", None) ends an edit


def note_ids(path: Path, count: int, offset: int) -> list[int]:
    from adgsom_desktop.storage import sqlite_driver

    conn = sqlite_driver.connect(path)
    try:
        rows = conn.execute(
            "SELECT id FROM note WHERE deleted_at IS NULL ORDER BY id LIMIT ? OFFSET ?",
            (count, offset),
        ).fetchall()
    finally:
        conn.close()
    return [int(r[0]) for r in rows]


@contextlib.contextmanager
def edit_store(env: Env) -> Iterator[Path]:
    """One writable copy shared by the app side and the ORM floor (each edits its own
    notes; the raw floor has copies of its own)."""
    if "edit_store" not in env.cache:
        env.cache["edit_store"] = env.copy_store("edits")
    yield env.cache["edit_store"]


def edited(text: str, turn: int) -> str:
    return f"{text.split(' [edit', 1)[0]} [edit {turn}]"


def app_edits(services: Any, ids: list[int]) -> Any:
    """A function making one run of edits (turn N) through ``NoteService.edit``."""
    notes = {n.id: n for n in _notes_by_id(services, ids)}

    def run(turn: int) -> None:
        for note_id in ids:
            n = notes[note_id]
            notes[note_id] = services.notes.edit(
                note_id,
                text=edited(n.text, turn),
                kind=n.kind,
                item_id=n.item_id,
                speaker_delegation_id=n.speaker_delegation_id,
                speaker_person_id=n.speaker_person_id,
                observed_stance=n.observed_stance,
            )

    return run


def _notes_by_id(services: Any, ids: list[int]) -> list[Any]:
    wanted = set(ids)
    out = []
    for meeting in services.events.meetings():
        out += [n for n in services.notes.notes(meeting.id) if n.id in wanted]
        if len(out) == len(wanted):
            break
    return out


class _Recording:
    """A DB-API connection (or cursor) that notes every statement run on it and its
    commits: the statements of the app's writes on the DB-API connection
    (``storage.driver_sql``), which pass no SQLAlchemy event."""

    def __init__(self, inner: Any, out: Any) -> None:
        self._inner, self._out = inner, out

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def cursor(self) -> Any:
        return _Recording(self._inner.cursor(), self._out)

    def execute(self, sql: str, parameters: Any = None) -> Any:
        self._out().append((sql, parameters))
        return (
            self._inner.execute(sql, parameters)
            if parameters is not None
            else self._inner.execute(sql)
        )

    def commit(self) -> None:
        self._out().append(("COMMIT", None))
        self._inner.commit()


def record(path: Path, ids: list[int], turns: int) -> list[list[Statement]]:
    """Every statement the app hands the driver for ``turns`` runs of edits of ``ids``
    on the store at ``path``, one list per run (the runs' commits marked): those run
    through SQLAlchemy (its cursor events) and those run on the DB-API connection."""
    from sqlalchemy import event

    from adgsom_desktop.services.container import Services

    services = Services.open(path, actor="benchmark")
    try:
        engine = services.ctx.backend.engine  # type: ignore[attr-defined]
        run = app_edits(services, ids)
        current: list[Statement] = []

        def on_execute(*args: Any) -> None:
            _conn, _cursor, statement, parameters, _context, executemany = args
            if executemany:
                raise RuntimeError("a note edit used executemany: the floor replays single rows")
            current.append((statement, parameters))

        def on_commit(_conn: Any) -> None:
            current.append(("COMMIT", None))

        raw_connection = engine.raw_connection
        engine.raw_connection = lambda: _Recording(raw_connection(), lambda: current)
        # The hot writes' own connection (``driver_sql.WriteConnection``): opened here,
        # then recorded like the pooled ones.
        writer = services.ctx.backend.sessions.current().writer  # type: ignore[attr-defined]
        with writer.busy:
            writer.open()
            writer.dbapi = _Recording(writer.dbapi, lambda: current)
            writer.cursor = writer.dbapi.cursor()
        event.listen(engine, "before_cursor_execute", on_execute)
        event.listen(engine, "commit", on_commit)
        out = []
        try:
            for turn in range(1, turns + 1):
                current = []
                run(turn)
                out.append(current)
        finally:
            event.remove(engine, "before_cursor_execute", on_execute)
            event.remove(engine, "commit", on_commit)
            del engine.raw_connection
    finally:
        services.close()
    if any(sum(1 for s, _ in r if s == "COMMIT") != len(ids) for r in out):
        raise RuntimeError("each edit must be one transaction")
    return out


def raw_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services
        from adgsom_desktop.storage import sqlite_driver

        recorded_on = env.copy_store("edits-recorded")
        Services.open(recorded_on, actor="benchmark").close()  # what opening writes, first
        replayed_on = env.work / "edits-replayed.adgsom"
        shutil.copyfile(recorded_on, replayed_on)
        ids = note_ids(recorded_on, EDITS_PER_RUN, APP_NOTES_OFFSET)
        runs = record(recorded_on, ids, env.runs + 3)
        conn = sqlite_driver.connect(replayed_on)  # the app's driver, pragmas and key
        turn = [0]

        def run() -> float:
            statements = runs[turn[0]]
            turn[0] += 1
            execute, commit = conn.execute, conn.commit
            with stopwatch() as elapsed:
                for sql, params in statements:
                    if sql == "COMMIT":
                        commit()
                    elif params is None:
                        execute(sql).fetchall()
                    else:
                        execute(sql, params).fetchall()
            return elapsed() / EDITS_PER_RUN

        try:
            yield run
        finally:
            conn.close()

    return Side(
        "the same statements, raw: what NoteService.edit hands the driver (read under lock, "
        "UPDATE, version, audit, FTS triggers, commit), replayed through sqlcipher3",
        factory,
    )


def orm_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from sqlalchemy.orm import Session

        from adgsom_desktop.domain.models import Note
        from adgsom_desktop.storage.engine import make_engine

        with edit_store(env) as path:
            ids = note_ids(path, EDITS_PER_RUN, 0)
            engine = make_engine(path)
            turn = [0]

            def run() -> float:
                turn[0] += 1
                with stopwatch() as elapsed:
                    for note_id in ids:
                        with Session(engine) as s, s.begin():
                            note = s.get_one(Note, note_id)
                            note.text = edited(note.text, turn[0])
                return elapsed() / len(ids)

            try:
                yield run
            finally:
                engine.dispose()

    return Side("raw ORM: Session.get, set text, commit (same engine and pragmas)", factory)


def app_side() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services

        with edit_store(env) as path:
            ids = note_ids(path, EDITS_PER_RUN, APP_NOTES_OFFSET)
            services = Services.open(path, actor="benchmark")
            edits = app_edits(services, ids)
            turn = [0]

            def run() -> float:
                turn[0] += 1
                with stopwatch() as elapsed:
                    edits(turn[0])
                return elapsed() / len(ids)

            try:
                yield run
            finally:
                services.close()

    return Side("NoteService.edit (validation, history version, audit entry, change)", factory)
