"""One SQLite dialect and one compiled-statement cache for every store file a process opens.

SQLAlchemy keeps the SQL it compiled for a statement in a cache that belongs to each
engine, keyed by the engine's dialect *instance*: a store opened afresh (an import into
a new store, a trip copy, a store re-keyed or restored, each test's store) compiled
every statement again, about 0.5 ms each, ~70 of them in a bundle's import (#17:
``docs/performance.md``).  Every store file's engine is made with the same driver
(``sqlcipher3``) and the same arguments (``engine.make_engine``), so their dialects are
interchangeable once initialized (the SQLite library's version and features are the
process's): the first engine whose first connection initialized its dialect lends that
dialect and its cache to every engine made after it, so a statement is compiled once
per process, as ``driver_sql.Prepared`` does for the driver-level statements.

What stays each engine's own: its pool and connections (the connect hooks run for every
connection as before), its events, ``echo`` and ``hide_parameters``.  The cache keeps
SQLAlchemy's size (500 statements): a process with one store holds what it held before.
PostgreSQL engines (``pg_connect``) are not touched.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine, event

_lock = threading.Lock()
_shared: list[tuple[Any, Any]] = []  # (dialect, compiled cache), once one is ready


def share(engine: Engine) -> None:
    """``engine`` (new, not yet connected) takes the shared dialect and cache when there
    is one; else its own dialect becomes the shared one once its first connection has
    initialized it."""
    with _lock:
        found = _shared[0] if _shared else None
    if found is not None:
        dialect, cache = found
        engine.dialect = dialect
        engine.pool._dialect = dialect  # the pool's reset and rollback: stateless calls
        engine._compiled_cache = cache
        return

    def _initialized(_dbapi: Any, _record: Any) -> None:
        # runs after SQLAlchemy's own first-connect hook (listeners run in order), which
        # initialized the dialect; a failed connection leaves it for the next one
        with _lock:
            if not _shared and engine._compiled_cache is not None:
                _shared.append((engine.dialect, engine._compiled_cache))

    event.listen(engine.pool, "connect", _initialized, _once_unless_exception=True)
