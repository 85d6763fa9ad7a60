"""Read (never write) what a pack prints from the store, into ``reports.pack_model`` records.

The not-for-disclosure background is left out here, at the source, for a pack
without not-for-disclosure material: it never reaches the PDF builder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import markup
from ..domain.enums import ActionStatus, PositionStatus, Stance
from ..domain.models import (
    ActionItem,
    AgendaItem,
    Delegation,
    Event,
    Meeting,
    Note,
    Outcome,
    Person,
    PersonInterest,
    Position,
    StanceRecord,
)
from ..domain.timeutil import long_date, long_date_time
from ..errors import NotFoundError, ValidationError
from ..reports.pack_model import (
    QA,
    ActionLine,
    AgendaLine,
    Annex,
    Counterpart,
    Document,
    ItemBrief,
    MeetingBlock,
    Objective,
    PackData,
    PastNote,
    PastOutcome,
    PositionBlock,
    StanceLine,
    StanceMap,
    TimetableLine,
)
from .agenda_queries import items_by_meeting
from .mapping import meeting_rec
from .pack_clearance import clearance
from .pack_people import person_name, personalities
from .pack_records import NOTES_PER_ITEM
from .pack_texts import builds_on, items_building_on, pack_texts
from .pack_week import week_page
from .position_service import content_of
from .programme_records import TimetableRow
from .programme_service import timetable_rows
from .project_pages import cooperation_blocks, item_projects
from .records import AgendaItemRec, MeetingRec
from .settings_service import our_code

STANCE_LEGEND = (
    "S support - S+A support with amendments - N neutral - R reserve - O oppose - "
    "? not known. The stance observed in the room is shown where recorded; "
    "otherwise the expected stance, in brackets."
)


def local_time(when: datetime, tz_name: str) -> datetime:
    """A stored (UTC) time in the event's time zone (as is if the zone is unknown)."""
    if not tz_name:
        return when
    try:
        from zoneinfo import ZoneInfo

        return when.replace(tzinfo=UTC).astimezone(ZoneInfo(tz_name)).replace(tzinfo=None)
    except (KeyError, ValueError, OSError):
        return when


def fmt_date(d: date | None) -> str:
    """A date written out in full: "12 January 2026"."""
    return long_date(d)


def event_dates(e: Event) -> str:
    from ..i18n import printing

    if printing.language() != "en":  # a pack in Thai or Vietnamese: its own date words
        ends = (e.start_date, e.end_date if e.end_date != e.start_date else None)
        return " - ".join(long_date(d) for d in ends if d)
    if e.start_date and e.end_date and e.end_date != e.start_date:
        if (e.start_date.year, e.start_date.month) == (e.end_date.year, e.end_date.month):
            return f"{e.start_date:%d}-{e.end_date:%d %B %Y}"
        return f"{e.start_date:%d %B} - {e.end_date:%d %B %Y}"
    return f"{e.start_date:%d %B %Y}" if e.start_date else ""


def meeting_block(
    m: MeetingRec,
    items: list[AgendaItemRec],
    briefed: set[int],
    timetable: Sequence[TimetableRow] = (),
) -> MeetingBlock:
    times = ""
    if m.start_time:
        times = f"{m.start_time:%H:%M}"
        if m.end_time:
            times += f"-{m.end_time:%H:%M}"
    return MeetingBlock(
        id=m.id,
        title=m.title,
        label=m.label,
        kind=m.kind.label,
        days=m.days,
        times=times,
        venue=m.venue,
        chair=m.chair,
        format=m.format.label,
        notes=m.notes,
        agenda=tuple(
            AgendaLine(
                item_id=i.id,
                number=i.number,
                title=i.title,
                depth=i.depth,
                purpose=i.purpose.label,
                lead=i.lead,
                est_minutes=i.est_minutes,
                has_brief=i.id in briefed,
            )
            for i in items
        ),
        timetable=tuple(
            TimetableLine(
                f"{r.day:%a %d %b}" if r.day else "",
                r.slot,
                r.label,
                r.kind.label if r.kind else "",
                r.number,
            )
            for r in timetable
        ),
    )


def chosen_meetings(s: Session, event_id: int, meeting_ids: Iterable[int]) -> list[Meeting]:
    event = s.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"There is no event {event_id} in this store.")
    meetings = list(event.meetings)
    wanted = list(dict.fromkeys(meeting_ids))
    if wanted:
        known = {m.id for m in meetings}
        stray = [str(m) for m in wanted if m not in known]
        if stray:
            raise ValidationError(
                f"Meeting {', '.join(stray)} is not part of event {event_id} ({event.title}).",
                "meetings",
            )
        meetings = [m for m in meetings if m.id in set(wanted)]
    return meetings


