"""The merge: what an incoming set of records does to what this store holds (no writes).

Per record (``revs.relation``): new here -> added; the other side built on ours -> taken (an
update, a deletion, or a deleted record back); ours is newer -> kept; both changed -> a
conflict (both versions kept, ours stays current until the user resolves), unless both hold
the same content (they meet at one revision) or one side deleted it (the edit wins: a
deletion loses against an edit made on the other side), or it is a place (an agenda, the
outcomes of an item have one order: both keep one place, ``place_wins``, ``kept_place``).
A brief changed on both sides is merged section by section from the version both last shared
(``bases``, ``brief_sections``): a conflict only when a section changed differently on both
sides (or either side holds it approved). Then two passes over the structure, so a deletion
never takes an edit with it: a record that stays (ours, changed here or new here, or one
coming in) keeps the records it lives in (its item, meeting, event): their deletion loses; a
record coming in whose item or meeting was deleted here brings it back (the other side's
version of it, which wins over our deletion for the same reason). Both stores of a round
trip reach the same revisions this way, whichever imports first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..outcome_order import kept_place, moved_only
from .brief_sections import BriefMerge, merge_brief
from .hard_links import DETACHABLE, NEEDS, hard_link
from .kinds import CONTAINER_FIELD, Kind, place_key
from .note_stance import follows_note
from .record_fields import merge_fields
from .revs import Relation, RevState, absorbed, content_hash, join_ancestry, merged, relation
from .state import Held


class Action(StrEnum):
    ADD = "add"  # new here
    UPDATE = "update"  # changed there, not here
    DELETE = "delete"  # deleted (a note: hidden) there, unchanged here
    RESTORE = "restore"  # deleted here, changed there (or needed by what comes in)
    CONFLICT = "conflict"  # changed on both sides: both kept, ours stays
    KEEP = "keep"  # changed here, deleted there: ours stays
    LEARN = "learn"  # only the record of revisions changes
    MERGE = "merge"  # a brief changed on both sides, in different sections: both taken


WRITES = (Action.ADD, Action.UPDATE, Action.RESTORE, Action.MERGE)


@dataclass(frozen=True, init=False)
class Incoming:
    key: str
    kind: Kind
    scope: str
    rev: str
    gen: int
    ancestry: tuple[str, ...]
    content: dict[str, Any] | None
    withheld: tuple[str, ...] = ()  # fields the sender did not send (``withhold``)
    # (content, hash) ``advance`` computed of this very object: used while it is ``content``
    hashed: tuple[Any, str] | None = field(default=None, compare=False, repr=False)

    def __init__(
        self,
        key: str,
        kind: Kind,
        scope: str,
        rev: str,
        gen: int,
        ancestry: tuple[str, ...],
        content: dict[str, Any] | None,
        withheld: tuple[str, ...] = (),
        hashed: tuple[Any, str] | None = None,
    ) -> None:  # the generated one's, set in one call (one per record, as ``canon.Current``)
        self.__dict__.update(
            key=key,
            kind=kind,
            scope=scope,
            rev=rev,
            gen=gen,
            ancestry=ancestry,
            content=content,
            withheld=withheld,
            hashed=hashed,
        )

    @property
    def state(self) -> RevState:
        h = self.hashed
        if h is None or h[0] is not self.content:  # hashed once per content object
            object.__setattr__(self, "hashed", h := (self.content, content_hash(self.content)))
        return RevState(self.rev, self.gen, self.ancestry, h[1])


@dataclass(frozen=True)
class OpenConflict:
    id: int
    key: str
    their_rev: str


@dataclass(frozen=True)
class Step:
    key: str
    kind: Kind
    action: Action
    incoming: Incoming
    local: Held | None
    state: RevState  # the revision this store holds afterwards
    conflict_id: int | None = None  # an open conflict whose other side this replaces
    closes: tuple[int, ...] = ()  # open conflicts this settles (the other side resolved)
    merge: BriefMerge | None = None  # a brief merged section by section (or why not)
    both: bool = False  # an item's place moved on both sides, one kept (``place_wins``)


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...]
    skipped: tuple[tuple[Incoming, str], ...] = ()

    def of(self, *actions: Action) -> list[Step]:
        return [s for s in self.steps if s.action in actions]

    @property
    def changes_anything(self) -> bool:
        return bool(self.steps)


@dataclass
class _Planner:
    incoming: dict[str, Incoming]
    held: Mapping[str, Held]
    conflicts: Mapping[str, list[OpenConflict]]
    bases: Mapping[str, dict[str, Any]] = field(default_factory=dict)  # briefs' (``bases``)
    steps: dict[str, Step] = field(default_factory=dict)
    skipped: list[tuple[Incoming, str]] = field(default_factory=list)

    # -- per record ------------------------------------------------------------------
    def decide(self, rec: Incoming) -> None:
        local = self.held.get(rec.key)
        theirs = rec.state
        if local is None:
            action = Action.LEARN if theirs.deleted else Action.ADD
            self._step(rec, action, theirs)
            return
        mine = local.state
        rel = relation(mine, theirs)
        if rel in (Relation.SAME, Relation.STALE):
            return
        if rel is Relation.NEWER:
            state = RevState(
                theirs.rev,
                theirs.gen,
                join_ancestry(theirs.ancestry, mine.ancestry),
                theirs.content_hash,
            )
            if theirs.deleted:
                action = Action.LEARN if mine.deleted else Action.DELETE
            elif rec.withheld and not mine.deleted and theirs.content_hash == mine.content_hash:
                # changed only in fields not sent here (``withhold``): no change for us
                action = Action.LEARN
            else:
                action = Action.RESTORE if mine.deleted else Action.UPDATE
            self._step(rec, action, state)
            return
        if theirs.content_hash == mine.content_hash:
            self._step(rec, Action.LEARN, merged(rec.key, mine.content_hash, [mine, theirs]))
        elif mine.gen == 0 and not theirs.deleted:  # ours: known only by a member's key
            self._step(rec, Action.UPDATE, absorbed(theirs, mine))
        elif theirs.gen == 0 or theirs.deleted:  # theirs is such a stand-in: ours stays
            self._step(rec, Action.KEEP, absorbed(mine, theirs))
        elif mine.deleted:
            self._step(rec, Action.RESTORE, absorbed(theirs, mine))
        elif rec.kind is Kind.PLACE or moved_only(rec.kind, local.content, rec.content):
            if place_wins(theirs, mine) if rec.kind is Kind.PLACE else kept_place(local, rec):
                self._step(rec, Action.UPDATE, absorbed(theirs, mine), both=True)
            else:  # ours stays; theirs is known, so their store takes ours as newer
                self._step(rec, Action.LEARN, absorbed(mine, theirs), both=True)
        else:
            self._conflict(rec, local, theirs)

    def _conflict(self, rec: Incoming, local: Held, theirs: RevState) -> None:
        mine = local.state
        base = self.bases.get(rec.key)
        both = None
        if rec.kind is Kind.POSITION and base is not None and local.content and rec.content:
            both = merge_brief(base, local.content, rec.content)
            if both.clean and both.content is not None:
                state = merged(rec.key, content_hash(both.content), [mine, theirs])
                if state.content_hash == mine.content_hash:  # theirs adds nothing to ours
                    self._step(rec, Action.LEARN, state, merge=both)
                    return
                made = Incoming(
                    rec.key, rec.kind, rec.scope, state.rev, state.gen, state.ancestry,
                    both.content, rec.withheld,
                )  # fmt: skip
                self._step(made, Action.MERGE, state, merge=both)
                return
        if rec.kind is Kind.ACTION and base is not None and local.content and rec.content:
            content = merge_fields(base, local.content, rec.content)
            if content is not None:
                state = merged(rec.key, content_hash(content), [mine, theirs])
                if state.content_hash == mine.content_hash:
                    self._step(rec, Action.LEARN, state)
                    return
                made = Incoming(
                    rec.key, rec.kind, rec.scope, state.rev, state.gen, state.ancestry,
                    content, rec.withheld,
                )  # fmt: skip
                self._step(made, Action.MERGE, state)
                return
        replaces = None
        for c in self.conflicts.get(rec.key, ()):
            if c.their_rev == theirs.rev:
                return  # already kept: importing the same bundle again changes nothing
            if c.their_rev in theirs.ancestry:
                replaces = c.id  # a newer version of the same side
        self._step(rec, Action.CONFLICT, mine, replaces, merge=both)

    def _step(
        self,
        rec: Incoming,
        action: Action,
        state: RevState,
        conflict_id: int | None = None,
        *,
        merge: BriefMerge | None = None,
        both: bool = False,
    ) -> None:
        closes = tuple(
            c.id
            for c in self.conflicts.get(rec.key, ())
            if action in (*WRITES, Action.LEARN)
            and c.their_rev != rec.rev
            and state.knows(c.their_rev)
            and c.id != conflict_id
        )
        self.steps[rec.key] = Step(
            rec.key, rec.kind, action, rec, self.held.get(rec.key), state, conflict_id, closes,
            merge, both,
        )  # fmt: skip

    def fold_stances(self) -> None:
        """A stance that differs only by what a note in conflict wrote into it is no
        conflict of its own: each side keeps its own, knowing the other's (``note_stance``:
        settling the note settles it)."""
        notes = [
            (s.local.content, s.incoming.content)
            for s in self.steps.values()
            if s.kind is Kind.NOTE and s.action is Action.CONFLICT
            and s.local is not None and s.local.content and s.incoming.content
        ]  # fmt: skip
        for step in list(self.steps.values()):
            if step.kind is not Kind.STANCE or step.action is not Action.CONFLICT:
                continue
            assert step.local is not None
            mine, theirs = step.local.content, step.incoming.content
            if mine and theirs and follows_note(mine, theirs, notes):
                state = absorbed(step.local.state, step.incoming.state)
                self._step(step.incoming, Action.LEARN, state)

    # -- structure -------------------------------------------------------------------
    def final_content(self, key: str) -> dict[str, Any] | None:
        step = self.steps.get(key)
        if step is not None and step.action in WRITES:
            return step.incoming.content
        if step is not None and step.action is Action.DELETE:
            return None
        local = self.held.get(key)
        return local.content if local is not None else None

    def container(self, key: str, kind: Kind, content: Mapping[str, Any]) -> str | None:
        if kind is Kind.ITEM:
            place = self.final_content(place_key(key))
            if place is not None and place.get("parent"):
                return str(place["parent"])
            return str(content["meeting"])
        if kind is Kind.PLACE:
            return str(content["item"])
        if kind in (Kind.NOTE, Kind.ACTION) and content.get("item"):
            return str(content["item"])
        name = CONTAINER_FIELD.get(kind)
        value = content.get(name) if name else None
        return str(value) if value else None

    def _kind_of(self, key: str) -> Kind | None:
        if key in self.incoming:
            return self.incoming[key].kind
        local = self.held.get(key)
        return local.kind if local is not None else None

    def _chain(self, key: str, local: bool) -> list[str]:
        """The records ``key`` lives in, nearest first (by what will be there, or by our
        own copy when ``local``)."""
        out: list[str] = []
        at: str | None = key
        while at is not None and at not in out:
            kind = self._kind_of(at)
            if local:
                held = self.held.get(at)
                content = held.content if held is not None else None
            else:
                content = self.final_content(at)
                if content is None and at in self.incoming:
                    content = self.incoming[at].content
            if kind is None or content is None:
                break
            up = self.container(at, kind, content)
            if up is None:
                break
            out.append(up)
            at = up
        return out

    def keep_what_stays(self) -> None:
        """A deletion loses when something that stays lives in the deleted record; the
        record then stays whole (what it holds is not deleted either)."""
        deleting = {k for k, s in self.steps.items() if s.action is Action.DELETE}
        if not deleting:
            return
        kept: set[str] = set()
        staying = [k for k in self.held if k not in deleting] + [
            k for k, s in self.steps.items() if s.action in WRITES
        ]
        for key in staying:
            if self.final_content(key) is None:
                continue
            for up in self._chain(key, local=False):
                if up in deleting:
                    kept.add(up)
        for key in sorted(deleting):  # what a kept record holds stays with it
            if key in kept:
                continue
            step = self.steps[key]
            if any(up in kept for up in self._chain(key, local=True)):
                kept.add(key)
            elif step.kind is Kind.PLACE and step.local is not None and step.local.content:
                item = str(step.local.content["item"])
                if item not in deleting or item in kept:
                    kept.add(key)
        for key in kept:
            self._veto(key)

    def _veto(self, key: str) -> None:
        step = self.steps[key]
        assert step.local is not None
        self.steps[key] = Step(
            key,
            step.kind,
            Action.KEEP,
            step.incoming,
            step.local,
            absorbed(step.local.state, step.incoming.state),
        )

    def bring_back_containers(self) -> None:
        """What comes in needs the records it lives in: one deleted here comes back
        (whole: what it held comes back with it, as the other side holds it)."""
        restored: set[str] = set()
        changed = True
        while changed:
            changed = False
            for key, step in list(self.steps.items()):
                if step.action not in WRITES or step.incoming.content is None:
                    continue
                for up in self._chain(key, local=False):
                    if self.final_content(up) is not None and up not in restored:
                        continue
                    if self._restore(up):
                        restored.add(up)
                        changed = True
            for key, rec in self.incoming.items():  # what a restored record holds
                if key in restored or rec.content is None:
                    continue
                if any(up in restored for up in self._chain(key, local=False)) and self._restore(
                    key
                ):
                    restored.add(key)
                    changed = True
        for key in list(restored):
            if self._kind_of(key) is Kind.ITEM:
                self._restore(place_key(key))

    def _restore(self, key: str) -> bool:
        """Bring back a record deleted here (or not here) as the other side holds it, when
        something coming in lives in it.  False when there is nothing to bring back: it
        stays here already, it is already being written, or the other side has no live
        version of it to give (``drop_unplaceable`` then leaves out what needed it)."""
        rec = self.incoming.get(key)
        if rec is None or rec.content is None:
            return False
        step = self.steps.get(key)
        if step is not None and step.action in WRITES:
            return False
        if self.final_content(key) is not None:
            return False
        local = self.held.get(key)
        if local is None:
            self._step(rec, Action.ADD, rec.state)
        else:
            self._step(rec, Action.RESTORE, absorbed(rec.state, local.state))
        return True

    def reattach(self) -> None:
        """A record an item's deletion detached (its link set to nothing: a note, an
        action item, a document) gets its item back when the item stays or comes back:
        the deletion lost, so do its side effects.  Both stores settle it alike (one
        revision made of both versions)."""
        for key, rec in self.incoming.items():
            names = DETACHABLE.get(rec.kind)
            local = self.held.get(key)
            if not names or rec.content is None or local is None or local.content is None:
                continue
            step = self.steps.get(key)
            rel = relation(local.state, rec.state)
            if rel is Relation.STALE and step is None:  # ours is newer: detached here?
                newer, older = local.content, rec.content

                def lost(up: str) -> bool:
                    held = self.held.get(up)
                    return held is None or held.state.deleted

            elif rel is Relation.NEWER and step is not None and step.action is Action.UPDATE:
                newer, older = rec.content, local.content

                def lost(up: str) -> bool:
                    there = self.incoming.get(up)
                    return there is not None and there.content is None

            else:
                continue
            fixed = dict(newer)
            for name in names:
                up = older.get(name)
                back = up and self.final_content(str(up)) is not None
                if newer.get(name) is None and back and lost(str(up)):
                    fixed[name] = up
            if fixed == newer:
                continue
            state = merged(key, content_hash(fixed), [local.state, rec.state])
            made = Incoming(
                key, rec.kind, rec.scope, state.rev, state.gen, state.ancestry, fixed,
                rec.withheld,
            )  # fmt: skip
            self._step(made, Action.UPDATE, state)

    def drop_unplaceable(self) -> None:
        """A record whose meeting (or event) is neither here nor coming is left out."""
        for key, step in list(self.steps.items()):
            if step.action not in WRITES or step.incoming.content is None:
                continue
            need = hard_link(step.kind, step.incoming.content)
            if need is not None and self.final_content(need) is None:
                self.skipped.append((step.incoming, f"its {NEEDS[step.kind]} is not in this store"))
                del self.steps[key]


def place_wins(one: RevState, other: RevState) -> bool:
    """Of two places of an item moved on both sides, the one both stores keep: the
    greater revision (a name made of the content and its history, the same in every
    store), so the choice does not depend on which side imports first, nor on the
    items' UUIDs or any clock.  Not a conflict: an agenda has one order, and the order
    of an item's siblings is settled from the places of all of them (``settle_agendas``)
    -- two stores each keeping their own place of one item would each settle the
    others differently."""
    return one.rev > other.rev


def plan(
    incoming: Iterable[Incoming],
    held: Mapping[str, Held],
    conflicts: Mapping[str, list[OpenConflict]],
    bases: Mapping[str, dict[str, Any]] | None = None,
) -> Plan:
    """``bases``: per brief changed on both sides, the content both last shared."""
    records = {r.key: r for r in incoming}
    planner = _Planner(records, held, conflicts, bases or {})
    for rec in records.values():
        planner.decide(rec)
    planner.fold_stances()
    planner.keep_what_stays()
    planner.bring_back_containers()
    planner.reattach()
    planner.drop_unplaceable()
    return Plan(tuple(planner.steps.values()), tuple(planner.skipped))
