"""Full-text search on the team store (PostgreSQL): pg_trgm GIN over folded text.

The same records as the SQLite index (``search_index``'s kind specs, one spec per
kind, rendered here as PL/pgSQL triggers): a ``search_doc`` row per record, id =
record id * 8 + kind code, kept in step by triggers.  ``folded`` is the title and
body lower-cased without accents (``adgsom_fold``: ``unaccent`` wrapped in an
IMMUTABLE function, so it can be indexed), and a GIN ``gin_trgm_ops`` index on it
serves ``LIKE '%term%'``: any substring of three or more characters in any script
(Thai, Lao, Khmer and Myanmar words inside running text), "Viet Nam" finding
"Việt Nam", "Da Nang" finding "Đà Nẵng" (unaccent folds đ).

Ranking stands in for SQLite's bm25: per term, a title hit counts 4 and each body
hit counts by its share of the text's length.  Highlighting is done here, in
Python, with the same folding (``fold_map``), so snippets look like SQLite's.
"""

from __future__ import annotations

import re
from typing import Any

from .search_fold import fold_map, mark
from .search_index import KIND_CODES, SPECS, _KindSpec
from .search_query import (
    ParsedQuery,
    RawHit,
    like_pattern,
    parse_query,
    regex_word,
    word_weights,
)

TABLE = "search_doc"
INDEX = "ix_search_doc_folded"
FOLD = "adgsom_fold"
JSON_TEXT = "adgsom_json_text"
EXTENSIONS = ("pg_trgm", "unaccent")

# The keys of a brief's snapshot that are not text to find (as the SQLite index).
_POSITION_SKIP = "ARRAY['stance','authority','status','saved_by','approved_at','approved_by']"

_FUNCTIONS = (
    # unaccent() is only STABLE (its dictionary could change): the wrapper names the
    # dictionary and is declared IMMUTABLE so that the folded text can be stored and
    # indexed.  Schema-qualified: a member's search_path changes nothing.
    f"""CREATE OR REPLACE FUNCTION {FOLD}(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, t)) $$""",
    # SQLite's json_tree text leaves, in any depth, without the skipped keys.
    f"""CREATE OR REPLACE FUNCTION {JSON_TEXT}(doc jsonb, skip text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
    DECLARE
        parts text[] := '{{}}';
        r record;
        sub text;
    BEGIN
        IF doc IS NULL THEN RETURN NULL; END IF;
        IF jsonb_typeof(doc) = 'string' THEN RETURN doc #>> '{{}}'; END IF;
        IF jsonb_typeof(doc) = 'object' THEN
            FOR r IN SELECT key, value FROM jsonb_each(doc) LOOP
                IF jsonb_typeof(r.value) = 'string' THEN
                    IF NOT (r.key = ANY(skip)) THEN parts := parts || (r.value #>> '{{}}'); END IF;
                ELSIF jsonb_typeof(r.value) IN ('object', 'array') THEN
                    sub := {JSON_TEXT}(r.value, skip);
                    IF sub IS NOT NULL THEN parts := parts || sub; END IF;
                END IF;
            END LOOP;
        ELSIF jsonb_typeof(doc) = 'array' THEN
            FOR r IN SELECT value FROM jsonb_array_elements(doc) LOOP
                sub := {JSON_TEXT}(r.value, skip);
                IF sub IS NOT NULL THEN parts := parts || sub; END IF;
            END LOOP;
        END IF;
        RETURN nullif(array_to_string(parts, chr(10)), '');
    END $$""",
)


def _pg(sql: str) -> str:
    """A spec's SQLite expression as PostgreSQL writes it."""
    return sql.replace("char(10)", "chr(10)")


def _body(spec: _KindSpec) -> str:
    if spec.kind == "position":
        return f"{JSON_TEXT}(x.snapshot::jsonb, {_POSITION_SKIP})"
    return _pg(spec.body)


def _docid(spec: _KindSpec, alias: str) -> str:
    return f"({spec.ref_id.replace('x.', f'{alias}.')}) * 8 + {KIND_CODES[spec.kind]}"


def _select(spec: _KindSpec, where: str) -> str:
    where = "true" if where == "1" else where
    return (
        f"INSERT INTO {TABLE} (id, title, body, kind, ref_id, meeting_id, item_id) "
        f"SELECT {_docid(spec, 'x')}, coalesce({_pg(spec.title)}, ''), "
        f"coalesce({_body(spec)}, ''), '{spec.kind}', {spec.ref_id}, {spec.meeting_id}, "
        f"{spec.item_id} FROM {spec.table} AS x WHERE {where}"
    )


