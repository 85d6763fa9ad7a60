"""Reading a meeting's notes as the Notes tab lists them: filters, orders, keyset pages.

Plain columns, not ORM objects (a page of 500 notes costs a few ms, not a
hundred), and every order a page of which costs the same at 1,000,000 notes as
at 100 (``docs/performance.md``):

- **time**: the partial index ``ix_note_meeting_time`` (live notes of a meeting
  in time order) is walked from the cursor;
- **speaker**: the partial index ``ix_note_meeting_speaker`` (meeting, speaker,
  time, id) holds each delegation's notes in time order, so the page walks the
  delegations that spoke in code order (no speaker first) and stops when it is
  full, instead of sorting every note of the meeting;
- kind and stance (few notes are sorted so): the ids of a page sorted with only
  what the key needs, then the details of those ids.

The count of a list is read with its first page only: the later pages of the
same list do not count again, nor does the same list sorted another way (``count``
False); ``NotePage.total`` is None then.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, and_, exists, func, literal, or_, select, tuple_, type_coerce
from sqlalchemy.orm import Session

from ..domain.models import AgendaItem, Delegation, Note, Person
from .records import NoteRec
from .room_records import NoteCursor, NoteFilter, NotePage, NoteSort

MAX_PAGE = 5_000

COLUMNS = (
    Note.id,
    Note.meeting_id,
    Note.item_id,
    Note.taken_at,
    Note.speaker_delegation_id,
    Note.speaker_person_id,
    Note.kind,
    Note.text,
    Note.observed_stance,
    Note.version_no,
    Delegation.code,
    Person.full_name,
    AgendaItem.number,
)

# The SQL of each order other than time (strings, so a cursor holds any of them).
SORT_KEYS: dict[NoteSort, Any] = {
    NoteSort.SPEAKER: type_coerce(func.coalesce(Delegation.code, ""), String),
    NoteSort.KIND: type_coerce(Note.kind, String),
    NoteSort.STANCE: type_coerce(func.coalesce(Note.observed_stance, ""), String),
}


def listing() -> Any:
    return (
        select(*COLUMNS)
        .outerjoin(Delegation, Note.speaker_delegation_id == Delegation.id)
        .outerjoin(Person, Note.speaker_person_id == Person.id)
        .outerjoin(AgendaItem, Note.item_id == AgendaItem.id)
    )


def filtered(stmt: Any, flt: NoteFilter) -> Any:
    stmt = stmt.where(Note.deleted_at.is_(None))
    if flt.item_id is not None:
        # The item implies its meeting; filtering on the item alone lets SQLite use the
        # item index (a few hundred rows) instead of the meeting's (tens of thousands).
        stmt = stmt.where(Note.item_id == flt.item_id)
    else:
        stmt = stmt.where(Note.meeting_id == flt.meeting_id)
    if flt.speaker_delegation_id is not None:
        stmt = stmt.where(Note.speaker_delegation_id == flt.speaker_delegation_id)
    if flt.kind is not None:
        stmt = stmt.where(Note.kind == flt.kind)
    return stmt


def records(s: Session, stmt: Any) -> list[NoteRec]:
    return rows_of(s.execute(stmt))


def rows_of(result: Any) -> list[NoteRec]:
    return [
        NoteRec(
            id=r[0],
            meeting_id=r[1],
            item_id=r[2],
            taken_at=r[3],
            speaker_delegation_id=r[4],
            speaker_code=r[10] or "",
            speaker_person_id=r[5],
            speaker_name=r[11] or "",
            kind=r[6],
            text=r[7],
            observed_stance=r[8],
            version_no=r[9],
            item_number=r[12] or "",
        )
        for r in result
    ]


def speakers(s: Session, meeting_id: int) -> list[tuple[int, str]]:
    """(delegation id, code) of every delegation with a live note at this meeting, in
    the delegations' order: one probe of the speaker index per delegation."""
    spoke = exists().where(
        Note.meeting_id == meeting_id,
        Note.speaker_delegation_id == Delegation.id,
        Note.deleted_at.is_(None),
    )
    rows = s.execute(
        select(Delegation.id, Delegation.code)
        .where(spoke)
        .order_by(Delegation.ord, Delegation.code)
    )
    return [(int(i), str(c)) for i, c in rows]


