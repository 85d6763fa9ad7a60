"""The Notes tab of a meeting: chronological, filtered by item, speaker and kind.

Enter (or a double-click) edits a note; the old text stays in its history.
Ctrl+T makes an action item of the selected note; Delete hides it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError, NotFoundError
from ...services.changes import Change, ChangeKind
from ...services.outbox_writes import ALL_ITEMS, HeldOffline
from ...services.room_records import NoteFilter
from ..common import a11y
from ..common.errors import show_error
from ..common.fit import long_choices
from ..common.runner import runner_for
from ..common.theme import tone
from ..team.keep import correction_hold, own_speaker, read_or_last, save_or_keep
from ..team.kept_notes import KeptNotesPanel
from . import room_common
from .notes_table_model import COL_TEXT, COL_TIME, SORT_COLUMNS, NotesTableModel
from .room_common import add_shortcuts, hhmm, kind_labels, zone
from .room_dialogs import NoteDialog, NoteValues


class NotesView(QWidget):
    navigate = Signal(str, int)
    live_requested = Signal(int, object)  # meeting id, item id

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id: int | None = None
        self.model = NotesTableModel(self)
        self.item = QComboBox(self)
        long_choices(self.item, 14)  # a long item title is cut, not the window widened
        self.item.setObjectName("notesItemFilter")
        # The item filter gives way when the window is narrow; the others keep their text.
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item.setMinimumContentsLength(16)
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("notesSpeakerFilter")
        self.kind = QComboBox(self)
        self.kind.setObjectName("notesKindFilter")
        self.kind.addItem(self.tr("Every kind"), None)
        for kind, label in kind_labels().items():
            self.kind.addItem(label, kind.value)
        for combo in (self.item, self.speaker, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for combo, longest in (
            (self.speaker, self.tr("Every speaker")),
            (self.kind, "Intervention"),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(len(longest) + 1)
        self.count = QLabel(self)
        self.count.setObjectName("notesCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("100,000 note(s)"))
        live = QPushButton(self.tr("Live mode"), self)
        live.setObjectName("notesLiveButton")
        live.clicked.connect(self._start_live)

        self.table = QTableView(self)
        self.table.setObjectName("notesTable")
        a11y.name(self.table, self.tr("Notes of the meeting"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((60, 60, 130, 100, 50)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # A header click sorts by time, speaker, kind or stance (the store sorts, page by
        # page: 100,000 notes sort without being loaded); clicking again reverses.
        self._sort = (COL_TIME, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(*self._sort)
        header.sortIndicatorChanged.connect(self._sort_by)
        # Enter or a double-click (activation, per platform) edits the note.
        self.table.activated.connect(lambda _i: self.edit_selected())

        add_shortcuts(
            self.table,
            [
                ("notesEdit", ["F2"], self.edit_selected, self.tr("Edit the chosen note")),
                (
                    "notesToAction",
                    ["Ctrl+T"],
                    self.action_from_selected,
                    self.tr("Make an action item of the chosen note"),
                ),
                ("notesDelete", ["Delete"], self.delete_selected, self.tr("Hide the chosen note")),
            ],
        )

        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Item"), self.item),
            (self.tr("Speaker"), self.speaker),
            (self.tr("Kind"), self.kind),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1 if combo is self.item else 0)
        self.hint = QLabel(
            self.tr("Enter edits (history kept) · Ctrl+T action item · Delete hides a note"), self
        )
        tone(self.hint, "muted")
        self.hint.setWordWrap(True)
        # The count and the live-mode button under the table: the filters keep the width
        # of a laptop screen.
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.count)
        bottom.addWidget(live)
        # Notes and corrections kept on this computer while the server is away (#16).
        self.kept = KeptNotesPanel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.kept)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        a11y.order(self, self.item, self.speaker, self.kind, self.kept.rows, self.table, live)
        runner_for(services).offline_changed.connect(self.show_kept)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self._reload_keep_place)

    # -- DetailView -----------------------------------------------------------------
    def show_record(self, record_id: int) -> None:
        self.meeting_id = record_id
        meeting = self.services.events.meeting(record_id)
        self.model.tz = zone(self.services.events.event(meeting.event_id).timezone)
        self._fill_filters()
        self.reload()

    def _fill_filters(self) -> None:
        assert self.meeting_id is not None
        for combo in (self.item, self.speaker, self.kind):
            combo.blockSignals(True)
        self.item.clear()
        self.item.addItem(self.tr("Every item"), None)
        for i in self.services.agenda.items(self.meeting_id):
            self.item.addItem(("    " * i.depth) + i.label, i.id)
        self.speaker.clear()
        self.speaker.addItem(self.tr("Every speaker"), None)
        for delegation_id, code in self.services.notes.speakers(self.meeting_id):
            self.speaker.addItem(code, delegation_id)
        self.kind.setCurrentIndex(0)
        for combo in (self.item, self.speaker, self.kind):
            combo.blockSignals(False)

    def current_filter(self) -> NoteFilter | None:
        if self.meeting_id is None:
            return None
        kind = self.kind.currentData()
        from ...domain.enums import NoteKind

        section, order = self._sort
        return NoteFilter(
            self.meeting_id,
            item_id=self.item.currentData(),
            speaker_delegation_id=self.speaker.currentData(),
            kind=NoteKind(kind) if kind else None,
            sort=SORT_COLUMNS[section],
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def _sort_by(self, section: int, order: Qt.SortOrder) -> None:
        if section not in SORT_COLUMNS:  # item and text have no order of their own
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (section, order)
        self.reload(resorted=True)
        self.table.scrollToTop()

    def reload(self, resorted: bool = False) -> None:
        """Read the list again; ``resorted``: the same notes in another order (not counted
        again: at 100,000 notes the count is most of a sort's time)."""
        flt = self.current_filter()
        if flt is None:
            self.model.reset(None)
            return
        notes = self.services.notes
        recount = not (resorted and self.model.rows)
        try:
            self.model.reset(
                lambda after, limit: notes.page(flt, after, limit, count=recount),
                same_list=not recount,
            )
        except AppError as exc:
            self.model.reset(None)
            self.count.setText(str(exc))
            return
        self._show_count()
        self.show_kept()

    def show_kept(self, *_: Any) -> None:
        """List the notes of this meeting (and item filter) kept on this computer."""
        outbox = runner_for(self.services).outbox
        if outbox is None or self.meeting_id is None:
            self.kept.show_kept((), self.model.tz)
            return
        item_id = self.item.currentData()
        kept = outbox.kept_notes(self.meeting_id, ALL_ITEMS if item_id is None else item_id)
        self.kept.show_kept(kept, self.model.tz)

    def _show_count(self) -> None:
        self.count.setText(self.tr("%s note(s)") % f"{self.model.total:,}")

    def set_filter(self, item_id: int | None = None) -> None:
        index = self.item.findData(item_id)
        self.item.setCurrentIndex(max(0, index))

    def select_note(self, note_id: int) -> bool:
        """Show and select a note (used by search): narrows to its item first."""
        try:
            note = self.services.notes.note(note_id)
        except NotFoundError:
            return False
        if self.item.currentData() != note.item_id:
            self.set_filter(note.item_id)  # its item's notes around it
        if self.speaker.currentData() not in (None, note.speaker_delegation_id):
            self.speaker.setCurrentIndex(0)
        if self.kind.currentData() not in (None, note.kind.value):
            self.kind.setCurrentIndex(0)
        row = self.model.fetch_all_until(note_id)
        if row < 0:
            return False
        index = self.model.index(row, COL_TEXT)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()
        return True

    def selected_note(self) -> Any:
        return self.model.note(self.table.currentIndex().row())

    # -- actions ----------------------------------------------------------------------
    def edit_selected(self) -> None:
        note = self.selected_note()
        if note is None or self.meeting_id is None:
            return
        s, meeting_id = self.services, self.meeting_id
        # Read again; while the server is away, as read last (the correction is kept).
        shown = [  # the item filter's entries: what the dialog offers while offline
            (self.item.itemData(n), self.item.itemText(n).strip())
            for n in range(1, self.item.count())
        ]
        items = [
            (i.id, i.label)
            for i in read_or_last(s, ("items", meeting_id), lambda: s.agenda.items(meeting_id), [])
        ] or shown
        delegations = [
            (d.id, f"{d.code} · {d.name}")
            for d in read_or_last(s, "delegations", s.delegations.delegations, [])
        ] or own_speaker(note)
        versions = read_or_last(s, ("versions", note.id), lambda: s.notes.versions(note.id), [])
        history = [
            (f"v{v.version_no} {hhmm(v.saved_at, self.model.tz)}", text)
            for v, text in versions[:-1]
        ]
        dlg = NoteDialog(
            NoteValues(
                note.text, note.kind, note.item_id, note.speaker_delegation_id, note.observed_stance
            ),
            items,
            delegations,
            self,
            history,
        )
        notes = self.services.notes
        runner = runner_for(self.services)

        def save(v: NoteValues) -> Any:
            hold = correction_hold(note, v)  # kept on this computer if the server is away
            return save_or_keep(
                runner,
                lambda: notes.edit(
                    note.id,
                    text=v.text,
                    kind=v.kind,
                    item_id=v.item_id,
                    speaker_delegation_id=v.speaker_delegation_id,
                    speaker_person_id=hold.args["speaker_person_id"],
                    observed_stance=v.observed_stance,
                ),
                hold,
                parent=dlg,
            )

        dlg.saver = save  # a failed save keeps the dialog open, with the text and why
        if self.exec_dialog(dlg) and dlg.saved is not None:
            if isinstance(dlg.saved, HeldOffline):
                self.hint.setText(
                    self.tr(
                        "Offline: the correction is kept on this computer (%s unsaved); "
                        "written when the server is back."
                    )
                    % dlg.saved.pending
                )
                self.show_kept()
            else:
                self.model.replace(dlg.saved)

    def exec_dialog(self, dlg: QDialog) -> bool:
        return dlg.exec() == QDialog.DialogCode.Accepted

    def action_from_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        try:
            act = self.services.actions.create_from_note(note.id)
        except AppError as exc:
            show_error(self, exc)
            return
        self.hint.setText(self.tr("Action item created: %s") % act.text[:100])

    def delete_selected(self) -> None:
        note = self.selected_note()
        if note is None:
            return
        if not room_common.confirm(
            self,
            self.tr("Hide note"),
            self.tr("Hide this note from lists and search? Its history stays in the store."),
        ):
            return
        try:
            self.services.notes.delete(note.id)
        except AppError as exc:
            show_error(self, exc)

    def _start_live(self) -> None:
        if self.meeting_id is not None:
            self.live_requested.emit(self.meeting_id, self.item.currentData())

    # -- changes ----------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        if self.meeting_id is None:
            return
        if change.kind is ChangeKind.STORE:
            self._reload_timer.start()
            return
        if change.concerns(ChangeKind.AGENDA) and change.meeting_id == self.meeting_id:
            self._fill_filters()
            self._reload_timer.start()
        elif change.concerns(ChangeKind.NOTES) and change.meeting_id == self.meeting_id:
            if len(change.ids) == 1:
                (note_id,) = change.ids
                if self.model.row_of(note_id) >= 0:
                    try:
                        if self.model.replace(self.services.notes.note(note_id)):
                            return
                    except NotFoundError:
                        pass
            self._reload_timer.start()

    def _reload_keep_place(self) -> None:
        selected = self.selected_note()
        scroll = self.table.verticalScrollBar().value()
        speaker = self.speaker.currentData()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("Every speaker"), None)
        if self.meeting_id is not None:
            for delegation_id, code in self.services.notes.speakers(self.meeting_id):
                self.speaker.addItem(code, delegation_id)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(speaker)))
        self.speaker.blockSignals(False)
        self.reload()
        if selected is not None and self.model.row_of(selected.id) >= 0:
            self.table.setCurrentIndex(self.model.index(self.model.row_of(selected.id), COL_TEXT))
        self.table.verticalScrollBar().setValue(scroll)
