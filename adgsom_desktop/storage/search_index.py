"""Full-text search index (SQLite FTS5), kept in sync by triggers.

Tokenizer: ``trigram remove_diacritics 1``.  Thai, Lao, Khmer and Myanmar run
words together, so a word tokenizer (unicode61) finds nothing inside running
text; trigrams match any substring of 3+ characters in any script, and
``remove_diacritics`` makes "Viet Nam" find "Việt Nam".  Two gaps are closed in
the query builder: "đ" is a letter, not a d with a diacritic, so a term with a
d also matches đ; and terms shorter than 3 characters ("AI", "VN") fall back to
a LIKE filter.

One FTS row per indexed record; rowid = record id * 8 + kind code, so a trigger
finds its row by rowid without scanning.  The trigger bodies and the bulk
rebuild are generated from one spec per kind, so they cannot drift apart.
Versions of the DDL are frozen (``DDL_V1``): migrations name the version they
create, and a batch migration that rebuilds an indexed table calls
``create_triggers`` to put the current ones back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .search_fold import WordRank, mark
from .search_query import (
    HL_CLOSE,
    HL_OPEN,
    MAX_QUERY_CHARS,
    MAX_TERMS,
    MIN_TRIGRAM,
    ParsedQuery,
    RawHit,
    like_pattern,
    parse_query,
)

FTS_TABLE = "search_fts"
TOKENIZER = "trigram remove_diacritics 1"

__all__ = [
    "HL_CLOSE",
    "HL_OPEN",
    "MAX_QUERY_CHARS",
    "MAX_TERMS",
    "MIN_TRIGRAM",
    "FtsSearch",
    "ParsedQuery",
    "RawHit",
    "parse_query",
]

KIND_CODES = {
    "event": 0,
    "item": 1,
    "position": 2,
    "note": 3,
    "person": 4,
    "action": 5,
    "outcome": 6,
    "meeting": 7,
}
KINDS = tuple(KIND_CODES)


@dataclass(frozen=True)
class _KindSpec:
    kind: str
    table: str  # the table whose row events (re)index a record
    ref_id: str  # expression (alias x) of the indexed record's id
    title: str
    body: str
    meeting_id: str
    item_id: str
    trigger_where: str  # filter in trigger bodies (``new`` is the changed row)
    rebuild_where: str  # filter for a full rebuild
    update_of: str  # columns whose update reindexes; "" = every update
    delete_table: str  # table whose deletion removes the record
    extra_delete_when: str = ""  # condition on ``new`` that removes it on update


_NL = "char(10)"

_SPECS_V1 = (
    _KindSpec(
        kind="event",
        table="event",
        ref_id="x.id",
        title="x.title || ' ' || x.short_title",
        body=f"x.city || ' ' || x.country || {_NL} || x.steering_brief || {_NL} || x.logistics",
        meeting_id="NULL",
        item_id="NULL",
        trigger_where="x.id = new.id",
        rebuild_where="1",
        update_of="title, short_title, city, country, steering_brief, logistics",
        delete_table="event",
    ),
    _KindSpec(
        kind="meeting",
        table="meeting",
        ref_id="x.id",
        title="x.title",
        body=f"x.series || ' ' || x.venue || ' ' || x.chair || {_NL} || x.notes",
        meeting_id="x.id",
        item_id="NULL",
        trigger_where="x.id = new.id",
        rebuild_where="1",
        update_of="title, series, venue, chair, notes",
        delete_table="meeting",
    ),
    _KindSpec(
        kind="item",
        table="agenda_item",
        ref_id="x.id",
        title="x.number || ' ' || x.title",
        body=f"x.lead_text || {_NL} || x.description",
        meeting_id="x.meeting_id",
        item_id="x.id",
        trigger_where="x.id = new.id",
        rebuild_where="1",
        update_of="number, title, lead_text, description, meeting_id",
        delete_table="agenda_item",
    ),
    _KindSpec(
        # A position is indexed from its newest saved version: every save writes
        # one, and the snapshot holds every section (json_tree's text leaves).
        kind="position",
        table="position_version",
        ref_id="x.position_id",
        title="''",
        body=(
            f"(SELECT group_concat(j.value, {_NL}) FROM json_tree(x.snapshot) AS j "
            "WHERE j.type = 'text' AND j.key NOT IN "
            "('stance', 'authority', 'status', 'saved_by', 'approved_at', 'approved_by'))"
        ),
        meeting_id=(
            "(SELECT i.meeting_id FROM position AS p JOIN agenda_item AS i "
            "ON i.id = p.item_id WHERE p.id = x.position_id)"
        ),
        item_id="(SELECT p.item_id FROM position AS p WHERE p.id = x.position_id)",
        trigger_where="x.id = new.id",
        rebuild_where="x.id IN (SELECT max(id) FROM position_version GROUP BY position_id)",
        update_of="snapshot",
        delete_table="position",
    ),
    _KindSpec(
        kind="note",
        table="note",
        ref_id="x.id",
        title="''",
        body="x.text",
        meeting_id="x.meeting_id",
        item_id="x.item_id",
        trigger_where="x.id = new.id AND x.deleted_at IS NULL",
        rebuild_where="x.deleted_at IS NULL",
        update_of="",
        delete_table="note",
    ),
    _KindSpec(
        kind="person",
        table="person",
        ref_id="x.id",
        title="x.honorific || ' ' || x.full_name || ' ' || x.local_name",
        body=(f"x.title || ' ' || x.agency || {_NL} || x.bio || {_NL} || x.last_said"),
        meeting_id="NULL",
        item_id="NULL",
        trigger_where="x.id = new.id",
        rebuild_where="1",
        update_of="honorific, full_name, local_name, title, agency, bio, last_said",
        delete_table="person",
    ),
    _KindSpec(
        kind="action",
        table="action_item",
        ref_id="x.id",
        title="x.owner_agency",
        body="x.text",
        meeting_id="x.meeting_id",
        item_id="x.item_id",
        trigger_where="x.id = new.id",
        rebuild_where="1",
        update_of="text, owner_agency, meeting_id, item_id",
        delete_table="action_item",
    ),
    _KindSpec(
        kind="outcome",
        table="outcome",
        ref_id="x.id",
        title="x.verb",
        body="x.text",
        meeting_id="(SELECT i.meeting_id FROM agenda_item AS i WHERE i.id = x.item_id)",
        item_id="x.item_id",
        trigger_where="x.id = new.id",
        rebuild_where="1",
        update_of="verb, text, item_id",
        delete_table="outcome",
    ),
)


def _rowid(spec: _KindSpec, alias: str = "x") -> str:
    ref = spec.ref_id.replace("x.", f"{alias}.")
    return f"({ref}) * 8 + {KIND_CODES[spec.kind]}"


def _select(spec: _KindSpec, where: str) -> str:
    return (
        f"INSERT INTO {FTS_TABLE}(rowid, title, body, kind, ref_id, meeting_id, item_id) "
        f"SELECT {_rowid(spec)}, coalesce({spec.title}, ''), coalesce({spec.body}, ''), "
        f"'{spec.kind}', {spec.ref_id}, {spec.meeting_id}, {spec.item_id} "
        f"FROM {spec.table} AS x WHERE {where}"
    )


def _triggers(specs: tuple[_KindSpec, ...]) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER sql) for every kind."""
    out: list[tuple[str, str]] = []
    for spec in specs:
        code = KIND_CODES[spec.kind]
        delete_new = f"DELETE FROM {FTS_TABLE} WHERE rowid = {_rowid(spec, 'new')};"
        ins = _select(spec, spec.trigger_where) + ";"
        name = f"fts_{spec.kind}_ins"
        out.append(
            (
                name,
                f"CREATE TRIGGER {name} AFTER INSERT ON {spec.table} BEGIN {delete_new} {ins} END",
            )
        )
        of = f" OF {spec.update_of}" if spec.update_of else ""
        delete_old = f"DELETE FROM {FTS_TABLE} WHERE rowid = {_rowid(spec, 'old')};"
        name = f"fts_{spec.kind}_upd"
        out.append(
            (
                name,
                f"CREATE TRIGGER {name} AFTER UPDATE{of} ON {spec.table} BEGIN "
                f"{delete_old} {delete_new} {ins} END",
            )
        )
        name = f"fts_{spec.kind}_del"
        out.append(
            (
                name,
                f"CREATE TRIGGER {name} AFTER DELETE ON {spec.delete_table} BEGIN "
                f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id * 8 + {code}; END",
            )
        )
    return out


