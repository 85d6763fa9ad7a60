"""Corrections made in a dialog, kept on this computer when the server is away (#16).

The notes dialog (Notes view, Edit) and live mode's correction dialog (F2) save
through the store's runner with the correction's held form (``outbox.note_edit``):
on a team store whose server cannot be reached the runner keeps it in the outbox
and answers ``HeldOffline``; the dialog then closes as for a saved correction, and
the view says the correction is kept (unsaved, written when the server is back).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from ...services.outbox_writes import HeldOffline, HeldWrite, note_edit, unreachable
from ...services.records import NoteRec
from ..common.runner import GuiRunner

T = TypeVar("T")
_read: dict[int, tuple[object, dict[Hashable, Any]]] = {}


def read_or_last(services: Any, key: Hashable, read: Callable[[], T], offline: Any) -> T:
    """``read()`` (what a correction dialog shows: the delegations, the items, a note's
    history); while the server cannot be reached, what it gave last time, else
    ``offline``: the dialog opens all the same, and the correction is kept."""
    found = _read.get(id(services))
    if found is None or found[0] is not services:
        found = (services, {})
        _read[id(services)] = found
    cache = found[1]
    try:
        value = read()
    except Exception as exc:
        if not unreachable(exc):
            raise
        return cache.get(key, offline)  # type: ignore[no-any-return]
    cache[key] = value
    return value


def own_speaker(note: NoteRec) -> list[tuple[int, str]]:
    """The note's own speaker, as the only choice when the delegations cannot be read
    (offline, never read before): the correction keeps it rather than dropping it."""
    if note.speaker_delegation_id is None:
        return []
    return [(note.speaker_delegation_id, note.speaker_code or "—")]


def correction_hold(note: NoteRec, values: Any) -> HeldWrite:
    """The held form of correcting ``note`` to the note dialog's ``values`` (the speaker's
    person is kept only while the delegation stays the same)."""
    person = (
        note.speaker_person_id
        if values.speaker_delegation_id == note.speaker_delegation_id
        else None
    )
    return note_edit(
        note,
        text=values.text,
        kind=values.kind,
        item_id=values.item_id,
        speaker_delegation_id=values.speaker_delegation_id,
        speaker_person_id=person,
        observed_stance=values.observed_stance,
    )


def save_or_keep(
    runner: GuiRunner,
    write: Callable[[], Any],
    hold: HeldWrite,
    *,
    origin: str = "",
    parent: QWidget | None = None,
) -> Any:
    """Run ``write`` (``hold`` on a team store) and wait; a correction kept offline comes
    back as its ``HeldOffline`` (the dialog closes: nothing is lost)."""
    try:
        return runner.call(write, origin=origin, parent=parent, label="note", hold=hold)
    except HeldOffline as held:
        return held
