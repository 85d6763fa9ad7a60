"""Carry forward: start a new meeting's brief from the latest brief on the same item.

Candidates, best first: the item this one follows on from (``source_item_id``,
set when an agenda is copied; followed back through earlier meetings), then
items of earlier meetings whose title matches (the same series ranks higher).
The user sees a candidate side by side with the current brief before accepting.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import PositionStatus
from ..domain.models import AgendaItem, Meeting, Position
from ..domain.text import fold
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .item_tags import resolve_tags
from .mapping import meeting_rec
from .position_records import CarryCandidate, PositionContent, PositionRec
from .position_rows import (
    apply_content,
    approver_name,
    clean_content,
    content_of,
    guard_edit,
    load_position,
    position_rec,
    write_version,
)
from .row_locks import locked

MIN_SCORE = 0.6
MAX_CANDIDATES = 12
_NUMBERING = re.compile(r"^\s*[\divxlc]+[.)]?\s+", re.IGNORECASE)
_SMALL = {"the", "of", "and", "on", "for", "to", "a", "an", "in", "asean"}


def _title_key(title: str) -> str:
    words = re.findall(r"\w+", fold(_NUMBERING.sub("", title)))
    return " ".join(w for w in words if w not in _SMALL)


def title_score(a: str, b: str) -> float:
    """0..1: how alike two item titles are (case, diacritics and small words ignored)."""
    ka, kb = _title_key(a), _title_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    seq = difflib.SequenceMatcher(None, ka, kb, autojunk=False).ratio()
    wa, wb = set(ka.split()), set(kb.split())
    jaccard = len(wa & wb) / len(wa | wb)
    return max(seq, jaccard)


def _earlier(target: Meeting, other: Meeting) -> bool:
    if target.date is not None and other.date is not None:
        return other.date < target.date or (other.date == target.date and other.id < target.id)
    return other.id < target.id


class CarryForwardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def candidates(self, item_id: int) -> list[CarryCandidate]:
        with self._ctx.read() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            meeting = s.get_one(Meeting, item.meeting_id)
            with_position = {
                p.item_id: p
                for p in s.scalars(select(Position).where(Position.version_no > 0))
                if p.item_id != item_id
            }
            found: dict[int, tuple[str, float]] = {}
            # 1. The chain of items this one follows on from.
            seen: set[int] = {item.id}
            source_id = item.source_item_id
            rank = 2.0
            while source_id is not None and source_id not in seen:
                seen.add(source_id)
                source = s.get(AgendaItem, source_id)
                if source is None:
                    break
                if source.id in with_position:
                    found[source.id] = ("source", rank)
                    rank -= 0.01
                source_id = source.source_item_id
            # 2. Items of earlier meetings with a matching title.
            meetings = {m.id: m for m in s.scalars(select(Meeting))}
            for other_id in with_position:
                if other_id in found:
                    continue
                other = s.get_one(AgendaItem, other_id)
                other_meeting = meetings[other.meeting_id]
                if other_meeting.id == meeting.id or not _earlier(meeting, other_meeting):
                    continue
                score = title_score(item.title, other.title)
                if score < MIN_SCORE:
                    continue
                if meeting.series and other_meeting.series == meeting.series:
                    score += 0.05
                found[other_id] = ("match", min(score, 1.0))

            def order(entry: tuple[int, tuple[str, float]]) -> tuple[float, int]:
                when = meetings[s.get_one(AgendaItem, entry[0]).meeting_id].date
                return (-entry[1][1], -(when.toordinal() if when else 0))

            best = sorted(found.items(), key=order)[:MAX_CANDIDATES]
            return [
                self._candidate(s, other_id, reason, score, with_position[other_id], meetings)
                for other_id, (reason, score) in best
            ]

    def _candidate(
        self,
        s: Session,
        other_id: int,
        reason: str,
        score: float,
        p: Position,
        meetings: dict[int, Meeting],
    ) -> CarryCandidate:
        other = s.get_one(AgendaItem, other_id)
        rec = next(
            r for r in items_by_meeting(s, [other.meeting_id])[other.meeting_id] if r.id == other_id
        )
        return CarryCandidate(
            item=rec,
            meeting=meeting_rec(meetings[other.meeting_id]),
            position=position_rec(s, p),
            reason=reason,
            score=min(score, 1.0),
        )

    def carry_forward(
        self,
        item_id: int,
        from_item_id: int,
        *,
        expected_version: int | None = None,
        reopen_approved: bool = False,
    ) -> PositionRec:
        """Start (or replace) this item's brief with the latest brief on ``from_item_id``.

        The result is a new draft version ("carried forward from ..."); what was
        there before stays in the history.  Points start undelivered; the item
        keeps its tags and gains the earlier item's.
        """
        if item_id == from_item_id:
            raise ValidationError("Choose an earlier item to carry forward from.")
        with self._ctx.write() as s:
            target = locked(s, AgendaItem, item_id)  # its brief's writers take turns
            source = s.get(AgendaItem, from_item_id)
            if target is None or source is None:
                raise NotFoundError("The item no longer exists.")
            src = s.scalar(select(Position).where(Position.item_id == from_item_id))
            if src is None or src.version_no == 0:
                raise ValidationError("That item has no position to carry forward.")
            content: PositionContent = clean_content(content_of(s, src))
            p = load_position(s, item_id)
            if p is None:
                p = Position(item_id=item_id, version_no=0, status=PositionStatus.DRAFT)
                s.add(p)
                s.flush()
            else:
                guard_edit(p, expected_version, reopen_approved, lambda: approver_name(s, p))
                p.status = PositionStatus.DRAFT
            # Delivered ticks belong to the earlier meeting: every point starts fresh.
            p.points = []
            s.flush()
            apply_content(s, p, replace(content, tags=()))
            target.tags = list(
                dict.fromkeys([*target.tags, *resolve_tags(s, [t.label for t in source.tags])])
            )
            if target.source_item_id is None:
                target.source_item_id = source.id
            m = s.get_one(Meeting, source.meeting_id)
            label = f"{m.short_title or m.title}, item {source.number}".strip()
            write_version(
                s, p, self._ctx.actor, f"carried forward from {label} (v{src.version_no})"
            )
            self._ctx.audit(
                s, "carry_forward", "position", p.id, f"item {item_id} from {from_item_id}"
            )
            rec = position_rec(s, p)
            meeting_id = target.meeting_id
            self._ctx.publish(
                Change(ChangeKind.POSITIONS, frozenset({rec.id}), item_id=item_id),
                Change(ChangeKind.AGENDA, frozenset({item_id}), meeting_id=meeting_id),
            )
        return rec
