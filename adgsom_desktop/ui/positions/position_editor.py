"""The position editor (an item tab): our brief on one agenda item, saved as you type.

There is no Save button.  Edits are saved ~300 ms after the last key and at
most ~1 s after the first unsaved one, and at once when focus leaves a field,
another record is shown, the window closes or the store is closed.  While the
user keeps typing, saves fold into the current version (one version per
editing spell, not per second); a new spell, a status change, a restore or
an undo starts a new version.

An approved position is shown read-only; "Edit…" asks first (editing returns
it to draft, the approved version stays in the history).

The widget shows and forwards; ``position_presenter.PositionPresenter`` (no Qt)
holds the brief, decides what to save and hands every write to the store's
operation runner (``ui/common/runner.py``): the marker says "Saving…" until the
runner has committed it, then "Saved".  A save that fails (full disk, read-only
medium, store busy) is said in red under the format buttons ("Not saved:
<reason>"), the text stays as typed and is saved again on the next edit, on
``flush`` and by a backoff timer.  Shown another item meanwhile, the editor
keeps the unsaved draft (``SaveState.stash``) and shows it again, never the
store's older text, when the user comes back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PositionStatus
from ...errors import AppError, NotFoundError
from ...services.brief_conflict import BriefConflict
from ...services.changes import Change, ChangeKind
from ...services.position_records import (
    ApprovedEditError,
    PositionContent,
    PositionRec,
    StepDone,
)
from ..common import a11y, theme
from ..common.autosave import Autosaver
from ..common.errors import show_error
from ..common.markup_edit import MarkupEdit
from ..common.runner import runner_for
from ..common.save_state import SaveState, SaveStateLabel
from ..common.undo import hub_for
from ..team.presence_label import PresenceLabel
from ..tracker.item_projects import projects_html
from .brief_saving import SPELL_SECONDS, Brief, Draft, changed_fields
from .position_conflict import PositionConflict
from .position_display import PositionDisplay
from .position_form import PositionForm
from .position_presenter import PositionPresenter, Reaction
from .position_steps import PositionSteps

if TYPE_CHECKING:
    from ...services.container import Services

__all__ = ["SPELL_SECONDS", "PositionEditor", "changed_fields"]


class PositionEditor(PositionConflict, QWidget):
    """The editor: its layout, showing a brief (or a kept draft), forwarding edits and steps
    to its presenter, and showing what the runner answered (the title, status and banner:
    ``position_display``; Compare… on a conflicting save: ``position_conflict``)."""

    navigate = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub_for(services)
        self.runner = runner_for(services)
        self.presenter = PositionPresenter(services, self.runner, self.hub, self, self.tr)
        self.steps = PositionSteps(self)
        self.display = PositionDisplay(self)

        self.title = QLabel(self)
        self.title.setObjectName("posTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("posStatus")
        theme.watch(self, self.display.retheme)
        self.state = SaveState(
            self,
            retry=self.flush,
            others=(self.tr("brief on another item"), self.tr("briefs on other items")),
        )
        self.save_label = SaveStateLabel(self.state, self)
        self.save_label.setObjectName("posSaveState")
        self.btn_review = self._button(
            self.tr("Submit for review"), lambda: self.steps.submit_for_review(), "posSubmit"
        )
        self.btn_approve = self._button(
            self.tr("Approve…"), lambda: self.steps.approve(), "posApprove"
        )
        self.btn_draft = self._button(
            self.tr("Return to draft"), lambda: self.steps.return_to_draft(), "posReturn"
        )
        self.btn_history = self._button(
            self.tr("History…"), lambda: self.steps.show_history(), "posHistory"
        )
        self.btn_carry = self._button(
            self.tr("Carry forward…"), lambda: self.steps.carry_forward(), "posCarry"
        )

        self.banner = QLabel(self)
        self.banner.setObjectName("posBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.btn_edit = self._button(self.tr("Edit…"), lambda: self.steps.unlock(), "posEdit")
        self.btn_reload = self._button(self.tr("Reload"), self.reload_from_store, "posReload")
        self.btn_compare = self._button(self.tr("Compare…"), self.compare_conflict, "posCompare")
        self.btn_compare.setToolTip(
            self.tr("Both versions side by side: keep yours, take theirs or merge them")
        )
        self.btn_reopen_mine = self._button(
            self.tr("Reopen as draft with my text"), self.reopen_with_mine, "posReopenMine"
        )
        self.btn_discard_mine = self._button(
            self.tr("Discard my text"), self.reload_from_store, "posDiscardMine"
        )
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.btn_edit)
        banner_row.addWidget(self.btn_reopen_mine)
        banner_row.addWidget(self.btn_discard_mine)
        banner_row.addWidget(self.btn_compare)
        banner_row.addWidget(self.btn_reload)
        self.banner_box = QWidget(self)
        self.banner_box.setObjectName("posBannerBox")
        self.banner_box.setLayout(banner_row)
        self.banner_box.hide()

        fmt_row = QHBoxLayout()
        for text, tip, fn, name in (
            ("B", self.tr("Bold (Ctrl+B)"), MarkupEdit.toggle_bold, "fmtBold"),
            ("I", self.tr("Italic (Ctrl+I)"), MarkupEdit.toggle_italic, "fmtItalic"),
            ("•", self.tr("Bullet list (Ctrl+Shift+8)"), MarkupEdit.toggle_bullets, "fmtBullets"),
        ):
            tool = QToolButton(self)
            tool.setText(text)
            tool.setObjectName(name)
            tool.setToolTip(tip)
            tool.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the cursor in the text
            tool.clicked.connect(lambda _=False, f=fn: self._format(f))
            fmt_row.addWidget(tool)
        fmt_row.addStretch(1)
        fmt_row.addWidget(self.save_label, 100)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status_chip)
        buttons = QHBoxLayout()
        for b in (self.btn_review, self.btn_approve, self.btn_draft):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_carry)
        buttons.addWidget(self.btn_history)
        a11y.chain(self.btn_carry, self.btn_history)

        self.form = PositionForm(self)
        self.form.edited.connect(self._on_edited)
        self.scroll_area = QScrollArea(self)
        a11y.no_tab_stop(self.scroll_area)  # Tab goes through its fields
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form)
        self.autosave = Autosaver(self._save, self.state, self)
        self.autosave.flush_on_focus_leaving(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.banner_box)
        self.presence = PresenceLabel(services, self)  # who else has this brief open
        layout.addWidget(self.presence)
        layout.addLayout(fmt_row)
        layout.addWidget(self.scroll_area, 1)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)  # type: ignore[attr-defined]

    def _button(self, text: str, slot: Any, name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _=False: slot())
        return b

    def _format(self, fn: Any) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, MarkupEdit) and not focused.isReadOnly():
            fn(focused)

    # -- the brief being edited (the presenter's) ----------------------------------------
    @property
    def origin(self) -> str:
        return self.presenter.origin

    @property
    def item_id(self) -> int | None:
        return self.presenter.item_id

    @property
    def brief(self) -> Brief | None:
        return self.presenter.brief

    @property
    def _conflict(self) -> bool:
        return self.presenter.conflict

    @property
    def _brief_conflict(self) -> BriefConflict | None:
        return self.presenter.brief_conflict

    @property
    def rec(self) -> PositionRec | None:
        return self.presenter.rec

    @property
    def saved(self) -> PositionContent:
        return self.brief.saved if self.brief else PositionContent()

    @property
    def saved_tags(self) -> tuple[str, ...]:
        return self.brief.saved_tags if self.brief else ()

    # -- showing --------------------------------------------------------------------------
    def show_record(self, item_id: int) -> None:
        self._leave()
        self.presence.show_item(item_id)
        self.form.set_choices(
            self.services.delegations.our_members(),
            self.services.delegations.delegations(),
            self.services.agenda.known_tags(),
        )
        draft = self.state.unstash(item_id)
        if draft is None:
            self.presenter.item_id = item_id
            self.reload_from_store()
        else:
            self._show_draft(draft)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _leave(self) -> None:
        """Before another item is shown: hand its edits to the runner, or keep the draft the
        store refused at once (a refusal later comes back to ``brief_refused``)."""
        brief = self.brief
        if brief is None or self.autosave.flush() or isinstance(self.state.error, NotFoundError):
            return
        draft = Draft(brief, self.form.content(), self.form.tags.text())
        self.state.stash(brief.item_id, draft, lambda: self.presenter.save_draft(draft))
        self.autosave.cancel()

    def reload_from_store(self, keep_spell: bool = False) -> None:
        """Show the item's brief as stored (pending edits are dropped: Reload after a conflict).

        A new editing spell starts (the next save makes a new version) unless
        ``keep_spell`` and the stored version is the one the spell folds into.
        """
        self.autosave.cancel()
        item_id = self.item_id
        opened = None if item_id is None else self.presenter.open(item_id, keep_spell)
        if opened is None:
            self._gone()
            return
        self.display.item(opened.item)
        if opened.draft is not None:  # its save is on its way: show it as typed
            self.form.set_content(replace(opened.draft.content, tags=()))
            self.form.tags.setText(opened.draft.tags_text)
            self.state.mark_saving()
        else:
            self.form.set_content(replace(self.saved, tags=opened.item.tags))
            self.state.mark_clean()
        self.display.details()

    def _show_draft(self, draft: Draft) -> None:
        """Back on an item whose edits could not be saved: show them, not the store's text."""
        opened = self.presenter.open(draft.brief.item_id)
        if opened is None:
            self._gone()
            return
        self.presenter.show_draft(draft, self.state.error)
        self.display.item(opened.item)
        self.form.set_content(replace(draft.content, tags=()))
        self.form.tags.setText(draft.tags_text)
        self.display.details()
        self.autosave.touch()  # and try again now

    def _gone(self) -> None:
        self.presenter.item_id = None
        self.presenter.brief = None
        self.title.setText(self.tr("This item no longer exists."))
        self.form.setEnabled(False)

    def _show_status(self) -> None:
        self.display.status()

    # -- store events -------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        self.presence.on_change(change)
        if self.item_id is None:
            return
        if change.concerns(ChangeKind.PEOPLE, ChangeKind.DELEGATIONS, ChangeKind.SETTINGS):
            self.display.counterparts()
            self.form.set_choices(  # a member added meanwhile can own the brief
                self.services.delegations.our_members(),
                self.services.delegations.delegations(),
                self.services.agenda.known_tags(),
            )
        if change.concerns(ChangeKind.PROJECTS, ChangeKind.FRAMEWORKS):
            self.form.projects.setText(projects_html(self.services, self.item_id, self.tr))
        typing = self.autosave.pending or self.state.failed
        reaction = self.presenter.reaction(change, typing)
        if reaction is Reaction.RELOAD:
            self.reload_from_store(keep_spell=True)  # a new version elsewhere: a new spell
        elif reaction is Reaction.FOLLOW:
            self._show_status()  # approved meanwhile: the badge, read-only, the choices

    # -- saving ---------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if self.brief is not None:
            self.autosave.touch()

    def flush(self) -> bool:
        """Hand pending edits to the runner now, and drafts kept for other items; False if
        the store refused any at once (a later refusal comes back to ``brief_refused``)."""
        ok = self.autosave.flush()
        return self.state.save_stashed() and ok

    def _save(self) -> Any:
        """The autosave of the shown brief: its ticket from the runner (None: nothing new)."""
        try:
            return self.presenter.save(self.form.content(), self.form.tags.text())
        finally:
            self._show_status()

    def brief_saved(self, brief: Brief) -> None:
        """The runner committed a save (acknowledged): "Saved" if it is the shown brief and
        nothing was typed since; a draft kept for that item is no longer needed."""
        if brief.item_id in self.state.stashed():
            self.state.discard(brief.item_id)
        if brief is self.brief:
            self.take_merged(brief)  # merged with a save made meanwhile: theirs shown
            if self.presenter.unsaved(self.form.content(), self.form.tags.text()):
                self.state.acknowledged()  # typing went on: it is saved next
            else:
                self.autosave.cancel()
                self.state.mark_saved()
            self._show_status()

    def brief_kept(self, brief: Brief) -> None:
        """The server is away: the save is kept on this computer (the status bar counts
        it), written when the server is back; the marker says so (#16)."""
        if brief.item_id in self.state.stashed():
            self.state.discard(brief.item_id)
        if brief is self.brief:
            if self.presenter.unsaved(self.form.content(), self.form.tags.text()):
                self.state.acknowledged()
            else:
                self.autosave.cancel()
                self.state.mark_saved()
            self._show_status()

    def brief_refused(self, draft: Draft, error: BaseException, shown: bool) -> None:
        """The store refused a save: the shown text stays, marked; another item's is kept."""
        if shown:
            self.autosave.refused()
            # A conflict is explained once, in the banner with Compare… (G1: it was
            # said twice, in two red banners)
            rec = self.rec
            short = (
                self.tr("%s saved this brief meanwhile (see above)")
                % (error.theirs_by or self.tr("someone else"))
                if isinstance(error, BriefConflict)
                else self.tr("%s approved this brief meanwhile (see above)")
                % (rec.approved_by_name or self.tr("someone else"))
                if isinstance(error, ApprovedEditError)
                and rec is not None
                and rec.status is PositionStatus.APPROVED
                else ""  # G6: the banner says it, with the choices
            )
            self.state.mark_failed(error, short)
            self._show_status()
        else:
            self.state.stash(
                draft.brief.item_id, draft, lambda: self.presenter.save_draft(draft), error
            )

    def _saved_first(self) -> bool:
        """Before a step: hand pending edits over; if the store refused them at once, say so
        and stop (a later refusal stops the step itself: it runs after the save)."""
        if self.autosave.flush():
            return True
        show_error(
            self,
            AppError(
                self.tr("Your edits to this brief are not saved yet (%s). Nothing else was done.")
                % self.state.reason
            ),
        )
        return False

    # -- the presenter's answers to workflow steps ------------------------------------------
    def step_done(self, done: StepDone) -> None:
        self.steps.done(done)

    def step_failed(self, error: BaseException) -> None:
        self.steps.failed(error)

    def approval_pin(self, approver_id: int) -> str | None:
        return self.steps.approval_pin(approver_id)
