"""The selected project, read in full: its facts, milestones, people, reviews and next phase,
with Edit, Delete and the reviews (add, edit, delete)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...services.project_records import ProgressIn, ProjectRec
from ..common import a11y, confirm, theme
from ..common.errors import show_error, show_message
from ..common.labels import label_tr
from .project_dialog import ProgressDialog, ProjectDialog

# texts translated inside f-strings, listed for lupdate (it does not read f-strings)
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Labels", "Milestones and deliverables"),
    QT_TRANSLATE_NOOP("Labels", "Focal points"),
    QT_TRANSLATE_NOOP("Labels", "Documents"),
    QT_TRANSLATE_NOOP("Labels", "Next phase"),
    QT_TRANSLATE_NOOP("Labels", "Our stance"),
    QT_TRANSLATE_NOOP("Labels", "Agenda items"),
    QT_TRANSLATE_NOOP("Labels", "met"),
    QT_TRANSLATE_NOOP("Labels", "No project chosen."),
)

if TYPE_CHECKING:
    from ...services.container import Services


def project_html(rec: ProjectRec, tr: Any) -> str:
    f, r = rec.fields, rec.row

    def row(label: str, value: str) -> str:
        return (
            f"<tr><td style='color:{theme.current()['muted']};padding-right:8px'>{escape(label)}</td>"
            f"<td>{escape(value)}</td></tr>"
            if value
            else ""
        )

    money = f"{f.currency} {float(f.amount):,.0f}".strip() if f.amount else ""
    parts = [
        f"<h3 style='margin:0'>{escape(f.code)} &nbsp; {escape(f.title)}</h3>",
        "<table>",
        row(tr("Partner"), r.partner_name),
        row(tr("Funder"), f.funder),
        row(tr("Funding"), money),
        row(tr("Implementing body"), f.implementing_body),
        row(tr("Lead"), ", ".join(f.leads)),
        row(
            tr("Dates"),
            f"{f.start_date or '?'} – {f.end_date or '?'}" if (f.start_date or f.end_date) else "",
        ),
        row(tr("Phase"), f.phase),
        row(tr("Status"), label_tr(f.status.label)),
        row(tr("Our involvement"), label_tr(f.involvement.label)),
        row(tr("Outcomes"), ", ".join(f.outcomes)),
        "</table>",
    ]
    if f.description:
        parts.append(f"<p>{escape(f.description)}</p>")
    if rec.milestones:
        parts.append(f"<b>{escape(tr('Milestones and deliverables'))}</b><ul>")
        for m in rec.milestones:
            done = f" — {escape(tr('met'))} {m.done_date}" if m.done_date else ""
            parts.append(f"<li>{m.due_date or '?'}: {escape(m.title)}{done}</li>")
        parts.append("</ul>")
    if f.focal_points:
        parts.append(f"<b>{escape(tr('Focal points'))}</b><ul>")
        for p in f.focal_points:
            parts.append(
                "<li>"
                + escape(", ".join(x for x in (p.name, p.role, p.organisation, p.email) if x))
                + "</li>"
            )
        parts.append("</ul>")
    if f.documents:
        parts.append(f"<b>{escape(tr('Documents'))}</b><ul>")
        for d in f.documents:
            parts.append(
                "<li>"
                + escape(" ".join(x for x in (d.symbol, d.title, str(d.doc_date or "")) if x))
                + "</li>"
            )
        parts.append("</ul>")
    if f.next_phase or f.our_position:
        parts.append(f"<b>{escape(tr('Next phase'))}</b><p>{escape(f.next_phase)}</p>")
        stance = label_tr(f.our_stance.label) if f.our_stance else tr("no position yet")
        parts.append(
            f"<p><i>{escape(tr('Our stance'))}: {escape(stance)}.</i> {escape(f.our_position)}</p>"
        )
    if rec.items:
        parts.append(f"<b>{escape(tr('Agenda items'))}</b><ul>")
        parts += [f"<li>{escape(label)}</li>" for _i, label in rec.items]
        parts.append("</ul>")
    return "".join(parts)


class ProjectPanel(QWidget):
    saved = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectPanel")
        self.services = services
        self.rec: ProjectRec | None = None
        self._saved: ProjectRec | None = None
        self.view = QTextBrowser(self)
        self.view.setObjectName("projectView")
        a11y.name(self.view, self.tr("Project details"))
        self.reviews_label = QLabel(
            self.tr("Reviews (one per meeting; double-click to edit)"), self
        )
        self.reviews = QListWidget(self)
        self.reviews.setObjectName("projectReviews")
        a11y.name(
            self.reviews,
            self.tr("Reviews"),
            self.tr("One per meeting; Enter or a double-click edits one"),
        )
        self.reviews.setWordWrap(True)
        self.reviews.setAlternatingRowColors(True)
        self.reviews.itemDoubleClicked.connect(lambda _i: self.edit_review())
        self.btn_edit = QPushButton(self.tr("&Edit…"), self)
        self.btn_edit.setObjectName("projectEdit")
        self.btn_edit.clicked.connect(self.edit)
        self.btn_delete = QPushButton(self.tr("Delete"), self)
        self.btn_delete.clicked.connect(self.delete)
        self.btn_review = QPushButton(self.tr("Add &review…"), self)
        self.btn_review.setObjectName("projectAddReview")
        self.btn_review.clicked.connect(self.add_review)
        self.btn_del_review = QPushButton(self.tr("Delete review"), self)
        self.btn_del_review.clicked.connect(self.delete_review)
        buttons = QHBoxLayout()
        for b in (self.btn_edit, self.btn_delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        rbuttons = QHBoxLayout()
        rbuttons.addWidget(self.btn_review)
        rbuttons.addWidget(self.btn_del_review)
        rbuttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(buttons)
        lay.addWidget(self.view, 3)
        lay.addWidget(self.reviews_label)
        lay.addWidget(self.reviews, 2)
        lay.addLayout(rbuttons)
        a11y.order(  # the buttons above the project first, those under the reviews last
            self,
            self.btn_edit,
            self.btn_delete,
            self.view,
            self.reviews,
            self.btn_review,
            self.btn_del_review,
        )
        self.show_project(None)

    def show_project(self, project_id: int | None) -> None:
        try:
            self.rec = self.services.projects.project(project_id) if project_id else None
        except AppError:
            self.rec = None
        why = self.refused()  # a trip copy: read-only, the reason told
        for b in (self.btn_edit, self.btn_delete, self.btn_review, self.btn_del_review):
            b.setEnabled(self.rec is not None and not why)
            b.setToolTip(why)
        self.reviews.clear()
        if self.rec is None:
            self.view.setHtml(
                f"<p style='color:{theme.current()['muted']}'>"
                f"{escape(self.tr('No project chosen.'))}</p>"
            )
            return
        self.view.setHtml(project_html(self.rec, self.tr))
        for p in reversed(self.rec.progress):
            text = f"{p.review_date or ''}  {p.meeting_label}\n{p.progress}\n→ {p.decision}".strip()
            item = QListWidgetItem(text, self.reviews)
            item.setData(256, p.id)

    def refused(self) -> str:
        """Why projects are not changed here ("" when they are: ``read_only``)."""
        from ..common.read_only import read_only_reason

        return read_only_reason(self.services, "projects")

    def said_refused(self) -> bool:
        """An action refused here (a double click, a key): the reason said, nothing done."""
        from ..common.read_only import refusal

        said = refusal(self.services, "projects")
        if said:
            show_message(self, said)
        return bool(said)

    def _dialog(self, initial: Any) -> ProjectDialog:
        s = self.services
        return ProjectDialog(
            initial, s.projects.partners(), s.projects.member_states(), s.agenda.known_tags(), self
        )

    def new(self) -> None:
        if self.said_refused():
            return
        dlg = self._dialog(None)
        dlg.save = lambda v: setattr(self, "_saved", self.services.projects.save(v))
        if dlg.exec() and self._saved is not None:
            self.saved.emit(self._saved.id)

    def edit(self) -> None:
        if self.rec is None or self.said_refused():
            return
        pid = self.rec.id
        dlg = self._dialog(self.rec.fields)
        dlg.save = lambda v: self.services.projects.save(v, pid)
        if dlg.exec():
            self.saved.emit(pid)

    def delete(self) -> None:
        if self.rec is None or self.said_refused():
            return
        rec = self.rec
        if not confirm.ask(
            self,
            self.tr("Delete project"),
            self.tr("Delete %s and its %d review(s)?") % (rec.fields.code, len(rec.progress)),
            self.tr("Delete"),
        ):
            return
        try:
            self.services.projects.delete(rec.id)
        except AppError as exc:
            show_error(self, exc)

    def _meetings(self) -> list[tuple[int, str]]:
        return [(m.id, f"{m.label} ({m.days})") for m in self.services.events.meetings()]

    def add_review(self) -> None:
        if self.rec is None or self.said_refused():
            return
        pid = self.rec.id
        dlg = ProgressDialog(None, self._meetings(), self)
        dlg.save = lambda v: self.services.projects.add_progress(pid, v)
        if dlg.exec():
            self.show_project(pid)

    def _review_id(self) -> int | None:
        item = self.reviews.currentItem()
        return item.data(256) if item else None

    def edit_review(self) -> None:
        rid = self._review_id()
        if self.rec is None or rid is None or self.said_refused():
            return
        p = next(x for x in self.rec.progress if x.id == rid)
        initial = ProgressIn(
            p.meeting_id,
            "" if p.meeting_id else p.meeting_label,
            p.review_date,
            p.status,
            p.progress,
            p.decision,
        )
        dlg = ProgressDialog(initial, self._meetings(), self)
        dlg.save = lambda v: self.services.projects.update_progress(rid, v)
        if dlg.exec():
            self.show_project(self.rec.id)

    def delete_review(self) -> None:
        rid = self._review_id()
        if self.rec is None or rid is None or self.said_refused():
            return
        try:
            self.show_project(self.services.projects.delete_progress(rid).id)
        except AppError as exc:
            show_error(self, exc)
