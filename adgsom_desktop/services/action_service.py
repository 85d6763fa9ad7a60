"""Action items: what, who (person, delegation, agency), by when, status.

An open item carries over: a meeting's list holds the items raised there and
every item still open from earlier meetings of the same series ("ADGSOM",
"ADGSOM+JP"), so the 6th ADGSOM shows what the 5th left open. Nothing is
copied: closing an item removes it from every later meeting at once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import ActionStatus
from ..domain.models import ActionItem, AgendaItem, Delegation, Meeting, Note, Person
from ..domain.text import clean_text, fold
from ..errors import NotFoundError, ValidationError
from .action_dates import check_due
from .changes import Change, ChangeKind
from .context import ServiceContext
from .room_records import ActionFilter, ActionRec, OwnerChoice

MAX_ACTION = 4_000
MAX_AGENCY = 300
OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def _today() -> date:
    return datetime.now(UTC).astimezone().date()


def _check_due(s: Session, due: date | None, meeting_id: int | None) -> None:
    """Refuse a due date before the meeting or absurdly far ahead (``action_dates``)."""
    if due is None:
        return
    meeting = s.get(Meeting, meeting_id) if meeting_id is not None else None
    check_due(due, meeting.date if meeting is not None else None, _today())


def _meeting_key(m: Meeting) -> tuple[date, int, int]:
    return (m.date or date.min, m.ord, m.id)


def earlier_in_series(s: Session, meeting: Meeting) -> list[int]:
    """Ids of the meetings of ``meeting``'s series held before it."""
    if not meeting.series:
        return []
    key = _meeting_key(meeting)
    same = s.scalars(
        select(Meeting).where(Meeting.series == meeting.series, Meeting.id != meeting.id)
    )
    return [m.id for m in same if _meeting_key(m) < key]


class ActionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------
    def actions(self, flt: ActionFilter | None = None) -> list[ActionRec]:
        """Action items matching ``flt``: open first, then by due date."""
        flt = flt or ActionFilter()
        today = flt.today or _today()
        with self._ctx.read() as s:
            stmt = select(ActionItem)
            carried_from: list[int] = []
            if flt.meeting_id is not None:
                meeting = s.get(Meeting, flt.meeting_id)
                if meeting is None:
                    raise NotFoundError(
                        "Meeting {flt_meeting_id} no longer exists.", flt_meeting_id=flt.meeting_id
                    )
                carried_from = earlier_in_series(s, meeting)
                stmt = stmt.where(
                    or_(
                        ActionItem.meeting_id == flt.meeting_id,
                        and_(
                            ActionItem.meeting_id.in_(carried_from),
                            ActionItem.status.in_(OPEN_STATUSES),
                        ),
                    )
                )
            if flt.event_id is not None:
                stmt = stmt.where(
                    ActionItem.meeting_id.in_(
                        select(Meeting.id).where(Meeting.event_id == flt.event_id)
                    )
                )
            if flt.item_id is not None:
                stmt = stmt.where(ActionItem.item_id == flt.item_id)
            if flt.open_only or flt.overdue_only:
                stmt = stmt.where(ActionItem.status.in_(OPEN_STATUSES))
            if flt.overdue_only:
                stmt = stmt.where(ActionItem.due_date < today)
            if flt.owner_delegation_id is not None:
                stmt = stmt.where(ActionItem.owner_delegation_id == flt.owner_delegation_id)
            if flt.owner_person_id is not None:
                stmt = stmt.where(ActionItem.owner_person_id == flt.owner_person_id)
            rows = list(s.scalars(stmt))
            recs = _records(s, rows, today, set(carried_from))
        if flt.owner_text.strip():
            needle = fold(flt.owner_text.strip())
            recs = [r for r in recs if needle in fold(r.owner)]
        recs.sort(key=_sort_key)
        return recs

    def action(self, action_id: int) -> ActionRec:
        with self._ctx.read() as s:
            row = s.get(ActionItem, action_id)
            if row is None:
                raise NotFoundError(
                    "Action item {action_id} no longer exists.", action_id=action_id
                )
            return _records(s, [row], _today(), set())[0]

    def owners(self) -> list[OwnerChoice]:
        """Everyone who owns an action item (delegations, and people within them)."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(
                    ActionItem.owner_delegation_id,
                    ActionItem.owner_person_id,
                    Delegation.code,
                    Person.full_name,
                )
                .outerjoin(Delegation, ActionItem.owner_delegation_id == Delegation.id)
                .outerjoin(Person, ActionItem.owner_person_id == Person.id)
            ).all()
        delegations: dict[int, tuple[str, int]] = {}
        people: dict[int, tuple[int | None, str, int]] = {}
        for d_id, p_id, code, name in rows:
            if d_id is not None:
                label, n = delegations.get(d_id, (code or "?", 0))
                delegations[d_id] = (label, n + 1)
            if p_id is not None:
                d, label, n = people.get(p_id, (d_id, f"{code or '?'} · {name}", 0))
                people[p_id] = (d, label, n + 1)
        out = [OwnerChoice(d, None, label, n) for d, (label, n) in delegations.items()]
        out.sort(key=lambda o: o.label)
        persons = [OwnerChoice(d, p, label, n) for p, (d, label, n) in people.items()]
        persons.sort(key=lambda o: o.label)
        return out + persons

    # -- writing ----------------------------------------------------------------------
    def create(
        self,
        text: str,
        *,
        meeting_id: int | None = None,
        item_id: int | None = None,
        owner_person_id: int | None = None,
        owner_delegation_id: int | None = None,
        owner_agency: str = "",
        due_date: date | None = None,
        status: ActionStatus = ActionStatus.OPEN,
        note_id: int | None = None,
    ) -> ActionRec:
        text = self._clean_text(text)
        agency = clean_text(owner_agency, "Agency", max_len=MAX_AGENCY, single_line=True)
        with self._ctx.write() as s:
            meeting_id, item_id = self._check_place(s, meeting_id, item_id)
            _check_due(s, due_date, meeting_id)
            owner_delegation_id = self._check_owner(s, owner_person_id, owner_delegation_id)
            row = ActionItem(
                text=text,
                owner_person_id=owner_person_id,
                owner_delegation_id=owner_delegation_id,
                owner_agency=agency or self._agency_of(s, owner_person_id),
                due_date=due_date,
                status=status,
                meeting_id=meeting_id,
                item_id=item_id,
                note_id=note_id,
                closed_at=None if status.is_open else utcnow(),
            )
            s.add(row)
            s.flush()
            self._ctx.audit(s, "create", "action_item", row.id, text[:200])
            rec = _records(s, [row], _today(), set())[0]
            self._publish(rec)
        return rec

    def create_from_note(self, note_id: int, *, due_date: date | None = None) -> ActionRec:
        """One key in the room: an action item from a note (its text, place and speaker).

        The speaker becomes the owner; an existing action item of the note is
        returned rather than duplicated.  One transaction (read and write).
        """
        with self._ctx.write() as s:
            note = s.get(Note, note_id)
            if note is None or note.deleted_at is not None:
                raise NotFoundError("Note {note_id} no longer exists.", note_id=note_id)
            rec, created = action_from_note(s, self._ctx, note, due_date)
            if created:
                self._publish(rec)
        return rec

    def update(
        self,
        action_id: int,
        *,
        text: str,
        owner_person_id: int | None,
        owner_delegation_id: int | None,
        owner_agency: str,
        due_date: date | None,
        status: ActionStatus,
        item_id: int | None = None,
    ) -> ActionRec:
        text = self._clean_text(text)
        agency = clean_text(owner_agency, "Agency", max_len=MAX_AGENCY, single_line=True)
        with self._ctx.write() as s:
            row = s.get(ActionItem, action_id)
            if row is None:
                raise NotFoundError(
                    "Action item {action_id} no longer exists.", action_id=action_id
                )
            _m, item_id = self._check_place(s, row.meeting_id, item_id)
            if due_date != row.due_date:  # a date kept as it was is not asked about again
                _check_due(s, due_date, row.meeting_id)
            owner_delegation_id = self._check_owner(s, owner_person_id, owner_delegation_id)
            row.text, row.owner_agency, row.due_date = text, agency, due_date
            row.owner_person_id, row.owner_delegation_id = owner_person_id, owner_delegation_id
            row.item_id = item_id
            self._apply_status(row, status)
            self._ctx.audit(s, "edit", "action_item", row.id, f"{status.value}: {text[:180]}")
            rec = _records(s, [row], _today(), set())[0]
            self._publish(rec)
        return rec

    def set_status(self, action_id: int, status: ActionStatus) -> ActionRec:
        with self._ctx.write() as s:
            row = s.get(ActionItem, action_id)
            if row is None:
                raise NotFoundError(
                    "Action item {action_id} no longer exists.", action_id=action_id
                )
            self._apply_status(row, status)
            self._ctx.audit(s, "status", "action_item", row.id, status.value)
            rec = _records(s, [row], _today(), set())[0]
            self._publish(rec)
        return rec

    def delete(self, action_id: int) -> None:
        with self._ctx.write() as s:
            row = s.get(ActionItem, action_id)
            if row is None:
                raise NotFoundError(
                    "Action item {action_id} no longer exists.", action_id=action_id
                )
            meeting_id, item_id = row.meeting_id, row.item_id
            self._ctx.audit(s, "delete", "action_item", row.id, row.text[:200])
            s.delete(row)
            self._ctx.publish(
                Change(
                    ChangeKind.ACTIONS,
                    frozenset({action_id}),
                    meeting_id=meeting_id,
                    item_id=item_id,
                )
            )

    # -- helpers ----------------------------------------------------------------------
    def _publish(self, rec: ActionRec) -> None:
        self._ctx.publish(action_change(rec))

    @staticmethod
    def _clean_text(text: str) -> str:
        text = clean_text(text, "Action", max_len=MAX_ACTION).strip()
        if not text:
            raise ValidationError("Say what is to be done: the action is empty.", "text")
        return text

    @staticmethod
    def _apply_status(row: ActionItem, status: ActionStatus) -> None:
        if status.is_open:
            row.closed_at = None
        elif row.status.is_open or row.closed_at is None:
            row.closed_at = utcnow()
        row.status = status

    @staticmethod
    def _check_place(
        s: Session, meeting_id: int | None, item_id: int | None
    ) -> tuple[int | None, int | None]:
        if item_id is not None:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise ValidationError("The agenda item no longer exists.", "item")
            if meeting_id is None:
                meeting_id = item.meeting_id
            elif item.meeting_id != meeting_id:
                raise ValidationError("The agenda item is not on that meeting's agenda.", "item")
        if meeting_id is not None and s.get(Meeting, meeting_id) is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        return meeting_id, item_id

    @staticmethod
    def _check_owner(s: Session, person_id: int | None, delegation_id: int | None) -> int | None:
        if person_id is not None:
            person = s.get(Person, person_id)
            if person is None:
                raise ValidationError("The owner is not a known person.", "owner")
            if delegation_id is not None and delegation_id != person.delegation_id:
                raise ValidationError("The owner is not in that delegation.", "owner")
            return person.delegation_id
        if delegation_id is not None and s.get(Delegation, delegation_id) is None:
            raise ValidationError("The owner's delegation does not exist.", "owner")
        return delegation_id

    @staticmethod
    def _agency_of(s: Session, person_id: int | None) -> str:
        if person_id is None:
            return ""
        person = s.get(Person, person_id)
        return person.agency[:MAX_AGENCY] if person else ""


def action_change(rec: ActionRec) -> Change:
    return Change(
        ChangeKind.ACTIONS,
        frozenset({rec.id}),
        meeting_id=rec.meeting_id,
        item_id=rec.item_id,
        records=(rec,),
    )


def action_from_note(
    s: Session, ctx: ServiceContext, note: Note, due_date: date | None = None
) -> tuple[ActionRec, bool]:
    """The action item of ``note`` inside the caller's transaction: the existing one, or a
    new one from its text, place and speaker (owner).  True when it was created."""
    existing = s.scalar(select(ActionItem).where(ActionItem.note_id == note.id))
    if existing is not None:
        return _records(s, [existing], _today(), set())[0], False
    text = ActionService._clean_text(note.text[:MAX_ACTION])
    _check_due(s, due_date, note.meeting_id)
    row = ActionItem(
        text=text,
        owner_person_id=note.speaker_person_id,
        owner_delegation_id=note.speaker_delegation_id,
        owner_agency=ActionService._agency_of(s, note.speaker_person_id),
        due_date=due_date,
        status=ActionStatus.OPEN,
        meeting_id=note.meeting_id,
        item_id=note.item_id,
        note_id=note.id,
    )
    s.add(row)
    s.flush()
    ctx.audit(s, "create", "action_item", row.id, text[:200])
    return _records(s, [row], _today(), set())[0], True


def _sort_key(r: ActionRec) -> tuple[int, date, str, int]:
    return (0 if r.is_open else 1, r.due_date or date.max, r.meeting_label, r.id)


def _records(
    s: Session, rows: list[ActionItem], today: date, carried_from: set[int]
) -> list[ActionRec]:
    if not rows:
        return []
    codes = dict(s.execute(select(Delegation.id, Delegation.code)).all())
    person_ids = {r.owner_person_id for r in rows if r.owner_person_id}
    people = {
        p.id: f"{p.honorific} {p.full_name}".strip()
        for p in s.scalars(select(Person).where(Person.id.in_(person_ids)))
    }
    meeting_ids = {r.meeting_id for r in rows if r.meeting_id}
    meetings = {
        m.id: (m.short_title or m.title, m.date)
        for m in s.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids)))
    }
    item_ids = {r.item_id for r in rows if r.item_id}
    items = {
        i.id: (i.number, i.title)
        for i in s.execute(
            select(AgendaItem.id, AgendaItem.number, AgendaItem.title).where(
                AgendaItem.id.in_(item_ids)
            )
        )
    }
    out = []
    for r in rows:
        label, mdate = meetings.get(r.meeting_id or 0, ("", None))
        number, title = items.get(r.item_id or 0, ("", ""))
        out.append(
            ActionRec(
                id=r.id,
                text=r.text,
                status=r.status,
                due_date=r.due_date,
                owner_person_id=r.owner_person_id,
                owner_person=people.get(r.owner_person_id or 0, ""),
                owner_delegation_id=r.owner_delegation_id,
                owner_code=codes.get(r.owner_delegation_id or 0, ""),
                owner_agency=r.owner_agency,
                meeting_id=r.meeting_id,
                meeting_label=label,
                meeting_date=mdate,
                item_id=r.item_id,
                item_number=number,
                item_title=title,
                note_id=r.note_id,
                created_at=r.created_at,
                closed_at=r.closed_at,
                carried_over=r.meeting_id in carried_from,
                overdue=r.status.is_open and r.due_date is not None and r.due_date < today,
            )
        )
    return out
