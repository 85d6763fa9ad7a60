"""The content a new row reads back as, computed from the values written (no read-back).

After an import the store remembers each record's revision with the content it actually
holds (``PlanWriter._remember``).  Reading the written rows back (``canon.read_scope``)
is the general way; for the bulk of a bundle, the new notes, the same content follows
from the values just inserted, exactly as reading would give it:

- each value goes through the column type's bind processor (what the driver stores)
  and then its result processor (what a read returns): the same functions SQLAlchemy
  applies, so a datetime loses its time zone, a boolean becomes ``True``, exactly as
  on the way back;
- then through the canonical form (``canon.Links.to_canon``'s rules): a link is the
  UUID it was resolved from when this store holds it (ids and UUIDs are one-to-one),
  a delegation its code, an enum its value, a date its ISO text.

Only where the store keeps what the driver was given: SQLite (its column affinities
keep text, integers and the ISO text of dates as given), rows no trigger rewrites,
and records nothing else in the same import writes again (a new note).  Anywhere else
(PostgreSQL, which converts values on its side; an edited or hidden note) the rows
are read back as before.  ``tests/test_sync_as_written.py`` holds the two equal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.engine import Dialect

from .kinds import LINKS, Conv, Kind, Spec, plain

# The kinds whose new rows are remembered from what was written (see the module's notes).
AS_WRITTEN = frozenset({Kind.NOTE})
_Processor = Callable[[Any], Any] | None
_CACHE: dict[tuple[Kind, Any], tuple[tuple[str, str, Conv, _Processor, _Processor], ...]] = {}


def applies(dialect: Dialect) -> bool:
    return dialect.name == "sqlite"


def _plan(
    spec: Spec, dialect: Dialect
) -> tuple[tuple[str, str, Conv, _Processor, _Processor], ...]:
    key = (spec.kind, (dialect.name, dialect.driver, dialect.server_version_info))
    found = _CACHE.get(key)
    if found is None:
        out = []
        for f in spec.fields:
            impl = spec.table.c[f.column].type.dialect_impl(dialect)
            out.append(
                (
                    f.name,
                    f.column,
                    f.conv,
                    impl.bind_processor(dialect),
                    impl.result_processor(dialect, None),
                )
            )
        found = _CACHE[key] = tuple(out)
    return found


def read_as(
    spec: Spec, values: dict[str, Any], content: dict[str, Any], dialect: Dialect
) -> dict[str, Any]:
    """``spec``'s content of a row inserted with ``values`` (its columns) from
    ``content`` (the record that came in), as ``canon.read_scope`` would read it."""
    out: dict[str, Any] = {}
    for name, column, conv, bind, result in _plan(spec, dialect):
        value = values[column]
        if value is None:
            out[name] = None
            continue
        if conv in LINKS or conv is Conv.CODE:
            out[name] = content[name]  # the UUID (code) this store resolved to that id
            continue
        if bind is not None:
            value = bind(value)
        if result is not None:
            value = result(value)
        out[name] = _canon(conv, value)
    return out


def _canon(conv: Conv, value: Any) -> Any:
    if value is None or conv is Conv.PLAIN:
        return value
    if conv is Conv.ENUM:
        return plain(value)
    if conv in (Conv.DATE, Conv.TIME, Conv.DATETIME):
        assert isinstance(value, date | time | datetime)
        return value.isoformat()
    raise ValueError(f"no canonical form for {conv}")  # pragma: no cover - links above
