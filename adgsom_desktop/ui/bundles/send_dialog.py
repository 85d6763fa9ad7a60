"""Send a bundle: a meeting (or some of its parts) for a member, or under a passphrase.

The dialog takes the choices in (meetings, the members this store knows) and hands the
user's values out (``values()``); the feature writes the bundle off the GUI thread.
What the recipient's audience leaves out is said before anything is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Audience, MemberRole
from ...services.bundle_service import bundle_target
from ...services.key_names import key_place
from ...services.key_service import MemberKeyRec
from ...services.sync.kinds import Part
from ...services.sync.withhold import HEADS, left_out
from ..common import a11y, file_dialogs
from ..common.dates import day
from ..common.dialog_parts import problem_label
from ..common.labels import label_tr
from ..common.theme import tone

PART_LABELS = {
    Part.AGENDA: QT_TRANSLATE_NOOP("Labels", "Agenda and programme"),
    Part.BRIEFS: QT_TRANSLATE_NOOP("Labels", "Briefs"),
    Part.STANCES: QT_TRANSLATE_NOOP("Labels", "Stances"),
    Part.NOTES: QT_TRANSLATE_NOOP("Labels", "Notes"),
    Part.OUTCOMES: QT_TRANSLATE_NOOP("Labels", "Outcomes"),
    Part.ACTIONS: QT_TRANSLATE_NOOP("Labels", "Action items"),
}


def meeting_label(m: Any) -> str:
    """A meeting as the list names it, with its date: two meetings of one name in two
    years read apart ("ADGSOM+Japan · 14 Jan 2026")."""
    title = m.short_title or m.title
    return f"{title} · {day(m.date)}" if m.date else title


def proposed_meeting(
    meetings: Sequence[Any], selected: tuple[str, int] | None, today: date
) -> int | None:
    """The meeting a bundle is proposed for: the one selected in the window; else the
    current or next one (of the selected event, or of all), else the latest."""
    if not meetings:
        return None
    wanted = selected[1] if selected is not None and selected[0] == "meeting" else None
    if any(m.id == wanted for m in meetings):
        return wanted
    pool = list(meetings)
    if selected is not None and selected[0] == "event":
        pool = [m for m in meetings if m.event_id == selected[1]] or pool
    dated = sorted((m for m in pool if m.date), key=lambda m: (m.date, m.id))
    coming = [m for m in dated if (m.end_date or m.date) >= today]
    if coming:
        return int(coming[0].id)
    return int(dated[-1].id) if dated else int(pool[0].id)


@dataclass(frozen=True)
class SendValues:
    meeting_id: int
    parts: tuple[Part, ...]
    sender_id: int
    key_passphrase: str
    to_key_id: int | None
    passphrase: str | None
    audience: Audience
    out: Path
    overwrite: bool = False  # the user confirmed replacing the file there


class BundleSendDialog(QDialog):
    def __init__(
        self,
        meetings: list[tuple[int, str]],
        members: list[MemberKeyRec],
        roles: dict[str, MemberRole],
        folder: Path,
        parent: QWidget | None = None,
        meeting_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bundleSendDialog")
        self.setWindowTitle(self.tr("Send a bundle"))
        self._roles = roles
        self._folder = folder
        self._overwrite = False

        intro = QLabel(
            self.tr(
                "One file for a member of the delegation, for when there is no connection: "
                "signed with your key and encrypted for them (or under a passphrase you give "
                "them another way). They see what it changes before anything is written."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.meeting = QComboBox(self)
        self.meeting.setObjectName("bundleMeeting")
        for mid, label in meetings:
            self.meeting.addItem(label, mid)
        if meeting_id is not None and self.meeting.findData(meeting_id) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))

        parts_host = QWidget(self)
        grid = QGridLayout(parts_host)
        grid.setContentsMargins(0, 0, 0, 0)
        self.parts: dict[Part, QCheckBox] = {}
        for n, part in enumerate(Part):
            box = QCheckBox(label_tr(PART_LABELS[part]), parts_host)
            box.setChecked(True)
            box.setObjectName(f"bundlePart_{part.value}")
            self.parts[part] = box
            grid.addWidget(box, n // 3, n % 3)

        own = [m for m in members if m.has_private]
        others = [m for m in members if not m.has_private]
        self.from_key = QComboBox(self)
        self.from_key.setObjectName("bundleSender")
        for m in own:
            self.from_key.addItem(f"{m.name}  ({m.fingerprint})", m.id)
        self.key_passphrase = QLineEdit(self)
        self.key_passphrase.setObjectName("bundleKeyPassphrase")
        self.key_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_passphrase.setPlaceholderText(self.tr("your key's passphrase"))

        self.recipient = QComboBox(self)
        self.recipient.setObjectName("bundleRecipient")
        self._places: dict[int, str] = {}  # where each key lives (review s33 R3)
        for m in others:
            self.recipient.addItem(f"{m.name}  ({m.fingerprint})", m.id)
            row = self.recipient.count() - 1
            self.recipient.setItemData(row, m.person_uuid, Qt.ItemDataRole.UserRole + 1)
            self._places[m.id] = str(key_place(m))
            self.recipient.setItemData(row, self._places[m.id], Qt.ItemDataRole.ToolTipRole)
        self.recipient_note = QLabel(self)
        self.recipient_note.setObjectName("bundleRecipientNote")
        self.recipient_note.setWordWrap(True)
        tone(self.recipient_note, "muted")
        self.recipient.addItem(self.tr("Anyone with a passphrase I choose"), None)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("bundlePassphrase")
        a11y.name(
            self.passphrase,
            self.tr("Passphrase"),
            self.tr("The passphrase that protects the bundle"),
        )
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("the bundle's passphrase"))
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("bundlePassphraseRepeat")
        a11y.name(self.repeat, self.tr("Passphrase again"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(self.tr("repeat it"))
        pass_row = QWidget(self)
        pr = QHBoxLayout(pass_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(self.passphrase)
        pr.addWidget(self.repeat)
        self.pass_row = pass_row

        self.audience = QComboBox(self)
        self.audience.setObjectName("bundleAudience")
        self.audience_note = QLabel(self)
        self.audience_note.setObjectName("bundleAudienceNote")
        self.audience_note.setWordWrap(True)
        tone(self.audience_note, "muted")

        self.out = QLineEdit(self)
        self.out.setObjectName("bundleOut")
        a11y.name(self.out, self.tr("Bundle file"), self.tr("Where the bundle is saved"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        out_row = QWidget(self)
        orow = QHBoxLayout(out_row)
        orow.setContentsMargins(0, 0, 0, 0)
        orow.addWidget(self.out, 1)
        orow.addWidget(browse)

        self.problem = problem_label(self, "bundleProblem")

        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.meeting)
        form.addRow(self.tr("What goes"), parts_host)
        form.addRow(self.tr("From"), self.from_key)
        form.addRow(self.tr("Your key's passphrase"), self.key_passphrase)
        form.addRow(self.tr("For"), self.recipient)
        # under their field, with no label: an empty label's row took the note's
        # unwrapped height (a tall gap at 1093x614: s34); an empty widget's does not
        form.addRow(QWidget(self), self.recipient_note)
        form.addRow(self.tr("Bundle passphrase"), pass_row)
        form.addRow(self.tr("Who may read it"), self.audience)
        form.addRow(QWidget(self), self.audience_note)
        form.addRow(self.tr("Save as"), out_row)

        buttons = QDialogButtonBox(self)
        self.btn_send = buttons.addButton(
            self.tr("Write the bundle"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.btn_send.setObjectName("bundleSend")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.meeting.currentIndexChanged.connect(self._suggest_name)
        self._recipient_changed()
        self._suggest_name()
        if not own:
            self.problem.setText(
                self.tr("No member has a key in this store yet: make yours first (Members' keys).")
            )
            self.btn_send.setEnabled(False)

    # -- state -----------------------------------------------------------------------
    def _recipient_role(self) -> MemberRole | None:
        if self.recipient.currentData() is None:
            return None
        uuid = self.recipient.currentData(Qt.ItemDataRole.UserRole + 1)
        return self._roles.get(str(uuid), MemberRole.MEMBER)

    def _recipient_changed(self) -> None:
        role = self._recipient_role()
        by_passphrase = self.recipient.currentData() is None
        self.pass_row.setEnabled(by_passphrase)
        self.recipient_note.setText(self._places.get(self.recipient.currentData(), ""))
        self.recipient_note.setVisible(not by_passphrase)
        self.audience.blockSignals(True)
        self.audience.clear()
        if role in HEADS:
            self.audience.addItem(label_tr(Audience.HOD.label), Audience.HOD.value)
        self.audience.addItem(label_tr(Audience.DELEGATION.label), Audience.DELEGATION.value)
        self.audience.blockSignals(False)
        self._audience_changed()

    def _audience_changed(self) -> None:
        audience = Audience(self.audience.currentData() or Audience.DELEGATION.value)
        gone = left_out(audience)
        if gone:
            text = self.tr("Left out (only the head of delegation reads them): %s.") % ", ".join(
                label_tr(g).lower() for g in gone
            )
        else:
            text = self.tr("Everything of the parts chosen, the red lines included.")
        self.audience_note.setText(text)

    def _suggest_name(self) -> None:
        label = self.meeting.currentText() or "meeting"
        safe = "-".join("".join(c if c.isalnum() else " " for c in label).split())[:40]
        safe = safe.strip("-") or "meeting"
        self.out.setText(str(self._folder / f"{safe}.adgsom-bundle"))

    def _browse(self) -> None:
        chosen = file_dialogs.ask_save_bundle(self, Path(self.out.text() or self._folder))
        if chosen is not None:
            self.out.setText(str(chosen))

    # -- out -------------------------------------------------------------------------
    def _accept(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        if not problem and self._may_write():
            self.accept()

    def _may_write(self) -> bool:
        """A file already there is replaced only when the user says so (review s32 H8)."""
        target = bundle_target(self.out.text().strip(), self.meeting.currentText())
        self._overwrite = False
        if not target.exists():
            return True
        if target.is_dir():
            self.problem.setText(self.tr("%s is a folder: give a file name.") % target)
            return False
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%s already exists in %s. Replace it with this bundle?")
            % (target.name, target.parent),
            yes | no,
            no,
        )
        self._overwrite = answer == yes
        return self._overwrite

    def _problem(self) -> str:
        if self.meeting.currentData() is None:
            return self.tr("Choose a meeting.")
        if not any(b.isChecked() for b in self.parts.values()):
            return self.tr("Choose at least one part to send.")
        if not self.key_passphrase.text():
            return self.tr("Give your key's passphrase: the bundle is signed with your key.")
        if self.recipient.currentData() is None:
            if not self.passphrase.text():
                return self.tr("Give the bundle a passphrase (and tell it to them another way).")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
        if not self.out.text().strip():
            return self.tr("Choose where to save the bundle.")
        return ""

    def values(self) -> SendValues:
        by_passphrase = self.recipient.currentData() is None
        return SendValues(
            meeting_id=int(self.meeting.currentData()),
            parts=tuple(p for p, b in self.parts.items() if b.isChecked()),
            sender_id=int(self.from_key.currentData()),
            key_passphrase=self.key_passphrase.text(),
            to_key_id=None if by_passphrase else int(self.recipient.currentData()),
            passphrase=self.passphrase.text() if by_passphrase else None,
            audience=Audience(self.audience.currentData() or Audience.DELEGATION.value),
            out=Path(self.out.text().strip()),
            overwrite=self._overwrite,
        )
