"""Who wrote a brief, as it travels (#17, review s32 H3).

Every payload names, for each brief it carries, the author and time of its current version
(``Payload.authors``, by the item's UUID): the version the receiving store writes from it
is saved by that member at that time, not by whoever ran the import (a brief merged section
by section from both sides is saved by the importer: its text is no one member's).  An
author the sender never knew ("not named") names no one: the importer's name stands.

A trip copy's payload also carries each brief's earlier versions (``Payload.history``:
author, time, status, comment, snapshot), written before the current one when the brief is
new to the receiving store, so History and Compare on the plane show what changed since the
last review.  The snapshots follow the payload's audience: a copy for the delegation gets no
not-for-disclosure background in any version; a version's owner travels by UUID.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import NOT_NAMED, Audience
from ...domain.models import AgendaItem, Person, Position, PositionVersion
from .kinds import Conv, chunks

MAX_VERSIONS = 200  # earlier versions carried per brief (the newest ones)


def authors_and_history(
    session: Session, item_uuids: Collection[str], audience: Audience, with_history: bool
) -> tuple[dict[str, list[str]], dict[str, list[dict[str, Any]]]]:
    """For the briefs of these items: their current version's [author, time], and (a trip)
    their earlier versions, oldest first."""
    authors: dict[str, list[str]] = {}
    history: dict[str, list[dict[str, Any]]] = {}
    if not item_uuids:
        return authors, history
    for part in chunks(sorted(item_uuids)):
        current = session.execute(
            select(AgendaItem.uuid, PositionVersion.saved_by, PositionVersion.saved_at)
            .join(Position, Position.item_id == AgendaItem.id)
            .join(
                PositionVersion,
                (PositionVersion.position_id == Position.id)
                & (PositionVersion.version_no == Position.version_no),
            )
            .where(AgendaItem.uuid.in_(part))
        )
        for uuid, by, at in current:
            authors[str(uuid)] = [by, at.isoformat(timespec="seconds")]
    if not with_history:
        return authors, history
    people = {pid: uuid for pid, uuid in session.execute(select(Person.id, Person.uuid)) if uuid}
    for part in chunks(sorted(item_uuids)):
        rows = session.execute(
            select(AgendaItem.uuid, PositionVersion)
            .join(Position, Position.item_id == AgendaItem.id)
            .join(PositionVersion, PositionVersion.position_id == Position.id)
            .where(AgendaItem.uuid.in_(part), PositionVersion.version_no < Position.version_no)
            .order_by(AgendaItem.uuid, PositionVersion.version_no)
        ).all()
        for uuid, v in rows:
            snap = dict(v.snapshot)
            snap["owner"] = people.get(snap.pop("owner_id", None))
            if audience is not Audience.HOD:
                snap["background_nfd"] = ""
            history.setdefault(str(uuid), []).append(
                {
                    "by": v.saved_by,
                    "at": v.saved_at.isoformat(timespec="seconds"),
                    "status": v.status.value,
                    "comment": v.comment,
                    "snapshot": snap,
                }
            )
    return authors, {k: v[-MAX_VERSIONS:] for k, v in history.items()}


def author_of(authors: Mapping[str, Any], item: Any, fallback: str) -> tuple[str, Any]:
    """Who a brief's version that came in is saved by, and when (None: now)."""
    found = authors.get(str(item))
    if not found or found[0] in ("", NOT_NAMED):
        return fallback, None
    return found[0], datetime.fromisoformat(found[1])


def earlier_versions(
    position_id: int, versions: list[Mapping[str, Any]], ids: Any
) -> list[dict[str, Any]]:
    """The rows of a new brief's earlier versions (numbered 1..n), each snapshot read back
    as the app stores it; its owner by this store's id."""
    from ...domain.enums import PositionStatus
    from ..position_records import PositionContent

    out = []
    for n, v in enumerate(versions, 1):
        snap = dict(v["snapshot"])
        snap["owner_id"] = ids.get(Conv.PERSON, snap.pop("owner", None))
        out.append(
            {
                "position_id": position_id,
                "version_no": n,
                "saved_at": datetime.fromisoformat(v["at"]),
                "saved_by": v["by"],
                "status": PositionStatus(v["status"]),
                "comment": v["comment"],
                "snapshot": PositionContent.from_snapshot(snap).to_snapshot(),
            }
        )
    return out


# -- reading a payload ------------------------------------------------------------------------


def read_authors(value: Any, text: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError("authors: expected a mapping")
    out = {}
    for item, pair in value.items():
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError("authors: expected [name, time]")
        datetime.fromisoformat(text(pair[1], "author's time", 40))
        out[text(item, "item", 32)] = [text(pair[0], "author", 200), pair[1]]
    return out


def read_history(value: Any, text: Any) -> dict[str, list[dict[str, Any]]]:
    from ...domain.enums import PositionStatus

    if not isinstance(value, dict):
        raise ValueError("history: expected a mapping")
    out = {}
    for item, versions in value.items():
        if not isinstance(versions, list) or len(versions) > MAX_VERSIONS:
            raise ValueError("history: expected a list of versions")
        read = []
        for v in versions:
            if not isinstance(v, dict) or not isinstance(v.get("snapshot"), dict):
                raise ValueError("history: a version is not readable")
            datetime.fromisoformat(text(v.get("at"), "version's time", 40))
            read.append(
                {
                    "by": text(v.get("by", ""), "author", 200),
                    "at": v["at"],
                    "status": PositionStatus(str(v.get("status"))).value,
                    "comment": text(v.get("comment", ""), "comment", 300),
                    "snapshot": v["snapshot"],
                }
            )
        out[text(item, "item", 32)] = read
    return out