@dataclass(frozen=True)
class Ddl:
    version: int
    create_table: str
    triggers: tuple[tuple[str, str], ...]
    rebuild: tuple[str, ...]
    counts: tuple[str, ...]  # how many rows each kind should have in the index


def _ddl(version: int, specs: tuple[_KindSpec, ...]) -> Ddl:
    return Ddl(
        version=version,
        create_table=(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "title, body, kind UNINDEXED, ref_id UNINDEXED, meeting_id UNINDEXED, "
            f"item_id UNINDEXED, tokenize = '{TOKENIZER}')"
        ),
        triggers=tuple(_triggers(specs)),
        rebuild=tuple(_select(s, s.rebuild_where) for s in specs),
        counts=tuple(f"SELECT count(*) FROM {s.table} AS x WHERE {s.rebuild_where}" for s in specs),
    )


DDL_V1 = _ddl(1, _SPECS_V1)
SPECS = {1: _SPECS_V1}  # the kind specs of each frozen version (PostgreSQL renders its own)
CURRENT = DDL_V1


# -- maintenance (used by migrations, bulk loads and the database check) ------


def _pg(conn: Any) -> bool:
    """The migrations run the same scripts on PostgreSQL: its index is ``pg_search``'s."""
    return bool(getattr(getattr(conn, "dialect", None), "name", "") == "postgresql")


