"""Writing an imported agenda inside ``AgendaService.import_items``'s transaction:
new items (append), a revision of the stored agenda (update), programme rows,
and numbers that stay clean (never two items with one number, never a sub-item
numbered under another parent).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import Purpose
from ..domain.models import AgendaItem, ItemDocument, ProgrammeEntry
from ..domain.text import MAX_TITLE, clean_text
from .agenda_queries import numbering_inputs, renumber
from .agenda_records import ImportedItem
from .agenda_revision import RevisionPlan, norm_title
from .agenda_writes import check_minutes, place, siblings, taken_numbers
from .numbering import compute_numbers, depth_first


def _documents(item: AgendaItem, row: ImportedItem) -> None:
    item.documents = [
        ItemDocument(
            ord=n,
            symbol=clean_text(d.symbol, "Document symbol", max_len=200, single_line=True),
            title=clean_text(d.title, "Document title", max_len=MAX_TITLE, single_line=True),
        )
        for n, d in enumerate(row.documents[:200])
    ]


def _fields(item: AgendaItem, row: ImportedItem, *, revising: bool) -> None:
    """The row's fields on the item; a revision keeps what the row leaves blank."""
    item.title = clean_text(row.title, "Title", max_len=MAX_TITLE, required=True, single_line=True)
    if row.purpose is not None or not revising:
        item.purpose = row.purpose or Purpose.INFORMATION
    lead = clean_text(row.lead_text, "Lead", max_len=300, single_line=True)
    if lead or not revising:
        item.lead_text = lead
    check_minutes(row.est_minutes)
    if row.est_minutes is not None or not revising:
        item.est_minutes = row.est_minutes
    if row.start_time is not None or not revising:
        item.day, item.start_time, item.end_time = row.day, row.start_time, row.end_time
    description = clean_text(row.description, "Description")
    if description or not revising:
        item.description = description
    if row.documents or not revising:
        _documents(item, row)


def import_rows(
    session: Session, meeting_id: int, parent_id: int | None, rows: Sequence[ImportedItem]
) -> tuple[list[AgendaItem], list[AgendaItem], list[str]]:
    """Write imported item rows after the items there; returns (roots, all, notes)."""
    numbers = taken_numbers(session, meeting_id)
    notes: list[str] = []
    stack: list[AgendaItem] = []  # stack[level] = last item written at that level
    roots: list[AgendaItem] = []
    added: list[AgendaItem] = []
    next_ord: dict[int | None, int] = {}
    for row in rows:
        if not row.include or row.programme is not None:
            continue
        level = max(0, min(row.level, len(stack)))  # no jump of more than one level
        del stack[level:]
        holder = stack[level - 1] if level > 0 else None
        parent = holder.id if holder is not None else parent_id
        if parent not in next_ord:
            next_ord[parent] = len(siblings(session, meeting_id, parent))
        fixed = _fixed(row, numbers, notes)
        item = AgendaItem(meeting_id=meeting_id, parent_id=parent, ord=next_ord[parent])
        _fields(item, row, revising=False)
        item.number, item.number_fixed = fixed, bool(fixed)
        next_ord[parent] += 1
        session.add(item)
        session.flush()
        stack.append(item)
        added.append(item)
        if holder is None:
            roots.append(item)
    return roots, added, notes


def _fixed(row: ImportedItem, taken: set[str], notes: list[str]) -> str:
    fixed = clean_text(row.fixed_number, "Number", max_len=32, single_line=True)
    if fixed and fixed in taken:
        notes.append(f"{fixed} {row.title}: number {fixed} is taken, numbered automatically")
        fixed = ""
    if fixed:
        taken.add(fixed)
    return fixed


