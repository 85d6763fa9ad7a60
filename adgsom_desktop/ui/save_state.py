"""How an editor shows whether its text is saved, and keeps it when a save fails.

An editor owns a ``SaveState`` and shows its ``SaveStateLabel``.  It calls
``mark_dirty()`` when the user types, and saves through ``save(fn)``, where
``fn`` calls the service.  When the save fails (full disk, read-only medium,
store busy, a validation error...) ``save`` returns ``None`` instead of
raising, the label reads "Not saved: <reason>" in red, and ``dirty`` stays
True: the editor must keep its text as it is (never reload or clear it on a
failure), so the user can free space and save again.  ``flush()`` of a view
should call ``save`` again while ``dirty``.

    self.state = SaveState(self)
    self.status = SaveStateLabel(self.state, self)
    self.text.textChanged.connect(self.state.mark_dirty)

    def flush(self) -> None:
        if self.state.dirty:
            self.state.save(lambda: self.services.notes.edit(...))
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ..errors import AppError

log = logging.getLogger(__name__)
T = TypeVar("T")


class State(Enum):
    CLEAN = "clean"
    DIRTY = "dirty"
    SAVED = "saved"
    FAILED = "failed"


def describe_failure(exc: BaseException) -> str:
    """Why a save failed, in words a delegate can act on."""
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    for e in chain:
        text = str(e).lower()
        code = getattr(e, "errno", None)
        if "disk is full" in text or "disk full" in text or code in (errno.ENOSPC, errno.EFBIG):
            return "the disk is full. Free some space, then save again"
        if "disk i/o error" in text or code == errno.EIO:
            return (
                "the store could not be written to the disk (is it full, or was the drive "
                "removed?). Free some space, then save again"
            )
        if "readonly" in text or "read-only" in text or code == errno.EROFS:
            return "the store is on a read-only medium"
        if "database is locked" in text or "busy" in text:
            return "the store is busy. Try again in a moment"
    if isinstance(exc, AppError):
        return str(exc).rstrip(".")
    return f"an unexpected error ({type(exc).__name__}); details are in the log"


class SaveState(QObject):
    """The save state of one editor: clean, dirty (unsaved), saved, or failed."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = State.CLEAN
        self.reason = ""
        self.saved_at: datetime | None = None

    @property
    def dirty(self) -> bool:
        """True while the editor holds text that is not in the store."""
        return self.state in (State.DIRTY, State.FAILED)

    def mark_dirty(self, *_: Any) -> None:
        if self.state is not State.FAILED:  # keep the failure visible until a save works
            self.state = State.DIRTY
        self.changed.emit()

    def mark_clean(self) -> None:
        """A record was (re)loaded into the editor."""
        self.state, self.reason = State.CLEAN, ""
        self.changed.emit()

    def mark_saved(self) -> None:
        self.state, self.reason, self.saved_at = State.SAVED, "", datetime.now()
        self.changed.emit()

    def mark_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            log.error("save failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.state, self.reason = State.FAILED, describe_failure(exc)
        self.changed.emit()

    def save(self, fn: Callable[[], T]) -> T | None:
        """Run ``fn`` (a service call); on failure keep the editor dirty and say why."""
        try:
            result = fn()
        except Exception as exc:
            self.mark_failed(exc)
            return None
        self.mark_saved()
        return result

    def text(self) -> str:
        if self.state is State.FAILED:
            return self.tr("Not saved: %s.") % self.reason
        if self.state is State.DIRTY:
            return self.tr("Unsaved changes")
        if self.state is State.SAVED and self.saved_at is not None:
            return self.tr("Saved %s") % f"{self.saved_at:%H:%M:%S}"
        return ""


class SaveStateLabel(QLabel):
    """Shows a ``SaveState``: grey while saved or dirty, red with the reason on failure."""

    def __init__(self, state: SaveState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveState")
        self.setWordWrap(True)
        self.setContentsMargins(6, 3, 6, 3)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._state = state
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        state = self._state.state
        self.setText(self._state.text())
        if state is State.FAILED:
            self.setStyleSheet(
                "color: #b00020; font-weight: bold; background: #fdecee; border-radius: 3px;"
            )
        elif state is State.DIRTY:
            self.setStyleSheet("color: #8a5a00;")
        else:
            self.setStyleSheet("color: #5a6270;")
