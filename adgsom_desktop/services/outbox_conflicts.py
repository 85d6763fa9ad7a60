"""Held note edits the server no longer takes as they are: shown and settled.

A note edit kept offline was made on version *v*; when the server was back the note
was at another version (someone else's correction), or gone.  The user sees both
texts side by side in the team store's conflict dialog (``ConflictView``, a word
diff) and keeps theirs, keeps mine (written on top of theirs: theirs stays in the
note's history) or writes a merged text.  Until then the held edit stays in the
outbox and in the status bar's count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.enums import NoteKind, Stance
from .brief_conflict import Choice, ConflictSection, Resolution
from .outbox import NOTE_EDIT, HeldConflict, NoteConflict, Outbox
from .position_diff import SAME, DiffSegment, Tokenizer, diff_text, tokens

if TYPE_CHECKING:
    from .records import NoteRec


def note_sections(
    conflict: HeldConflict, tokenize: Tokenizer = tokens
) -> tuple[ConflictSection, ...]:
    """The held edit (mine) beside the note as the store holds it now (theirs): the one
    section of a ``ConflictView`` (the GUI words the rest)."""
    mine, theirs = conflict.mine, conflict.theirs
    segments = diff_text(theirs, mine, tokenize)
    if all(s.kind == SAME for s in segments):
        segments = (DiffSegment("removed", theirs), DiffSegment("added", mine))
    editable = conflict.write.kind == NOTE_EDIT and conflict.theirs_version > 0
    return (ConflictSection("text", "Note", mine, theirs, segments, editable),)


def settle(outbox: Outbox, conflict: HeldConflict, resolution: Resolution) -> NoteRec | None:
    """Write what the user chose for ``conflict`` (nothing for theirs) and take it out of
    the outbox.  Raises ``NoteConflict`` if the note moved on again meanwhile (the
    conflict then stays, with the newer text)."""
    services = outbox.services
    if services is None:
        raise RuntimeError("no store to write to")
    written: NoteRec | None = None
    if resolution.choice is not Choice.THEIRS and conflict.theirs_version > 0:
        text = conflict.mine
        if resolution.choice is Choice.MERGED:
            text = resolution.texts.get("text", text)
        a = conflict.write.args
        written = services.notes.edit(
            int(a["note_id"]),
            text=text,
            kind=NoteKind(a["kind"]),
            item_id=a.get("item_id"),
            speaker_delegation_id=a.get("speaker_delegation_id"),
            speaker_person_id=a.get("speaker_person_id"),
            observed_stance=Stance(a["observed_stance"]) if a.get("observed_stance") else None,
            expected_version=conflict.theirs_version,
        )
    outbox.resolved(conflict)
    return written


__all__ = ["NoteConflict", "note_sections", "settle"]
