"""File > Take offline… and File > Bring back… (#17, trip copies).

Take offline: one event of the open store (a team store, usually) copied into a new
store file on this laptop, encrypted on request.  Bring back: the open trip copy merged
into its team store, and the team store's changes into the copy.  Both dialogs take
values and a ``start`` callable (the feature runs the work on the store's operation
runner); the dialog shows the progress, a Cancel button while it runs, and the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.trip_service import SignInRefused
from ..common import a11y
from ..common.dialog_parts import intro_label, problem_label
from ..common.errors import message_for
from ..common.labels import label_tr
from .open_dialog import ChangesModel
from .trip_progress import Starter, _Running


@dataclass(frozen=True)
class TakeValues:
    event_id: int
    path: Path
    passphrase: str | None


class TakeOfflineDialog(_Running):
    """Which event, where on this laptop, encrypted or not; then the copy is made."""

    taken = Signal(object)  # TripTaken
    open_copy = Signal(object)  # Path

    def __init__(
        self,
        events: list[tuple[int, str]],
        start_dir: Path,
        start: Starter,
        store_name: str,
        parent: QWidget | None = None,
        event_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("takeOfflineDialog")
        self.setWindowTitle(self.tr("Take offline"))
        self._start = start
        self._start_dir = start_dir
        self._taken_path: Path | None = None
        intro = intro_label(  # an em free at the right: Thai's line read as cut (s34)
            self,
            self.tr(
                "Copy one event of %s to this laptop, to work without a connection at the "
                "venue. Bring it back later (File > Bring back…): what changed on either side "
                "is merged, and what both changed is kept as a conflict to settle."
            )
            % store_name,
            "tripIntro",
        )
        self.event_box = QComboBox(self)
        self.event_box.setObjectName("tripEvent")
        for eid, title in events:
            self.event_box.addItem(title, eid)
        if event_id is not None and (i := self.event_box.findData(event_id)) >= 0:
            self.event_box.setCurrentIndex(i)
        self.path = QLineEdit(self)
        self.path.setObjectName("tripPath")
        a11y.name(
            self.path,
            self.tr("Trip copy file"),
            self.tr("Where the copy for the trip is saved"),
        )
        self.path.setPlaceholderText(self.tr("The new store file on this laptop"))
        self._suggest()
        self.event_box.currentIndexChanged.connect(lambda _i: self._suggest())
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("Encrypt the trip copy with a passphrase"), self)
        self.encrypt.setObjectName("tripEncrypt")
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("tripPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("tripRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.repeat.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Event"), self.event_box)
        form.addRow(self.tr("Save as"), where)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat it"), self.repeat)
        self.problem = problem_label(self, "tripProblem")
        self._build_progress()
        buttons = QDialogButtonBox(self)
        self.btn_take = buttons.addButton(
            self.tr("Take offline"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.btn_take.setObjectName("tripTake")
        self.btn_take.clicked.connect(self.take)
        self.btn_open = buttons.addButton(
            self.tr("Open the trip copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.btn_open.setObjectName("tripOpen")
        self.btn_open.setVisible(False)
        self.btn_open.clicked.connect(self._open)
        self.btn_cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.btn_cancel.setObjectName("tripCancel")
        self.btn_cancel.clicked.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _suggest(self) -> None:
        title = self.event_box.currentText() or "trip"
        safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
        name = "-".join(safe.split())[:60] or "trip"
        # the file's name in the interface's language (a Thai delegation reads its folder)
        self.path.setText(str(self._start_dir / (self.tr("Trip copy - %s.adgsom") % name)))

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the trip copy as"),
            self.path.text(),
            self.tr("ADGSOM store (*.adgsom)"),
        )
        if chosen:
            suffix = ".adgsom"  # i18n: data
            self.path.setText(chosen if chosen.endswith(suffix) else chosen + suffix)

    def values(self) -> TakeValues | None:
        """What the user chose, or None with the problem shown."""
        self.problem.setText("")
        text = self.path.text().strip()
        if self.event_box.currentData() is None:
            self.problem.setText(self.tr("This store holds no event to take."))
            return None
        if not text:
            self.problem.setText(self.tr("Choose where to save the trip copy."))
            return None
        path = Path(text).expanduser()
        if path.exists():
            self.problem.setText(
                self.tr("%s already exists: choose a new file for the trip copy.") % path.name
            )
            return None
        secret = None
        if self.encrypt.isChecked():
            secret = self.passphrase.text()
            if not secret:
                self.problem.setText(self.tr("Give the trip copy a passphrase (twice)."))
                return None
            if secret != self.repeat.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return None
        return TakeValues(int(self.event_box.currentData()), path, secret)

    def take(self) -> None:
        v = self.values()
        if v is not None:
            self._launch(self.btn_take, v)

    def _done(self, taken: Any) -> None:
        self._ended()
        self._taken_path = taken.path
        self.passphrase.clear()
        self.repeat.clear()
        self.step.setText("")
        said = self.tr(
            "Took %s to %s: %n meeting(s), %s records. Open it to work offline; bring "
            "it back with File > Bring back… once connected.",
            "",
            taken.meetings,
        ) % (taken.event, taken.path.name, f"{taken.records:,}")
        if taken.left_out:  # a member's copy: what the delegation may not read (H14)
            said += "\n" + self.tr(
                "Left out: %s: only the head of delegation and the alternate read them; "
                "the team store keeps them as they are."
            ) % ", ".join(label_tr(g).lower() for g in taken.left_out)
        self._say(said, True)
        self._stays(taken)
        self.btn_open.setVisible(True)
        self.btn_open.setDefault(True)
        self.taken.emit(taken)

    def _stays(self, taken: Any) -> None:
        """What the copy carries read-only (review s32 H24), under what was taken."""
        behind = getattr(taken, "left_behind", ())
        if behind:
            lines = "\n".join(f"• {b}" for b in behind)
            head = self.tr(
                "Read only on the trip copy (changed in the team store, refreshed on each "
                "Bring back):"
            )
            self.outcome.setText(self.outcome.text() + "\n" + head + "\n" + lines)

    def _failed(self, exc: BaseException) -> None:
        self._stopped(
            self.btn_take, self.tr("Not taken: %s No file was left behind.") % message_for(exc)
        )

    def _cancelled(self) -> None:
        self._stopped(self.btn_take, self.tr("Cancelled: no trip copy was made."))

    def _open(self) -> None:
        if self._taken_path is not None:
            self.open_copy.emit(self._taken_path)
            self.accept()


def _with_notices(line: str, report: Any) -> str:
    """A direction's summary, the register entries printed on the trip and entered, then
    what it did not take as it came (a double booking)."""
    entered = [f"• {e}" for e in report.register[:8]]
    if len(report.register) > 8:
        entered.append("• …")
    return "\n".join([line, *entered, *(f"• {n}" for n in report.notices)])


def _left(report: Any) -> bool:
    """Whether a direction left something not taken (a notice other than a move lost:
    one place of an item moved on both sides stays, nothing to settle)."""
    return len(report.notices) > len(report.moves_lost)


class BringBackDialog(_Running):
    """The trip copy and its team store, what bringing back does; then it is done: what
    came each way, record by record (the CLI's lists), and the conflicts still open."""

    returned = Signal(object)  # TripReturned
    settle_conflicts = Signal()

    def __init__(
        self,
        trip_title: str,
        team: str,
        start: Starter,
        parent: QWidget | None = None,
        on_server: bool = False,
        open_conflicts: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bringBackDialog")
        self.setWindowTitle(self.tr("Bring back"))
        self._start = start
        self._open_conflicts = open_conflicts
        intro = QLabel(
            self.tr(
                "<b>%s</b> is a trip copy of <b>%s</b>.<br>Bringing it back merges what "
                "changed on this laptop into the team store, then what changed there into "
                "this copy. What only one side changed is taken; what both changed is kept "
                "on both sides as a conflict to settle. %s"
            )
            % (trip_title, team, self._backups(on_server)),
            self,
        )
        intro.setObjectName("tripIntro")
        intro.setWordWrap(True)
        # a team store on a server: the member signs in (as Connect to a team store… asks)
        self.password = QLineEdit(self)
        self.password.setObjectName("tripTeamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only if the server asks"))
        a11y.name(
            self.password,
            self.tr("Sign-in password"),
            self.tr("Your password on the team store's server: used to connect, never stored"),
        )
        self.password_row = QWidget(self)
        row = QFormLayout(self.password_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.tr("Your sign-in password:"), self.password)
        self.password_row.setVisible(on_server)
        self.to_team = QLabel("", self)
        self.to_team.setObjectName("tripToTeam")
        self.to_team.setWordWrap(True)
        self.to_trip = QLabel("", self)
        self.to_trip.setObjectName("tripToTrip")
        self.to_trip.setWordWrap(True)
        self.changes = QTabWidget(self)
        self.changes.setObjectName("tripChanges")
        a11y.name(self.changes, self.tr("What came each way"))
        self.team_model = ChangesModel(self)
        self.trip_model = ChangesModel(self)
        for model, name in (
            (self.team_model, "tripTeamChanges"),
            (self.trip_model, "tripTripChanges"),
        ):
            table = _changes_table(model, name, self)
            a11y.name(table, self.tr("Records changed"))
            self.changes.addTab(table, "")
        self.changes.setVisible(False)
        self._build_progress()
        buttons = QDialogButtonBox(self)
        self.btn_back = buttons.addButton(
            self.tr("Bring back"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.btn_back.setObjectName("tripBringBack")
        self.btn_back.clicked.connect(self.bring_back)
        self.btn_settle = buttons.addButton(
            self.tr("Settle the conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.btn_settle.setObjectName("tripSettle")
        self.btn_settle.setVisible(False)
        self.btn_settle.clicked.connect(self._settle)
        self.btn_cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.btn_cancel.setObjectName("tripCancel")
        self.btn_cancel.clicked.connect(self._cancel_or_close)
        layout = self._box = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.password_row)
        layout.addWidget(self.to_team)
        layout.addWidget(self.to_trip)
        layout.addWidget(self.changes, 1)
        layout.addStretch(1)  # only while the tables are hidden (``_done``)
        self._gap = layout.count() - 1
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(760, 420)
        if on_server:
            self.password.setFocus()

    def _backups(self, on_server: bool) -> str:
        """What is backed up before the merge: a team store on a server is not backed up
        by the app (``BackupService.before_import``), only this copy (review s35 T7)."""
        if on_server:
            return self.tr(
                "This copy is backed up first; the team store on the server is backed up by "
                "its administrator, not by this app."
            )
        return self.tr("Each store is backed up first.")

    def bring_back(self) -> None:
        self._launch(self.btn_back, self.password.text())

    def _done(self, back: Any) -> None:
        self._ended()
        self.password.clear()
        self.password_row.setVisible(False)  # signed in: no longer asked
        self.step.setText("")
        self.step.setVisible(False)
        self.to_team.setText(
            _with_notices(self.tr("Into the team store: %s") % back.to_team.summary(), back.to_team)
        )
        self.to_trip.setText(
            _with_notices(self.tr("Into this trip copy: %s") % back.to_trip.summary(), back.to_trip)
        )
        self.team_model.set_rows(list(back.to_team.lines))
        self.trip_model.set_rows(list(back.to_trip.lines))
        for i, (what, report) in enumerate(
            (
                (self.tr("Into the team store (%s)"), back.to_team),
                (self.tr("Into this trip copy (%s)"), back.to_trip),
            )
        ):
            self.changes.setTabText(i, what % f"{len(report.lines):,}")
        tables = bool(back.to_team.lines or back.to_trip.lines)
        self.changes.setVisible(tables)
        self._box.setStretch(self._gap, 0 if tables else 1)  # the tables take the room
        if back.to_trip.lines and not back.to_team.lines:
            self.changes.setCurrentIndex(1)
        now = back.to_trip.conflicts
        still = self._open_conflicts() if self._open_conflicts is not None else now
        still = max(still, now)
        if still:
            text = (
                self.tr("Brought back. Changed on both sides this time: %s.") % now
                if now
                else self.tr("Brought back.")
            )
            self._say(
                text
                + " "
                + self.tr("Conflicts open in all: %s, kept on both sides to settle.") % still,
                True,
            )
            self.btn_settle.setVisible(True)
        elif _left(back.to_team) or _left(back.to_trip):
            self._say(
                self.tr(
                    "Brought back, except what is named above: settle it and bring it back again."
                ),
                False,
            )
        elif back.to_team.moves_lost or back.to_trip.moves_lost:  # nothing to settle (s34 S6)
            self._say(
                self.tr("Brought back. An item moved on both sides keeps one place, said above."),
                True,
            )
        else:
            self._say(self.tr("Brought back: both stores hold every change."), True)
        self.returned.emit(back)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SignInRefused):
            self.password_row.setVisible(True)
            self.password.selectAll()
            self.password.setFocus()
            self._stopped(
                self.btn_back,
                self.tr(
                    "The team store refused the sign-in of %s: the password is wrong, or none "
                    "was given. Type your sign-in password (the one you connect to the team "
                    "store with) and bring it back again. Nothing was changed."
                )
                % exc.login,
            )
            return
        self._stopped(self.btn_back, self.tr("Not brought back: %s") % message_for(exc))

    def _cancelled(self) -> None:
        self._stopped(
            self.btn_back,
            self.tr(
                "Cancelled. A direction already merged stays merged; bring it back again to "
                "finish (a merge done twice changes nothing more)."
            ),
        )

    def _settle(self) -> None:
        self.settle_conflicts.emit()
        self.accept()


def _changes_table(model: Any, name: str, parent: QWidget) -> QTableView:
    """One direction's changes, a row per record (as *Open a bundle…* previews them)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
