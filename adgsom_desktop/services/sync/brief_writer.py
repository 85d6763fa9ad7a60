"""A brief that came in, written with Core statements (inside the import's one transaction).

The same rows the position editor writes (``position_rows.apply_content`` and
``write_version``), without the ORM: the position row inserted or updated, its sections'
rows replaced (a point to make whose text is unchanged keeps its row and its delivered
tick), and a new version whose snapshot is made from the content written, as
``content_of`` would read it back (the item's ADM tags included).  Measured: the ORM path
(lazy loads of each section, unit-of-work flushes) was ~40% of a bundle's import.  The
briefs of one import are written together (``write_positions``): ~9 statements for all of
them instead of ~8 per brief.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.enums import PositionStatus
from ...domain.models import (
    AdmTag,
    DefensiveLine,
    Framework,
    Position,
    PositionFallback,
    PositionPoint,
    PositionVersion,
    TheirObjective,
    item_adm_tag,
)
from ...domain.position_sections import TEXT_SECTIONS
from ...errors import ValidationError
from ...storage.driver_read import rows_in
from ...storage.driver_sync import insert_many
from ..position_records import PositionContent
from ..position_rows import clean_content
from .approval_gate import same_text
from .kinds import Conv, chunks
from .revs import canonical_json
from .writers import Ids


def write_positions(
    session: Session,
    briefs: Sequence[tuple[int, dict[str, Any], bool]],
    ids: Ids,
    saved_by: str | Sequence[tuple[str, datetime | None]],
    comments: Sequence[str],
    history: Mapping[str, Any] | None = None,
    as_held: Sequence[Mapping[str, Any] | None] = (),
    carried: Sequence[Sequence[Mapping[str, Any]]] = (),
    elsewhere: str = "",
) -> list[tuple[int, dict[str, Any]]]:
    """Write each (item id, content, approval ok) of ``briefs`` (each item once, its
    version's comment at the same place in ``comments``) as a new version (its history
    keeps the earlier ones); each one's id and content as stored (an owner or approver
    this store lacks left out), in a few statements for all of them: the positions there
    read at once, the new ones inserted at once, each section table and the versions
    written with one insert each (#17: a bundle of a meeting brings a brief per item).
    ``saved_by``: one name for all, or each brief's (author, time: None for now);
    ``history``: a new brief's earlier versions by its item's UUID (``brief_history``);
    ``as_held``: each brief's content as this store held it (travelling shape): one that comes
    in as it is held writes nothing, one whose only change is its approval is approved on
    the version held, as approving here does, never as a copy of it (review s33 R2);
    ``carried``: each held brief's versions that came in (a trip's, ``brief_history.
    carried_versions``): those it lacks are written before its new version (review s33
    R13); ``elsewhere``: the store they came from, named in the comment of one numbered
    otherwise there (``brief_history.numbered_there``, review s34 S7)."""
    conn = session.connection()
    now = utcnow()
    authors = [(saved_by, None)] * len(briefs) if isinstance(saved_by, str) else saved_by
    item_ids = [item_id for item_id, _c, _ok in briefs]
    there: dict[int, tuple[int, int]] = {}
    t = _table(Position)
    for part in chunks(sorted(set(item_ids))):
        for r in rows_in(conn, (t.c.item_id, t.c.id, t.c.version_no), t.c.item_id, part):
            there[r.item_id] = (int(r.id), int(r.version_no))
    planned = [_planned(item_id, content, ok, ids, now) for item_id, content, ok in briefs]
    fresh = [p for p in planned if p.item_id not in there]
    new_items = {p.item_id for p in fresh}
    if fresh:  # approved ones carry their approval at once (version 1)
        insert_many(
            conn,
            _table(Position),
            [{"item_id": p.item_id, "version_no": 1, "created_at": now, **p.values} for p in fresh],
        )
        for part in chunks([p.item_id for p in fresh]):
            for item_id, position_id in rows_in(conn, (t.c.item_id, t.c.id), t.c.item_id, part):
                there[item_id] = (int(position_id), 0)
    tags = _tags(session, item_ids)
    sections: dict[type, list[dict[str, Any]]] = {}
    versions = []
    out = []
    was = list(as_held) or [None] * len(briefs)
    came = list(carried) or [()] * len(briefs)
    known = _stamps(conn, [there[p.item_id][0] for p, c in zip(planned, came, strict=True) if c])
    for p, comment, (by, at), (_i, content, _ok), mine, theirs in zip(
        planned, comments, authors, briefs, was, came, strict=True
    ):
        position_id, before = there[p.item_id]
        if p.item_id not in new_items and _approval_only(conn, p, mine, position_id, before):
            out.append((position_id, p.stored))
            continue
        held = p.item_id not in new_items
        if held:
            lacking = _lacking(theirs, known.get(position_id, set()))
            earlier = _rows(
                position_id, lacking, ids, tags.get(p.item_id, ()), before + 1, elsewhere
            )
        else:
            earlier = _earlier(position_id, content, history, ids)
        versions.extend(earlier)
        version_no = before + len(earlier) + 1 if held else len(earlier) + 1
        if held or earlier:  # a brief this store holds (or with a history): its new version
            if p.approved and p.approval is not None:
                p.values["approved_version_no"] = version_no
            conn.execute(
                update(Position)
                .where(Position.id == position_id)
                .values(version_no=version_no, **p.values)
            )
        for model, rows in _sections(session, position_id, p.c, ids, fresh=not held):
            sections.setdefault(model, []).extend(rows)
        snapshot = replace(p.c, tags=tags.get(p.item_id, ())).to_snapshot()
        versions.append(
            {
                "position_id": position_id,
                "version_no": version_no,
                "saved_at": at or now,
                "saved_by": by,
                "status": p.status,
                "comment": comment,
                "snapshot": snapshot,
            }
        )
        out.append((position_id, p.stored))
    # one multi-row statement per table on SQLite (``driver_sync``): the versions' full-text
    # trigger fires for each row, the index flushed once
    for model in _SECTION_MODELS:
        insert_many(conn, _table(model), sections.get(model, ()))
    insert_many(conn, _table(PositionVersion), versions)
    return out


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _approval_only(
    conn: Any, p: _Planned, mine: Mapping[str, Any] | None, position_id: int, version_no: int
) -> bool:
    """Whether the brief held (``mine``) takes ``p`` without a new version: written as it
    is held (nothing to do), or with only its approval new (the version held approved)."""
    if mine is None or version_no < 1 or not same_text(p.stored, mine):
        return False
    if canonical_json(mine) == canonical_json(p.stored):
        return True
    if not (p.approved and p.approval is not None):
        return False
    conn.execute(
        update(Position)
        .where(Position.id == position_id)
        .values(
            status=p.status,
            approved_by_id=p.values["approved_by_id"],
            approved_at=p.values["approved_at"],
            approved_version_no=version_no,
            updated_at=p.values["updated_at"],
        )
    )
    conn.execute(
        update(PositionVersion)
        .where(PositionVersion.position_id == position_id, PositionVersion.version_no == version_no)
        .values(status=p.status)
    )
    return True


def _stamps(conn: Any, position_ids: Sequence[int]) -> dict[int, set[tuple[str, ...]]]:
    """The versions these briefs hold, each by its author, time and texts (``stamp``)."""
    from .brief_history import stamp

    out: dict[int, set[tuple[str, ...]]] = {}
    for part in chunks(sorted(set(position_ids))):
        for pid, by, at, snap in conn.execute(
            select(PositionVersion.position_id, PositionVersion.saved_by,
                   PositionVersion.saved_at, PositionVersion.snapshot)
            .where(PositionVersion.position_id.in_(part))
        ):  # fmt: skip
            out.setdefault(pid, set()).add(stamp(by, at, snap))
    return out


def _lacking(
    versions: Sequence[Mapping[str, Any]], known: set[tuple[str, ...]]
) -> list[Mapping[str, Any]]:
    """The versions that came in that this brief does not hold yet, in their order."""
    from .brief_history import stamp

    out = []
    for v in versions:
        key = stamp(v["by"], v["at"], v["snapshot"])
        if key not in known:
            known.add(key)
            out.append(v)
    return out


def _rows(
    position_id: int,
    versions: Sequence[Mapping[str, Any]],
    ids: Ids,
    tags: tuple[str, ...],
    start: int,
    elsewhere: str = "",
) -> list[dict[str, Any]]:
    """A held brief's versions that came in, numbered from ``start`` (one that came
    without the item's ADM tags, the other side's current version, gets this store's)."""
    if not versions:
        return []
    from .brief_history import earlier_versions

    rows = earlier_versions(position_id, list(versions), ids, start, elsewhere)
    for row, v in zip(rows, versions, strict=True):
        c = PositionContent.from_snapshot(row["snapshot"])
        clean_content(c)  # as the app stores it
        if "tags" not in v["snapshot"]:
            row["snapshot"] = replace(c, tags=tags).to_snapshot()
    return rows


