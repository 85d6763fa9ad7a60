"""Whom a copy of a whole store is for, and what it may hold (review s35 T2).

A member's own store is made with ``copy --for PERSON`` (or by the member, signed in to the
team store, copying it): it is read by that member, so it follows docs/packs.md's audience
table as a trip copy taken by her does (``trip_service.trip_audience``) and a bundle to her
does (``sync/withhold``).  For the head of delegation or an alternate (or the store's owner
copying it for nobody in particular) it is the whole store; for any other member it is **for
the delegation**: the not-for-disclosure background of every brief (and of every saved
version of it), every counterpart's personality notes, and which counterparts care about
each item (``pack.counterparts``) are never written into the copy.  No page of the new
store holds them: each table's rows are redacted on the way (``storage/copy_store``).

The copy then knows that it was not given them, as a trip copy does: each brief's and
counterpart's travelling record is marked as withheld in those fields
(``sync_record.withheld``), and recorded with the content it holds, so that what the
member later sends (a bundle, a copy's exchange) carries them as withheld and the head's
store keeps its own values; the counterparts' interests were never received, so their
deletion is never sent either.
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from ..domain.enums import Audience, MemberRole, approves_briefs
from ..domain.models import Delegation, Meeting, Person, SyncRecord, TeamMember
from ..domain.settings import OUR_DELEGATION, StoreSetting
from .sync.canon import Current, Links, Scope, content_of_row, give_uuids, read_scope
from .sync.kinds import PEOPLE_SCOPE, SPECS, Kind
from .sync.merge import Incoming
from .sync.revs import canonical_json, content_hash
from .sync.state import advance
from .sync.withhold import audience_for, left_out, render_marks, withheld_paths, withhold

__all__ = ["copy_audience", "left_out", "mark_withheld", "record_people", "redactor"]

_INTEREST = Kind.INTEREST.value


def copy_audience(source: Any, for_person: int | None) -> Audience:
    """The audience of a copy of ``source`` (a Services) made for ``for_person`` (or, signed
    in as a member, for her): the head of delegation for the head or an alternate, by their
    team role (as a trip copy they take) or, not a member of the team, by their role in the
    delegation (as a bundle to them); the delegation for anyone else."""
    signed = source.team.signed_in()
    if signed is not None and not approves_briefs(signed.role):
        return Audience.DELEGATION  # never more than the member signed in may take
    if for_person is None:
        return Audience.HOD  # the owner's (or the head's) own copy: everything
    with source.ctx.read() as s:
        team_role = s.scalar(
            select(TeamMember.role).where(
                TeamMember.person_id == for_person, TeamMember.removed_at.is_(None)
            )
        )
        role = s.scalar(select(Person.role).where(Person.id == for_person))
    if team_role is not None:
        return Audience.HOD if approves_briefs(team_role) else Audience.DELEGATION
    return audience_for(MemberRole(role) if role else MemberRole.MEMBER, None)


def record_people(source: Any) -> None:
    """Record every counterpart in ``source``'s revisions (only its sync tables change), as
    ``record_revisions`` records every meeting's records: a counterpart no meeting names
    yet then has one revision in both stores, and a later edit of either side is a change
    made from it, never a conflict with the copy's emptied one."""
    with source.ctx.write() as s:
        give_uuids(s)
        current = _people(s)
        if current:
            advance(s, current, (), {Kind.PERSON})


