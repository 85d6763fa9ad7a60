"""The fields every person has (ours and counterparts): honorific, names in Latin and in
their own script, title, agency, role, email and phone.  Shared by the Counterparts
and Our delegation windows, which add their own fields around them."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from ...domain.enums import MemberRole
from ...services.records import PersonRec
from ..common import a11y
from ..common.labels import label_tr
from ..common.theme import tone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

ROLE_ORDER = (
    MemberRole.HEAD,
    MemberRole.ALTERNATE,
    MemberRole.ADVISER,
    MemberRole.DESK_OFFICER,
    MemberRole.INTERPRETER,
    MemberRole.LIAISON,
    MemberRole.MEMBER,
)


class PersonFields(QObject):
    edited = Signal()  # the user changed one of the fields

    def __init__(self, parent: QWidget, prefix: str = "") -> None:
        super().__init__(parent)
        self.honorific = QLineEdit(parent)
        self.honorific.setPlaceholderText(self.tr("H.E. Mr., Dr., Ms."))
        self.full_name = QLineEdit(parent)
        self.local_name = QLineEdit(parent)
        self.local_name.setPlaceholderText(self.tr("e.g. ดร.พงศ์ศักดิ์ รัตนวิชัย, Nguyễn Văn An"))
        self.title = QLineEdit(parent)
        self.agency = QLineEdit(parent)
        self.role = QComboBox(parent)
        for r in ROLE_ORDER:
            self.role.addItem(label_tr(r.label), r)
        self.email = QLineEdit(parent)
        self.phone = QLineEdit(parent)
        self.email_hint = QLabel(parent)
        tone(self.email_hint, "warning")
        self.email_hint.hide()
        for widget, name, limit in (
            (self.honorific, "Honorific", 60),
            (self.full_name, "Name", 200),
            (self.local_name, "LocalName", 200),
            (self.title, "Title", 300),
            (self.agency, "Agency", 300),
            (self.email, "Email", 200),
            (self.phone, "Phone", 100),
        ):
            widget.setObjectName(f"{prefix}{name}")
            widget.setMaxLength(limit)
            widget.textEdited.connect(lambda _t: self.edited.emit())
        self.role.setObjectName(f"{prefix}Role")
        self.role.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.email.textChanged.connect(self._check_email)
        a11y.name(self.email, self.tr("Email"))  # its form row holds the hint beside it

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Honorific"), self.honorific)
        form.addRow(self.tr("Name"), self.full_name)
        form.addRow(self.tr("Name in own script"), self.local_name)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Agency"), self.agency)
        form.addRow(self.tr("Role"), self.role)
        email = QHBoxLayout()
        email.addWidget(self.email, 1)
        email.addWidget(self.email_hint)
        form.addRow(self.tr("Email"), email)
        form.addRow(self.tr("Phone"), self.phone)

    def load(self, p: PersonRec | None) -> None:
        """Show a person (None: empty fields), without signalling an edit."""
        self.set_values(
            {
                "honorific": p.honorific if p else "",
                "full_name": p.full_name if p else "",
                "local_name": p.local_name if p else "",
                "title": p.title if p else "",
                "agency": p.agency if p else "",
                "role": p.role if p else MemberRole.MEMBER,
                "email": p.email if p else "",
                "phone": p.phone if p else "",
            }
        )

    def set_values(self, v: dict[str, Any]) -> None:
        """Show ``values()``-shaped data (e.g. an unsaved draft), without signalling an edit."""
        for w in (*self._edits(), self.role):
            w.blockSignals(True)
        names = ("honorific", "full_name", "local_name", "title", "agency", "email", "phone")
        for w, name in zip(self._edits(), names, strict=True):
            value = str(v.get(name, ""))
            if w.text() != value:  # setText moves the cursor to the end: not for a no-op
                w.setText(value)
        self.role.setCurrentIndex(max(0, self.role.findData(v.get("role", MemberRole.MEMBER))))
        for w in (*self._edits(), self.role):
            w.blockSignals(False)
        self._check_email(self.email.text())

    def values(self) -> dict[str, Any]:
        """The fields of ``structure_fields.PersonFields`` this form edits (``put_person``)."""
        return {
            "honorific": self.honorific.text(),
            "full_name": self.full_name.text(),
            "local_name": self.local_name.text(),
            "title": self.title.text(),
            "agency": self.agency.text(),
            "role": MemberRole(self.role.currentData()),
            "email": self.email.text(),
            "phone": self.phone.text(),
        }

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.honorific,
            self.full_name,
            self.local_name,
            self.title,
            self.agency,
            self.email,
            self.phone,
        )

    def _check_email(self, text: str) -> None:
        bad = bool(text.strip()) and not _EMAIL.match(text.strip())
        self.email_hint.setText(self.tr("This does not look like an email address."))
        self.email_hint.setVisible(bad)


def scrolled_form(parent: QWidget, form: QFormLayout) -> tuple[QWidget, QScrollArea]:
    """A person's form in a vertical scroll area: (the form's widget, the scroll area)."""
    box = QWidget(parent)
    box.setLayout(form)
    scroll = QScrollArea(parent)
    a11y.no_tab_stop(scroll)  # Tab goes through its fields
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(box)
    return box, scroll
