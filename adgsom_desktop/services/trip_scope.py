"""What a trip copy does not bring back, said when it is taken and when it comes back
(#17, review s32 H24, H4).

The merge engine carries an event's agenda, briefs (with the points delivered), stances,
notes, our speaking time, outcomes, action items, programme, members going, documents and
the counterparts its items are about with their interests (``sync/kinds``).  The
negotiated texts (documents, revisions, our amendments) and the cooperation projects
travel read-only (``trip_carry``): changed in the team store only, refreshed on each Bring
back.  The earlier meetings the event builds on (open action items carried over, items
followed on from) travel with it as context (``context_meetings``) and come back by the
same rules.  Nothing is lost in silence:

* ``left_behind`` (the team store, at take) names what travels read-only, with counts;
* the copy remembers, when it is made (and when a Bring back refreshes the read-only
  parts), a fingerprint of each part it does not bring back (``remember``), and
  ``unbrought`` (on Bring back) names each part changed on the laptop since then (a copy
  made before the texts travelled read-only, an event added): the report lists it instead
  of "Nothing new", on every Bring back while the laptop holds it, and the refresh leaves
  such a part as the laptop has it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.orm import Session

from ..domain.models import (
    ActionItem,
    AgendaItem,
    Event,
    Meeting,
    OutcomeDocument,
    StoreSetting,
)
from ..i18n.messages import QT_TRANSLATE_NOOP, Message

TRIP_UNCARRIED = "trip_uncarried"  # store setting of a trip copy: {part: fingerprint}


@dataclass(frozen=True)
class Part:
    key: str
    words: str  # what the user calls it
    tables: tuple[str, ...]
    where: str  # where to do it instead


PARTS: tuple[Part, ...] = (
    Part(
        "texts",
        QT_TRANSLATE_NOOP(
            "Errors", "negotiated texts (documents, revisions, brackets, our amendments)"
        ),
        (
            "outcome_document",
            "document_revision",
            "text_paragraph",
            "paragraph_origin",
            "text_bracket",
            "text_proposal",
            "our_amendment",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "import the revision and enter the amendments in the team store (the copy shows "
            "them read-only)",
        ),
    ),
    Part(
        "projects",
        QT_TRANSLATE_NOOP("Errors", "cooperation projects (and their links to agenda items)"),
        (
            "project",
            "project_lead",
            "project_outcome",
            "item_project",
            "project_milestone",
            "project_focal_point",
            "project_document",
            "project_progress",
        ),
        QT_TRANSLATE_NOOP("Errors", "enter them in the team store (the copy shows them read-only)"),
    ),
    Part(
        "events",
        QT_TRANSLATE_NOOP("Errors", "events and meetings that are not part of the trip"),
        ("event", "meeting"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "a trip copy brings back its own event (and the meetings it builds on) only: "
            "enter them in the team store",
        ),
    ),
)


def _table(session: Session, name: str) -> Table:
    from ..domain.base import Base

    return Base.metadata.tables[name]


_STATEMENTS: dict[tuple[str, bool], Any] = {}


def _statement(name: str, no_event: bool) -> Any:
    """The select of a part's table in primary-key order, built once (the event's id a
    parameter; ``no_event``: the copy holds no event of that UUID, ``id != NULL`` renders
    as ``IS NOT NULL`` as it did): the same statement each time, compiled once."""
    found = _STATEMENTS.get((name, no_event))
    if found is None:
        from ..domain.base import Base
        from ..domain.models import SyncRecord

        table = Base.metadata.tables[name]
        stmt = select(table)
        travels = select(SyncRecord.key)
        event: Any = None if no_event else bindparam("event_id")
        if name == "event":
            stmt = stmt.where(table.c.id != event, table.c.uuid.not_in(travels))
        elif name == "meeting":
            stmt = stmt.where(table.c.event_id != event, table.c.uuid.not_in(travels))
        found = _STATEMENTS[name, no_event] = stmt.order_by(*table.primary_key.columns)
    return found


def fingerprints(
    session: Session, event_uuid: str, keys: Collection[str] | None = None
) -> dict[str, str]:
    """A hash of every row of each part this copy does not carry (the events and
    meetings that travel left out: the trip's own and those it builds on); ``keys``: of
    these parts only."""
    out: dict[str, str] = {}
    session.flush()  # read on the connection: the session's pending writes first
    event_id = session.scalar(select(Event.id).where(Event.uuid == event_uuid))
    conn = session.connection()
    for part in PARTS:
        if keys is not None and part.key not in keys:
            continue
        h = hashlib.sha256()
        for name in part.tables:
            own = name in ("event", "meeting") and event_id is not None
            params = {"event_id": event_id} if own else {}
            for row in conn.execute(_statement(name, event_id is None), params):
                h.update(repr(tuple(row)).encode("utf-8"))
            h.update(b"|")
        out[part.key] = h.hexdigest()
    return out


def remember(session: Session, event_uuid: str) -> None:
    """What the copy holds of those parts when it is made (``take_trip``)."""
    value = json.dumps(fingerprints(session, event_uuid), sort_keys=True)
    row = session.get(StoreSetting, TRIP_UNCARRIED)
    if row is None:
        session.add(StoreSetting(key=TRIP_UNCARRIED, value=value))
    else:
        row.value = value


def _remembered(session: Session, event_uuid: str) -> dict[str, str]:
    raw = session.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_UNCARRIED))
    if raw:
        return dict(json.loads(raw))
    # a copy made before this was remembered carried none of these parts: as if empty
    return {p.key: _empty(p) for p in PARTS}


def changed_parts(session: Session, event_uuid: str) -> frozenset[str]:
    """The keys of the parts changed on this laptop since they were remembered (those it
    carries read-only are never: ``trip_carry.TRIP_READ_ONLY``)."""
    from .trip_carry import TRIP_READ_ONLY

    was = _remembered(session, event_uuid)
    now = fingerprints(session, event_uuid)
    raw = session.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_READ_ONLY))
    read_only = set(json.loads(raw)) if raw else set()
    return frozenset(
        p.key for p in PARTS if p.key not in read_only and was.get(p.key, _empty(p)) != now[p.key]
    )


def unbrought(
    session: Session, event_uuid: str, changed: frozenset[str] | None = None
) -> tuple[str, ...]:
    """Each part changed on this laptop that Bring back cannot take, in words
    (``changed``: ``changed_parts`` when the caller has it already)."""
    if changed is None:
        changed = changed_parts(session, event_uuid)
    out: list[str] = []
    for part in PARTS:
        if part.key not in changed:
            continue
        detail = _detail(session, part, event_uuid)
        said = Message(
            "NOT brought back: changes to {part} on this laptop{detail}. A trip copy does "
            "not bring this part back: {where}.",
            part=Message(part.words),
            detail=detail,
            where=Message(part.where),
        )
        out.append(str(said))
    return tuple(out)


def _empty(part: Part) -> str:
    """The fingerprint of a part with no rows."""
    h = hashlib.sha256()
    for _name in part.tables:
        h.update(b"|")
    return h.hexdigest()


def _detail(session: Session, part: Part, event_uuid: str) -> str:
    if part.key == "texts":
        titles = session.scalars(select(OutcomeDocument.title).order_by(OutcomeDocument.id)).all()
        return f" ({_names(titles)})" if titles else ""
    return ""


def _names(titles: Sequence[str], most: int = 4) -> str:
    shown = [f"“{t}”" for t in titles[:most]]
    if len(titles) > most:
        shown.append(str(Message("and {count:,} more", count=len(titles) - most)))
    return ", ".join(shown)


# what a copy carries read-only, one and several (shown in the interface's language:
# review s35 T9, they were English in Thai)
_TEXTS = (
    QT_TRANSLATE_NOOP(
        "Errors",
        "{count:,} negotiated text ({names}) with its revisions and our amendments (import a "
        "revision, enter our amendments and the paragraphs' states in the team store)",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{count:,} negotiated texts ({names}) with their revisions and our amendments (import "
        "a revision, enter our amendments and the paragraphs' states in the team store)",
    ),
)
_PROJECTS = (
    QT_TRANSLATE_NOOP(
        "Errors", "{count:,} cooperation project with its progress and links to items"
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{count:,} cooperation projects with their progress and links to items"
    ),
)


def left_behind(session: Session, meeting_ids: Sequence[int]) -> tuple[Message, ...]:
    """What a copy of the event's meetings carries read-only (said at take, under a line
    that says so once: changed in the team store only, refreshed on each Bring back,
    ``trip_carry``), one line each, with counts, in the language it is shown in."""
    out: list[Message] = []
    titles = session.scalars(
        select(OutcomeDocument.title)
        .where(OutcomeDocument.meeting_id.in_(meeting_ids))
        .order_by(OutcomeDocument.id)
    ).all()
    if titles:
        n = len(titles)
        out.append(Message(_TEXTS[n != 1], count=n, names=_names(titles)))
    projects = session.scalar(select(func.count()).select_from(_table(session, "project"))) or 0
    if projects:
        out.append(Message(_PROJECTS[projects != 1], count=projects))
    return tuple(out)


def _earlier_in_series(session: Session, own: set[int]) -> set[int]:
    """The meetings of each of ``own``'s series held before it (``earlier_in_series``,
    each meeting's place in its series by date, order and id), in two reads."""
    cols = (Meeting.id, Meeting.series, Meeting.date, Meeting.ord)
    mine = [m for m in session.execute(select(*cols).where(Meeting.id.in_(sorted(own)))) if m[1]]
    if not mine:
        return set()
    series = sorted({m[1] for m in mine})
    others = session.execute(select(*cols).where(Meeting.series.in_(series))).all()
    out: set[int] = set()
    for m in mine:
        key = (m[2] or date.min, m[3], m[0])
        out.update(
            o[0]
            for o in others
            if o[1] == m[1] and o[0] != m[0] and (o[2] or date.min, o[3], o[0]) < key
        )
    return out