def _earlier(
    position_id: int, content: dict[str, Any], history: Mapping[str, Any] | None, ids: Ids
) -> list[dict[str, Any]]:
    """A new brief's earlier versions, as they came (a trip copy: review s32 H3)."""
    versions = (history or {}).get(str(content.get("item")))
    if not versions:
        return []
    from .brief_history import earlier_versions

    rows = earlier_versions(position_id, versions, ids)
    for row in rows:
        clean_content(PositionContent.from_snapshot(row["snapshot"]))  # as the app stores it
    return rows


@dataclass
class _Planned:
    item_id: int
    c: PositionContent
    status: PositionStatus
    values: dict[str, Any]  # the position row's columns (not its id, item or version)
    approval: Any
    approved: bool
    stored: dict[str, Any]


def _planned(
    item_id: int, content: dict[str, Any], approval_ok: bool, ids: Ids, now: datetime
) -> _Planned:
    """A brief's row values and the content as it will be stored (checked first)."""
    stored = dict(content)
    brief = dict(content["brief"])
    owner = ids.get(Conv.PERSON, brief.pop("owner", None))
    if content["brief"].get("owner") is not None and owner is None:
        stored["brief"] = {**content["brief"], "owner": None}
    brief["owner_id"] = owner
    c = clean_content(PositionContent.from_snapshot(brief))
    for t in c.their_objectives:
        if t.delegation_code and t.delegation_code not in ids.codes:
            raise ValidationError(
                "No delegation with code {t_delegation_code}.",
                "their",
                t_delegation_code=t.delegation_code,
            )
    status = PositionStatus(content["status"])
    approval = content.get("approval")
    approver = ids.get(Conv.PERSON, approval.get("by")) if approval else None
    if status is PositionStatus.APPROVED and not (approval_ok and approver is not None):
        status = PositionStatus.FOR_REVIEW  # an approval travels only when signed
        stored["status"], stored["approval"] = status.value, None
    approved = status is PositionStatus.APPROVED and bool(approval)
    values: dict[str, Any] = {name: getattr(c, name) for name in TEXT_SECTIONS}
    values.update(
        stance=c.stance,
        authority=c.authority,
        owner_id=c.owner_id,
        status=status,
        approved_by_id=None,
        approved_at=None,
        approved_version_no=None,
        updated_at=now,
    )
    if approved and approval is not None:
        values.update(
            approved_by_id=approver,
            approved_at=datetime.fromisoformat(approval["at"]) if approval.get("at") else now,
            approved_version_no=1,  # a new brief's; a held one's is set when written
        )
    return _Planned(item_id, c, status, values, approval, approved, stored)


