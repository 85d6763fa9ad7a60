"""Notes kept on this computer, shown where the item's notes show (#16).

While the team store's server cannot be reached, notes and corrections are held in
the outbox (``services.outbox``); the user still sees them: live mode's "Notes on
this item" lists them after the saved ones, and the Notes tab above its table, each
marked with a word and a shape (not colour alone): "○ Unsaved".  They leave the list
when the runner has written them (the runner's held count moves: ``offline_changed``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...services.outbox_writes import KeptNote
from ..common import a11y
from ..common.theme import tone
from ..room.room_common import hhmm

KEPT = int(Qt.ItemDataRole.UserRole) + 17  # a kept row's held write key (no note id yet)
MARK = "○"  # the shape beside the word: readable without colour


def kept_label(kept: KeptNote, tz: Any) -> str:
    if kept.correction:
        return QCoreApplication.translate("KeptNotes", "%s Unsaved correction: %s") % (
            MARK,
            kept.text,
        )
    when = hhmm(kept.taken_at, tz) if kept.taken_at is not None else ""
    return QCoreApplication.translate("KeptNotes", "%s Unsaved %s: %s") % (MARK, when, kept.text)


def kept_tip() -> str:
    return QCoreApplication.translate(
        "KeptNotes",
        "Kept on this computer while the team store's server cannot be reached; "
        "written as soon as it answers again.",
    )


def add_kept_rows(rows: QListWidget, kept: Sequence[KeptNote], tz: Any) -> None:
    """Append the kept notes to a list of notes (after the saved ones)."""
    for k in kept:
        row = QListWidgetItem(kept_label(k, tz))
        row.setData(KEPT, k.key)
        row.setToolTip(kept_tip())
        rows.addItem(row)


class KeptNotesPanel(QWidget):
    """The Notes tab's list of kept notes (hidden while there are none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keptNotesPanel")
        self.heading = QLabel(self)
        tone(self.heading, "warning")
        self.rows = QListWidget(self)
        self.rows.setObjectName("keptNotes")
        a11y.name(
            self.rows,
            QCoreApplication.translate("KeptNotes", "Notes not saved yet"),
            kept_tip(),
        )
        self.rows.setMaximumHeight(96)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.rows)
        self.hide()

    def show_kept(self, kept: Sequence[KeptNote], tz: Any) -> None:
        self.rows.clear()
        add_kept_rows(self.rows, kept, tz)
        self.heading.setText(
            QCoreApplication.translate("KeptNotes", "%s Not saved yet, kept on this computer: %s")
            % (MARK, len(kept))
        )
        self.setVisible(bool(kept))
