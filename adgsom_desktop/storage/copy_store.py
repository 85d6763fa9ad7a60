"""A whole store copied into a new one, whatever the two engines (``copy``).

Every table of the schema, row for row with its ids (so the history, the audit
chain and the register stay exactly as they were: each audit entry keeps the id and
hash it was chained with), in the order of the foreign keys; a table that points at
itself (agenda items, frameworks, tags, packs) parents first.  The destination is
created new, at this version's schema, in one transaction (a file under a temporary
name; a team store in an empty database): a failure leaves nothing behind, and a
destination that holds anything is refused.  The rows the schema's scripts seed (the
frameworks) are replaced by the source's; the search index is rebuilt once at the
end; the id generators are moved past the copied ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..domain.locator import Locator
from ..domain.models import Base
from ..errors import StoreError
from . import search_index
from .backend import Backend, create_backend

CHUNK = 2_000
Progress = Callable[[int, int, str], None]
# A table's rows as the copy may hold them (what its reader may not read emptied, rows
# left out): the service's audience rule (``services/copy_audience``); None: every row whole.
Redact = Callable[[str, list[dict[str, Any]]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Copied:
    destination: Backend
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """Every table of the schema, each after the tables it points at."""
    return list(Base.metadata.sorted_tables)


def _self_links(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _parents_first(rows: list[dict[str, Any]], links: list[str]) -> list[dict[str, Any]]:
    """``rows`` ordered so that a row comes after every row of the table it points at."""
    ids = {r["id"] for r in rows}
    placed: set[Any] = set()
    out: list[dict[str, Any]] = []
    pending = rows
    while pending:
        rest = []
        for r in pending:
            if all(r[c] is None or r[c] not in ids or r[c] in placed for c in links):
                out.append(r)
                placed.add(r["id"])
            else:
                rest.append(r)
        if len(rest) == len(pending):  # pragma: no cover - a cycle cannot be stored
            raise StoreError("The store holds rows that point at each other in a circle.")
        pending = rest
    return out


def _readable(table: Table) -> Any:
    """``table``'s rows as this sign-in may read them: a member signed in to a team store
    reads only their own sealed private key (``domain/key_reads``), so the copy holds
    only theirs, as a trip copy does."""
    if table.name != "member_key":
        return select(table)
    from ..domain.key_reads import sealed_seen

    c = table.c
    return select(
        *(
            sealed_seen(c.id, col).label(col.name) if col.name == "sealed_private" else col
            for col in c
        )
    )


_PRIVATE = {"sealed_private": "", "kdf_salt": "", "kdf_ops": 0, "kdf_mem": 0}
# ``services.approval_pins``' keys (+ person id): a PIN's hash and its failures
_PIN_KEYS = ("approval_pin.", "approval_pin_failures.")


def _anothers_pin(key: str, own: str) -> bool:
    """``key`` holds the approval PIN (or its failures) of a person other than ``own``
    (a person id, '' nobody): such a hash is guessed offline, so it stays out of a copy made
    for one member (review s34 S3, the PINs' half)."""
    return any(key.startswith(p) and key[len(p) :] != own for p in _PIN_KEYS) if key else False


def _chunks(
    session: Session,
    table: Table,
    private_of: str | None = None,
    withheld: list[int] | None = None,
    redact: Redact | None = None,
) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns)
    result = session.execute(_readable(table).order_by(*order).execution_options(yield_per=CHUNK))
    own_id = _person_id(session, private_of) if table.name == "store_setting" else ""
    for part in result.partitions(CHUNK):
        rows = [dict(r._mapping) for r in part]
        if table.name == "member_key" and private_of is not None:
            for r in rows:  # another member's key: its public part only (review s34 S3)
                if r["person_uuid"] != private_of:
                    r.update(_PRIVATE)
        if table.name == "store_setting" and private_of is not None:
            kept = [r for r in rows if not _anothers_pin(r["key"], own_id)]
            if withheld is not None:
                withheld[0] += len(rows) - len(kept)
            rows = kept
        if redact is not None:
            kept = redact(table.name, rows)
            if withheld is not None:
                withheld[0] += len(rows) - len(kept)
            rows = kept
        yield rows


def _person_id(session: Session, uuid: str | None) -> str:
    """The id (as the PIN keys write it) of the person ``uuid``; '' for none."""
    if not uuid:
        return ""
    person = Base.metadata.tables["person"]
    found = session.execute(select(person.c.id).where(person.c.uuid == uuid)).scalar()
    return "" if found is None else str(found)


def copy_store(
    source: Backend,
    destination: Locator,
    progress: Progress | None = None,
    *,
    private_of: str | None = None,
    redact: Redact | None = None,
    passphrase: str | None = None,
) -> Copied:
    """Copy every row of ``source`` into a new store at ``destination``; returns it open.
    ``private_of``: the person UUID whose sealed private keys the copy keeps ('' none; None
    every one this sign-in reads); ``redact``: each table's rows as the copy may hold them
    (never written otherwise: no page of the new store ever holds what it empties);
    ``passphrase``: a file encrypted from its first page."""
    report = progress or (lambda _d, _t, _m: None)
    counts: dict[str, int] = {}
    with source.read() as src:
        if source.dialect == "postgresql":  # one snapshot for every table, as on SQLite
            src.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        totals = {
            t.name: int(src.execute(select(func.count()).select_from(t)).scalar() or 0)
            for t in tables()
        }
        grand = sum(totals.values())

        def fill(dest: Session) -> None:
            conn = dest.connection()
            search_index.drop_triggers(conn)
            for table in reversed(tables()):  # what the schema's scripts seeded
                conn.execute(delete(table))
            done = 0
            for table in tables():
                report(done, grand, f"Copying {table.name.replace('_', ' ')}")
                links = _self_links(table)
                withheld = [0]
                parts = (
                    [r for part in _chunks(src, table, None, withheld, redact) for r in part]
                    if links
                    else None
                )
                chunks = (
                    [_parents_first(parts, links)]
                    if parts is not None
                    else _chunks(src, table, private_of, withheld, redact)
                )
                n = 0
                for rows in chunks:
                    for start in range(0, len(rows), CHUNK):
                        piece = rows[start : start + CHUNK]
                        try:
                            conn.execute(insert(table), piece)
                        except DBAPIError as exc:
                            why = str(exc.orig or exc).strip().splitlines()[0]
                            raise StoreError(
                                "The {table} rows could not be copied "
                                "({why}): nothing was written to {destination_display}.",
                                table=table.name.replace("_", " "),
                                why=why,
                                destination_display=destination.display,
                            ) from exc
                        n += len(piece)
                        done += len(piece)
                counts[table.name] = n
                # others' PIN hashes, rows the copy's reader may not read: left out on purpose
                totals[table.name] -= withheld[0]
            report(done, grand, "Building the search index")
            search_index.rebuild(conn)
            search_index.create_triggers(conn)
            if counts != totals:  # pragma: no cover - the source changed under the read
                raise StoreError("The store changed while it was copied: nothing was written.")

        # a store is the delegation's briefs: its owner's only, encrypted or not
        made = create_backend(
            destination, passphrase, fill, None if destination.is_server else 0o600
        )
    return Copied(made, counts)
