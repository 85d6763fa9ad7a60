"""Pieces shared by the room views: local times, labels, a text box that submits on Enter."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.enums import ActionStatus, NoteKind, OutcomeVerb, Stance
from ...domain.timeutil import to_local, utcnow, zone
from ..common import theme
from ..common.text_entry import PlainTextEdit

__all__ = ["to_local", "utcnow", "zone"]


def hhmm(utc: datetime | None, tz: tzinfo | None = None) -> str:
    return "" if utc is None else f"{to_local(utc, tz):%H:%M}"


def kind_labels() -> dict[NoteKind, str]:
    return {
        NoteKind.INTERVENTION: QCoreApplication.translate("Room", "Intervention"),
        NoteKind.PROPOSAL: QCoreApplication.translate("Room", "Proposal"),
        NoteKind.DECISION: QCoreApplication.translate("Room", "Decision"),
        NoteKind.ACTION: QCoreApplication.translate("Room", "Action"),
        NoteKind.REMARK: QCoreApplication.translate("Room", "Remark"),
    }


def stance_labels() -> dict[Stance, str]:
    return {
        Stance.SUPPORT: QCoreApplication.translate("Room", "Support"),
        Stance.SUPPORT_WITH_AMENDMENTS: QCoreApplication.translate(
            "Room", "Support with amendments"
        ),
        Stance.NEUTRAL: QCoreApplication.translate("Room", "Neutral"),
        Stance.RESERVE: QCoreApplication.translate("Room", "Reserve"),
        Stance.OPPOSE: QCoreApplication.translate("Room", "Oppose"),
        Stance.UNKNOWN: QCoreApplication.translate("Room", "Unknown"),
    }


def status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("Room", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Room", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Room", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Room", "Dropped"),
    }


def verb_labels() -> dict[OutcomeVerb, str]:
    return {
        OutcomeVerb.NOTED: QCoreApplication.translate("Room", "Noted"),
        OutcomeVerb.WELCOMED: QCoreApplication.translate("Room", "Welcomed"),
        OutcomeVerb.ENDORSED: QCoreApplication.translate("Room", "Endorsed"),
        OutcomeVerb.AGREED: QCoreApplication.translate("Room", "Agreed"),
        OutcomeVerb.ADOPTED: QCoreApplication.translate("Room", "Adopted"),
        OutcomeVerb.APPROVED: QCoreApplication.translate("Room", "Approved"),
        OutcomeVerb.DEFERRED: QCoreApplication.translate("Room", "Deferred"),
        OutcomeVerb.TASKED: QCoreApplication.translate("Room", "Tasked"),
    }


def stance_ink(stance: Stance) -> str:
    """The colour of a stance's word on the page (the theme's; always beside the word)."""
    return theme.current()[f"stance.{stance.value}.ink"]


class SubmitTextEdit(PlainTextEdit):
    """Plain text where Enter submits and Shift+Enter starts a new line (pastes cleaned)."""

    submitted = Signal()
    submitted_with_control = Signal()  # Ctrl+Enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
                return
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.submitted_with_control.emit()
                return
            self.submitted.emit()
            return
        super().keyPressEvent(event)


def add_shortcuts(
    widget: QWidget,
    entries: list[tuple[str, list[str], Any]] | list[tuple[str, list[str], Any, str]],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> list[QAction]:
    """(object name, key sequences, slot[, what it does]) -> actions on ``widget``
    (findable in tests; what it does names it in Help > Keyboard shortcuts)."""
    actions = []
    for name, keys, slot, *text in entries:
        action = QAction(widget)
        action.setObjectName(name)
        if text:
            action.setText(text[0])
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        widget.addAction(action)
        actions.append(action)
    return actions


def _ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


# Tests replace this (like errors.present) to answer without a modal box.
confirm = _ask
