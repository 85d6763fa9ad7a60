"""The agenda builder (a meeting tab): the agenda as a tree, and a form for the chosen item.

Add, edit, delete, indent and outdent, reorder by drag and drop or with the
keyboard (Alt+arrows; Tab / Shift+Tab in the tree), copy an agenda from an
earlier meeting, import one as circulated.  Numbers follow the structure
unless fixed by hand.  Every change is saved at once (the form autosaves) and
can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z, Ctrl+Y).

A form the store refuses for want of space (or a read-only medium, a busy
store) keeps its text, says why above the form and is saved again by itself;
moving to another item keeps that draft and shows it again on return.  A value
the store can never take (an empty title) is said in a message when leaving
the item, and the stored item is shown again.

This module is the builder widget (layout, showing, the form's autosave); its
actions (add, delete, indent, reorder by key or drop, copy, import) and the
tree's keys are ``agenda_actions.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError, describe_failure
from ...services.changes import Change, ChangeKind
from ..common import a11y
from ..common.autosave import Autosaver
from ..common.errors import show_error
from ..common.runner import runner_for
from ..common.save_state import SaveState, SaveStateLabel
from ..common.undo import hub_for
from .agenda_actions import AgendaActions, AgendaTree
from .agenda_item_form import ItemForm
from .agenda_model import COL_TITLE, ID_ROLE, AgendaModel, minutes_label
from .agenda_presenter import AgendaPresenter, FormDraft

if TYPE_CHECKING:
    from ...services.container import Services


class AgendaBuilder(AgendaActions, QWidget):
    """The builder: the tree and the item form, showing a meeting's agenda, saving the form.

    The structure, copy and import actions are ``agenda_actions.AgendaActions``.
    """

    navigate = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub_for(services)
        self.runner = runner_for(services)
        self.presenter = AgendaPresenter(services, self.runner, self.hub, self, self.tr)

        self.model = AgendaModel(self)
        self.model.move_requested.connect(self.move_item)
        self.tree = AgendaTree(self)
        a11y.name(
            self.tree,
            self.tr("Agenda"),
            self.tr("The meeting's agenda items; Alt+Up and Alt+Down move the selected one"),
        )
        self.tree.setObjectName("agendaTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(lambda _i: self.open_current())
        self.tree.indent.connect(self.indent)
        self.tree.outdent.connect(self.outdent)
        self.tree.open_item.connect(self.open_current)

        self.form = ItemForm(self)
        self.form.edited.connect(self._on_form_edited)
        self.state = SaveState(
            self,
            retry=self._retry,
            others=(self.tr("other agenda item"), self.tr("other agenda items")),
        )
        self.save_label = SaveStateLabel(self.state, self)
        self.save_label.setObjectName("agendaSaveState")
        self.autosave = Autosaver(self._save_form, self.state, self)
        self.autosave.flush_on_focus_leaving(self.form)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("agendaToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_add = self._action(
            self.tr("Add item"), self.add_item, "Ctrl+Return", "actAgendaAdd"
        )
        self.act_add_sub = self._action(
            self.tr("Add sub-item"),
            lambda: self.add_item(sub=True),
            "Ctrl+Shift+Return",
            "actAgendaAddSub",
        )
        self.act_delete = self._action(
            self.tr("Delete"), self.delete_current, None, "actAgendaDelete"
        )
        self.toolbar.addSeparator()
        self.act_indent = self._action(
            self.tr("Indent →"), self.indent, "Alt+Right", "actAgendaIndent"
        )
        self.act_outdent = self._action(
            self.tr("← Outdent"), self.outdent, "Alt+Left", "actAgendaOutdent"
        )
        self.act_up = self._action(
            self.tr("Move up ↑"), lambda: self.move_by(-1), "Alt+Up", "actAgendaUp"
        )
        self.act_down = self._action(
            self.tr("Move down ↓"), lambda: self.move_by(1), "Alt+Down", "actAgendaDown"
        )
        self.bring_in = QToolBar(self)
        self.bring_in.setObjectName("agendaBringIn")
        self.bring_in.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_copy = self._action(
            self.tr("Copy from a meeting…"), self.copy_from, None, "actAgendaCopy", self.bring_in
        )
        self.act_import = self._action(
            self.tr("Import…"), self.import_agenda, None, "actAgendaImport", self.bring_in
        )
        delete_key = QAction(self.tr("Delete the chosen item"), self)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_current)
        self.tree.addAction(delete_key)

        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        # Two rows, so that no action hides behind » on a laptop screen: editing the
        # tree above, bringing an agenda in (copy, import) beside the summary below.
        top_layout.addWidget(self.toolbar)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.bring_in)
        top_layout.addLayout(head)
        top_layout.addWidget(self.tree)
        scroll = QScrollArea(self)
        a11y.no_tab_stop(scroll)  # Tab goes through its fields
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addWidget(self.save_label)
        bottom_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Delete, Copy and Import have no key of their own: Tab reaches their buttons.
        a11y.order(self, *a11y.keyless_tab_stops(self.toolbar, self.bring_in), self.tree)
        self._update_actions()

    def _action(
        self,
        text: str,
        slot: Any,
        shortcut: str | None,
        name: str,
        bar: QToolBar | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        (bar or self.toolbar).addAction(action)
        self.addAction(action)
        return action

    # -- the presenter's state ------------------------------------------------------------------
    @property
    def origin(self) -> str:
        return self.presenter.origin

    @property
    def meeting_id(self) -> int | None:
        return self.presenter.meeting_id

    @property
    def current_id(self) -> int | None:
        return self.presenter.current_id

    @current_id.setter
    def current_id(self, item_id: int | None) -> None:
        self.presenter.current_id = item_id

    # -- showing ----------------------------------------------------------------------------
    def show_record(self, meeting_id: int) -> None:
        self._leave()
        self.presenter.meeting_id = meeting_id
        self.presenter.current_id = None
        self.presenter.loaded = None
        self.form.set_choices(
            self.services.delegations.delegations(), self.services.agenda.known_tags()
        )
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self.meeting_id is None:
            return
        keep = select_id if select_id is not None else self.current_id
        items = self.presenter.items()
        self.tree.selectionModel().blockSignals(True)
        self.model.set_items(items)
        self.tree.expandAll()
        self.tree.selectionModel().blockSignals(False)
        self._show_summary(items)
        if keep is not None and self.model.index_for(keep).isValid():
            self._select(keep)
        elif items:
            self._select(items[0].id)
        else:
            self._show_item(None)
        self._update_actions()

    def _show_summary(self, items: list[Any]) -> None:
        total = sum(i.est_minutes or 0 for i in items)
        self.summary.setText(
            self.tr("%s items · estimated %s")
            % (len(items), minutes_label(total) or self.tr("0 min"))
            if items
            else self.tr("No items yet: add one, copy an agenda or import one.")
        )

    def _select(self, item_id: int) -> None:
        index = self.model.index_for(item_id)
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        if self.current_id != item_id:
            self._show_item(item_id)
        self._update_actions()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item_id = int(current.data(ID_ROLE))
        if item_id == self.current_id:
            return
        self._show_item(item_id)
        self._update_actions()

    def _show_item(self, item_id: int | None) -> None:
        """Show another item in the form (the shown one is handed over, or its draft kept)."""
        self._leave()
        self.current_id = item_id
        self._load_form()

    def _leave(self) -> None:
        """Before the form shows another item: hand its edits to the runner, or keep the
        draft the store refused at once (a later refusal comes back to ``form_refused``)."""
        item_id, loaded = self.current_id, self.presenter.loaded
        if item_id is None or loaded is None or self._flush_form():
            return
        draft = FormDraft(item_id, self.form.values(), self.form.tag_text(), loaded)
        self.state.stash(item_id, draft, lambda: self.presenter.save_draft(draft))
        self.autosave.cancel()

    def _load_form(self) -> None:
        self.autosave.cancel()
        loaded = self.presenter.load(self.current_id)
        if loaded is None:
            self.form.setEnabled(False)
            self.state.mark_clean()
            return
        self.form.setEnabled(True)
        rec = loaded.item
        draft = self.state.unstash(rec.id)
        if draft is not None:  # back on an item whose edits could not be saved: show them
            self.presenter.loaded = draft.before
            self.form.set_values(draft.fields, rec.tags, rec.number)
            self.form.tags.setText(draft.tags_text)
            self.autosave.touch()  # and try again now
            return
        self.form.set_values(loaded.fields, rec.tags, rec.number)
        if self.presenter.loaded is not None and loaded.fields != self.presenter.loaded[0]:
            self.state.mark_saving()  # its save is on its way: shown as typed
        else:
            self.state.mark_clean()

    def _update_actions(self) -> None:
        has = self.current_id is not None
        for a in (
            self.act_add_sub,
            self.act_delete,
            self.act_indent,
            self.act_outdent,
            self.act_up,
            self.act_down,
        ):
            a.setEnabled(has)
        self.act_add.setEnabled(self.meeting_id is not None)

    def open_current(self) -> None:
        if self.current_id is not None:
            self.flush()
            self.navigate.emit("item", self.current_id)

    # -- changes and saving -------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        if self.meeting_id is None or not change.concerns(
            ChangeKind.AGENDA, ChangeKind.POSITIONS, ChangeKind.DELEGATIONS
        ):
            return
        if change.kind is ChangeKind.AGENDA and change.meeting_id not in (None, self.meeting_id):
            return
        if self._patch(change):
            return
        self.reload()
        if self.current_id is not None and not self._typing():
            self._load_form()

    def _typing(self) -> bool:
        return self.autosave.pending or self.presenter.saving or self.state.failed

    def _patch(self, change: Change) -> bool:
        """Patch the rows a change touched from its records (no reload); False if it cannot.

        The builder's own save (its origin) leaves the form as typed; another's
        edit of the shown item shows it in the form too."""
        if not change.records:
            return False
        if change.kind is ChangeKind.POSITIONS:
            recs = [r for r in change.records if hasattr(r, "status") and hasattr(r, "item_id")]
            for r in recs:
                self.model.set_position_status(r.item_id, r.status)
            return bool(recs)
        if change.kind is not ChangeKind.AGENDA or not self.model.patch_items(list(change.records)):
            return False
        self._show_summary(list(change.records))
        mine = change.made_by(self.origin)
        if not mine and self.current_id in change.ids and not self._typing():
            self._load_form()
        return True

    def flush(self) -> bool:
        """Hand the form and the drafts kept for other items to the runner; False if the
        store refused any at once."""
        ok = self._flush_form()
        return self.state.save_stashed() and ok

    def _retry(self) -> None:
        """The backoff timer: save again, quietly (no message, nothing reloaded)."""
        self.autosave.flush()
        self.state.save_stashed()

    def _flush_form(self) -> bool:
        if self.autosave.flush() or self.presenter.loaded is None:
            return True
        if not isinstance(self.state.error, AppError):
            return False  # the medium: the text stays, marked, and is saved again later
        self._refused_for_good(self.state.reason)
        return True

    def _refused_for_good(self, reason: str) -> None:
        """A value the store never takes (an empty title): say it, show the stored item."""
        show_error(
            self, AppError(self.tr("Your last change to this item was not saved: %s.") % reason)
        )
        self._load_form()

    def _on_form_edited(self) -> None:
        self.autosave.touch()

    def _save_form(self) -> Any:
        """The autosave of the form: its ticket from the runner (None: nothing new)."""
        return self.presenter.save(self.form.values(), self.form.tag_text())

    def form_saved(self, item_id: int) -> None:
        """The runner committed the item's save: "Saved" if it is the one shown."""
        if item_id in self.state.stashed():
            self.state.discard(item_id)
        if item_id == self.current_id:
            self.state.acknowledged()

    def form_refused(self, draft: FormDraft, error: BaseException, shown: bool) -> None:
        """The store refused a save: the shown form stays, marked; another item's draft is
        kept (or, a value it never takes, said and dropped)."""
        if shown:
            self.autosave.refused()
            self.state.mark_failed(error)
        elif isinstance(error, AppError):
            show_error(
                self,
                AppError(
                    self.tr("Your last change to this item was not saved: %s.")
                    % describe_failure(error)
                ),
            )
        else:
            self.state.stash(draft.item_id, draft, lambda: self.presenter.save_draft(draft), error)
