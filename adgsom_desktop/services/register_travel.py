"""The distribution register of a trip copy, brought back to its team store (#17).

A trip copy numbers what it prints in a provisional series of its own, reserved in the
team store when the copy was taken (``TH/2026/BP-T3-001``: trip 3's first pack), so a
number printed on a laptop never collides with the team store's or another trip's.  On
Bring back, ``trip_issues`` reads every register entry printed on the trip (packs,
addenda, reports, with every copy), links to other records named by UUID; the team store
writes the ones it does not hold yet (``bring_issues``, in the same transaction as the
merge): a pack takes the event's next final number, an addendum the next number of its
pack, and each keeps the provisional number it was printed with as a trace.  The trip
copy then takes the final numbers (``settle_numbers``), so both registers read alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..domain.enums import Audience
from ..domain.models import (
    AgendaItem,
    Event,
    IssuedCopy,
    Meeting,
    PackIssue,
    Position,
    StoreSetting,
    SyncConflict,
)
from ..domain.settings import TRIP_SERIES, TRIP_SERIES_TAKEN
from .context import ServiceContext
from .row_locks import locked
from .sync.kinds import position_key

# Links held in an issue's contents: the key, and the table its ids are rows of.
_ONE = {"event_id": Event, "meeting_id": Meeting, "root_issue_id": PackIssue}
_MANY = {"meetings": Meeting, "item_ids": AgendaItem, "addendum_items": AgendaItem}


@dataclass(frozen=True)
class TravellingCopy:
    copy_no: int
    copies_total: int
    recipient: str
    file_name: str
    sha256: str
    issued_at: datetime


@dataclass(frozen=True)
class TravellingIssue:
    """One register entry of a trip copy, with its links as UUIDs."""

    uuid: str
    event: str | None  # the event's UUID
    reference: str  # as the trip copy knows it now
    provisional: bool  # printed with a provisional number, not yet made final
    printed_as: str  # the number printed on its copies ("" if not provisional)
    title: str
    audience: str
    document: str
    classification: str
    addendum_no: int | None
    root: str | None  # the UUID of the pack an addendum belongs to
    contents: dict[str, Any]
    printed: dict[str, int]  # item UUID -> position version printed, if still current here
    issued_at: datetime
    issued_by: str
    copies: tuple[TravellingCopy, ...]


# -- the series -----------------------------------------------------------------------------


def trip_series(s: Session) -> str:
    """The provisional series of this store if it is a trip copy ("T3"), else ""."""
    return s.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_SERIES)) or ""


def reserve_series(ctx: ServiceContext, s: Session, title: str) -> str:
    """The next trip series of this (team) store, reserved for good (one per trip copy)."""
    row = locked(s, StoreSetting, TRIP_SERIES_TAKEN)
    n = int(row.value) + 1 if row is not None and str(row.value).isdigit() else 1
    if row is None:
        s.add(StoreSetting(key=TRIP_SERIES_TAKEN, value=str(n)))
    else:
        row.value = str(n)
    s.flush()
    ctx.audit(s, "trip", "store", None, f"numbers T{n} reserved for a trip copy of {title}")
    return f"T{n}"


def provisional_state(issue: PackIssue) -> str:
    """How the register shows an entry's number: provisional, or final with its trace."""
    printed = issue.provisional_reference or ""
    if not printed:
        return issue.reference
    if printed == issue.reference:
        return f"{issue.reference} (provisional)"
    return f"{issue.reference} (printed as {printed})"


# -- out of the trip copy ------------------------------------------------------------------------