def _trigger_sql(spec: _KindSpec) -> list[str]:
    """The functions and triggers that keep one kind in step."""
    code = KIND_CODES[spec.kind]
    put, drop = f"search_{spec.kind}_put", f"search_{spec.kind}_drop"
    of = f" OF {spec.update_of}" if spec.update_of else ""
    return [
        f"""CREATE OR REPLACE FUNCTION {put}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                DELETE FROM {TABLE} WHERE id = {_docid(spec, "old")};
            END IF;
            DELETE FROM {TABLE} WHERE id = {_docid(spec, "new")};
            {_select(spec, spec.trigger_where)};
            RETURN NULL;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION {drop}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM {TABLE} WHERE id = old.id * 8 + {code};
            RETURN NULL;
        END $$""",
        f"CREATE TRIGGER {put}_ins AFTER INSERT ON {spec.table} "
        f"FOR EACH ROW EXECUTE FUNCTION {put}()",
        f"CREATE TRIGGER {put}_upd AFTER UPDATE{of} ON {spec.table} "
        f"FOR EACH ROW EXECUTE FUNCTION {put}()",
        f"CREATE TRIGGER {drop} AFTER DELETE ON {spec.delete_table} "
        f"FOR EACH ROW EXECUTE FUNCTION {drop}()",
    ]


def _trigger_names(spec: _KindSpec) -> list[tuple[str, str]]:
    put, drop = f"search_{spec.kind}_put", f"search_{spec.kind}_drop"
    return [
        (f"{put}_ins", spec.table),
        (f"{put}_upd", spec.table),
        (drop, spec.delete_table),
    ]


# -- maintenance (called through search_index's functions by the migrations) -----------


def create_table(conn: Any, version: int = 1) -> None:
    for name in EXTENSIONS:
        conn.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {name} SCHEMA public")
    for sql in _FUNCTIONS:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(
        f"""CREATE TABLE {TABLE} (
            id bigint PRIMARY KEY,
            kind varchar(16) NOT NULL,
            ref_id integer NOT NULL,
            meeting_id integer,
            item_id integer,
            title text NOT NULL,
            body text NOT NULL,
            folded text GENERATED ALWAYS AS ({FOLD}(title || chr(10) || body)) STORED
        )"""
    )
    conn.exec_driver_sql(f"CREATE INDEX {INDEX} ON {TABLE} USING gin (folded gin_trgm_ops)")
    conn.exec_driver_sql(f"CREATE INDEX ix_search_doc_meeting ON {TABLE} (meeting_id)")


def drop_triggers(conn: Any, version: int = 1) -> None:
    for spec in SPECS[version]:
        for name, table in _trigger_names(spec):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def create_triggers(conn: Any, version: int = 1) -> None:
    """(Re)create every kind's triggers (an ALTER TABLE keeps them; this is idempotent)."""
    drop_triggers(conn, version)
    for spec in SPECS[version]:
        for sql in _trigger_sql(spec):
            conn.exec_driver_sql(sql)


def rebuild(conn: Any, version: int = 1) -> None:
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    for spec in SPECS[version]:
        conn.exec_driver_sql(_select(spec, spec.rebuild_where))


def index_row_count(conn: Any) -> int:
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar())


# -- highlighting with the server's folding ----------------------------------------------

# unaccent's rules that are more than "drop the accents" (one letter, several letters).
_SPACES = re.compile(r"\s+")


