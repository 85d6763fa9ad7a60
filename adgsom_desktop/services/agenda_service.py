"""Building a meeting's agenda: add, edit, delete items; numbers follow the structure."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Purpose
from ..domain.models import AgendaItem, Delegation, ItemDocument, Meeting
from ..domain.text import MAX_TITLE, clean_text
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting, renumber
from .changes import Change, ChangeKind
from .context import ServiceContext
from .records import AgendaItemRec, DocumentRef

MAX_MINUTES = 24 * 60


def _lead_id(session: Session, code: str) -> int | None:
    code = code.strip().upper()
    if not code:
        return None
    found = session.scalar(select(Delegation.id).where(Delegation.code == code))
    if found is None:
        raise ValidationError(f"No delegation with code {code}.", "lead")
    return found


def _check_fixed_number(
    session: Session, meeting_id: int, number: str, item_id: int | None
) -> None:
    clash = session.scalar(
        select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.number == number,
            AgendaItem.id != (item_id or 0),
        )
    )
    if clash is not None:
        raise ValidationError(
            f"Another item of this agenda is already numbered {number}.", "number"
        )


class AgendaService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def items(self, meeting_id: int) -> list[AgendaItemRec]:
        """The meeting's items, depth-first in agenda order."""
        with self._ctx.read() as s:
            return items_by_meeting(s, [meeting_id]).get(meeting_id, [])

    def item(self, item_id: int) -> AgendaItemRec:
        with self._ctx.read() as s:
            meeting_id = s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
            if meeting_id is None:
                raise NotFoundError(f"Agenda item {item_id} no longer exists.")
            for rec in items_by_meeting(s, [meeting_id])[meeting_id]:
                if rec.id == item_id:
                    return rec
        raise NotFoundError(f"Agenda item {item_id} no longer exists.")  # pragma: no cover

    def add_item(
        self,
        meeting_id: int,
        title: str,
        *,
        parent_id: int | None = None,
        after_id: int | None = None,
        purpose: Purpose = Purpose.INFORMATION,
        lead_code: str = "",
        lead_text: str = "",
        est_minutes: int | None = None,
        description: str = "",
        fixed_number: str = "",
        documents: tuple[DocumentRef, ...] = (),
    ) -> AgendaItemRec:
        """Add an item under ``parent_id``, after sibling ``after_id`` (or last)."""
        title = clean_text(title, "Title", max_len=MAX_TITLE, required=True, single_line=True)
        self._check_minutes(est_minutes)
        with self._ctx.write() as s:
            if s.get(Meeting, meeting_id) is None:
                raise NotFoundError(f"Meeting {meeting_id} no longer exists.")
            if parent_id is not None:
                parent = s.get(AgendaItem, parent_id)
                if parent is None or parent.meeting_id != meeting_id:
                    raise ValidationError("The parent item is not on this agenda.", "parent")
            siblings = list(
                s.scalars(
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
            position = len(siblings)
            if after_id is not None:
                ids = [x.id for x in siblings]
                position = ids.index(after_id) + 1 if after_id in ids else len(siblings)
            fixed = clean_text(fixed_number, "Number", max_len=32, single_line=True)
            if fixed:
                _check_fixed_number(s, meeting_id, fixed, None)
            item = AgendaItem(
                meeting_id=meeting_id,
                parent_id=parent_id,
                title=title,
                purpose=purpose,
                lead_delegation_id=_lead_id(s, lead_code),
                lead_text=clean_text(lead_text, "Lead", max_len=300, single_line=True),
                est_minutes=est_minutes,
                description=clean_text(description, "Description"),
                number=fixed,
                number_fixed=bool(fixed),
            )
            siblings.insert(position, item)
            s.add(item)
            for n, sib in enumerate(siblings):
                sib.ord = n
            for n, doc in enumerate(documents):
                item.documents.append(
                    ItemDocument(
                        ord=n,
                        symbol=clean_text(doc.symbol, "Document", max_len=200, single_line=True),
                        title=clean_text(doc.title, "Document title", max_len=MAX_TITLE),
                    )
                )
            renumber(s, meeting_id)
            s.flush()
            self._ctx.audit(s, "create", "agenda_item", item.id, f"{item.number} {title}")
            item_id = item.id
        self._ctx.publish(Change(ChangeKind.AGENDA, frozenset({item_id}), meeting_id=meeting_id))
        return self.item(item_id)

    def update_item(
        self,
        item_id: int,
        *,
        title: str,
        purpose: Purpose,
        lead_code: str = "",
        lead_text: str = "",
        est_minutes: int | None = None,
        description: str = "",
        fixed_number: str = "",
        documents: tuple[DocumentRef, ...] | None = None,
    ) -> AgendaItemRec:
        title = clean_text(title, "Title", max_len=MAX_TITLE, required=True, single_line=True)
        self._check_minutes(est_minutes)
        with self._ctx.write() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(f"Agenda item {item_id} no longer exists.")
            fixed = clean_text(fixed_number, "Number", max_len=32, single_line=True)
            if fixed and fixed != item.number:
                _check_fixed_number(s, item.meeting_id, fixed, item.id)
            item.title = title
            item.purpose = purpose
            item.lead_delegation_id = _lead_id(s, lead_code)
            item.lead_text = clean_text(lead_text, "Lead", max_len=300, single_line=True)
            item.est_minutes = est_minutes
            item.description = clean_text(description, "Description")
            item.number_fixed = bool(fixed)
            if fixed:
                item.number = fixed
            if documents is not None:
                item.documents.clear()
                s.flush()
                for n, doc in enumerate(documents):
                    item.documents.append(
                        ItemDocument(
                            ord=n,
                            symbol=clean_text(
                                doc.symbol, "Document", max_len=200, single_line=True
                            ),
                            title=clean_text(doc.title, "Document title", max_len=MAX_TITLE),
                        )
                    )
            renumber(s, item.meeting_id)
            self._ctx.audit(s, "edit", "agenda_item", item.id, f"{item.number} {title}")
            meeting_id = item.meeting_id
        self._ctx.publish(Change(ChangeKind.AGENDA, frozenset({item_id}), meeting_id=meeting_id))
        return self.item(item_id)

    def delete_item(self, item_id: int) -> None:
        """Delete an item with its sub-items, position, stances and outcomes."""
        with self._ctx.write() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(f"Agenda item {item_id} no longer exists.")
            meeting_id = item.meeting_id
            self._ctx.audit(s, "delete", "agenda_item", item.id, f"{item.number} {item.title}")
            s.delete(item)
            s.flush()
            renumber(s, meeting_id)
        self._ctx.publish(Change(ChangeKind.AGENDA, frozenset({item_id}), meeting_id=meeting_id))

    def count(self, meeting_id: int) -> int:
        with self._ctx.read() as s:
            return s.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting_id)) or 0

    @staticmethod
    def _check_minutes(est_minutes: int | None) -> None:
        if est_minutes is not None and not 0 <= est_minutes <= MAX_MINUTES:
            raise ValidationError("Estimated time must be between 0 and 1440 minutes.", "minutes")