def redactor(source: Any, audience: Audience) -> Any:
    """The rows of each table as a copy for ``audience`` may hold them (None: all whole)."""
    if audience is Audience.HOD:
        return None
    with source.ctx.read() as s:
        ours = _our_delegation(s)
    code = ours[1]
    blank_position = {p.split(".")[-1] for p in withheld_paths(audience).get(Kind.POSITION, ())}
    person_paths = withheld_paths(audience).get(Kind.PERSON, ())

    def emptied(kind: Kind, text: str) -> str:
        if not text:
            return text
        rec = Incoming("", kind, "", "", 1, (), json.loads(text))
        return canonical_json(withhold((rec,), audience, {}, code)[0].content)

    def redact(table: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if table == "person_interest":
            return []  # which counterparts care about an item: the head's only
        if table == "position":
            return [{**r, **dict.fromkeys(blank_position, "")} for r in rows]
        if table == "position_version":
            return [{**r, "snapshot": _snapshot(r["snapshot"], blank_position)} for r in rows]
        if table == "person":
            blank = {p: None if p == "last_met" else "" for p in person_paths}
            return [r if r["delegation_id"] == ours[0] else {**r, **blank} for r in rows]
        if table == "sync_record":
            return [r for r in rows if r["kind"] != _INTEREST]  # never received
        if table == "sync_base":
            return [{**r, "content": _base(r["content"], emptied)} for r in rows]
        if table == "sync_conflict":
            return [_conflict(r, emptied) for r in rows if r["kind"] != _INTEREST]
        return rows

    return redact


def _snapshot(snapshot: Any, blank: set[str]) -> Any:
    if not isinstance(snapshot, dict):
        return snapshot
    return {**snapshot, **{k: "" for k in blank if k in snapshot}}


def _base(text: str, emptied: Any) -> str:
    """A brief's content at a recorded revision (``sync_base``), as the copy may hold it."""
    try:
        content = json.loads(text) if text else None
    except ValueError:
        return text
    if not isinstance(content, dict) or "brief" not in content:
        return text
    return str(emptied(Kind.POSITION, text))


def _conflict(row: dict[str, Any], emptied: Any) -> dict[str, Any]:
    kind = row["kind"]
    if kind not in (Kind.POSITION.value, Kind.PERSON.value):
        return row
    k = Kind(kind)
    return {
        **row,
        "local_content": emptied(k, row["local_content"]),
        "their_content": emptied(k, row["their_content"]),
    }


def mark_withheld(s: Session, audience: Audience) -> int:
    """In the new copy: each brief's and counterpart's record holds the revision it was
    copied at, with the content the copy holds (what it was not given emptied) and those
    fields marked as never received (``withhold``): they travel on as withheld, so the
    head's values are never replaced by the copy's empty ones.  Returns how many records."""
    rule = withheld_paths(audience)
    if not rule:
        return 0
    meetings = tuple(s.scalars(select(Meeting.id)).all())
    current = {
        k: c
        for k, c in read_scope(s, Scope(meetings, frozenset({Kind.POSITION}))).items()
        if c.kind is Kind.POSITION
    }
    current.update(_people(s))
    rows = s.execute(
        select(SyncRecord.key, SyncRecord.content_hash, SyncRecord.withheld).where(
            SyncRecord.kind.in_([k.value for k in rule])
        )
    ).all()
    changes = []
    for key, chash, marks in rows:
        cur = current.get(key)
        if cur is None or cur.content is None:
            continue
        paths = rule.get(cur.kind, ())
        want = render_marks({p: None for p in paths})
        now = content_hash(cur.content)
        if (now, want) != (chash, marks):
            changes.append({"k": key, "h": now, "w": want})
    if changes:  # one statement for all of them
        table = cast(Table, SyncRecord.__table__)
        s.connection().execute(
            update(table)
            .where(table.c.key == bindparam("k"))
            .values(content_hash=bindparam("h"), withheld=bindparam("w")),
            changes,
        )
    return len(changes)


def _our_delegation(s: Session) -> tuple[int | None, str]:
    code = s.scalar(select(StoreSetting.value).where(StoreSetting.key == OUR_DELEGATION)) or ""
    did = s.scalar(select(Delegation.id).where(Delegation.code == code)) if code else None
    return did, code


def _people(s: Session) -> dict[str, Current]:
    """The counterparts (people of other delegations) as travelling records, by UUID."""
    ours, _code = _our_delegation(s)
    spec = SPECS[Kind.PERSON]
    table = spec.table
    query = select(table).where(table.c.uuid.is_not(None))
    if ours is not None:
        query = query.where(table.c.delegation_id != ours)
    rows = s.execute(query).all()
    links = Links(s)
    for f in spec.links():
        links.fetch(f.conv, (r._mapping[f.column] for r in rows))
    return {
        r.uuid: Current(r.uuid, Kind.PERSON, PEOPLE_SCOPE, content_of_row(spec, r, links), r.id)
        for r in rows
    }
