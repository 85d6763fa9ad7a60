"""Saving a readable copy of a damaged store: every row that can still be read, in a NEW store.

The damaged file is only ever read (a read-only, immutable connection: no
side file, not a byte changed).  The copy is built under a temporary name:

1. a fresh store through the normal creation path (``store_create``: the
   schema of this version, encrypted from its first page with the same key
   when the damaged store is encrypted);
2. table by table, parents before children, rows are read by rowid ranges;
   a range that meets a damaged page is walked row by row, and the damaged
   stretch is stepped over (the next readable rowid is found by doubling
   steps, then bisection), so one bad page costs the rows on it, not the
   table.  Rows SQLite reads but the new schema refuses (a NOT NULL column
   read as NULL, a broken JSON snapshot) are counted as refused;
3. a note whose row was lost but whose saved versions were read is rebuilt
   from its newest version (text, speaker, time, agenda item; its meeting is
   the item's), counted as recovered;
4. foreign keys are made consistent: a row whose required parent was lost is
   dropped (and its own children after it); an optional link to a lost row
   is cleared (a note whose agenda item was lost stays, under its meeting);
5. the search index is rebuilt from the copied rows, SQLite's integrity and
   foreign-key checks run on the new file, and only then does it take its
   name.  A failure or a cancel leaves nothing behind.

How many rows were lost per table comes from an intact index of the table
when there is one (an index lists every row), else from the rowid gaps the
damaged stretches left (an upper bound, marked approximate).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError
from . import atomic, keys, search_index, sqlite_driver, store_create
from . import salvage_source as reading
from .keys import Key

SKIPPED_TABLES = ("alembic_version",)

Report = Callable[[int, int, str], None]  # (done, total, message); may raise to cancel


@dataclass(frozen=True)
class TableSalvage:
    """What became of one table's rows."""

    table: str
    copied: int  # rows in the new store
    lost: int | None  # rows on pages that could not be read (None: unknown)
    lost_exact: bool  # False: ``lost`` is an upper bound from the rowid gaps
    refused: int  # rows read but not valid (types, constraints, broken JSON)
    dropped: int  # rows whose required parent was lost
    unlinked: int  # optional links cleared because their target was lost
    recovered: int = 0  # lost rows rebuilt from their saved versions (notes)
    garbled: int = 0  # rows kept with unreadable bytes of a text shown as U+FFFD

    @property
    def skipped(self) -> int:
        """Rows of the damaged store that are not in the copy (as far as is known)."""
        return max(0, (self.lost or 0) - self.recovered) + self.refused + self.dropped


@dataclass(frozen=True)
class SalvageResult:
    source: Path
    out: Path
    revision: str | None
    encrypted: bool
    tables: tuple[TableSalvage, ...]
    seconds: float

    @property
    def copied(self) -> int:
        return sum(t.copied for t in self.tables)

    @property
    def skipped(self) -> int:
        return sum(t.skipped for t in self.tables)

    @property
    def complete(self) -> bool:
        """Every row was copied (the damage was in the search index or free pages)."""
        return all(t.skipped == 0 and t.lost is not None and t.unlinked == 0 for t in self.tables)

    def table(self, name: str) -> TableSalvage:
        return next(t for t in self.tables if t.table == name)


def key_for(path: Path, passphrase: str | None) -> Key | None:
    """The key that reads ``path``: None for a plain file, else derived from its salt.

    An empty file, a text, an image... is not a store (``NotAStoreError``), with or
    without a passphrase; only a file that may be ciphertext asks for one."""
    from .store_probe import not_a_store, other_format, read_header

    header = read_header(path)
    if header.startswith(sqlite_driver.SQLITE_MAGIC):
        return None
    size = path.stat().st_size
    if not passphrase or size < keys.SALT_BYTES or other_format(header) is not None:
        raise not_a_store(path, size, header)
    return keys.derive(passphrase, keys.file_salt(path))


def salvage(
    source: Path, out: Path, key: Key | None, report: Report | None = None
) -> SalvageResult:
    """Copy every readable row of ``source`` into a new store at ``out`` (see the module)."""
    started = time.monotonic()
    source, out = source.absolute(), out.absolute()
    if out.exists() or out.resolve() == source.resolve():
        raise StoreError("{out} already exists: choose a new file for the readable copy.", out=out)
    src = reading.open_source(source, key)
    try:
        revision = reading.revision(src)
        with atomic.atomic_output(out, "salvage", exclusive=True) as tmp:
            store_create.create_file(tmp, key)
            dest = sqlite_driver.connect(tmp, key)
            try:
                tables = _copy_all(src, dest, report)
                _check(dest, tmp)
                dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dest.close()
    except FileExistsError as exc:
        raise StoreError(
            "{out} appeared while the copy was being made: nothing was written.", out=out
        ) from exc
    except sqlite_driver.Error as exc:
        raise StoreError("The readable copy could not be written: {exc}.", exc=exc) from exc
    finally:
        src.close()
    return SalvageResult(source, out, revision, key is not None, tables, time.monotonic() - started)


