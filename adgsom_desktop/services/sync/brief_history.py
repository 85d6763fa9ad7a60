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

On Bring back the history travels both ways (review s33 R13): a brief the receiving store
holds gets the versions it lacks (``carried_versions``: the other side's since the take, and,
when the two sides' edits are merged, the other side's current one), each with its author,
time and comment, before the new version; a version is known by its author and time
(``stamp``).  The current version's comment travels too (``authors``' third element, trips
only), so a merged version says the same in both stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import NOT_NAMED, Audience
from ...domain.models import AgendaItem, Person, Position, PositionVersion
from ...domain.position_sections import TEXT_SECTIONS
from .kinds import Conv, chunks

MAX_VERSIONS = 200  # earlier versions carried per brief (the newest ones)


def authors_and_history(
    session: Session, item_uuids: Collection[str], audience: Audience, with_history: bool
) -> tuple[dict[str, list[str]], dict[str, list[dict[str, Any]]]]:
    """For the briefs of these items: their current version's [author, time] (a trip: and
    its comment, when it has one), and (a trip) their earlier versions, oldest first."""
    authors: dict[str, list[str]] = {}
    history: dict[str, list[dict[str, Any]]] = {}
    if not item_uuids:
        return authors, history
    if session.autoflush:  # what the ORM statement reading them did first
        session.flush()
    conn = session.connection()  # Core rows: no ORM execution layer (#17)
    for part in chunks(sorted(item_uuids)):
        current = conn.execute(
            select(
                AgendaItem.uuid,
                PositionVersion.saved_by,
                PositionVersion.saved_at,
                PositionVersion.comment,
            )
            .join(Position, Position.item_id == AgendaItem.id)
            .join(
                PositionVersion,
                (PositionVersion.position_id == Position.id)
                & (PositionVersion.version_no == Position.version_no),
            )
            .where(AgendaItem.uuid.in_(part))
        )
        for uuid, by, at, comment in current:
            authors[str(uuid)] = [by, at.isoformat(timespec="seconds")]
            if with_history and comment:
                authors[str(uuid)].append(comment)
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
                    "no": v.version_no,  # its number here (review s34 S7)
                }
            )
    return authors, {k: v[-MAX_VERSIONS:] for k, v in history.items()}


def author_of(authors: Mapping[str, Any], item: Any, fallback: str) -> tuple[str, Any]:
    """Who a brief's version that came in is saved by, and when (None: now)."""
    found = authors.get(str(item))
    if not found or found[0] in ("", NOT_NAMED):
        return fallback, None
    return found[0], datetime.fromisoformat(found[1])


def comment_of(authors: Mapping[str, Any], item: Any) -> str:
    """The comment of the version that came in (a trip's), "" when none travelled."""
    found = authors.get(str(item))
    return str(found[2]) if found and len(found) > 2 else ""


