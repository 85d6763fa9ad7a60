"""Live mode's current item beside the capture box: its panels (our points to make, the
speaking timer, the observed stances, the outcomes), ticking a point (Alt+1…9), the timer
(F9), an outcome (Ctrl+R), and the jump box (Ctrl+G: go to an item by number).

``ItemPanels`` works for one ``LiveWindow`` (composed, not a mixin): the writes are
the presenter's, handed to the runner; the panels show what the store answered.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...errors import AppError
from ..common.errors import show_error
from .room_common import hhmm, utcnow
from .room_dialogs import OutcomeDialog, OutcomeValues

if TYPE_CHECKING:
    from .live_mode import LiveWindow


class ItemPanels(QObject):
    def __init__(self, window: LiveWindow) -> None:
        super().__init__(window)
        self.w = window

    def focus_jump(self) -> None:
        self.w.jump.setFocus()
        self.w.jump.selectAll()

    def on_jump(self) -> None:
        if self.w.jump_to(self.w.jump.text()):
            self.w.jump.clear()
            self.w.hint.setText("")
            self.w.text.setFocus()
        else:
            self.w._hint(
                self.tr("No item numbered “%s” on this agenda.") % self.w.jump.text().strip()
            )
            self.w.jump.selectAll()  # typing replaces it; Esc empties it

    def cancel_jump(self) -> None:
        self.w.jump.clear()
        self.w.text.setFocus()

    def leave_jump_if_unfocused(self) -> None:
        if not self.w.jump.hasFocus():
            self.w.jump.clear()

    def load(self) -> None:
        try:
            self.w.mandate.set_mandate(self.w.presenter.mandate())
            panels = self.w.presenter.panels()
            self.w.points.set_points(list(panels.points))
            self.w.stances.set_stances(list(panels.stances))
            self.w.outcomes.set_outcomes(list(panels.outcomes))
            self.w.capture.fill_recent(self.w.presenter.load_recent(), self.w.tz)
            self.timer_changed()
        except AppError as exc:
            show_error(self.w, exc)

    def timer_changed(self) -> None:
        item = self.w.current_item
        self.w.timer.set_totals(self.w.presenter.totals(), item.id if item else None)

    def points_changed(self, item_id: int) -> None:
        item = self.w.current_item
        if item is not None and item.id == item_id:
            self.w.points.set_points(self.w.presenter.points())

    def toggle_point(self, number: int) -> None:
        points = self.w.points.points
        if not 1 <= number <= len(points):
            self.w._hint(self.tr("There is no point %d on this item.") % number)
            return
        p = points[number - 1]
        self.w.presenter.toggle_point(p.id, not p.delivered)
        # Shown at once (the next key toggles from here); the store's answer follows.
        ticked = utcnow() if not p.delivered else None
        self.w.points.set_points([replace(x, delivered_at=ticked) if x is p else x for x in points])

    def toggle_timer(self) -> None:
        self.w.presenter.toggle_timer()

    def record_outcome(self) -> None:
        item = self.w.current_item
        if item is None:
            self.w._hint(self.tr("Outcomes belong to an agenda item: this meeting has none."))
            return
        draft = self.w.text.toPlainText().strip()
        presenter, runner, origin = self.w.presenter, self.w.runner, self.w.origin
        dlg = OutcomeDialog(OutcomeValues(text=draft), self.w, item.label)
        # A failure keeps the dialog open; the write runs on the runner, after the notes.
        dlg.saver = lambda v: runner.call(
            presenter.outcome_write(v.verb, v.text), origin=origin, parent=dlg
        )
        if not self.w.exec_dialog(dlg) or dlg.saved is None:
            return
        v = dlg.values()
        if draft and draft == v.text:
            self.w.text.clear()
        self.w.outcomes.set_outcomes(self.w.presenter.outcomes())
        self.w._hint(self.tr("Outcome recorded."), ok=True)

    def warn_if_stale_timer(self) -> None:
        t = self.w.timer.totals
        if t is not None and t.running is not None:
            started = hhmm(t.running.started_at, self.w.tz)
            self.w._hint(
                self.tr("The speaking timer has been running since %s (F9 stops it).") % started,
                ok=True,
            )
