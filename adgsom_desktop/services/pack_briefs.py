"""One item's brief as a pack prints it: the position, the stances of others, our
counterparts, the past notes and outcomes (read, never written).

The not-for-disclosure background is left out at the source by the audience rules
(``reports/redact``): what the audience may not read never reaches the PDF builder."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import PositionStatus, Stance
from ..domain.models import (
    AgendaItem,
    Delegation,
    Note,
    Outcome,
    Person,
    PersonInterest,
    Position,
    StanceRecord,
)
from ..domain.timeutil import long_date_time
from ..i18n.printing import translate
from ..reports.pack_model import (
    QA,
    Counterpart,
    Document,
    ItemBrief,
    Objective,
    PastNote,
    PastOutcome,
    PositionBlock,
    StanceLine,
)
from .outcome_order import ORDER as OUTCOME_ORDER
from .pack_clearance import clearance
from .pack_meetings import fmt_date, local_time
from .pack_people import person_name
from .pack_records import NOTES_PER_ITEM
from .pack_texts import items_building_on
from .position_service import content_of
from .records import AgendaItemRec, MeetingRec


def position_block(s: Session, p: Position) -> PositionBlock:
    c = content_of(s, p)
    names = dict(s.execute(select(Delegation.code, Delegation.name)).all())
    approved = ""
    if p.status is PositionStatus.APPROVED and p.approved_by_id:
        who = s.get(Person, p.approved_by_id)
        when = fmt_date(p.approved_at.date()) if p.approved_at else ""
        name = who.full_name if who else ""
        if name and when:
            approved = translate("Pack", "approved by %s on %s") % (name, when)
        elif name:
            approved = translate("Pack", "approved by %s") % name
        elif when:
            approved = translate("Pack", "approved on %s") % when
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
        .order_by(Outcome.recorded_at, *OUTCOME_ORDER)
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
