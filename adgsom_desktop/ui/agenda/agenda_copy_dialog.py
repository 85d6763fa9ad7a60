"""Copy an agenda (all of it, or chosen items) from another meeting, with or without positions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...services.agenda_records import AddedItems
from ...services.records import MeetingRec
from ..common import a11y
from ..common.errors import show_error
from ..common.labels import label_tr

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (QT_TRANSLATE_NOOP("Labels", "%s items"),)

if TYPE_CHECKING:
    from ...services.container import Services

ID = Qt.ItemDataRole.UserRole + 1


def default_source(target: MeetingRec, meetings: list[MeetingRec]) -> MeetingRec | None:
    """The latest earlier meeting of the same series, else the latest earlier meeting."""

    def earlier(m: MeetingRec) -> bool:
        if target.date and m.date:
            return m.date < target.date
        return m.id < target.id

    others = [m for m in meetings if m.id != target.id and m.item_count and earlier(m)]
    others.sort(key=lambda m: (m.date.toordinal() if m.date else 0, m.id), reverse=True)
    same = [m for m in others if target.series and m.series == target.series]
    chosen = same or others
    return chosen[0] if chosen else None


class AgendaCopyDialog(QDialog):
    def __init__(
        self, services: Services, target_meeting_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaCopyDialog")
        self.setWindowTitle(self.tr("Copy an agenda from another meeting"))
        self.services = services
        self.target = services.events.meeting(target_meeting_id)
        self.result_items: AddedItems | None = None

        self.meetings = QListWidget(self)
        self.meetings.setObjectName("copyMeetings")
        a11y.name(self.meetings, self.tr("Meetings to copy from"))
        self.meetings.setAlternatingRowColors(True)
        all_meetings = [m for m in services.events.meetings() if m.id != self.target.id]
        all_meetings.sort(key=lambda m: (m.date.toordinal() if m.date else 0, m.id), reverse=True)
        for m in all_meetings:
            when = m.days or self.tr("undated")
            entry = QListWidgetItem(f"{m.label}\n{when} · {self.tr('%s items') % m.item_count}")
            entry.setData(ID, m.id)
            if not m.item_count:
                entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.meetings.addItem(entry)
        self.meetings.currentItemChanged.connect(self._on_meeting)

        self.items = QTreeWidget(self)
        self.items.setObjectName("copyItems")
        a11y.name(
            self.items,
            self.tr("Agenda items to copy"),
            self.tr("Tick the items to copy into this meeting"),
        )
        self.items.setHeaderLabels([self.tr("Item"), self.tr("Position")])
        self.items.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.items.itemChanged.connect(self._on_checked)
        self.with_positions = QCheckBox(
            self.tr("Copy the positions too (each becomes a new draft to review)"), self
        )
        self.with_positions.setObjectName("copyWithPositions")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button.setObjectName("copyButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_copy)
        self.buttons.rejected.connect(self.reject)

        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("From meeting:"), self))
        left.addWidget(self.meetings)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Items to copy (untick to leave out):"), self))
        right.addWidget(self.items)
        lists.addLayout(left, 2)
        lists.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Into: <b>%s</b> (after the items already there)") % self.target.label, self
            )
        )
        layout.addLayout(lists)
        layout.addWidget(self.with_positions)
        layout.addWidget(self.info)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

        source = default_source(self.target, all_meetings)
        for row in range(self.meetings.count()):
            if source is not None and self.meetings.item(row).data(ID) == source.id:
                self.meetings.setCurrentRow(row)
        self._on_meeting()

    def source_id(self) -> int | None:
        entry = self.meetings.currentItem()
        return None if entry is None else int(entry.data(ID))

    def _on_meeting(self, *_args: object) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        source = self.source_id()
        if source is not None:
            nodes: dict[int, QTreeWidgetItem] = {}
            for rec in self.services.agenda.items(source):
                holder = nodes.get(rec.parent_id or 0)
                node = QTreeWidgetItem(holder if holder is not None else self.items)
                node.setText(0, rec.label)
                node.setText(1, label_tr(rec.position_status.label) if rec.position_status else "—")
                node.setData(0, ID, rec.id)
                node.setCheckState(0, Qt.CheckState.Checked)
                nodes[rec.id] = node
            self.items.expandAll()
        self.items.blockSignals(False)
        self.copy_button.setEnabled(source is not None and self.items.topLevelItemCount() > 0)

    def _on_checked(self, node: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        state = node.checkState(0)
        self.items.blockSignals(True)
        stack = _children(node)
        while stack:
            child = stack.pop()
            child.setCheckState(0, state)
            stack.extend(_children(child))
        self.items.blockSignals(False)

    def chosen_ids(self) -> set[int]:
        out: set[int] = set()
        stack = [self.items.topLevelItem(i) for i in range(self.items.topLevelItemCount())]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if node.checkState(0) == Qt.CheckState.Checked:
                out.add(int(node.data(0, ID)))
            stack.extend(_children(node))
        return out

    def do_copy(self) -> None:
        source = self.source_id()
        if source is None:
            return
        try:
            self.result_items = self.services.agenda.copy_agenda(
                source,
                self.target.id,
                with_positions=self.with_positions.isChecked(),
                item_ids=self.chosen_ids(),
            )
        except AppError as exc:
            show_error(self, exc)
            return
        self.accept()


def _children(node: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    kids = (node.child(i) for i in range(node.childCount()))
    return [k for k in kids if k is not None]
