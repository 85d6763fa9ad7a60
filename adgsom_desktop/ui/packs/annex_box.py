"""The pack builder's choice of meeting documents to append as annexes (the PDFs attached
to the event's meetings, ticked in the order they are to follow the pack)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

DOC = Qt.ItemDataRole.UserRole + 1


class AnnexBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packAnnexDocuments")
        self.setTitle(self.tr("Meeting documents to append as annexes"))
        self.list = QListWidget(self)
        self.list.setObjectName("packAnnexList")
        self.list.setMaximumHeight(96)
        self.empty = QLabel(
            self.tr("No PDF attached to this event's meetings (a meeting's Documents tab)."),
            self,
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def set_documents(self, documents: Sequence[tuple[int, str]]) -> None:
        self.list.clear()
        for doc_id, label in documents:
            node = QListWidgetItem(label, self.list)
            node.setData(DOC, doc_id)
            node.setCheckState(Qt.CheckState.Unchecked)
        self.list.setVisible(bool(documents))
        self.empty.setVisible(not documents)

    def chosen(self) -> tuple[int, ...]:
        if not self.isEnabled():
            return ()
        out = []
        for n in range(self.list.count()):
            node = self.list.item(n)
            if node.checkState() == Qt.CheckState.Checked:
                out.append(int(node.data(DOC)))
        return tuple(out)
