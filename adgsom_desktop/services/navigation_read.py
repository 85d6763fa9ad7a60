"""The navigation tree (events > meetings > agenda items) read at the driver level.

What the left pane shows on opening a store is the first thing a user waits for.
Through the ORM it cost 170 ms cold on the large store (objects for 250 meetings,
lazy loads, documents, tags and positions); the same records read with plain SQL
on the DB-API connection cost a few milliseconds.  Two callers share this one
reader: ``EventService.navigation`` (on the pooled connection of a read
transaction) and the GUI's first paint of a store's tree, which runs before
SQLAlchemy, the ORM and the services are even imported (``first_tree``): the tree
is on screen while they load.

No SQLAlchemy here: plain SQL, values converted as the models store them
(enums by value, dates and times in ISO form).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any, TypeVar

from ..domain.enums import MeetingFormat, MeetingKind, PositionStatus, Purpose, Stance
from ..domain.tag_text import tag_label
from .numbering import NumberingInput, depth_first
from .records import (
    AgendaItemRec,
    DocumentRef,
    EventNode,
    EventRec,
    MeetingNode,
    MeetingRec,
    NavigationTree,
)

E = TypeVar("E")
# A plain file's identity and last change (device, inode, size, mtime and ctime in ns).
FileStamp = tuple[int, int, int, int, int]

_EVENTS = (
    "SELECT id, title, short_title, city, country, host_delegation_id, start_date, end_date, "
    "timezone, steering_brief, logistics FROM event ORDER BY start_date DESC, id DESC"
)
_MEETINGS = (
    "SELECT id, event_id, kind, title, series, sequence_no, partner_delegation_id, date, "
    "end_date, short_title, start_time, end_time, venue, chair, format, notes FROM meeting "
    "ORDER BY date, start_time, ord, id"
)
_ITEMS = (
    "SELECT id, meeting_id, parent_id, ord, number, number_fixed, title, purpose, "
    "lead_delegation_id, lead_text, est_minutes, description, day, start_time, end_time "
    "FROM agenda_item"
)

_DOCUMENTS = "SELECT item_id, symbol, title FROM item_document ORDER BY item_id, ord"
_TAGS = (
    "SELECT t.item_id, f.code, a.code FROM item_adm_tag t "
    "JOIN adm_tag a ON a.id = t.tag_id JOIN framework f ON f.id = a.framework_id"
)


def _date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _time(value: Any) -> time | None:
    return time.fromisoformat(str(value)) if value else None


def _enum(cls: Callable[[Any], E], value: Any) -> E | None:
    return cls(value) if value is not None else None


def _rows(conn: Any, sql: str) -> list[Any]:
    """The rows of ``sql`` through the DB-API cursor (SQLite's or psycopg's)."""
    cursor = conn.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def read_navigation(conn: Any, with_items: bool = True) -> NavigationTree:
    """Every event, meeting and (``with_items``) agenda item, in the order the pane shows
    them, from a DB-API connection (a read transaction's, or a read-only one)."""
    codes = {int(i): str(c) for i, c in _rows(conn, "SELECT id, code FROM delegation")}
    zones: dict[int, str] = {}
    events: list[EventRec] = []
    for r in _rows(conn, _EVENTS):
        zones[int(r[0])] = r[8] or ""
        events.append(
            EventRec(
                id=int(r[0]),
                title=r[1],
                short_title=r[2] or "",
                city=r[3] or "",
                country=r[4] or "",
                host_code=codes.get(r[5] or 0, ""),
                start_date=_date(r[6]),
                end_date=_date(r[7]),
                timezone=r[8] or "",
                steering_brief=r[9] or "",
                logistics=r[10] or "",
            )
        )
    items = _items(conn, codes) if with_items else {}
    counts: dict[int, int] = dict(
        _rows(conn, "SELECT meeting_id, count(*) FROM agenda_item GROUP BY meeting_id")
    )
    meetings: dict[int, list[MeetingNode]] = defaultdict(list)
    for r in _rows(conn, _MEETINGS):
        rec = MeetingRec(
            id=int(r[0]),
            event_id=int(r[1]),
            kind=MeetingKind(r[2]),
            title=r[3],
            series=r[4] or "",
            sequence_no=r[5],
            partner_code=codes.get(r[6] or 0, ""),
            date=_date(r[7]),
            end_date=_date(r[8]),
            short_title=r[9] or "",
            start_time=_time(r[10]),
            end_time=_time(r[11]),
            venue=r[12] or "",
            chair=r[13] or "",
            format=MeetingFormat(r[14]) if r[14] else MeetingFormat.PLENARY,
            notes=r[15] or "",
            item_count=int(counts.get(int(r[0]), 0)),
            timezone=zones.get(int(r[1]), ""),
        )
        meetings[rec.event_id].append(MeetingNode(rec, tuple(items.get(rec.id, ()))))
    return NavigationTree(tuple(EventNode(e, tuple(meetings.get(e.id, ()))) for e in events))


def _items(conn: Any, codes: dict[int, str]) -> dict[int, list[AgendaItemRec]]:
    docs: dict[int, list[DocumentRef]] = defaultdict(list)
    for item_id, symbol, title in _rows(conn, _DOCUMENTS):
        docs[int(item_id)].append(DocumentRef(symbol or "", title or ""))
    tags: dict[int, list[str]] = defaultdict(list)
    for item_id, framework, code in _rows(conn, _TAGS):
        tags[int(item_id)].append(tag_label(framework, code))
    positions = {
        int(i): (_enum(PositionStatus, s), _enum(Stance, t))
        for i, s, t in _rows(conn, "SELECT item_id, status, stance FROM position")
    }
    per_meeting: dict[int, list[Any]] = defaultdict(list)
    for r in _rows(conn, _ITEMS):
        per_meeting[int(r[1])].append(r)
    out: dict[int, list[AgendaItemRec]] = {}
    for meeting_id, rows in per_meeting.items():
        by_id = {int(r[0]): r for r in rows}
        order = depth_first(NumberingInput(int(r[0]), r[2], int(r[3]), None) for r in rows)
        recs = []
        for item_id, depth in order:
            r = by_id[item_id]
            status, stance = positions.get(item_id, (None, None))
            recs.append(
                AgendaItemRec(
                    id=item_id,
                    meeting_id=meeting_id,
                    parent_id=r[2],
                    ord=int(r[3]),
                    depth=depth,
                    number=r[4] or "",
                    number_fixed=bool(r[5]),
                    title=r[6],
                    purpose=Purpose(r[7]),
                    lead_code=codes.get(r[8] or 0, ""),
                    lead_text=r[9] or "",
                    est_minutes=r[10],
                    description=r[11] or "",
                    documents=tuple(docs.get(item_id, ())),
                    tags=tuple(sorted(tags.get(item_id, ()))),
                    position_status=status,
                    position_stance=stance,
                    day=_date(r[12]),
                    start_time=_time(r[13]),
                    end_time=_time(r[14]),
                )
            )
        out[meeting_id] = recs
    return out


def first_tree(path: Path) -> NavigationTree:
    """The tree of the plain store file at ``path``, read on a look of its own before the
    store is opened for work (the GUI paints it while the services load)."""
    from ..storage.store_probe import read_only_look

    with read_only_look(path) as conn:
        return read_navigation(conn)


def _stat(path: Path) -> FileStamp:
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _no_commit_beside(path: Path) -> bool:
    """No rollback journal and no WAL holding a commit beside the file at ``path`` (a
    store opened for work makes an empty WAL; its first commit writes into it, and only
    a checkpoint, which writes the file itself, empties it again)."""
    wal = Path(f"{path}-wal")
    return not Path(f"{path}-journal").exists() and (not wal.exists() or wal.stat().st_size == 0)


def file_stamp(path: Path) -> FileStamp | None:
    """The stamp of the store file at ``path`` when it is complete on its own (nothing
    committed beside it), else None; taken before ``first_tree`` reads it, so that
    ``unchanged_since`` can tell that the tree read then is still the store's."""
    return _stat(path) if _no_commit_beside(path) else None


def unchanged_since(path: Path, stamp: FileStamp | None) -> bool:
    """Nothing was committed to the file at ``path`` since ``stamp`` was taken: the same
    file (a restore or a replacement has another inode), not written (a checkpoint or a
    rollback-journal write changes its size or times), and nothing committed beside it.
    Conservative: False whenever it cannot tell."""
    try:
        return stamp is not None and _no_commit_beside(path) and _stat(path) == stamp
    except OSError:
        return False
