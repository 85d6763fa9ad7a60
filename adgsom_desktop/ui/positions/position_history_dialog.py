"""History of a position: every version, the differences between any two, restore one.

Differences are shown word by word (Thai words found by ICU through Qt's
QTextBoundaryFinder); removed text is struck through and added text
underlined, so the difference reads without colour too.  Restoring makes the
earlier version current as a new version: nothing is ever lost.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ...domain.enums import NOT_NAMED, Authority, PositionStatus, Stance
from ...domain.markup import escape_html
from ...domain.timeutil import to_local
from ...errors import AppError
from ...services.position_diff import (
    ADDED,
    REMOVED,
    PositionDiff,
    diff_text,
    no_space,
    tokens,
)
from ...services.position_records import PositionVersionRec
from ...services.version_comments import comment_words
from ..common import a11y, confirm, theme
from ..common.dates import date_time
from ..common.errors import show_error
from ..common.labels import label_tr
from ..common.theme import tone
from ..common.undo import hub_for
from .stance_style import stance_label, status_label

if TYPE_CHECKING:
    from ...services.container import Services

VERSION = Qt.ItemDataRole.UserRole + 1


def qt_word_tokens(text: str) -> list[str]:
    """Words as ICU sees them (Thai and Lao split into words); letters where it cannot."""
    if not text:
        return []
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text)
    cuts = [0]
    while True:
        pos = finder.toNextBoundary()
        if pos == -1 or pos >= len(text):
            break
        cuts.append(pos)
    cuts.append(len(text))
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = text[a:b]
        if not piece:
            continue
        # Where ICU found no word breaks (Khmer, Myanmar), fall back to letters.
        if len(piece) > 12 and any(no_space(ch) for ch in piece):
            out.extend(tokens(piece))
        else:
            out.append(piece)
    return out if "".join(out) == text else tokens(text)


def in_words(diff: PositionDiff) -> PositionDiff:
    """``diff`` with the values of Stance and Authority (stored as the enums' English
    labels) in the words the brief editor shows them in, compared again (s34: they stayed
    English in Thai)."""
    words = {s.label: stance_label(s) for s in Stance}
    words |= {a.label: label_tr(a.label) for a in Authority}
    sections = []
    for section in diff.sections:
        if section.key in ("stance", "authority"):
            old = "".join(s.text for s in section.segments if s.kind != ADDED)
            new = "".join(s.text for s in section.segments if s.kind != REMOVED)
            said = diff_text(words.get(old, old), words.get(new, new), qt_word_tokens)
            section = replace(section, segments=said)
        sections.append(section)
    return replace(diff, sections=tuple(sections))


def diff_html(diff: PositionDiff, show_unchanged: bool, labels: dict[str, str]) -> str:
    c = theme.current()
    parts = [
        "<style>"
        f"del {{ background: {c['diff_del_bg']}; color: {c['diff_del_fg']}; "
        "text-decoration: line-through; }"
        f"ins {{ background: {c['diff_ins_bg']}; color: {c['diff_ins_fg']}; "
        "text-decoration: underline; }"
        f"h3 {{ margin: 14px 0 4px 0; }} .same {{ color: {c['text']}; }} "
        f".note {{ color: {c['warning']}; }}"
        "</style>"
    ]
    sections = diff.sections if show_unchanged else diff.changed_sections
    if not sections:
        parts.append(f"<p>{escape_html(labels['none'])}</p>")
    for section in sections:
        title = labels.get(section.key) or label_tr(section.label)  # a domain label
        mark = (
            ""
            if section.changed
            else f" <span class='same'>({escape_html(labels['unchanged'])})</span>"
        )
        parts.append(f"<h3>{escape_html(title)}{mark}</h3>")
        if section.note:
            parts.append(f"<p class='note'>{escape_html(labels['formatting'])}</p>")
        html = []
        for seg in section.segments:
            text = escape_html(seg.text).replace("\n", "<br>")
            if seg.kind == REMOVED:
                html.append(f"<del>{text}</del>")
            elif seg.kind == ADDED:
                html.append(f"<ins>{text}</ins>")
            else:
                html.append(text)
        parts.append(f"<p>{''.join(html) or '—'}</p>")
    return "".join(parts)


class PositionHistoryDialog(QDialog):
    def __init__(self, services: Services, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positionHistoryDialog")
        self.services = services
        self.item_id = item_id
        item = services.agenda.item(item_id)
        self.setWindowTitle(self.tr("History of the position on %s") % item.label)
        self.labels = {
            "none": self.tr("No differences."),
            "unchanged": self.tr("unchanged"),
            "formatting": self.tr("Formatting changed (bold, italic or bullets)."),
            "tags": self.tr("ADM tags"),
        }

        self.list = QListWidget(self)
        self.list.setObjectName("historyVersions")
        a11y.name(
            self.list,
            self.tr("Versions"),
            self.tr("Every saved version of the brief, newest first"),
        )
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.currentItemChanged.connect(self._on_version)
        self.old = QComboBox(self)
        self.old.setObjectName("historyOld")
        self.new = QComboBox(self)
        self.new.setObjectName("historyNew")
        a11y.name(
            self.new,
            self.tr("Compare with"),
            self.tr("The version compared with the older one"),
        )
        self.old.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.new.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.show_all = QCheckBox(self.tr("Show unchanged sections"), self)
        self.show_all.toggled.connect(lambda _b: self.show_diff())
        self.view = QTextBrowser(self)
        self.view.setObjectName("historyDiff")
        a11y.name(self.view, self.tr("Changes"), self.tr("What changed between the two versions"))
        legend = QLabel(
            self.tr(
                "<del>Removed</del> text is struck through; <ins>added</ins> text is underlined."
            ),
            self,
        )
        legend.setTextFormat(Qt.TextFormat.RichText)
        tone(legend, "muted")

        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this version…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("historyRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare"), self))
        compare.addWidget(self.old, 1)
        compare.addWidget(QLabel(self.tr("with"), self))
        compare.addWidget(self.new, 1)
        compare.addWidget(self.show_all)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(compare)
        rl.addWidget(legend)
        rl.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([330, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1150, 720)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.versions: list[PositionVersionRec] = self.services.positions.versions(self.item_id)
        rec = self.services.positions.get(self.item_id)
        approved_no = rec.approved_version_no if rec else None
        # An approval given before approvals were a person's own act (a PIN, a sign-in).
        since = self.services.approval_pins.signed_since()
        unsigned = bool(rec and rec.approved_at and since and rec.approved_at < since)
        self.current_no = rec.version_no if rec else 0
        for combo in (self.old, self.new):
            combo.blockSignals(True)
            combo.clear()
        self.list.blockSignals(True)
        self.list.clear()
        # newest first in the order written: after Bring back a version that came from the
        # other store may have a greater number here than one written after it (s34 S7)
        for v in sorted(self.versions, key=_written, reverse=True):
            label = self.tr("Version %s") % v.version_no
            if v.version_no == self.current_no:
                label += self.tr(" (current)")
            status = status_label(v.status)
            if v.version_no == approved_no:
                status = "★ " + self.tr("Approved")
                if unsigned:
                    status += " " + self.tr("(before sign-in)")
            who = self.tr("not named") if v.saved_by == NOT_NAMED else v.saved_by or "?"
            line2 = f"{date_time(to_local(v.saved_at))} · {who} · {status}"
            comment = str(comment_words(v.comment)) if v.comment else ""  # stored: English
            text = f"{label}\n{line2}" + (f"\n{comment}" if comment else "")
            entry = QListWidgetItem(text)
            entry.setData(VERSION, v.version_no)
            entry.setToolTip(text)
            entry.setSizeHint(self._room_for(text))
            self.list.addItem(entry)
        self.old.addItem(self.tr("nothing (before version 1)"), 0)
        for v in self.versions:
            for combo in (self.old, self.new):
                combo.addItem(self.tr("version %s") % v.version_no, v.version_no)
        for combo in (self.old, self.new):
            combo.blockSignals(False)
        self.list.blockSignals(False)
        target = select if select is not None else self.current_no
        for row in range(self.list.count()):
            if self.list.item(row).data(VERSION) == target:
                self.list.setCurrentRow(row)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def _room_for(self, text: str) -> QSize:
        """The size an entry's lines take as drawn: a Thai line's font is taller than the
        list's own, which the list's estimate misses (the status cut off, the comment
        hidden: s34)."""
        font = self.list.font()
        width = height = 0.0
        for line in text.split("\n"):
            layout = QTextLayout(line, font)
            layout.beginLayout()
            drawn = layout.createLine()
            layout.endLayout()
            width = max(width, drawn.naturalTextWidth())
            height += drawn.height()
        return QSize(math.ceil(width) + 12, math.ceil(height) + 10)

    def _on_version(self, *_args: object) -> None:
        entry = self.list.currentItem()
        if entry is None:
            return
        no = int(entry.data(VERSION))
        self.new.blockSignals(True)
        self.old.blockSignals(True)
        self.new.setCurrentIndex(self.new.findData(no))
        # With the version before it (version 1: with nothing, so it shows what it brought).
        self.old.setCurrentIndex(max(0, self.old.findData(no - 1)))
        self.new.blockSignals(False)
        self.old.blockSignals(False)
        self.restore_button.setEnabled(no != self.current_no)
        self.restore_button.setText(self.tr("Restore version %s…") % no)
        self.show_diff()

    def show_diff(self) -> None:
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            self.view.setHtml("")
            return
        diff = self.services.positions.diff(self.item_id, int(old), int(new), qt_word_tokens)
        self.view.setHtml(diff_html(in_words(diff), self.show_all.isChecked(), self.labels))

    def restore_selected(self) -> None:
        entry = self.list.currentItem()
        if entry is None:
            return
        no = int(entry.data(VERSION))
        rec = self.services.positions.get(self.item_id)
        approved = rec is not None and rec.status is PositionStatus.APPROVED
        text = self.tr(
            "Restore version %s? It becomes the current version (a new version %s); "
            "every version stays in the history."
        ) % (no, self.current_no + 1)
        if approved:
            text += "\n\n" + self.tr("The position is approved: restoring returns it to draft.")
        if not confirm.ask(self, self.tr("Restore a version"), text, self.tr("Restore")):
            return
        before = self.current_no
        positions = self.services.positions
        hub = hub_for(self.services)
        item_id = self.item_id
        try:
            positions.restore(item_id, no, expected_version=before, reopen_approved=approved)
        except AppError as exc:
            show_error(self, exc)
            return
        hub.push_done(
            self.tr("Restore version %s") % no,
            lambda: positions.restore(hub.rid(item_id), no, reopen_approved=True),
            lambda: positions.restore(hub.rid(item_id), before, reopen_approved=True),
        )
        self.reload()


def _written(v: PositionVersionRec) -> tuple[datetime, int]:
    """When a version was written, to the second (as versions travel), then its number."""
    return v.saved_at.replace(microsecond=0, tzinfo=None), v.version_no
