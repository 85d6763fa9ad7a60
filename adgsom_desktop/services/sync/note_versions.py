"""A note's history rows for the notes an import writes or updates (one insert for all)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from ...domain.base import utcnow
from ...domain.models import NoteVersion
from ...storage.driver_sync import insert_many

NOTE_VERSION = cast(Table, NoteVersion.__table__)


def note_versions(session: Session, rows: list[tuple[int, int, dict[str, Any]]]) -> None:
    """Every saved state of a note is in its history, the ones that came in too."""
    if not rows:
        return
    now = utcnow()
    insert_many(
        session.connection(),
        NOTE_VERSION,
        [
            {"note_id": nid, "version_no": no, "saved_at": now, "snapshot": note_snapshot(c)}
            for nid, no, c in rows
        ],
    )


def note_snapshot(content: dict[str, Any]) -> dict[str, Any]:
    return {
        "taken_at": content.get("taken_at"),
        "kind": content.get("kind"),
        "text": content.get("text"),
        "observed_stance": content.get("observed"),
        "speaker": content.get("speaker"),
        "item": content.get("item"),
    }