def stamp(by: str, at: datetime | str, snapshot: Mapping[str, Any]) -> tuple[str, str, str]:
    """What names a version in every store: its author, its time to the second (UTC) and
    its texts (but the not-for-disclosure background, which a member's copy lacks)."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    texts = [str(snapshot.get(n) or "") for n in TEXT_SECTIONS if n != "background_nfd"]
    texts.extend(str(p) for p in snapshot.get("points") or ())
    digest = hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:16]
    return by, at.isoformat(timespec="seconds"), digest


def carried_versions(
    history: Mapping[str, Any],
    authors: Mapping[str, Any],
    content: Mapping[str, Any],
    *,
    current: Mapping[str, Any] | None = None,
    keep_nfd: str | None = None,
) -> list[dict[str, Any]]:
    """The versions of a brief that came in (a trip's), to write where it is held before
    the new version when they are not there yet (``stamp``): its earlier versions and, when
    the new version is a merge of both sides', the other side's current one (``current``:
    its content as it came).  ``keep_nfd``: this store's not-for-disclosure background, for a payload that
    withholds it (the versions hold none)."""
    item = str(content.get("item"))
    out = [dict(v) for v in history.get(item, ())]
    found = authors.get(item)
    if current is not None and found and found[0] not in ("", NOT_NAMED):
        before = out[-1].get("no") if out else None
        out.append(
            {
                "by": found[0],
                "at": found[1],
                "status": current["status"],
                "comment": comment_of(authors, item),
                "snapshot": dict(current.get("brief") or {}),
                "no": before + 1 if isinstance(before, int) else None,
            }
        )
    if keep_nfd is not None:
        for v in out:
            v["snapshot"] = {**v["snapshot"], "background_nfd": keep_nfd}
    return out


def earlier_versions(
    position_id: int,
    versions: list[Mapping[str, Any]],
    ids: Any,
    start: int = 1,
    elsewhere: str = "",
) -> list[dict[str, Any]]:
    """The rows of a brief's versions that came in (numbered from ``start``: 1 for a new
    brief), each snapshot read back as the app stores it; its owner by this store's id.
    ``elsewhere``: the store they came from (Bring back's), named in the comment of a
    version numbered otherwise there (``numbered_there``)."""
    from ...domain.enums import PositionStatus
    from ..position_records import PositionContent

    out = []
    for n, v in enumerate(versions, start):
        snap = dict(v["snapshot"])
        snap["owner_id"] = ids.get(Conv.PERSON, snap.pop("owner", None))
        out.append(
            {
                "position_id": position_id,
                "version_no": n,
                "saved_at": datetime.fromisoformat(v["at"]),
                "saved_by": v["by"],
                "status": PositionStatus(v["status"]),
                "comment": numbered_there(v["comment"], v.get("no"), n, elsewhere),
                "snapshot": PositionContent.from_snapshot(snap).to_snapshot(),
            }
        )
    return out


def numbered_there(comment: str, there: Any, here: int, elsewhere: str) -> str:
    """A version that came from ``elsewhere`` numbered ``there`` in that store and ``here``
    in this one: its comment says its number there (review s34 S7).  The numbers are not
    made the same: every save, status change and approval names its version in the audit
    trail ("item 28 v2", chained, never rewritten), a printed pack the version of each
    brief it printed, an approval its version."""
    if not elsewhere or not isinstance(there, int) or there == here:
        return comment
    said = f"version {there} in {elsewhere}"
    return (f"{comment} ({said})" if comment else said)[:300]


# -- reading a payload ------------------------------------------------------------------------


def read_authors(value: Any, text: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError("authors: expected a mapping")
    out = {}
    for item, pair in value.items():
        if not isinstance(pair, list) or len(pair) not in (2, 3):
            raise ValueError("authors: expected [name, time]")
        datetime.fromisoformat(text(pair[1], "author's time", 40))
        out[text(item, "item", 32)] = [text(pair[0], "author", 200), pair[1]] + [
            text(c, "comment", 300) for c in pair[2:]
        ]
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
            no = v.get("no")  # its number in the sending store (a newer sender's)
            read.append(
                {
                    "by": text(v.get("by", ""), "author", 200),
                    "at": v["at"],
                    "status": PositionStatus(str(v.get("status"))).value,
                    "comment": text(v.get("comment", ""), "comment", 300),
                    "snapshot": v["snapshot"],
                    "no": no if isinstance(no, int) and 0 < no < 2**31 else None,
                }
            )
        out[text(item, "item", 32)] = read
    return out


# -- a merged version's comment ------------------------------------------------------------


def held_author(session: Session, item_id: int) -> str:
    """Who saved the current version of the brief this store holds for the item."""
    by = session.scalar(
        select(PositionVersion.saved_by)
        .join(Position, Position.id == PositionVersion.position_id)
        .where(Position.item_id == item_id, PositionVersion.version_no == Position.version_no)
    )
    return "" if by in (None, NOT_NAMED) else str(by)


def merge_comment(origin: str, merge: Any, here: str, there: str, merged: str = "") -> str:
    """A merged version's comment: what came from whom ("merged with the trip copy x:
    Press line from Natthida Chaiyaporn; Objective from Worawit Chanthasiri"), each side
    named by the author of its version (else "here" and where it came from).  ``merged``:
    the words before it, when "merged with …" would not be true in every store the
    version travels to (a trip's: "merged when the trip copy x was brought back")."""
    said = merged or f"merged with {origin}"
    return f"{said}: {merge.detail(here or 'here', there or origin)}"[:300]


def brief_sides(session: Session, authors: Mapping[str, Any], here: object, there: object) -> Any:
    """A brief merged from both sides, its two sides named for a report read at the
    sending store (review s34 S6): by the authors of the two versions, as the merged
    version's comment names them ("Tactical arguments from Natthida Chaiyaporn; Opening
    position from Worawit Chanthasiri"); by the stores (``here``, ``there``) when either
    author is not named or both are the same person."""

    def sides(step: Any) -> tuple[object, object]:
        item = str((step.incoming.content or {}).get("item", ""))
        mine = session.scalar(
            select(PositionVersion.saved_by)
            .join(Position, Position.id == PositionVersion.position_id)
            .join(AgendaItem, AgendaItem.id == Position.item_id)
            .where(AgendaItem.uuid == item, PositionVersion.version_no == Position.version_no)
        )
        theirs = author_of(authors, item, "")[0]
        if mine in (None, "", NOT_NAMED) or not theirs or mine == theirs:
            return here, there
        return str(mine), theirs

    return sides
