"""Saving a readable copy of a damaged store (File > Save a readable copy…, ``salvage``).

The copy is a new store holding every row that can still be read
(``storage.salvage``); the damaged file is only read.  The copy's audit log
gets one entry saying where it came from and what was lost, so the story of
the data stays in the data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.locator import Locator
from ..i18n.messages import counted
from ..storage import salvage
from ..storage.backend import Capability
from ..storage.keys import Key
from ..storage.salvage import SalvageResult, TableSalvage
from ..storage.store import Store
from .audit_anchor import forget
from .context import ServiceContext

__all__ = ["SalvageResult", "SalvageService", "TableSalvage", "salvage_file"]

Report = Callable[[int, int, str], None]


class SalvageService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @property
    def damaged(self) -> str | None:
        """What the engine said when damage was found in the open store (None: sound)."""
        return self._ctx.backend.damaged

    def save_readable_copy(self, out: Path, report: Report | None = None) -> SalvageResult:
        """Copy every readable row of the open store into a new store at ``out``."""
        store = self._ctx.files(Capability.SALVAGE, "saving a readable copy")
        result = store.salvage_to(Path(out).expanduser(), report)
        _record(result, store.key_for_copy(), self._ctx.actor)
        return result


def salvage_file(
    path: Path, out: Path, passphrase: str | None = None, report: Report | None = None
) -> SalvageResult:
    """The same for a store that is not open (the command line): ``path`` is only read."""
    path = Path(path).expanduser().absolute()
    key = salvage.key_for(path, passphrase)
    result = salvage.salvage(path, Path(out).expanduser(), key, report)
    _record(result, key, "")
    return result


def _record(result: SalvageResult, key: Key | None, actor: str) -> None:
    """One audit entry in the copy: where it came from, what was lost."""
    lost = [f"{t.table} {t.skipped}" for t in result.tables if t.skipped]
    detail = f"readable copy of {result.source.name} (damaged): {result.copied} rows copied"
    detail += f"; not copied: {', '.join(lost)}" if lost else "; nothing lost"
    recovered = sum(t.recovered for t in result.tables)
    if recovered:
        detail += f"; {counted(recovered, 'note')} rebuilt from their saved versions"
    forget(Locator.file(result.out))  # a new store: anchored at its first open
    with Store.open(result.out, key) as store:
        ctx = ServiceContext(store, actor=actor)
        with ctx.write() as s:
            ctx.audit(s, "salvage", "store", None, detail)
