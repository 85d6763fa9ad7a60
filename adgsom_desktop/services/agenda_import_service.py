"""Writing a circulated agenda into a meeting: its items (a revision of the stored
agenda, or added after it), its programme rows, and the meeting's facts from its
header.  One method, one user action, one transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from sqlalchemy import select

from ..domain.models import AgendaItem, Meeting
from ..errors import NotFoundError, ValidationError
from .agenda_header import AgendaHeader, HeaderDifference, differences
from .agenda_import import with_numbers
from .agenda_import_writes import clean_numbers, import_rows, revise_rows, write_programme
from .agenda_queries import items_by_meeting, renumber
from .agenda_records import AddedItems, ImportedItem, ImportMode, ImportPreview
from .agenda_revision import RevisionPlan, check_revision, plan_revision
from .agenda_writes import get_item, get_meeting
from .changes import Change, ChangeKind
from .context import ServiceContext
from .event_service import EventService
from .item_snapshot import ItemsSnapshot, restore_snapshot, snapshot_items
from .structure_fields import MeetingFields


class AgendaImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def plan(self, meeting_id: int, items: ImportPreview | Sequence[ImportedItem]) -> RevisionPlan:
        """How a revised agenda would update the stored one (nothing is written)."""
        rows = items.items if isinstance(items, ImportPreview) else tuple(items)
        with self._ctx.read() as s:
            get_meeting(s, meeting_id)
            stored = items_by_meeting(s, [meeting_id]).get(meeting_id, [])
        return plan_revision(stored, rows)

    def header_differences(
        self, meeting_id: int, header: AgendaHeader
    ) -> tuple[HeaderDifference, ...]:
        return differences(header, EventService(self._ctx).meeting(meeting_id))

    def update_meeting(
        self, meeting_id: int, header: AgendaHeader, fields: Collection[str] | None = None
    ) -> tuple[HeaderDifference, ...]:
        """Take the header's title, venue and dates into the meeting (all that differ, or
        the ``fields`` named); returns what was changed."""
        events = EventService(self._ctx)
        meeting = events.meeting(meeting_id)
        diffs = [d for d in differences(header, meeting) if fields is None or d.field in fields]
        if not diffs:
            return ()
        chosen = {d.field for d in diffs}
        before = MeetingFields.of(meeting)
        taken = replace(
            before,
            title=header.title if "title" in chosen else before.title,
            date=header.start if "dates" in chosen else before.date,
            end_date=header.end if "dates" in chosen else before.end_date,
            venue=header.place if "venue" in chosen else before.venue,
        )
        events.put_meeting(taken, meeting.id)
        return tuple(diffs)

    def write(
        self,
        meeting_id: int,
        items: ImportPreview | Sequence[ImportedItem],
        *,
        mode: ImportMode = ImportMode.UPDATE,
        delete_ids: Collection[int] = (),
        parent_id: int | None = None,
    ) -> AddedItems:
        """Write the chosen rows (all or nothing).

        Into an empty agenda, or under ``parent_id``, the rows are added.  Into a
        meeting that has an agenda, ``UPDATE`` revises it (see ``revise_rows``;
        dropped items in ``delete_ids`` are deleted, the others kept) and
        ``APPEND`` adds the rows after it, numbered from the structure.
        """
        rows = items.items if isinstance(items, ImportPreview) else tuple(items)
        if not any(r.include for r in rows):
            raise ValidationError("There is nothing to import: no line was chosen.")
        mode = ImportMode(mode)
        with self._ctx.write() as s:
            get_meeting(s, meeting_id)
            if parent_id is not None and get_item(s, parent_id).meeting_id != meeting_id:
                raise ValidationError("The parent item is not on this agenda.", "parent")
            roots = list(
                s.scalars(
                    select(AgendaItem.id).where(
                        AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None)
                    )
                )
            )
            revising = bool(roots) and parent_id is None and mode is ImportMode.UPDATE
            before = None
            deleted = 0
            if revising:
                stored = items_by_meeting(s, [meeting_id]).get(meeting_id, [])
                plan = plan_revision(stored, rows)
                check_revision(plan, rows)
                before = snapshot_items(s, roots, meeting_id)
                deleted = len({d.id for d in plan.dropped} & set(delete_ids))
                new_roots, added, updated, notes = revise_rows(
                    s, meeting_id, rows, plan, delete_ids
                )
            else:
                if roots and mode is ImportMode.APPEND:
                    rows = with_numbers(ImportPreview("", tuple(rows)), keep=False).items
                new_roots, added, notes = import_rows(s, meeting_id, parent_id, rows)
                updated = []
            touched = [i.id for i in (*added, *updated)]
            notes += clean_numbers(s, meeting_id, touched)
            programme = write_programme(s, meeting_id, rows, revising=revising)
            renumber(s, meeting_id)
            what = f"{len(added)} new agenda items"
            if revising:
                what += f", {len(updated)} updated, {deleted} deleted"
            self._ctx.audit(s, "import", "meeting", meeting_id, f"{what}, {programme} programme")
            result = AddedItems(
                meeting_id,
                tuple(r.id for r in new_roots),
                tuple(a.id for a in added),
                0,
                tuple(notes),
                tuple(u.id for u in updated),
                deleted,
                programme,
                before,
            )
            self._ctx.publish(
                Change(
                    ChangeKind.AGENDA,
                    frozenset(result.item_ids + result.updated_ids),
                    meeting_id=meeting_id,
                ),
                Change(ChangeKind.PROGRAMME, frozenset(), meeting_id=meeting_id),
            )
        return result

    def swap_agenda(self, snapshot: ItemsSnapshot) -> ItemsSnapshot:
        """Put back a whole agenda kept before a revision (undo); returns the agenda it
        replaced (redo swaps that back)."""
        meeting_id = snapshot.meeting_id
        with self._ctx.write() as s:
            if s.get(Meeting, meeting_id) is None:
                raise NotFoundError("The meeting of this agenda no longer exists.")
            roots = list(
                s.scalars(
                    select(AgendaItem).where(
                        AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id.is_(None)
                    )
                )
            )
            current = snapshot_items(s, [r.id for r in roots], meeting_id)
            for r in roots:
                s.delete(r)
            s.flush()
            restore_snapshot(s, snapshot)
            renumber(s, meeting_id)
            self._ctx.audit(s, "restore", "meeting", meeting_id, "agenda before the import")
            self._ctx.publish(
                Change(ChangeKind.AGENDA, frozenset(), meeting_id=meeting_id),
                Change(ChangeKind.POSITIONS, frozenset(), meeting_id=meeting_id),
                Change(ChangeKind.STANCES, frozenset(), meeting_id=meeting_id),
            )
        return current
