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

import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

FTS_TABLE = "search_fts"
TOKENIZER = "trigram remove_diacritics 1"
MIN_TRIGRAM = 3
MAX_QUERY_CHARS = 400
MAX_TERMS = 12
HL_OPEN, HL_CLOSE = "\x02", "\x03"

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
    create_table: str
    triggers: tuple[tuple[str, str], ...]
    rebuild: tuple[str, ...]
    counts: tuple[str, ...]  # how many rows each kind should have in the index


def _ddl(specs: tuple[_KindSpec, ...]) -> Ddl:
    return Ddl(
        create_table=(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "title, body, kind UNINDEXED, ref_id UNINDEXED, meeting_id UNINDEXED, "
            f"item_id UNINDEXED, tokenize = '{TOKENIZER}')"
        ),
        triggers=tuple(_triggers(specs)),
        rebuild=tuple(_select(s, s.rebuild_where) for s in specs),
        counts=tuple(f"SELECT count(*) FROM {s.table} AS x WHERE {s.rebuild_where}" for s in specs),
    )


DDL_V1 = _ddl(_SPECS_V1)
CURRENT = DDL_V1


# -- maintenance (used by migrations, bulk loads and the database check) ------


def create_table(conn: Any, ddl: Ddl = CURRENT) -> None:
    conn.exec_driver_sql(ddl.create_table)


def drop_triggers(conn: Any, ddl: Ddl = CURRENT) -> None:
    for name, _sql in ddl.triggers:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def create_triggers(conn: Any, ddl: Ddl = CURRENT) -> None:
    drop_triggers(conn, ddl)
    for _name, sql in ddl.triggers:
        conn.exec_driver_sql(sql)


def rebuild(conn: Any, ddl: Ddl = CURRENT) -> None:
    """Re-derive the whole index from the tables (after a bulk load, or a repair)."""
    conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    for sql in ddl.rebuild:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


def expected_row_count(conn: Any, ddl: Ddl = CURRENT) -> int:
    """How many rows a complete index holds (for the database check)."""
    return sum(int(conn.exec_driver_sql(sql).scalar()) for sql in ddl.counts)


def index_row_count(conn: Any) -> int:
    return int(conn.exec_driver_sql(f"SELECT count(*) FROM {FTS_TABLE}").scalar())


# -- queries ------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedQuery:
    match: str  # FTS5 MATCH expression ("" when every term is short)
    like_terms: tuple[str, ...]  # terms too short for trigrams
    terms: tuple[str, ...]  # every term, for highlighting
    hint: str = ""  # shown to the user when the query was changed or is unusable

    @property
    def empty(self) -> bool:
        return not self.match and not self.like_terms


_WORD_CHAR = re.compile(r"\w", re.UNICODE)


def _d_variants(term: str) -> list[str]:
    """ "dien" -> ["dien", "đien"]: đ is not folded by remove_diacritics."""
    positions = [i for i, ch in enumerate(term) if ch in "dDđĐ"]
    if not positions:
        return [term]
    positions = positions[:3]  # at most 8 variants per term
    variants = []
    for combo in itertools.product("dđ", repeat=len(positions)):
        chars = list(term)
        for pos, ch in zip(positions, combo, strict=True):
            chars[pos] = ch
        variants.append("".join(chars))
    return variants


def _merge_short(words: list[str]) -> list[str]:
    """Join a word too short for trigrams to its neighbour: "ha noi" -> "ha noi".

    The phrase keeps the trigram index (and diacritic folding) usable; only a
    short word standing alone ("AI", "VN") falls back to LIKE.
    """
    words = [w for w in words if _WORD_CHAR.search(w)]
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if len(word) < MIN_TRIGRAM and i + 1 < len(words):
            out.append(f"{word} {words[i + 1]}")
            i += 2
        elif len(word) < MIN_TRIGRAM and out:
            out[-1] = f"{out[-1]} {word}"
            i += 1
        else:
            out.append(word)
            i += 1
    return out


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def parse_query(text: str) -> ParsedQuery:
    """Turn what a user typed into a safe FTS5 expression. Never raises.

    Words are ANDed; "quoted phrases" match as written; FTS5 operators and
    syntax characters are taken literally (every term is quoted).
    """
    hint = ""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        hint = f"Only the first {MAX_QUERY_CHARS} characters were searched."
    pieces: list[str] = []
    # Balanced quotes make phrases; an unbalanced quote is ignored.
    parts = text.split('"')
    if len(parts) % 2 == 0:
        parts = [*parts[:-2], parts[-2] + " " + parts[-1]]
    for i, part in enumerate(parts):
        if i % 2 == 1:
            phrase = " ".join(part.split())
            if phrase:
                pieces.append(phrase)
        else:
            pieces.extend(_merge_short(part.split()))
    terms = [p.casefold() for p in pieces if _WORD_CHAR.search(p)]
    if len(terms) > MAX_TERMS:
        terms = terms[:MAX_TERMS]
        hint = f"Only the first {MAX_TERMS} words were searched."
    long_terms = [t for t in terms if len(t) >= MIN_TRIGRAM]
    short_terms = tuple(t for t in terms if len(t) < MIN_TRIGRAM)
    groups = []
    for term in long_terms:
        variants = _d_variants(term)
        if len(variants) == 1:
            groups.append(_quote(term))
        else:
            groups.append("(" + " OR ".join(_quote(v) for v in variants) + ")")
    if not terms and text.strip():
        hint = "Type letters or digits to search."
    return ParsedQuery(" AND ".join(groups), short_terms, tuple(terms), hint)


@dataclass(frozen=True)
class RawHit:
    kind: str
    ref_id: int
    meeting_id: int | None
    item_id: int | None
    title: str
    body: str  # highlighted with HL_OPEN/HL_CLOSE when the match came from FTS
    score: float


def _like_escape(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(
    conn: Any,
    query: ParsedQuery,
    *,
    limit: int = 50,
    kinds: tuple[str, ...] = (),
    meeting_id: int | None = None,
) -> list[RawHit]:
    """Ranked hits (best first). ``conn`` is a SQLAlchemy Connection."""
    if query.empty:
        return []
    where: list[str] = []
    params: list[Any] = []
    if query.match:
        where.append(f"{FTS_TABLE} MATCH ?")
        params.append(query.match)
    for term in query.like_terms:
        where.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
        params += [_like_escape(term)] * 2
    if kinds:
        where.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    if meeting_id is not None:
        where.append("meeting_id = ?")
        params.append(meeting_id)
    if query.match:
        cols = (
            f"highlight({FTS_TABLE}, 0, '{HL_OPEN}', '{HL_CLOSE}'), "
            f"highlight({FTS_TABLE}, 1, '{HL_OPEN}', '{HL_CLOSE}'), "
            f"bm25({FTS_TABLE}, 4.0, 1.0)"
        )
        order = "ORDER BY 7"
    else:  # only short terms: no ranking function, newest records first
        cols = "title, body, 0.0"
        order = "ORDER BY rowid DESC"
    sql = (
        f"SELECT kind, ref_id, meeting_id, item_id, {cols} FROM {FTS_TABLE} "
        f"WHERE {' AND '.join(where)} {order} LIMIT ?"
    )
    params.append(int(limit))
    rows = conn.exec_driver_sql(sql, tuple(params)).fetchall()
    return [
        RawHit(
            kind=str(r[0]),
            ref_id=int(r[1]),
            meeting_id=None if r[2] is None else int(r[2]),
            item_id=None if r[3] is None else int(r[3]),
            title=str(r[4] or ""),
            body=str(r[5] or ""),
            score=float(r[6]),
        )
        for r in rows
    ]
