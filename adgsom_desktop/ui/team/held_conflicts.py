"""Held note edits met by a conflict when the server came back: the conflict dialog.

The runner's replay hands them over (``GuiRunner.conflicts_found``); each is shown
in the team store's conflict dialog (yours, kept offline, beside the store's text);
the choice is written on the runner (``outbox_conflicts.settle``).  "Not now" leaves
it held: the status bar keeps counting it, and it is shown again at the next replay
or the next time the store is opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from ...services.brief_conflict import BriefConflict, ConflictView, Resolution, conflict_view
from ...services.outbox import BRIEF_SAVE, HeldConflict, Outbox
from ...services.outbox_conflicts import note_sections, settle
from ..common.conflict_dialog import ConflictDialog
from ..common.errors import show_error
from ..common.runner import GuiRunner
from ..positions.position_history_dialog import qt_word_tokens


def held_view(conflict: HeldConflict) -> ConflictView:
    theirs = (
        QCoreApplication.translate("HeldConflicts", "In the store (version %s)")
        % conflict.theirs_version
        if conflict.theirs_version
        else QCoreApplication.translate("HeldConflicts", "In the store")
    )
    return ConflictView(
        title=QCoreApplication.translate("HeldConflicts", "Note"),
        mine_label=QCoreApplication.translate("HeldConflicts", "Yours (kept offline)"),
        theirs_label=theirs,
        explanation=QCoreApplication.translate(
            "HeldConflicts",
            "You corrected this note while the team store's server could not be reached; "
            "meanwhile it was changed: %s Keep yours, take theirs, or merge them.",
        )
        % conflict.reason,
        sections=note_sections(conflict, qt_word_tokens),
    )


def show_held_conflicts(parent: QWidget, runner: GuiRunner, conflicts: Any) -> None:
    """One conflict dialog per held edit the server no longer took as it was."""
    outbox = runner.outbox
    if outbox is None:
        return
    for conflict in conflicts:
        if conflict.write.kind == BRIEF_SAVE:
            _show_brief(parent, runner, outbox, conflict)
            continue
        dlg = ConflictDialog(held_view(conflict), parent)
        dlg.setObjectName("heldConflictDialog")
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        resolution = dlg.resolution() if accepted else None
        dlg.deleteLater()
        if resolution is None:
            continue  # not now: still held, still counted

        def write(c: HeldConflict = conflict, r: Resolution = resolution) -> object:
            return settle(outbox, c, r)

        try:
            runner.call(write, parent=parent)
        except Exception as exc:  # the note moved on again, or the server went away
            show_error(parent, exc, QCoreApplication.translate("HeldConflicts", "Not saved"))
        runner.refresh_held()


def _show_brief(parent: QWidget, runner: GuiRunner, outbox: Outbox, held: HeldConflict) -> None:
    """A brief saved offline met someone else's save: compared per section, as a
    conflicting autosave is (keep yours, take theirs, merge)."""
    services = outbox.services
    if services is None:
        return
    try:  # the conflict as it stands now (nothing is written while it is one)
        runner.call(lambda: outbox.apply(held.write), parent=parent)
    except BriefConflict as found:
        conflict = found
    except Exception as exc:  # the server went away again: asked at the next replay
        show_error(parent, exc, QCoreApplication.translate("HeldConflicts", "Not saved"))
        return
    else:  # no longer a conflict: written
        runner.resolved(held)
        return
    names = {p.id: p.display for p in services.delegations.our_members()}
    view = conflict_view(conflict, lambda pid: names.get(pid, "") if pid else "", qt_word_tokens)
    dlg = ConflictDialog(view, parent)
    dlg.setObjectName("heldConflictDialog")
    accepted = dlg.exec() == QDialog.DialogCode.Accepted
    resolution = dlg.resolution() if accepted else None
    dlg.deleteLater()
    if resolution is None:
        return  # not now: still held, still counted
    choice = resolution
    try:
        runner.call(lambda: services.positions.resolve_conflict(conflict, choice), parent=parent)
    except Exception as exc:
        show_error(parent, exc, QCoreApplication.translate("HeldConflicts", "Not saved"))
        return
    runner.resolved(held)
