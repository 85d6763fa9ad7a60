"""The merge as a property (#17): Hypothesis plays random edit sequences on two replicas of
the demo (notes added, edited, hidden; briefs edited; stances set; action items added;
agenda items moved; outcomes added and moved), then merges A into B and B into A through the one merge engine.

- Both hold the same content, except the records in conflict, where both hold the
  same pair of versions (merged A into B and B into A until neither learns anything:
  renumbering the siblings of an item that moved is itself a change; a few rounds).
  An item's outcomes are listed in one order on both sides (review s35 T3).
- Every edit is present, or part of a recorded conflict (an edit is only allowed to
  disappear when the same side later hid the note).
- Re-importing a payload changes nothing; a stale payload never reverts anything.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from adgsom_desktop.domain.enums import Stance
from adgsom_desktop.errors import AppError
from adgsom_desktop.services.sync.revs import canonical_json, content_hash
from adgsom_desktop.services.sync_service import trusting

pytestmark = pytest.mark.slow

MEETING = 1  # the 5th ADGSOM of the demo: an agenda, briefs and notes, small enough to repeat
EXAMPLES = int(os.environ.get("ADGSOM_MERGE_EXAMPLES", "35"))  # docs/performance.md
RUN: dict[str, int] = {"cases": 0}
PHASES = (Phase.explicit, Phase.reuse, Phase.generate)  # shrinking a store is too slow

SIDES = st.sampled_from(("a", "b"))
OPS = st.one_of(
    st.tuples(st.just("add_note"), SIDES),
    st.tuples(st.just("edit_note"), SIDES, st.integers(0, 4)),
    st.tuples(st.just("hide_note"), SIDES, st.integers(0, 4)),
    st.tuples(st.just("brief"), SIDES, st.integers(0, 3)),
    st.tuples(st.just("stance"), SIDES, st.integers(0, 3), st.sampled_from(list(Stance))),
    st.tuples(st.just("action"), SIDES),
    st.tuples(st.just("move"), SIDES, st.integers(0, 5)),
    st.tuples(st.just("del_action"), SIDES, st.integers(0, 3)),
    st.tuples(st.just("del_new_action"), SIDES),
    st.tuples(st.just("outcome"), SIDES, st.integers(0, 5)),
    st.tuples(st.just("move_outcome"), SIDES, st.integers(0, 5)),
)


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """The property is the merge's, not the disk's: the replicas are written without
    waiting for the disk (``PRAGMA synchronous = OFF``, no ``fsync`` of the audit
    anchors), which on a busy machine was most of a case's wall time."""
    from adgsom_desktop.storage import sqlite_driver

    pragmas = sqlite_driver.apply_pragmas

    def no_sync(conn: Any, *, readonly: bool = False) -> None:
        pragmas(conn, readonly=readonly)
        conn.execute("PRAGMA synchronous = OFF")

    monkeypatch.setattr(sqlite_driver, "apply_pragmas", no_sync)
    monkeypatch.setattr(os, "fsync", lambda _fd: None)


@contextmanager
def replicas(master: Path) -> Iterator[dict[str, Any]]:
    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        out = {}
        for side in ("a", "b"):
            path = Path(tmp) / f"{side}.adgsom"
            shutil.copyfile(master, path)
            out[side] = Services.for_store(Store.open(path), actor=side)
        try:
            yield out
        finally:
            for svc in out.values():
                svc.close()


_PICKS: dict[Path, tuple[list[int], ...]] = {}


def _briefed(svc: Any) -> list[int]:
    return [i.id for i in svc.agenda.items(MEETING) if svc.positions.get(i.id) is not None]


