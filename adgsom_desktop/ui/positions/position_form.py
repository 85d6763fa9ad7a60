"""The sections of a brief, as widgets: shows a PositionContent and reads one back.

Only layout and values here; saving, workflow and undo are the editor's
(``position_editor.py``).  The not-for-disclosure background sits in a framed,
marked box of its own so it is never mistaken for releasable text.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import position_sections
from ...domain.enums import Authority, Stance
from ...services.position_records import PositionContent
from ...services.records import DelegationRec, PersonRec
from ..common import a11y
from ..common.fonts import relative
from ..common.labels import label_tr
from ..common.markup_edit import MarkupEdit
from ..common.theme import tone
from .position_rows import QARow, RowList, TextRow, TheirRow
from .stance_style import stance_label

TEXT_SECTIONS = position_sections.TEXT_SECTIONS


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    relative(label, 1.08, bold=True)  # follows the font size setting
    label.setContentsMargins(0, 10, 0, 2)
    return label


class PositionForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionForm")
        self._delegations: list[DelegationRec] = []
        mk = self._markup
        self.objective = mk(
            "objective", self.tr("What success looks like: concrete and testable"), 3
        )
        self.stance = QComboBox(self)
        self.stance.setObjectName("posStance")
        for s in Stance:
            self.stance.addItem(stance_label(s), s)
        self.authority = QComboBox(self)
        self.authority.setObjectName("posAuthority")
        for a in Authority:
            self.authority.addItem(label_tr(a.label), a)
        self.owner = QComboBox(self)
        self.owner.setObjectName("posOwner")
        self.tags = QLineEdit(self)
        self.tags.setObjectName("posTags")
        self.tags.setPlaceholderText(self.tr("e.g. DO3, EA 3.2"))
        self._tag_model = QStringListModel(self)
        completer = QCompleter(self._tag_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.opening = mk("opening", self.tr("Where we start"), 2)
        self.fallbacks = RowList(
            lambda: TextRow(self.tr("A fallback, in order")),
            self.tr("Add a fallback"),
            self,
            item_name=self.tr("Fallback {n}"),
        )
        self.fallbacks.setObjectName("posFallbacks")
        self.red_line = mk("red_line", self.tr("The minimum acceptable"), 2)
        self.points = RowList(
            lambda: TextRow(self.tr("A point to make")),
            self.tr("Add a point"),
            self,
            item_name=self.tr("Point {n}"),
        )
        self.points.setObjectName("posPoints")
        self.tactical = mk("tactical", self.tr("Only if the discussion turns that way"), 2)
        self.their = RowList(
            lambda: TheirRow(self._delegations),
            self.tr("Add a delegation"),
            self,
            item_name=self.tr("Their objective {n}"),
        )
        self.their.setObjectName("posTheir")
        self.defensive = RowList(
            QARow, self.tr("Add a question"), self, item_name=self.tr("Question {n}")
        )
        self.defensive.setObjectName("posDefensive")
        self.press_line = mk("press_line", self.tr("What we say to the press"), 2)
        self.background_releasable = mk(
            "background_releasable", self.tr("Facts that may be shared"), 3
        )
        self.background_nfd = mk("background_nfd", self.tr("For our delegation only"), 3)
        self.counterparts = QLabel(self)
        self.counterparts.setObjectName("posCounterparts")
        self.counterparts.setWordWrap(True)
        self.counterparts.setTextFormat(Qt.TextFormat.RichText)
        self.projects = QLabel(self)  # filled by ui/tracker/item_projects.projects_html
        self.projects.setObjectName("posProjects")
        self.projects.setWordWrap(True)
        self.projects.setTextFormat(Qt.TextFormat.RichText)

        mandate = QGridLayout()
        mandate.addWidget(QLabel(self.tr("Stance"), self), 0, 0)
        mandate.addWidget(self.stance, 0, 1)
        mandate.addWidget(QLabel(self.tr("Authority"), self), 0, 2)
        mandate.addWidget(self.authority, 0, 3)
        mandate.addWidget(QLabel(self.tr("Owner"), self), 1, 0)
        mandate.addWidget(self.owner, 1, 1)
        mandate.addWidget(QLabel(self.tr("ADM tags"), self), 1, 2)
        mandate.addWidget(self.tags, 1, 3)
        mandate.setColumnStretch(1, 1)
        mandate.setColumnStretch(3, 1)

        ladder = QFormLayout()
        ladder.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        ladder.addRow(self.tr("Opening"), self.opening)
        ladder.addRow(self.tr("Fallbacks"), self.fallbacks)
        ladder.addRow(self.tr("Red line"), self.red_line)

        nfd = QFrame(self)
        nfd.setObjectName("nfdFrame")
        nfd.setStyleSheet("#nfdFrame { border-radius: 4px; }")
        tone(nfd, "error-frame")
        nfd_layout = QVBoxLayout(nfd)
        mark = QLabel(self.tr("NOT FOR DISCLOSURE — left out of packs for a wider circle"), nfd)
        mark.setStyleSheet("font-weight: bold;")
        tone(mark, "error")
        nfd_layout.addWidget(mark)
        nfd_layout.addWidget(self.background_nfd)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.setSpacing(2)
        for title, widget in (
            (self.tr("Objective"), self.objective),
            (self.tr("Mandate"), mandate),
            (self.tr("Position ladder"), ladder),
            (self.tr("Points to make"), self.points),
            (self.tr("Tactical arguments"), self.tactical),
            (self.tr("Their objectives and our response"), self.their),
            (self.tr("Defensive lines and Q&A"), self.defensive),
            (self.tr("Press line"), self.press_line),
            (self.tr("Background (releasable)"), self.background_releasable),
            (self.tr("Background (not for disclosure)"), nfd),
            (self.tr("Counterparts who care about this item"), self.counterparts),
            (self.tr("Projects this item concerns"), self.projects),
        ):
            layout.addWidget(_heading(title, self))
            if isinstance(widget, QWidget):
                layout.addWidget(widget)
            else:
                layout.addLayout(widget)
        layout.addStretch(1)

        # What a screen reader announces for each box (the headings are not its labels);
        # the placeholder says what goes in it, and stays said once text is typed.
        for edit, label in (
            (self.objective, self.tr("Objective")),
            (self.opening, self.tr("Opening")),
            (self.red_line, self.tr("Red line")),
            (self.tactical, self.tr("Tactical arguments")),
            (self.press_line, self.tr("Press line")),
            (self.background_releasable, self.tr("Background (releasable)")),
            (self.background_nfd, self.tr("Background (not for disclosure)")),
        ):
            a11y.name(edit, label, edit.placeholderText())
        a11y.name(self.stance, self.tr("Stance"))
        a11y.name(self.authority, self.tr("Authority"))
        a11y.name(self.owner, self.tr("Owner"), self.tr("Who in our delegation holds this brief"))
        a11y.name(
            self.tags,
            self.tr("ADM tags"),
            self.tr("Codes of the ADM outcomes and actions this item serves, separated by commas"),
        )

        for w in (self.fallbacks, self.points, self.their, self.defensive):
            w.edited.connect(self.edited)
        for combo in (self.stance, self.authority, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.tags.textEdited.connect(lambda _t: self.edited.emit())

    def _markup(self, name: str, placeholder: str, lines: int) -> MarkupEdit:
        edit = MarkupEdit(self, min_lines=lines, placeholder=placeholder)
        edit.setObjectName(f"pos_{name}")
        edit.edited.connect(self.edited)
        return edit

    def markup_edits(self) -> list[MarkupEdit]:
        return self.findChildren(MarkupEdit)

    def set_choices(
        self,
        members: list[PersonRec],
        delegations: list[DelegationRec],
        tags: list[tuple[str, str]],
    ) -> None:
        self._delegations = delegations
        self.owner.blockSignals(True)
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("— not assigned —"), None)
        for p in members:
            self.owner.addItem(p.display, p.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)
        self._tag_model.setStringList([code for code, _t in tags])

    def set_content(self, c: PositionContent) -> None:
        widgets = [self.stance, self.authority, self.owner, self.tags]
        for w in widgets:
            w.blockSignals(True)
        for name in TEXT_SECTIONS:
            getattr(self, name).set_markup(getattr(c, name))
        self.stance.setCurrentIndex(max(0, self.stance.findData(c.stance)))
        self.authority.setCurrentIndex(max(0, self.authority.findData(c.authority)))
        owner = self.owner.findData(c.owner_id)
        if owner < 0 and c.owner_id is not None:
            self.owner.addItem(self.tr("(someone no longer listed)"), c.owner_id)
            owner = self.owner.count() - 1
        self.owner.setCurrentIndex(max(0, owner))
        if self.tags.text().replace(" ", "") != ",".join(c.tags).replace(" ", ""):
            self.tags.setText(", ".join(c.tags))
        self.fallbacks.set_values(c.fallbacks)
        self.points.set_values(c.points)
        self.their.set_values(c.their_objectives)
        self.defensive.set_values(c.defensive_lines)
        for w in widgets:
            w.blockSignals(False)

    def content(self) -> PositionContent:
        values = {name: getattr(self, name).markup() for name in TEXT_SECTIONS}
        return PositionContent(
            stance=Stance(self.stance.currentData()),  # Qt hands StrEnums back as str
            authority=Authority(self.authority.currentData()),
            owner_id=self.owner.currentData(),
            fallbacks=tuple(self.fallbacks.values()),
            points=tuple(self.points.values()),
            their_objectives=tuple(self.their.values()),
            defensive_lines=tuple(self.defensive.values()),
            **values,
        )

    def set_read_only(self, read_only: bool) -> None:
        for name in TEXT_SECTIONS:
            getattr(self, name).setReadOnly(read_only)
        for w in (self.stance, self.authority, self.owner):
            w.setEnabled(not read_only)
        self.tags.setReadOnly(read_only)
        for rows in (self.fallbacks, self.points, self.their, self.defensive):
            rows.set_read_only(read_only)
