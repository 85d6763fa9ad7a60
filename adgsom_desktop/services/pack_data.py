"""Read (never write) what a pack prints from the store, into ``reports.pack_model`` records.

``gather_pack`` puts the pack together from its parts, each read beside it:
``pack_meetings`` (the meetings, their programme and agendas, the dates written out),
``pack_briefs`` (one item's brief), ``pack_sections`` (stance map, open actions,
annexes), ``pack_people``, ``pack_texts``, ``pack_week``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import markup
from ..domain.models import Delegation, Event, Meeting
from ..errors import NotFoundError, ValidationError
from ..i18n.printing import translate
from ..reports.pack_model import PackData
from .agenda_queries import items_by_meeting
from .mapping import meeting_rec
from .pack_briefs import item_brief, items_with_content
from .pack_meetings import chosen_meetings, event_dates, fmt_date, meeting_block
from .pack_people import personalities
from .pack_records import NOTES_PER_ITEM
from .pack_sections import annexes, open_actions, stance_map
from .pack_texts import builds_on, pack_texts
from .pack_week import week_page
from .programme_service import timetable_rows
from .project_pages import cooperation_blocks, item_projects
from .settings_service import our_code


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
        raise NotFoundError("There is no event {event_id} in this store.", event_id=event_id)
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
                "Item {stray} is not on the agenda of the chosen meetings.",
                "items",
                stray=", ".join(stray),
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
        our_delegation=translate("Pack", "Delegation of %s") % our_name if our_name else "",
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
