"""Writing agenda items inside a service's transaction: siblings, fields, copies.

Plain functions over a Session; ``AgendaService`` (the public door) calls them
inside its ``ctx.write()`` and does the validation, audit and change notice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import PositionStatus, Purpose
from ..domain.models import AgendaItem, Delegation, ItemDocument, Meeting, Position
from ..domain.text import MAX_TITLE, clean_text
from ..errors import NotFoundError, ValidationError
from .agenda_records import ItemFields
from .records import DocumentRef

MAX_MINUTES = 24 * 60
MAX_DOCUMENTS = 200


def siblings(session: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.meeting_id == meeting_id,
                AgendaItem.parent_id.is_(None)
                if parent_id is None
                else AgendaItem.parent_id == parent_id,
            )
            .order_by(AgendaItem.ord, AgendaItem.id)
        )
    )


def get_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
    return item


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
    return meeting


def place(session: Session, item: AgendaItem, parent_id: int | None, index: int) -> None:
    """Put ``item`` under ``parent_id`` at ``index`` (clamped) and close the old gap."""
    if parent_id is not None:
        parent = get_item(session, parent_id)
        if parent.meeting_id != item.meeting_id:
            raise ValidationError("The new parent item is on another agenda.", "parent")
        ancestor: AgendaItem | None = parent
        while ancestor is not None:
            if ancestor.id == item.id:
                raise ValidationError("An item cannot go under itself or its own sub-items.")
            ancestor = ancestor.parent
    old = [x for x in siblings(session, item.meeting_id, item.parent_id) if x.id != item.id]
    for n, sib in enumerate(old):
        sib.ord = n
    new = [x for x in siblings(session, item.meeting_id, parent_id) if x.id != item.id]
    index = max(0, min(index, len(new)))
    new.insert(index, item)
    item.parent_id = parent_id
    for n, sib in enumerate(new):
        sib.ord = n
    session.flush()


def lead_id(session: Session, code: str) -> int | None:
    code = code.strip().upper()
    if not code:
        return None
    found = session.scalar(select(Delegation.id).where(Delegation.code == code))
    if found is None:
        raise ValidationError("No delegation with code {code}.", "lead", code=code)
    return found


def check_minutes(est_minutes: int | None) -> None:
    if est_minutes is not None and not 0 <= est_minutes <= MAX_MINUTES:
        raise ValidationError("Estimated time must be between 0 and 1440 minutes.", "minutes")


def clean_fields(fields: ItemFields) -> ItemFields:
    """Validated, normalised fields (raises ValidationError naming the field)."""
    check_minutes(fields.est_minutes)
    if len(fields.documents) > MAX_DOCUMENTS:
        raise ValidationError(
            "At most {max_documents} documents per item.", "documents", max_documents=MAX_DOCUMENTS
        )
    docs = tuple(
        DocumentRef(
            clean_text(d.symbol, "Document symbol", max_len=200, single_line=True),
            clean_text(d.title, "Document title", max_len=MAX_TITLE, single_line=True),
        )
        for d in fields.documents
    )
    return ItemFields(
        title=clean_text(fields.title, "Title", max_len=MAX_TITLE, required=True, single_line=True),
        purpose=Purpose(fields.purpose),
        lead_code=fields.lead_code.strip().upper(),
        lead_text=clean_text(fields.lead_text, "Lead", max_len=300, single_line=True),
        est_minutes=fields.est_minutes,
        description=clean_text(fields.description, "Description"),
        fixed_number=clean_text(fields.fixed_number, "Number", max_len=32, single_line=True),
        documents=tuple(d for d in docs if d.symbol or d.title),
    )


def check_fixed_number(session: Session, meeting_id: int, number: str, item_id: int | None) -> None:
    clash = session.scalar(
        select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.number == number,
            AgendaItem.id != (item_id or 0),
        )
    )
    if clash is not None:
        raise ValidationError(
            "Another item of this agenda is already numbered {number}. "
            "Choose another number, or let it be numbered automatically.",
            "number",
            number=number,
        )


def write_fields(session: Session, item: AgendaItem, f: ItemFields) -> None:
    """Apply cleaned fields (the fixed number is checked by the caller)."""
    item.title = f.title
    item.purpose = f.purpose
    item.lead_delegation_id = lead_id(session, f.lead_code)
    item.lead_text = f.lead_text
    item.est_minutes = f.est_minutes
    item.description = f.description
    item.number_fixed = bool(f.fixed_number)
    if f.fixed_number:
        item.number = f.fixed_number
    current = [DocumentRef(d.symbol, d.title) for d in item.documents]
    if current != list(f.documents):
        item.documents.clear()
        session.flush()
        for n, doc in enumerate(f.documents):
            item.documents.append(ItemDocument(ord=n, symbol=doc.symbol, title=doc.title))


def fields_of(session: Session, item: AgendaItem) -> ItemFields:
    code = ""
    if item.lead_delegation_id is not None:
        d = session.get(Delegation, item.lead_delegation_id)
        code = d.code if d else ""
    return ItemFields(
        title=item.title,
        purpose=item.purpose,
        lead_code=code,
        lead_text=item.lead_text,
        est_minutes=item.est_minutes,
        description=item.description,
        fixed_number=item.number if item.number_fixed else "",
        documents=tuple(DocumentRef(d.symbol, d.title) for d in item.documents),
    )


def subtree(item: AgendaItem) -> list[AgendaItem]:
    out = [item]
    for child in item.children:
        out.extend(subtree(child))
    return out


def taken_numbers(session: Session, meeting_id: int) -> set[str]:
    return set(
        session.scalars(select(AgendaItem.number).where(AgendaItem.meeting_id == meeting_id))
    )


def copy_items(
    session: Session,
    source: Sequence[AgendaItem],
    target_meeting_id: int,
    parent_id: int | None,
    selected: Collection[int] | None,
) -> tuple[list[AgendaItem], list[tuple[AgendaItem, AgendaItem]], list[str]]:
    """Copy items (depth-first order) into a meeting; returns (roots, (old, new) pairs, notes)."""
    numbers = taken_numbers(session, target_meeting_id)
    notes: list[str] = []
    copies: dict[int, AgendaItem] = {}
    pairs: list[tuple[AgendaItem, AgendaItem]] = []
    roots: list[AgendaItem] = []
    next_ord: dict[int | None, int] = {}
    for old in source:
        if selected is not None and old.id not in selected:
            continue
        anc = old.parent
        while anc is not None and anc.id not in copies:
            anc = anc.parent
        new_parent = copies[anc.id].id if anc is not None else parent_id
        if new_parent not in next_ord:
            next_ord[new_parent] = len(siblings(session, target_meeting_id, new_parent))
        fixed = old.number if old.number_fixed else ""
        if fixed and fixed in numbers:
            notes.append(
                f"{old.number} {old.title}: number {fixed} is taken, numbered automatically"
            )
            fixed = ""
        if fixed:
            numbers.add(fixed)
        new = AgendaItem(
            meeting_id=target_meeting_id,
            parent_id=new_parent,
            ord=next_ord[new_parent],
            title=old.title,
            purpose=old.purpose,
            lead_delegation_id=old.lead_delegation_id,
            lead_text=old.lead_text,
            est_minutes=old.est_minutes,
            description=old.description,
            number=fixed,
            number_fixed=bool(fixed),
            source_item_id=old.id,
        )
        next_ord[new_parent] += 1
        new.documents = [
            ItemDocument(ord=d.ord, symbol=d.symbol, title=d.title) for d in old.documents
        ]
        new.tags = list(old.tags)
        session.add(new)
        session.flush()
        copies[old.id] = new
        pairs.append((old, new))
        if new_parent == parent_id:
            roots.append(new)
    return roots, pairs, notes


def latest_positions(session: Session, item_ids: Collection[int]) -> dict[int, Position]:
    rows = session.scalars(select(Position).where(Position.item_id.in_(list(item_ids))))
    return {p.item_id: p for p in rows}


def new_draft(item_id: int) -> Position:
    return Position(item_id=item_id, version_no=0, status=PositionStatus.DRAFT)