def trip_issues(s: Session, event_uuid: str) -> list[TravellingIssue]:
    """Every register entry of the event in this store, roots before their addenda."""
    uuids = _Uuids(s)
    event_id = s.scalar(select(Event.id).where(Event.uuid == event_uuid))
    if event_id is None:
        return []
    issues = list(
        s.scalars(
            select(PackIssue)
            .where(PackIssue.event_id == event_id)
            .order_by(PackIssue.addendum_no.is_not(None), PackIssue.issued_at, PackIssue.id)
        )
    )
    copies: dict[int, list[TravellingCopy]] = {}
    for c in s.scalars(
        select(IssuedCopy)
        .where(IssuedCopy.issue_id.in_([i.id for i in issues]))
        .order_by(IssuedCopy.copy_no)
    ):
        copies.setdefault(c.issue_id, []).append(
            TravellingCopy(
                c.copy_no, c.copies_total, c.recipient, c.file_name, c.sha256, c.issued_at
            )
        )
    current = _versions(s)
    out = []
    for i in issues:
        contents = dict(i.contents or {})
        printed = {
            str(uuids.of(AgendaItem, int(k))): int(v)
            for k, v in dict(contents.get("items") or {}).items()
            if current.get(int(k)) == int(v) and uuids.of(AgendaItem, int(k))
        }
        out.append(
            TravellingIssue(
                uuid=str(i.uuid),
                event=event_uuid,
                reference=i.reference,
                provisional=bool(i.provisional_reference)
                and i.provisional_reference == i.reference,
                printed_as=i.provisional_reference or "",
                title=i.title,
                audience=i.audience.value,
                document=i.document,
                classification=i.classification,
                addendum_no=i.addendum_no,
                root=uuids.of(PackIssue, i.based_on_issue_id),
                contents=_links_out(contents, uuids),
                printed=printed,
                issued_at=i.issued_at,
                issued_by=i.issued_by,
                copies=tuple(copies.get(i.id, ())),
            )
        )
    return out


def _versions(s: Session) -> dict[int, int]:
    return {int(k): int(v) for k, v in s.execute(select(Position.item_id, Position.version_no))}


class _Uuids:
    """Row ids to UUIDs and back, read once per table."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._out: dict[type, dict[int, str]] = {}
        self._in: dict[type, dict[str, int]] = {}

    def _load(self, model: type) -> None:
        if model not in self._out:
            rows = self.s.execute(select(model.id, model.uuid)).all()  # type: ignore[attr-defined]
            self._out[model] = {int(r[0]): str(r[1]) for r in rows if r[1]}
            self._in[model] = {str(r[1]): int(r[0]) for r in rows if r[1]}

    def of(self, model: type, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        self._load(model)
        return self._out[model].get(int(row_id))

    def id(self, model: type, uuid: Any) -> int | None:
        if not uuid:
            return None
        self._load(model)
        return self._in[model].get(str(uuid))


def _links_out(contents: dict[str, Any], uuids: _Uuids) -> dict[str, Any]:
    out = {k: v for k, v in contents.items() if k not in ("items", "annexed_documents")}
    for key, model in _ONE.items():
        if contents.get(key) is not None:
            out[key] = uuids.of(model, int(contents[key]))
    for key, model in _MANY.items():
        if contents.get(key) is not None:
            out[key] = [uuids.of(model, int(x)) for x in contents[key]]
    return out


def _links_in(contents: dict[str, Any], uuids: _Uuids) -> dict[str, Any]:
    out = dict(contents)
    for key, model in _ONE.items():
        if key in contents:
            out[key] = uuids.id(model, contents[key])
    for key, model in _MANY.items():
        if contents.get(key) is not None:
            out[key] = [i for i in (uuids.id(model, x) for x in contents[key]) if i is not None]
    return out


# -- into the team store --------------------------------------------------------------------------


@dataclass
class Brought:
    """Every entry's final reference and addendum number by UUID, and the entries written."""

    finals: dict[str, tuple[str, int | None]]
    entered: list[str]


