"""Bridges the services' plain ChangeBus to a Qt signal delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from ...services.changes import Change, ChangeBus


class ChangeRelay(QObject):
    changed = Signal(object)  # Change
    _relay = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: a service called from a worker thread still notifies views on the GUI thread.
        self._relay.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = bus.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self._relay.emit(change)

    def detach(self) -> None:
        self._unsubscribe()