# -- the copy -----------------------------------------------------------------------------------


class _Exec:
    """What ``search_index`` expects of a connection (``exec_driver_sql``), over DB-API."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def exec_driver_sql(self, sql: str) -> Any:
        return self.conn.execute(sql)


def _tables_in_order(dest: Any) -> list[str]:
    """The new store's tables, parents before children (foreign keys)."""
    names = [
        str(r[0])
        for r in dest.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        )
    ]
    names = [
        n for n in names if n not in SKIPPED_TABLES and not n.startswith(search_index.FTS_TABLE)
    ]
    parents = {
        n: {str(r[2]) for r in dest.execute(f"PRAGMA foreign_key_list({reading.q(n)})")} - {n}
        for n in names
    }
    ordered: list[str] = []
    pending = list(names)
    while pending:
        ready = [n for n in pending if parents[n] <= set(ordered) | (parents[n] - set(pending))]
        if not ready:  # a cycle: take the first, its links are checked afterwards
            ready = pending[:1]
        for n in ready:
            ordered.append(n)
            pending.remove(n)
    return ordered


def _copy_all(src: reading.Source, dest: Any, report: Report | None) -> tuple[TableSalvage, ...]:
    dest.execute("PRAGMA foreign_keys = OFF")  # checked as a whole afterwards
    conn = _Exec(dest)
    search_index.drop_triggers(conn)  # the index is rebuilt once, at the end
    src_tables = {
        str(r[0]) for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    order = _tables_in_order(dest)
    total = len(order) + 2
    counts: dict[str, dict[str, Any]] = {}
    for n, table in enumerate(order):
        if report is not None:
            report(n, total, f"Copying {table.replace('_', ' ')}…")
        counts[table] = _copy_table(src, dest, table, table in src_tables)
    if report is not None:
        report(len(order), total, "Checking links between the rows…")
    dest.execute("BEGIN")
    try:
        _drop_broken_json(dest, order, counts)
        if "note" in counts and "note_version" in counts:
            counts["note"]["recovered"] = _recover_notes(dest)
        _fix_links(dest, counts)
        if report is not None:
            report(len(order) + 1, total, "Rebuilding the search index…")
        search_index.create_triggers(conn)
        search_index.rebuild(conn)
        dest.execute("COMMIT")
    except BaseException:
        dest.execute("ROLLBACK")
        raise
    dest.execute("PRAGMA foreign_keys = ON")
    result = []
    for table in order:
        c = counts[table]
        copied = int(dest.execute(f"SELECT count(*) FROM {reading.q(table)}").fetchone()[0])
        result.append(
            TableSalvage(
                table,
                copied,
                c["lost"],
                c["exact"],
                c["refused"],
                c["dropped"],
                c["unlinked"],
                c["recovered"],
                c["garbled"],
            )
        )
    return tuple(result)


def _copy_table(src: reading.Source, dest: Any, table: str, present: bool) -> dict[str, Any]:
    counts: dict[str, Any] = {
        "lost": 0,
        "exact": True,
        "refused": 0,
        "dropped": 0,
        "unlinked": 0,
        "recovered": 0,
        "garbled": 0,
    }
    dest.execute("BEGIN")
    try:
        dest.execute(f"DELETE FROM {reading.q(table)}")  # a fresh store: only what is copied
        if not present:
            dest.execute("COMMIT")
            return counts
        try:
            src_cols = {c[0] for c in reading.columns(src, table)}
        except sqlite_driver.DatabaseError:
            src.reset()
            src_cols = set()
        columns = [c[0] for c in reading.columns(dest, table) if c[0] in src_cols]
        if not columns:
            counts["lost"], counts["exact"] = None, False
            dest.execute("COMMIT")
            return counts
        insert = (
            f"INSERT INTO {reading.q(table)} ({', '.join(reading.q(c) for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        reader = reading.Reader(src, table, columns)
        text, failures = src.text, src.text.garbled
        for rows in reader.batches():
            counts["refused"] += _insert(dest, insert, [r[1:] for r in rows])
            if text.garbled > failures:  # rows holding a value that failed to decode
                counts["garbled"] += sum(
                    any(isinstance(v, str) and "\ufffd" in v for v in r) for r in rows
                )
                failures = text.garbled
        dest.execute("COMMIT")
    except BaseException:
        dest.execute("ROLLBACK")
        raise
    if reader.gaps:
        expected = reading.indexed_count(src, table)
        if expected is not None:
            counts["lost"] = max(0, expected - reader.read)
        else:
            counts["lost"], counts["exact"] = reader.gap_bound(), False
    return counts


def _insert(dest: Any, sql: str, rows: list[tuple[Any, ...]]) -> int:
    """Insert ``rows``; return how many the new schema refused."""
    dest.execute("SAVEPOINT batch")
    try:
        dest.executemany(sql, rows)
        dest.execute("RELEASE batch")
        return 0
    except sqlite_driver.Error:
        dest.execute("ROLLBACK TO batch")
        dest.execute("RELEASE batch")
    refused = 0
    for row in rows:  # one by one: keep every row the schema accepts
        try:
            dest.execute(sql, row)
        except sqlite_driver.Error:
            refused += 1
    return refused


def _drop_broken_json(dest: Any, order: list[str], counts: dict[str, dict[str, Any]]) -> None:
    """Rows whose JSON column cannot be parsed (the search index reads them) are refused."""
    for table in order:
        for name, kind, _notnull, _pk in reading.columns(dest, table):
            if kind == "JSON":
                cur = dest.execute(
                    f"DELETE FROM {reading.q(table)} WHERE {reading.q(name)} IS NOT NULL "
                    f"AND NOT json_valid({reading.q(name)})"
                )
                counts[table]["refused"] += max(cur.rowcount, 0)


_LOST_NOTES = """
SELECT v.note_id, v.version_no, v.saved_at, v.snapshot, i.meeting_id
FROM note_version AS v
JOIN agenda_item AS i ON i.id = json_extract(v.snapshot, '$.item_id')
WHERE v.note_id NOT IN (SELECT id FROM note)
  AND v.version_no = (SELECT max(w.version_no) FROM note_version AS w WHERE w.note_id = v.note_id)
"""
_NOTE_FIELDS = ("speaker_delegation_id", "speaker_person_id", "kind", "text", "observed_stance")


def _recover_notes(dest: Any) -> int:
    """Rebuild lost notes from their newest saved version; return how many."""
    import json

    recovered = 0
    for note_id, version_no, saved_at, snapshot, meeting_id in dest.execute(_LOST_NOTES).fetchall():
        try:
            snap = json.loads(snapshot)
            taken = str(snap["taken_at"]).replace("T", " ")
            taken = taken if "." in taken else taken + ".000000"
            values = [snap.get(f) for f in _NOTE_FIELDS]
            dest.execute(
                "INSERT INTO note (id, meeting_id, item_id, taken_at, speaker_delegation_id, "
                "speaker_person_id, kind, text, observed_stance, version_no, deleted_at, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                (
                    note_id,
                    meeting_id,
                    snap["item_id"],
                    taken,
                    *values,
                    version_no,
                    saved_at,
                    saved_at,
                ),
            )
            recovered += 1
        except (ValueError, KeyError, TypeError, sqlite_driver.Error):
            continue  # a snapshot too damaged to rebuild the note from
    return recovered


def _fix_links(dest: Any, counts: dict[str, dict[str, Any]]) -> None:
    """Rows pointing at a lost row: clear an optional link, drop a row that needs it."""
    fks: dict[str, dict[int, list[str]]] = {}
    nullable: dict[str, set[str]] = {}
    for _round in range(100):  # each round removes one level of descendants
        problems = dest.execute("PRAGMA foreign_key_check").fetchall()
        if not problems:
            return
        for table, rowid, _parent, fkid in problems:
            if rowid is None:
                continue
            if table not in fks:
                fks[table] = {}
                for r in dest.execute(f"PRAGMA foreign_key_list({reading.q(table)})"):
                    fks[table].setdefault(int(r[0]), []).append(str(r[3]))
                nullable[table] = {c[0] for c in reading.columns(dest, table) if not c[2]}
            cols = fks[table][int(fkid)]
            if all(c in nullable[table] for c in cols):
                sets = ", ".join(f"{reading.q(c)} = NULL" for c in cols)
                cur = dest.execute(
                    f"UPDATE {reading.q(table)} SET {sets} WHERE rowid = ?", (rowid,)
                )
                counts[table]["unlinked"] += max(cur.rowcount, 0)
            else:
                cur = dest.execute(f"DELETE FROM {reading.q(table)} WHERE rowid = ?", (rowid,))
                counts[table]["dropped"] += max(cur.rowcount, 0)
    raise StoreError("The links between the copied rows could not be made consistent.")


def _check(dest: Any, path: Path) -> None:
    rows = [str(r[0]) for r in dest.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        raise StoreError(
            "The readable copy fails its integrity check ({rows}): not kept.", rows=rows[0]
        )
    if dest.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise StoreError("The readable copy has broken links between its rows: not kept.")