def bring_issues(
    ctx: ServiceContext, s: Session, issues: list[TravellingIssue], origin: str
) -> Brought:
    """Write the entries this store does not hold yet (those held already keep their
    numbers: bringing back twice changes nothing)."""
    from .pack_request import next_reference

    uuids = _Uuids(s)
    finals: dict[str, tuple[str, int | None]] = {}
    entered: list[str] = []
    held = {
        u: (ref, no)
        for u, ref, no in s.execute(
            select(PackIssue.uuid, PackIssue.reference, PackIssue.addendum_no).where(
                PackIssue.uuid.in_([i.uuid for i in issues])
            )
        )
    }
    for t in issues:
        if t.uuid in held:
            finals[t.uuid] = held[t.uuid]
            continue
        event_id = uuids.id(Event, t.event)
        event = locked(s, Event, event_id) if event_id is not None else None
        if event is None:
            continue  # the event is gone at home: nothing to file it under
        root_id = uuids.id(PackIssue, t.root)
        reference, number = t.reference, t.addendum_no
        if t.addendum_no is not None and root_id is not None:
            root = locked(s, PackIssue, root_id)
            assert root is not None
            taken = s.scalar(
                select(func.max(PackIssue.addendum_no)).where(
                    PackIssue.based_on_issue_id == root_id
                )
            )
            number = int(taken or 0) + 1
            if t.provisional:
                reference = f"{root.reference}/Add.{number}"
        elif t.provisional and t.document == "pack":
            reference = next_reference(s, event)
        contents = _links_in(t.contents, uuids)
        contents["items"] = _printed_here(s, t.printed, uuids)
        contents["brought_back_from"] = origin
        issue = PackIssue(
            uuid=t.uuid,
            event_id=event.id,
            reference=reference,
            provisional_reference=t.printed_as,
            title=t.title,
            audience=Audience(t.audience),
            document=t.document,
            classification=t.classification,
            addendum_no=number,
            based_on_issue_id=root_id,
            contents=contents,
            issued_at=t.issued_at,
            issued_by=t.issued_by,
        )
        s.add(issue)
        s.flush()
        for c in t.copies:
            s.add(
                IssuedCopy(
                    issue_id=issue.id,
                    copy_no=c.copy_no,
                    copies_total=c.copies_total,
                    recipient=c.recipient,
                    file_name=c.file_name,
                    sha256=c.sha256,
                    issued_at=c.issued_at,
                )
            )
        trace = (
            f" (printed as {t.printed_as})" if t.printed_as and t.printed_as != reference else ""
        )
        ctx.audit(
            s,
            "print",
            "pack_issue",
            issue.id,
            f"{reference}{trace}: {len(t.copies)} copies printed on {origin}, entered in the "
            "register on Bring back",
        )
        uuids = _Uuids(s)  # the new root is found by its addenda
        finals[t.uuid] = (reference, number)
        copies = f"{len(t.copies)} {'copy' if len(t.copies) == 1 else 'copies'}"
        from .pack_register import DOCUMENT_LABELS  # it imports this module

        what = DOCUMENT_LABELS.get(t.document or "pack", t.document or "pack")
        what = f"the {what[:1].lower()}{what[1:]} for {Audience(t.audience).reader}"
        entered.append(f"{reference}{trace}: {copies} of {what}")
    s.flush()
    return Brought(finals, entered)


def _printed_here(s: Session, printed: dict[str, int], uuids: _Uuids) -> dict[str, int]:
    """The version of each brief here that holds what the trip printed: this store's
    current one, when the trip's brief was unchanged since and this store took it without
    a conflict; otherwise 0 (unknown: an addendum to the pack reprints that brief)."""
    out: dict[str, int] = {}
    keys = {u: position_key(u) for u in printed}
    conflicted = set(
        s.scalars(
            select(SyncConflict.key).where(
                SyncConflict.key.in_(list(keys.values())), SyncConflict.resolved_at.is_(None)
            )
        )
    )
    current = _versions(s)
    for u in printed:
        item_id = uuids.id(AgendaItem, u)
        if item_id is None:
            continue
        out[str(item_id)] = 0 if keys[u] in conflicted else current.get(item_id, 0)
    return out


# -- back in the trip copy ------------------------------------------------------------------------


def settle_numbers(s: Session, finals: dict[str, tuple[str, int | None]]) -> int:
    """The trip copy's entries take the final numbers the team store gave them; how many
    changed.  The number printed stays as the trace (``provisional_reference``)."""
    rows = {
        r.uuid: r
        for r in s.execute(
            select(PackIssue.id, PackIssue.uuid, PackIssue.reference, PackIssue.addendum_no).where(
                PackIssue.uuid.in_(list(finals))
            )
        )
    }
    moved = [u for u, r in rows.items() if (r.reference, r.addendum_no) != finals[u]]
    # addenda renumbered in two steps: one number never held twice on the way
    for u in moved:
        if rows[u].addendum_no is not None:
            s.execute(update(PackIssue).where(PackIssue.id == rows[u].id).values(addendum_no=None))
    for u in moved:
        reference, number = finals[u]
        s.execute(
            update(PackIssue)
            .where(PackIssue.id == rows[u].id)
            .values(reference=reference, addendum_no=number)
        )
    return len(moved)