class Replay:
    """Applies the operations and remembers what must survive."""

    def __init__(self, stores: dict[str, Any], master: Path) -> None:
        self.stores = stores
        self.n = 0
        # what the edits pick from: the same in every copy of the master, read once
        if master not in _PICKS:
            a = stores["a"]
            _PICKS[master] = (
                [n.id for n in a.notes.notes(MEETING)][:5],
                _briefed(a)[:4],
                [i.id for i in a.agenda.items(MEETING)][:6],
                [d.id for d in a.delegations.delegations()][:4],
                self._actions(a)[:4],
            )
        self.notes0, self.briefed, self.items, self.delegations, self.actions0 = _PICKS[master]
        self.must: dict[tuple[str, str, int], str] = {}  # (side, what, id) -> its last text
        self.added: list[str] = []
        self.mine: dict[str, list[tuple[int, str]]] = {"a": [], "b": []}  # actions added

    @staticmethod
    def _actions(svc: Any) -> list[int]:
        from adgsom_desktop.services.room_records import ActionFilter

        return [r.id for r in svc.actions.actions(ActionFilter(meeting_id=MEETING))]

    def text(self, side: str) -> str:
        self.n += 1
        return f"edit {side}{self.n} by replica {side.upper()}"

    def apply(self, op: tuple[Any, ...]) -> None:
        name, side = op[0], op[1]
        svc = self.stores[side]
        # an edit the app refuses (an item that cannot move further) is no edit
        with contextlib.suppress(AppError):
            getattr(self, name)(svc, side, *op[2:])

    def add_note(self, svc: Any, side: str) -> None:
        text = self.text(side)
        svc.notes.add(MEETING, text)
        self.added.append(text)

    def edit_note(self, svc: Any, side: str, k: int) -> None:
        if not self.notes0:
            return
        nid = self.notes0[k % len(self.notes0)]
        note = svc.notes.note(nid)
        text = self.text(side)
        svc.notes.edit(
            nid,
            text=text,
            kind=note.kind,
            item_id=note.item_id,
            speaker_delegation_id=note.speaker_delegation_id,
        )
        self.must[(side, "note", nid)] = text

    def hide_note(self, svc: Any, side: str, k: int) -> None:
        if not self.notes0:
            return
        nid = self.notes0[k % len(self.notes0)]
        svc.notes.delete(nid)
        self.must.pop((side, "note", nid), None)  # the same side took its own edit away

    def brief(self, svc: Any, side: str, k: int) -> None:
        if not self.briefed:
            return
        item = self.briefed[k % len(self.briefed)]
        rec = svc.positions.get(item)
        text = self.text(side)
        svc.positions.save(item, replace(rec.content, objective=text), reopen_approved=True)
        self.must[(side, "brief", item)] = text

    def stance(self, svc: Any, side: str, k: int, stance: Stance) -> None:
        item = self.items[k % len(self.items)]
        d = self.delegations[k % len(self.delegations)]
        svc.stances.set_cell(item, d, expected=stance, observed=Stance.UNKNOWN)

    def action(self, svc: Any, side: str) -> None:
        text = self.text(side)
        rec = svc.actions.create(text, meeting_id=MEETING)
        self.added.append(text)
        self.mine[side].append((rec.id, text))

    def del_action(self, svc: Any, side: str, k: int) -> None:
        if self.actions0:
            svc.actions.delete(self.actions0[k % len(self.actions0)])

    def del_new_action(self, svc: Any, side: str) -> None:
        if self.mine[side]:  # an action added on this side, deleted again there
            action_id, text = self.mine[side].pop()
            svc.actions.delete(action_id)
            self.added.remove(text)

    def move(self, svc: Any, side: str, k: int) -> None:
        svc.agenda.move_by(self.items[k % len(self.items)], 1)

    def outcome(self, svc: Any, side: str, k: int) -> None:
        text = self.text(side)
        svc.outcomes.add(self.items[k % len(self.items)], "noted", text)
        self.added.append(text)

    def move_outcome(self, svc: Any, side: str, k: int) -> None:
        outcomes = svc.outcomes.for_item(self.items[k % len(self.items)])
        if outcomes:  # the last one up (review s35 T3: a place travels)
            svc.outcomes.move(outcomes[-1].id, -1)

    def outcome_orders(self, svc: Any) -> list[list[str]]:
        """Each item's outcomes as its user reads them, in order."""
        return [[o.text for o in svc.outcomes.for_item(i)] for i in self.items]


def _merge(src: Any, dst: Any) -> Any:
    from adgsom_desktop.services.sync.importer import MergeOptions

    payload = src.sync.export_payload([MEETING])
    report = dst.sync.import_payload(
        payload, MergeOptions(f"replica {src.ctx.actor}", src.ctx.actor, trusting), backup=False
    )
    return payload, report