class PgSearch:
    """The team store's ``SearchIndex``."""

    def parse(self, text: str) -> ParsedQuery:
        return parse_query(text)

    def statement(
        self,
        query: ParsedQuery,
        *,
        limit: int = 50,
        kinds: tuple[str, ...] = (),
        meeting_id: int | None = None,
    ) -> tuple[str, dict[str, Any]]:
        """The SQL and parameters of a search (the benchmark's floor runs the same)."""
        where: list[str] = []
        params: dict[str, Any] = {}
        score: list[str] = []
        long_terms = [t for t in query.terms if t not in query.like_terms]
        for n, term in enumerate(query.terms):
            key = f"t{n}"
            params[key] = like_pattern(_SPACES.sub(" ", term))
            where.append(f"folded LIKE {FOLD}(%({key})s)")
            if term in long_terms:
                params[f"w{n}"] = fold_map(term)[0] or term
                score.append(
                    f"(CASE WHEN {FOLD}(title) LIKE {FOLD}(%({key})s) THEN 4.0 ELSE 0 END"
                    f" + (length(folded) - length(replace(folded, %(w{n})s, '')))::float8"
                    f" / greatest(length(%(w{n})s), 1) / (1 + length(folded) / 500.0))"
                )
        if kinds:
            where.append("kind = ANY(%(kinds)s)")
            params["kinds"] = list(kinds)
        if meeting_id is not None:
            where.append("meeting_id = %(meeting)s")
            params["meeting"] = meeting_id
        params["limit"] = int(limit)
        rank = " + ".join(score) if score else "0.0"
        # Whole words first ("AI", not "Thailand"), then the score (review s30 F16).
        tiers = []
        for n, (term, weight) in enumerate(word_weights(query)):
            word = fold_map(term)[0] or term
            params[f"b{n}"], params[f"c{n}"] = regex_word(word), regex_word(word, 2)
            tiers.append(  # see word_weights: anywhere, twice, in the title
                f"(CASE WHEN (' ' || folded || ' ') ~ %(b{n})s THEN {weight} ELSE 0 END)"
                f" + (CASE WHEN (' ' || folded || ' ') ~ %(c{n})s THEN {weight} ELSE 0 END)"
                f" + (CASE WHEN (' ' || {FOLD}(title) || ' ') ~ %(b{n})s THEN {weight} ELSE 0 END)"
            )
        tier = " + ".join(tiers) or "0"
        order = "tier DESC, score DESC, id DESC" if score else "tier DESC, id DESC"
        # The hits with what describes them (item, meeting, a note's speaker) in the same
        # statement: on a server each statement is a round trip.
        sql = (
            "SELECT d.kind, d.ref_id, d.meeting_id, d.item_id, d.title, d.body, d.score, "
            "i.number, i.title, m.title, sp.code FROM ("
            f"SELECT id, kind, ref_id, meeting_id, item_id, title, body, {rank} AS score, "
            f"{tier} AS tier "
            f"FROM {TABLE} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT %(limit)s) AS d "
            "LEFT JOIN agenda_item AS i ON i.id = d.item_id "
            "LEFT JOIN meeting AS m ON m.id = d.meeting_id "
            "LEFT JOIN note AS n ON d.kind = 'note' AND n.id = d.ref_id "
            "LEFT JOIN delegation AS sp ON sp.id = n.speaker_delegation_id "
            "ORDER BY "
            + order.replace("score", "d.score")
            .replace("id DESC", "d.id DESC")
            .replace("tier", "d.tier")
        )
        return sql, params

    def search(
        self,
        conn: Any,
        query: ParsedQuery,
        *,
        limit: int = 50,
        kinds: tuple[str, ...] = (),
        meeting_id: int | None = None,
    ) -> list[RawHit]:
        """Ranked hits, best first, highlighted like SQLite's (when a term of three or more
        characters was searched; short terms alone list the newest records, unmarked)."""
        if query.empty:
            return []
        sql, params = self.statement(query, limit=limit, kinds=kinds, meeting_id=meeting_id)
        cursor = conn.connection.driver_connection.cursor()
        try:
            rows = cursor.execute(sql, params).fetchall()
        finally:
            cursor.close()
        marked = tuple(t for t in query.terms if t not in query.like_terms) if query.match else ()
        return [
            RawHit(
                kind=str(r[0]),
                ref_id=int(r[1]),
                meeting_id=None if r[2] is None else int(r[2]),
                item_id=None if r[3] is None else int(r[3]),
                title=mark(str(r[4] or ""), marked),
                body=mark(str(r[5] or ""), marked),
                score=-float(r[6]),  # SQLite's bm25: lower is better
                about=(r[7] or "", r[8] or "", r[9] or "", r[10] or ""),
            )
            for r in rows
        ]

    def suspend(self, conn: Any) -> None:
        drop_triggers(conn)

    def resume(self, conn: Any) -> None:
        rebuild(conn)
        create_triggers(conn)

    def rebuild(self, conn: Any) -> None:
        rebuild(conn)

    def rows(self, conn: Any) -> tuple[int, int]:
        from .search_index import expected_row_count

        return index_row_count(conn), expected_row_count(conn)

    def verify(self, conn: Any) -> str | None:
        valid = conn.exec_driver_sql(
            "SELECT i.indisvalid FROM pg_index AS i JOIN pg_class AS c ON c.oid = i.indexrelid "
            f"WHERE c.relname = '{INDEX}'"
        ).scalar()
        if valid is None:
            return "the search index is missing"
        return None if valid else "the search index is invalid (REINDEX it)"