def page(
    s: Session, flt: NoteFilter, after: NoteCursor | None, limit: int, *, count: bool = True
) -> NotePage:
    limit = max(1, min(int(limit), MAX_PAGE))
    total = (
        None
        if after is not None or not count
        else int(s.scalar(filtered(select(func.count(Note.id)), flt)) or 0)
    )
    keys: list[str] = []
    if flt.sort is NoteSort.TIME and not flt.descending:
        rows = _by_time(s, flt, after, limit + 1)
    elif flt.sort is NoteSort.SPEAKER and flt.item_id is None and flt.speaker_delegation_id is None:
        rows, keys = _by_speaker(s, flt, after, limit + 1)
    else:
        rows, keys = _by_key(s, flt, after, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = (
        NoteCursor(rows[-1].taken_at, rows[-1].id, keys[limit - 1] if keys else "")
        if more and rows
        else None
    )
    return NotePage(tuple(rows), total, cursor)


def _after_time(after: NoteCursor, descending: bool = False) -> Any:
    if descending:
        return or_(
            Note.taken_at < after.taken_at,
            and_(Note.taken_at == after.taken_at, Note.id < after.note_id),
        )
    return or_(
        Note.taken_at > after.taken_at,
        and_(Note.taken_at == after.taken_at, Note.id > after.note_id),
    )


def _by_time(s: Session, flt: NoteFilter, after: NoteCursor | None, want: int) -> list[NoteRec]:
    stmt = filtered(listing(), flt)
    if after is not None:
        stmt = stmt.where(_after_time(after))
    return records(s, stmt.order_by(Note.taken_at, Note.id).limit(want))


def _by_speaker(
    s: Session, flt: NoteFilter, after: NoteCursor | None, want: int
) -> tuple[list[NoteRec], list[str]]:
    """The meeting's notes by speaker code (no speaker first), each speaker's in time
    order: the speakers in code order, each read from the speaker index until the page
    is full (a page never sorts the meeting's notes)."""
    groups: list[tuple[int | None, str]] = [(None, "")]
    groups += sorted(speakers(s, flt.meeting_id), key=lambda g: (g[1], g[0]))
    if flt.descending:
        groups.reverse()
    order = (Note.taken_at.desc(), Note.id.desc()) if flt.descending else (Note.taken_at, Note.id)
    rows: list[NoteRec] = []
    keys: list[str] = []
    for delegation_id, code in groups:
        if after is not None and (code < after.key if not flt.descending else code > after.key):
            continue  # before the cursor's speaker
        stmt = filtered(listing(), flt).where(
            Note.speaker_delegation_id.is_(None)
            if delegation_id is None
            else Note.speaker_delegation_id == delegation_id
        )
        if after is not None and code == after.key:
            stmt = stmt.where(_after_time(after, flt.descending))
        found = records(s, stmt.order_by(*order).limit(want - len(rows)))
        rows += found
        keys += [code] * len(found)
        if len(rows) >= want:
            break
    return rows, keys


def _by_key(
    s: Session, flt: NoteFilter, after: NoteCursor | None, want: int
) -> tuple[list[NoteRec], list[str]]:
    """Any other order: first the page's ids, sorted with only what the key needs (every
    note of the list is read); then the details of those ids alone."""
    key = SORT_KEYS.get(flt.sort)
    cols = (Note.taken_at, Note.id) if key is None else (key, Note.taken_at, Note.id)
    order = [c.desc() for c in cols] if flt.descending else list(cols)
    top = select(Note.id)
    if flt.sort is NoteSort.SPEAKER:
        top = top.outerjoin(Delegation, Note.speaker_delegation_id == Delegation.id)
    top = filtered(top, flt)
    if after is not None:
        last: tuple[Any, ...] = (after.taken_at, after.note_id)
        if key is not None:
            last = (after.key, *last)
        here = tuple_(*cols)
        top = top.where(here < tuple_(*last) if flt.descending else here > tuple_(*last))
    top = top.order_by(*order).limit(want)
    shown = (key if key is not None else literal("")).label("sort_key")
    stmt = listing().add_columns(shown).where(Note.id.in_(top.scalar_subquery())).order_by(*order)
    result = s.execute(stmt).all()
    keys = [str(r[13]) for r in result] if key is not None else []
    return rows_of(result), keys