def position_block(s: Session, p: Position) -> PositionBlock:
    c = content_of(s, p)
    names = dict(s.execute(select(Delegation.code, Delegation.name)).all())
    approved = ""
    if p.status is PositionStatus.APPROVED and p.approved_by_id:
        who = s.get(Person, p.approved_by_id)
        when = fmt_date(p.approved_at.date()) if p.approved_at else ""
        approved = " ".join(
            x for x in ("approved by", who.full_name if who else "", when and f"on {when}") if x
        )
    return PositionBlock(
        objective=c.objective,
        stance=c.stance.label if c.stance is not Stance.UNKNOWN else "",
        opening=c.opening,
        fallbacks=c.fallbacks,
        red_line=c.red_line,
        authority=c.authority.label,
        points=c.points,
        tactical=c.tactical,
        their_objectives=tuple(
            Objective(
                f"{t.delegation_code} - {names.get(t.delegation_code, '')}".strip(" -")
                if t.delegation_code
                else "",
                t.their_objective,
                t.our_response,
            )
            for t in c.their_objectives
        ),
        defensive_lines=tuple(QA(d.question, d.answer) for d in c.defensive_lines),
        press_line=c.press_line,
        background_releasable=c.background_releasable,
        background_nfd=c.background_nfd,
        status=p.status.label,
        approved=approved,
        version_no=p.version_no,
        clearance=clearance(s, p),
    )


def stance_line(r: StanceRecord, codes: dict[int, str], names: dict[int, str]) -> StanceLine:
    """Another delegation's expected and observed stance on an item."""
    return StanceLine(
        delegation=f"{codes.get(r.delegation_id, '')} - {names.get(r.delegation_id, '')}",
        code=codes.get(r.delegation_id, ""),
        expected=r.expected.label if r.expected is not Stance.UNKNOWN else "",
        expected_note=r.expected_note,
        observed=r.observed.label if r.observed is not Stance.UNKNOWN else "",
        observed_note=r.observed_note,
    )


def _lineage(s: Session, item_id: int) -> list[int]:
    """The item and the earlier items it was carried from (continuity), newest first."""
    out = [item_id]
    seen = {item_id}
    current = s.get(AgendaItem, item_id)
    while current is not None and current.source_item_id and current.source_item_id not in seen:
        out.append(current.source_item_id)
        seen.add(current.source_item_id)
        current = s.get(AgendaItem, current.source_item_id)
    return out


def item_brief(
    s: Session,
    rec: AgendaItemRec,
    meeting: MeetingRec,
    codes: dict[int, str],
    names: dict[int, str],
    labels: dict[int, str],
    tz_name: str = "",
    notes_per_item: int = NOTES_PER_ITEM,
) -> ItemBrief:
    p = s.scalar(select(Position).where(Position.item_id == rec.id))
    stances = tuple(
        stance_line(r, codes, names)
        for r in sorted(
            s.scalars(select(StanceRecord).where(StanceRecord.item_id == rec.id)),
            key=lambda r: codes.get(r.delegation_id, ""),
        )
    )
    counterparts = []
    for interest in s.scalars(select(PersonInterest).where(PersonInterest.item_id == rec.id)):
        person = interest.person
        counterparts.append(
            Counterpart(
                name=person_name(person),
                delegation=codes.get(person.delegation_id, ""),
                title=person.title,
                note=interest.note,
            )
        )
    lineage = _lineage(s, rec.id)
    past_outcomes = []
    for o in s.scalars(
        select(Outcome)
        .where(Outcome.item_id.in_(lineage))
        .order_by(Outcome.recorded_at, Outcome.ord)
    ):
        item = s.get(AgendaItem, o.item_id)
        where = labels.get(item.meeting_id, "") if item else ""
        past_outcomes.append(PastOutcome(where, o.verb.label, o.text))
    # the last ``notes_per_item`` notes (an item may hold a million): read newest first,
    # printed oldest first, the others counted
    live = (Note.item_id.in_(lineage), Note.deleted_at.is_(None))
    total = int(s.scalar(select(func.count()).select_from(Note).where(*live)) or 0)
    last = list(
        s.scalars(
            select(Note)
            .where(*live)
            .order_by(Note.taken_at.desc(), Note.id.desc())
            .limit(notes_per_item)
        )
    )
    past_notes = []
    for n in reversed(last):
        speaker = codes.get(n.speaker_delegation_id or 0, "")
        who = s.get(Person, n.speaker_person_id) if n.speaker_person_id else None
        if who is not None:
            speaker = f"{who.full_name} ({speaker})" if speaker else who.full_name
        past_notes.append(
            PastNote(
                when=long_date_time(local_time(n.taken_at, tz_name)),
                meeting=labels.get(n.meeting_id, ""),
                speaker=speaker,
                kind=n.kind.label,
                text=n.text,
                stance=n.observed_stance.label if n.observed_stance else "",
            )
        )
    return ItemBrief(
        item_id=rec.id,
        meeting_id=rec.meeting_id,
        meeting_label=meeting.label,
        number=rec.number,
        title=rec.title,
        purpose=rec.purpose.label,
        lead=rec.lead,
        est_minutes=rec.est_minutes,
        description=rec.description,
        tags=rec.tags,
        documents=tuple(Document(d.symbol, d.title) for d in rec.documents),
        position=position_block(s, p) if p is not None else None,
        stances=stances,
        counterparts=tuple(counterparts),
        past_notes=tuple(past_notes),
        notes_left_out=total - len(past_notes),
        past_outcomes=tuple(past_outcomes),
        draft=p is not None and p.status is not PositionStatus.APPROVED,
    )


