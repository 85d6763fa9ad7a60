"""How the GUI reports failures: a clear message, never a traceback."""

from __future__ import annotations

import contextlib
import enum
import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...errors import AppError, ValidationError, in_words, write_failure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)


DAMAGED = ("database disk image is malformed", "file is not a database")


def message_for(exc: BaseException) -> str:
    """What to tell the user about ``exc``, in the interface's language (an ``AppError``
    speaks it already: ``i18n.messages``)."""
    if isinstance(exc, AppError):
        return str(exc)
    from ...paths import data_dir

    if any(words in str(exc) for words in DAMAGED):
        return QCoreApplication.translate(
            "Errors",
            "The store is damaged: part of it cannot be read. Nothing was overwritten.\n\n"
            "Use Tools > Check database: it offers the newest good backup.",
        )
    medium = write_failure(exc)
    if medium is not None:
        return QCoreApplication.translate(
            "Errors", "Not saved: %1.\n\nNothing saved before was lost."
        ).replace("%1", in_words(medium))
    return (
        QCoreApplication.translate(
            "Errors",
            "Something went wrong (%1).\n\nNothing you saved before was lost. Details are in %2.",
        )
        .replace("%1", f"{type(exc).__name__}: {exc}")
        .replace("%2", str(data_dir() / "logs"))
    )


class Level(enum.Enum):
    """What a message box says: a failure (red), a warning (yellow), information (blue)."""

    ERROR = "error"
    WARNING = "warning"
    INFORMATION = "information"


def message_box(parent: QWidget | None, title: str, text: str, level: Level) -> QMessageBox:
    """The box ``present`` shows (built apart so that a test can look at its icon)."""
    from PySide6.QtWidgets import QMessageBox  # (its type: not to paint the window, #13)

    icons = {
        Level.ERROR: QMessageBox.Icon.Critical,
        Level.WARNING: QMessageBox.Icon.Warning,
        Level.INFORMATION: QMessageBox.Icon.Information,
    }
    box = QMessageBox(parent)
    box.setIcon(icons[level])
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName("errorBox" if level is Level.ERROR else f"{level.value}Box")
    return box


def _present(parent: QWidget | None, title: str, text: str, level: Level) -> None:
    message_box(parent, title, text, level).exec()


# Tests replace this to capture messages instead of opening modal boxes.
present = _present


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    if not isinstance(exc, AppError):
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    level = Level.WARNING if isinstance(exc, ValidationError) else Level.ERROR
    present(parent, title or "ADGSOM Desktop", message_for(exc), level)


def show_message(parent: QWidget | None, text: str, title: str = "", warning: bool = True) -> None:
    """A message that is not a failure: a warning, or (``warning=False``) information
    (a pack issued, a passphrase changed, a restore done) with the information icon."""
    present(
        parent, title or "ADGSOM Desktop", text, Level.WARNING if warning else Level.INFORMATION
    )


def install_excepthook() -> None:
    """Unexpected exceptions in slots are logged and shown, not printed to a console."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        with contextlib.suppress(Exception):
            show_error(None, exc)

    sys.excepthook = hook
