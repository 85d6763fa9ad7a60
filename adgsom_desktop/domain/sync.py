"""What a store knows about records that travel between stores (trip copies and exchange
bundles, #17), and the members' keys that sign and open bundles.

- ``SyncRecord``: per record that has travelled (its UUID, or a key derived from one),
  the revision this store holds and the revisions it descends from.  A revision is a
  hash of the record's content and of the revision(s) it was made from, so two stores
  name the same state of a record the same way, and a stale copy is recognised as such.
- ``SyncBase``: the content of a brief at each revision this store recorded (the last
  few per brief): the *base* a brief changed on both sides is merged from, section by
  section (``services/sync/bases``).
- ``SyncConflict``: a record changed on both sides: both versions kept until resolved.
- ``MemberKey``: a member's public keys (signing, encryption) and, for members who use
  this store, their private keys sealed under the member's own passphrase.
- ``ApprovalSignature``: an approval signed by the approver's key (it travels with it).
- ``ForeignAudit``: the audit log of another store, as received (its chain verifiable).
- ``SyncPeer``: how far a recipient acknowledged holding this store's audit log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, column_property, mapped_column

from .base import Base, utcnow
from .key_reads import holds_sealed, sealed_seen


class SyncRecord(Base):
    __tablename__ = "sync_record"
    __table_args__ = (Index("ix_sync_record_scope", "scope", "kind"),)

    key: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(32), default="")  # its meeting's (or event's) UUID
    rev: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(32))
    gen: Mapped[int] = mapped_column(Integer, default=1)  # the version: 1 + its parents'
    ancestry: Mapped[str] = mapped_column(Text, default="")  # earlier revisions, newest first
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # Fields of the record this store never received (a bundle for an audience that may
    # not read them, ``services/sync/withhold``): they are sent on as withheld, so the
    # store that knows them keeps its own.  Space-separated paths ("brief.background_nfd").
    withheld: Mapped[str] = mapped_column(Text, default="", server_default="")


class SyncBase(Base):
    __tablename__ = "sync_base"
    __table_args__ = (UniqueConstraint("key", "rev"), Index("ix_sync_base_key", "key", "id"))

    id: Mapped[int] = mapped_column(primary_key=True)  # newer rows have larger ids
    key: Mapped[str] = mapped_column(String(32))
    rev: Mapped[str] = mapped_column(String(32))
    content: Mapped[str] = mapped_column(Text, default="")  # canonical JSON


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_key", "key", "resolved_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(32), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    local_rev: Mapped[str] = mapped_column(String(32))
    local_content: Mapped[str] = mapped_column(Text, default="")  # canonical JSON ("" deleted)
    their_rev: Mapped[str] = mapped_column(String(32))
    their_gen: Mapped[int] = mapped_column(Integer, default=1)
    their_content: Mapped[str] = mapped_column(Text, default="")
    their_ancestry: Mapped[str] = mapped_column(Text, default="")
    their_origin: Mapped[str] = mapped_column(String(300), default="")
    found_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(String(32), default="")
    resolved_by: Mapped[str] = mapped_column(String(200), default="")


class MemberKey(Base):
    __tablename__ = "member_key"
    __table_args__ = (UniqueConstraint("fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_uuid: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    sign_public: Mapped[str] = mapped_column(String(64))  # base64, Ed25519
    box_public: Mapped[str] = mapped_column(String(64))  # base64, X25519
    fingerprint: Mapped[str] = mapped_column(String(64))
    # The private keys sealed under the member's passphrase (Argon2id + XSalsa20-Poly1305);
    # empty for a member whose public keys were imported.  Written, never read as a
    # column: a member signed in to a team store may not select it (``key_reads``).
    sealed_private: Mapped[str] = mapped_column(
        Text, default="", deferred=True, deferred_raiseload=True
    )
    kdf_salt: Mapped[str] = mapped_column(String(64), default="")
    kdf_ops: Mapped[int] = mapped_column(Integer, default=0)
    kdf_mem: Mapped[int] = mapped_column(Integer, default=0)
    card: Mapped[str] = mapped_column(Text, default="")  # the public keys as sent: signed text
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # the sealed part as this sign-in may read it (its own; '' for another member's)
    sealed_readable: Mapped[str] = column_property(sealed_seen(id, sealed_private))
    # whether a sealed part is stored (whose, not what: a public fact)
    holds_private: Mapped[bool] = column_property(holds_sealed(id, sealed_private))


class ApprovalSignature(Base):
    __tablename__ = "approval_signature"
    __table_args__ = (UniqueConstraint("position_key", "content_hash", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    position_key: Mapped[str] = mapped_column(String(32))
    content_hash: Mapped[str] = mapped_column(String(32))  # the approved text
    approver_uuid: Mapped[str] = mapped_column(String(32))
    approved_at: Mapped[datetime] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(String(64))  # the approver's key
    signature: Mapped[str] = mapped_column(String(128))  # base64


class ForeignAudit(Base):
    """An entry of another store's audit log, as received in a bundle or a trip's return.

    Keyed by its hash: a chain is followed from an entry to the one its ``prev_hash``
    names, so two copies of one store file (same store id, chains that part) are kept
    as the two chains they are, and receiving an entry twice changes nothing."""

    __tablename__ = "foreign_audit"
    __table_args__ = (Index("ix_foreign_audit_origin", "origin", "id"),)

    hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin: Mapped[str] = mapped_column(String(32))  # that store's id
    origin_name: Mapped[str] = mapped_column(String(300), default="")
    id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncPeer(Base):
    __tablename__ = "sync_peer"

    peer: Mapped[str] = mapped_column(String(80), primary_key=True)  # "key:<fp>", "store:<id>"
    # our entries (1..N) the peer acknowledged holding: a bundle back from them (0021)
    audit_sent: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
