"""Outcomes per agenda item, in the formal verbs (noted, welcomed, endorsed, ...).

Kept in the order the meeting reached them (``ord``), ready for the item's
view and the report to capital.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import OutcomeVerb
from ..domain.models import AgendaItem, Note, Outcome
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .outcome_order import ORDER, places_after_move, sort_key
from .room_records import OutcomeRec
from .row_locks import locked

MAX_OUTCOME = 20_000


def _rec(o: Outcome, item: AgendaItem) -> OutcomeRec:
    return OutcomeRec(
        id=o.id,
        item_id=o.item_id,
        item_number=item.number,
        item_title=item.title,
        meeting_id=item.meeting_id,
        verb=o.verb,
        text=o.text,
        ord=o.ord,
        recorded_at=o.recorded_at,
        note_id=o.note_id,
        for_ministers=o.for_ministers,
        ministers_action=o.ministers_action,
        ministers_text=o.ministers_text,
        ministers_item_id=o.ministers_item_id,
    )


def _clean(text: str) -> str:
    text = clean_text(text, "Outcome", max_len=MAX_OUTCOME).strip()
    if not text:
        raise ValidationError("Say what the meeting decided: the outcome text is empty.", "text")
    return text


def _verb(verb: OutcomeVerb | str) -> OutcomeVerb:
    try:
        return OutcomeVerb(verb)
    except ValueError:
        choices = ", ".join(v.value for v in OutcomeVerb)
        raise ValidationError(
            "{verb!r} is not an outcome verb ({choices}).", "verb", verb=verb, choices=choices
        ) from None


class OutcomeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def for_item(self, item_id: int) -> list[OutcomeRec]:
        with self._ctx.read() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            rows = s.scalars(select(Outcome).where(Outcome.item_id == item_id).order_by(*ORDER))
            return [_rec(o, item) for o in rows]

    def for_meeting(self, meeting_id: int) -> list[OutcomeRec]:
        """Every outcome of a meeting, in agenda order (for reports)."""
        with self._ctx.read() as s:
            order = {
                r.id: n for n, r in enumerate(items_by_meeting(s, [meeting_id]).get(meeting_id, []))
            }
            rows = s.execute(
                select(Outcome, AgendaItem)
                .join(AgendaItem, Outcome.item_id == AgendaItem.id)
                .where(AgendaItem.meeting_id == meeting_id)
            ).all()
            recs = [_rec(o, i) for o, i in rows]
            uuids = {o.id: o.uuid for o, _i in rows}
        recs.sort(key=lambda r: (order.get(r.item_id, 0), sort_key(r.ord, uuids[r.id], r.id)))
        return recs

    def add(
        self, item_id: int, verb: OutcomeVerb | str, text: str, *, note_id: int | None = None
    ) -> OutcomeRec:
        verb = _verb(verb)
        text = _clean(text)
        with self._ctx.write() as s:
            item = locked(s, AgendaItem, item_id)  # its outcomes are numbered in turn
            if item is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            if note_id is not None and s.get(Note, note_id) is None:
                raise ValidationError("The note this outcome comes from no longer exists.", "note")
            last = s.scalar(select(func.max(Outcome.ord)).where(Outcome.item_id == item_id))
            o = Outcome(
                item_id=item_id,
                verb=verb,
                text=text,
                ord=(last if last is not None else -1) + 1,
                note_id=note_id,
            )
            s.add(o)
            s.flush()
            self._ctx.audit(s, "create", "outcome", o.id, f"{item.number} {verb.value}")
            rec = _rec(o, item)
            self._publish(rec)
        return rec

    def edit(self, outcome_id: int, verb: OutcomeVerb | str, text: str) -> OutcomeRec:
        verb = _verb(verb)
        text = _clean(text)
        with self._ctx.write() as s:
            o = self._get(s, outcome_id)
            o.verb, o.text = verb, text
            item = s.get_one(AgendaItem, o.item_id)
            self._ctx.audit(s, "edit", "outcome", o.id, f"{item.number} {verb.value}")
            rec = _rec(o, item)
            self._publish(rec)
        return rec

    def move(self, outcome_id: int, step: int) -> OutcomeRec:
        """Move an outcome up (-1) or down (+1) among its item's outcomes."""
        with self._ctx.write() as s:
            o = self._get(s, outcome_id)
            locked(s, AgendaItem, o.item_id)  # its outcomes are renumbered in turn
            rows = list(
                s.scalars(select(Outcome).where(Outcome.item_id == o.item_id).order_by(*ORDER))
            )
            at = rows.index(o)
            to = max(0, min(len(rows) - 1, at + step))
            places = [row.ord for row in rows]
            rows.insert(to, rows.pop(at))
            for row, place in zip(rows, places_after_move(places), strict=True):
                if row.ord != place:  # a place travels: only the outcomes passed change
                    row.ord = place
            item = s.get_one(AgendaItem, o.item_id)
            self._ctx.audit(s, "move", "outcome", o.id, f"{at} -> {to}")
            rec = _rec(o, item)
            self._publish(rec)
        return rec

    def delete(self, outcome_id: int) -> None:
        with self._ctx.write() as s:
            o = self._get(s, outcome_id)
            item = s.get_one(AgendaItem, o.item_id)
            rec = _rec(o, item)
            self._ctx.audit(s, "delete", "outcome", o.id, f"{item.number} {o.verb.value}")
            s.delete(o)
            self._publish(rec)

    @staticmethod
    def _get(s: Session, outcome_id: int) -> Outcome:
        o = s.get(Outcome, outcome_id)
        if o is None:
            raise NotFoundError("Outcome {outcome_id} no longer exists.", outcome_id=outcome_id)
        return o

    def _publish(self, rec: OutcomeRec) -> None:
        self._ctx.publish(
            Change(
                ChangeKind.OUTCOMES,
                frozenset({rec.id}),
                meeting_id=rec.meeting_id,
                item_id=rec.item_id,
            )
        )
