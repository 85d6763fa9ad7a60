"""What the trip-copy tests share: the demo's people and meeting, a store opened in a
member's name, a brief edited section by section (as the position editor saves it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from adgsom_desktop.services.container import Services
from adgsom_desktop.storage.store import Store

MEETING = 4  # the 6th ADGSOM of the demo
HEAD, AIDE = "Worawit Chanthasiri", "Natthida Chaiyaporn"


@contextmanager
def opened(path: Path, actor: str) -> Iterator[Services]:
    svc = Services.for_store(Store.open(path), actor=actor)
    try:
        yield svc
    finally:
        svc.close()


def edit_brief(svc: Services, item: int, **sections: Any) -> None:
    rec = svc.positions.get(item)
    assert rec is not None
    svc.positions.save(item, replace(rec.content, **sections), reopen_approved=True)
