"""The meeting's documents in the main window: a Documents tab on each meeting and each
agenda item; the copies made for the system's viewer are removed when the store closes
or locks (and at the next start: ``app.sweep_interrupted_writes``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...i18n.printing import QT_TRANSLATE_NOOP
from ..shell.detail_tabs import DetailTab

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow

MEETING_DOCUMENTS_TAB = "meetingAttachments"
ITEM_DOCUMENTS_TAB = "itemAttachments"


def documents_tabs() -> list[DetailTab]:
    def meeting(services: Any, parent: Any) -> Any:
        from .documents_view import DocumentsView

        return DocumentsView(services, "meeting", parent)

    def item(services: Any, parent: Any) -> Any:
        from .documents_view import DocumentsView

        return DocumentsView(services, "item", parent)

    return [
        DetailTab(
            "meeting",
            QT_TRANSLATE_NOOP("DetailTab", "Documents"),
            meeting,
            order=40,
            name=MEETING_DOCUMENTS_TAB,
        ),
        DetailTab(
            "item",
            QT_TRANSLATE_NOOP("DetailTab", "Documents"),
            item,
            order=60,
            name=ITEM_DOCUMENTS_TAB,
        ),
    ]


def _clear() -> None:
    from ...services.open_copies import clear_open_copies

    clear_open_copies()


class DocumentsFeature:
    def install(self, window: MainWindow) -> None:
        window.store_closed.connect(_clear)
        from ..security.lock_controller import LockController

        lock = window.findChild(LockController)
        if lock is not None:
            lock.locked.connect(_clear)