def create_table(conn: Any, ddl: Ddl = CURRENT) -> None:
    if _pg(conn):
        from . import pg_search

        pg_search.create_table(conn, ddl.version)
        return
    conn.exec_driver_sql(ddl.create_table)


def drop_triggers(conn: Any, ddl: Ddl = CURRENT) -> None:
    if _pg(conn):
        from . import pg_search

        pg_search.drop_triggers(conn, ddl.version)
        return
    for name, _sql in ddl.triggers:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(conn: Any, ddl: Ddl = CURRENT) -> None:
    if _pg(conn):
        from . import pg_search

        pg_search.create_triggers(conn, ddl.version)
        return
    drop_triggers(conn, ddl)
    for _name, sql in ddl.triggers:
        conn.exec_driver_sql(sql)


def rebuild(conn: Any, ddl: Ddl = CURRENT) -> None:
    """Re-derive the whole index from the tables (after a bulk load, or a repair)."""
    if _pg(conn):
        from . import pg_search

        pg_search.rebuild(conn, ddl.version)
        return
    conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    for sql in ddl.rebuild:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


def expected_row_count(conn: Any, ddl: Ddl = CURRENT) -> int:
    """How many rows a complete index holds (for the database check)."""
    counts = ddl.counts
    if _pg(conn):
        counts = tuple(sql.replace("WHERE 1", "WHERE true") for sql in counts)
    return sum(int(conn.exec_driver_sql(sql).scalar()) for sql in counts)


def index_row_count(conn: Any) -> int:
    if _pg(conn):
        from . import pg_search

        return pg_search.index_row_count(conn)
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {FTS_TABLE}").scalar())


# -- queries ------------------------------------------------------------------


# The engine's best this many are ranked by whole words (see search): by bm25 two pages
# are enough; newest first (a lone short word, "AI") says nothing of relevance, so more.
CANDIDATES = 100
CANDIDATES_UNRANKED = 2000

# What describes the hits of the page shown (item number and title, meeting title, a
# note's speaker), in one statement: {items}, {meetings}, {notes} are lists of ``?``.
_ABOUT = (
    "SELECT 0, id, number, title FROM agenda_item WHERE id IN ({items}) UNION ALL "
    "SELECT 1, id, title, NULL FROM meeting WHERE id IN ({meetings}) UNION ALL "
    "SELECT 2, n.id, d.code, NULL FROM note AS n "
    "JOIN delegation AS d ON d.id = n.speaker_delegation_id WHERE n.id IN ({notes})"
)


def _candidates(
    cursor: Any, query: ParsedQuery, where: list[str], params: list[Any], limit: int
) -> list[Any]:
    """The engine's best candidates (at least ``limit``): by weighted bm25 (ties by rowid,
    as SQLite's sorter keeps them), else the newest. bm25 reads no text: the best are
    chosen first and only their text is read (a sorter carrying every match's text cost a
    tenth more)."""
    cond = " AND ".join(where)
    if not query.match:  # only short terms: no ranking function, newest records first
        sql = (
            f"SELECT rowid, kind, ref_id, meeting_id, item_id, title, body, 0.0 "
            f"FROM {FTS_TABLE} WHERE {cond} ORDER BY rowid DESC LIMIT ?"
        )
        return list(cursor.execute(sql, (*params, max(CANDIDATES_UNRANKED, limit))).fetchall())
    sql = (
        "SELECT f.rowid, f.kind, f.ref_id, f.meeting_id, f.item_id, f.title, f.body, d.score "
        f"FROM (SELECT rowid, bm25({FTS_TABLE}, 4.0, 1.0) AS score FROM {FTS_TABLE} "
        f"WHERE {cond} ORDER BY score LIMIT ?) AS d "
        f"JOIN {FTS_TABLE} AS f ON f.rowid = d.rowid ORDER BY d.score, d.rowid"
    )
    return list(cursor.execute(sql, (*params, max(CANDIDATES, limit))).fetchall())


