"""An agenda item's Projects tab: the projects it concerns (linked by hand, or sharing one
of its framework tags), with a link to add or take off, and the tracker a click away."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...services.changes import Change, ChangeKind
from ..common import a11y, theme
from ..common.errors import show_error
from ..common.labels import label_tr

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "None (tag the item, or link one on its Projects tab)."),
)

if TYPE_CHECKING:
    from ...services.container import Services

PROJECT = Qt.ItemDataRole.UserRole + 1


def projects_html(services: Services, item_id: int | None, tr: Any) -> str:
    """The projects an item concerns, one line each (shown beside the brief)."""
    if item_id is None:
        return ""
    try:
        concerned = services.projects.for_item(item_id)
    except AppError:
        return ""
    if not concerned:
        return theme.current().span(
            "muted", escape(tr("None (tag the item, or link one on its Projects tab)."))
        )
    lines = []
    for x in concerned:
        r = x.row
        why = tr("linked") if x.reason == "linked" else tr("shares %s") % x.reason[4:]
        lines.append(
            f"<b>{escape(r.code)}</b> {escape(r.title)} ({escape(r.partner_code or '-')}, "
            f"{escape(label_tr(r.status.label))}; {escape(why)})"
        )
    return "<br>".join(lines)


class ItemProjectsView(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemProjects")
        self.services = services
        self.item_id: int | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        # a trip copy: why Link and Unlink are off, said as the Texts tab says it
        self.read_only = QLabel(self)
        self.read_only.setObjectName("itemProjectsReadOnly")
        self.read_only.setWordWrap(True)
        self.read_only.setVisible(False)
        theme.tone(self.read_only, "muted")
        a11y.name(self.read_only, self.tr("Why the projects cannot be changed here"))
        self.list = QListWidget(self)
        self.list.setObjectName("itemProjectList")
        a11y.name(self.list, self.tr("Projects this item concerns"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.choice = QComboBox(self)
        self.choice.setObjectName("itemProjectChoice")
        self.choice.setMinimumContentsLength(30)
        self.btn_link = QPushButton(self.tr("&Link"), self)
        self.btn_link.setObjectName("itemProjectLink")
        self.btn_link.clicked.connect(self.link)
        self.btn_unlink = QPushButton(self.tr("&Unlink"), self)
        self.btn_unlink.setObjectName("itemProjectUnlink")
        self.btn_unlink.clicked.connect(self.unlink)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Also concerns:"), self))
        row.addWidget(self.choice, 1)
        row.addWidget(self.btn_link)
        row.addWidget(self.btn_unlink)
        lay = QVBoxLayout(self)
        lay.addWidget(self.read_only)
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)

    def show_record(self, item_id: int) -> None:
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        if self.item_id is None:
            return
        try:
            concerned = self.services.projects.for_item(self.item_id)
            rows = self.services.projects.rows()
        except AppError as exc:
            show_error(self, exc)
            return
        self.list.clear()
        for x in concerned:
            r = x.row
            dates = f"{r.start_date or '?'} – {r.end_date or '?'}"
            why = self.tr("linked") if x.reason == "linked" else self.tr("shares %s") % x.reason[4:]
            text = f"{r.code}  {r.title}\n{r.partner_name or '-'} · {label_tr(r.status.label)} · {dates} · {why}"
            if r.last_decision:
                text += "\n" + self.tr("Last decision: %s") % r.last_decision
            item = QListWidgetItem(text, self.list)
            item.setData(PROJECT, (r.id, x.reason == "linked"))
        self.heading.setText(
            self.tr("Projects this item concerns: %d") % len(concerned)
            if concerned
            else self.tr("No project concerns this item yet (tag it, or link one).")
        )
        shown = {x.row.id for x in concerned}
        self.choice.clear()
        for r in rows:
            if r.id not in shown:
                self.choice.addItem(f"{r.code}  {r.title}", r.id)
        from ..common.read_only import read_only_reason

        why = read_only_reason(self.services, "projects")  # a trip copy: the reason told
        self.btn_link.setEnabled(self.choice.count() > 0 and not why)
        self.btn_unlink.setEnabled(not why)
        for b in (self.btn_link, self.btn_unlink):
            b.setToolTip(why)
        self.read_only.setText(why)
        self.read_only.setVisible(bool(why))

    def link(self) -> None:
        pid = self.choice.currentData()
        if self.item_id is None or pid is None:
            return
        try:
            self.services.projects.link_item(self.item_id, pid)
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def unlink(self) -> None:
        item = self.list.currentItem()
        if self.item_id is None or item is None:
            return
        pid, linked = item.data(PROJECT)
        if not linked:
            self.heading.setText(
                self.tr("That project comes through a shared tag: change the item's tags instead.")
            )
            return
        try:
            self.services.projects.link_item(self.item_id, pid, linked=False)
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def on_change(self, change: Change) -> None:
        if change.concerns(ChangeKind.PROJECTS, ChangeKind.AGENDA):
            self.reload()