def items_with_content(s: Session, ids: list[int]) -> set[int]:
    """Items worth a brief: a position, stances, notes or outcomes recorded on them."""
    found: set[int] = set()
    for model in (Position, StanceRecord, Outcome):
        found |= set(s.scalars(select(model.item_id).where(model.item_id.in_(ids))))
    found |= {
        i
        for i in s.scalars(
            select(Note.item_id).where(Note.item_id.in_(ids), Note.deleted_at.is_(None))
        )
        if i is not None
    }
    return found | items_building_on(s, ids)


def stance_map(
    s: Session,
    items: list[AgendaItemRec],
    codes: dict[int, str],
    ours: str,
    meeting_labels: dict[int, str] | None = None,
) -> StanceMap:
    """Our stance and the others' on each item; rows name their meeting if there are several."""
    ids = [i.id for i in items]
    cells: dict[int, dict[str, str]] = defaultdict(dict)
    used: set[str] = set()
    for r in s.scalars(select(StanceRecord).where(StanceRecord.item_id.in_(ids))):
        code = codes.get(r.delegation_id, "")
        if not code or code == ours:
            continue
        stance = r.observed if r.observed is not Stance.UNKNOWN else r.expected
        value = stance.short
        if r.observed is Stance.UNKNOWN and r.expected is not Stance.UNKNOWN:
            value = f"({value})"
        cells[r.item_id][code] = value
        used.add(code)
    order = {
        d.code: (d.ord, d.code)
        for d in s.scalars(select(Delegation).where(Delegation.code.in_(used)))
    }
    columns = tuple(sorted(used, key=lambda c: order.get(c, (999, c))))
    rows = []
    row_meetings = []
    for i in items:
        if i.id not in cells and i.position_stance is None:
            continue
        ours_short = i.position_stance.short if i.position_stance else ""
        rows.append((i.label, ours_short, tuple(cells[i.id].get(c, "") for c in columns)))
        row_meetings.append((meeting_labels or {}).get(i.meeting_id, ""))
    if len(set(row_meetings)) <= 1:
        row_meetings = []  # one meeting: the rows need not say which
    return StanceMap(columns, tuple(rows), STANCE_LEGEND, tuple(row_meetings))


