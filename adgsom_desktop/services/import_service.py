"""Bulk import: load a bundle of events, agendas, positions and notes in one transaction.

The fast path for large loads (a delegation's archive, the benchmark data):
every record is validated first (``import_validation``: nothing is written if
one is bad), the rows are planned with their ids (``import_plan``), the store
is backed up, then the rows go in with SQLAlchemy Core ``executemany`` in one
``BEGIN IMMEDIATE`` transaction.  For a large bundle the search triggers are
dropped for the load and the index is rebuilt from the tables at the end
(measured, docs/performance.md: keeping FTS in step row by row costs ~4x a rebuild); a small bundle
keeps the triggers, so importing a few records into a large store does not
re-index everything.  Either way the store is consistent when the transaction
commits, and unchanged if anything fails or the caller cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

from ..domain.base import utcnow
from ..domain.models import Delegation, Framework
from ..storage.backend import Capability
from .changes import Change, ChangeKind
from .context import ServiceContext
from .import_plan import ID_TABLES, TABLE_NAMES, first_ids, indexed_records, plan_rows, table
from .import_records import ImportBundle, ImportReport
from .import_validation import validate_bundle
from .item_tags import store_tag_ids

ProgressFn = Callable[[int, int, str], None]

# Below this many indexed records (or a quarter of the index), triggers keep the
# index in step; above it, dropping them and rebuilding is cheaper.
REBUILD_MIN_RECORDS = 2_000
CHUNK = 5_000  # rows per executemany call (progress and cancel points in between)


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def import_bundle(
        self, bundle: ImportBundle, *, progress: ProgressFn | None = None, backup_first: bool = True
    ) -> ImportReport:
        """Load ``bundle`` in one transaction (after a backup); all or nothing.

        ``progress(done, total, message)`` is called between steps; an exception
        raised from it (the GUI's cancel) rolls everything back.
        """
        report = progress or (lambda _d, _t, _m: None)
        report(0, 0, "Checking the records")
        with self._ctx.read() as s:
            delegation_ids = dict(s.execute(select(Delegation.code, Delegation.id)).all())
        clean = validate_bundle(bundle, set(delegation_ids))
        saved: Path | None = None
        backend = self._ctx.backend
        if backup_first:
            report(0, 0, "Backing up the store")
            saved = self._backup()
        counts = clean.counts()
        with self._ctx.write() as s:
            tags = store_tag_ids(s)
            frameworks = dict(s.execute(select(Framework.code, Framework.id)).all())
            conn = s.connection()
            now = utcnow()
            if Capability.SHARED in backend.capabilities:
                # Other writers take ids meanwhile: reserve a block per table (a dry plan
                # counts the rows), so the explicit ids below never meet theirs.
                dry = plan_rows(
                    clean, dict.fromkeys(ID_TABLES, 1), delegation_ids, tags, now, frameworks
                )
                ids = {n: backend.reserve_ids(conn, n, len(dry[n])) for n in ID_TABLES}
            else:
                ids = first_ids(s)
            plan = plan_rows(clean, ids, delegation_ids, tags, now, frameworks)
            existing = backend.search.rows(conn)[0]
            new_records = indexed_records(clean)
            rebuild = new_records >= max(REBUILD_MIN_RECORDS, existing // 4)
            if rebuild:
                backend.search.suspend(conn)
            total = sum(len(r) for r in plan.values())
            done = 0
            for name in TABLE_NAMES:
                rows = plan[name]
                into = table(name)
                for start in range(0, len(rows), CHUNK):
                    chunk = rows[start : start + CHUNK]
                    report(done, total, f"Writing {name.replace('_', ' ')}s")
                    conn.execute(insert(into), chunk)
                    done += len(chunk)
            if rebuild:
                report(total, total, "Rebuilding the search index")
                backend.search.resume(conn)
            backend.resync_ids(conn, ID_TABLES)  # id generators past the explicit ids
            summary = ", ".join(f"{n:,} {label}" for label, n in counts.items() if n)
            self._ctx.audit(s, "import", "store", None, summary or "empty bundle")
            event_ids = tuple(r["id"] for r in plan["event"])
            self._ctx.publish(Change(ChangeKind.STORE))
        return ImportReport(counts, saved, event_ids)

    def _backup(self) -> Path | None:
        """The importer's backup: rotated and audited like every other backup (none for a
        team store: its backups are the server's)."""
        from .backup_service import BackupService

        made = BackupService(self._ctx).before_import()
        return None if made is None else made.path
