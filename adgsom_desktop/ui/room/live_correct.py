"""Live mode: correcting a note in place, and the owner and due date of an action item.

- **Up** in the capture box (on its first line) selects the newest note of the item in
  the list under the box; Up and Down move, **F2** or Enter opens the note to correct
  (text, kind, item, speaker, stance; its earlier texts shown as history), Esc goes
  back to the box. F2 from the box corrects the newest note at once.
- **Ctrl+Enter** asks who owns the action item and by when (the speaker and no date
  are proposed): Enter takes what is shown, so Ctrl+Enter then Enter is as quick as
  before; Esc goes back to the note, unsaved.

``NoteCorrection`` works for one ``LiveWindow`` (composed, like ``live_item.ItemPanels``);
the writes are the presenter's, on the store's runner.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.outbox import HeldOffline
from ...services.records import NoteRec
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.fit import long_choices
from ..common.theme import tone
from ..team.keep import correction_hold, own_speaker, read_or_last, save_or_keep
from ..team.kept_notes import KEPT
from .live_capture import NOTE_ID
from .live_presenter import ActionChoice, parse_due
from .room_common import hhmm
from .room_dialogs import NoteDialog, NoteValues

if TYPE_CHECKING:
    from .live_mode import LiveWindow


class NoteCorrection(QObject):
    def __init__(self, window: LiveWindow) -> None:
        super().__init__(window)
        self.w = window

        self.found: int | None = None  # a note search opened here (F2 corrects it)

    def install(self) -> None:
        self.w.text.installEventFilter(self)
        self.w.recent.installEventFilter(self)
        self.w.recent.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.w.recent.itemActivated.connect(lambda _i: self.edit())

    # -- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if watched is self.w.text and key == Qt.Key.Key_Up and plain:
            cursor = QTextCursor(self.w.text.textCursor())
            if not cursor.movePosition(QTextCursor.MoveOperation.Up):  # on the first line
                return self.select_newest()
        if watched is self.w.recent and plain:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit()
                return True
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Tab):
                self.back_to_box()
                return True
        return False

    def select_newest(self) -> bool:
        recent = self.w.recent
        if recent.count() == 0:
            self.w._hint(self.tr("No note on this item yet."))
            return True
        recent.setFocus()
        recent.setCurrentRow(recent.count() - 1)
        self.w._hint(self.tr("↑↓ choose a note · F2 or Enter corrects it · Esc back"), ok=True)
        return True

    def show_found(self, note_id: int) -> bool:
        """A note search found: chosen in the list (the keyboard stays in the box)."""
        recent = self.w.recent
        for row in range(recent.count()):
            if recent.item(row).data(NOTE_ID) == note_id:
                recent.setCurrentRow(row)
                recent.scrollToItem(recent.item(row))
                self.found = note_id
                self.w._hint(
                    self.tr("Found: the chosen note in the list (F2 corrects it)."), ok=True
                )
                return True
        return False

    def back_to_box(self) -> None:
        self.found = None
        self.w.recent.clearSelection()
        self.w.recent.setCurrentRow(-1)
        self.w.hint.setText("")
        self.w.text.setFocus()

    def selected_id(self) -> int | None:
        item = self.w.recent.currentItem()
        if item is None or not (self.w.recent.hasFocus() or self.found is not None):
            return None
        value = item.data(NOTE_ID)
        return int(value) if value is not None else None

    # -- correcting ---------------------------------------------------------------------
    def edit(self) -> None:
        """F2: correct the chosen note (or the newest one) in the note dialog."""
        w = self.w
        chosen = w.recent.currentItem()
        kept = chosen is not None and chosen.data(KEPT) is not None
        if kept and (w.recent.hasFocus() or self.found is not None):
            w._hint(
                self.tr(
                    "This note is kept on this computer, not saved yet: correct it once "
                    "it is written."
                )
            )
            return
        note = w.presenter.note_for_correction(self.selected_id())
        if note is None:
            w._hint(self.tr("No note on this item to correct yet."))
            return
        services = w.services
        items = [(i.id, i.label) for i in w.items]
        # Read again; while the server is away, as read last (the correction is kept).
        delegations = [
            (d.id, f"{d.code} · {d.name}")
            for d in read_or_last(services, "delegations", services.delegations.delegations, [])
        ] or own_speaker(note)
        versions = read_or_last(
            services, ("versions", note.id), lambda: services.notes.versions(note.id), []
        )
        history = [(f"v{v.version_no} {hhmm(v.saved_at, w.tz)}", text) for v, text in versions[:-1]]
        dlg = NoteDialog(
            NoteValues(
                note.text, note.kind, note.item_id, note.speaker_delegation_id, note.observed_stance
            ),
            items,
            delegations,
            w,
            history,
        )
        dlg.setWindowTitle(self.tr("Correct the note of %s") % hhmm(note.taken_at, w.tz))
        runner, origin = w.runner, w.origin
        dlg.saver = lambda v: save_or_keep(
            runner,
            w.presenter.correction(note, v),
            correction_hold(note, v),  # kept on this computer if the server is away
            origin=origin,
            parent=dlg,
        )
        accepted = w.exec_dialog(dlg) and dlg.saved is not None
        self.back_to_box()
        if accepted and isinstance(dlg.saved, HeldOffline):
            w.capture.refill_recent()
            w._hint(
                self.tr(
                    "Offline: the correction is kept on this computer (%s unsaved); written "
                    "when the server is back."
                )
                % dlg.saved.pending
            )
        elif accepted:
            self.corrected(dlg.saved)

    def corrected(self, note: NoteRec) -> None:
        w = self.w
        if not w.presenter.show_note(note):
            w.presenter.load_recent()  # it moved to another item: the list is read again
        w.capture.fill_recent(w.presenter.recent_notes, w.tz)
        w._hint(self.tr("Note corrected (the earlier text stays in its history)."), ok=True)

    # -- Ctrl+Enter: the action item's owner and due date -------------------------------
    def ask_action(self, candidate: Any) -> ActionChoice | None:
        """Who owns the action item and by when; None: Esc (the note stays in the box)."""
        w = self.w
        services = w.services
        delegations = read_or_last(services, "delegations", services.delegations.delegations, [])
        owner = candidate.delegation.id if candidate is not None else None
        dlg = ActionPrompt(
            w.text.toPlainText().strip(),
            [(d.id, f"{d.code} · {d.name}") for d in delegations],
            owner,
            w,
        )
        if not w.exec_dialog(dlg):
            return None
        return dlg.choice


class ActionPrompt(QDialog):
    """Owner and due date of the action item Ctrl+Enter makes; Enter takes what is shown."""

    def __init__(
        self,
        text: str,
        delegations: list[tuple[int, str]],
        owner_id: int | None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionPrompt")
        self.setWindowTitle(self.tr("Action item"))
        self.today = today or date.today()
        self.choice: ActionChoice | None = None
        what = QLabel(text[:300], self)
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setStyleSheet("font-weight: bold;")
        self.owner = QComboBox(self)
        self.owner.setObjectName("actionPromptOwner")
        self.owner.addItem(self.tr("(no owner)"), None)
        for delegation_id, label in delegations:
            self.owner.addItem(label, delegation_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))
        long_choices(self.owner, 28)
        self.due = QLineEdit(self)
        self.due.setObjectName("actionPromptDue")
        self.due.setPlaceholderText(self.tr("none · 2026-02-15 · 15 Feb · +14 (days) · +2w"))
        self.problem = problem_label(self, "actionPromptProblem", hidden=True)
        hint = QLabel(self.tr("Enter saves as shown · Esc goes back to the note"), self)
        tone(hint, "muted")
        buttons = ok_cancel(self, accept=self._accept)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self.due.setFocus()

    def _accept(self) -> None:
        try:
            due = parse_due(self.due.text(), self.today)
        except ValueError:
            self.problem.setText(
                self.tr("“%s” is not a date: type 2026-02-15, 15 Feb or +14, or leave it empty.")
                % self.due.text().strip()
            )
            self.problem.show()
            self.due.setFocus()
            self.due.selectAll()
            return
        self.choice = ActionChoice(self.owner.currentData(), due)
        self.accept()
