"""Report to capital from the tracker: the language it prints in, then where (#24).

The same choice as the pack dialog's "Printed in" (``tracker report --language`` and
``--buddhist-era`` on the command line): each language named in itself, Thai years in
the Buddhist Era; the last choice is remembered on this computer, the interface's
language is chosen the first time. What the delegation wrote stays as written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..common import a11y
from ..packs.language_box import LanguageBox

DOCUMENT = "tracker"  # the key the choice is remembered under (Preferences.print_language)


class TrackerReportDialog(QDialog):
    def __init__(
        self, remembered: tuple[str, bool] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trackerReportDialog")
        self.setWindowTitle(self.tr("Tracker report to capital"))
        about = QLabel(
            self.tr(
                "Every project with its status, our involvement, what is due and the "
                "timeline, as a PDF for capital."
            ),
            self,
        )
        about.setWordWrap(True)
        self.printed_in = LanguageBox(DOCUMENT, self)
        if remembered is not None:
            self.printed_in.set_code(remembered[0])
            self.printed_in.buddhist_era.setChecked(remembered[1])
        form = QFormLayout()
        form.addRow(self.tr("Printed in"), self.printed_in)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("trackerReportSave")
        self.save.setDefault(True)
        a11y.name(self.save, self.tr("Save as PDF"), self.tr("Choose where to write the report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.printed_in.language.setFocus()

    def values(self) -> tuple[str, bool]:
        """The language ("" for English) and whether Thai years count in the Buddhist Era."""
        return self.printed_in.code(), self.printed_in.buddhist()
