"""The export side: the records of a scope, with their revisions, as a ``Payload``.

Runs in a write transaction: first the store's own changes are recorded as revisions
(``state.advance``), so that what leaves names them, and the next change of the same
record is made from this one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from ... import __version__
from ...domain.audit import AUDIT_COLUMNS
from ...domain.base import utcnow
from ...domain.enums import Audience
from ...domain.models import (
    ApprovalSignature,
    AuditEntry,
    StoreSetting,
    SyncPeer,
    SyncRecord,
)
from ...domain.settings import OUR_DELEGATION, STORE_ID, STORE_TITLE
from ...storage.driver_read import rows_in, rows_of
from ...storage.driver_sql import Prepared
from .brief_history import authors_and_history
from .canon import Current, Scope, delegations_of, give_uuids, read_scope
from .foreign_log import held_through
from .gc_pause import gc_paused
from .interest_kind import readable
from .kinds import PART_KINDS, Kind, Part
from .merge import Incoming
from .payload import Payload
from .state import Held, advance
from .withhold import approval_hash, parse_marks, still_withheld, withhold

BASE_KINDS = frozenset({Kind.EVENT, Kind.MEETING, Kind.PERSON})
ALL_PARTS = frozenset(Part)


@dataclass(frozen=True)
class ExportScope:
    meeting_ids: tuple[int, ...]
    item_ids: tuple[int, ...] | None = None  # None: the whole meetings
    parts: frozenset[Part] = ALL_PARTS
    events: bool = False  # a trip: the events' own deletions too, and the briefs' history

    @property
    def kinds(self) -> frozenset[Kind]:
        out = set(BASE_KINDS)
        for part in self.parts:
            out.update(PART_KINDS[part])
        return frozenset(out)

    @property
    def complete(self) -> bool:
        """Whole meetings: what was deleted there travels too."""
        return self.item_ids is None


def setting(session: Session, key: str) -> str:
    return session.scalar(select(StoreSetting.value).where(StoreSetting.key == key)) or ""


def settings(session: Session, keys: Collection[str]) -> dict[str, str]:
    """The store's settings of ``keys`` that are set (one statement)."""
    if session.autoflush:  # what the ORM statement reading them did first
        session.flush()
    table = cast(Table, StoreSetting.__table__)
    rows = rows_in(session.connection(), (table.c.key, table.c.value), table.c.key, sorted(keys))
    return {k: v for k, v in rows if v}


def store_id(session: Session) -> str:
    value = setting(session, STORE_ID)
    if not value:  # a store made before its id existed, by a path that skipped it
        from ...domain.base import new_uuid

        value = new_uuid()
        session.add(StoreSetting(key=STORE_ID, value=value))
        session.flush()
    return value


def scopes_of(current: dict[str, Current], meeting_ids: Collection[int], events: bool) -> set[str]:
    scopes = {c.scope for c in current.values() if c.kind is Kind.MEETING}
    if events:
        scopes |= {c.key for c in current.values() if c.kind is Kind.EVENT}
    return scopes


def held_records(
    session: Session,
    scope: ExportScope,
    extra_keys: Collection[str] = (),
    texts: dict[str, bytes] | None = None,
) -> dict[str, Held]:
    """This store's records of ``scope`` with their (advanced) revisions (``texts``:
    their canonical texts, ``state.advance``)."""
    give_uuids(session)
    kinds = scope.kinds
    current = read_scope(session, Scope(scope.meeting_ids, kinds, scope.item_ids))
    scopes = scopes_of(current, scope.meeting_ids, scope.events) if scope.complete else set()
    return advance(session, current, scopes, kinds, extra_keys=extra_keys, texts=texts)


def collect(
    session: Session,
    scope: ExportScope,
    *,
    description: str,
    sender: dict[str, Any] | None = None,
    peer: str | None = None,
    audience: Audience = Audience.HOD,
) -> Payload:
    with gc_paused():
        return _collect(session, scope, description, sender, peer, audience)


