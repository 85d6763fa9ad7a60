"""Who else has a brief open right now, on a team store (#16 item 1).

``enter(item_id)`` says this member shows that item's brief (leaving the one shown
before; None: none), ``editors(item_id)`` names the other members who show it now,
``everyone()`` maps every brief shown elsewhere to its members.  The server keeps it
(``storage.pg_presence``: a shared advisory lock per brief, held by a connection
named after the member), so a presence ends when its app leaves the brief, closes
or dies.  Each enter/leave also tells the other apps through the change feed
(a ``PRESENCE`` change naming the item and the member), and they look again.  A
file store has nobody else: nothing is kept, nobody is named.
"""

from __future__ import annotations

from ..storage.backend import Presence, open_presence
from .changes import Change, ChangeKind, to_payload
from .context import ServiceContext


class PresenceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._name = ctx.actor
        self._presence: Presence | None = open_presence(ctx.backend, ctx.actor, ctx.session_id)
        if self._presence is not None:
            ctx.before_close(self.close)

    @property
    def available(self) -> bool:
        """A team store: other members can be present."""
        return self._presence is not None

    def enter(self, item_id: int | None) -> None:
        """This member shows ``item_id``'s brief now (None: no brief)."""
        if self._presence is None:
            return
        if self._name != self._ctx.actor:  # renamed in Settings: named anew on the server
            self._presence.close()
            self._presence = open_presence(self._ctx.backend, self._ctx.actor, self._ctx.session_id)
            self._name = self._ctx.actor
            if self._presence is None:
                return
        change = Change(
            ChangeKind.PRESENCE,
            frozenset() if item_id is None else frozenset({item_id}),
            item_id=item_id,
            actor=self._ctx.actor,
        )
        self._presence.enter(item_id, to_payload(change, self._ctx.session_id))

    def editors(self, item_id: int) -> tuple[str, ...]:
        """The other members showing ``item_id``'s brief now, by name."""
        return self.everyone().get(item_id, ())

    def everyone(self) -> dict[int, tuple[str, ...]]:
        """Every brief another member shows now: item id -> their names."""
        return {} if self._presence is None else self._presence.editors()

    def close(self) -> None:
        if self._presence is not None:
            self._presence.close()
