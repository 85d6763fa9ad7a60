"""The list of speakers (issue #23 item 1, after OpenSlides): the delegations that
asked for the floor, in order; the next one called with one key; each turn timed.

- ``request`` adds a delegation (by id, code or a few letters of its name) at the
  end of the list; an unknown or ambiguous name, or a delegation already waiting
  or speaking, is refused in words with nothing written.
- ``next_speaker`` ends the current turn and gives the floor to the first waiting
  delegation, on the item being discussed; ``end_turn`` ends it without calling
  anyone; ``withdraw`` takes a waiting request off the list.
- Our own delegation's turns feed the speaking timer (``LiveService``): its turn
  opens a ``SpeakingInterval`` (unless the timer already runs) and the end of the
  turn closes it, so our totals per item and meeting count the list's time; every
  delegation's time is in ``SpeakerList.per_delegation`` and ``SpeakingTotals``.

With several writers, the meeting row is locked for the length of a write and a
unique partial index keeps a delegation in the list once (the loser of a race
gets the duplicate message).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.models import AgendaItem, Delegation, Meeting, SpeakerRequest, SpeakingInterval
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .delegation_service import list_delegations
from .row_locks import locked
from .settings_service import our_code
from .speaker_match import match_speakers
from .speaker_records import SpeakerEntry, SpeakerList, TurnState

MAX_NAME = 120


def _entry(r: SpeakerRequest, d: Delegation, ours: str) -> SpeakerEntry:
    return SpeakerEntry(
        r.id,
        r.meeting_id,
        d.id,
        d.code,
        d.name,
        bool(ours) and d.code == ours,
        r.item_id,
        r.requested_at,
        r.started_at,
        r.ended_at,
        r.withdrawn_at,
    )


def read_list(s: Session, meeting_id: int, now: datetime) -> SpeakerList:
    ours = our_code(s)
    rows = s.execute(
        select(SpeakerRequest, Delegation)
        .join(Delegation, SpeakerRequest.delegation_id == Delegation.id)
        .where(SpeakerRequest.meeting_id == meeting_id)
        .order_by(SpeakerRequest.requested_at, SpeakerRequest.id)
    )
    entries = [_entry(r, d, ours) for r, d in rows]
    speaking = next((e for e in entries if e.state is TurnState.SPEAKING), None)
    waiting = tuple(e for e in entries if e.state is TurnState.WAITING)
    done = [e for e in entries if e.state is TurnState.DONE]
    done.sort(key=lambda e: (e.started_at or e.requested_at, e.id))
    return SpeakerList(meeting_id, now, speaking, waiting, tuple(done))


def _open(s: Session, meeting_id: int) -> list[SpeakerRequest]:
    return list(
        s.scalars(
            select(SpeakerRequest)
            .where(SpeakerRequest.meeting_id == meeting_id, SpeakerRequest.ended_at.is_(None))
            .order_by(SpeakerRequest.requested_at, SpeakerRequest.id)
        )
    )


def _running_interval(s: Session, meeting_id: int) -> SpeakingInterval | None:
    return s.scalar(
        select(SpeakingInterval)
        .where(SpeakingInterval.meeting_id == meeting_id, SpeakingInterval.ended_at.is_(None))
        .limit(1)
    )


class SpeakerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ------------------------------------------------------------------------
    def queue(self, meeting_id: int, *, now: datetime | None = None) -> SpeakerList:
        with self._ctx.read() as s:
            return read_list(s, meeting_id, now or utcnow())

    # -- writing ------------------------------------------------------------------------
    def request(
        self,
        meeting_id: int,
        who: int | str,
        *,
        item_id: int | None = None,
        at: datetime | None = None,
    ) -> SpeakerEntry:
        """``who`` (a delegation id, or its code or name as typed) asks for the floor."""
        at = at or utcnow()
        try:
            with self._ctx.write() as s:
                self._check(s, meeting_id, item_id)
                d = self._delegation(s, who)
                self._refuse_duplicate(s, meeting_id, d)
                row = SpeakerRequest(
                    meeting_id=meeting_id, delegation_id=d.id, item_id=item_id, requested_at=at
                )
                s.add(row)
                s.flush()
                self._ctx.audit(s, "request", "speaker_request", row.id, d.code)
                entry = _entry(row, d, our_code(s))
                self._publish(meeting_id, item_id, entry)
        except IntegrityError as exc:  # another laptop added it a moment before
            raise ValidationError(
                "This delegation has asked for the floor already: it is in the list.", "speaker"
            ) from exc
        return entry

    def withdraw(self, entry_id: int, *, at: datetime | None = None) -> SpeakerEntry:
        """A waiting delegation no longer wants the floor: off the list."""
        at = at or utcnow()
        with self._ctx.write() as s:
            row = s.get(SpeakerRequest, entry_id)
            if row is None:
                raise NotFoundError("This request for the floor is no longer in the list.")
            locked(s, Meeting, row.meeting_id)
            s.refresh(row)
            d = s.get_one(Delegation, row.delegation_id)
            if row.started_at is not None and row.ended_at is None:
                raise ValidationError(
                    "{d_code} has the floor now: end its turn (Next speaker) instead.",
                    "speaker",
                    d_code=d.code,
                )
            if row.ended_at is not None:
                raise ValidationError(
                    "{d_code} is no longer waiting for the floor.", "speaker", d_code=d.code
                )
            row.ended_at = row.withdrawn_at = at
            self._ctx.audit(s, "withdraw", "speaker_request", row.id, d.code)
            entry = _entry(row, d, our_code(s))
            self._publish(entry.meeting_id, entry.item_id, entry)
        return entry

    def next_speaker(
        self, meeting_id: int, item_id: int | None = None, *, at: datetime | None = None
    ) -> SpeakerEntry | None:
        """End the current turn and give the floor to the first delegation waiting, on
        ``item_id``; None when nobody waits (the current turn is ended all the same).
        Refused in words when the list is empty."""
        at = at or utcnow()
        with self._ctx.write() as s:
            self._check(s, meeting_id, item_id)
            locked(s, Meeting, meeting_id)
            rows = _open(s, meeting_id)
            if not rows:
                raise ValidationError(
                    "Nobody has asked for the floor: add a delegation to the list first.",
                    "speaker",
                )
            ours = our_code(s)
            self._end(s, rows, at, ours)
            waiting = [r for r in rows if r.started_at is None]
            entry = None
            if waiting:
                row = waiting[0]
                row.started_at, row.item_id = at, item_id
                d = s.get_one(Delegation, row.delegation_id)
                if ours and d.code == ours and _running_interval(s, meeting_id) is None:
                    s.add(SpeakingInterval(meeting_id=meeting_id, item_id=item_id, started_at=at))
                self._ctx.audit(s, "give_floor", "speaker_request", row.id, d.code)
                entry = _entry(row, d, ours)
            self._publish(meeting_id, item_id, entry)
        return entry

    def end_turn(self, meeting_id: int, *, at: datetime | None = None) -> SpeakerEntry | None:
        """The speaker has finished and nobody is called yet; None when nobody spoke."""
        at = at or utcnow()
        with self._ctx.write() as s:
            if s.get(Meeting, meeting_id) is None:
                raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
            locked(s, Meeting, meeting_id)
            ended = self._end(s, _open(s, meeting_id), at, our_code(s))
            if ended is not None:
                self._publish(meeting_id, ended.item_id, ended)
        return ended

    # -- helpers ------------------------------------------------------------------------
    def _end(
        self, s: Session, rows: list[SpeakerRequest], at: datetime, ours: str
    ) -> SpeakerEntry | None:
        """Close the turn in progress (and our timer, if it was our turn)."""
        current = next((r for r in rows if r.started_at is not None), None)
        if current is None:
            return None
        current.ended_at = max(at, current.started_at or at)
        d = s.get_one(Delegation, current.delegation_id)
        if ours and d.code == ours:
            interval = _running_interval(s, current.meeting_id)
            if interval is not None:
                interval.ended_at = max(current.ended_at, interval.started_at)
        self._ctx.audit(s, "end_turn", "speaker_request", current.id, d.code)
        return _entry(current, d, ours)

    @staticmethod
    def _check(s: Session, meeting_id: int, item_id: int | None) -> None:
        if s.get(Meeting, meeting_id) is None:
            raise NotFoundError("Meeting {meeting_id} no longer exists.", meeting_id=meeting_id)
        if item_id is not None:
            item = s.get(AgendaItem, item_id)
            if item is None or item.meeting_id != meeting_id:
                raise ValidationError("The agenda item is not on this meeting's agenda.", "item")

    @staticmethod
    def _delegation(s: Session, who: int | str) -> Delegation:
        if isinstance(who, int):
            d = s.get(Delegation, who)
            if d is None:
                raise ValidationError("This delegation is no longer in the store.", "speaker")
            return d
        text = " ".join(who.split())
        if not text:
            raise ValidationError(
                "Type the delegation that asks for the floor: its code (VN) or its name.",
                "speaker",
            )
        if len(text) > MAX_NAME:
            raise ValidationError(
                "That is not a delegation ({count_text:,} characters): type its code (VN) or "
                "its name.",
                "speaker",
                count_text=len(text),
            )
        delegations = list_delegations(s)
        found = next((d for d in delegations if d.code.casefold() == text.casefold()), None)
        if found is None:
            matches = match_speakers(text, delegations, limit=3)
            if not matches:
                raise ValidationError(
                    "No delegation matches “{text}”: type its code (VN) or its name.",
                    "speaker",
                    text=text,
                )
            if len(matches) > 1 and matches[0].score == matches[1].score:
                codes = " or ".join(m.delegation.code for m in matches[:2])
                raise ValidationError(
                    "“{text}” could be {codes}: type the code.", "speaker", text=text, codes=codes
                )
            found = matches[0].delegation
        return s.get_one(Delegation, found.id)

    @staticmethod
    def _refuse_duplicate(s: Session, meeting_id: int, d: Delegation) -> None:
        locked(s, Meeting, meeting_id)
        rows = _open(s, meeting_id)
        same = next((r for r in rows if r.delegation_id == d.id), None)
        if same is None:
            return
        if same.started_at is not None:
            raise ValidationError("{d_code} has the floor now.", "speaker", d_code=d.code)
        n = [r.id for r in rows if r.started_at is None].index(same.id) + 1
        raise ValidationError(
            "{d_code} has asked for the floor already: number {n} in the list.",
            "speaker",
            d_code=d.code,
            n=n,
        )

    def _publish(self, meeting_id: int, item_id: int | None, entry: SpeakerEntry | None) -> None:
        records = (entry,) if entry is not None else ()
        self._ctx.publish(
            Change(ChangeKind.SPEAKING, meeting_id=meeting_id, item_id=item_id, records=records)
        )