def context_meetings(session: Session, meeting_ids: Sequence[int]) -> list[int]:
    """The earlier meetings the event's meetings build on (review s32 H4): those whose
    open action items are carried over into them (a series' earlier meetings), and those
    of the items their items follow on from (``source``, back to the first): they travel
    with the copy as context, oldest first, so that its meetings show and print what the
    team store's do (carried-over actions, past notes and outcomes)."""
    from .action_service import OPEN_STATUSES

    own = set(meeting_ids)
    earlier = _earlier_in_series(session, own)
    wanted = set(
        session.scalars(
            select(ActionItem.meeting_id)
            .where(
                ActionItem.meeting_id.in_(sorted(earlier - own)),
                ActionItem.status.in_(OPEN_STATUSES),
            )
            .distinct()
        ).all()
    )
    at, visited = set(own), set(own)
    seen: set[int] = set()
    while at:  # the items followed on from, and theirs, ...
        sources = {
            int(i)
            for i in session.scalars(
                select(AgendaItem.source_item_id).where(
                    AgendaItem.meeting_id.in_(sorted(at)),
                    AgendaItem.source_item_id.is_not(None),
                )
            ).all()
            if i is not None
        } - seen
        seen |= sources
        found = set(
            session.scalars(
                select(AgendaItem.meeting_id).where(AgendaItem.id.in_(sorted(sources)))
            ).all()
        )
        at = found - visited
        visited |= found
    wanted |= visited
    wanted -= own
    return list(
        session.scalars(
            select(Meeting.id)
            .where(Meeting.id.in_(sorted(wanted)))
            .order_by(Meeting.date, Meeting.id)
        ).all()
    )
