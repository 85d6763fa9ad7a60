"""The position editor's side of a conflicting save (someone else saved the brief meanwhile).

The save refused with ``BriefConflict`` leaves the text on screen, unsaved, with a
red banner and *Compare…*: both versions side by side (``ui/common/conflict_dialog``,
the word diff with ICU's word breaks), and the user keeps theirs, takes the other or
merges by hand.  ``PositionService.resolve_conflict`` writes the choice; the history
keeps both texts.  Until the user chooses, nothing replaces what they typed (the
autosave keeps failing with the same conflict, and says so).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from ...errors import AppError
from ...services.brief_conflict import BriefConflict, conflict_view
from ...services.changes import acting_as
from ..common.conflict_dialog import ConflictDialog
from ..common.errors import show_error
from .position_history_dialog import qt_word_tokens
from .position_saving import _Brief

if TYPE_CHECKING:
    from ...services.container import Services
    from ..common.autosave import Autosaver
    from ..common.save_state import SaveState
    from .position_form import PositionForm

    _Base = QWidget
else:
    _Base = object


class PositionConflict(_Base):
    """Compare… on a conflicting save (mixed into ``PositionEditor``)."""

    # Set by PositionEditor.
    origin: str
    services: Services
    brief: _Brief | None
    _conflict: bool
    _brief_conflict: BriefConflict | None
    form: PositionForm
    state: SaveState
    autosave: Autosaver

    if TYPE_CHECKING:  # from PositionEditor

        def _show_status(self) -> None: ...

    def compare_conflict(self) -> None:
        """Show yours (what is on screen now) beside the version saved meanwhile."""
        found = self._brief_conflict
        if found is None or self.brief is None or found.item_id != self.brief.item_id:
            return
        conflict = BriefConflict(
            found.item_id, found.base, found.theirs, found.theirs_by, self.form.content()
        )
        names = {p.id: p.display for p in self.services.delegations.our_members()}
        view = conflict_view(
            conflict, lambda pid: names.get(pid, "") if pid else "", qt_word_tokens
        )
        dlg = ConflictDialog(view, self)
        resolution = dlg.resolution() if dlg.exec() == QDialog.DialogCode.Accepted else None
        if resolution is None:
            return  # not now: the text stays on screen, unsaved
        self.autosave.cancel()
        try:
            with acting_as(self.origin):
                rec = self.services.positions.resolve_conflict(conflict, resolution)
        except BriefConflict as again:  # saved once more meanwhile: compare with that one
            self._brief_conflict = again
            self._show_status()
            show_error(self, again, self.tr("Saved again meanwhile"))
            return
        except AppError as exc:
            show_error(self, exc, self.tr("Not saved"))
            return
        brief = self.brief
        tags_text = self.form.tags.text()
        self._conflict = False
        self._brief_conflict = None
        self.brief = _Brief(brief.item_id, rec, rec.content, brief.saved_tags)
        self.form.set_content(replace(rec.content, tags=()))
        self.form.tags.setText(tags_text)
        self.state.mark_clean()
        self._show_status()
        if tags_text != ", ".join(brief.saved_tags):
            self.autosave.touch()  # the item's tags typed meanwhile are saved next
