"""What a readable copy of a damaged store holds: per table, copied and not copied."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..common import a11y, theme

# The tables a delegate knows by another name (the rest: the table's own words).
TABLE_NAMES = {
    "adm_tag": "Framework outcomes and actions (ADM tags)",
    "framework": "Frameworks (ADM, work plans)",
    "project": "Cooperation projects",
    "project_progress": "Project reviews",
    "project_milestone": "Project milestones",
    "project_focal_point": "Project focal points",
    "project_document": "Project documents",
    "project_lead": "Project lead Member States",
    "project_outcome": "Project outcomes",
    "project_import": "Project matrix imports",
    "project_change": "Changes made by imports",
    "item_project": "Items' projects",
    "audit_entry": "Audit log entries",
    "delegation": "Delegations",
    "store_setting": "Store settings",
    "event": "Events",
    "person": "People",
    "meeting": "Meetings",
    "pack_issue": "Issued packs",
    "agenda_item": "Agenda items",
    "issued_copy": "Issued copies",
    "item_adm_tag": "Item tags",
    "item_document": "Item documents",
    "note": "Notes",
    "person_interest": "Interests of people",
    "position": "Positions",
    "speaking_interval": "Speaking times",
    "stance": "Stances",
    "action_item": "Action items",
    "note_version": "Note versions",
    "outcome": "Outcomes",
    "position_defensive_line": "Defensive lines",
    "position_fallback": "Fallbacks",
    "position_point": "Points to make",
    "position_their_objective": "Their objectives",
    "position_version": "Position versions",
}


@dataclass(frozen=True)
class SalvageChoice:
    open_copy: bool


class SalvageResultDialog(QDialog):
    """Shows a ``SalvageResult``; ``values().open_copy``: the user chose to open the copy."""

    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salvageResultDialog")
        self.setWindowTitle(self.tr("Readable copy saved"))
        self._open = False
        layout = QVBoxLayout(self)

        if result.skipped:
            head = self.tr(
                "%s rows were copied to %s. %s rows could not be read or were left out "
                "(below). %s was not changed."
            ) % (f"{result.copied:,}", result.out.name, f"{result.skipped:,}", result.source.name)
        else:
            head = self.tr("Every readable row (%s) was copied to %s. %s was not changed.") % (
                f"{result.copied:,}",
                result.out.name,
                result.source.name,
            )
        checks = self.tr("The copy passed SQLite's integrity check; its search index was rebuilt.")
        if result.encrypted:
            checks += " " + self.tr("It is encrypted with the same passphrase.")
        self.summary = QLabel(head + "\n\n" + checks, self)
        self.summary.setObjectName("salvageSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        rows = [t for t in result.tables if t.copied or t.skipped or t.lost is None or t.unlinked]
        # What the damage touched first, in the store's order; then the rest.
        rows.sort(key=lambda t: not self._details(t))
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("salvageTable")
        a11y.name(
            self.table,
            self.tr("What was recovered"),
            self.tr("Each table of the damaged store and the rows read back"),
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Copied"), self.tr("Not copied"), self.tr("Details")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for n, t in enumerate(rows):
            name = TABLE_NAMES.get(t.table, t.table.replace("_", " ").capitalize())
            cells = [name, f"{t.copied:,}", f"{t.skipped:,}", self._details(t)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if t.skipped and col == 2:
                    item.setForeground(theme.qcolor("error"))
                self.table.setItem(n, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open the copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("openCopyButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._open_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def _details(self, t: Any) -> str:
        parts = []
        if t.lost is None:
            parts.append(self.tr("rows lost: unknown (the table cannot be read)"))
        elif t.lost:
            lost = self.tr("%s on damaged pages") % f"{t.lost:,}"
            parts.append(lost if t.lost_exact else self.tr("up to") + " " + lost)
        if t.recovered:
            parts.append(self.tr("%s rebuilt from their saved versions") % f"{t.recovered:,}")
        if t.garbled:
            parts.append(self.tr("%s kept with damaged text (shown as \ufffd)") % t.garbled)
        if t.refused:
            parts.append(self.tr("%s with unreadable values") % t.refused)
        if t.dropped:
            parts.append(self.tr("%s whose parent was lost") % t.dropped)
        if t.unlinked:
            parts.append(self.tr("%s links to lost rows cleared") % t.unlinked)
        return "; ".join(parts)

    def _open_copy(self) -> None:
        self._open = True
        self.accept()

    def values(self) -> SalvageChoice:
        return SalvageChoice(self._open)
