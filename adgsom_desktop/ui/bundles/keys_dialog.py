"""Members' keys: make your own, send your public key, import a colleague's.

A member's private key stays in the store sealed under that member's own passphrase
(never the store's).  Public keys travel as a short text; the fingerprint is shown so
that two members compare it aloud before trusting a key.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.key_card import key_file_name
from ...services.key_names import key_place
from ...services.key_service import MemberKeyRec
from ..common import a11y
from ..common.dialog_parts import ok_cancel
from ..common.errors import message_for
from ..common.workers import run_job


class MakeKeyDialog(QDialog):
    def __init__(self, members: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("makeKeyDialog")
        self.setWindowTitle(self.tr("Make my key"))
        self.person = QComboBox(self)
        self.person.setObjectName("makeKeyPerson")
        for pid, name in members:
            self.person.addItem(name, pid)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("makeKeyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("makeKeyRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            self.tr(
                "Your own passphrase, not the store's: it unlocks your key to sign and open "
                "bundles. Nobody else needs it."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Member"), self.person)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat it"), self.repeat)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, str, str]:
        return int(self.person.currentData()), self.passphrase.text(), self.repeat.text()


class KeysDialog(QDialog):
    def __init__(
        self,
        load: Callable[[], list[MemberKeyRec]],
        members: Callable[[], list[tuple[int, str]]],
        create: Callable[[int, str, str], MemberKeyRec],
        export: Callable[[int, Path], Any],
        import_: Callable[[str], MemberKeyRec],
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Members' keys"))
        self._load, self._members, self._create = load, members, create
        self._export, self._import, self._folder = export, import_, folder
        self.job: Any = None
        self.keys: list[MemberKeyRec] = []

        intro = QLabel(
            self.tr(
                "Bundles are signed by their sender's key and opened with their recipient's. "
                "Send your public key to the others; before importing theirs, compare its "
                "fingerprint with them by phone or in person."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("keysList")
        a11y.name(self.list, self.tr("Keys"))
        self.status = QLabel(self)
        self.status.setObjectName("keysStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.btn_make = buttons.addButton(self.tr("Make my key…"), role)
        self.btn_make.setObjectName("keysMake")
        self.btn_make.clicked.connect(self.make_key)
        self.btn_export = buttons.addButton(self.tr("Save public key…"), role)
        self.btn_export.setObjectName("keysExport")
        self.btn_export.clicked.connect(self.export_key)
        self.btn_import = buttons.addButton(self.tr("Import a key…"), role)
        self.btn_import.setObjectName("keysImport")
        self.btn_import.clicked.connect(self.import_key)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self.keys = self._load()
        self.list.clear()
        for k in self.keys:
            # where each key lives, and so where a bundle sealed to it opens (s33 R3)
            self.list.addItem(f"{k.name}    {k.fingerprint}    ({key_place(k)})")
        if self.keys:
            self.list.setCurrentRow(0)
        self.btn_export.setEnabled(bool(self.keys))
        # signed in with her own key already: one key a member (review s33 R21)
        mine = next((k for k in self.keys if k.yours), None)
        self.btn_make.setEnabled(mine is None)
        self.btn_make.setToolTip(
            self.tr("You have your key already (fingerprint %s): it signs and opens here.")
            % mine.fingerprint
            if mine is not None
            else ""
        )

    def make_key(self) -> None:
        dlg = MakeKeyDialog(self._members(), self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        person, passphrase, repeat = dlg.values()
        self.status.setText(self.tr("Making the key…"))
        self.job = run_job(
            lambda _p: self._create(person, passphrase, repeat),
            on_success=self._made,
            on_error=lambda e: self.status.setText(message_for(e)),
        )

    def _made(self, rec: MemberKeyRec) -> None:
        self.status.setText(
            self.tr("Made a key for %s: fingerprint %s.") % (rec.name, rec.fingerprint)
        )
        self.refresh()

    def export_key(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.keys):
            return
        k = self.keys[row]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save public key"),
            str(self._folder / key_file_name(k.name, k.fingerprint)),
        )
        if not name:
            return
        try:
            self._export(k.id, Path(name))
        except Exception as exc:
            self.status.setText(message_for(exc))
            return
        self.status.setText(self.tr("Saved %s's public key to %s.") % (k.name, name))

    def import_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a key"), str(self._folder))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        try:
            with path.open(encoding="utf-8") as fh:
                text = fh.read(30_000)
            rec = self._import(text)
        except Exception as exc:
            self.status.setText(self.tr("Not imported: %s") % message_for(exc))
            return
        self.status.setText(
            self.tr("Knows %s's key: fingerprint %s. Compare it with them.")
            % (rec.name, rec.fingerprint)
        )
        self.refresh()