def revise_rows(
    session: Session,
    meeting_id: int,
    rows: Sequence[ImportedItem],
    plan: RevisionPlan,
    delete_ids: Collection[int],
) -> tuple[list[AgendaItem], list[AgendaItem], list[AgendaItem], list[str]]:
    """The stored agenda becomes the revised one: matched items updated and moved into
    the revision's structure (their positions, notes and stances stay with them), new
    items added, dropped ones deleted (``delete_ids``) or kept near where they were.

    Returns (roots of new items, new items, updated items, notes).
    """
    notes: list[str] = []
    stored = {
        i.id: i
        for i in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    old_order = [i for i, _d in depth_first(numbering_inputs(session, meeting_id))]
    old_parent = {i: stored[i].parent_id for i in old_order}
    matched = {r.index: r.item_id for r in plan.rows if r.item_id is not None}
    for item_id in matched.values():
        stored[item_id].number_fixed = False  # the revision's numbers decide
    keep = [s.id for s in plan.dropped if s.id not in delete_ids]
    taken = {stored[i].number for i in keep if stored[i].number_fixed}
    # Everything the revision places goes to the end first, in the revision's order.
    stack: list[AgendaItem] = []
    next_ord: dict[int | None, int] = {}
    new_roots: list[AgendaItem] = []
    added: list[AgendaItem] = []
    updated: list[AgendaItem] = []
    base = 10_000
    for index, row in enumerate(rows):
        if not row.include or row.programme is not None:
            continue
        level = max(0, min(row.level, len(stack)))
        del stack[level:]
        holder = stack[level - 1] if level > 0 else None
        parent = holder.id if holder is not None else None
        ord_ = base + next_ord.get(parent, 0)
        next_ord[parent] = next_ord.get(parent, 0) + 1
        fixed = _fixed(row, taken, notes)
        if index in matched:
            item = stored[matched[index]]
            item.parent_id, item.ord = parent, ord_
            _fields(item, row, revising=True)
            updated.append(item)
        else:
            item = AgendaItem(meeting_id=meeting_id, parent_id=parent, ord=ord_)
            _fields(item, row, revising=False)
            session.add(item)
            added.append(item)
            if holder is None or holder in updated:
                new_roots.append(item)
        item.number, item.number_fixed = (fixed, True) if fixed else (item.number, False)
        session.flush()
        stack.append(item)
    # Dropped items: deleted, or kept after the item that came before them.
    gone = set(delete_ids) & {s.id for s in plan.dropped}
    for item_id in old_order:
        if item_id in gone or item_id not in keep:
            continue
        item = stored[item_id]
        parent = old_parent[item_id]
        while parent is not None and parent in gone:
            parent = old_parent[parent]
        sibs = [x.id for x in siblings(session, meeting_id, parent) if x.id != item_id]
        before = [o for o in old_order[: old_order.index(item_id)] if o in sibs]
        index = sibs.index(before[-1]) + 1 if before else 0
        item.parent_id = parent
        session.flush()
        place(session, item, parent, index)
    for item_id in gone:
        found = session.get(AgendaItem, item_id)
        if found is not None:
            session.delete(found)
    session.flush()
    _compact(session, meeting_id)
    return new_roots, added, updated, notes


def _compact(session: Session, meeting_id: int) -> None:
    """Orders 0, 1, 2 ... under every parent (the revision placed items at 10,000+)."""
    parents = {
        i.parent_id
        for i in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    for parent in parents:
        for n, sib in enumerate(siblings(session, meeting_id, parent)):
            sib.ord = n
    session.flush()


def clean_numbers(session: Session, meeting_id: int, touched: Collection[int]) -> list[str]:
    """Numbers after an import: a printed number the structure gives anyway is not kept
    fixed; a fixed sub-item number that does not continue its parent's number
    ("4(a)" under an item now numbered 12) follows the structure; never two items
    with one number.  Returns notes for the user."""
    notes: list[str] = []
    session.flush()
    items = {
        i.id: i
        for i in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
    }
    inputs = {n.id: n for n in numbering_inputs(session, meeting_id)}
    for _round in range(len(items) + 1):
        numbers = compute_numbers(inputs.values())
        wrong = [
            i
            for i in items.values()
            if i.number_fixed
            and i.parent_id is not None
            and not _continues(numbers[i.id], numbers[i.parent_id])
        ]
        seen: dict[str, int] = {}
        for item_id, _depth in depth_first(inputs.values()):
            number = numbers[item_id]
            if number in seen and items[item_id].number_fixed:
                wrong.append(items[item_id])
            seen.setdefault(number, item_id)
        if not wrong:
            break
        for item in wrong:
            notes.append(f"{item.number} {item.title}: numbered from the structure instead")
            item.number_fixed = False
            inputs[item.id] = replace(inputs[item.id], fixed_number=None)
    # A printed number that the structure gives anyway is not kept fixed.
    numbers = compute_numbers(inputs.values())
    order = {item_id: n for n, (item_id, _d) in enumerate(depth_first(inputs.values()))}
    for item_id in sorted(touched, key=lambda i: order.get(i, 0)):
        one = items.get(item_id)
        if one is None or not one.number_fixed:
            continue
        trial = dict(inputs)
        trial[item_id] = replace(trial[item_id], fixed_number=None)
        if compute_numbers(trial.values()) == numbers:
            inputs = trial
            one.number_fixed = False
    renumber(session, meeting_id)
    return notes


def _continues(number: str, parent: str) -> bool:
    return number.startswith(parent) and number != parent and not number[len(parent)].isdigit()


def write_programme(
    session: Session, meeting_id: int, rows: Sequence[ImportedItem], *, revising: bool
) -> int:
    """Programme rows as the meeting's programme entries; a revision updates the entry
    of the same kind and label (in order) and adds the others.  Returns how many."""
    wanted = [r for r in rows if r.include and r.programme is not None]
    existing = list(
        session.scalars(
            select(ProgrammeEntry)
            .where(ProgrammeEntry.meeting_id == meeting_id)
            .order_by(ProgrammeEntry.day, ProgrammeEntry.start_time, ProgrammeEntry.ord)
        )
    )
    free = existing if revising else []
    next_ord = max((e.ord for e in existing), default=-1) + 1
    for row in wanted:
        label = clean_text(row.title, "Label", max_len=300, required=True, single_line=True)
        entry = next(
            (
                e
                for e in free
                if e.kind == row.programme and norm_title(e.label) == norm_title(label)
            ),
            None,
        )
        if entry is None:
            entry = ProgrammeEntry(meeting_id=meeting_id, ord=next_ord)
            next_ord += 1
            session.add(entry)
        else:
            free.remove(entry)
        entry.label, entry.kind = label, row.programme  # type: ignore[assignment]
        entry.day, entry.start_time, entry.end_time = row.day, row.start_time, row.end_time
    session.flush()
    return len(wanted)
