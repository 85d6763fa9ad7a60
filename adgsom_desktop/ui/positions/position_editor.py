"""The position editor (an item tab): our brief on one agenda item, saved as you type.

There is no Save button.  Edits are saved ~300 ms after the last key and at
most ~1 s after the first unsaved one, and at once when focus leaves a field,
another record is shown, the window closes or the store is closed.  While the
user keeps typing, saves fold into the current version (one version per
editing spell, not per second); a new spell, a status change, a restore or
an undo starts a new version.

An approved position is shown read-only; "Edit…" asks first (editing returns
it to draft, the approved version stays in the history).

A save that fails (full disk, read-only medium, store busy) is said in red
under the format buttons ("Not saved: <reason>"), the text stays as typed and
is saved again on the next edit, on ``flush`` and by a backoff timer.  Shown
another item meanwhile, the editor keeps the unsaved draft (``SaveState.stash``)
and shows it again, never the store's older text, when the user comes back.

This module is the editor widget (layout, showing a brief, store events); saving
is ``position_saving.py``, the workflow bar ``position_workflow.py``.
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
from ...domain.markup import escape_html
from ...domain.timeutil import to_local
from ...errors import ConflictError, NotFoundError
from ...services.brief_conflict import BriefConflict
from ...services.changes import Change, ChangeKind, new_origin
from ...services.position_records import ApprovedEditError, PositionContent, PositionRec
from ..common.autosave import Autosaver
from ..common.markup_edit import MarkupEdit
from ..common.save_state import SaveState, SaveStateLabel
from ..common.undo import hub_for
from ..tracker.item_projects import projects_html
from .position_conflict import PositionConflict
from .position_form import PositionForm
from .position_saving import SPELL_SECONDS, PositionSaving, _Brief, _Draft, changed_fields
from .position_workflow import PositionWorkflow
from .stance_style import STATUS_COLOURS, chip_css, status_label

if TYPE_CHECKING:
    from ...services.container import Services

__all__ = ["SPELL_SECONDS", "PositionEditor", "changed_fields"]


class PositionEditor(PositionConflict, PositionSaving, PositionWorkflow, QWidget):
    """The editor: its layout, showing a brief (or a kept draft) and store events.

    Saving is ``position_saving.PositionSaving``; the workflow bar (submit,
    approve, return to draft, edit, history, carry forward) ``position_workflow``.
    """

    navigate = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.origin = new_origin("position-editor")
        self.hub = hub_for(services)
        self.item_id: int | None = None
        self.brief: _Brief | None = None
        self._conflict = False
        self._brief_conflict: BriefConflict | None = None  # a save met someone else's

        self.title = QLabel(self)
        self.title.setObjectName("posTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.status_chip = QLabel(self)
        self.status_chip.setObjectName("posStatus")
        self.state = SaveState(
            self,
            retry=self.flush,
            others=(self.tr("brief on another item"), self.tr("briefs on other items")),
        )
        self.save_label = SaveStateLabel(self.state, self)
        self.save_label.setObjectName("posSaveState")
        self.btn_review = self._button(
            self.tr("Submit for review"), self.submit_for_review, "posSubmit"
        )
        self.btn_approve = self._button(self.tr("Approve…"), self.approve, "posApprove")
        self.btn_draft = self._button(self.tr("Return to draft"), self.return_to_draft, "posReturn")
        self.btn_history = self._button(self.tr("History…"), self.show_history, "posHistory")
        self.btn_carry = self._button(self.tr("Carry forward…"), self.carry_forward, "posCarry")

        self.banner = QLabel(self)
        self.banner.setObjectName("posBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.btn_edit = self._button(self.tr("Edit…"), self.unlock, "posEdit")
        self.btn_reload = self._button(self.tr("Reload"), self.reload_from_store, "posReload")
        self.btn_compare = self._button(self.tr("Compare…"), self.compare_conflict, "posCompare")
        self.btn_compare.setToolTip(
            self.tr("Both versions side by side: keep yours, take theirs or merge them")
        )
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.btn_edit)
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

        self.form = PositionForm(self)
        self.form.edited.connect(self._on_edited)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form)
        self.autosave = Autosaver(self._save, self.state, self)
        self.autosave.flush_on_focus_leaving(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.banner_box)
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

    # -- the brief being edited --------------------------------------------------------
    @property
    def rec(self) -> PositionRec | None:
        return self.brief.rec if self.brief else None

    @property
    def saved(self) -> PositionContent:
        return self.brief.saved if self.brief else PositionContent()

    @property
    def saved_tags(self) -> tuple[str, ...]:
        return self.brief.saved_tags if self.brief else ()

    # -- showing --------------------------------------------------------------------------
    def show_record(self, item_id: int) -> None:
        self._leave()
        self.item_id = item_id
        self.form.set_choices(
            self.services.delegations.our_members(),
            self.services.delegations.delegations(),
            self.services.agenda.known_tags(),
        )
        draft = self.state.unstash(item_id)
        if draft is None:
            self.reload_from_store()
        else:
            self._show_draft(draft)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _leave(self) -> None:
        """Before another item is shown: save, or keep the draft that cannot be saved."""
        brief = self.brief
        if brief is None or self.autosave.flush() or isinstance(self.state.error, NotFoundError):
            return
        draft = _Draft(brief, self.form.content(), self.form.tags.text())
        self.state.stash(
            brief.item_id,
            draft,
            lambda: self._save_brief(draft.brief, draft.content, draft.tags_text),
        )
        self.autosave.cancel()

    def reload_from_store(self, keep_spell: bool = False) -> None:
        """Show the item's brief as stored (pending edits are dropped: Reload after a conflict).

        A new editing spell starts (the next save makes a new version) unless
        ``keep_spell`` and the stored version is the one the spell folds into.
        """
        self.autosave.cancel()
        self._conflict = False
        self._brief_conflict = None
        old = self.brief
        item = self._show_item()
        if item is None:
            return
        rec = self.services.positions.get(item.id)
        self.brief = _Brief(item.id, rec, rec.content if rec else PositionContent(), item.tags)
        spell = old.spell if keep_spell and old is not None and old.item_id == item.id else None
        if spell is not None and rec is not None and spell[0] == rec.version_no:
            self.brief.spell = spell
        self.form.set_content(replace(self.saved, tags=item.tags))
        self.state.mark_clean()
        self._show_delivered()
        self._show_counterparts()
        self.form.projects.setText(projects_html(self.services, self.item_id, self.tr))
        self._show_status()

    def _show_draft(self, draft: _Draft) -> None:
        """Back on an item whose edits could not be saved: show them, not the store's text."""
        if self._show_item() is None:
            return
        self.brief = draft.brief
        self._conflict = isinstance(self.state.error, ConflictError) and not isinstance(
            self.state.error, ApprovedEditError
        )
        error = self.state.error
        self._brief_conflict = error if isinstance(error, BriefConflict) else None
        self.form.set_content(replace(draft.content, tags=()))
        self.form.tags.setText(draft.tags_text)
        self._show_delivered()
        self._show_counterparts()
        self.form.projects.setText(projects_html(self.services, self.item_id, self.tr))
        self._show_status()
        self.autosave.touch()  # and try again now

    def _show_item(self) -> Any:
        """The item's title line; None (and a disabled form) if it no longer exists."""
        if self.item_id is None:
            return None
        try:
            item = self.services.agenda.item(self.item_id)
        except NotFoundError:
            self.item_id = None
            self.brief = None
            self.title.setText(self.tr("This item no longer exists."))
            self.form.setEnabled(False)
            return None
        self.form.setEnabled(True)
        try:  # points are ticked in the room: show those times in the meeting's zone
            self._room_tz = self.services.events.meeting(item.meeting_id).timezone
        except NotFoundError:
            self._room_tz = ""
        self.title.setText(
            f"<b>{escape_html(item.label)}</b><br><span style='color:#555'>"
            f"{escape_html(item.purpose.label)}"
            + (f" · {escape_html(self.tr('Lead: %s') % item.lead)}" if item.lead else "")
            + "</span>"
        )
        return item

    def _show_delivered(self) -> None:
        delivered = {p.text: p.delivered_at for p in self.rec.points} if self.rec else {}
        for row, text in zip(self.form.points.rows(), self.saved.points, strict=False):
            when = delivered.get(text)
            tz = getattr(self, "_room_tz", "")
            note = self.tr("✓ delivered %s") % f"{to_local(when, tz):%d %b %H:%M}" if when else ""
            row.set_note(note)  # type: ignore[attr-defined]

    def _show_counterparts(self) -> None:
        if self.item_id is None:
            return
        people = self.services.counterparts.for_item(self.item_id)
        if not people:
            self.form.counterparts.setText(
                f"<span style='color:#555'>{escape_html(self.tr('None linked yet (View > Counterparts).'))}</span>"
            )
            return
        lines = []
        for c in people:
            note = next((i.note for i in c.interests if i.item_id == self.item_id), "")
            lines.append(
                f"<b>{escape_html(c.person.display)}</b> ({escape_html(c.person.delegation_code)}"
                + (f", {escape_html(c.person.title)}" if c.person.title else "")
                + ")"
                + (f" — {escape_html(note)}" if note else "")
            )
        self.form.counterparts.setText("<br>".join(lines))

    def _show_status(self) -> None:
        status = self.rec.status if self.rec else None
        if status is None:
            self.status_chip.setText(self.tr("No position yet"))
            self.status_chip.setStyleSheet(chip_css(("#ffffff", "#555555")))
        else:
            self.status_chip.setText(status_label(status))
            self.status_chip.setStyleSheet(chip_css(STATUS_COLOURS[status]))
        approved = status is PositionStatus.APPROVED and not (self.brief and self.brief.reopen)
        self.form.set_read_only(approved)
        has = self.rec is not None and self.rec.version_no > 0
        self.btn_review.setEnabled(has and status is PositionStatus.DRAFT)
        self.btn_approve.setEnabled(has and status is not PositionStatus.APPROVED)
        self.btn_draft.setEnabled(has and status is not PositionStatus.DRAFT)
        self.btn_history.setEnabled(has)
        self.btn_edit.setVisible(approved)
        comparable = self._conflict and self._brief_conflict is not None
        self.btn_reload.setVisible(self._conflict and not comparable)
        self.btn_compare.setVisible(comparable)
        banner = ""
        if comparable:
            assert self._brief_conflict is not None
            theirs = self._brief_conflict.theirs
            banner = self.tr(
                "<b>%s saved this brief meanwhile</b> (version %s). Your text is on screen "
                "but not saved: Compare… to keep yours, take theirs or merge them. Both stay "
                "in the history."
            ) % (
                escape_html(self._brief_conflict.theirs_by or self.tr("Someone")),
                theirs.version_no,
            )
        elif self._conflict:
            banner = self.tr(
                "This position was changed elsewhere while you were editing. Your last edits "
                "are still on screen but not saved: Reload to see the saved version."
            )
        elif approved and self.rec is not None:
            when = (
                f"{to_local(self.rec.approved_at):%d %b %Y %H:%M}" if self.rec.approved_at else ""
            )
            banner = self.tr(
                "Approved by <b>%s</b> %s (version %s). Read-only: Edit… to change it."
            ) % (escape_html(self.rec.approved_by_name or "?"), when, self.rec.approved_version_no)
        elif (
            self.rec is not None and self.rec.approved_version_no and status is PositionStatus.DRAFT
        ):
            banner = self.tr(
                "Edited after approval: version %s was approved by %s; it stays in the history."
            ) % (self.rec.approved_version_no, escape_html(self.rec.approved_by_name or "?"))
        self.banner.setText(banner)
        self.banner_box.setVisible(bool(banner))
        self.banner_box.setStyleSheet(
            "#posBannerBox { background: %s; border-radius: 4px; }"
            % ("#fde2e1" if self._conflict else "#eef6ee" if approved else "#fff6e0")
        )
        rec = self.rec
        self.state.set_note(
            self.tr("Saved · version %s · %s")
            % (rec.version_no, f"{to_local(rec.updated_at):%H:%M:%S}")
            if rec is not None and rec.version_no
            else self.tr("Nothing written yet")
        )

    # -- store events ---------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        if self.item_id is None:
            return
        if change.concerns(ChangeKind.PEOPLE, ChangeKind.DELEGATIONS, ChangeKind.SETTINGS):
            self._show_counterparts()
            self.form.set_choices(  # a member added meanwhile can own the brief
                self.services.delegations.our_members(),
                self.services.delegations.delegations(),
                self.services.agenda.known_tags(),
            )
        if change.concerns(ChangeKind.PROJECTS, ChangeKind.FRAMEWORKS):
            self.form.projects.setText(projects_html(self.services, self.item_id, self.tr))
        if not change.concerns(ChangeKind.POSITIONS, ChangeKind.AGENDA):
            return
        if change.made_by(self.origin):
            return  # our own save: the editor already holds what it wrote
        if change.item_id not in (None, self.item_id):
            return  # another item's brief, or another item of an agenda
        if self.autosave.pending:
            return  # never replace unsaved text; the next save notices a conflicting change
        try:
            fresh = self._fresh_position(change)
            tags = self._fresh_tags(change)
        except NotFoundError:
            self.reload_from_store()
            return
        same = (fresh is None and self.rec is None) or (
            fresh is not None
            and self.rec is not None
            and (fresh.version_no, fresh.status, fresh.content)
            == (self.rec.version_no, self.rec.status, self.rec.content)
        )
        if not same or tags != self.saved_tags:
            self.reload_from_store(keep_spell=True)  # a new version elsewhere: a new spell

    def _fresh_position(self, change: Change) -> PositionRec | None:
        """The brief as the change left it (its record), else as stored."""
        assert self.item_id is not None
        for rec in change.records:
            if isinstance(rec, PositionRec) and rec.item_id == self.item_id:
                return rec
        if change.kind is ChangeKind.AGENDA:
            return self.rec  # an agenda change leaves the brief as it was
        return self.services.positions.get(self.item_id)

    def _fresh_tags(self, change: Change) -> tuple[str, ...]:
        """The item's tags as the change left them, else as stored."""
        assert self.item_id is not None
        if change.kind is ChangeKind.POSITIONS:
            return self.saved_tags  # a brief's save leaves the item's tags as they were
        for rec in change.records:
            if getattr(rec, "id", None) == self.item_id and hasattr(rec, "tags"):
                return tuple(rec.tags)
        return self.services.agenda.item(self.item_id).tags
