"""Building a meeting's agenda: add, edit, delete, move, indent, outdent, copy, import.

Numbers follow the structure (3, 3.1, 3.1.a) unless fixed by hand; every
structural change renumbers the meeting in the same transaction.  A delete
returns a snapshot that ``restore_items`` puts back (the undo stack keeps it).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import Purpose
from ..domain.models import AgendaItem, Meeting
from ..errors import NotFoundError, ValidationError
from .agenda_queries import items_by_meeting, renumber
from .agenda_records import (
    AddedItems,
    ImportedItem,
    ImportMode,
    ImportPreview,
    ItemFields,
    ItemMoved,
    Placement,
)
from .agenda_writes import (
    check_fixed_number,
    clean_fields,
    copy_items,
    fields_of,
    get_item,
    get_meeting,
    latest_positions,
    new_draft,
    place,
    siblings,
    subtree,
    write_fields,
)
from .changes import Change, ChangeKind
from .context import ServiceContext
from .item_snapshot import ItemsSnapshot, restore_snapshot, snapshot_items
from .item_tags import known_tags, normalise_tags, resolve_tags
from .position_rows import apply_content, content_of, write_version
from .records import AgendaItemRec, DocumentRef
from .row_locks import locked


def _lock_agenda_of(s: Session, item_id: int) -> None:
    """Lock the meeting whose agenda holds ``item_id`` (before the item is read): its
    structure and numbers change by one writer at a time."""
    meeting_id = s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
    if meeting_id is not None:
        locked(s, Meeting, meeting_id)


class AgendaService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading ----------------------------------------------------------------------
    def items(self, meeting_id: int) -> list[AgendaItemRec]:
        """The meeting's items, depth-first in agenda order."""
        with self._ctx.read() as s:
            return items_by_meeting(s, [meeting_id]).get(meeting_id, [])

    def item(self, item_id: int) -> AgendaItemRec:
        with self._ctx.read() as s:
            meeting_id = s.scalar(select(AgendaItem.meeting_id).where(AgendaItem.id == item_id))
            if meeting_id is None:
                raise NotFoundError("Agenda item {item_id} no longer exists.", item_id=item_id)
            for rec in items_by_meeting(s, [meeting_id])[meeting_id]:
                if rec.id == item_id:
                    return rec
        raise NotFoundError(
            "Agenda item {item_id} no longer exists.", item_id=item_id
        )  # pragma: no cover

    def fields(self, item_id: int) -> ItemFields:
        with self._ctx.read() as s:
            return fields_of(s, get_item(s, item_id))

    def placement(self, item_id: int) -> Placement:
        with self._ctx.read() as s:
            return _placement(s, get_item(s, item_id))

    def count(self, meeting_id: int) -> int:
        with self._ctx.read() as s:
            return s.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting_id)) or 0

    def known_tags(self) -> list[tuple[str, str]]:
        with self._ctx.read() as s:
            return known_tags(s)

    # -- adding and editing -----------------------------------------------------------
    @staticmethod
    def check(fields: ItemFields) -> ItemFields:
        """The checks an item's fields pass before any write (no store needed): the GUI
        says at once what the store would refuse (an empty title)."""
        return clean_fields(fields)

    def add_item(
        self,
        meeting_id: int,
        title: str,
        *,
        parent_id: int | None = None,
        after_id: int | None = None,
        purpose: Purpose = Purpose.INFORMATION,
        lead_code: str = "",
        lead_text: str = "",
        est_minutes: int | None = None,
        description: str = "",
        fixed_number: str = "",
        documents: tuple[DocumentRef, ...] = (),
        tags: Iterable[str] = (),
    ) -> AgendaItemRec:
        """Add an item under ``parent_id``, after sibling ``after_id`` (or last)."""
        f = clean_fields(
            ItemFields(
                title,
                purpose,
                lead_code,
                lead_text,
                est_minutes,
                description,
                fixed_number,
                documents,
            )
        )
        codes = normalise_tags(tags)
        with self._ctx.write() as s:
            get_meeting(s, meeting_id)
            locked(s, Meeting, meeting_id)  # its agenda is numbered by one writer at a time
            if parent_id is not None:
                parent = s.get(AgendaItem, parent_id)
                if parent is None or parent.meeting_id != meeting_id:
                    raise ValidationError("The parent item is not on this agenda.", "parent")
            sibs = siblings(s, meeting_id, parent_id)
            ids = [x.id for x in sibs]
            index = ids.index(after_id) + 1 if after_id in ids else len(sibs)
            if f.fixed_number:
                check_fixed_number(s, meeting_id, f.fixed_number, None)
            item = AgendaItem(meeting_id=meeting_id, parent_id=parent_id, ord=len(sibs))
            s.add(item)
            write_fields(s, item, f)
            item.tags = resolve_tags(s, codes)
            s.flush()
            place(s, item, parent_id, index)
            renumber(s, meeting_id)
            self._ctx.audit(s, "create", "agenda_item", item.id, f"{item.number} {f.title}")
            rec, agenda = _after_write(s, item)
            self._ctx.publish(_agenda_change(rec, agenda))
        return rec

    def set_fields(
        self, item_id: int, fields: ItemFields, *, tags: Iterable[str] | None = None
    ) -> AgendaItemRec:
        """Replace every editable field of an item (the builder's form; undo uses it too)."""
        f = clean_fields(fields)
        codes = None if tags is None else normalise_tags(tags)
        with self._ctx.write() as s:
            _lock_agenda_of(s, item_id)
            item = get_item(s, item_id)
            if f.fixed_number and not (item.number_fixed and item.number == f.fixed_number):
                check_fixed_number(s, item.meeting_id, f.fixed_number, item.id)
            write_fields(s, item, f)
            if codes is not None:
                item.tags = resolve_tags(s, codes)
            renumber(s, item.meeting_id)
            self._ctx.audit(s, "edit", "agenda_item", item.id, f"{item.number} {f.title}")
            rec, agenda = _after_write(s, item)
            self._ctx.publish(_agenda_change(rec, agenda))
        return rec

    def set_tags(self, item_id: int, tags: Iterable[str]) -> AgendaItemRec:
        """Set the item's ADM tags ("DO3", "EA 3.2"); the tags belong to the item."""
        codes = normalise_tags(tags)
        with self._ctx.write() as s:
            item = get_item(s, item_id)
            item.tags = resolve_tags(s, codes)
            self._ctx.audit(s, "tags", "agenda_item", item.id, ", ".join(codes) or "(none)")
            rec, agenda = _after_write(s, item)
            self._ctx.publish(_agenda_change(rec, agenda))
        return rec

    # -- structure --------------------------------------------------------------------
    def move_item(self, item_id: int, parent_id: int | None, index: int) -> ItemMoved:
        """Move an item (with its sub-items) under ``parent_id`` at ``index``."""
        return self._move(item_id, lambda s, item: (parent_id, index))

    def indent(self, item_id: int) -> ItemMoved:
        """Make the item the last sub-item of the item above it (3.2 -> 3.1.a)."""

        def target(s: Session, item: AgendaItem) -> tuple[int | None, int]:
            sibs = [x.id for x in siblings(s, item.meeting_id, item.parent_id)]
            at = sibs.index(item.id)
            if at == 0:
                raise ValidationError(
                    "This item cannot be indented: there is no item above it at the same level."
                )
            new_parent = sibs[at - 1]
            return new_parent, len(siblings(s, item.meeting_id, new_parent))

        return self._move(item_id, target)

    def outdent(self, item_id: int) -> ItemMoved:
        """Move the item up one level, right after its parent (3.1.a -> 3.2)."""

        def target(s: Session, item: AgendaItem) -> tuple[int | None, int]:
            parent = item.parent
            if parent is None:
                raise ValidationError("This item is already at the top level.")
            sibs = [x.id for x in siblings(s, item.meeting_id, parent.parent_id)]
            return parent.parent_id, sibs.index(parent.id) + 1

        return self._move(item_id, target)

    def move_by(self, item_id: int, step: int) -> ItemMoved:
        """Move up (step -1) or down (+1) among its siblings."""

        def target(s: Session, item: AgendaItem) -> tuple[int | None, int]:
            ids = [x.id for x in siblings(s, item.meeting_id, item.parent_id)]
            to = ids.index(item.id) + step
            if not 0 <= to < len(ids):
                raise ValidationError(
                    "The item is already first." if step < 0 else "The item is already last."
                )
            return item.parent_id, to

        return self._move(item_id, target)

    def _move(
        self, item_id: int, target: Callable[[Session, AgendaItem], tuple[int | None, int]]
    ) -> ItemMoved:
        """Move an item where ``target`` says, read in the same transaction."""
        with self._ctx.write() as s:
            _lock_agenda_of(s, item_id)
            item = get_item(s, item_id)
            before = _placement(s, item)
            parent_id, index = target(s, item)
            place(s, item, parent_id, index)
            renumber(s, item.meeting_id)
            self._ctx.audit(s, "move", "agenda_item", item.id, f"to {item.number}")
            rec, agenda = _after_write(s, item)
            after = _placement(s, item)
            self._ctx.publish(_agenda_change(rec, agenda))
        return ItemMoved(rec, before, after)

    # -- deleting and putting back -----------------------------------------------------
    def delete_item(self, item_id: int) -> ItemsSnapshot:
        """Delete an item with its sub-items, position, stances and outcomes.

        Returns what was removed; ``restore_items`` puts it back (undo).
        """
        return self.delete_items([item_id])

    def delete_items(self, item_ids: Sequence[int]) -> ItemsSnapshot:
        with self._ctx.write() as s:
            for item_id in dict.fromkeys(item_ids):
                _lock_agenda_of(s, item_id)
            items = [get_item(s, i) for i in dict.fromkeys(item_ids)]
            meeting_ids = {i.meeting_id for i in items}
            if len(meeting_ids) != 1:
                raise ValidationError("Delete items of one agenda at a time.")
            meeting_id = meeting_ids.pop()
            # Items under another deleted item go with it.
            chosen = {i.id for i in items}
            roots = []
            for i in items:
                anc = i.parent
                while anc is not None and anc.id not in chosen:
                    anc = anc.parent
                if anc is None:
                    roots.append(i)
            snap = snapshot_items(s, [i.id for i in roots], meeting_id)
            for i in roots:
                self._ctx.audit(s, "delete", "agenda_item", i.id, f"{i.number} {i.title}")
                s.delete(i)
            s.flush()
            renumber(s, meeting_id)
            self._ctx.publish(
                Change(ChangeKind.AGENDA, frozenset(snap.root_ids), meeting_id=meeting_id)
            )
        return snap

    def restore_items(self, snapshot: ItemsSnapshot) -> dict[int, int]:
        """Put deleted items back; returns {old item id: new id} for ids that changed."""
        with self._ctx.write() as s:
            if locked(s, Meeting, snapshot.meeting_id) is None:
                raise NotFoundError("The meeting of these items no longer exists.")
            remap = restore_snapshot(s, snapshot)
            items = remap.get("agenda_item", {})
            ids = [items.get(i, i) for i in snapshot.root_ids]
            # Back at the place each had (ahead of items added there since).
            for i in ids:
                item = get_item(s, i)
                s.refresh(item)
                place(s, item, item.parent_id, item.ord)
            renumber(s, snapshot.meeting_id)
            for i in ids:
                item = get_item(s, i)
                self._ctx.audit(s, "restore", "agenda_item", i, f"{item.number} {item.title}")
            self._ctx.publish(
                Change(ChangeKind.AGENDA, frozenset(ids), meeting_id=snapshot.meeting_id),
                Change(ChangeKind.POSITIONS, frozenset(), meeting_id=snapshot.meeting_id),
                Change(ChangeKind.STANCES, frozenset(), meeting_id=snapshot.meeting_id),
            )
        return items

    # -- copying and importing --------------------------------------------------------
    def copy_agenda(
        self,
        source_meeting_id: int,
        target_meeting_id: int,
        *,
        with_positions: bool = False,
        item_ids: Collection[int] | None = None,
        parent_id: int | None = None,
    ) -> AddedItems:
        """Copy an agenda (or the chosen items) from another meeting, after the items there.

        Each copy remembers its source (continuity); with ``with_positions`` the
        latest brief on each source item becomes a new draft on its copy.
        """
        if source_meeting_id == target_meeting_id:
            raise ValidationError("Choose another meeting to copy the agenda from.")
        with self._ctx.write() as s:
            source = get_meeting(s, source_meeting_id)
            get_meeting(s, target_meeting_id)
            locked(s, Meeting, target_meeting_id)
            if parent_id is not None and get_item(s, parent_id).meeting_id != target_meeting_id:
                raise ValidationError("The parent item is not on this agenda.", "parent")
            recs = items_by_meeting(s, [source_meeting_id]).get(source_meeting_id, [])
            ordered = [get_item(s, r.id) for r in recs]
            if item_ids is not None and not set(item_ids) & {i.id for i in ordered}:
                raise ValidationError("Choose at least one item to copy.")
            if not ordered:
                raise ValidationError("That meeting has no agenda to copy.")
            roots, pairs, notes = copy_items(s, ordered, target_meeting_id, parent_id, item_ids)
            positions = 0
            if with_positions:
                label = source.short_title or source.title
                found = latest_positions(s, [old.id for old, _new in pairs])
                for old, new in pairs:
                    p_old = found.get(old.id)
                    if p_old is None or p_old.version_no == 0:
                        continue
                    content = content_of(s, p_old)
                    p_new = new_draft(new.id)
                    s.add(p_new)
                    s.flush()
                    apply_content(s, p_new, content)
                    write_version(
                        s,
                        p_new,
                        self._ctx.actor,
                        f"copied from {label}, item {old.number} (v{p_old.version_no})",
                    )
                    positions += 1
            renumber(s, target_meeting_id)
            self._ctx.audit(
                s,
                "copy",
                "meeting",
                target_meeting_id,
                f"{len(pairs)} items from meeting {source_meeting_id}"
                + (f" with {positions} positions" if with_positions else ""),
            )
            result = AddedItems(
                target_meeting_id,
                tuple(r.id for r in roots),
                tuple(new.id for _old, new in pairs),
                positions,
                tuple(notes),
            )
            self._ctx.publish(
                Change(ChangeKind.AGENDA, frozenset(result.item_ids), meeting_id=target_meeting_id),
                Change(ChangeKind.POSITIONS, frozenset(), meeting_id=target_meeting_id),
            )
        return result

    def import_items(
        self,
        meeting_id: int,
        items: ImportPreview | Sequence[ImportedItem],
        *,
        parent_id: int | None = None,
        mode: ImportMode = ImportMode.UPDATE,
        delete_ids: Collection[int] = (),
    ) -> AddedItems:
        """Write the rows of an import preview (see ``AgendaImportService.write``)."""
        from .agenda_import_service import AgendaImportService

        return AgendaImportService(self._ctx).write(
            meeting_id, items, mode=mode, delete_ids=delete_ids, parent_id=parent_id
        )

    def subtree_ids(self, item_id: int) -> list[int]:
        with self._ctx.read() as s:
            return [i.id for i in subtree(get_item(s, item_id))]


def _placement(session: Session, item: AgendaItem) -> Placement:
    session.flush()
    ids = [x.id for x in siblings(session, item.meeting_id, item.parent_id)]
    return Placement(item.parent_id, ids.index(item.id))


def _after_write(session: Session, item: AgendaItem) -> tuple[AgendaItemRec, list[AgendaItemRec]]:
    """The written item's record and its meeting's agenda as they now stand (same txn)."""
    session.flush()
    agenda = items_by_meeting(session, [item.meeting_id]).get(item.meeting_id, [])
    rec = next(r for r in agenda if r.id == item.id)
    return rec, agenda


def _agenda_change(rec: AgendaItemRec, agenda: list[AgendaItemRec]) -> Change:
    """One item written; the records are the whole agenda (its numbers may have moved)."""
    return Change(
        ChangeKind.AGENDA,
        frozenset({rec.id}),
        meeting_id=rec.meeting_id,
        item_id=rec.id,
        records=tuple(agenda),
    )