def open_actions(
    s: Session, meeting_ids: list[int], codes: dict[int, str], labels: dict[int, str], today: date
) -> tuple[ActionLine, ...]:
    """Open actions of these meetings and of earlier meetings of the same series."""
    series = {
        m.series for m in s.scalars(select(Meeting).where(Meeting.id.in_(meeting_ids))) if m.series
    }
    related = set(meeting_ids)
    if series:
        related |= set(s.scalars(select(Meeting.id).where(Meeting.series.in_(series))))
    rows = s.scalars(
        select(ActionItem)
        .where(
            ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
            ActionItem.meeting_id.in_(related),
        )
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    out = []
    for a in rows:
        owner = ", ".join(
            x
            for x in (
                a.owner_agency,
                codes.get(a.owner_delegation_id or 0, ""),
                (lambda p: p.full_name if p else "")(s.get(Person, a.owner_person_id))
                if a.owner_person_id
                else "",
            )
            if x
        )
        origin = labels.get(a.meeting_id or 0, "")
        if a.item_id:
            item = s.get(AgendaItem, a.item_id)
            if item is not None:
                origin = f"{origin}, item {item.number}".strip(", ")
        out.append(
            ActionLine(
                text=a.text,
                owner=owner,
                due=fmt_date(a.due_date),
                status=a.status.label,
                origin=origin,
                overdue=bool(a.due_date and a.due_date < today),
            )
        )
    return tuple(out)


def annexes(briefs: Iterable[ItemBrief]) -> tuple[Annex, ...]:
    seen: dict[str, tuple[str, list[str]]] = {}
    for b in briefs:
        for d in b.documents:
            key = d.symbol or d.title
            if key not in seen:
                seen[key] = (d.title, [])
            seen[key][1].append(f"{b.meeting_label} {b.number}".strip())
    return tuple(
        Annex(f"A{n}", symbol, title, ", ".join(dict.fromkeys(items)))
        for n, (symbol, (title, items)) in enumerate(seen.items(), 1)
    )


def gather_pack(
    s: Session,
    *,
    event_id: int,
    meeting_ids: tuple[int, ...],
    item_ids: tuple[int, ...] | None,
    title: str,
    issued_by: str,
    today: date | None = None,
    notes_per_item: int = NOTES_PER_ITEM,
) -> tuple[PackData, dict[int, int]]:
    """The pack's data, whole, and per briefed item the position version printed (0: none).

    The caller redacts it for its audience (``reports/redact.redact_pack``).
    """
    today = today or datetime.now().date()
    event = s.get(Event, event_id)
    if event is None:
        raise NotFoundError(f"There is no event {event_id} in this store.")
    meetings = chosen_meetings(s, event_id, meeting_ids)
    mids = [m.id for m in meetings]
    codes = dict(s.execute(select(Delegation.id, Delegation.code)).all())
    names = dict(s.execute(select(Delegation.id, Delegation.name)).all())
    labels = {m.id: (m.short_title or m.title) for m in s.scalars(select(Meeting))}
    agenda = items_by_meeting(s, mids)
    all_items = [i for mid in mids for i in agenda.get(mid, [])]
    if item_ids is not None:
        known = {i.id for i in all_items}
        stray = [str(i) for i in item_ids if i not in known]
        if stray:
            raise ValidationError(
                f"Item {', '.join(stray)} is not on the agenda of the chosen meetings.", "items"
            )
        briefed_ids = set(item_ids)
    else:
        briefed_ids = items_with_content(s, [i.id for i in all_items])
    ours = our_code(s)
    our_name = s.scalar(select(Delegation.name).where(Delegation.code == ours)) if ours else ""
    blocks = []
    briefs = []
    versions: dict[int, int] = {}
    for m in meetings:
        rec = meeting_rec(m, codes.get(m.partner_delegation_id or 0, ""))
        items = agenda.get(m.id, [])
        blocks.append(meeting_block(rec, items, briefed_ids, timetable_rows(s, m.id)))
        for i in items:
            if i.id in briefed_ids:
                brief = item_brief(s, i, rec, codes, names, labels, event.timezone, notes_per_item)
                briefs.append(brief)
                versions[i.id] = brief.position.version_no if brief.position else 0
    chosen_items = [i for i in all_items if i.id in briefed_ids]
    briefs = [
        replace(b, projects=item_projects(s, b.item_id), builds_on=builds_on(s, b.item_id))
        for b in briefs
    ]
    week, week_notes = week_page(s, event_id)
    data = PackData(
        title=title,
        event_title=event.title,
        event_place=", ".join(x for x in (event.city, event.country) if x),
        event_dates=event_dates(event),
        our_delegation=f"Delegation of {our_name}" if our_name else "",
        issued_on=fmt_date(today),
        issued_by=issued_by,
        steering_brief=event.steering_brief,
        logistics=event.logistics,
        meetings=tuple(blocks),
        week=week,
        week_notes=week_notes,
        briefs=tuple(briefs),
        stance_map=stance_map(s, chosen_items, codes, ours, labels),
        actions=open_actions(s, mids, codes, labels, today),
        personalities=personalities(s, sorted(briefed_ids), mids, ours),
        annexes=annexes(briefs),
        cooperation=cooperation_blocks(s, meetings, today),
        texts=pack_texts(s, mids),
    )
    return data, versions


def plain(text: str) -> str:
    return markup.to_plain(text)
