"""Write the demo store: a new store filled with the content of ``content*.py``.

Everything a service exists for goes through the service (numbering, versions,
search index, audit); the rest (stances, interests, action items, outcomes,
approvals, history dates, ticked points, speaking time) is written through the
ORM in one transaction at the end (``records_writer``).  ``target`` checks the file
name first.

The store is built under a temporary name in the target's folder and renamed
into place only when complete, so a failure never leaves a half-written demo
(and, with ``overwrite``, never destroys the old one before the new one is
ready).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.locator import Locator
from ..domain.timeutil import utcnow
from ..errors import StoreError
from ..services.audit_anchor import forget
from ..services.container import Services
from ..services.position_records import DefensiveLineRec, PositionContent, TheirObjectiveRec
from ..services.records import DocumentRef
from ..services.store_setup import create_store
from ..storage import atomic
from ..storage.store_files import acquire_lock
from .content import (
    OUR_CODE,
    STORE_TITLE,
    ItemSpec,
    PositionText,
)
from .content_agenda import AGENDAS
from .content_events import EVENTS, MEETINGS
from .content_people import PEOPLE
from .content_room import NOTES
from .projects_writer import write_projects
from .records_writer import POSITIONS, Ids, utc, write_records
from .shift import days_to, shift_dates, shift_prose
from .target import check_target, locked
from .texts_writer import write_ministers, write_texts


def write_demo(
    where: Path | Locator | str,
    *,
    passphrase: str | None = None,
    overwrite: bool = False,
    shift_to: date | None = None,
) -> Path | Locator:
    """Create the demo store at ``path`` and return its (absolute) path.

    Raises ``StoreError`` if ``path`` exists and ``overwrite`` is false (the file
    is left untouched), ``NotAStoreError`` if ``overwrite`` would replace a file
    that is not a store, and ``StoreLockedError`` if the existing store is open.
    Written through ``storage.atomic`` (kind "demo"): built whole under a
    temporary name, then renamed over the old demo (its WAL removed with it).

    A team store's URL: written into its empty database (``overwrite``: the ADGSOM
    store it holds is removed first); a failure removes what was written.

    ``shift_to``: the demo's week starts that day instead of 12 January 2026 (every date
    of the content moves with it: ``demo.shift``); None keeps the fixed dates.
    """
    locator = Locator.parse(where)
    if locator.is_server:
        return _write_demo_server(locator, passphrase, overwrite, shift_to)
    path = locator.file_path()
    check_target(path, overwrite)
    try:
        with (
            contextlib.ExitStack() as held,
            atomic.atomic_output(path, "demo", database=True, exclusive=not overwrite) as tmp,
        ):
            store = create_store(
                tmp, passphrase=passphrase, our_delegation_code=OUR_CODE, title=STORE_TITLE
            )
            try:
                _fill(Services.for_store(store, actor="demo", anchored=False), shift_to)
            finally:
                store.close()
            if overwrite and path.exists():
                locked(path)  # the old demo must not be open anywhere
                held.callback(acquire_lock(path).release)  # held while the new one takes its name
    except FileExistsError as exc:
        raise StoreError(f"{path} appeared while the demo was being written: it was kept.") from exc
    forget(locator)  # a new demo: the old one's audit anchors say nothing about it
    return path


def _write_demo_server(
    locator: Locator, passphrase: str | None, overwrite: bool, shift_to: date | None
) -> Locator:
    from ..storage.pg_store import PgStore

    if overwrite:
        PgStore.wipe(locator)
    store = create_store(
        locator, passphrase=passphrase, our_delegation_code=OUR_CODE, title=STORE_TITLE
    )
    try:
        _fill(Services.for_store(store, actor="demo"), shift_to)
    except BaseException:
        store.close()
        with contextlib.suppress(Exception):
            PgStore.wipe(locator)  # no half-written demo stays behind
        raise
    store.close()
    return locator


# -- content ----------------------------------------------------------------------------


def _fill(services: Services, shift_to: date | None) -> None:
    """The content, then (``shift_to``) its dates moved so that its week starts that day."""
    started = utcnow() - timedelta(seconds=1)
    _write_content(services)
    if shift_to is not None:
        with services.ctx.write() as s:
            shift_dates(s, days_to(shift_to), started)
            shift_prose(s, days_to(shift_to))
        services.sync.record_revisions()  # the baseline copies share: the moved dates


def _write_content(services: Services) -> None:
    ids = Ids()
    ids.delegations = {d.code: d.id for d in services.delegations.delegations()}
    _write_people(services, ids)
    _write_events(services, ids)
    _write_agendas(services, ids)
    _write_positions(services, ids)
    _write_notes(services, ids)
    write_projects(services, ids.meetings, ids.items)
    write_texts(services, ids)
    with services.ctx.write() as s:
        write_records(services, s, ids)
    write_ministers(services, ids)
    services.sync.record_revisions()  # copies of the demo share a baseline (#17)


def _write_people(services: Services, ids: Ids) -> None:
    for p in PEOPLE:
        rec = services.delegations.save_person(
            delegation_id=ids.delegations[p.delegation_code],
            full_name=p.full_name,
            local_name=p.local_name,
            honorific=p.honorific,
            title=p.title,
            agency=p.agency,
            role=p.role,
            email=p.email,
            phone=p.phone,
            bio=p.bio,
            last_met=p.last_met,
            last_met_where=p.last_met_where,
            last_said=p.last_said,
        )
        ids.people[p.key] = rec.id


def _write_events(services: Services, ids: Ids) -> None:
    for e in EVENTS:
        ev = services.events.save_event(
            title=e.title,
            short_title=e.short_title,
            city=e.city,
            country=e.country,
            host_code=e.host_code,
            start_date=e.start_date,
            end_date=e.end_date,
            timezone=e.timezone,
            steering_brief=e.steering_brief,
            logistics=e.logistics,
        )
        ids.events[e.key] = ev.id
    for m in MEETINGS:
        rec = services.events.save_meeting(
            event_id=ids.events[m.event_key],
            kind=m.kind,
            title=m.title,
            series=m.series,
            sequence_no=m.sequence_no,
            partner_code=m.partner_code,
            date=m.date,
            end_date=m.end_date,
            short_title=m.short_title,
            start_time=m.start_time,
            end_time=m.end_time,
            venue=m.venue,
            chair=m.chair,
            format=m.format,
            notes=m.notes,
        )
        ids.meetings[m.key] = rec.id


def _write_agendas(services: Services, ids: Ids) -> None:
    def add(meeting_key: str, specs: tuple[ItemSpec, ...], parent_id: int | None) -> None:
        for spec in specs:
            ref = (meeting_key, spec.key)
            if ref in ids.items:
                raise ValueError(f"demo content: item {ref} defined twice")
            rec = services.agenda.add_item(
                ids.meetings[meeting_key],
                spec.title,
                parent_id=parent_id,
                purpose=spec.purpose,
                lead_code=spec.lead_code,
                lead_text=spec.lead_text,
                est_minutes=spec.minutes,
                description=spec.description,
                documents=tuple(DocumentRef(sym, title) for sym, title in spec.documents),
            )
            ids.items[ref] = rec.id
            add(meeting_key, spec.children, rec.id)

    for agenda in AGENDAS:
        add(agenda.meeting_key, agenda.items, None)


def _content(text: PositionText, owner_id: int) -> PositionContent:
    return PositionContent(
        objective=text.objective,
        stance=text.stance,
        opening=text.opening,
        fallbacks=text.fallbacks,
        red_line=text.red_line,
        authority=text.authority,
        points=text.points,
        tactical=text.tactical,
        their_objectives=tuple(
            TheirObjectiveRec(t.delegation_code, t.their_objective, t.our_response)
            for t in text.their
        ),
        defensive_lines=tuple(DefensiveLineRec(q, a) for q, a in text.defensive),
        press_line=text.press_line,
        background_releasable=text.background_releasable,
        background_nfd=text.background_nfd,
        owner_id=owner_id,
        tags=text.tags,
    )


def _write_positions(services: Services, ids: Ids) -> None:
    try:
        for spec in POSITIONS:
            item_id = ids.items[spec.item]
            owner_id = ids.people[spec.owner_key]
            saves: list[tuple[PositionText, str, datetime]] = [
                (replace(spec.text, **dict(rev.changes)), rev.saved_by, rev.saved_at)
                for rev in spec.earlier
            ]
            saves.append((spec.text, spec.saved_by, spec.saved_at))
            if spec.text.tags:
                services.agenda.set_tags(item_id, spec.text.tags)  # tags belong to the item
            rec = None
            for text, saved_by, _at in saves:
                services.ctx.actor = saved_by  # the history shows who saved each version
                rec = services.positions.save(item_id, _content(text, owner_id))
            assert rec is not None
            ids.positions[spec.item] = rec.id
            ids.version_dates[spec.item] = [(at, by) for _t, by, at in saves]
    finally:
        services.ctx.actor = "demo"


def _write_notes(services: Services, ids: Ids) -> None:
    for n in NOTES:
        services.notes.add(
            ids.meetings[n.meeting_key],
            n.text,
            item_id=ids.items[(n.meeting_key, n.item_key)] if n.item_key else None,
            speaker_delegation_id=ids.delegations[n.speaker_code] if n.speaker_code else None,
            speaker_person_id=ids.people[n.person_key] if n.person_key else None,
            kind=n.kind,
            observed_stance=n.observed,
            taken_at=utc(n.at),
        )
