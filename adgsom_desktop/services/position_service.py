"""Our position on an item: read, save (every save is a version), list history."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AdmTagKind, PositionStatus
from ..domain.models import (
    AdmTag,
    AgendaItem,
    DefensiveLine,
    Delegation,
    Person,
    Position,
    PositionFallback,
    PositionPoint,
    PositionVersion,
    TheirObjective,
)
from ..domain.text import clean_text
from ..errors import ConflictError, NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .position_records import (
    DefensiveLineRec,
    PointRec,
    PositionContent,
    PositionRec,
    PositionVersionRec,
    TheirObjectiveRec,
)

_TEXT_FIELDS = (
    ("objective", "Objective"),
    ("opening", "Opening position"),
    ("red_line", "Red line"),
    ("tactical", "Tactical arguments"),
    ("press_line", "Press line"),
    ("background_releasable", "Background (releasable)"),
    ("background_nfd", "Background (not for disclosure)"),
)


_TAG = re.compile(r"^(DO|EA)\s*(\d{1,2}(?:\.\d{1,2})?)$")


def normalise_tag(text: str) -> str:
    """ "do3" -> "DO3", "ea3.2" -> "EA 3.2"; anything else is refused."""
    m = _TAG.match(text.strip().upper())
    if not m:
        raise ValidationError(
            f"{text.strip()!r} is not an ADM tag (use DO1-DO8 or EA n.n).", "tags"
        )
    return f"DO{m.group(2)}" if m.group(1) == "DO" else f"EA {m.group(2)}"


def clean_content(content: PositionContent) -> PositionContent:
    """Validate every section (raises ValidationError naming the section)."""
    values = {name: clean_text(getattr(content, name), label) for name, label in _TEXT_FIELDS}
    return PositionContent(
        stance=content.stance,
        authority=content.authority,
        owner_id=content.owner_id,
        fallbacks=tuple(clean_text(f, "Fallback") for f in content.fallbacks),
        points=tuple(clean_text(p, "Point to make") for p in content.points),
        their_objectives=tuple(
            TheirObjectiveRec(
                t.delegation_code.strip().upper(),
                clean_text(t.their_objective, "Their objective"),
                clean_text(t.our_response, "Our response"),
            )
            for t in content.their_objectives
        ),
        defensive_lines=tuple(
            DefensiveLineRec(clean_text(d.question, "Question"), clean_text(d.answer, "Answer"))
            for d in content.defensive_lines
        ),
        tags=tuple(dict.fromkeys(normalise_tag(t) for t in content.tags if t.strip())),
        **values,
    )


def content_of(session: Session, p: Position) -> PositionContent:
    codes = dict(session.execute(select(Delegation.id, Delegation.code)).all())
    item = session.get_one(AgendaItem, p.item_id)
    return PositionContent(
        objective=p.objective,
        stance=p.stance,
        opening=p.opening,
        fallbacks=tuple(f.text for f in p.fallbacks),
        red_line=p.red_line,
        authority=p.authority,
        points=tuple(x.text for x in p.points),
        tactical=p.tactical,
        their_objectives=tuple(
            TheirObjectiveRec(
                codes.get(t.delegation_id or 0, ""), t.their_objective, t.our_response
            )
            for t in p.their_objectives
        ),
        defensive_lines=tuple(DefensiveLineRec(d.question, d.answer) for d in p.defensive_lines),
        press_line=p.press_line,
        background_releasable=p.background_releasable,
        background_nfd=p.background_nfd,
        owner_id=p.owner_id,
        tags=tuple(t.code for t in item.tags),
    )


def position_rec(session: Session, p: Position) -> PositionRec:
    def name(person_id: int | None) -> str:
        if person_id is None:
            return ""
        person = session.get(Person, person_id)
        return person.full_name if person else ""

    return PositionRec(
        id=p.id,
        item_id=p.item_id,
        content=content_of(session, p),
        status=p.status,
        version_no=p.version_no,
        updated_at=p.updated_at,
        points=tuple(PointRec(x.id, x.ord, x.text, x.delivered_at) for x in p.points),
        approved_by_id=p.approved_by_id,
        approved_by_name=name(p.approved_by_id),
        approved_at=p.approved_at,
        approved_version_no=p.approved_version_no,
        owner_name=name(p.owner_id),
    )


def apply_content(session: Session, p: Position, c: PositionContent) -> None:
    """Write ``c`` into position ``p`` (children replaced; delivered points kept)."""
    codes = {code: id_ for id_, code in session.execute(select(Delegation.id, Delegation.code))}
    for name, _label in _TEXT_FIELDS:
        setattr(p, name, getattr(c, name))
    p.stance, p.authority = c.stance, c.authority
    if c.owner_id is not None and session.get(Person, c.owner_id) is None:
        raise ValidationError("The owner is not a known person.", "owner")
    p.owner_id = c.owner_id
    p.fallbacks = [PositionFallback(ord=n, text=t) for n, t in enumerate(c.fallbacks)]
    # Keep a point's identity (and its delivered tick) when its text is unchanged.
    old = {x.text: x for x in p.points}
    new_points = []
    for n, text in enumerate(c.points):
        existing = old.pop(text, None)
        if existing is not None:
            existing.ord = n
            new_points.append(existing)
        else:
            new_points.append(PositionPoint(ord=n, text=text))
    p.points = new_points
    their = []
    for n, t in enumerate(c.their_objectives):
        if t.delegation_code and t.delegation_code not in codes:
            raise ValidationError(f"No delegation with code {t.delegation_code}.", "their")
        their.append(
            TheirObjective(
                ord=n,
                delegation_id=codes.get(t.delegation_code),
                their_objective=t.their_objective,
                our_response=t.our_response,
            )
        )
    p.their_objectives = their
    p.defensive_lines = [
        DefensiveLine(ord=n, question=d.question, answer=d.answer)
        for n, d in enumerate(c.defensive_lines)
    ]
    item = session.get_one(AgendaItem, p.item_id)
    tags = []
    for code in c.tags:
        tag = session.get(AdmTag, code)
        if tag is None:
            if not code.startswith("EA "):
                raise ValidationError(f"Unknown ADM tag {code}.", "tags")
            tag = AdmTag(code=code, kind=AdmTagKind.ENABLING_ACTION, title="", ord=1000)
            session.add(tag)
        tags.append(tag)
    item.tags = tags


def write_version(
    session: Session, p: Position, saved_by: str, comment: str = ""
) -> PositionVersion:
    """Bump the version and store a snapshot of the position as it now stands."""
    session.flush()
    p.version_no += 1
    version = PositionVersion(
        position_id=p.id,
        version_no=p.version_no,
        saved_by=saved_by,
        status=p.status,
        comment=comment,
        snapshot=content_of(session, p).to_snapshot(),
    )
    session.add(version)
    session.flush()
    return version


class PositionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, item_id: int) -> PositionRec | None:
        with self._ctx.read() as s:
            p = s.scalar(select(Position).where(Position.item_id == item_id))
            return None if p is None else position_rec(s, p)

    def save(
        self, item_id: int, content: PositionContent, *, expected_version: int | None = None
    ) -> PositionRec:
        """Save the whole brief as a new version (creates the position if needed).

        ``expected_version`` guards against overwriting a save made elsewhere
        (another window) since the editor loaded the position.
        """
        content = clean_content(content)
        with self._ctx.write() as s:
            if s.get(AgendaItem, item_id) is None:
                raise NotFoundError(f"Agenda item {item_id} no longer exists.")
            p = s.scalar(select(Position).where(Position.item_id == item_id))
            created = p is None
            if p is None:
                p = Position(item_id=item_id, version_no=0, status=PositionStatus.DRAFT)
                s.add(p)
                s.flush()
            elif expected_version is not None and p.version_no != expected_version:
                raise ConflictError(
                    "This position was changed elsewhere since you opened it "
                    f"(now version {p.version_no}). Reload it before saving."
                )
            apply_content(s, p, content)
            write_version(s, p, self._ctx.actor)
            self._ctx.audit(
                s,
                "create" if created else "edit",
                "position",
                p.id,
                f"item {item_id} v{p.version_no}",
            )
            rec = position_rec(s, p)
        self._ctx.publish(Change(ChangeKind.POSITIONS, frozenset({rec.id}), item_id=item_id))
        return rec

    def versions(self, item_id: int) -> list[PositionVersionRec]:
        """Every saved version, oldest first."""
        with self._ctx.read() as s:
            p = s.scalar(select(Position).where(Position.item_id == item_id))
            if p is None:
                return []
            return [
                PositionVersionRec(
                    v.version_no,
                    v.saved_at,
                    v.saved_by,
                    v.status,
                    v.comment,
                    PositionContent.from_snapshot(v.snapshot),
                )
                for v in p.versions
            ]
