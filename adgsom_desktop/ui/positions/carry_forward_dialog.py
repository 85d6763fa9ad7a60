"""Carry forward: start this item's brief from an earlier one, seen side by side first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain import markup, position_sections
from ...domain.enums import PositionStatus
from ...domain.markup import escape_html
from ...errors import AppError
from ...services.position_records import CarryCandidate, PositionContent
from ..common import a11y, confirm, theme
from ..common.errors import show_error
from ..common.labels import label_tr
from ..common.undo import hub_for
from .stance_style import stance_label

if TYPE_CHECKING:
    from ...services.container import Services

INDEX = Qt.ItemDataRole.UserRole + 1


def brief_html(c: PositionContent | None, owner: str = "", empty: str = "—") -> str:
    """A brief as read-only HTML (both sides of the comparison)."""
    if c is None:
        return f"<p style='color:{theme.current()['muted']}'>{escape_html(empty)}</p>"

    def section(title: str, body: str) -> str:
        return f"<h4 style='margin:10px 0 2px 0'>{escape_html(title)}</h4>{body or '<p>—</p>'}"

    def items(values: tuple[str, ...]) -> str:
        return (
            "<ol>" + "".join(f"<li>{markup.to_html(v)}</li>" for v in values) + "</ol>"
            if values
            else ""
        )

    their = "".join(
        f"<p><b>{escape_html(t.delegation_code or 'All')}</b>: {escape_html(markup.to_plain(t.their_objective))}"
        + (f"<br>→ {escape_html(markup.to_plain(t.our_response))}" if t.our_response else "")
        + "</p>"
        for t in c.their_objectives
    )
    qa = "".join(
        f"<p><b>Q:</b> {escape_html(markup.to_plain(d.question))}<br><b>A:</b> {escape_html(markup.to_plain(d.answer))}</p>"
        for d in c.defensive_lines
    )
    bodies = {
        "stance": f"<p>{escape_html(stance_label(c.stance))} · {escape_html(label_tr(c.authority.label))}</p>",
        "fallbacks": items(c.fallbacks),
        "points": items(c.points),
        "their_objectives": their,
        "defensive_lines": qa,
        "owner_id": f"<p>{escape_html(owner)}</p>" if owner else "",
    }
    out = []
    for s in position_sections.SECTIONS:  # every section, in the brief's order (domain/)
        if s.kind is position_sections.SectionKind.TEXT:
            out.append(section(s.title, markup.to_html(getattr(c, s.name))))
        elif s.name == "owner_id":
            if owner:
                out.append(section(s.title, bodies[s.name]))
        elif s.name != "authority":  # shown with the stance
            out.append(section(s.title, bodies[s.name]))
    return "".join(out)


class CarryForwardDialog(QDialog):
    def __init__(self, services: Services, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryForwardDialog")
        self.services = services
        self.item_id = item_id
        self.item = services.agenda.item(item_id)
        self.setWindowTitle(self.tr("Carry forward a brief to %s") % self.item.label)
        self.candidates: list[CarryCandidate] = services.carry.candidates(item_id)
        self.current = services.positions.get(item_id)
        self.carried = False

        self.list = QListWidget(self)
        self.list.setObjectName("carryCandidates")
        a11y.name(
            self.list,
            self.tr("Earlier briefs"),
            self.tr("Briefs on the same subject at earlier meetings"),
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for n, c in enumerate(self.candidates):
            why = (
                self.tr("this item follows on from it")
                if c.reason == "source"
                else self.tr("similar title (%s%%)") % round(c.score * 100)
            )
            text = (
                f"{c.meeting.label} · {c.meeting.days}\n{c.item.label}\n"
                f"{why} · v{c.position.version_no} · {label_tr(c.position.status.label)}"
            )
            entry = QListWidgetItem(text)
            entry.setData(INDEX, n)
            self.list.addItem(entry)
        self.list.currentRowChanged.connect(self._show)
        self.left = QTextBrowser(self)
        self.left.setObjectName("carryCurrent")
        a11y.name(self.left, self.tr("This brief"))
        self.right = QTextBrowser(self)
        self.right.setObjectName("carryCandidate")
        a11y.name(self.right, self.tr("Earlier brief"))
        self.left_title = QLabel(self.tr("<b>Now, on this item</b>"), self)
        self.right_title = QLabel(self)
        self.right_title.setWordWrap(True)
        self.left.setHtml(
            brief_html(
                self.current.content if self.current else None, empty=self.tr("No brief yet.")
            )
        )

        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            self.tr("Start from this brief"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("carryAccept")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept_candidate)
        self.buttons.rejected.connect(self.reject)

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for title, view in ((self.left_title, self.left), (self.right_title, self.right)):
            box = QWidget(self)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(0, 0, 0, 0)
            bl.addWidget(title)
            bl.addWidget(view, 1)
            sides.addWidget(box)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.list)
        main.addWidget(sides)
        main.setSizes([300, 900])
        layout = QVBoxLayout(self)
        if not self.candidates:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "No earlier brief was found: no item of an earlier meeting has a "
                        "position on this item or one with a similar title."
                    ),
                    self,
                )
            )
        layout.addWidget(main, 1)
        row = QHBoxLayout()
        row.addWidget(
            QLabel(
                self.tr(
                    "The brief becomes a new draft version here; what was here stays in the history."
                ),
                self,
            ),
            1,
        )
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.resize(1250, 760)
        if self.candidates:
            self.list.setCurrentRow(0)
        else:
            self.accept_button.setEnabled(False)

    def selected(self) -> CarryCandidate | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _show(self, _row: int) -> None:
        c = self.selected()
        if c is None:
            return
        self.right_title.setText(
            f"<b>{escape_html(c.meeting.label)} · {escape_html(c.item.label)}</b> "
            + self.tr("(version %1, %2)")
            .replace("%1", str(c.position.version_no))
            .replace("%2", escape_html(label_tr(c.position.status.label)))
        )
        self.right.setHtml(brief_html(c.position.content, c.position.owner_name))

    def accept_candidate(self) -> None:
        c = self.selected()
        if c is None:
            return
        approved = self.current is not None and self.current.status is PositionStatus.APPROVED
        if self.current is not None and self.current.version_no > 0:
            text = self.tr(
                "Replace the brief on this item with the one from %s? The current brief stays "
                "in the history (version %s)."
            ) % (c.meeting.label, self.current.version_no)
            if approved:
                text += "\n\n" + self.tr("It is approved: this returns it to draft.")
            if not confirm.ask(self, self.tr("Carry forward"), text, self.tr("Replace")):
                return
        before = self.current.version_no if self.current else 0
        carry, positions, hub = self.services.carry, self.services.positions, hub_for(self.services)
        item_id, source = self.item_id, c.item.id
        try:
            carry.carry_forward(
                item_id, source, expected_version=before or None, reopen_approved=approved
            )
        except AppError as exc:
            show_error(self, exc)
            return

        def undo() -> None:
            if before:
                positions.restore(hub.rid(item_id), before, reopen_approved=True)
            else:
                positions.save(hub.rid(item_id), PositionContent())

        hub.push_done(
            self.tr("Carry forward a brief"),
            lambda: carry.carry_forward(hub.rid(item_id), hub.rid(source), reopen_approved=True),
            undo,
        )
        self.carried = True
        self.accept()