def _contents(svc: Any, revs: dict[str, str] | None = None, payload: Any = None) -> dict[str, str]:
    """What ``svc`` holds: a fresh export, or ``payload`` if nothing ran there since."""
    payload = payload or svc.sync.export_payload([MEETING])
    if revs is not None:
        revs.update((r.key, r.rev) for r in payload.records)
    return {r.key: canonical_json(r.content) for r in payload.records}


def _conflicts(svc: Any, current: dict[str, str]) -> dict[str, frozenset[str]]:
    out = {}
    for c in svc.sync.conflicts():
        theirs = content_hash(c.theirs)
        mine = current.get(c.key)
        out[c.key] = frozenset({theirs, content_hash(None) if mine is None else _h(mine)})
    return out


def _h(text: str) -> str:
    import json

    return content_hash(json.loads(text))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
    phases=PHASES,
)
@given(ops=st.lists(OPS, min_size=1, max_size=12))
# found at 50 cases (docs/performance.md): one item's place differed, no conflict recorded
# (on most demos' UUIDs; tests/test_merge_agenda_order.py plays every order of them)
@example(
    ops=[
        ("del_action", "a", 0),
        ("move", "b", 0),
        ("edit_note", "b", 2),
        ("edit_note", "a", 0),
        ("stance", "b", 0, Stance.RESERVE),
        ("move", "a", 1),
        ("del_action", "a", 1),
        ("del_new_action", "a"),
    ]
)
def test_two_replicas_converge_and_lose_nothing(
    demo_master: Path, no_fsync: None, ops: list[Any]
) -> None:
    RUN["cases"] += 1
    with replicas(demo_master) as stores:
        replay = Replay(stores, demo_master)
        first_a = stores["a"].sync.export_payload([MEETING])  # before any edit: stale later
        for op in ops:
            replay.apply(op)
        a, b = stores["a"], stores["b"]
        # A into B, then B into A; again while either side still learns something (an
        # item's place renumbered by a merge is a change of its own): a few rounds at most
        for _round in range(4):
            payload_a, into_b = _merge(a, b)
            payload_b, into_a = _merge(b, a)
            if into_a.nothing_to_do and into_b.nothing_to_do:
                break
        else:
            raise AssertionError("the two replicas never settled")

        revs_a: dict[str, str] = {}
        revs_b: dict[str, str] = {}
        # B's last payload is what B holds (nothing ran there since): one export less
        ca, cb = _contents(a, revs_a), _contents(b, revs_b, payload_b)
        for key, rev in revs_a.items():  # a revision names one content in every store
            if revs_b.get(key) == rev:
                assert ca[key] == cb[key], f"one revision, two contents: {key}"
        conflicts_a, conflicts_b = _conflicts(a, ca), _conflicts(b, cb)
        assert conflicts_a == conflicts_b, "both sides hold the same pair of versions"
        in_conflict = set(conflicts_a)
        assert {k: v for k, v in ca.items() if k not in in_conflict} == {
            k: v for k, v in cb.items() if k not in in_conflict
        }
        assert replay.outcome_orders(a) == replay.outcome_orders(b), "one order of outcomes"

        everything = " ".join(ca.values()) + " ".join(cb.values())
        everything += " ".join(
            canonical_json(c.theirs) + canonical_json(c.mine) for c in a.sync.conflicts()
        )
        everything += " ".join(
            canonical_json(c.theirs) + canonical_json(c.mine) for c in b.sync.conflicts()
        )
        for text in [*replay.added, *replay.must.values()]:
            assert text in everything, f"an edit was lost: {text!r}"

        # re-importing changes nothing; a stale payload never reverts anything
        from adgsom_desktop.services.sync.importer import MergeOptions

        options = MergeOptions("replica a", "a", trusting)
        assert b.sync.preview(payload_a, options).nothing_to_do
        assert b.sync.import_payload(first_a, options, backup=False).nothing_to_do
        assert _contents(b) == cb


def test_the_property_ran(demo_master: Path) -> None:
    """Reported in the closing note: how many generated cases ran (this process)."""
    if RUN["cases"]:
        print(f"\nmerge property: {RUN['cases']} generated cases")
