"""Printed in: the language of a document's headings, labels and dates (#24).

The report dialog and File > Export brief as Word offer it as the pack dialog does
(``pack|report|brief export --language`` on the command line): each language named
in itself, the interface's language first chosen, and for Thai the Buddhist Era.
What the delegation wrote stays as written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from ...i18n import LANGUAGE_NAMES, SOURCE_LANGUAGE
from ..common import a11y
from ..common.translation import current_language


class LanguageBox(QWidget):
    def __init__(self, document: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{document}LanguageBox")
        self.language = QComboBox(self)
        self.language.setObjectName(f"{document}Language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        tip = self.tr("The headings, labels and dates; what you wrote stays as written")
        self.language.setToolTip(tip)
        a11y.name(self.language, self.tr("Printed in"), tip)
        self.buddhist_era = QCheckBox(self.tr("Years in the Buddhist Era (พ.ศ.)"), self)
        self.buddhist_era.setObjectName(f"{document}BuddhistEra")
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language)
        row.addWidget(self.buddhist_era, 1)
        self.setFocusProxy(self.language)
        self._language_changed()

    def _language_changed(self) -> None:
        self.buddhist_era.setEnabled(self.language.currentData() == "th")

    def code(self) -> str:
        """The language chosen ("" for English, as the services and the CLI take it)."""
        code = str(self.language.currentData() or "")
        return "" if code == SOURCE_LANGUAGE else code

    def set_code(self, code: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(code or SOURCE_LANGUAGE)))

    def buddhist(self) -> bool:
        return self.buddhist_era.isEnabled() and self.buddhist_era.isChecked()