def _collect(
    session: Session,
    scope: ExportScope,
    description: str,
    sender: dict[str, Any] | None,
    peer: str | None,
    audience: Audience,
) -> Payload:
    texts: dict[str, bytes] = {}
    held = held_records(session, scope, texts=texts)
    ours = settings(session, (OUR_DELEGATION, STORE_ID, STORE_TITLE))
    records = withhold(
        (
            Incoming(
                h.key,
                h.kind,
                h.scope,
                h.state.rev,
                h.state.gen,
                h.state.ancestry,
                h.content,
                hashed=(h.content, h.state.content_hash),  # ``advance`` hashed it
            )
            for h in held.values()
        ),
        audience,
        {  # ``never_received``, as ``advance`` read the rows (its writes keep the marks)
            k: still_withheld(parse_marks(h.withheld), h.content)
            for k, h in held.items()
            if h.withheld
        },
        ours.get(OUR_DELEGATION, ""),
    )
    records = readable(records, audience)  # no counterparts' interests for the delegation
    authors, history = authors_and_history(
        session,
        {str(r.content["item"]) for r in records if r.kind is Kind.POSITION and r.content},
        audience,
        with_history=scope.events,
    )
    meetings = tuple(  # as ``read_scope`` read them (``give_uuids`` gave each its UUID)
        sorted(
            h.key for h in held.values() if h.kind is Kind.MEETING and h.row_id in scope.meeting_ids
        )
    )
    return Payload(
        store_id=ours.get(STORE_ID) or store_id(session),
        store_name=ours.get(STORE_TITLE, ""),
        created_at=utcnow().isoformat(timespec="seconds"),
        description=description,
        meetings=tuple(m for m in meetings if m),
        complete=scope.complete,
        records=records,
        delegations=delegations_of(session, _codes(held.values())),
        signatures=tuple(_signatures(session, held.values())),
        audit=tuple(_audit_since(session, peer)),
        audit_held=held_through(session) if peer else None,
        authors=authors,
        history=history,
        sender=sender or {},
        app_version=__version__,
        audience=audience.value,
        files=_files(session, records),
        texts={k: (h.content, texts[k]) for k, h in held.items() if k in texts},
    )


def _files(session: Session, records: tuple[Incoming, ...]) -> dict[str, bytes]:
    """The files of the documents that go, by SHA-256 (one copy of a file sent twice)."""
    from ...domain.models import DocumentFile, MeetingDocument

    wanted = sorted(
        {
            str(r.content["sha256"])
            for r in records
            if r.kind is Kind.DOCUMENT and r.content is not None
        }
    )
    out: dict[str, bytes] = {}
    for sha in wanted:
        data = session.scalar(
            select(DocumentFile.data)
            .join(MeetingDocument, MeetingDocument.id == DocumentFile.document_id)
            .where(MeetingDocument.sha256 == sha)
            .limit(1)
        )
        if data is not None:
            out[sha] = bytes(data)
    return out


def never_received(session: Session, keys: Collection[str]) -> dict[str, dict[str, str | None]]:
    """Fields of these records this store was not sent (``SyncRecord.withheld``: path ->
    the hash of the value it held then, or None: ``withhold.parse_marks``)."""
    from .kinds import chunks

    out: dict[str, dict[str, str | None]] = {}
    for part in chunks(sorted(keys)):
        rows = session.execute(
            select(SyncRecord.key, SyncRecord.withheld).where(
                SyncRecord.key.in_(part), SyncRecord.withheld != ""
            )
        ).all()
        out.update({k: parse_marks(w) for k, w in rows})
    return out


def _codes(held: Iterable[Held]) -> set[str]:
    codes: set[str] = set()
    for h in held:
        c = h.content
        if c is None:
            continue
        for name in ("host", "partner", "lead", "speaker", "delegation", "owner_delegation"):
            value = c.get(name)
            if isinstance(value, str):
                codes.add(value)
        if h.kind is Kind.POSITION:
            for t in c["brief"].get("their_objectives", ()):
                if t.get("delegation_code"):
                    codes.add(t["delegation_code"])
    return codes


def _signatures(session: Session, held: Iterable[Held]) -> Iterable[dict[str, Any]]:
    """The approvals signed by their approvers, for the briefs that go."""
    wanted = {
        (h.key, approval_hash(h.content["brief"]))
        for h in held
        if h.kind is Kind.POSITION and h.content is not None and h.content.get("approval")
    }
    if not wanted:
        return []
    rows = session.scalars(
        select(ApprovalSignature).where(ApprovalSignature.position_key.in_([k for k, _h in wanted]))
    ).all()
    return [
        {
            "position": r.position_key,
            "content_hash": r.content_hash,
            "approver": r.approver_uuid,
            "approved_at": r.approved_at.isoformat(),
            "fingerprint": r.fingerprint,
            "signature": r.signature,
        }
        for r in rows
        if (r.position_key, r.content_hash) in wanted
    ]


def _audit_since(session: Session, peer: str | None) -> list[dict[str, Any]]:
    """Our audit entries this peer has not acknowledged holding (all of them for a peer
    that never said: ``foreign_log.acknowledge``).  Nothing is counted as sent when a
    bundle is written: a bundle lost, or replaced by a newer one, leaves no hole in the
    recipient's copy of our log, as the next one carries the same entries (review s32 H16)."""
    if session.autoflush:  # what the ORM statements reading them did first
        session.flush()
    conn = session.connection()
    sent = rows_of(conn, _SENT, {"peer": peer}) if peer else []
    after = sent[0].audit_sent if sent else 0
    entries = rows_of(conn, _AUDIT_AFTER, {"after": after})  # columns: a whole log
    return [{**e._asdict(), "at": e.at.isoformat()} for e in entries]


_SENT = Prepared(select(SyncPeer.audit_sent).where(SyncPeer.peer == bindparam("peer")))
_AUDIT_AFTER = Prepared(
    select(*(getattr(AuditEntry, name) for name in AUDIT_COLUMNS))
    .where(AuditEntry.id > bindparam("after"))
    .order_by(AuditEntry.id)
)
