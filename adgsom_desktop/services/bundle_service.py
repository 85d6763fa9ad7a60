"""Exchange bundles: one file, signed by its sender and sealed to its recipient (#17).

For when there is no connection at all: an aide sends the head chosen briefs, an
agenda, notes or a whole meeting on a USB stick or by e-mail.  The file is sealed to
the recipient member's key (or under a passphrase given to them another way) and
signed by the sender's key; ``services/sync/crypto`` says how, and in what order a
reader checks it.  The records inside go through the one merge engine
(``SyncService``): a preview first, then a backup and one transaction.

**Audience.** A bundle is text leaving the store, so it follows the pack audiences'
rule (``docs/packs.md``): it travels between the delegation's own members only, for
the head of delegation (the head or an alternate: everything) or for the delegation
(any other member, or whoever holds a passphrase: no not-for-disclosure background,
no personality notes on counterparts).  Those fields are withheld, never sent, and
the receiving store keeps its own (``sync/withhold``).  Other agencies and the public
get a printed pack of their audience, never a bundle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select

from ..domain.enums import Audience, MemberRole
from ..domain.models import ApprovalSignature, Meeting, MemberKey, Person
from ..errors import ValidationError
from ..i18n.messages import Message
from ..storage.driver_read import rows_of
from ..storage.driver_sql import Prepared
from .bundle_recipient import refuse_unknown_key
from .context import ServiceContext
from .key_service import approval_message, public_of, sign_approvals, usable_private
from .sync import crypto
from .sync.collect import ExportScope, collect
from .sync.gc_pause import gc_paused
from .sync.importer import MergeOptions
from .sync.kinds import Kind, Part
from .sync.merge import Incoming
from .sync.payload import Payload, decode
from .sync.report import MergeReport
from .sync.withhold import approval_hash, audience_for, left_out
from .sync_service import SyncService

MAX_FILE = 600 * 1024 * 1024
SUFFIX = ".adgsom-bundle"


@dataclass(frozen=True)
class BundleSent:
    path: Path
    description: str
    records: int
    size: int
    recipient: str  # a member's name, or "passphrase"
    audience: str = "head of delegation"  # who may read it, in words
    left_out: tuple[str, ...] = ()  # what that audience's bundle leaves out


@dataclass(frozen=True)
class BundleSeen:
    """A bundle read up to its sealed body: who signed it, for whom (nothing opened)."""

    sender: str
    sender_fingerprint: str
    for_member: str  # the member of this store it is sealed to ("" for a passphrase)
    for_key_id: int | None
    needs_passphrase: bool  # sealed under a passphrase (else: the member's key passphrase)


@dataclass(frozen=True)
class BundleOpened:
    seen: BundleSeen
    payload: Payload


def bundle_name(meeting_title: str) -> str:
    """The file name proposed for a bundle of a meeting ("6th-ADGSOM.adgsom-bundle")."""
    safe = "".join(c if c.isalnum() else "-" for c in meeting_title).strip("-")[:40]
    return f"{safe or 'meeting'}{SUFFIX}"


def bundle_target(path: Path | str, meeting_title: str = "") -> Path:
    """Where a bundle given ``path`` is written: inside a folder under the proposed name
    (never beside it: review s32 H8), a name without a suffix gets ``.adgsom-bundle``."""
    p = Path(path).expanduser()
    if p.is_dir():
        return p / bundle_name(meeting_title)
    return p if p.suffix else p.with_suffix(SUFFIX)


def refuse_to_replace(target: Path) -> None:
    """An existing file is replaced only when the user said so (``overwrite``)."""
    if target.exists():
        raise ValidationError(
            "{target} already exists: nothing was written. Choose another file, or say that "
            "it is replaced (bundle export --force).",
            target=target,
        )


def _another_key_of_theirs(s: Any, box_b64: str) -> None:
    """A bundle sealed to a member's key whose private part is elsewhere, while this
    store holds another key of that member's: which key it is sealed to, which one is
    here (review s33 R4: not "whose private key is not in this store")."""
    to = s.scalar(select(MemberKey).where(MemberKey.box_public == box_b64))
    if to is None:
        return
    here = s.scalars(
        select(MemberKey.fingerprint).where(
            MemberKey.person_uuid == to.person_uuid, MemberKey.holds_private
        )
    ).all()
    if here:
        raise crypto.BundleError(
            "This bundle is sealed to {member}'s key {fingerprint}; this store holds only "
            "{member}'s other key, {own_fingerprint}: ask the sender to send it to that key. "
            "Nothing was changed.",
            member=to.name,
            fingerprint=to.fingerprint,
            own_fingerprint=", ".join(here),
        )


_TITLES = Prepared(
    select(Meeting.short_title, Meeting.title).where(Meeting.id == bindparam("meeting"))
)
_ROLE = Prepared(select(Person.role).where(Person.uuid == bindparam("person")).limit(1))
_SIGNER = Prepared(  # the key that signed a bundle: what ``_seen_in`` reads of it
    select(MemberKey.name, MemberKey.fingerprint, MemberKey.box_public, MemberKey.person_uuid)
    .where(MemberKey.sign_public == bindparam("sign"))
    .limit(1)
)


class BundleService:
    def __init__(self, ctx: ServiceContext, sync: SyncService | None = None) -> None:
        self._ctx = ctx
        self._sync = sync or SyncService(ctx)

    # -- sending --------------------------------------------------------------------------
    @gc_paused()  # a full collection costs as much as the work: sync/gc_pause.py
    def export(
        self,
        meeting_id: int,
        out: Path | str,
        *,
        sender_key_id: int,
        sender_passphrase: str,
        to_key_id: int | None = None,
        passphrase: str | None = None,
        item_ids: Iterable[int] | None = None,
        parts: Iterable[Part] | None = None,
        audience: Audience | str | None = None,
        overwrite: bool = False,
    ) -> BundleSent:
        """Write a bundle of a meeting (or chosen items, or chosen parts) for a member
        (sealed to their key) or for whoever holds ``passphrase``.  It holds what the
        audience may read (``sync/withhold``): the recipient's by default (the head or an
        alternate: everything; another member or a passphrase: the delegation's), or
        ``audience`` when it narrows that.  ``out`` a folder: written inside it under a
        proposed name; an existing file is replaced only with ``overwrite``."""
        if (to_key_id is None) == (passphrase is None):
            raise ValidationError("Choose a recipient member, or a passphrase for the bundle.")
        if passphrase is not None:
            from ..domain.passphrase import validate_new_passphrase

            validate_new_passphrase(passphrase)
        with self._ctx.read() as s:
            titled = rows_of(s.connection(), _TITLES, {"meeting": meeting_id})  # (#17)
            meeting = titled[0] if titled else None
            target = bundle_target(out, meeting.short_title or meeting.title if meeting else "")
            if not overwrite:
                refuse_to_replace(target)
            wanted = [k for k in (sender_key_id, to_key_id) if k is not None]
            found = {k.id: k for k in s.scalars(select(MemberKey).where(MemberKey.id.in_(wanted)))}
            sender = found.get(sender_key_id)
            if sender is None or not sender.holds_private:
                raise ValidationError("The sender's private key is not in this store.")
            recipient = found.get(to_key_id) if to_key_id is not None else None
            if to_key_id is not None and recipient is None:
                raise ValidationError("The recipient is not a member this store knows.")
            sealed = usable_private(self._ctx, s, sender)  # only one's own (review s33 R15)
            sender_name, sender_uuid = sender.name, sender.person_uuid
            recipient_pub = public_of(recipient) if recipient is not None else None
            to_name = recipient.name if recipient is not None else "passphrase"
            roles = (
                rows_of(s.connection(), _ROLE, {"person": recipient.person_uuid})
                if recipient is not None
                else None
            )
            role = roles[0].role if roles else None
            if recipient is not None and role is None:
                role = MemberRole.MEMBER  # a member this store knows only by their key
            peer = f"key:{recipient.fingerprint}" if recipient is not None else None
        chosen = audience_for(role, audience)
        keys = crypto.unlock(sealed, sender_passphrase, sender_name)
        scope = ExportScope(
            (meeting_id,),
            None if item_ids is None else tuple(sorted(set(item_ids))),
            frozenset(parts) if parts is not None else frozenset(Part),
        )
        from .sync_service import _describe, check_scope

        with self._ctx.write() as s:
            check_scope(s, scope)  # before the key is used: nothing signed for nothing
            sign_approvals(s, keys, sender_uuid)  # the sender's own approvals travel signed
            payload = collect(
                s,
                scope,
                description=_describe(s, scope),
                sender={
                    "person": sender_uuid,
                    "name": sender_name,
                    "fingerprint": keys.public.fingerprint,
                },
                peer=peer,
                audience=chosen,
            )
            data = crypto.seal(
                payload.to_json(), keys, recipient=recipient_pub, passphrase=passphrase
            )
            from ..storage.atomic import write_bytes

            try:
                write_bytes(target, data, "bundle")
            except OSError as exc:
                from ..errors import StoreError, write_failure

                raise StoreError(
                    "The bundle could not be written: {reason}",
                    reason=write_failure(exc) or exc,
                ) from exc
            self._ctx.audit(
                s,
                "bundle export",
                "meeting",
                meeting_id,
                f"{payload.description}; {len(payload.records)} records; to {to_name}; {target.name}",
            )
        return BundleSent(
            target,
            payload.description,
            len(payload.records),
            len(data),
            to_name,
            chosen.label.lower(),
            left_out(chosen),
        )

    # -- receiving ------------------------------------------------------------------------
    def peek(self, path: Path | str) -> BundleSeen:
        """Check a bundle's envelope (format, length, signer, signature, recipient): what
        a user needs to know before typing a passphrase.  Raises ``BundleError``."""
        opened = crypto.Opened.read(_read(path))
        return self._seen(opened)

    def _seen(self, opened: crypto.Opened) -> BundleSeen:
        with self._ctx.read() as s:
            return self._seen_in(s, opened)[0]

    def _seen_in(self, s: Any, opened: crypto.Opened) -> tuple[BundleSeen, str, Any]:
        """Who signed it and for whom, with the signer's person (UUID) and, sealed to a
        member of this store, that member's key (``MemberKey``)."""
        sign_b64 = crypto.b64(opened.sender.sign)
        if s.autoflush:  # what the ORM statement reading it did first
            s.flush()
        found = rows_of(s.connection(), _SIGNER, {"sign": sign_b64})  # columns (#17)
        sender = found[0] if found else None
        if sender is None:
            raise crypto.UnknownSender(
                "This bundle is signed by a key this store does not know (fingerprint "
                "{sender_fingerprint}): refused. If it is a member's, import their "
                "public key first (keys import), after comparing the fingerprint with them.",
                sender_fingerprint=opened.sender.fingerprint,
            )
        if sender.box_public != crypto.b64(opened.sender.box):
            raise crypto.BundleError(
                "The bundle's sender keys do not match the member's known keys: refused."
            )
        seen = BundleSeen(  # its signature checked by Opened.read, before any of this
            sender.name, sender.fingerprint, "", None, opened.recipient_box is None
        )
        if opened.recipient_box is None:
            return seen, sender.person_uuid, None
        box_b64 = crypto.b64(opened.recipient_box)
        mine = s.scalar(
            select(MemberKey).where(MemberKey.box_public == box_b64, MemberKey.holds_private)
        )
        if mine is None:
            _another_key_of_theirs(s, box_b64)  # review s33 R4
            other = s.scalar(select(MemberKey.name).where(MemberKey.box_public == box_b64))
            if other is None:
                refuse_unknown_key(s, sender.name)  # review s34 S9
            raise crypto.BundleError(
                "This bundle is {who}, whose private key is not in this store: it cannot be "
                "opened here. Nothing was changed.",
                who=Message("for {member}", member=other),
            )
        seen = BundleSeen(sender.name, sender.fingerprint, mine.name, mine.id, False)
        return seen, sender.person_uuid, mine

    @gc_paused()  # a full collection costs as much as the work: sync/gc_pause.py
    def open(
        self, path: Path | str, *, key_passphrase: str | None = None, passphrase: str | None = None
    ) -> BundleOpened:
        """Check, open and read a bundle: the envelope first (``peek``), then the body with
        the recipient's key (its passphrase) or the bundle's passphrase."""
        opened = crypto.Opened.read(_read(path))
        with self._ctx.read() as s:  # one read: the signer, the recipient, their key
            seen, person, mine = self._seen_in(s, opened)
            if seen.needs_passphrase:
                if not passphrase:
                    raise crypto.WrongPassphrase(
                        "This bundle is sealed under a passphrase: give it."
                    )
            elif not key_passphrase:
                raise crypto.WrongPassphrase(
                    "Give {seen_for_member}'s key passphrase to open it.",
                    seen_for_member=seen.for_member,
                )
            else:
                sealed = usable_private(self._ctx, s, mine)
        if seen.needs_passphrase:
            assert passphrase is not None
            body = opened.open_with(passphrase)
        else:
            assert key_passphrase is not None
            keys = crypto.unlock(sealed, key_passphrase, seen.for_member)
            body = opened.open_for(keys.private)
        payload = decode(body)
        # the signer's person: ``_seen_in`` found the signer's key by its signing key and
        # checked its encryption key (the fingerprint, unique, names the same key)
        if payload.sender.get("person") != person:
            raise crypto.BundleError(
                "The bundle's contents name another sender than its signature: refused."
            )
        return BundleOpened(seen, payload)

    def options(self, opened: BundleOpened) -> MergeOptions:
        payload = opened.payload
        when = payload.created_at.replace("T", " ")[:16]
        origin = f"{opened.seen.sender}'s bundle of {when}"
        words = Message("{sender}'s bundle of {when}", sender=opened.seen.sender, when=when)
        return MergeOptions(
            origin, opened.seen.sender, self._approval_check(payload), origin_words=words
        )

    def preview(self, opened: BundleOpened) -> MergeReport:
        return self._sync.preview(opened.payload, self.options(opened))

    @gc_paused()  # a full collection costs as much as the work: sync/gc_pause.py
    def import_opened(self, opened: BundleOpened, *, backup: bool = True) -> MergeReport:
        from .bundle_settle import kept_quietly

        options = self.options(opened)
        held = kept_quietly(  # only the sender's own audit entries: no backup, no entry
            self._ctx,
            opened.payload,
            f"key:{opened.seen.sender_fingerprint}",
            lambda s: bool(_new_signatures(s, opened.payload)),
            options.origin,
        )
        if held is not None:
            return held
        return self._sync.import_payload(
            opened.payload,
            options,
            backup=backup,
            audit_action="bundle import",
            also=lambda s: _received(s, opened),
            brings_news=True,  # ``kept_quietly`` found it not held here
        )

    # -- approvals ------------------------------------------------------------------------
    def _approval_check(self, payload: Payload) -> Any:
        with self._ctx.read() as s:  # the columns, not the keys as objects
            cols = (MemberKey.fingerprint, MemberKey.person_uuid, MemberKey.sign_public)
            keys = {
                fingerprint: (person, crypto.unb64(sign, 32))
                for fingerprint, person, sign in s.execute(select(*cols))
            }
        signatures = list(payload.signatures)

        def ok(rec: Incoming) -> bool:
            if rec.kind is not Kind.POSITION or rec.content is None:
                return False
            approval = rec.content.get("approval") or {}
            approver = approval.get("by")
            brief_hash = approval_hash(rec.content["brief"])
            for sig in signatures:
                if (sig["position"], sig["content_hash"], sig["approver"]) != (
                    rec.key,
                    brief_hash,
                    approver,
                ):
                    continue
                known = keys.get(sig["fingerprint"])
                if known is None or known[0] != approver:
                    continue
                message = approval_message(
                    rec.key, brief_hash, approver, str(approval.get("at") or "")
                )
                try:
                    signature = crypto.unb64(sig["signature"], 64)
                except crypto.BundleError:
                    continue
                if crypto.verify(known[1], message, signature):
                    return True
            return False

        return ok


