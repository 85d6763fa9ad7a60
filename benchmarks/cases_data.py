"""Cases over the data layer, in this process: search, one note edit, bulk import."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from adgsom_desktop.storage import search_index, sqlite_driver

from . import note_edit
from .generate import build_bundle
from .harness import Case, Env, Run, Side, stopwatch

# Ordinary terms a delegate types (English phrases, a Vietnamese phrase without its
# diacritics, Thai and Khmer words) and the worst case: words in almost every note.
ORDINARY_TERMS = (
    "submarine cable",
    "data protection",
    "deepfakes",
    "Model Contractual Clauses",
    "quantum-safe",
    "Luang Prabang",
    "an ninh mang",
    "ปัญญาประดิษฐ์",
    "ការការពារទិន្នន័យ",
)
WORST_TERMS = ("the", "and the")
LIMIT = 50
PASSES = 3  # each run searches every term this many times (a run of ~2 ms is all noise)
FLOOR_SQL = (
    f"SELECT kind, ref_id, meeting_id, item_id, "
    f"snippet({search_index.FTS_TABLE}, -1, '\x02', '\x03', '…', 32) "
    f"FROM {search_index.FTS_TABLE} WHERE {search_index.FTS_TABLE} MATCH ? "
    f"ORDER BY rank LIMIT {LIMIT}"
)


# -- search -------------------------------------------------------------------------


def _search_floor(terms: tuple[str, ...]) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        conn = sqlite_driver.connect(env.shared_store())
        matches = [search_index.parse_query(t).match for t in terms]

        def run() -> float:
            with stopwatch() as elapsed:
                for _ in range(PASSES):
                    for match in matches:
                        conn.execute(FLOOR_SQL, (match,)).fetchall()
            return elapsed() / (PASSES * len(matches))

        try:
            yield run
        finally:
            conn.close()

    return Side("raw sqlcipher3: FTS5 MATCH, ORDER BY rank, snippet(), LIMIT 50", factory)


def _search_app(terms: tuple[str, ...]) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services

        services = Services.open(env.shared_store(), actor="benchmark")

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

    return Side("SearchService.search (ranked, snippets, titles)", factory)


# -- bulk import ----------------------------------------------------------------------


class _RawConn:
    """Lets the floor run the app's own FTS SQL (search_index) on a raw connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def exec_driver_sql(self, sql: str) -> Any:
        return self.conn.execute(sql)


@contextlib.contextmanager
def _import_inputs(env: Env) -> Iterator[tuple[Any, Path]]:
    if "import_inputs" not in env.cache:
        from adgsom_desktop.services.store_setup import create_store

        template = env.work / "empty-template.adgsom"
        if not template.exists():
            create_store(template, our_delegation_code="TH").close()
        env.cache["import_inputs"] = (build_bundle(env.sizes, env.seed), template)
    yield env.cache["import_inputs"]


def _fresh(template: Path, env: Env, name: str) -> Path:
    target = env.work / f"{name}.adgsom"
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.rmtree(Path(str(target) + "-backups"), ignore_errors=True)
    shutil.copyfile(template, target)
    return target


def _raw_rows(bundle: Any, template: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """The app's rows for this bundle, as the tuples SQLAlchemy would send (set-up only)."""
    from sqlalchemy.dialects import sqlite

    from adgsom_desktop.domain.base import utcnow
    from adgsom_desktop.services import import_plan as imp
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.import_validation import validate_bundle

    services = Services.open(template, actor="benchmark")
    try:
        with services.ctx.read() as s:
            from sqlalchemy import select

            from adgsom_desktop.domain.models import Delegation, Framework
            from adgsom_desktop.services.item_tags import store_tag_ids

            codes = dict(s.execute(select(Delegation.code, Delegation.id)).all())
            tags = store_tag_ids(s)
            frameworks = dict(s.execute(select(Framework.code, Framework.id)).all())
            first = imp.first_ids(s)
    finally:
        services.close()
    clean = validate_bundle(bundle, set(codes))
    plan = imp.plan_rows(clean, first, codes, tags, utcnow(), frameworks)
    dialect = sqlite.dialect()
    out = []
    for name in imp.TABLE_NAMES:
        rows = plan[name]
        if not rows:
            continue
        table = imp.table(name)
        cols = list(rows[0])
        procs = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in cols]
        tuples = [
            tuple(p(r[c]) if p else r[c] for c, p in zip(cols, procs, strict=True)) for r in rows
        ]
        sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        out.append((sql, tuples))
    return out


def _import_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        with _import_inputs(env) as (bundle, template):
            statements = _raw_rows(bundle, template)

            def run() -> float:
                path = _fresh(template, env, "import-floor")
                conn = sqlite_driver.connect(path)
                raw = _RawConn(conn)
                try:
                    with stopwatch() as elapsed:
                        conn.execute("BEGIN IMMEDIATE")
                        search_index.drop_triggers(raw)
                        for sql, rows in statements:
                            conn.executemany(sql, rows)
                        search_index.rebuild(raw)
                        search_index.create_triggers(raw)
                        conn.execute("COMMIT")
                    return elapsed()
                finally:
                    conn.close()

            yield run

    return Side("raw sqlcipher3 executemany of the same rows + FTS rebuild, one commit", factory)


def _import_app() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services

        with _import_inputs(env) as (bundle, template):

            def run() -> float:
                path = _fresh(template, env, "import-app")
                services = Services.open(path, actor="benchmark")
                try:
                    with stopwatch() as elapsed:
                        services.imports.import_bundle(bundle)
                    return elapsed()
                finally:
                    services.close()

            yield run

    return Side(
        "ImportService.import_bundle (validate, back up, Core executemany, FTS rebuild)", factory
    )


CASES = [
    Case(
        name="search_ordinary",
        title="Search top-50 with snippets, ordinary terms",
        unit="ms",
        goal=1.5,
        floor=_search_floor(ORDINARY_TERMS),
        app=_search_app(ORDINARY_TERMS),
        how=f"mean per query over {len(ORDINARY_TERMS)} terms x {PASSES} passes: "
        + ", ".join(f"'{t}'" for t in ORDINARY_TERMS),
    ),
    Case(
        name="search_worst",
        title="Search top-50 with snippets, very common words",
        unit="ms",
        goal=2.0,
        floor=_search_floor(WORST_TERMS),
        app=_search_app(WORST_TERMS),
        how=f"mean per query over {PASSES} passes of " + ", ".join(f"'{t}'" for t in WORST_TERMS),
    ),
    Case(
        name="note_edit",
        title="One note edit (update, version, audit, commit, FTS)",
        unit="ms",
        goal=1.5,
        floor=note_edit.raw_floor(),
        app=note_edit.app_side(),
        how=f"mean of {note_edit.EDITS_PER_RUN} edits of different notes, each committed "
        "(WAL, synchronous=FULL); the floor replays the statements the app ran",
    ),
    Case(
        name="note_edit_orm",
        title="One note edit, against a raw ORM write",
        unit="ms",
        goal=None,
        floor=note_edit.orm_floor(),
        app=note_edit.app_side(),
        how="the same edits; the floor is one Session.get, one attribute set and a commit "
        "(no version, no audit: less work than the app does), kept for comparison",
    ),
    Case(
        name="bulk_import",
        title="Bulk import of the generated data",
        unit="ms",
        goal=1.5,
        floor=_import_floor(),
        app=_import_app(),
        how="the whole generated bundle into a fresh empty store, one transaction",
    ),
]
