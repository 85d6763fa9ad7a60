"""Open a bundle: who signed it and for whom, what it would change, then import it.

Steps, each off the GUI thread: the envelope is checked first (``peek``: format,
length, signer, signature, recipient), before a passphrase is asked; the passphrase
opens it and the preview lists what would be added, updated, deleted and kept as a
conflict, nothing written; *Import* writes it (a backup first, one transaction).  A
refused bundle says why in the dialog, and nothing was changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import AppError
from ...services.sync.crypto import KeyTextNotBundle, UnknownSender
from ...services.sync.kinds import KIND_WORDS
from ...services.sync.merge import Action
from ...services.sync.report import ACTION_WORDS, Line, MergeReport
from ..common import a11y, theme
from ..common.errors import message_for
from ..common.labels import label_tr
from ..common.theme import tone
from ..common.workers import run_job

Index = QModelIndex | QPersistentModelIndex
_BANNER = "padding:8px; border-radius:4px;"


def _english(exc: BaseException) -> str:
    """What a refusal says in English (the same words whatever the interface's language)."""
    return exc.english if isinstance(exc, AppError) else str(exc)


ORDER = {
    a: n
    for n, a in enumerate(
        (
            Action.CONFLICT,
            Action.ADD,
            Action.UPDATE,
            Action.MERGE,
            Action.RESTORE,
            Action.DELETE,
            Action.KEEP,
        )
    )
}
COLOURS = {Action.CONFLICT: "error_bg", Action.DELETE: "warn_bg", Action.ADD: "ok_bg"}  # roles


class ChangesModel(QAbstractTableModel):
    WHAT, KIND, RECORD = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Labels", "Change"),
        QT_TRANSLATE_NOOP("Labels", "Kind"),
        QT_TRANSLATE_NOOP("Labels", "Record"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Line] = []

    def set_rows(self, rows: list[Line]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda ln: (ORDER.get(ln.action, 9), ln.kind.value))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label_tr(self.HEADERS[section]) if 0 <= section < 3 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:  # a long one, whole
            return f"{line.label}: {line.detail}" if line.detail else line.label
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.WHAT:  # the words listed for lupdate (i18n.update)
                return label_tr(ACTION_WORDS.get(line.action, line.action.value))
            if index.column() == self.KIND:
                return label_tr(KIND_WORDS[line.kind][0])
            # a brief merged or in conflict: which sections came from where
            return f"{line.label}: {line.detail}" if line.detail else line.label
        if role == Qt.ItemDataRole.BackgroundRole and line.action in COLOURS:
            return theme.qcolor(COLOURS[line.action])
        return None


class BundleOpenDialog(QDialog):
    """``peek(path)``, ``open_(path, passphrase)`` -> opened, ``preview(opened)`` and
    ``import_(opened)`` are the services' (``BundleService``); they run in workers."""

    imported = Signal(object)  # the MergeReport
    settle_conflicts = Signal()

    def __init__(
        self,
        path: Path,
        peek: Callable[[Path], Any],
        open_: Callable[[Path, str, bool], Any],
        preview: Callable[[Any], MergeReport],
        import_: Callable[[Any], MergeReport],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleOpenDialog")
        self.setWindowTitle(self.tr("Open a bundle: %s") % path.name)
        self.path = path
        self._open, self._preview, self._import = open_, preview, import_
        self._opened: Any = None
        self._seen: Any = None
        self.job: Any = None
        self.report: MergeReport | None = None

        self.envelope = QLabel(self.tr("Checking the bundle…"), self)
        self.envelope.setObjectName("bundleEnvelope")
        self.envelope.setWordWrap(True)
        self.envelope.setTextFormat(Qt.TextFormat.PlainText)

        self.pass_label = QLabel(self.tr("Passphrase"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("bundleOpenPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.btn_preview = QPushButton(self.tr("Show what it changes"), self)
        self.btn_preview.setObjectName("bundlePreview")
        self.btn_preview.setDefault(True)
        self.btn_preview.clicked.connect(self.show_preview)
        self.passphrase.returnPressed.connect(self.show_preview)
        row = QHBoxLayout()
        row.addWidget(self.pass_label)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.btn_preview)

        self.status = QLabel(self)
        self.status.setObjectName("bundleStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.model = ChangesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("bundleChanges")
        a11y.name(self.table, self.tr("Changes in the bundle"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 120)

        buttons = QDialogButtonBox(self)
        self.btn_import = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.btn_import.setObjectName("bundleImport")
        self.btn_import.setEnabled(False)
        self.btn_import.clicked.connect(self.do_import)
        self.btn_conflicts = buttons.addButton(
            self.tr("Settle the conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.btn_conflicts.setObjectName("bundleSettle")
        self.btn_conflicts.setVisible(False)
        self.btn_conflicts.clicked.connect(self._settle)
        self.btn_close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.envelope)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._set_asking(False)
        self.job = run_job(lambda _p: peek(path), on_success=self._peeked, on_error=self._refused)

    # -- steps -----------------------------------------------------------------------
    def _set_asking(self, on: bool) -> None:
        for w in (self.pass_label, self.passphrase, self.btn_preview):
            w.setEnabled(on)

    def _peeked(self, seen: Any) -> None:
        self._seen = seen
        if seen.needs_passphrase:
            whom = self.tr("sealed under a passphrase")
            self.pass_label.setText(self.tr("The bundle's passphrase"))
        else:
            whom = self.tr("for %s") % seen.for_member
            self.pass_label.setText(self.tr("%s's key passphrase") % seen.for_member)
        self.envelope.setText(
            self.tr("Signed by %s (key %s), %s. The signature is good: not changed since.")
            % (seen.sender, seen.sender_fingerprint, whom)
        )
        self.envelope.setStyleSheet(_BANNER)
        tone(self.envelope, "ok-banner")
        self._set_asking(True)
        self.passphrase.setFocus()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, UnknownSender):  # the way to its key in this window, not the CLI's
            why = self.tr(
                "This bundle is signed by a key this store does not know (fingerprint %s). If "
                "it is a member's, compare the fingerprint with them, then import their public "
                "key (Tools > Members' keys… > Import a key…). Nothing was changed."
            ) % exc.message_values.get("sender_fingerprint", "")
        elif isinstance(exc, KeyTextNotBundle):  # the menu, not the command
            why = self.tr(
                "This file is a member's key, not a bundle: compare its fingerprint with them, "
                "then import it (Tools > Members' keys… > Import a key…). Nothing was changed."
            )
        else:  # "Refused:" once: a refusal that says it already is shown as it is
            why = self._unchanged(exc)
            if "refused" in _english(exc).lower():
                self._banner(why)
                return
        self._banner(self.tr("Refused: %s") % why)

    def _banner(self, why: str) -> None:
        self.envelope.setText(why)
        self.envelope.setStyleSheet(_BANNER)
        tone(self.envelope, "error-banner")
        self._set_asking(False)
        for w in (self.pass_label, self.passphrase, self.btn_preview):  # nothing to type
            w.setVisible(False)  # a disabled field looked ready for one (review s35)
        self.btn_import.setEnabled(False)

    def _unchanged(self, exc: BaseException) -> str:
        """The reason, saying that nothing was changed (once, in any language: the
        English of the message is what is looked at)."""
        text = message_for(exc).rstrip()
        said = _english(exc).lower()
        if any(words in said for words in ("nothing was changed", "nothing was done")):
            return text
        return text + " " + self.tr("Nothing was changed.")

    def show_preview(self) -> None:
        if self._seen is None or not self.passphrase.text():
            return
        secret = self.passphrase.text()
        by_passphrase = bool(self._seen.needs_passphrase)
        self._set_asking(False)
        self.status.setText(self.tr("Opening the bundle and comparing it with this store…"))

        def work(_p: Any) -> tuple[Any, MergeReport]:
            opened = self._open(self.path, secret, by_passphrase)
            return opened, self._preview(opened)

        self.job = run_job(work, on_success=self._previewed, on_error=self._preview_failed)

    def _preview_failed(self, exc: BaseException) -> None:
        self._set_asking(True)
        self.status.setText(self._unchanged(exc))
        tone(self.status, "error")
        self.passphrase.selectAll()

    def _previewed(self, result: tuple[Any, MergeReport]) -> None:
        self._opened, report = result
        self.passphrase.clear()
        self._show(report, self.tr("It would change (nothing written yet): %s"))
        self.btn_import.setEnabled(not report.nothing_to_do)

    def _show(self, report: MergeReport, what: str) -> None:
        self.report = report
        # "Nothing new" under no heading ("It would change: Nothing new" said nothing)
        lines = [report.summary() if report.nothing_to_do else what % report.summary()]
        lines += [f"• {n}" for n in report.notices]
        lines += [self.tr("• left out: %s") % s for s in report.skipped[:5]]
        self.status.setText("\n".join(lines))
        self.status.setStyleSheet("")
        self.model.set_rows(list(report.lines))

    def do_import(self) -> None:
        if self._opened is None:
            return
        self.btn_import.setEnabled(False)
        self.status.setText(self.tr("Importing (a backup first)…"))
        opened = self._opened
        self.job = run_job(
            lambda _p: self._import(opened), on_success=self._done, on_error=self._import_failed
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Not imported: %s") % self._unchanged(exc))
        tone(self.status, "error")

    def _done(self, report: MergeReport) -> None:
        self._opened = None
        self._show(report, self.tr("Imported: %s"))
        self.btn_conflicts.setVisible(report.conflicts > 0)
        self.imported.emit(report)

    def _settle(self) -> None:
        self.settle_conflicts.emit()
        self.accept()
