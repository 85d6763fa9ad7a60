"""The position editor's side of a conflicting save (someone else saved the brief meanwhile,
or approved it: *Reopen as draft with my text* / *Discard my text*, G6).

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

from ...domain.position_sections import SECTIONS
from ...services.brief_conflict import BriefConflict, conflict_view
from ..common.conflict_dialog import ConflictDialog
from ..common.errors import show_error
from .position_history_dialog import qt_word_tokens

if TYPE_CHECKING:
    from ...services.container import Services
    from ...services.position_records import PositionRec
    from ..common.autosave import Autosaver
    from ..common.save_state import SaveState
    from .brief_saving import Brief
    from .position_form import PositionForm
    from .position_presenter import PositionPresenter

    _Base = QWidget
else:
    _Base = object


class PositionConflict(_Base):
    """Compare… on a conflicting save (mixed into ``PositionEditor``; the write goes
    through the presenter, on the operation runner)."""

    # Set by PositionEditor.
    services: Services
    presenter: PositionPresenter
    form: PositionForm
    state: SaveState
    autosave: Autosaver

    if TYPE_CHECKING:  # from PositionEditor

        @property
        def brief(self) -> Brief | None: ...

        def _show_status(self) -> None: ...

    def take_merged(self, brief: Brief) -> None:
        """A save merged with one made meanwhile (G1): the sections taken from theirs are
        put on screen (not one typed since: that is saved next, on top)."""
        if brief.merged is None or brief.merged[1].rec is None:
            return
        sent, result = brief.merged
        assert result.rec is not None
        stored, shown = result.rec.content, self.form.content()
        values = {
            s.name: getattr(stored, s.name)
            for s in SECTIONS
            if getattr(shown, s.name) == getattr(sent, s.name)
            and getattr(shown, s.name) != getattr(stored, s.name)
        }
        if values:
            tags_text = self.form.tags.text()
            self.form.set_content(replace(shown, **values))
            self.form.tags.setText(tags_text)

    def reopen_with_mine(self) -> None:
        """Approved while the user typed (G6): "Reopen as draft with my text" saves what is
        on screen as a new draft version (the approved one stays in the history)."""
        if self.brief is None:
            return
        self.presenter.unlock()
        self.autosave.touch()
        self.autosave.flush()
        self._show_status()

    def compare_conflict(self) -> None:
        """Show yours (what is on screen now) beside the version saved meanwhile."""
        found = self.presenter.brief_conflict
        brief = self.brief
        if found is None or brief is None or found.item_id != brief.item_id:
            return
        conflict = BriefConflict(
            found.item_id,
            found.base,
            found.theirs,
            found.theirs_by,
            self.form.content(),
            found.base_content,
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
        tags_text = self.form.tags.text()
        saved_tags = brief.saved_tags

        def done(rec: PositionRec) -> None:
            if self.brief is not brief:
                return  # another item shown meanwhile: it was written all the same
            self.form.set_content(replace(rec.content, tags=()))
            self.form.tags.setText(tags_text)
            self.state.mark_clean()
            self._show_status()
            if tags_text != ", ".join(saved_tags):
                self.autosave.touch()  # the item's tags typed meanwhile are saved next

        def failed(error: BaseException) -> None:
            self._show_status()
            if isinstance(error, BriefConflict):
                show_error(self, error, self.tr("Saved again meanwhile"))
            else:
                show_error(self, error, self.tr("Not saved"))

        self.state.mark_saving()
        self.presenter.resolve(conflict, resolution, done, failed)
