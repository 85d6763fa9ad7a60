"""What the position editor shows about its brief: the item's title line, the status
chip and the banner under the buttons (approved, approved while the user typed, saved
elsewhere meanwhile, edited after approval), the points ticked as delivered in the room and the item's counterparts.

Redrawn after each save and step (``status``), on a theme change (``retheme``) and when
the people change (``counterparts``); the widgets are the editor's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QFont, QFontMetrics

from ...domain.enums import PositionStatus
from ...domain.markup import escape_html
from ...domain.timeutil import to_local
from ...errors import NotFoundError, ValidationError
from ..common import dates, theme
from ..common.dates import date_time
from ..common.errors import message_for
from ..common.labels import label_tr
from ..common.theme import tone
from ..tracker.item_projects import projects_html
from .stance_style import chip_css, status_colours, status_label

if TYPE_CHECKING:
    from .position_editor import PositionEditor

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "None linked yet (View > Counterparts)."),
    QT_TRANSLATE_NOOP("Labels", "Lead: %s"),
)


class PositionDisplay(QObject):
    """The shown brief's title, status, banner, delivered points and counterparts, for
    one ``PositionEditor``."""

    def __init__(self, editor: PositionEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._item: Any = None
        self._room_tz = ""

    def details(self) -> None:
        """Everything but the title, after the form was filled with a brief."""
        e = self.editor
        self.delivered()
        self.counterparts()
        e.form.projects.setText(projects_html(e.services, e.item_id, e.tr))
        self.status()

    def retheme(self) -> None:
        """A new theme: the title line, the counterparts and the status chip again."""
        item = self._item
        if item is None or self.editor.item_id is None:
            return
        self.item(item)
        self.counterparts()
        self.status()

    def item(self, item: Any) -> None:
        """The item's title line."""
        e = self.editor
        self._item = item
        e.form.setEnabled(True)
        try:  # points are ticked in the room: show those times in the meeting's zone
            self._room_tz = e.services.events.meeting(item.meeting_id).timezone
        except NotFoundError:
            self._room_tz = ""
        e.title.setText(
            f"<b>{escape_html(item.label)}</b><br>"
            + theme.current().span(
                "muted",
                escape_html(label_tr(item.purpose.label))
                + (f" · {escape_html(self.tr('Lead: %s') % item.lead)}" if item.lead else ""),
            )
        )

    def delivered(self) -> None:
        e = self.editor
        delivered = {p.text: p.delivered_at for p in e.rec.points} if e.rec else {}
        for row, text in zip(e.form.points.rows(), e.saved.points, strict=False):
            when = delivered.get(text)
            tz = self._room_tz
            note = self.tr("✓ delivered %s") % f"{to_local(when, tz):%d %b %H:%M}" if when else ""
            row.set_note(note)  # type: ignore[attr-defined]

    def counterparts(self) -> None:
        e = self.editor
        if e.item_id is None:
            return
        people = e.services.counterparts.for_item(e.item_id)
        if not people:
            e.form.counterparts.setText(
                theme.current().span(
                    "muted", escape_html(self.tr("None linked yet (View > Counterparts)."))
                )
            )
            return
        lines = []
        for c in people:
            note = next((i.note for i in c.interests if i.item_id == e.item_id), "")
            lines.append(
                f"<b>{escape_html(c.person.display)}</b> ({escape_html(c.person.delegation_code)}"
                + (f", {escape_html(c.person.title)}" if c.person.title else "")
                + ")"
                + (f" — {escape_html(note)}" if note else "")
            )
        e.form.counterparts.setText("<br>".join(lines))

    def _approval_refused(self) -> str:
        """Why nobody approves a brief in this store as signed in ("" when one may): the
        service's reason, asked once per store (review s32 H5, H17)."""
        services = self.editor.services
        known = getattr(self, "_refused", None)
        if known is not None and known[0] is services:
            return str(known[1])
        try:
            services.positions.refuse_to_approve_here()
            why = ""
        except ValidationError as exc:
            why = message_for(exc)
        self._refused = (services, why)
        return why

    def status(self) -> None:
        """The chip, the buttons a status allows, the banner and the save marker's note."""
        e = self.editor
        rec = e.rec
        status = rec.status if rec else None
        e.status_chip.setStyleSheet(chip_css(status_colours(status)))
        if status is None:
            e.status_chip.setText(self.tr("No position yet"))
        else:
            e.status_chip.setText(status_label(status))
        # Wide enough for its text in bold (the style sheet's) at any font size.
        bold = QFont(e.status_chip.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(e.status_chip.text())
        e.status_chip.setMinimumWidth(width + 26)
        approved = status is PositionStatus.APPROVED and not (e.brief and e.brief.reopen)
        reader = e.services.team.read_only()  # the server lets a reader's sign-in write nothing
        e.form.set_read_only(approved or reader)
        has = rec is not None and rec.version_no > 0
        writes = has and not reader
        e.btn_review.setEnabled(writes and status is PositionStatus.DRAFT)
        refused = self._approval_refused()  # a trip copy, a member: off, the reason told
        e.btn_approve.setEnabled(writes and status is not PositionStatus.APPROVED and not refused)
        e.btn_approve.setToolTip(refused)
        e.btn_draft.setEnabled(writes and status is not PositionStatus.DRAFT)
        e.btn_carry.setEnabled(not reader)
        e.btn_history.setEnabled(has)
        # approved while the user typed (G6): their text is on screen, not saved
        held = approved and not reader and e.presenter.unsaved(e.form.content(), e.form.tags.text())
        e.btn_edit.setVisible(approved and not reader and not held)
        e.btn_reopen_mine.setVisible(held)
        e.btn_discard_mine.setVisible(held)
        conflict = e._conflict
        comparable = conflict and e._brief_conflict is not None
        e.btn_reload.setVisible(conflict and not comparable)
        e.btn_compare.setVisible(comparable)
        banner = self._held_banner() if held else self._banner(status, approved, comparable)
        if reader:
            banner = self.tr(
                "You can read this team store but not change it (your role: reader). Ask the "
                "head of delegation for a member's sign-in."
            )
        e.banner.setText(banner)
        e.banner_box.setVisible(bool(banner))
        e.banner_box.setStyleSheet("#posBannerBox { border-radius: 4px; }")
        tone(
            e.banner_box,
            "error-banner"
            if conflict or held
            else "ok-banner"
            if approved and not reader
            else "warn-banner",
        )
        kept = e.brief is not None and e.brief.kept
        merged = e.brief.merged[1] if e.brief is not None and e.brief.merged else None
        e.state.set_note(
            self.tr(
                "○ Offline: kept on this computer, not saved yet; written when the server is back"
            )
            if kept
            else self.tr("Saved · version %s · merged with %s's change to %s")
            % (
                rec.version_no,
                merged.merged_with or self.tr("someone else"),
                ", ".join(label_tr(label) for label in merged.merged_sections),
            )
            if merged is not None and rec is not None
            else self.tr("Saved · version %s · %s")
            % (rec.version_no, dates.moment(to_local(rec.updated_at)))
            if rec is not None and rec.version_no
            else self.tr("Nothing written yet")
        )

    def _held_banner(self) -> str:
        rec = self.editor.rec
        assert rec is not None
        return self.tr(
            "<b>%s approved this brief meanwhile</b> (version %s). Your text is on screen but "
            "not saved: reopen the brief as a draft with your text (the approved version "
            "stays in the history), or discard your text."
        ) % (escape_html(rec.approved_by_name or "?"), rec.approved_version_no)

    def _banner(self, status: PositionStatus | None, approved: bool, comparable: bool) -> str:
        e = self.editor
        rec = e.rec
        if comparable:
            found = e._brief_conflict
            assert found is not None
            return self.tr(
                "<b>%s saved this brief meanwhile</b> (version %s). Your text is on screen "
                "but not saved: Compare… to keep yours, take theirs or merge them. Both stay "
                "in the history."
            ) % (escape_html(found.theirs_by or self.tr("Someone")), found.theirs.version_no)
        if e._conflict:
            return self.tr(
                "This position was changed elsewhere while you were editing. Your last edits "
                "are still on screen but not saved: Reload to see the saved version."
            )
        if approved and rec is not None:
            when = date_time(to_local(rec.approved_at)) if rec.approved_at else ""
            return self.tr(
                "Approved by <b>%s</b> %s (version %s). Read-only: Edit… to change it."
            ) % (escape_html(rec.approved_by_name or "?"), when, rec.approved_version_no)
        if rec is not None and rec.approved_version_no and status is PositionStatus.DRAFT:
            return self.tr(
                "Edited after approval: version %s was approved by %s; it stays in the history."
            ) % (rec.approved_version_no, escape_html(rec.approved_by_name or "?"))
        return ""
