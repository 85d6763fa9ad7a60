"""The garbage collector kept out of an export's and an import's work.

An exchange reads and writes a few thousand small objects (rows, contents, revisions)
that hold no reference cycles worth collecting, but their allocations trigger the
collector, and a full collection walks the whole process (the app's modules, the ORM's
mappers): measured 60-110 ms of CPU, as much as the rest of a bundle's import, in two
runs of five (``docs/performance.md``, *Exchange bundles*).  The collector runs again as
soon as the work is done; nested and concurrent uses leave it as they found it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = [0]
_was_enabled = [False]


@contextmanager
def gc_paused() -> Iterator[None]:
    with _lock:
        if _depth[0] == 0:
            _was_enabled[0] = gc.isenabled()
            gc.disable()
        _depth[0] += 1
    try:
        yield
    finally:
        with _lock:
            _depth[0] -= 1
            if _depth[0] == 0 and _was_enabled[0]:
                gc.enable()