def _about(cursor: Any, rows: list[Any]) -> dict[tuple[int, int], tuple[Any, Any]]:
    """``_ABOUT`` for ``rows``: {(0, item id): (number, title), (1, meeting id): (title,
    None), (2, note id): (speaker's code, None)}."""
    items = sorted({int(r[4]) for r in rows if r[4]})
    meetings = sorted({int(r[3]) for r in rows if r[3]})
    notes = [int(r[2]) for r in rows if r[1] == "note"]
    sql = _ABOUT.format(
        items=", ".join("?" * len(items)),
        meetings=", ".join("?" * len(meetings)),
        notes=", ".join("?" * len(notes)),
    )
    return {(r[0], r[1]): (r[2], r[3]) for r in cursor.execute(sql, (*items, *meetings, *notes))}


def search(
    conn: Any,
    query: ParsedQuery,
    *,
    limit: int = 50,
    kinds: tuple[str, ...] = (),
    meeting_id: int | None = None,
) -> list[RawHit]:
    """Ranked hits (best first) with what describes them. ``conn`` is a SQLAlchemy
    Connection; its DB-API cursor runs the two statements (no execute layer)."""
    if query.empty:
        return []
    where: list[str] = []
    params: list[Any] = []
    if query.match:
        where.append(f"{FTS_TABLE} MATCH ?")
        params.append(query.match)
    for term in query.like_terms:
        where.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
        params += [like_pattern(term)] * 2
    if kinds:
        where.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    if meeting_id is not None:
        where.append("meeting_id = ?")
        params.append(meeting_id)
    # Whole words first ("AI", not "Thailand"), then the engine's own order. The
    # whole-word rank reads the text, so it runs on the engine's best CANDIDATES only:
    # as a GLOB over every match of a common word ("the") it cost seconds on the
    # 100k-note store. The matches are marked, and described, on the page shown only.
    cursor = conn.connection.driver_connection.cursor()
    try:
        rows = _candidates(cursor, query, where, params, int(limit))
        rank = WordRank.of(query)
        tiers = [rank.score(str(r[5] or ""), str(r[6] or "")) for r in rows]
        best = sorted(range(len(rows)), key=lambda n: (-tiers[n], n))[: int(limit)]
        rows = [rows[n] for n in best]
        about = _about(cursor, rows)
    finally:
        cursor.close()
    hits = []
    none = ("", "")
    for r in rows:
        title, body = str(r[5] or ""), str(r[6] or "")
        if query.match:  # as FTS5's highlight() marked them, in Python: the page only
            title, body = mark(title, query.terms), mark(body, query.terms)
        number, item_title = about.get((0, int(r[4])), none) if r[4] else none
        meeting = about.get((1, int(r[3])), none)[0] if r[3] else ""
        speaker = about.get((2, int(r[2])), none)[0] if r[1] == "note" else ""
        hits.append(
            RawHit(
                kind=str(r[1]),
                ref_id=int(r[2]),
                meeting_id=None if r[3] is None else int(r[3]),
                item_id=None if r[4] is None else int(r[4]),
                title=title,
                body=body,
                score=float(r[7]),
                about=(number, item_title, meeting, speaker or ""),
            )
        )
    return hits


class FtsSearch:
    """The SQLite store's ``SearchIndex``: FTS5 with the trigram tokenizer."""

    def parse(self, text: str) -> ParsedQuery:
        return parse_query(text)

    def search(
        self,
        conn: Any,
        query: ParsedQuery,
        *,
        limit: int = 50,
        kinds: tuple[str, ...] = (),
        meeting_id: int | None = None,
    ) -> list[RawHit]:
        return search(conn, query, limit=limit, kinds=kinds, meeting_id=meeting_id)

    def suspend(self, conn: Any) -> None:
        drop_triggers(conn)

    def resume(self, conn: Any) -> None:
        rebuild(conn)
        create_triggers(conn)

    def rebuild(self, conn: Any) -> None:
        rebuild(conn)

    def rows(self, conn: Any) -> tuple[int, int]:
        return index_row_count(conn), expected_row_count(conn)

    def verify(self, conn: Any) -> str | None:
        try:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('integrity-check')")
        except Exception as exc:
            return str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return None
