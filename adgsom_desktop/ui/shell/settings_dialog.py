"""Settings: our delegation and classifications (the store), font size and name (this laptop)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Audience
from ...i18n import LANGUAGE_NAMES
from ...services.records import DelegationRec
from ..common.dialog_parts import ok_cancel, problem_label
from ..common.labels import label_tr
from ..common.theme import tone
from ..common.translation import current_language, resolve, system_language
from .preferences import FONT_MAX, FONT_MIN


@dataclass(frozen=True)
class SettingsValues:
    our_delegation_code: str = ""
    default_classification: str = "RESTRICTED"
    classifications: tuple[str, ...] = ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL")
    font_size: int = 10
    user_name: str = ""
    # (audience, its lowest classification): a pack or report for it is never marked lower
    audience_minimums: tuple[tuple[Audience, str], ...] = ()
    colour_scheme: str = "system"  # this laptop: system, light, dark, contrast (#24)
    language: str = ""  # the interface's language: "" = the system's, "en", "th", "vi"


class SettingsDialog(QDialog):
    def __init__(
        self,
        initial: SettingsValues,
        delegations: list[DelegationRec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._store_open = bool(delegations)

        store_box = QGroupBox(self.tr("This store (shared with everyone who opens it)"), self)
        store_form = QFormLayout(store_box)
        self.delegation = QComboBox(store_box)
        self.delegation.setObjectName("ourDelegation")
        self.delegation.addItem(self.tr("(not set)"), "")
        for d in delegations:
            self.delegation.addItem(f"{d.code} · {d.display}", d.code)
        idx = self.delegation.findData(initial.our_delegation_code)
        self.delegation.setCurrentIndex(max(0, idx))
        store_form.addRow(self.tr("Our delegation:"), self.delegation)

        self.classifications = QPlainTextEdit(store_box)
        self.classifications.setObjectName("classifications")
        self.classifications.setPlainText("\n".join(initial.classifications))
        self.classifications.setFixedHeight(96)
        self.classifications.textChanged.connect(self._refresh_default_choices)
        store_form.addRow(self.tr("Classifications\n(one per line):"), self.classifications)

        self.default_classification = QComboBox(store_box)
        self.default_classification.setObjectName("defaultClassification")
        store_form.addRow(self.tr("Default classification:"), self.default_classification)
        self.minimums: dict[Audience, QComboBox] = {}
        for audience in Audience:
            combo = QComboBox(store_box)
            combo.setObjectName(f"minimum_{audience.value}")
            combo.setToolTip(self.tr("Packs and reports for this audience are never marked lower"))
            self.minimums[audience] = combo
            store_form.addRow(
                self.tr("Lowest marking for %1:").replace("%1", label_tr(audience.label)), combo
            )
        self._refresh_default_choices()
        idx = self.default_classification.findText(initial.default_classification)
        self.default_classification.setCurrentIndex(max(0, idx))
        from ...reports.minimums import DEFAULT_MINIMUMS

        self._minimums = dict(initial.audience_minimums)  # as given; changes go in values()
        for audience, combo in self.minimums.items():
            combo.setCurrentText(self._minimums.get(audience, DEFAULT_MINIMUMS[audience]))
            combo.activated.connect(lambda _i, a=audience: self._minimum_chosen(a))
        store_box.setEnabled(self._store_open)

        local_box = QGroupBox(self.tr("This laptop"), self)
        local_form = QFormLayout(local_box)
        self.font_size = QSpinBox(local_box)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(FONT_MIN, FONT_MAX)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(initial.font_size)
        local_form.addRow(self.tr("Interface font size:"), self.font_size)
        self.colour_scheme = QComboBox(local_box)
        self.colour_scheme.setObjectName("colourScheme")
        for label, value in (
            (self.tr("As the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
            (self.tr("High contrast"), "contrast"),
        ):
            self.colour_scheme.addItem(label, value)
        self.colour_scheme.setCurrentIndex(
            max(0, self.colour_scheme.findData(initial.colour_scheme))
        )
        local_form.addRow(self.tr("Colours:"), self.colour_scheme)
        self.user_name = QLineEdit(initial.user_name, local_box)
        self.user_name.setObjectName("userName")
        self.user_name.setPlaceholderText(self.tr("Your name, as recorded in history"))
        self.user_name.setMaxLength(200)
        local_form.addRow(self.tr("Your name:"), self.user_name)
        self.language = QComboBox(local_box)
        self.language.setObjectName("language")
        self.language.addItem(
            self.tr("The system's language (%1)").replace("%1", LANGUAGE_NAMES[system_language()]),
            "",
        )
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(initial.language)))
        self.language.setToolTip(
            self.tr("Menus, dialogs and dates; OK offers to start the app again in it")
        )
        self.language_note = QLabel(
            self.tr(
                "A new language takes effect when ADGSOM Desktop starts again: "
                "OK offers to restart it now."
            ),
            local_box,
        )
        self.language_note.setObjectName("languageRestartNote")
        self.language_note.setWordWrap(True)
        tone(self.language_note, "muted")
        # beside the choice, not on a row of its own: the dialog fits a 1366x768 screen at
        # 125 % in Thai and Vietnamese too (tests/test_i18n_windows.py)
        language_row = QHBoxLayout()
        language_row.setContentsMargins(0, 0, 0, 0)
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_note, 1)
        local_form.addRow(self.tr("Language:"), language_row)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._language_chosen()

        self.problem = problem_label(self, "settingsProblem", hidden=True)
        buttons = ok_cancel(self, accept=self._accept)

        layout = QVBoxLayout(self)
        layout.addWidget(store_box)
        layout.addWidget(local_box)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _language_chosen(self) -> None:
        """The restart note, shown while the choice differs from the language shown."""
        chosen = resolve(str(self.language.currentData() or ""))
        self.language_note.setVisible(chosen != current_language())

    def _minimum_chosen(self, audience: Audience) -> None:
        self._minimums[audience] = self.minimums[audience].currentText()

    def _classification_list(self) -> tuple[str, ...]:
        lines = [ln.strip().upper() for ln in self.classifications.toPlainText().splitlines()]
        return tuple(dict.fromkeys(ln for ln in lines if ln))

    def _refresh_default_choices(self) -> None:
        for combo in (self.default_classification, *getattr(self, "minimums", {}).values()):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(self._classification_list()))
            idx = combo.findText(current)
            if idx >= 0:
                combo.setCurrentIndex(idx)
            combo.blockSignals(False)

    def _accept(self) -> None:
        if self._store_open and not self._classification_list():
            self.problem.setText(self.tr("Keep at least one classification."))
            self.problem.show()
            return
        if any(len(c) > 60 for c in self._classification_list()):
            self.problem.setText(self.tr("A classification is at most 60 characters."))
            self.problem.show()
            return
        self.accept()

    def values(self) -> SettingsValues:
        return SettingsValues(
            our_delegation_code=str(self.delegation.currentData() or ""),
            default_classification=self.default_classification.currentText(),
            classifications=self._classification_list(),
            font_size=self.font_size.value(),
            colour_scheme=str(self.colour_scheme.currentData()),
            user_name=self.user_name.text().strip(),
            language=str(self.language.currentData() or ""),
            # the minimums given, and those the user chose (not a combo's first entry)
            audience_minimums=tuple(
                (a, self.minimums[a].currentText() or value) for a, value in self._minimums.items()
            ),
        )
