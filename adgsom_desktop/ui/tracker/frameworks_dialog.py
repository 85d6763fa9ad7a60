"""Frameworks: the ADM 2025, the ADM 2026-2030 and the work plans, their outcomes and
actions; codes and titles are editable (the ADM 2026-2030 is adopted at this meeting)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...services.project_records import ElementRec
from ..common import a11y
from ..common.dialog_parts import problem_label

if TYPE_CHECKING:
    from ...services.container import Services

ELEMENT = Qt.ItemDataRole.UserRole + 1


class FrameworksDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworksDialog")
        self.setWindowTitle(self.tr("Frameworks"))
        self.resize(820, 560)
        self.services = services
        self.framework = QComboBox(self)
        self.framework.setObjectName("fwChoice")
        self.framework.currentIndexChanged.connect(lambda _i: self.reload())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("fwTree")
        a11y.name(
            self.tree,
            self.tr("Frameworks"),
            self.tr("The frameworks and their outcomes and actions"),
        )
        self.tree.setHeaderLabels([self.tr("Code"), self.tr("Title")])
        self.tree.setColumnWidth(0, 110)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda cur, _p: self._show(cur))
        self.code = QLineEdit(self)
        self.code.setObjectName("fwCode")
        self.title = QLineEdit(self)
        self.title.setObjectName("fwTitle")
        self.parent_choice = QComboBox(self)
        self.parent_choice.setObjectName("fwParent")
        self.problem = problem_label(self)
        save = QPushButton(self.tr("&Save"), self)
        save.setObjectName("fwSave")
        save.clicked.connect(self.save)
        add = QPushButton(self.tr("&Add as new"), self)
        add.setObjectName("fwAdd")
        add.clicked.connect(lambda: self.save(new=True))
        delete = QPushButton(self.tr("Delete"), self)
        delete.clicked.connect(self.delete)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Under"), self.parent_choice)
        row = QHBoxLayout()
        for b in (save, add, delete):
            row.addWidget(b)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Framework"), self))
        top.addWidget(self.framework, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tree, 1)
        lay.addLayout(form)
        lay.addLayout(row)
        lay.addWidget(self.problem)
        lay.addWidget(close)
        for f in services.frameworks.frameworks():
            self.framework.addItem(f"{f.title} ({f.code})", f.id)

    def reload(self, select: int | None = None) -> None:
        fid = self.framework.currentData()
        self.tree.clear()
        elements = self.services.frameworks.elements(fid)
        everything = self.services.frameworks.elements()
        items: dict[int, QTreeWidgetItem] = {}
        for e in elements:
            parent = items.get(e.parent_id) if e.parent_id else None
            item = QTreeWidgetItem(parent or self.tree, [e.code, e.title])
            item.setData(0, ELEMENT, e)
            items[e.id] = item
        self.tree.expandAll()
        self.parent_choice.clear()
        self.parent_choice.addItem(self.tr("(top level)"), None)
        for e in everything:
            if e.kind.is_outcome or e.kind.value in ("action", "enabling_action"):
                self.parent_choice.addItem(f"{e.label}  {e.title[:60]}", e.id)
        if select in items:
            self.tree.setCurrentItem(items[select])

    def _current(self) -> ElementRec | None:
        item = self.tree.currentItem()
        return item.data(0, ELEMENT) if item else None

    def _show(self, item: QTreeWidgetItem | None) -> None:
        e = item.data(0, ELEMENT) if item else None
        self.code.setText(e.code if e else "")
        self.title.setText(e.title if e else "")
        self.parent_choice.setCurrentIndex(
            max(0, self.parent_choice.findData(e.parent_id if e else None))
        )

    def save(self, new: bool = False) -> None:
        e = self._current()
        try:
            rec = self.services.frameworks.save_element(
                self.framework.currentData(),
                code=self.code.text(),
                title=self.title.text(),
                parent_id=self.parent_choice.currentData(),
                element_id=None if new or e is None else e.id,
                kind=None if new or e is None else e.kind,
            )
        except AppError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.clear()
        self.reload(rec.id)

    def delete(self) -> None:
        e = self._current()
        if e is None:
            return
        try:
            self.services.frameworks.delete_element(e.id)
        except AppError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.clear()
        self.reload()
