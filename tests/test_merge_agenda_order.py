"""An agenda reordered on two replicas at once (#17): the merge's rule for items' places.

The divergence the merge property found at 50 cases (docs/performance.md): B moves the
first item down, A the second; merged both ways, the two stores ended with one item's
place differing and no conflict recorded, on some runs only, because the items' UUIDs
decide how siblings that share a place are put in order.  Here the UUIDs of the items
are pinned before anything travels and every order of them is played, each with A
importing first and with B importing first: both stores must end with one agenda, the
same whichever side imports first, and a revision must name one content in both.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from adgsom_desktop.services.sync.revs import canonical_json
from adgsom_desktop.services.sync_service import trusting

TITLES = ("Opening", "Adoption of the agenda", "Digital Masterplan", "Data governance")
UUIDS = tuple(f"{n:032x}" for n in (0x1111, 0x2222, 0x3333))  # three orders of UUIDs


@pytest.fixture(scope="module")
def agenda_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with one meeting of four items (UUIDs as they come)."""
    from adgsom_desktop.domain.enums import MeetingKind
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.services.store_setup import create_store

    path = tmp_path_factory.mktemp("order") / "master.adgsom"
    svc = Services.for_store(create_store(path, our_delegation_code="TH"), actor="setup")
    try:
        event = svc.events.save_event(title="5th ADGMIN", city="Hà Nội")
        meeting = svc.events.save_meeting(
            event_id=event.id, kind=MeetingKind.SOM, title="5th ADGSOM", date=date(2026, 1, 12)
        )
        for title in TITLES:
            svc.agenda.add_item(meeting.id, title)
    finally:
        svc.close()
    return path


def _pin_uuids(path: Path, order: tuple[str, ...]) -> None:
    """Give the first three items the UUIDs in ``order`` (before anything travelled)."""
    from sqlalchemy import update

    from adgsom_desktop.domain.models import AgendaItem, SyncRecord
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    svc = Services.for_store(Store.open(path), actor="setup")
    try:
        with svc.ctx.write() as s:
            assert not s.query(SyncRecord).count(), "nothing travelled yet"
            for item_id, value in zip((1, 2, 3), order, strict=True):
                s.execute(update(AgendaItem).where(AgendaItem.id == item_id).values(uuid=value))
    finally:
        svc.close()


@contextmanager
def replicas(master: Path, tmp: Path, order: tuple[str, ...]) -> Iterator[tuple[Any, Any, int]]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    tmp.mkdir()
    base = tmp / "base.adgsom"
    shutil.copyfile(master, base)
    _pin_uuids(base, order)
    stores = []
    for side in ("a", "b"):
        shutil.copyfile(base, tmp / f"{side}.adgsom")
        stores.append(Services.for_store(Store.open(tmp / f"{side}.adgsom"), actor=side))
    meeting = stores[0].events.meetings()[0].id
    try:
        yield stores[0], stores[1], meeting
    finally:
        for svc in stores:
            svc.close()


def _merge(src: Any, dst: Any, meeting: int) -> Any:
    from adgsom_desktop.services.sync.importer import MergeOptions

    payload = src.sync.export_payload([meeting])
    options = MergeOptions(f"replica {src.ctx.actor}", src.ctx.actor, trusting)
    return dst.sync.import_payload(payload, options, backup=False)


def _one_content_a_revision(a: Any, b: Any, meeting: int) -> None:
    """A revision names one content in every store: a place written by an import and
    then put among its siblings otherwise (``settle_agendas``) is a new revision."""
    ra = {r.key: r for r in a.sync.export_payload([meeting]).records}
    for r in b.sync.export_payload([meeting]).records:
        mine = ra.get(r.key)
        if mine is not None and mine.rev == r.rev:
            assert canonical_json(mine.content) == canonical_json(r.content), r.key


def _order(svc: Any, meeting: int) -> list[str]:
    return [i.title for i in svc.agenda.items(meeting)]


def _contents(svc: Any, meeting: int) -> dict[str, str]:
    return {r.key: canonical_json(r.content) for r in svc.sync.export_payload([meeting]).records}


def _play(master: Path, tmp: Path, order: tuple[str, ...], first: str) -> list[str]:
    """B moves the first item down, A the second; merged both ways (``first`` imports
    first) until neither learns anything.  Returns the agenda both hold."""
    with replicas(master, tmp, order) as (a, b, meeting):
        ids = [i.id for i in a.agenda.items(meeting)]
        b.agenda.move_by(ids[0], 1)
        a.agenda.move_by(ids[1], 1)
        pair = [(a, b), (b, a)] if first == "b" else [(b, a), (a, b)]  # (from, into)
        for _round in range(4):
            quiet = []
            for src, dst in pair:
                report = _merge(src, dst, meeting)
                quiet.append(report.nothing_to_do)
                # the side whose place lost reads it as an update; nothing is "kept"
                assert {ln.action.value for ln in report.lines} <= {"update"}, report.lines
                _one_content_a_revision(a, b, meeting)
            if all(quiet):
                break
        else:
            raise AssertionError("the two replicas never settled")
        assert _order(a, meeting) == _order(b, meeting), "one agenda on both sides"
        assert _contents(a, meeting) == _contents(b, meeting)
        assert not a.sync.conflicts() and not b.sync.conflicts(), "a move is not a conflict"
        assert [i.number for i in a.agenda.items(meeting)] == ["1", "2", "3", "4"]
        return _order(a, meeting)


@pytest.mark.parametrize(
    "order",
    list(itertools.permutations(UUIDS)),
    ids=lambda o: "".join(str(UUIDS.index(u)) for u in o),
)
def test_moves_on_both_sides_end_in_one_order(
    agenda_store: Path, tmp_path: Path, order: tuple[str, ...]
) -> None:
    a_first = _play(agenda_store, tmp_path / "a-first", order, "a")
    b_first = _play(agenda_store, tmp_path / "b-first", order, "b")
    assert a_first == b_first, "the same agenda whichever side imports first"
