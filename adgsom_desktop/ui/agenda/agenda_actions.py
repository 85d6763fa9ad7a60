"""The agenda builder's actions: add, delete, indent and outdent, reorder (keys and
drag and drop), copy an agenda from an earlier meeting and import one.

Each action saves the form first, is one undo step (Ctrl+Z) and shows the
agenda again with the moved, added or neighbouring item selected.  The tree's
own keys (Tab / Shift+Tab indent and outdent, Enter opens the item) are
``AgendaTree``.

``AgendaActions`` is a part of ``agenda_builder.AgendaBuilder``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QTreeView, QWidget

from ...errors import AppError
from ...services.agenda_records import AddedItems
from ..common import confirm
from ..common.errors import show_error

if TYPE_CHECKING:
    from ...services.container import Services
    from ..common.undo import UndoHub
    from .agenda_item_form import ItemForm
    from .agenda_model import AgendaModel
    from .agenda_presenter import AgendaPresenter

    _Base = QWidget
else:
    _Base = object


class AgendaTree(QTreeView):
    """Tab and Shift+Tab indent and outdent (as in an outliner); Enter opens the item."""

    indent = Signal()
    outdent = Signal()
    open_item = Signal()

    def event(self, e: QEvent) -> bool:
        # Tab would move the focus before keyPressEvent sees it.
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if e.key() == Qt.Key.Key_Tab and e.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.indent.emit()
                return True
            if e.key() == Qt.Key.Key_Backtab:
                self.outdent.emit()
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.modifiers():
            self.open_item.emit()
            return
        super().keyPressEvent(e)


class AgendaActions(_Base):
    """The structure, copy and import actions of ``AgendaBuilder``."""

    # Set by AgendaBuilder.
    presenter: AgendaPresenter
    services: Services
    hub: UndoHub
    model: AgendaModel
    tree: AgendaTree
    form: ItemForm

    if TYPE_CHECKING:  # from AgendaBuilder

        @property
        def meeting_id(self) -> int | None: ...

        @property
        def current_id(self) -> int | None: ...

        @current_id.setter
        def current_id(self, item_id: int | None) -> None: ...

        def flush(self) -> bool: ...

        def reload(self, select_id: int | None = None) -> None: ...

    # -- structure ----------------------------------------------------------------------------
    def add_item(self, sub: bool = False) -> None:
        if self.meeting_id is None:
            return
        self.flush()
        parent_id, after_id = None, None
        if self.current_id is not None:
            rec = self.model.record(self.model.index_for(self.current_id))
            if sub:
                parent_id = self.current_id
            elif rec is not None:
                parent_id, after_id = rec.parent_id, rec.id
        try:
            rec = self.presenter.add_item(self.tr("New item"), parent_id, after_id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload(select_id=rec.id)
        self.form.title.setFocus()
        self.form.title.selectAll()

    def delete_current(self) -> None:
        item_id = self.current_id
        if item_id is None:
            return
        self.flush()
        rec = self.model.record(self.model.index_for(item_id))
        if rec is None:
            return
        subs = self.presenter.subitems(item_id)
        if subs or rec.position_status is not None:
            what = []
            if subs:
                what.append(self.tr("%s sub-item(s)") % subs)
            if rec.position_status is not None:
                what.append(self.tr("its position and history"))
            if not confirm.ask(
                self,
                self.tr("Delete agenda item"),
                self.tr("Delete %s with %s? You can undo this with Ctrl+Z.")
                % (rec.label, self.tr(" and ").join(what)),
                self.tr("Delete"),
            ):
                return
        siblings = [r for r in self.model.records() if r.parent_id == rec.parent_id]
        at = [r.id for r in siblings].index(item_id)
        neighbour = siblings[at + 1] if at + 1 < len(siblings) else siblings[at - 1] if at else None
        try:
            self.presenter.delete(item_id, rec.title)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload(select_id=neighbour.id if neighbour else rec.parent_id)

    def _structure(self, text: str, move: Callable[[str, int], Any]) -> None:
        """Indent, outdent, up, down or a drop: the presenter's ``move`` (one operation,
        one undo step), then the tree shows it."""
        item_id = self.current_id
        if item_id is None:
            return
        self.flush()
        try:
            move(text, item_id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload(select_id=item_id)
        self.tree.setFocus()

    def indent(self) -> None:
        self._structure(self.tr("Indent item"), self.presenter.indent)

    def outdent(self) -> None:
        self._structure(self.tr("Outdent item"), self.presenter.outdent)

    def move_by(self, step: int) -> None:
        self._structure(
            self.tr("Move item up") if step < 0 else self.tr("Move item down"),
            lambda text, i: self.presenter.move_by(text, i, step),
        )

    def move_item(self, item_id: int, parent_id: int | None, index: int) -> None:
        """A drop in the tree."""
        self.current_id = item_id
        self._structure(
            self.tr("Move item"),
            lambda text, i: self.presenter.move_to(text, i, parent_id, index),
        )

    # -- copy and import ----------------------------------------------------------------------
    def record_added_items(self, text: str, added: AddedItems) -> None:
        agenda, hub = self.services.agenda, self.hub
        if added.before is not None:  # a revised agenda updated the stored one: swap back
            imports = self.services.agenda_imports
            state: dict[str, Any] = {"agenda": added.before}

            def swap() -> None:
                state["agenda"] = imports.swap_agenda(state["agenda"])

            hub.push_done(text, swap, swap)
            self.reload()
            return
        self.presenter.push_added(
            text, lambda: agenda.delete_items([hub.rid(i) for i in added.root_ids])
        )
        self.reload(select_id=added.root_ids[0] if added.root_ids else None)

    def copy_from(self) -> None:
        from .agenda_copy_dialog import AgendaCopyDialog

        self._add_from(AgendaCopyDialog, self.tr("Copy agenda"))

    def import_agenda(self) -> None:
        from .agenda_import_dialog import AgendaImportDialog

        self._add_from(AgendaImportDialog, self.tr("Import agenda"))

    def _add_from(self, dialog_class: Any, text: str) -> None:
        """Copy or import: the dialog adds the items, this makes them one undo step."""
        if self.meeting_id is None:
            return
        self.flush()
        dlg = dialog_class(self.services, self.meeting_id, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_items is None:
            return
        self.record_added_items(text, dlg.result_items)
