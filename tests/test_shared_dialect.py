"""Store files share one SQLite dialect and one compiled-statement cache
(``storage.shared_dialect``, #17): a store opened afresh finds the statements another
store of the process compiled, and each store still reads and writes only its own file
(plain and encrypted stores alike)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from adgsom_desktop.domain.models import Event
from adgsom_desktop.services.container import Services
from adgsom_desktop.services.store_setup import create_store
from adgsom_desktop.storage.store import Store

PASSPHRASE = "correct horse battery staple 42"


def _titles(svc: Services) -> tuple[list[str], bool]:
    """The store's event titles, and whether the statement's compiled form was found in
    the cache (not compiled for this store)."""
    with svc.store.read() as s:
        result = s.connection().execute(select(Event.title).order_by(Event.title))
        hit = result.context.cache_hit == s.bind.dialect.CACHE_HIT
        return list(result.scalars()), hit


def test_a_fresh_store_reuses_what_another_compiled_and_keeps_its_own_rows(
    tmp_path: Path,
) -> None:
    first = Services.for_store(
        create_store(tmp_path / "a.adgsom", our_delegation_code="TH", title="A"), actor="a"
    )
    try:
        first.events.save_event(title="Only in A")
        assert _titles(first)[0] == ["Only in A"]
        second = Services.for_store(
            create_store(
                tmp_path / "b.adgsom", our_delegation_code="TH", title="B", passphrase=PASSPHRASE
            ),
            actor="b",
        )
        try:
            assert second.store.engine.dialect is first.store.engine.dialect
            titles, hit = _titles(second)
            assert titles == []  # B's own file: nothing of A's
            assert hit  # compiled once, for A
            second.events.save_event(title="Only in B")
            assert _titles(second)[0] == ["Only in B"]
            assert _titles(first)[0] == ["Only in A"]
        finally:
            second.close()
        # reopened (a new engine): the same statements, the rows still its own
        again = Services.for_store(Store.open(tmp_path / "b.adgsom", PASSPHRASE), actor="b")
        try:
            assert _titles(again) == (["Only in B"], True)
        finally:
            again.close()
    finally:
        first.close()
