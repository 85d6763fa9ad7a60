"""The agenda builder's presenter: the meeting's items, the item in the form, saving it,
and the structure actions (add, delete, indent, outdent, move).

No Qt here (an import-linter contract says so): ``AgendaBuilder`` shows the
tree and the form and forwards what the user does.  Every write goes through
the operation runner: the form's autosave is handed over and acknowledged when
committed (``listener.form_saved`` / ``form_refused``); a structure action runs after
the pending save and answers with the item to select (``run``).  Each write is
one undo step.  Changes this presenter made are its own echo (``origin``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ...errors import NotFoundError
from ...services.agenda_records import ItemFields, ItemMoved
from ...services.changes import Change, ChangeKind, new_origin
from ...services.item_tags import normalise_tags, split_tags
from ...services.records import AgendaItemRec
from ...services.runner import Runner, Ticket

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.item_snapshot import ItemsSnapshot

Saved = tuple[ItemFields, tuple[str, ...]]  # an item's fields and tags as the store holds them


@dataclass(frozen=True)
class FormDraft:
    """The form's values for an item, and what the store held when it was loaded."""

    item_id: int
    fields: ItemFields
    tags_text: str
    before: Saved


@dataclass(frozen=True)
class Loaded:
    item: AgendaItemRec
    fields: ItemFields


