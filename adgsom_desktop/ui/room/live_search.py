"""Search from live mode (Ctrl+K): the results open inside live mode, and capture keeps the
keyboard.

The search dialog belongs to the live window (it opens over it, never over the main
window). A hit on this meeting opens in live mode: a note goes to its item and is
chosen in the list under the capture box (F2 corrects it), an agenda item or its
brief becomes the current item. Any other hit (another meeting, a person, an
action item) is shown in the main window *without bringing it forward*; live mode
stays in front with the keyboard in the capture box, and says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from ...errors import AppError
from ..common.errors import show_error

if TYPE_CHECKING:
    from ..search.search_popup import SearchDialog
    from .live_mode import LiveWindow


class LiveSearch(QObject):
    def __init__(self, window: LiveWindow) -> None:
        super().__init__(window)
        self.w = window
        self.dialog: SearchDialog | None = None
        # Set by the room feature: shows a hit in the main window without raising it.
        self.open_elsewhere: Callable[[Any], None] | None = None

    def start(self) -> None:
        if self.dialog is None:
            from ..search.search_popup import SearchDialog

            self.dialog = SearchDialog(self.w.services, self.w)
            self.dialog.setObjectName("liveSearch")
            self.dialog.open_hit.connect(self.open_hit)
        self.dialog.start()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.cancel_jobs()
            self.dialog.hide()

    def open_hit(self, hit: Any) -> None:
        w = self.w
        try:
            if not self._open_here(hit):
                self._open_elsewhere(hit)
        except AppError as exc:
            show_error(w, exc)
        w.raise_()
        w.activateWindow()
        w.text.setFocus()

    def _index_of(self, item_id: int | None) -> int | None:
        return next((n for n, i in enumerate(self.w.items) if i.id == item_id), None)

    def _open_here(self, hit: Any) -> bool:
        w = self.w
        if hit.meeting_id != w.meeting.id and hit.kind not in ("item", "position"):
            return False
        index = self._index_of(hit.item_id)
        if hit.kind in ("item", "position", "outcome") and index is not None:
            w.move_to(index)
            w._hint(self.tr("Item %s is the current item.") % w.current_item.number, ok=True)
            return True
        if hit.kind == "note":
            if index is not None and index != w.index:
                w.move_to(index)
            if w.correction.show_found(hit.ref_id):
                return True
        return False

    def _open_elsewhere(self, hit: Any) -> None:
        if self.open_elsewhere is not None:
            self.open_elsewhere(hit)
        self.w._hint(
            self.tr("“%s” is shown in the main window (behind this one).") % hit.title, ok=True
        )
