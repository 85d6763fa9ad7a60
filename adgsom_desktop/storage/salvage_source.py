"""Reading a damaged store for its readable copy (``salvage``): a read-only connection
opened afresh after each damaged read, and a reader that walks a table by rowid ranges
and steps over the damaged stretches (doubling steps, then bisection)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import NotAStoreError, StoreCorruptError, StoreError, WrongPassphraseError
from . import sqlite_driver
from .keys import Key

BATCH = 500
MIN_ROWID = -(2**63)
MAX_ROWID = 2**63 - 1


def open_source(path: Path, key: Key | None) -> Source:
    if not path.is_file():
        raise StoreError("No store at {path}.", path=path)
    src = Source(path, key)
    try:
        tables = {str(r[0]) for r in src.execute("SELECT name FROM sqlite_master")}
    except sqlite_driver.DatabaseError as exc:
        src.close()
        if key is not None and sqlite_driver.is_not_a_database(exc):
            raise WrongPassphraseError(
                "Wrong passphrase for {path_name}.", path_name=path.name
            ) from exc
        raise StoreCorruptError(
            "{path_name} is damaged beyond reading: its list of tables cannot be read "
            "({exc}). Nothing can be copied from it; restore a backup.",
            path_name=path.name,
            exc=str(exc).rstrip("."),
        ) from exc
    if "alembic_version" not in tables and _application_id(src) != sqlite_driver.APPLICATION_ID:
        src.close()
        raise NotAStoreError(
            "{path_name} is a database of another application, not an ADGSOM Desktop store: "
            "nothing was copied.",
            path_name=path.name,
        )
    return src


def _application_id(src: Source) -> int | None:
    try:
        return int(src.execute("PRAGMA application_id").fetchone()[0])
    except sqlite_driver.DatabaseError:
        return None  # the first page itself is damaged: it may still be one of ours


class Source:
    """A read-only connection to the damaged file, opened afresh after each damaged read:
    SQLCipher keeps failing every later read of a connection once one page failed its
    check, while a new connection reads the sound pages again."""

    def __init__(self, path: Path, key: Key | None) -> None:
        self.path, self.key = path, key
        self.text = Text()
        self.conn = self._connect()

    def _connect(self) -> Any:
        try:
            conn = sqlite_driver.connect(self.path, self.key, readonly=True, pragmas=False)
        except sqlite_driver.Error as exc:
            raise StoreError(
                "{path_name} cannot be opened: {exc}.", path_name=self.path.name, exc=exc
            ) from exc
        conn.text_factory = self.text
        return conn

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(sql, params)

    def reset(self) -> None:
        """After a damaged read: a fresh connection."""
        with contextlib.suppress(sqlite_driver.Error):
            self.conn.close()
        self.conn = self._connect()

    def close(self) -> None:
        self.conn.close()


class Text:
    """Decodes text values; a value that is no longer UTF-8 (a damaged overflow page)
    is kept with its bad bytes shown as U+FFFD, and counted."""

    def __init__(self) -> None:
        self.garbled = 0

    def __call__(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.garbled += 1
            return raw.decode("utf-8", "replace")


def revision(src: Source) -> str | None:
    with contextlib.suppress(sqlite_driver.Error):
        row = src.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    return None


def columns(conn: Any, table: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, not null, in the primary key) of each column."""
    return [
        (str(r[1]), str(r[2]).upper(), bool(r[3]), bool(r[5]))
        for r in conn.execute(f"PRAGMA table_info({q(table)})")
    ]


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Reader:
    """Reads one table of the damaged store by rowid ranges, stepping over damage."""

    def __init__(self, src: Source, table: str, columns: list[str]) -> None:
        self.src = src
        cols = ", ".join(q(c) for c in columns)
        base = f"SELECT rowid, {cols} FROM {q(table)} WHERE rowid >= ? ORDER BY rowid LIMIT "
        self._batch = base + str(BATCH)
        self._one = base + "1"
        self.gaps: list[tuple[int, int | None]] = []  # [first unreadable, next readable)
        self.read = 0

    def batches(self) -> Iterator[list[tuple[Any, ...]]]:
        start: int | None = MIN_ROWID
        while start is not None:
            try:
                rows = self.src.execute(self._batch, (start,)).fetchall()
                end = len(rows) < BATCH
            except sqlite_driver.DatabaseError as exc:
                if sqlite_driver.damage_in(exc) is None:
                    raise
                self.src.reset()
                rows, end = self._careful(start)
            self.read += len(rows)
            if rows:
                yield rows
            if end:
                return
            start = rows[-1][0] + 1 if rows[-1][0] < MAX_ROWID else None

    def _careful(self, start: int) -> tuple[list[tuple[Any, ...]], bool]:
        """Row by row from ``start``, over the damaged stretch: (rows, table ended)."""
        rows: list[tuple[Any, ...]] = []
        while len(rows) < BATCH:
            ok, row = self._try(start)
            if not ok:
                nxt = self._next_readable(start)
                self.gaps.append((start, nxt))
                if nxt is None:
                    return rows, True
                start = nxt
                continue
            if row is None:
                return rows, True
            rows.append(row)
            if row[0] >= MAX_ROWID:
                return rows, True
            start = row[0] + 1
        return rows, False

    def _try(self, start: int) -> tuple[bool, tuple[Any, ...] | None]:
        try:
            return True, self.src.execute(self._one, (start,)).fetchone()
        except sqlite_driver.DatabaseError as exc:
            if sqlite_driver.damage_in(exc) is None:
                raise
            self.src.reset()
            return False, None

    def _next_readable(self, bad: int) -> int | None:
        """The smallest rowid after ``bad`` from which a read succeeds (None: none does)."""
        step = 1
        good: int | None = None
        while bad + step <= MAX_ROWID:
            if self._try(bad + step)[0]:
                good = bad + step
                break
            bad, step = bad + step, step * 2
        if good is None:
            return None
        while good - bad > 1:  # bisect: a read from ``bad`` fails, from ``good`` succeeds
            mid = (bad + good) // 2
            if self._try(mid)[0]:
                good = mid
            else:
                bad = mid
        return good

    def gap_bound(self) -> int | None:
        """At most how many rowids the damaged stretches covered (None: open-ended)."""
        if any(nxt is None for _s, nxt in self.gaps):
            return None
        return sum(nxt - start for start, nxt in self.gaps if nxt is not None)


def indexed_count(src: Source, table: str) -> int | None:
    """How many rows the table held, read from one of its indexes that is intact."""
    try:
        indexes = [r for r in src.execute(f"PRAGMA index_list({q(table)})")]
    except sqlite_driver.DatabaseError:
        src.reset()
        return None
    for r in indexes:
        if r[4]:  # a partial index lists only some rows
            continue
        try:
            row = src.execute(f"SELECT count(*) FROM {q(table)} INDEXED BY {q(r[1])}").fetchone()
            return int(row[0])
        except sqlite_driver.DatabaseError:
            src.reset()
            continue
    return None
