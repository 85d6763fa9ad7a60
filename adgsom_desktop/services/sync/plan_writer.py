"""Writing a merge plan into this store (inside the import's one transaction).

``PlanWriter.run`` writes the records in ``WRITE_ORDER`` (a record after those it links to),
then the deletions in reverse, the conflicts (``sync_conflict``, theirs kept beside ours) and
the conflicts settled elsewhere; it refuses what the store's own rules refuse (a member at
two meetings at once: ``refused``), then remembers each revision with the content it holds.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.models import AgendaItem, Meeting, SyncConflict
from ...i18n.messages import Message
from ...storage.driver_read import rows_in
from .approval_gate import same_text
from .as_written import AS_WRITTEN
from .bases import BASED, keep
from .brief_history import author_of, carried_versions, comment_of, held_author, merge_comment
from .brief_writer import write_positions
from .canon import Current, Scope, read_scope
from .holdings import ALL_KINDS, UUID_KINDS, read_by_uuid
from .kinds import SPECS, WRITE_ORDER, Conv, Kind, chunks
from .merge import WRITES, Action, Plan, Step
from .payload import Payload
from .report import label
from .revs import RevState, canonical_json, content_hash, hash_as
from .state import Held, recorded, values, write
from .writers import (
    Ids,
    delete_row,
    ensure_delegations,
    insert_rows,
    item_extras,
    reopen_position,
    set_places,
    settle_agendas,
    stance_rows,
    update_notes,
    update_row,
)

if TYPE_CHECKING:
    from .importer import MergeOptions


class PlanWriter:
    def __init__(
        self,
        session: Session,
        payload: Payload,
        options: MergeOptions,
        held: dict[str, Held],
        all_held: bool = False,
    ) -> None:
        self.s = session
        self.payload = payload
        self.options = options
        self.held = held
        # ``held`` holds every record of the payload that has a row of revisions here
        # (``held_for`` read each payload key's row): no read of them again
        self.all_held = all_held
        self.ids = Ids(session)
        self.meetings: set[int] = set()
        self._touched: set[int] = set()  # items written: their meetings are settled
        self.refused: dict[str, str] = {}  # key -> why it was not written
        # new records' content as they read back, known from what was written (as_written)
        self.written: dict[str, dict[str, Any]] = {}
        # places as written, before ``settle_agendas`` breaks ties among siblings: the
        # revision that came in is remembered with this content, so the settling is a
        # change of this store's own (a new revision that travels), never hidden under
        # the other side's revision (two stores holding one revision, two orders)
        self.placed: dict[str, dict[str, Any]] = {}

    def run(self, the_plan: Plan) -> None:
        ensure_delegations(
            self.s, {k: dict(v) for k, v in self.payload.delegations.items()}, self.ids
        )
        by_kind: dict[Kind, list[Step]] = defaultdict(list)
        for step in the_plan.steps:
            by_kind[step.kind].append(step)
        for kind in WRITE_ORDER:
            writes = [s for s in by_kind[kind] if s.action in WRITES]
            if writes:
                self._write(kind, writes)
        self._settle_touched()
        for kind in reversed(WRITE_ORDER):
            for step in by_kind[kind]:
                if step.action is Action.DELETE:
                    self._delete(step)
        for step in the_plan.of(Action.CONFLICT):
            self._conflict(step)
        self._close(the_plan)
        self.s.flush()
        self.s.expire_all()
        if self.meetings:
            settle_agendas(self.s, self.meetings)
        self._remember(the_plan)

    # rows
    def _row_id(self, step: Step) -> int | None:
        local = step.local
        if local is None or local.row_id is None:
            return None
        return local.row_id

    def _write(self, kind: Kind, steps: list[Step]) -> None:
        if kind is Kind.PLACE:
            places = []
            keys = []
            for step in steps:
                content = step.incoming.content or {}
                item_id = self.ids.get(Conv.ITEM, content.get("item"))
                if item_id is not None:
                    places.append((item_id, content))
                    keys.append(step.key)
                    self._touch_item(item_id)
            # each place as written, so the revision names it, not the settled order
            self.placed.update(zip(keys, set_places(self.s, places, self.ids), strict=True))
            return
        if kind is Kind.POSITION:
            self.s.flush()
            self.s.expire_all()
            self._positions(steps)
            return
        if kind is Kind.STANCE:
            self._stances(steps)
            return
        if kind is Kind.MEMBER:
            self._members(steps)
            return
        if kind is Kind.DOCUMENT:
            self._documents(steps)
            return
        if kind is Kind.INTEREST:
            from .interest_kind import write_interests

            write_interests(self.s, steps, self.ids)
            return
        if kind is Kind.SPEAKING:
            from .speaking_kind import write_speaking

            write_speaking(self.s, steps, self.ids)
            return
        if kind is Kind.DELIVERED:
            from .delivered_kind import write_delivered

            write_delivered(self.s, steps, self.ids, self.refused)
            return
        new = [(s.key, s.incoming.content or {}) for s in steps if self._row_id(s) is None]
        old = [s for s in steps if self._row_id(s) is not None]
        if new:
            insert_rows(self.s, kind, new, self.ids, self.written)
        if kind is Kind.NOTE:  # edited notes together
            edited = [(self._row_id(s), s.incoming.content or {}) for s in old]
            update_notes(self.s, cast(Any, edited), self.ids)
            old = []
        for step in old:
            row_id = self._row_id(step)
            assert row_id is not None
            update_row(self.s, kind, row_id, step.incoming.content or {}, self.ids)
        if kind is Kind.ITEM:
            extras = []
            for step in steps:
                item_id = self.ids.get(Conv.ITEM, step.key)
                if item_id is not None:
                    extras.append((item_id, step.incoming.content or {}))
                    self._touch_item(item_id)
            item_extras(self.s, extras)

    def _touch_item(self, item_id: int) -> None:
        self._touched.add(item_id)

    def _settle_touched(self) -> None:
        """The meetings of the items touched so far (one statement for all of them)."""
        if self._touched:
            t = cast(Table, AgendaItem.__table__)
            self.s.flush()  # read on the DB-API cursor (``driver_read``): no autoflush
            for part in chunks(sorted(self._touched)):
                rows = rows_in(self.s.connection(), (t.c.meeting_id,), t.c.id, part)
                self.meetings.update(r.meeting_id for r in rows if r.meeting_id is not None)
            self._touched.clear()

    def _stances(self, steps: list[Step]) -> None:
        """Stances in one read of the rows there and one insert of the new ones."""
        from .writers import columns, prefetch

        spec = SPECS[Kind.STANCE]
        contents = [step.incoming.content or {} for step in steps]
        prefetch(self.ids, spec, contents)
        rows = []
        for content in contents:
            values, _stored = columns(spec, content, self.ids)
            if values["item_id"] is None or values["delegation_id"] is None:
                continue
            rows.append(values)
        there = stance_rows(self.s, {v["item_id"] for v in rows})
        now = utcnow()
        new: dict[tuple[int, int], dict[str, Any]] = {}
        for values in rows:
            values["updated_at"] = now
            pair = (values["item_id"], values["delegation_id"])
            row_id = there.get(pair)
            if row_id is None:
                values["created_at"] = now
                new[pair] = values
            else:
                self.s.connection().execute(
                    update(spec.table).where(spec.table.c.id == row_id).values(**values)
                )
        if new:
            self.s.connection().execute(insert(spec.table), list(new.values()))

    def _members(self, steps: list[Step]) -> None:
        """One of our members going to a meeting: the row, unless it is there already
        (the same member added on both sides), or unless the person is at another meeting
        at that time (the week window's rule): then it is refused and named, never written
        (so never remembered: the next import names it again until someone settles it)."""
        from ...domain.models import Person
        from ..week_service import double_booking

        table = SPECS[Kind.MEMBER].table
        self.s.flush()
        self.s.expire_all()  # meetings' times as this import wrote them
        for step in steps:
            content = step.incoming.content or {}
            meeting = self.ids.get(Conv.MEETING, content.get("meeting"))
            person = self.ids.get(Conv.PERSON, content.get("person"))
            if meeting is None or person is None:
                continue
            there = self.s.scalar(
                select(table.c.id).where(table.c.meeting_id == meeting, table.c.person_id == person)
            )
            if there is not None:
                continue
            m, p = self.s.get(Meeting, meeting), self.s.get(Person, person)
            clash = double_booking(self.s, m, [p]) if m is not None and p is not None else None
            if clash is not None and m is not None:
                self.refused[step.key] = str(
                    Message(
                        "{clash}: not added to {meeting} from {origin} (one person cannot be "
                        "at two meetings at once). Change who goes to one of them, then bring "
                        "it back or import it again.",
                        clash=clash.text(),
                        meeting=m.short_title or m.title,
                        origin=self.options.origin,
                    )
                )
                continue
            self.s.connection().execute(insert(table), {"meeting_id": meeting, "person_id": person})

    def _documents(self, steps: list[Step]) -> None:
        """A meeting's document: its row and its file (checked against its SHA-256 when the
        payload was read), or its title, symbol and item when only those changed."""
        from ...domain.models import DocumentFile
        from .writers import columns

        spec = SPECS[Kind.DOCUMENT]
        for step in steps:
            content = step.incoming.content or {}
            values, _stored = columns(spec, content, self.ids)
            if values["meeting_id"] is None:
                continue
            values["updated_at"] = utcnow()
            row_id = self._row_id(step)
            if row_id is None:
                row_id = self.s.scalar(
                    select(spec.table.c.id).where(
                        spec.table.c.meeting_id == values["meeting_id"],
                        spec.table.c.sha256 == values["sha256"],
                    )
                )
            if row_id is not None:
                self.s.connection().execute(
                    update(spec.table).where(spec.table.c.id == row_id).values(**values)
                )
                continue
            data = self.payload.files.get(str(values["sha256"]))
            if data is None:
                continue
            values["created_at"] = values["updated_at"]
            new_id = (
                self.s.connection()
                .execute(insert(spec.table).values(**values))
                .inserted_primary_key
            )
            assert new_id is not None
            self.s.connection().execute(
                insert(DocumentFile), {"document_id": new_id[0], "data": data}
            )

    def _positions(self, steps: list[Step]) -> None:
        """The briefs, written together (``brief_writer.write_positions``); a brief merged
        section by section says so in its history."""
        briefs = []
        comments = []
        authors = []  # who wrote each (brief_history): a merged one is the importer's
        held = []  # each as held here: an approval alone is no new version (brief_writer)
        carried = []  # a trip's: the versions it brings (brief_history)
        for step in steps:
            content = step.incoming.content or {}
            item_id = self.ids.get(Conv.ITEM, content.get("item"))
            if item_id is not None:
                briefs.append((item_id, content, self.options.approval_stands(step.incoming)))
                mine = step.local.content if step.local is not None else None
                held.append(mine)
                # merged, or only its status new: a version of the import's, not a copy
                # of the last one under its author and time (review s33 R2)
                merged = step.action is Action.MERGE or bool(mine and same_text(content, mine))
                authors.append(author_of({} if merged else self.payload.authors,
                                         content.get("item"), self.options.saved_by))  # fmt: skip
                comments.append(self._comment(step, item_id, content))
                carried.append(self._carried(step, content, mine))
        if briefs:
            write_positions(self.s, briefs, self.ids, authors, comments, self.payload.history,
                            held, carried, self.options.origin)  # fmt: skip

    def _comment(self, step: Step, item_id: int, content: dict[str, Any]) -> str:
        """A brief's new version's comment: a merge names what came from whom; else the
        comment it came with (a trip's), or where it came from."""
        item, origin = content.get("item"), self.options.origin
        if step.action is Action.MERGE and step.merge is not None:
            there = author_of(self.payload.authors, item, "")[0]
            mine = held_author(self.s, item_id)
            return merge_comment(origin, step.merge, mine, there, self.options.merged_words)
        return (comment_of(self.payload.authors, item) or f"from {origin}")[:300]

    def _carried(self, step: Step, content: dict[str, Any], mine: Any) -> list[dict[str, Any]]:
        """The versions a trip's brief brings (``carried_versions``, review s33 R13)."""
        if not self.options.events or mine is None:
            return []
        nfd = None if self.payload.audience == "hod" else mine["brief"].get("background_nfd")
        sent = None  # merged: their version as it came, a version of its own here
        if step.action is Action.MERGE:
            sent = next((r.content for r in self.payload.records if r.key == step.key), None)
        return carried_versions(self.payload.history, self.payload.authors, content,
                                current=sent, keep_nfd=nfd)  # fmt: skip

    def _delete(self, step: Step) -> None:
        local = step.local
        if local is None or local.row_id is None:
            return
        if step.kind is Kind.DELIVERED:  # the point stays, unticked
            from .delivered_kind import undeliver

            undeliver(self.s, local.row_id)
            return
        if step.kind is Kind.ITEM:  # its meeting, read before the row goes
            self._touch_item(local.row_id)
            self._settle_touched()
        delete_row(self.s, step.kind, local.row_id)

    # conflicts
    def _conflict(self, step: Step) -> None:
        local = step.local
        assert local is not None
        theirs = step.incoming
        row = {
            "key": step.key,
            "kind": step.kind.value,
            "scope": theirs.scope,
            "label": label(step.kind, theirs.content, {})[:500],
            "local_rev": local.state.rev,
            "local_content": canonical_json(local.content) if local.content is not None else "",
            "their_rev": theirs.rev,
            "their_gen": theirs.gen,
            "their_content": canonical_json(theirs.content) if theirs.content is not None else "",
            "their_ancestry": " ".join(theirs.ancestry),
            "their_origin": self.options.origin[:300],
            "found_at": utcnow(),
            "resolution": "",
            "resolved_by": "",
        }
        if step.conflict_id is not None:
            self.s.execute(
                update(SyncConflict).where(SyncConflict.id == step.conflict_id).values(**row)
            )
        else:
            self.s.execute(insert(SyncConflict).values(**row))
        if step.kind is Kind.POSITION and local.row_id is not None:
            reopen_position(
                self.s,
                local.row_id,
                self.options.saved_by,
                f"approval withdrawn: edited elsewhere ({self.options.origin})"[:300],
            )

    def _close(self, the_plan: Plan) -> None:
        ids = [c for s in the_plan.steps for c in s.closes]
        if ids:
            self.s.execute(
                update(SyncConflict)
                .where(SyncConflict.id.in_(ids), SyncConflict.resolved_at.is_(None))
                .values(
                    resolved_at=utcnow(),
                    resolution="settled elsewhere",
                    resolved_by=self.options.origin[:200],
                )
            )

    # revisions
    def _remember(self, the_plan: Plan) -> None:
        """The revisions this store now holds, each with the content it actually holds
        (read back: a link it could not keep, an approval not signed)."""
        steps = [s for s in the_plan.steps if s.action is not Action.CONFLICT]
        written = {s.key for s in steps if s.action in WRITES}
        actual: dict[str, Current] = {}
        if written:
            meeting_ids = sorted(self.meetings | self._meetings_of(steps))
            # the kinds whose every written record is known as written are not read back
            skip = AS_WRITTEN - {
                s.kind for s in steps if s.key in written and s.key not in self.written
            }
            # only the written keys' kinds: each kind reads apart; an event, a meeting or a
            # person written (read by UUID too, and people named by any kind): all, as ever
            kinds = {s.kind for s in steps if s.key in written}
            every = bool(kinds & set(UUID_KINDS))
            wanted = (ALL_KINDS if every else frozenset(kinds)) - skip
            actual = read_scope(self.s, Scope(tuple(meeting_ids), wanted, people=every))
            if every:
                read_by_uuid(self.s, self.payload, actual)
            for step in steps:
                known = self.written.get(step.key)
                # as a read of the scope finds it: a new note of a meeting read here
                if step.kind in skip and known is not None:
                    home = actual.get(str(known.get("meeting")))
                    if home is not None and home.kind is Kind.MEETING:
                        actual[step.key] = Current(step.key, step.kind, home.key, known, None)
        keys = [s.key for s in steps]
        rows = self.held if self.all_held else recorded(self.s, keys=keys)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        briefs: list[tuple[str, str, Any]] = []
        for step in steps:
            state = step.state
            if step.key in written:
                cur = actual.get(step.key)
                if cur is None:
                    continue  # not written after all (nothing to hold it): not remembered
                # the hash of what came in when it is held as it came (the usual case)
                chash = hash_as(self.placed.get(step.key, cur.content), step.incoming.hashed)
                state = RevState(state.rev, state.gen, state.ancestry, chash)
            scope = step.incoming.scope
            (updates if step.key in rows else inserts).append(
                values(step.key, step.kind, scope, state)
            )
            if step.kind in BASED:  # its content at this revision: a later base
                held = actual.get(step.key) if step.key in written else step.local
                if held is not None and content_hash(held.content) == state.content_hash:
                    briefs.append((step.key, state.rev, held.content))
        write(self.s, inserts, updates)
        keep(self.s, briefs)

    def _meetings_of(self, steps: list[Step]) -> set[int]:
        uuids = {s.incoming.scope for s in steps} | {s.key for s in steps if s.kind is Kind.MEETING}
        t, conn = cast(Table, Meeting.__table__), self.s.connection()
        return {
            r.id for part in chunks(sorted(uuids)) for r in rows_in(conn, (t.c.id,), t.c.uuid, part)
        }
