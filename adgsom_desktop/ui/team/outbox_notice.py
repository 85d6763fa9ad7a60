"""What the user is told about the sealed outbox (``services.outbox_file``).

- A file of kept changes left from an earlier session that could not be opened
  (sealed with another password, changed, cut short, or this sign-in has no
  password): a warning when the store opens, saying where the file was kept.
- Changes kept in memory only (a sign-in without a password): closing the store or
  quitting asks first, since they would be lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.outbox import NO_PASSWORD
from ...services.outbox_file import WRONG_KEY
from ..common import confirm

if TYPE_CHECKING:
    from ...services.outbox import Outbox


def problem_text(outbox: Outbox) -> str:
    """Why the kept changes of an earlier session were not opened, and where they are."""
    if not outbox.problem:
        return ""
    if outbox.problem == NO_PASSWORD:
        return QCoreApplication.translate(
            "OutboxNotice",
            "Changes kept on this computer in an earlier session are sealed with a sign-in "
            "password, and this sign-in used none. They stay on this computer, unread, "
            "until you sign in with that password.",
        )
    where = str(outbox.aside or outbox.path)
    if outbox.problem == WRONG_KEY:
        why = QCoreApplication.translate(
            "OutboxNotice",
            "Changes kept on this computer while the team store's server could not be "
            "reached could not be opened: they were sealed with another sign-in password, "
            "or the file was changed.",
        )
    else:
        why = QCoreApplication.translate(
            "OutboxNotice",
            "Changes kept on this computer while the team store's server could not be "
            "reached could not be read: the file is damaged or cut short.",
        )
    return (
        why
        + "\n\n"
        + QCoreApplication.translate("OutboxNotice", "Nothing was deleted: the file is kept as %s.")
        % where
    )


def show_problem(parent: QWidget, outbox: Outbox) -> QMessageBox | None:
    """A warning (not blocking the window) about a kept file that was not opened."""
    text = problem_text(outbox)
    if not text:
        return None
    box = QMessageBox(parent)
    box.setObjectName("outboxProblemBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OutboxNotice", "Kept changes not opened"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    outbox.problem = ""  # said once
    return box


def may_drop_memory_held(parent: QWidget, outbox: Outbox | None) -> bool:
    """True unless changes held in memory only would be lost and the user says no."""
    if outbox is None or not outbox.memory_only or not outbox.count:
        return True
    return confirm.ask(
        parent,
        QCoreApplication.translate("OutboxNotice", "Unsaved changes"),
        QCoreApplication.translate(
            "OutboxNotice",
            "%s changes wait for the team store's server. This sign-in used no password "
            "to seal them on this computer, so they are kept in memory only and are lost "
            "if you close the store now.",
        )
        % outbox.count,
        QCoreApplication.translate("OutboxNotice", "Close and lose them"),
    )
