"""The status bar's word on saving: all saved, not saved, or offline with N unsaved changes.

One place decides it, from what is true now rather than from the last event:

- writes held on this computer because the team store's server cannot be reached
  (the store's runner's outbox): "Offline: N unsaved changes · retrying";
- held writes the server no longer takes as they are (someone else changed the
  note meanwhile): "N unsaved changes in conflict";
- an editor under the window that could not save (``SaveState.failed``): "Not saved"
  (it used to say "All changes saved" while the editor said "Not saved");
- an editor holding text not handed to the store yet: "Unsaved changes";
- else "All changes saved HH:MM:SS" once something was saved.

It looks again when a change is published, when the runner's held count moves, and
every second while a store is open (an editor's state changes without an event here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ..common.theme import tone

# The editors' save states (``common.save_state``) and the section labels are read once a
# store is open: not imported to paint the window (#13).

if TYPE_CHECKING:
    from datetime import datetime

    from ...services.container import Services
    from ..common.runner import GuiRunner

REFRESH_MS = 1_000


class SaveStatus(QLabel):
    """The status bar's permanent "saved" label of the main window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("saveLabel")
        self._window = window
        self._runner: GuiRunner | None = None
        self._saved_at: datetime | None = None
        self._kind = ""
        self.merged_text = ""  # the last held brief saves merged on the server's return
        self.problem_box: QWidget | None = None  # the warning about a kept file not opened
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def attach(self, services: Services) -> None:
        """A store opened: follow its runner's held writes."""
        self.detach()
        from ..common.runner import runner_for  # with a store: not before the first paint

        self._runner = runner = runner_for(services)
        runner.offline_changed.connect(self._held_changed)
        # Queued: the dialogs open after the runner's callbacks, never inside them.
        runner.conflicts_found.connect(self._on_conflicts, Qt.ConnectionType.QueuedConnection)
        runner.merged_found.connect(self._on_merged)
        self._timer.start()
        self.refresh()
        if runner.outbox is not None and runner.outbox.conflicts():  # left from before
            runner.conflicts_found.emit(runner.outbox.conflicts())
        if runner.outbox is not None and runner.outbox.problem:  # a kept file not opened
            QTimer.singleShot(0, self._say_outbox_problem)

    def _say_outbox_problem(self) -> None:
        runner = self._runner
        if runner is not None and runner.outbox is not None:
            from ..team.outbox_notice import show_problem

            self.problem_box = show_problem(self._window, runner.outbox)

    def detach(self) -> None:
        if self._runner is not None:
            try:
                self._runner.offline_changed.disconnect(self._held_changed)
                self._runner.conflicts_found.disconnect(self._on_conflicts)
                self._runner.merged_found.disconnect(self._on_merged)
            except (RuntimeError, TypeError):  # the runner is gone already
                pass
        self._runner = None
        self._saved_at = None
        self._timer.stop()
        self.refresh()

    def saved(self) -> None:
        """A change was committed (by this app or another member's)."""
        from datetime import datetime  # (not to paint the window)

        self._saved_at = datetime.now()
        self.refresh()

    def _held_changed(self, _count: int) -> None:
        self.refresh()

    def _on_conflicts(self, conflicts: Any) -> None:
        runner = self._runner
        if runner is not None:
            from ..team.held_conflicts import show_held_conflicts

            show_held_conflicts(self._window, runner, conflicts)
            self.refresh()

    def _on_merged(self, saved: Any) -> None:
        """Held brief saves written on the server's return, merged with a save made
        meanwhile (each changed other sections): said in the status bar, no dialog."""
        from ..common.labels import label_tr

        parts = [
            self.tr("merged with %s's change to %s")
            % (
                s.merged_with or self.tr("someone else"),
                ", ".join(label_tr(label) for label in s.merged_sections),
            )
            for s in saved
        ]
        self.merged_text = self.tr("Your brief kept offline is saved: %s.") % "; ".join(parts)
        bar = getattr(self._window, "statusBar", None)
        if callable(bar):
            bar().showMessage(self.merged_text, 30_000)

    def held(self) -> tuple[int, int]:
        """(held, in conflict) writes of the store's runner."""
        runner = self._runner
        outbox = None if runner is None else runner.outbox
        if outbox is None:
            return 0, 0
        return outbox.held, len(outbox.conflicts())

    def refresh(self, *_: Any) -> None:
        from ..common.save_state import unsaved_states

        held, conflicts = self.held()
        states = unsaved_states(self._window) if self._runner is not None else []
        tip = ""
        if held:
            text = (
                self.tr("Offline: 1 unsaved change · retrying")
                if held == 1
                else self.tr("Offline: %s unsaved changes · retrying") % held
            )
            tip = self.tr(
                "The team store's server cannot be reached. Your changes are kept on this "
                "computer and written, in order, as soon as it answers again."
            )
            outbox = None if self._runner is None else self._runner.outbox
            if outbox is not None and outbox.memory_only:
                tip += " " + self.tr(
                    "This sign-in used no password to seal them with: they are kept in "
                    "memory only, so keep the app open until they are written."
                )
            kind = "error-chip"
        elif conflicts:
            text = self.tr("%s unsaved changes in conflict") % conflicts
            tip = self.tr("Someone else changed these notes meanwhile: choose what to keep.")
            kind = "error-chip"
        elif any(s.failed for s in states):
            text = self.tr("Not saved: see the editor")
            kind = "error-chip"
        elif states:
            text = self.tr("Unsaved changes")
            kind = "warning"
        elif self._saved_at is not None:
            text = self.tr("All changes saved %s") % f"{self._saved_at:%H:%M:%S}"
            kind = "muted"
        else:
            text, kind = "", "muted"
        if text != self.text():
            self.setText(text)
        if tip != self.toolTip():
            self.setToolTip(tip)
        if kind != self._kind:  # restyled only when the meaning changes (every second)
            self._kind = kind
            self.setStyleSheet("font-weight: bold; padding: 0 4px;" if kind == "error-chip" else "")
            tone(self, kind)
