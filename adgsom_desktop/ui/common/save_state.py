"""How an editor shows whether its text is saved, and keeps it when a save fails.

The one save-state mechanism of the GUI.  An editor owns a ``SaveState`` and
shows its ``SaveStateLabel``.  It calls ``mark_dirty()`` when the user types
and saves through ``save(fn)``, where ``fn`` calls the service.  When the save
fails (full disk, read-only medium, store busy, a validation error...) ``save``
returns ``None`` instead of raising, the label reads "Not saved: <reason>" in
red, and ``dirty`` stays True: the editor must keep its text as it is (never
reload or clear it on a failure), so the user can free space and save again.

    self.state = SaveState(self, retry=self.flush)
    self.status = SaveStateLabel(self.state, self)
    self.text.textChanged.connect(self.state.mark_dirty)

    def flush(self) -> None:
        if self.state.dirty:
            self.state.save(lambda: self.services.notes.edit(...))
        self.state.save_stashed()

Retrying: a failure of the medium (not of the input) starts a backoff timer
(2 s, 5 s, 10 s, 30 s, then every minute, each failed retry waiting longer)
that calls ``retry``; the editor also saves again on the next edit and on
``flush()``.  The marker clears when a save works.

Moving on: an editor that shows another record while the shown one is not
saved ``stash``es its draft (with a function that saves it) instead of
dropping it; ``unstash`` gives it back when the user returns, and
``save_stashed`` (from ``flush`` and the timer) saves what it can.

Leaving: ``confirm_leaving(window, ...)`` asks before quitting or closing a
store while any editor under ``window`` still holds text the store does not.

Dialogs whose OK saves derive from ``SavingDialog``: a failed save keeps the
dialog open with the text and the reason.  Why a write failed is put in words
in one place, ``adgsom_desktop.errors.describe_failure``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QSizePolicy, QWidget

from ...errors import AppError, describe_failure
from . import confirm
from .theme import tone

if TYPE_CHECKING:
    from ...services.runner import Ticket

__all__ = [
    "SaveState",
    "SaveStateLabel",
    "SavingDialog",
    "State",
    "confirm_leaving",
    "describe_failure",
    "unsaved_states",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_MS = (2_000, 5_000, 10_000, 30_000, 60_000)  # then every minute


class State(Enum):
    CLEAN = "clean"
    DIRTY = "dirty"
    SAVING = "saving"  # handed to the operation runner, not acknowledged yet
    SAVED = "saved"
    FAILED = "failed"


@dataclass
class _Stashed:
    draft: Any
    save: Callable[[], object]
    reason: str
    error: BaseException | None
    ticket: Ticket[Any] | None = None  # handed to the runner: kept until the editor hears


def _retryable(exc: BaseException) -> bool:
    """A failure of the medium may go away (space freed, store free again); bad input does not."""
    return not isinstance(exc, AppError)


class SaveState(QObject):
    """The save state of one editor: clean, dirty (unsaved), saved, or failed.

    ``retry`` (the editor's flush) is called by a backoff timer after a failure
    of the medium.  ``others`` names, in the singular and the plural, what a
    stashed draft is ("brief on another item", "briefs on other items").
    """

    changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        retry: Callable[[], object] | None = None,
        others: tuple[str, str] = ("other edit", "other edits"),
    ) -> None:
        super().__init__(parent)
        self.state = State.CLEAN
        self.reason = ""
        self.error: BaseException | None = None
        self.saved_at: datetime | None = None
        self.note = ""  # shown while clean or saved, e.g. "Saved · version 3"
        self.others = others
        self.stash_reason = ""
        self.generation = 0  # counts edits (typed, kept aside): which ones the user was asked about
        self._stash: dict[Hashable, _Stashed] = {}
        self._retry = retry
        self._attempts = 0
        self._logged = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)

    # -- what the editor holds ------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        """True while the editor holds text that is not in the store."""
        return self.state in (State.DIRTY, State.FAILED)

    @property
    def failed(self) -> bool:
        return self.state is State.FAILED

    @property
    def saving(self) -> bool:
        return self.state is State.SAVING

    @property
    def unsaved(self) -> bool:
        """The shown text or a stashed draft is not in the store (or not acknowledged yet)."""
        return self.dirty or self.saving or bool(self._stash)

    @property
    def retrying(self) -> bool:
        return self._timer.isActive()

    # -- transitions ----------------------------------------------------------------------
    def mark_dirty(self, *_: Any) -> None:
        self.generation += 1
        if self.state is not State.FAILED:  # keep the failure visible until a save works
            self.state = State.DIRTY
        self.changed.emit()

    def mark_clean(self) -> None:
        """A record was (re)loaded into the editor."""
        self.state, self.reason, self.error = State.CLEAN, "", None
        self._settled()
        self.changed.emit()

    def mark_saved(self) -> None:
        self.state, self.reason, self.error = State.SAVED, "", None
        self.saved_at = datetime.now()
        self._settled()
        self.changed.emit()

    def mark_saving(self) -> None:
        """The save was handed to the runner: saved when it is acknowledged."""
        if self.state is not State.FAILED:
            self.state = State.SAVING
            self.changed.emit()

    def acknowledged(self) -> None:
        """The runner committed the save: saved, unless the user typed on meanwhile."""
        if self.state in (State.SAVING, State.CLEAN, State.SAVED):
            self.mark_saved()

    def mark_failed(self, exc: BaseException, reason: str = "") -> None:
        """Not saved because of ``exc`` (``reason``: a shorter word for it, when the
        editor explains it at length elsewhere)."""
        self.state, self.reason, self.error = State.FAILED, reason or describe_failure(exc), exc
        self._failed(exc, self.reason)
        self.changed.emit()

    def save(self, fn: Callable[[], T]) -> T | None:
        """Run ``fn`` (a service call, or its hand-over to the runner); on failure keep the
        editor dirty and say why.  A ``Ticket`` back means handed over: saving, until the
        editor says ``acknowledged`` (or ``mark_failed``)."""
        try:
            result = fn()
        except Exception as exc:
            self.mark_failed(exc)
            return None
        if _is_ticket(result):
            self.mark_saving()
        else:
            self.mark_saved()
        return result

    def set_note(self, note: str) -> None:
        if note != self.note:
            self.note = note
            self.changed.emit()

    # -- drafts of records no longer shown ------------------------------------------------
    def stash(
        self,
        key: Hashable,
        draft: Any,
        save: Callable[[], object],
        error: BaseException | None = None,
    ) -> None:
        """Keep the unsaved ``draft`` of record ``key`` (no longer shown) and how to save it.

        It failed with ``error``, or else with the editor's last failure; the
        editor then shows another record (and calls ``mark_clean``).
        """
        reason = describe_failure(error) if error is not None else self.reason
        self.generation += 1
        self._stash[key] = _Stashed(draft, save, reason, error or self.error)
        self.stash_reason = reason or self.stash_reason
        if error is not None:
            self._failed(error, reason)
        elif not self._timer.isActive():
            self._schedule()
        self.changed.emit()

    def draft(self, key: Hashable) -> Any | None:
        """The draft kept for ``key``, if any (it stays kept)."""
        found = self._stash.get(key)
        return found.draft if found else None

    def unstash(self, key: Hashable) -> Any | None:
        """The draft of ``key`` if one waits: the editor shows it instead of the store's text,
        and the state is failed again, with its reason."""
        found = self._stash.pop(key, None)
        if found is None:
            return None
        self.state, self.reason, self.error = State.FAILED, found.reason, found.error
        if not self._stash:
            self.stash_reason = ""
        self.changed.emit()
        return found.draft

    def discard(self, key: Hashable | None = None) -> None:
        """Forget the draft of ``key`` (its record was deleted), or everything (the user
        agreed to lose it): nothing is retried any more."""
        if key is not None:
            self._stash.pop(key, None)
        else:
            self._stash.clear()
            self.state, self.reason, self.error = State.CLEAN, "", None
        if not self._stash:
            self.stash_reason = ""
            if not self.dirty:
                self._settled()
        self.changed.emit()

    def stashed(self) -> list[Hashable]:
        return list(self._stash)

    def save_stashed(self) -> bool:
        """Try to save every stashed draft; True when none is left."""
        if not self._stash:
            return True
        for key, entry in list(self._stash.items()):
            if entry.ticket is not None and not entry.ticket.finished:
                continue  # on its way: the editor discards it when committed
            try:
                result = entry.save()
            except Exception as exc:
                entry.reason, entry.error = describe_failure(exc), exc
                self.stash_reason = entry.reason
                self._failed(exc, entry.reason)
                continue
            if _is_ticket(result):
                entry.ticket = result  # kept (and said) until the runner's answer
                continue
            self._stash.pop(key, None)
        if not self._stash:
            self.stash_reason = ""
            if not self.dirty:
                self._settled()
        self.changed.emit()
        return not self._stash

    # -- retrying -------------------------------------------------------------------------
    def _failed(self, exc: BaseException, reason: str) -> None:
        if not isinstance(exc, AppError) and reason != self._logged:
            self._logged = reason  # once per reason, not at every retry
            log.error("save failed", exc_info=(type(exc), exc, exc.__traceback__))
        if _retryable(exc):
            self._schedule()

    def _schedule(self) -> None:
        """(Re)start the timer; only its own retries lengthen the wait, not the user's."""
        if self._retry is None:
            return
        self._timer.start(RETRY_MS[min(self._attempts, len(RETRY_MS) - 1)])

    def _settled(self) -> None:
        self._logged = ""
        if not self._stash:
            self._attempts = 0
            self._timer.stop()

    def _on_timer(self) -> None:
        if self._retry is None or not self.unsaved:
            return
        self._attempts += 1
        self._retry()
        if self.unsaved and not self._timer.isActive():
            self._schedule()  # the editor did not try now (e.g. text being changed): later

    # -- words ----------------------------------------------------------------------------
    def text(self) -> str:
        if self.state is State.FAILED:
            text = self.tr("Not saved: %s.") % self.reason
            if self._retry is not None and _retryable(self.error or Exception()):
                text += " " + self.tr(
                    "Your text is kept here and will be saved as soon as possible."
                )
            else:
                text += " " + self.tr("Your text is kept here.")
        elif self.state is State.DIRTY:
            text = self.tr("Unsaved changes")
        elif self.state is State.SAVING:
            text = self.tr("Saving…")
        elif self.note:
            text = self.note
        elif self.state is State.SAVED and self.saved_at is not None:
            text = self.tr("Saved %s") % f"{self.saved_at:%H:%M:%S}"
        else:
            text = ""
        n = len(self._stash)
        if n:
            what = self.others[0] if n == 1 else self.others[1]
            if self.state is State.FAILED:
                more = self.tr("Also not saved yet: %s %s.") % (n, what)
            else:
                more = self.tr(
                    "Not saved yet: %s %s — %s. Kept, and saved as soon as possible."
                ) % (n, what, self.stash_reason or self.tr("not tried yet"))
            text = f"{text} · {more}" if text else more
        return text

    def alarming(self) -> bool:
        return self.state is State.FAILED or bool(self._stash)


class SaveStateLabel(QLabel):
    """Shows a ``SaveState``: grey while saved or dirty, red with the reason on failure.

    It hides itself while it has nothing to say.
    """

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
        state = self._state
        text = state.text()
        self.setText(text)
        if state.alarming():
            self.setStyleSheet("font-weight: bold; border-radius: 3px;")
            tone(self, "error-chip")
        elif state.state in (State.DIRTY, State.SAVING):
            self.setStyleSheet("")
            tone(self, "warning")
        else:
            self.setStyleSheet("")
            tone(self, "muted")
        if self.parentWidget() is not None:
            self.setVisible(bool(text))


class SavingDialog(QDialog):
    """A dialog whose OK saves (through ``saver``): a failed save keeps it open.

    The caller sets ``saver`` (values -> record) before ``exec``; the subclass's
    ``accept`` validates, then calls ``save_and_accept``.  On success the record
    is in ``saved``; on failure the dialog stays with the text and the reason,
    and OK tries again.  Closing it after a failure asks first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_state = SaveState(self)
        self.save_label = SaveStateLabel(self.save_state, self)
        self.save_label.setObjectName("dialogSaveState")
        self.saver: Callable[[Any], Any] | None = None
        self.saved: Any = None

    def values(self) -> Any:
        raise NotImplementedError

    def save_and_accept(self) -> None:
        saver = self.saver
        if saver is not None:
            result = self.save_state.save(lambda: saver(self.values()))
            if self.save_state.failed:
                return
            self.saved = result
        QDialog.accept(self)

    def reject(self) -> None:
        if self.save_state.failed and not confirm.ask(
            self,
            self.tr("Not saved"),
            self.tr("What you typed here is not saved (%s). Close and lose it?")
            % self.save_state.reason,
            self.tr("Close and lose it"),
        ):
            return
        super().reject()


def unsaved_states(root: QObject) -> list[SaveState]:
    """Save states under ``root`` (windows are children of the main window) still unsaved."""
    return [s for s in root.findChildren(SaveState) if s.unsaved]


def unsaved_edits(root: QObject) -> frozenset[tuple[int, int]]:
    """Which edits under ``root`` are unsaved now (each state and its ``generation``)."""
    return frozenset((id(s), s.generation) for s in unsaved_states(root))


def confirm_leaving(
    parent: QWidget, question: str, yes: str, agreed: frozenset[tuple[int, int]] = frozenset()
) -> bool:
    """After a flush: True if everything is saved, or the user agrees to lose what is not
    (``agreed``: edits the user agreed to lose already: not asked about again)."""
    states = unsaved_states(parent)
    if not states or unsaved_edits(parent) <= agreed:
        return True
    reasons = sorted({s.reason or s.stash_reason for s in states} - {""})
    why = "; ".join(reasons) or QCoreApplication.translate("SaveState", "not saved yet")
    text = (
        QCoreApplication.translate("SaveState", "Some of your edits could not be saved: %s.") % why
        + "\n\n"
        + QCoreApplication.translate("SaveState", "They are still on screen. %s") % question
    )
    return confirm.ask(
        parent, QCoreApplication.translate("SaveState", "Edits not saved"), text, yes
    )


def _is_ticket(result: object) -> TypeGuard[Ticket[Any]]:
    """A save handed to the write runner (imported with the first save, not before the
    window's first paint: docs/performance.md, cold start)."""
    from ...services.runner import Ticket

    return isinstance(result, Ticket)
