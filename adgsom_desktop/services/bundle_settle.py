"""A bundle that brings only the sender's own audit entries is kept quietly (review s34 S5).

Two members who changed nothing still send each other bundles: each carries the sender's
audit entries written since the last one (an import, an export) and what the sender holds
of ours.  Merged in full, such a bundle wrote a backup and an audit entry of our own, which
travelled back in our next bundle: the two stores never settled.  So when every record of
the bundle is held here and no approval's signature is new, its foreign audit entries and
its acknowledgement of our log are kept in one small transaction, without a backup or an
entry of ours, as Bring back keeps a trip's (``SyncService.import_payload``'s
``quiet_audit``, review s33 R19); the report is "Nothing new".
"""

from __future__ import annotations

from typing import Any

from .context import ServiceContext
from .sync.payload import Payload
from .sync.report import MergeReport


def kept_quietly(
    ctx: ServiceContext, payload: Payload, peer: str, new_signatures: Any, origin: str
) -> MergeReport | None:
    """The report of a bundle held whole here (its news, if any, kept quietly), or None
    when it brings something to merge (``new_signatures(s)``: approvals to keep)."""
    from .sync.foreign_log import acknowledge, acknowledges_more, new_audit, store_audit
    from .sync.importer import records_held

    with ctx.read() as s:
        if new_signatures(s) or not records_held(s, payload):
            return None
        news = bool(new_audit(s, payload)) or acknowledges_more(s, peer, payload)
    if news:
        with ctx.write() as s:
            store_audit(s, payload, new_audit(s, payload))
            acknowledge(s, peer, payload)
    return MergeReport(origin, payload.description, (), held=True)
