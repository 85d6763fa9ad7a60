"""Who a pack or a report is for, and what that audience's copy holds (reports/audiences.py).

Shared by the pack builder and the report dialog: a choice of audience, its lowest
classification in this store, and the parts it includes and leaves out, read from
the same table the services redact with.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ...domain.enums import Audience
from ...reports.audiences import included, left_out
from ..common.labels import label_tr
from ..common.theme import tone


def at_least(classifications: tuple[str, ...], current: str, minimum: str) -> str:
    """``current``, or ``minimum`` if ``current`` is lower (the list runs low to high)."""
    order = list(classifications)
    if minimum in order and (current not in order or order.index(current) < order.index(minimum)):
        return minimum
    return current


class MarkingFollower:
    """The classification box of a pack or report follows its audience: until the user
    picks a marking, each audience takes its default (the store's default or the audience's
    minimum, the higher: what the CLI marks without ``--classification``), lowered as well
    as raised; a marking the user picked stays while the audience allows it, raised to the
    audience's minimum when not."""

    def __init__(self, combo: QComboBox) -> None:
        self.combo = combo
        self.picked = ""  # the marking the user picked ("": none yet)
        combo.activated.connect(self._picked)  # the user's pick only (not setCurrentText)

    def _picked(self, index: int) -> None:
        self.picked = self.combo.itemText(index)

    def apply(self, default: str, minimum: str) -> None:
        order = tuple(self.combo.itemText(i) for i in range(self.combo.count()))
        wanted = self.picked if self.picked in order else default
        self.combo.setCurrentText(at_least(order, wanted, minimum))


class AudienceBox(QWidget):
    changed = Signal(object)  # Audience

    def __init__(self, document: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.minimums: dict[Audience, str] = {}
        self.combo = QComboBox(self)
        self.combo.setObjectName("audience")
        for audience in Audience:
            self.combo.addItem(label_tr(audience.label), audience.value)
        self.summary = QLabel(self)
        self.summary.setObjectName("audienceSummary")
        self.summary.setWordWrap(True)
        tone(self.summary, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.combo)
        layout.addWidget(self.summary)
        self.combo.currentIndexChanged.connect(self._changed)
        self._describe()

    def audience(self) -> Audience:
        return Audience(self.combo.currentData())

    def set_audience(self, audience: Audience) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(audience.value)))

    def set_minimums(self, minimums: dict[Audience, str]) -> None:
        self.minimums = dict(minimums)
        self._describe()

    def _changed(self, _index: int) -> None:
        self._describe()
        self.changed.emit(self.audience())

    def _describe(self) -> None:
        """The shorter of "everything except ..." and "only ...", the full lists as a tip."""
        audience = self.audience()
        ins = [label_tr(p.label) for p in included(self.document, audience)]
        outs = [label_tr(p.label) for p in left_out(self.document, audience)]
        if not outs:
            text = self.tr("<b>Includes everything</b> this document can hold.")
        elif len(outs) <= len(ins):
            text = self.tr("<b>Includes everything except:</b> %1.").replace("%1", "; ".join(outs))
        else:
            text = self.tr("<b>Includes only:</b> %1.").replace("%1", "; ".join(ins))
        minimum = self.minimums.get(audience)
        if minimum:
            text += " " + self.tr("Marked %1 or higher.").replace("%1", minimum)
        self.summary.setText(text)
        tip = self.tr("Includes: %1").replace("%1", "; ".join(ins))
        if outs:
            tip += "\n\n" + self.tr("Leaves out: %1").replace("%1", "; ".join(outs))
        self.summary.setToolTip(tip)
        self.combo.setToolTip(tip)
