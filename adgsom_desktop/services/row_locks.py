"""Rows locked for the rest of a write transaction: correct with several writers.

A writer that reads something and decides from it (the next number, the version a
save expects, whether a stance row exists) first locks the row that owns the
decision: the item for its brief, outcomes and stances, the meeting for its agenda,
the event for its meetings and pack references, the note for its versions.  On a
team store that is ``SELECT … FOR UPDATE``: a second writer waits, then reads what
the first committed (READ COMMITTED: each statement sees the latest commit).  On a
store file, SQLite's single writer holds the whole file already and SQLAlchemy
leaves FOR UPDATE out.  Parents are locked before their children, never the other
way round, so two writers cannot wait on each other.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")


def locked(session: Session, model: type[T], ident: Any) -> T | None:
    """The row ``ident`` of ``model``, read fresh and locked until the transaction ends."""
    return session.get(model, ident, with_for_update=True, populate_existing=True)
