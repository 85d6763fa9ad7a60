"""The one merge engine's door (trip copies and exchange bundles share it, #17).

- ``export_payload``: the records of a meeting (or chosen items, or chosen parts),
  with their revisions, after recording this store's own changes as revisions.
- ``preview``: what importing a payload would add, update, delete and keep as a conflict
  (the same transaction as an import, rolled back); ``import_payload``: a backup, then one.
- ``conflicts`` / ``conflict_view`` / ``resolve``: records changed on both sides, side by
  side, settled now or later (``brief_conflict``'s shapes: ``ConflictDialog`` shows both).

Each public method is one user action in one transaction; records are frozen.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.enums import Audience
from ..domain.models import AgendaItem, Meeting, Person, SyncConflict
from ..errors import NotFoundError, ValidationError
from ..i18n.messages import Message, counted
from .brief_conflict import Choice, ConflictView, Resolution
from .changes import Change, ChangeKind
from .context import ServiceContext
from .position_diff import Tokenizer, tokens
from .sync.bases import find
from .sync.brief_sections import BriefMerge, merge_brief
from .sync.collect import ExportScope, collect, held_records
from .sync.conflict_view import merge_record, record_sections
from .sync.foreign_log import new_audit, store_audit
from .sync.holdings import item_names
from .sync.importer import MergeOptions, merge_into, records_held
from .sync.kinds import KIND_WORDS, Kind, Part
from .sync.merge import Action, Incoming, Plan, Step
from .sync.note_stance import stance_following
from .sync.origins import origin_words
from .sync.payload import Payload
from .sync.report import MergeReport, label
from .sync.resolve_writes import their_version, write_plan
from .sync.revs import RevState, content_hash, merged, parse_ancestry
from .sync.state import values, write


class _Preview(Exception):
    """Raised inside a preview's transaction so that it rolls back."""

    def __init__(self, report: MergeReport) -> None:
        super().__init__("preview")
        self.report = report


@dataclasses.dataclass(frozen=True)
class ConflictRec:
    id: int
    key: str
    kind: Kind
    label: str
    what: str  # "note", "brief", ...
    their_origin: str
    found_at: datetime
    resolved_at: datetime | None
    resolution: str
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    item_id: int | None = None  # where to show it (a brief's, a stance's item)
    meeting_id: int | None = None


def trusting(_rec: Incoming) -> bool:
    return True


def _gated(s: Any, options: MergeOptions, signed: Any) -> MergeOptions:
    """``options`` knowing which approvals this store's sign-in may record (review s32
    H20: a preview or an import never asks the server to record one it refuses)."""
    from .sync.approval_gate import recordable_by

    if signed is None or options.approval_here is not None:
        return options
    return dataclasses.replace(options, approval_here=recordable_by(s, signed))


_ITEM_KINDS = frozenset((Kind.POSITION, Kind.PLACE, Kind.STANCE, Kind.INTEREST, Kind.DELIVERED))


def check_scope(s: Session, scope: ExportScope) -> None:
    """Every meeting of ``scope`` exists and every chosen item is on one of their agendas:
    a mistyped id is refused in words, never sent as an empty bundle (review s31 G9)."""
    meetings = scope.meeting_ids
    found = s.scalars(select(Meeting.id).where(Meeting.id.in_(meetings))).all()
    missing = sorted(set(meetings) - set(found))
    if missing:
        raise NotFoundError("Meeting {missing} no longer exists.", missing=missing[0])
    if scope.item_ids is not None:
        known = set(
            s.scalars(
                select(AgendaItem.id).where(
                    AgendaItem.id.in_(scope.item_ids), AgendaItem.meeting_id.in_(meetings)
                )
            ).all()
        )
        if known != set(scope.item_ids):
            raise ValidationError("An item chosen is not on the meeting's agenda.", "items")