def _received(s: Any, opened: BundleOpened) -> None:
    """In the import's transaction: the approvals' signatures kept, and what the sender
    says it holds of our audit log (``foreign_log.acknowledge``)."""
    from .sync.foreign_log import acknowledge

    _keep_signatures(s, opened.payload)
    acknowledge(s, f"key:{opened.seen.sender_fingerprint}", opened.payload)


def _new_signatures(s: Any, payload: Payload) -> list[Mapping[str, Any]]:
    """The signatures that came in, of a known member, not kept here yet."""
    out = []
    for sig in payload.signatures:
        exists = s.scalar(
            select(ApprovalSignature.id).where(
                ApprovalSignature.position_key == sig["position"],
                ApprovalSignature.content_hash == sig["content_hash"],
                ApprovalSignature.fingerprint == sig["fingerprint"],
            )
        )
        known = s.scalar(select(MemberKey.id).where(MemberKey.fingerprint == sig["fingerprint"]))
        if exists is None and known is not None:
            out.append(sig)
    return out


def _keep_signatures(s: Any, payload: Payload) -> None:
    """Signatures that came in are kept, so the approval can travel on from here."""
    from datetime import datetime

    for sig in _new_signatures(s, payload):
        s.add(
            ApprovalSignature(
                position_key=sig["position"],
                content_hash=sig["content_hash"],
                approver_uuid=sig["approver"],
                approved_at=datetime.fromisoformat(sig["approved_at"]),
                fingerprint=sig["fingerprint"],
                signature=sig["signature"],
            )
        )


def _read(path: Path | str) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE:
            raise crypto.BundleError(
                "This file is too large to be a bundle ({size:,} bytes).", size=size
            )
        return p.read_bytes()
    except FileNotFoundError as exc:
        raise crypto.BundleError("There is no file {p}.", p=p) from exc
    except IsADirectoryError as exc:
        raise crypto.BundleError("{p} is a folder, not a bundle.", p=p) from exc
    except PermissionError as exc:
        raise crypto.BundleError("{p} cannot be read (permission denied).", p=p) from exc