def _sections(
    session: Session, position_id: int, c: PositionContent, ids: Ids, *, fresh: bool
) -> list[tuple[type, list[dict[str, Any]]]]:
    """The section rows to insert for a brief (a held brief's old rows removed first)."""
    conn = session.connection()
    if not fresh:
        for section in (PositionFallback, TheirObjective, DefensiveLine):
            conn.execute(delete(section).where(section.position_id == position_id))
    rows: list[tuple[type, list[dict[str, Any]]]] = [
        (
            PositionFallback,
            [{"position_id": position_id, "ord": n, "text": t} for n, t in enumerate(c.fallbacks)],
        ),
        (
            TheirObjective,
            [
                {
                    "position_id": position_id,
                    "ord": n,
                    "delegation_id": ids.codes.get(t.delegation_code),
                    "their_objective": t.their_objective,
                    "our_response": t.our_response,
                }
                for n, t in enumerate(c.their_objectives)
            ],
        ),
        (
            DefensiveLine,
            [
                {"position_id": position_id, "ord": n, "question": d.question, "answer": d.answer}
                for n, d in enumerate(c.defensive_lines)
            ],
        ),
        (PositionPoint, _points(session, position_id, c.points, fresh=fresh)),
    ]
    return rows


_SECTION_MODELS = (PositionFallback, TheirObjective, DefensiveLine, PositionPoint)


def _points(
    session: Session, position_id: int, points: tuple[str, ...], *, fresh: bool
) -> list[dict[str, Any]]:
    """The points to insert; a point whose text is unchanged keeps its row (and its
    delivered tick) at its new place; the others are removed."""
    if fresh:
        return [{"position_id": position_id, "ord": n, "text": t} for n, t in enumerate(points)]
    conn = session.connection()
    old = {
        r.text: r.id
        for r in conn.execute(
            select(PositionPoint.id, PositionPoint.text)
            .where(PositionPoint.position_id == position_id)
            .order_by(PositionPoint.ord, PositionPoint.id)
        )
    }
    kept: dict[int, int] = {}
    new: list[dict[str, Any]] = []
    for n, text in enumerate(points):
        existing = old.pop(text, None)
        if existing is not None:
            kept[existing] = n
        else:
            new.append({"position_id": position_id, "ord": n, "text": text})
    if old:
        conn.execute(delete(PositionPoint).where(PositionPoint.id.in_(list(old.values()))))
    for point_id, n in kept.items():
        conn.execute(update(PositionPoint).where(PositionPoint.id == point_id).values(ord=n))
    return new


def _tags(session: Session, item_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """Each item's ADM tags as ``content_of`` names them, in the same order."""
    out: dict[int, list[str]] = {}
    for part in chunks(sorted(set(item_ids))):
        rows = session.connection().execute(
            select(item_adm_tag.c.item_id, Framework.code, AdmTag.code)
            .join(AdmTag, AdmTag.framework_id == Framework.id)
            .join(item_adm_tag, item_adm_tag.c.tag_id == AdmTag.id)
            .where(item_adm_tag.c.item_id.in_(part))
            .order_by(item_adm_tag.c.item_id, AdmTag.framework_id, AdmTag.ord, AdmTag.code)
        )
        for item_id, f, t in rows:
            out.setdefault(item_id, []).append(f"{f} {t}")
    return {item_id: tuple(names) for item_id, names in out.items()}
