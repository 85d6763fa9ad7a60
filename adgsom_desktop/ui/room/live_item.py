"""Live mode's current agenda item: shown, moved to (Alt+arrows, Ctrl+G jump), its panels.

The item's points to make (Alt+1…9 ticks one), the speaking timer (F9), the
observed stances and the outcomes (Ctrl+R) sit beside the capture box.
``LiveItem`` is a part of ``live_mode.LiveWindow`` (the window owns the widgets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from ...errors import AppError
from ..common.errors import show_error
from .room_common import hhmm
from .room_dialogs import OutcomeDialog, OutcomeValues

if TYPE_CHECKING:
    from .live_panels import OutcomesPanel, PointsPanel, StancesPanel, TimerPanel
    from .room_common import SubmitTextEdit

    _Base = QWidget
else:
    _Base = object


class LiveItem(_Base):
    """Which agenda item live mode is on, moving between items, and the item's panels."""

    # Set by LiveWindow.
    services: Any
    meeting: Any
    tz: Any
    items: list[Any]
    index: int
    item_label: QLabel
    item_sub: QLabel
    jump: QLineEdit
    hint: QLabel
    text: SubmitTextEdit
    points: PointsPanel
    timer: TimerPanel
    stances: StancesPanel
    outcomes: OutcomesPanel

    if TYPE_CHECKING:  # from LiveCapture

        def _hint(self, text: str, ok: bool = False) -> None: ...

        def _load_recent(self) -> None: ...

        def _text_item(self, item_id: int | None) -> None: ...  # from LiveText

    @property
    def current_item(self) -> Any:
        return self.items[self.index] if self.items else None

    def show_item(self, index: int) -> None:
        if not self.items:
            self.item_label.setText(
                self.tr("This meeting has no agenda yet: notes go to the meeting.")
            )
            self.item_sub.setText("")
            self._load_item_panels()
            return
        self.index = max(0, min(len(self.items) - 1, index))
        item = self.items[self.index]
        self.item_label.setText(f"{item.number}  {item.title}")
        sub = [self.tr("Item %d of %d") % (self.index + 1, len(self.items)), item.purpose.label]
        if item.lead:
            sub.append(self.tr("Lead: %s") % item.lead)
        if item.est_minutes:
            sub.append(self.tr("%d min") % item.est_minutes)
        self.item_sub.setText(" · ".join(sub))
        self._fit_item_label()
        self._load_item_panels()

    def _fit_item_label(self) -> None:
        """A long title wraps onto more lines: give the label their height."""
        width = max(200, self.item_label.width())
        self.item_label.setMinimumHeight(self.item_label.heightForWidth(width))

    def step(self, delta: int) -> None:
        if self.items:
            self.move_to(self.index + delta)

    def move_to(self, index: int) -> None:
        old = self.current_item
        self.show_item(index)
        new = self.current_item
        if old is not None and new is not None and old.id != new.id and self.timer.running():
            try:
                self.services.live.switch_item(self.meeting.id, new.id)
            except AppError as exc:
                show_error(self, exc)
            self._load_timer()

    def jump_to(self, text: str) -> bool:
        """Go to the item numbered ``text`` ("4.1"), else the first whose title holds it."""
        wanted = text.strip().rstrip(".")
        if not wanted:
            return False
        for n, item in enumerate(self.items):
            if item.number.rstrip(".") == wanted:
                self.move_to(n)
                return True
        needle = wanted.casefold()
        for n, item in enumerate(self.items):
            if needle in item.title.casefold():
                self.move_to(n)
                return True
        return False

    def _focus_jump(self) -> None:
        self.jump.setFocus()
        self.jump.selectAll()

    def _on_jump(self) -> None:
        if self.jump_to(self.jump.text()):
            self.jump.clear()
            self.hint.setText("")
            self.text.setFocus()
        else:
            self._hint(self.tr("No item numbered “%s” on this agenda.") % self.jump.text().strip())
            self.jump.selectAll()  # typing replaces it; Esc empties it

    def _cancel_jump(self) -> None:
        self.jump.clear()
        self.text.setFocus()

    def _leave_jump_if_unfocused(self) -> None:
        if not self.jump.hasFocus():
            self.jump.clear()

    def _load_item_panels(self) -> None:
        item = self.current_item
        try:
            if item is None:
                self.points.set_points([])
                self.stances.set_stances([])
                self.outcomes.set_outcomes([])
            else:
                self.points.set_points(self.services.live.points(item.id))
                self.stances.set_stances(self.services.live.stances(item.id))
                self.outcomes.set_outcomes(self.services.outcomes.for_item(item.id))
            self._load_recent()
            self._load_timer()
        except AppError as exc:
            show_error(self, exc)
        self._text_item(item.id if item is not None else None)

    def _load_timer(self) -> None:
        item = self.current_item
        self.timer.set_totals(self.services.live.totals(self.meeting.id), item.id if item else None)

    def toggle_point(self, number: int) -> None:
        points = self.points.points
        if not 1 <= number <= len(points):
            self._hint(self.tr("There is no point %d on this item.") % number)
            return
        p = points[number - 1]
        try:
            self.services.live.set_delivered(p.id, not p.delivered)
        except AppError as exc:
            self._hint(str(exc))
        item = self.current_item
        if item is not None:
            self.points.set_points(self.services.live.points(item.id))

    def toggle_timer(self) -> None:
        item = self.current_item
        try:
            if self.timer.running():
                self.services.live.stop_speaking(self.meeting.id)
            else:
                self.services.live.start_speaking(self.meeting.id, item.id if item else None)
        except AppError as exc:
            show_error(self, exc)
        self._load_timer()

    def record_outcome(self) -> None:
        item = self.current_item
        if item is None:
            self._hint(self.tr("Outcomes belong to an agenda item: this meeting has none."))
            return
        draft = self.text.toPlainText().strip()
        outcomes = self.services.outcomes
        dlg = OutcomeDialog(OutcomeValues(text=draft), self, item.label)
        dlg.saver = lambda v: outcomes.add(item.id, v.verb, v.text)  # a failure keeps it open
        if not self.exec_dialog(dlg) or dlg.saved is None:
            return
        v = dlg.values()
        if draft and draft == v.text:
            self.text.clear()
        self.outcomes.set_outcomes(self.services.outcomes.for_item(item.id))
        self._hint(self.tr("Outcome recorded."), ok=True)

    def exec_dialog(self, dlg: QDialog) -> bool:
        """Run a modal dialog (tests replace this to drive it)."""
        return dlg.exec() == QDialog.DialogCode.Accepted

    def _warn_if_stale_timer(self) -> None:
        t = self.timer.totals
        if t is not None and t.running is not None:
            started = hhmm(t.running.started_at, self.tz)
            self._hint(
                self.tr("The speaking timer has been running since %s (F9 stops it).") % started,
                ok=True,
            )