class UndoSink(Protocol):
    def push_write(self, text: str, redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        """An undo step whose undo and redo are writes (run on the runner)."""

    def rid(self, item_id: int) -> int: ...

    def resolve(self, item_id: int | None) -> int | None: ...

    def remap(self, mapping: dict[int, int]) -> None: ...


class Listener(Protocol):
    def form_saved(self, item_id: int) -> None: ...

    def form_refused(self, draft: FormDraft, error: BaseException, shown: bool) -> None: ...


class AgendaPresenter:
    def __init__(
        self,
        services: Services,
        runner: Runner,
        undo: UndoSink,
        listener: Listener,
        tr: Callable[[str], str] = lambda s: s,
    ) -> None:
        self.services = services
        self.runner = runner
        self.undo = undo
        self.listener = listener
        self.tr = tr
        self.origin = new_origin("agenda-builder")
        self.meeting_id: int | None = None
        self.current_id: int | None = None
        self.loaded: Saved | None = None  # the shown item as the store holds it
        self._saving: Ticket[Any] | None = None
        self._in_flight: FormDraft | None = None
        self._queue: list[FormDraft] = []  # saves asked for while one was in flight

    # -- showing ------------------------------------------------------------------------
    def items(self) -> list[AgendaItemRec]:
        if self.meeting_id is None:
            return []
        try:
            return self.services.agenda.items(self.meeting_id)
        except NotFoundError:
            return []

    def load(self, item_id: int | None) -> Loaded | None:
        """The item for the form (None: no item, or it no longer exists)."""
        self.current_id = item_id
        self.loaded = None
        if item_id is None:
            return None
        try:
            fields = self.services.agenda.fields(item_id)
            rec = self.services.agenda.item(item_id)
        except NotFoundError:
            return None
        for pending in [*reversed(self._queue), self._in_flight]:  # typed, not committed yet
            if pending is not None and pending.item_id == item_id:
                self.loaded = pending.before
                return Loaded(rec, pending.fields)
        self.loaded = (fields, rec.tags)
        return Loaded(rec, fields)

    @property
    def saving(self) -> bool:
        return self._saving is not None

    # -- the form's autosave ------------------------------------------------------------
    def save(self, fields: ItemFields, tags_text: str) -> Ticket[Any] | None:
        """Save the shown item's form; None when nothing changed.  Raises a
        ``ValidationError`` at once for tags the store never takes."""
        if self.current_id is None or self.loaded is None:
            return None
        self.services.agenda.check(fields)  # what the store never takes is said at once
        normalise_tags(split_tags(tags_text))
        draft = FormDraft(self.current_id, fields, tags_text, self.loaded)
        return self.save_draft(draft)

    def save_draft(self, draft: FormDraft) -> Ticket[Any] | None:
        """One save in flight at a time: one asked for meanwhile waits its turn, and is
        then written from what the store holds by then (its own undo step)."""
        tags = normalise_tags(split_tags(draft.tags_text))
        if draft.item_id == self.current_id:
            self.loaded = (draft.fields, tags)  # what the next save compares with
        if self._saving is not None:
            self._queue.append(draft)
            return self._saving
        if (draft.fields, tags) == draft.before:
            return None
        return self._submit(draft)

    def _submit(self, draft: FormDraft) -> Ticket[Any]:
        agenda, undo = self.services.agenda, self.undo
        item_id = draft.item_id
        after = (draft.fields, normalise_tags(split_tags(draft.tags_text)))
        before = draft.before

        def done(_rec: AgendaItemRec) -> None:
            undo.push_write(
                self.tr("Edit item “%s”") % draft.fields.title[:40],
                lambda: agenda.set_fields(undo.rid(item_id), after[0], tags=after[1]),
                lambda: agenda.set_fields(undo.rid(item_id), before[0], tags=before[1]),
            )
            self._finished(saved=(item_id, after))
            if not any(
                d is not None and d.item_id == item_id for d in [self._in_flight, *self._queue]
            ):
                self.listener.form_saved(item_id)  # acknowledged: nothing more of it on its way

        def failed(error: BaseException) -> None:
            shown = item_id == self.current_id
            if shown:
                self.loaded = before  # the store still holds this
            self._finished(drop=item_id)
            self.listener.form_refused(draft, error, shown)

        self._in_flight = draft
        self._saving = self.runner.submit(
            lambda: agenda.set_fields(item_id, after[0], tags=after[1]),
            origin=self.origin,
            done=done,
            failed=failed,
            label="agenda item",
        )
        return self._saving

    def _finished(self, drop: int | None = None, saved: tuple[int, Saved] | None = None) -> None:
        """The save in flight is answered: the waiting ones go, each compared with what
        the store holds by then (not those of an item just refused)."""
        self._saving, self._in_flight = None, None
        waiting = [d for d in self._queue if d.item_id != drop]
        self._queue = []
        held: dict[int, Saved] = dict([saved]) if saved else {}
        for n, draft in enumerate(waiting):
            before = held.get(draft.item_id, draft.before)
            ticket = self.save_draft(
                FormDraft(draft.item_id, draft.fields, draft.tags_text, before)
            )
            if ticket is not None:
                self._queue.extend(waiting[n + 1 :])
                return

    # -- structure ------------------------------------------------------------------------
    def add_item(self, title: str, parent_id: int | None, after_id: int | None) -> AgendaItemRec:
        """Add an item (after the pending save); its undo step deletes it."""
        assert self.meeting_id is not None
        agenda, undo, meeting_id = self.services.agenda, self.undo, self.meeting_id
        rec: AgendaItemRec = self.runner.call(
            lambda: agenda.add_item(meeting_id, title, parent_id=parent_id, after_id=after_id),
            origin=self.origin,
        )
        self.push_added(self.tr("Add item"), lambda: agenda.delete_item(undo.rid(rec.id)))
        return rec

    def push_added(self, text: str, delete: Callable[[], ItemsSnapshot]) -> None:
        """Items were added: undo deletes them (``delete``), redo puts them back."""
        agenda, undo = self.services.agenda, self.undo
        state: dict[str, Any] = {}

        def undo_fn() -> None:
            state["snap"] = delete()

        def redo_fn() -> None:
            undo.remap(agenda.restore_items(state["snap"]))

        undo.push_write(text, redo_fn, undo_fn)

    def delete(self, item_id: int, title: str) -> None:
        agenda, undo = self.services.agenda, self.undo
        snap = self.runner.call(lambda: agenda.delete_item(item_id), origin=self.origin)
        state = {"snap": snap}

        def undo_fn() -> None:
            undo.remap(agenda.restore_items(state["snap"]))

        def redo_fn() -> None:
            state["snap"] = agenda.delete_item(undo.rid(item_id))

        undo.push_write(self.tr("Delete item “%s”") % title[:40], redo_fn, undo_fn)
        if self.current_id == item_id:
            self.current_id, self.loaded = None, None

    def move(self, text: str, item_id: int, write: Callable[[int], ItemMoved]) -> ItemMoved:
        """Indent, outdent, up, down or a drop: one operation, one undo step."""
        agenda, undo = self.services.agenda, self.undo
        moved = self.runner.call(lambda: write(item_id), origin=self.origin)
        before, after = moved.before, moved.after
        undo.push_write(
            text,
            lambda: agenda.move_item(undo.rid(item_id), undo.resolve(after.parent_id), after.index),
            lambda: agenda.move_item(
                undo.rid(item_id), undo.resolve(before.parent_id), before.index
            ),
        )
        return moved

    def indent(self, text: str, item_id: int) -> ItemMoved:
        return self.move(text, item_id, self.services.agenda.indent)

    def outdent(self, text: str, item_id: int) -> ItemMoved:
        return self.move(text, item_id, self.services.agenda.outdent)

    def move_by(self, text: str, item_id: int, step: int) -> ItemMoved:
        """Up (``step`` < 0) or down among its siblings."""
        agenda = self.services.agenda
        return self.move(text, item_id, lambda i: agenda.move_by(i, step))

    def move_to(self, text: str, item_id: int, parent_id: int | None, index: int) -> ItemMoved:
        """A drop in the tree: under ``parent_id`` at ``index``."""
        agenda = self.services.agenda
        return self.move(text, item_id, lambda i: agenda.move_item(i, parent_id, index))

    def subitems(self, item_id: int) -> int:
        return len(self.services.agenda.subtree_ids(item_id)) - 1

    # -- store events -------------------------------------------------------------------
    def concerns(self, change: Change) -> bool:
        if self.meeting_id is None or not change.concerns(
            ChangeKind.AGENDA, ChangeKind.POSITIONS, ChangeKind.DELEGATIONS
        ):
            return False
        return not (
            change.kind is ChangeKind.AGENDA and change.meeting_id not in (None, self.meeting_id)
        )

    def mine(self, change: Change) -> bool:
        return change.made_by(self.origin)
