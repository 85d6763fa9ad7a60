"""The team store (PostgreSQL) at 100,000 notes: search top-50 and one note edit.

Each app path is measured against the same SQL run raw through psycopg on the same
throwaway server (``pg_server``): the search's own statement (``PgSearch.statement``)
fetched and nothing more; a note edit's statements (lock the note, update it, its
history version, the audit lock, tip, entry and head) in one transaction.  The
generated benchmark store is copied onto the server once per run (``copy``).
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from .cases_data import LIMIT, ORDINARY_TERMS, PASSES, WORST_TERMS
from .harness import Case, Env, Run, Side, stopwatch
from .note_edit import EDITS_PER_RUN

_MADE: dict[str, str] = {}  # generated store -> its team store's URL (one per run)


def _team_url(env: Env) -> str:
    """A team store holding the generated store, on a throwaway server (made once)."""
    key = str(env.store)
    if key not in _MADE:
        from adgsom_desktop.services.container import Services
        from adgsom_desktop.services.copy_service import copy_store

        from . import pg_server

        server = pg_server.start()
        atexit.register(server.stop)
        url = server.create_database("bench")
        env.log("  copying the generated store onto the throwaway PostgreSQL server…")
        source = Services.open(env.shared_store(), actor="benchmark")
        try:
            copy_store(source, url)
        finally:
            source.close()
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        _MADE[key] = url
    return _MADE[key]


# -- search -------------------------------------------------------------------------------


def _search_floor(terms: tuple[str, ...]) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        import psycopg

        from adgsom_desktop.storage.pg_search import PgSearch
        from adgsom_desktop.storage.search_query import parse_query

        conn = psycopg.connect(_team_url(env), autocommit=True)
        statements = [PgSearch().statement(parse_query(t), limit=LIMIT) for t in terms]

        def run() -> float:
            with stopwatch() as elapsed:
                for _ in range(PASSES):
                    for sql, params in statements:
                        conn.execute(sql, params).fetchall()
            return elapsed() / (PASSES * len(statements))

        try:
            yield run
        finally:
            conn.close()

    return Side("raw psycopg: the same pg_trgm statement, fetched", factory)


def _search_app(terms: tuple[str, ...]) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services

        services = Services.open(_team_url(env), actor="benchmark")

        def run() -> float:
            with stopwatch() as elapsed:
                for _ in range(PASSES):
                    for term in terms:
                        services.search.search(term, limit=LIMIT)
            return elapsed() / (PASSES * len(terms))

        try:
            yield run
        finally:
            services.close()

    return Side("SearchService.search on a team store (ranked, highlighted, snippets)", factory)


# -- one committed note edit -------------------------------------------------------------


def _note_ids(url: str, count: int, offset: int) -> list[int]:
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT id FROM note WHERE deleted_at IS NULL ORDER BY id LIMIT %s OFFSET %s",
            (count, offset),
        ).fetchall()
    return [int(r[0]) for r in rows]


def _edit_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        import psycopg

        url = _team_url(env)
        ids = _note_ids(url, EDITS_PER_RUN, 2 * EDITS_PER_RUN)
        conn = psycopg.connect(url)
        turn = [0]

        def edit(note_id: int) -> None:
            now = datetime.now(UTC).replace(tzinfo=None)
            row = conn.execute(
                "SELECT n.id, n.meeting_id, n.item_id, n.taken_at, n.speaker_delegation_id, "
                "n.speaker_person_id, n.kind, n.text, n.observed_stance, n.version_no, "
                "n.deleted_at, d.code, p.full_name, i.number FROM note AS n "
                "LEFT JOIN delegation AS d ON d.id = n.speaker_delegation_id "
                "LEFT JOIN person AS p ON p.id = n.speaker_person_id "
                "LEFT JOIN agenda_item AS i ON i.id = n.item_id WHERE n.id = %s FOR UPDATE OF n",
                (note_id,),
            ).fetchone()
            assert row is not None
            text = f"{row[7].split(' [edit', 1)[0]} [edit {turn[0]}]"
            version = row[9] + 1
            conn.execute(
                "UPDATE note SET text = %s, kind = %s, item_id = %s, speaker_delegation_id = %s, "
                "speaker_person_id = %s, observed_stance = %s, version_no = %s, "
                "updated_at = %s WHERE id = %s",
                (text, row[6], row[2], row[4], row[5], row[8], version, now, note_id),
            )
            snapshot = json.dumps({"text": text, "kind": row[6], "item_id": row[2]})
            conn.execute(
                "INSERT INTO note_version (note_id, version_no, saved_at, snapshot) "
                "VALUES (%s, %s, %s, %s)",
                (note_id, version, now, snapshot),
            )
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s), %s)", ("adgsom:audit", 0))
            tip = conn.execute(
                "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
            ).fetchone()
            entry_id, prev = (tip[0] + 1, tip[1]) if tip else (1, "")
            digest = hashlib.sha256(f"{entry_id}{now}{prev}".encode()).hexdigest()
            conn.execute(
                "INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, detail, "
                "prev_hash, hash) VALUES (%s, %s, 'floor', 'edit', 'note', %s, '', %s, %s)",
                (entry_id, now, note_id, prev, digest),
            )
            conn.execute(
                "UPDATE store_setting SET value = %s WHERE key = 'audit_head'",
                (f"{entry_id} {digest}",),
            )
            conn.commit()

        def run() -> float:
            turn[0] += 1
            with stopwatch() as elapsed:
                for note_id in ids:
                    edit(note_id)
            return elapsed() / len(ids)

        try:
            yield run
        finally:
            conn.close()

    return Side(
        "raw psycopg: the edit's statements (lock, update, version, audit) committed", factory
    )


def _edit_app() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services

        url = _team_url(env)
        ids = _note_ids(url, EDITS_PER_RUN, 3 * EDITS_PER_RUN)
        services = Services.open(url, actor="benchmark")
        notes = {i: services.notes.note(i) for i in ids}
        turn = [0]

        def run() -> float:
            turn[0] += 1
            with stopwatch() as elapsed:
                for note_id in ids:
                    n = notes[note_id]
                    notes[note_id] = services.notes.edit(
                        note_id,
                        text=f"{n.text.split(' [edit', 1)[0]} [edit {turn[0]}]",
                        kind=n.kind,
                        item_id=n.item_id,
                        speaker_delegation_id=n.speaker_delegation_id,
                        speaker_person_id=n.speaker_person_id,
                        observed_stance=n.observed_stance,
                    )
            return elapsed() / len(ids)

        try:
            yield run
        finally:
            services.close()

    return Side("NoteService.edit on a team store (locks, history, audit, change)", factory)


def _cases() -> list[Case]:
    return [
        Case(
            name="team_search_ordinary",
            title="Team store (PostgreSQL): search top-50, ordinary terms",
            unit="ms",
            goal=1.5,
            floor=_search_floor(ORDINARY_TERMS),
            app=_search_app(ORDINARY_TERMS),
            how=f"mean per query over {len(ORDINARY_TERMS)} terms x {PASSES} passes "
            "(pg_trgm GIN over unaccented text)",
        ),
        Case(
            name="team_search_worst",
            title="Team store (PostgreSQL): search top-50, very common words",
            unit="ms",
            goal=2.0,
            floor=_search_floor(WORST_TERMS),
            app=_search_app(WORST_TERMS),
            how=f"mean per query over {PASSES} passes of "
            + ", ".join(f"'{t}'" for t in WORST_TERMS),
        ),
        Case(
            name="team_note_edit",
            title="Team store (PostgreSQL): one committed note edit",
            unit="ms",
            goal=1.5,
            floor=_edit_floor(),
            app=_edit_app(),
            how=f"mean of {EDITS_PER_RUN} edits of different notes, each committed",
        ),
    ]


def available() -> bool:
    from . import pg_server

    return pg_server.binaries() is not None


CASES: list[Case] = _cases() if available() else []
__all__: list[Any] = ["CASES"]