class SyncService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- out ----------------------------------------------------------------------------
    def export_payload(
        self,
        meeting_ids: Iterable[int],
        *,
        item_ids: Iterable[int] | None = None,
        parts: Iterable[Part] | None = None,
        sender: dict[str, Any] | None = None,
        peer: str | None = None,
        events: bool = False,
        description: str = "",
        audit_action: str | None = "export",  # None: the caller writes it (``audit_sent``)
        audience: Audience = Audience.HOD,
    ) -> Payload:
        meetings = tuple(sorted(set(meeting_ids)))
        if not meetings:
            raise ValidationError("Choose a meeting to send.")
        scope = ExportScope(
            meetings,
            None if item_ids is None else tuple(sorted(set(item_ids))),
            frozenset(parts) if parts is not None else frozenset(Part),
            events,
        )
        with self._ctx.write() as s:
            check_scope(s, scope)
            payload = collect(
                s,
                scope,
                description=description or _describe(s, scope),
                sender=sender,
                peer=peer,
                audience=audience,
            )
            if audit_action is not None:
                self._audit_sent(s, meetings, payload, audit_action)
        return payload

    def audit_sent(self, meeting_ids: Iterable[int], payload: Payload, action: str) -> None:
        with self._ctx.write() as s:  # the entry ``export_payload`` writes
            self._audit_sent(s, tuple(sorted(set(meeting_ids))), payload, action)

    def _audit_sent(self, s: Any, meetings: tuple[int, ...], payload: Payload, action: str) -> None:
        what = f"{payload.description}: {len(payload.records)} records"
        self._ctx.audit(s, action, "meeting", meetings[0], what)

    def store_id(self) -> str:
        """This store's identity in bundles and trips (given on first use)."""
        from .sync.collect import store_id

        with self._ctx.write() as s:
            return store_id(s)

    def record_revisions(self) -> int:
        """Record every meeting's records as they stand now as this store's revisions (a
        *baseline*).  Changes are found by content against the last recorded revision, so
        a store that is about to be copied (a trip copy, a store copied to a colleague,
        the demo) records its baseline first: an edit made afterwards on either copy is
        then a change made from that baseline, not a conflict.  Returns how many records
        are held."""
        with self._ctx.write() as s:
            meetings = tuple(s.scalars(select(Meeting.id).order_by(Meeting.id)).all())
            if not meetings:
                return 0
            held = held_records(s, ExportScope(meetings, None, frozenset(Part), True))
        return len(held)

    # -- in -----------------------------------------------------------------------------
    def preview(self, payload: Payload, options: MergeOptions) -> MergeReport:
        """What ``import_payload`` would do: the same writes, rolled back."""
        try:
            with self._ctx.write() as s:
                options = _gated(s, options, self._ctx.signed_in)
                report, _plan = merge_into(s, payload, options, dry_run=True)
                raise _Preview(report)
        except _Preview as done:
            return done.report

    def import_payload(
        self,
        payload: Payload,
        options: MergeOptions,
        *,
        backup: bool = True,
        audit_action: str = "merge",
        also: Callable[[Any], None] | None = None,
        also_new: Callable[[Any], bool] | None = None,
        quiet_audit: bool = False,
        brings_news: bool = False,
    ) -> MergeReport:
        """Merge ``payload`` into this store: a backup first, then one transaction.  A
        payload this store already holds whole (``also_new``: and nothing more for
        ``also`` to write) writes nothing: no backup, no audit entry.  ``quiet_audit``: the
        other store's new audit entries alone are kept without either, so logs of Bring
        backs that brought nothing do not travel to and fro for ever (review s33 R19)."""
        held, fresh = False, []  # ``brings_news``: the caller found it not held (bundle_settle)
        if not brings_news:
            with self._ctx.read() as s:
                held = (also_new is None or not also_new(s)) and records_held(s, payload)
                fresh = new_audit(s, payload) if held else []
        if held and fresh and quiet_audit:
            with self._ctx.write() as s:
                store_audit(s, payload, new_audit(s, payload))
        if held and (quiet_audit or not fresh):
            return MergeReport(options.origin, payload.description, (), held=True)
        saved = ""
        if backup:
            from .backup_service import BackupService

            made = BackupService(self._ctx).before_import()
            saved = "" if made is None else str(made.path)
        with self._ctx.write() as s:
            options = _gated(s, options, self._ctx.signed_in)
            report, _plan = merge_into(s, payload, options)
            if also is not None:
                also(s)  # more writes of the same import (signatures kept), same transaction
            n = report.audit_entries  # "1 audit entry" (review s34 S11)
            what = (
                f"{options.origin}: {report.summary()} ({n} audit entr{'y' if n == 1 else 'ies'} "
                f"of {payload.store_name or payload.store_id} kept)"
            )
            self._ctx.audit(s, audit_action, "store", None, what)
        anchor = self._ctx.anchor  # the merged chain anchored at once (#12), at its new head
        if anchor is not None and not anchor.advance_recorded("merge"):
            with self._ctx.read() as s:
                anchor.advance(s, "merge")
        self._ctx.publish(Change(ChangeKind.STORE))
        return dataclasses.replace(report, backup=saved)

    # -- conflicts ----------------------------------------------------------------------
    def conflicts(
        self, *, open_only: bool = True, meeting_id: int | None = None
    ) -> list[ConflictRec]:
        with self._ctx.read() as s:
            stmt = select(SyncConflict).order_by(SyncConflict.found_at, SyncConflict.id)
            if open_only:
                stmt = stmt.where(SyncConflict.resolved_at.is_(None))
            if meeting_id is not None:
                uuid = s.scalar(select(Meeting.uuid).where(Meeting.id == meeting_id))
                stmt = stmt.where(SyncConflict.scope == (uuid or ""))
            return [self._rec(s, c) for c in s.scalars(stmt)]

    def conflict(self, conflict_id: int) -> ConflictRec:
        with self._ctx.read() as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None:
                raise NotFoundError(
                    "Conflict {conflict_id} no longer exists.", conflict_id=conflict_id
                )
            return self._rec(s, c)

    def _rec(self, s: Any, c: SyncConflict) -> ConflictRec:
        kind = Kind(c.kind)
        mine = json.loads(c.local_content) if c.local_content else None
        theirs = json.loads(c.their_content) if c.their_content else None
        item_uuid = (theirs or mine or {}).get("item")
        item_id = meeting_id = None
        named = ""
        if item_uuid:
            row = s.execute(
                select(AgendaItem.id, AgendaItem.meeting_id).where(AgendaItem.uuid == item_uuid)
            ).first()
            if row is not None:
                item_id, meeting_id = row[0], row[1]
                # the item as a user finds it (review s31 G2: "brief on an item" said nothing)
                named = item_names(s, [str(item_uuid)]).get(str(item_uuid), "")
        if meeting_id is None and c.scope:
            meeting_id = s.scalar(select(Meeting.id).where(Meeting.uuid == c.scope))
        return ConflictRec(
            c.id,
            c.key,
            kind,
            # named by ours, as it stood: "note …: ours kept" names what was kept (s35 T8)
            label(kind, mine or theirs, {str(item_uuid): named}, "")
            if named and kind in _ITEM_KINDS
            else label(kind, mine, {})
            if mine
            else c.label or label(kind, theirs, {}),
            KIND_WORDS[kind][0],
            c.their_origin,
            c.found_at,
            c.resolved_at,
            c.resolution,
            mine,
            theirs,
            item_id,
            meeting_id,
        )

    def conflict_view(
        self,
        conflict_id: int,
        names: Callable[[str], str] | None = None,
        tokenize: Tokenizer = tokens,
    ) -> ConflictView:
        """Ours (as it stands now) and theirs, field by field with a word diff."""
        with self._ctx.read() as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None:
                raise NotFoundError(
                    "Conflict {conflict_id} no longer exists.", conflict_id=conflict_id
                )
            rec = self._rec(s, c)
            held = self._held(s, rec)
            found = self._both(s, c, rec, held)
        both = found[0] if found is not None else None
        mine = (held.content if held is not None else None) or rec.mine or {}
        theirs = rec.theirs or {}
        name_of = names or self._names()
        origin = origin_words(rec.their_origin)  # stored in English, shown translated
        explanation = str(
            Message(
                "The {record} was changed here and in {origin} since the two last met. Nothing "
                "was overwritten: keep ours, take theirs, or merge them. Both versions stay in "
                "the history.",
                record=rec.label,
                origin=origin,
            )
            if rec.kind in _ITEM_KINDS
            else Message(
                "“{record}” was changed here and in {origin} since the two last met. Nothing "
                "was overwritten: keep ours, take theirs, or merge them. Both versions stay in "
                "the history.",
                record=rec.label,
                origin=origin,
            )
        )
        if both is not None and (both.from_mine or both.from_theirs):
            explanation += " " + str(
                Message(
                    "Only the sections both sides changed are shown. Whatever you choose, the "
                    "others keep the change one side made: {ours} from ours; {theirs} from "
                    "theirs.",
                    ours=both.labels(both.from_mine, "") or "—",
                    theirs=both.labels(both.from_theirs, "") or "—",
                )
            )
        only = both.conflicts if both is not None else None
        return ConflictView(
            title=str(Message("A {kind} changed on both sides", kind=Message(rec.what))),
            mine_label=str(Message("Ours (this store)")),
            theirs_label=str(Message("Theirs ({origin})", origin=origin)),
            explanation=explanation,
            sections=record_sections(rec.kind, mine, theirs, name_of, tokenize, only),
        )

    @staticmethod
    def _both(
        s: Any, c: SyncConflict, rec: ConflictRec, held: Any
    ) -> tuple[BriefMerge, dict[str, Any]] | None:
        """A brief's two sides merged from the version both last shared, and that version
        (None: not a brief, no base kept, or an approval on either side: the brief is
        settled whole)."""
        if rec.kind is not Kind.POSITION or held is None or not held.content or not rec.theirs:
            return None
        their_state = RevState(
            c.their_rev, c.their_gen, parse_ancestry(c.their_ancestry), content_hash(rec.theirs)
        )
        common = find(s, {rec.key: (held.state, their_state)}).get(rec.key)
        if common is None:
            return None
        both = merge_brief(common, held.content, rec.theirs)
        # approved when the conflict was found (its approval withdrawn since): whole
        approved = merge_brief(common, rec.mine or held.content, rec.theirs).approved
        return None if both.approved or approved else (both, common)

    def _names(self) -> Callable[[str], str]:
        with self._ctx.read() as s:
            items = dict(s.execute(select(AgendaItem.uuid, AgendaItem.title)).all())
            # a link to one of our people (an action item's owner) by name (review s32 H25)
            people = s.execute(select(Person.uuid, Person.honorific, Person.full_name))
            items.update((u, f"{h or ''} {n}".strip()) for u, h, n in people)
        return lambda u: str(items.get(u, ""))[:80]

    def _held(self, s: Any, rec: ConflictRec) -> Any:
        if rec.meeting_id is None:
            return None
        found = held_records(s, ExportScope((rec.meeting_id,), None, frozenset(Part)), {rec.key})
        return found.get(rec.key)

    def resolve(self, conflict_id: int, resolution: Resolution) -> ConflictRec:
        """Settle a conflict: keep ours, take theirs, or the record merged by hand.  The
        result is a revision made from both, so the other side takes it as newer; a
        brief's history keeps both versions and the result."""
        with self._ctx.write() as s:
            c = s.get(SyncConflict, conflict_id)
            if c is None or c.resolved_at is not None:
                raise NotFoundError("This conflict is no longer open.")
            rec = self._rec(s, c)
            held = self._held(s, rec)
            if held is None or held.content is None:
                raise ValidationError(
                    "This record is no longer in this store: the conflict cannot be settled here."
                )
            theirs = rec.theirs or {}
            found = self._both(s, c, rec, held)
            common = found[1] if found is not None else None
            result = merge_record(rec.kind, held.content, theirs, resolution, common)
            their_state = RevState(
                c.their_rev, c.their_gen, parse_ancestry(c.their_ancestry), content_hash(theirs)
            )
            state = merged(rec.key, content_hash(result), [held.state, their_state])
            origin = f"settling a conflict with {c.their_origin}"[:300]
            if rec.kind is Kind.POSITION and held.row_id is not None:
                held = their_version(s, held, theirs, c.their_origin)
            step = Step(
                rec.key,
                rec.kind,
                Action.UPDATE,
                Incoming(
                    rec.key, rec.kind, held.scope, state.rev, state.gen, state.ancestry, result
                ),
                held,
                state,
            )
            follows = (
                stance_following(s, rec.meeting_id, result, (held.content, theirs))
                if rec.kind is Kind.NOTE
                else None
            )
            steps = (step,) if follows is None else (step, follows)
            write_plan(s, Plan(steps), origin, self._ctx.actor)
            c.resolved_at = utcnow()
            c.resolution = resolution.choice.value
            c.resolved_by = self._ctx.actor
            self._ctx.audit(
                s,
                "conflict",
                rec.kind.value,
                held.row_id,
                f"{rec.label}: {resolution.choice.value} ({c.their_origin})",
            )
            out = self._rec(s, c)
        self._ctx.publish(Change(ChangeKind.STORE))
        return out


def _describe(s: Any, scope: ExportScope) -> str:
    titles = [  # a meeting with no short title is named by its title (review s31 G10 nit)
        short or title
        for short, title in s.execute(
            select(Meeting.short_title, Meeting.title)
            .where(Meeting.id.in_(scope.meeting_ids))
            .order_by(Meeting.id)
        )
    ]
    what = (
        ", ".join(sorted(p.value for p in scope.parts))
        if scope.parts != frozenset(Part)
        else "everything"
    )
    items = "" if scope.item_ids is None else f" ({counted(len(scope.item_ids), 'item')})"
    return f"{', '.join(t for t in titles if t) or 'meeting'}{items}: {what}"


__all__ = [
    "Choice",
    "ConflictRec",
    "MergeOptions",
    "SyncService",
    "trusting",
    "update",
    "values",
    "write",
]
