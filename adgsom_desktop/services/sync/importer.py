"""The import side: plan the merge of a ``Payload`` into this store, and write it.

``merge_into`` runs inside the caller's one write transaction: it reads what the store
holds (``holdings.held_for``, recording the store's own changes first), plans
(``merge.plan``), and writes every record, the conflicts, the other store's audit entries
(``foreign_log``) and the revisions (``plan_writer``).  A preview writes the same and its
caller rolls the transaction back, so it names what the writing refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import cast

from sqlalchemy.orm import Session

from ...i18n.messages import QT_TRANSLATE_NOOP, Message
from .approval_gate import approval_notices, same_text_stays
from .brief_history import brief_sides
from .foreign_log import new_audit, store_audit
from .gc_pause import gc_paused
from .holdings import brief_bases, held_for, names_of, open_conflicts
from .kinds import Kind, place_key
from .merge import Action, Incoming, Plan, plan
from .never_received import mark_never_received
from .payload import Payload
from .plan_writer import PlanWriter
from .report import Line, MergeReport, label, lines_of, moves_lost, place_notices
from .revs import parse_ancestry
from .withhold import fill


@dataclass(frozen=True)
class MergeOptions:
    origin: str  # "Kanittha Srisuwan's bundle of 2026-01-12 10:32", "the team store"
    saved_by: str  # who a brief's version that came in is saved by
    approval_ok: Callable[[Incoming], bool]
    events: bool = False  # a trip: events are whole too (their deletions count)
    # Can this store record that approval as it came (a team store's server records one
    # only from the approver signed in: ``approval_gate``)?  None: yes, any.
    approval_here: Callable[[Incoming], bool] | None = None
    approvals_by_key: bool = True  # approval_ok checks the approver's signature
    # ``origin`` as the report shows it, in the interface's language (a ``Message``);
    # ``origin`` itself is what is stored (a version's comment, a conflict's origin)
    origin_words: Message | None = None
    # The report is read at the store that sent (Bring back's part "into the team store",
    # read on the laptop, review s34 S6): this store is ``here_words``, the reader's own
    # side is "yours", a brief's sections are named by their authors.
    sender_reads: bool = False
    here_words: Message | None = None
    # a merged brief's comment before what came from whom (``brief_history.merge_comment``)
    merged_words: str = ""

    def approval_stands(self, rec: Incoming) -> bool:
        """Is the approval ``rec`` carries written here as an approval?"""
        return self.approval_ok(rec) and (self.approval_here is None or self.approval_here(rec))


def merge_into(
    session: Session, payload: Payload, options: MergeOptions, *, dry_run: bool = False
) -> tuple[MergeReport, Plan]:
    """Plan and write ``payload``; a preview (``dry_run``) writes the same and its caller
    rolls the transaction back, so it names what the writing refuses (a double booking)."""
    with gc_paused():
        return _merge_into(session, payload, options, dry_run=dry_run)


def already_held(session: Session, payload: Payload) -> bool:
    """Whether this store holds every record of ``payload`` at the revision it came with
    (or one made from it here) and every audit entry it carries: importing it (again)
    writes nothing, so it makes no backup and no audit entry (review s32 H13)."""
    return records_held(session, payload) and not new_audit(session, payload)


def records_held(session: Session, payload: Payload) -> bool:
    """Whether merging ``payload``'s records changes nothing here: each one held at the
    revision it came with, or one made from it here, or kept already as the other side
    of an open conflict (``merge``: the same bundle again changes nothing; review s33
    R8).  Read from the revisions recorded, not the records: a quick look before the
    merge."""
    from sqlalchemy import Table

    from ...domain.models import SyncRecord
    from ...storage.driver_read import rows_in
    from .kinds import chunks

    held: dict[str, tuple[str, str]] = {}
    t = cast(Table, SyncRecord.__table__).c
    session.flush()  # read on the DB-API cursor (``driver_read``): no autoflush
    for part in chunks(sorted({r.key for r in payload.records})):
        rows = rows_in(session.connection(), (t.key, t.rev, t.ancestry), t.key, part)
        held.update((key, (rev, ancestry or "")) for key, rev, ancestry in rows)
    differ = [r for r in payload.records if held.get(r.key, ("", ""))[0] != r.rev]
    if not differ:
        return True
    if any(r.key not in held for r in differ):
        return False
    kept = open_conflicts(session, [r.key for r in differ])
    for r in differ:
        if r.rev in parse_ancestry(held[r.key][1]):
            continue  # stale: an earlier revision of ours
        if any(c.their_rev == r.rev for c in kept.get(r.key, ())):
            continue  # kept already as the other side of an open conflict
        return False
    return True


def _item_once(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """An item added, deleted, restored or kept is one line, not also its place's (review
    s35, noticed 3); it keeps the place's name of it (its number and meeting).  A place
    alone (the item moved) stays."""
    items = {(place_key(ln.key), ln.action) for ln in lines if ln.kind is Kind.ITEM}
    places = {(ln.key, ln.action): ln.label for ln in lines if ln.kind is Kind.PLACE}
    out = []
    for ln in lines:
        if ln.kind is Kind.PLACE and (ln.action is Action.ADD or (ln.key, ln.action) in items):
            continue
        named = places.get((place_key(ln.key), ln.action)) if ln.kind is Kind.ITEM else None
        out.append(replace(ln, label=named) if named and ln.action is not Action.ADD else ln)
    return tuple(out)


def _merge_into(
    session: Session, payload: Payload, options: MergeOptions, *, dry_run: bool
) -> tuple[MergeReport, Plan]:
    held, _meetings = held_for(session, payload, options.events)
    conflicts = open_conflicts(session, [r.key for r in payload.records])
    # Fields the sender withheld (its audience may not read them, or it never had them)
    # are ours: taken from our copy before anything is compared.
    records = fill(payload.records, {k: h.content for k, h in held.items()})
    the_plan = plan(records, held, conflicts, brief_bases(session, records, held))
    the_plan = same_text_stays(the_plan, options)  # an approval not written here: no change
    names = names_of(session, held, payload)
    here = options.here_words or Message(HERE)
    store = here if options.sender_reads else None
    notices = approval_notices(session, the_plan, options, names) + place_notices(
        the_plan, names, store
    )
    there = options.origin_words or options.origin
    sides = brief_sides(session, payload.authors, here, there) if options.sender_reads else None
    lines = lines_of(the_plan, names, here=here, there=there, sides=sides, store=store)
    lines = _item_once(lines)
    skipped = tuple(
        f"{label(r.kind, r.content, names, language='')}: {Message(why)}"
        for r, why in the_plan.skipped
    )
    fresh_audit = new_audit(session, payload)
    report = MergeReport(
        source=options.origin,
        description=payload.description,
        lines=lines,
        skipped=skipped,
        notices=notices,
        audit_entries=len(fresh_audit),
        dry_run=dry_run,
        moves_lost=moves_lost(the_plan, names),
    )
    writer = PlanWriter(session, payload, options, held, all_held=True)
    writer.run(the_plan)
    mark_never_received(session, the_plan, payload.audience)
    store_audit(session, payload, fresh_audit)
    if writer.refused:
        report = replace(
            report,
            lines=tuple(ln for ln in report.lines if ln.key not in writer.refused),
            notices=report.notices + tuple(writer.refused.values()),
        )
    return report, the_plan


HERE = QT_TRANSLATE_NOOP("Errors", "here")  # this store, in a report's line

# why a record is left out (``merge.drop_unplaceable``), in the interface's language
NOT_HERE = (
    QT_TRANSLATE_NOOP("Errors", "its event is not in this store"),
    QT_TRANSLATE_NOOP("Errors", "its meeting is not in this store"),
    QT_TRANSLATE_NOOP("Errors", "its item is not in this store"),
)


__all__ = ["Line", "MergeOptions", "already_held", "merge_into", "records_held"]
