"""Moving a whole store between engines: a file to a team store's server, or back.

``copy_store`` copies every row (``storage.copy_store``: the history, the audit log
and the register with their ids) into a new store at the destination, then records
where the copy came from in the copy's own audit log, and checks the copied chain
end to end there: it verifies on the other side, or the copy is reported as broken.
The source is only read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.locator import Locator
from ..storage import copy_store as storage_copy
from .audit_anchor import forget
from .changes import Change, ChangeKind
from .container import Services

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CopyReport:
    source: Locator
    destination: Locator
    rows: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    audit_ok: bool = False
    audit_problems: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_store(source: Services, to: Locator | str, progress: Progress | None = None) -> CopyReport:
    """Copy the open store ``source`` into a new store at ``to`` (refused if anything is
    there); the copy's audit log records it, and its chain is verified."""
    destination = Locator.parse(to)
    # Both stores start from the same recorded revisions, so an edit on either later
    # travels as a change made from them (not a conflict).  Only the sync tables change.
    source.sync.record_revisions()
    copied = storage_copy.copy_store(source.ctx.backend, destination, progress)
    forget(destination)  # a store that was there before says nothing about the copy
    dest = Services.for_store(copied.destination, actor=source.actor)
    try:
        with dest.ctx.write() as s:
            dest.ctx.audit(
                s,
                "copy",
                "store",
                None,
                f"copied from {source.locator.display}: {copied.total:,} rows",
            )
        verified = dest.audit.verify()
    finally:
        dest.close()
    source.ctx.publish(Change(ChangeKind.AUDIT))
    return CopyReport(
        source.locator,
        destination,
        copied.rows,
        verified.entries,
        verified.ok,
        tuple(p.text for p in verified.problems),
    )
