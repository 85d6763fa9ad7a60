"""Members' keys: each member of the delegation has a key pair (#17).

The private keys of a member who uses this store are kept in it sealed under that
member's own passphrase (Argon2id; never the store's passphrase).  Public keys are
exchanged as a short signed text (``export_public`` / ``import_public``) so that each
store knows the delegation's members: who may sign a bundle it accepts, to whom it
may send one.  ``sign_approval`` is the seam for approvals signed by the approver's
own key (#15 calls it when the approver approves with their PIN): an approval
travels in a bundle only with that signature.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..domain.enums import MemberRole, PositionStatus
from ..domain.models import ApprovalSignature, Delegation, MemberKey, Person, Position
from ..domain.passphrase import validate_new_passphrase
from ..domain.settings import OUR_DELEGATION, StoreSetting
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from ..storage.driver_read import rows_of
from ..storage.driver_sql import Prepared
from .approval_pins import not_anothers_store
from .changes import Change, ChangeKind
from .context import ServiceContext
from .key_card import card_text, check_card, key_file_name, signed_card
from .sync import crypto
from .sync.canon import Links, position_content
from .sync.kinds import position_key
from .sync.withhold import approval_hash


@dataclass(frozen=True)
class MemberKeyRec:
    id: int
    name: str
    person_uuid: str
    person_id: int | None
    fingerprint: str
    has_private: bool  # the member uses this store: it can sign and open bundles here
    created_at: datetime
    # the member signed in to this (team) store: their own key; another member's private
    # key is theirs, sealed under their passphrase (review s32 H26)
    yours: bool = False
    # its private part is in this store (whoever's): a bundle sealed to it opens here
    # (review s33 R3: which of a member's keys opens where)
    made_here: bool = False


def approval_message(position: str, brief_hash: str, approver: str, at: str) -> bytes:
    return f"adgsom-approval-v1|{position}|{brief_hash}|{approver}|{at}".encode()


def _rec(
    s: Session, k: MemberKey, signed_in: int | None = None, team: bool = False
) -> MemberKeyRec:
    pid = s.scalar(select(Person.id).where(Person.uuid == k.person_uuid))
    # signed in to a team store, another member's private key is not offered nor used
    # (review s33 R15): it is theirs, sealed under their passphrase
    own = bool(k.holds_private) and (not team or (pid is not None and pid == signed_in))
    return MemberKeyRec(
        k.id,
        k.name,
        k.person_uuid,
        pid,
        k.fingerprint,
        own,
        k.created_at,
        own and pid is not None and pid == signed_in,
        bool(k.holds_private),
    )


def usable_private(ctx: ServiceContext, s: Session, k: MemberKey) -> crypto.Sealed:
    """The sealed private key of ``k`` for use here: refused when a member is signed in
    (a team store) and ``k`` is another member's (review s33 R15)."""
    if not k.holds_private:
        raise ValidationError("This member's private key is not in this store.")
    signed = ctx.signed_in
    if signed is not None:
        pid = s.scalar(select(Person.id).where(Person.uuid == k.person_uuid))
        if pid is None or pid != signed.person_id:
            raise ValidationError(
                "This is {key_name}'s key: signed in as {signed_name}, you use only your own "
                "key here. Nothing was changed.",
                key_name=k.name,
                signed_name=signed.name,
            )
    return sealed_of(k)


def sealed_of(k: MemberKey) -> crypto.Sealed:
    """The sealed private key as this sign-in may read it (a team store's server hands a
    member only their own: ``domain/key_reads``)."""
    if not k.sealed_readable:
        raise ValidationError("This member's private key is not in this store.")
    return crypto.Sealed(
        crypto.unb64(k.sealed_readable), crypto.unb64(k.kdf_salt), k.kdf_ops, k.kdf_mem
    )


def public_of(k: MemberKey) -> crypto.PublicKeys:
    return crypto.PublicKeys(crypto.unb64(k.sign_public, 32), crypto.unb64(k.box_public, 32))


class KeyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def members(self) -> list[MemberKeyRec]:
        """Every member key this store knows, own ones (with a private key) first."""
        with self._ctx.read() as s:
            keys = s.scalars(select(MemberKey).order_by(MemberKey.name, MemberKey.id)).all()
            signed = self._ctx.signed_in
            me = signed.person_id if signed is not None else None
            recs = [_rec(s, k, me, signed is not None) for k in keys]
        owners = {r.person_uuid for r in recs if r.has_private}
        if signed is None and len(owners) == 1:  # one member's own store (review s33 R21)
            recs = [replace(r, yours=r.has_private) for r in recs]
        return sorted(recs, key=lambda r: (not r.yours, not r.has_private, r.name.casefold()))

    def roles(self) -> dict[str, MemberRole]:
        """The role of each member this store knows a key of (by person UUID): whom a
        bundle may be for, and so what it may carry."""
        with self._ctx.read() as s:
            rows = s.execute(
                select(Person.uuid, Person.role).where(
                    Person.uuid.in_(select(MemberKey.person_uuid))
                )
            ).all()
        return {str(u): r for u, r in rows}

    def key(self, key_id: int) -> MemberKeyRec:
        with self._ctx.read() as s:
            k = s.get(MemberKey, key_id)
            if k is None:
                raise NotFoundError("Member key {key_id} no longer exists.", key_id=key_id)
            return self._rec(s, k)

    def _rec(self, s: Session, k: MemberKey) -> MemberKeyRec:
        signed = self._ctx.signed_in
        me = signed.person_id if signed is not None else None
        return _rec(s, k, me, signed is not None)

    def find(self, text: str) -> MemberKeyRec:
        """A key named by a member's name, part of it, its person id, its fingerprint or
        the fingerprint's first groups (``key_names``)."""
        from .key_names import find_key

        return find_key(self.members(), text)

    def create(self, person_id: int, passphrase: str, repeat: str | None = None) -> MemberKeyRec:
        """A new key pair for a member of our delegation; the private keys sealed under
        the member's own passphrase (asked of that member, never stored)."""
        validate_new_passphrase(passphrase, repeat)
        with self._ctx.read() as s:
            person, code = self._member(s, person_id)
            known = s.scalars(select(MemberKey).where(MemberKey.person_uuid == person.uuid)).all()
            if any(k.holds_private for k in known):
                raise ValidationError(
                    "{person_full_name} already has a key in this store.",
                    person_full_name=person.full_name,
                )
            signed = self._ctx.signed_in
            if signed is not None and signed.person_id != person.id:
                raise ValidationError(
                    "You are signed in as {signed_name}: you make only your own key here. "
                    "Nothing was changed.",
                    signed_name=signed.name,
                )
            # their public key came from their own store (review s32 H15: a key in their
            # name would sign approvals they never gave); signed in, it is them (H21)
            if known and signed is None:
                raise ValidationError(
                    "This store knows {person_full_name}'s public key (fingerprint "
                    "{fingerprint}): their own key is made in their own store, not here. "
                    "Nothing was done.",
                    person_full_name=person.full_name,
                    fingerprint=known[0].fingerprint,
                )
            if signed is None and self._ctx.store.locator.is_file:
                not_anothers_store(s, person)  # review s33 R1
        keys, sealed = crypto.new_keys(passphrase)  # slow on purpose (Argon2id): no lock held
        pub = keys.public
        with self._ctx.write() as s:
            person, code = self._member(s, person_id)
            values = {
                "name": person.full_name,
                "person": person.uuid or "",
                "delegation": code,
                "role": person.role.value,
                "sign": crypto.b64(pub.sign),
                "box": crypto.b64(pub.box),
                "fingerprint": pub.fingerprint,
            }
            k = MemberKey(
                card=signed_card(values, keys),
                person_uuid=person.uuid,
                name=person.full_name,
                sign_public=crypto.b64(pub.sign),
                box_public=crypto.b64(pub.box),
                fingerprint=pub.fingerprint,
                sealed_private=crypto.b64(sealed.sealed),
                kdf_salt=crypto.b64(sealed.salt),
                kdf_ops=sealed.ops,
                kdf_mem=sealed.mem,
            )
            s.add(k)
            s.flush()
            self._ctx.audit(
                s,
                "key",
                "person",
                person.id,
                f"key {pub.fingerprint} for {person.full_name} ({code})",
            )
            rec = _rec(s, k)
            self._ctx.publish(Change(ChangeKind.PEOPLE))
        return rec

    @staticmethod
    def _member(s: Session, person_id: int) -> tuple[Person, str]:
        person = s.get(Person, person_id)
        ours = s.scalar(select(StoreSetting.value).where(StoreSetting.key == OUR_DELEGATION))
        code = (
            s.scalar(select(Delegation.code).where(Delegation.id == person.delegation_id))
            if person
            else None
        )
        if person is None or not ours or code != ours:
            raise ValidationError(
                "A key is made for a member of our own delegation; choose one of them."
            )
        if person.uuid is None:
            from ..domain.base import new_uuid

            person.uuid = new_uuid()
            s.flush()
        return person, code

    def own_key_of(self, person_id: int) -> MemberKeyRec | None:
        """The person's own key in this store (its private key here), if any."""
        from .position_workflow import approver_key

        with self._ctx.read() as s:
            key_id = approver_key(s, person_id)
            k = s.get(MemberKey, key_id) if key_id is not None else None
            return self._rec(s, k) if k is not None else None

    def unlock(self, key_id: int, passphrase: str) -> crypto.Unlocked:
        with self._ctx.read() as s:
            k = s.get(MemberKey, key_id)
            if k is None or not k.holds_private:
                raise ValidationError("This member's private key is not in this store.")
            sealed, name = usable_private(self._ctx, s, k), k.name
        return crypto.unlock(sealed, passphrase, name)

    # -- public keys between stores --------------------------------------------------------
    def export_public(self, key_id: int) -> str:
        """The member's public keys as a short text to send to the others (signed by the
        member's key when it was made; compare the fingerprint over the phone before
        importing it)."""
        with self._ctx.read() as s:
            k = s.get(MemberKey, key_id)
            if k is None:
                raise NotFoundError("Member key {key_id} no longer exists.", key_id=key_id)
            return k.card

    def save_public(self, key_id: int, path: Path, *, overwrite: bool = True) -> Path:
        """The member's public key text written to a file (to send to the others); a
        folder: a file inside it named after the member (review s33 R10).  An existing
        file is replaced only with ``overwrite`` (the window's file dialog asks first)."""
        from ..errors import StoreError, write_failure
        from ..storage.atomic import write_bytes

        rec = self.key(key_id)
        card = self.export_public(key_id)
        target = Path(path).expanduser()
        if target.is_dir():
            target = target / key_file_name(rec.name, rec.fingerprint)
        if target.is_dir() or (target.exists() and not overwrite):
            raise ValidationError(
                "{target} already exists: nothing was written. Choose another file, or say "
                "that it is replaced (keys export --force).",
                target=target,
            )
        try:
            write_bytes(target, card.encode("utf-8"), "key")
        except OSError as exc:
            raise StoreError(
                "The key could not be saved: {reason}",
                reason=write_failure(exc) or exc,
            ) from exc
        return target

    def import_public(self, text: str) -> MemberKeyRec:
        """A member's public keys from their text: checked (its own signature, its
        fingerprint), the member added to our delegation if this store lacks them."""
        fields, fp = check_card(text)
        name = clean_text(fields["name"], "Name", max_len=200, single_line=True, required=True)
        person_uuid = fields["person"].strip().lower()
        if len(person_uuid) != 32 or any(c not in "0123456789abcdef" for c in person_uuid):
            raise ValidationError("This key text names no member (a bad person id): not imported.")
        with self._ctx.write() as s:
            known = s.scalar(select(MemberKey).where(MemberKey.fingerprint == fp))
            if known is not None:
                return _rec(s, known)
            self._only_the_head_for_others(s, person_uuid, name)
            person = s.scalar(select(Person).where(Person.uuid == person_uuid))
            if person is None:
                person = self._new_member(s, person_uuid, name, fields)
            k = MemberKey(
                person_uuid=person_uuid,
                name=name,
                sign_public=fields["sign"],
                box_public=fields["box"],
                fingerprint=fp,
                card=card_text(fields),
            )
            s.add(k)
            s.flush()
            self._ctx.audit(s, "key import", "person", person.id, f"key {fp} of {name}")
            rec = _rec(s, k)
            self._ctx.publish(Change(ChangeKind.PEOPLE))
        return rec

    def _only_the_head_for_others(self, s: Session, person_uuid: str, name: str) -> None:
        """Signed in to a team store, a key in another person's name comes in only by the
        head (a member's key of her own making in the head's name would be taken here for
        his; the server's rule too, ``storage/pg_keys``).  A store file, the owner: any."""
        signed = self._ctx.signed_in
        if signed is None or signed.role == "head":
            return
        mine = s.scalar(select(Person.uuid).where(Person.id == signed.person_id))
        if mine is None or person_uuid != mine:
            raise ValidationError(
                "Only the head of delegation or the store's owner adds a key in another "
                "person's name: this key is {key_name}'s, and you are signed in as "
                "{signed_name}. Send it to the head to import. Nothing was changed.",
                key_name=name,
                signed_name=signed.name,
            )

    @staticmethod
    def _new_member(s: Session, person_uuid: str, name: str, fields: dict[str, str]) -> Person:
        ours = s.scalar(select(StoreSetting.value).where(StoreSetting.key == OUR_DELEGATION))
        code = fields.get("delegation", "").strip().upper() or ours
        if not ours or code != ours:
            raise ValidationError(
                "This key is of a member of {code}, not of ours ({ours}): not imported.",
                code=code or "another delegation",
                ours=ours or "not set",
            )
        delegation = s.scalar(select(Delegation).where(Delegation.code == code))
        if delegation is None:
            raise ValidationError("This store has no delegation {code}: not imported.", code=code)
        try:
            role = MemberRole(fields.get("role", "member"))
        except ValueError:
            role = MemberRole.MEMBER
        person = Person(
            uuid=person_uuid, delegation_id=delegation.id, full_name=name, role=role, ord=999
        )
        s.add(person)
        s.flush()
        _record_stand_in(s, person.id)
        return person

    # -- approvals signed by the approver ---------------------------------------------------
    def sign_approval(self, item_id: int, passphrase: str) -> None:
        """Sign the current approval of the brief on ``item_id`` with its approver's key
        (unlocked by the approver's passphrase): the approval may then travel."""
        with self._ctx.read() as s:
            p = s.scalar(select(Position).where(Position.item_id == item_id))
            if p is None or p.status is not PositionStatus.APPROVED or p.approved_by_id is None:
                raise ValidationError("This brief is not approved: there is no approval to sign.")
            approver = s.get(Person, p.approved_by_id)
            if approver is None:
                raise ValidationError("This brief's approver is no longer in this store.")
            k = s.scalar(
                select(MemberKey).where(
                    MemberKey.person_uuid == approver.uuid, MemberKey.holds_private
                )
            )
            if k is None:
                raise ValidationError(
                    "{approver_full_name} has no key in this store: make one first (keys create).",
                    approver_full_name=approver.full_name,
                )
            key_id, person_uuid = k.id, k.person_uuid
        keys = self.unlock(key_id, passphrase)
        with self._ctx.write() as s:
            if sign_approvals(s, keys, person_uuid, [item_id]):
                self._ctx.audit(s, "sign approval", "position", None, f"item {item_id}")


_ANY_APPROVED = Prepared(
    select(Position.id)
    .join(Person, Person.id == Position.approved_by_id)
    .where(Person.uuid == bindparam("uuid"), Position.status == PositionStatus.APPROVED)
    .limit(1)
)


def sign_approvals(
    s: Session,
    keys: crypto.Unlocked,
    person_uuid: str,
    item_ids: Iterable[int] | None = None,
) -> int:
    """Sign the approvals ``person_uuid`` gave (of these items) that are not signed yet."""
    if s.autoflush:  # what the ORM statements below did first
        s.flush()
    if not rows_of(s.connection(), _ANY_APPROVED, {"uuid": person_uuid}):
        return 0  # none to sign (every export asks): one prepared read (#17)
    person_id = s.scalar(select(Person.id).where(Person.uuid == person_uuid))
    if person_id is None:
        return 0
    stmt = select(Position).where(
        Position.approved_by_id == person_id, Position.status == PositionStatus.APPROVED
    )
    if item_ids is not None:
        stmt = stmt.where(Position.item_id.in_(list(item_ids)))
    approved = s.scalars(stmt).all()
    if not approved:  # (nothing to read the delegations for)
        s.flush()
        return 0
    links = Links(s)
    fp = keys.public.fingerprint
    made = 0
    for p in approved:
        from .sync.kinds import Conv

        links.fetch(Conv.ITEM, [p.item_id])
        content = position_content(s, p, links)
        approval = content["approval"] or {}
        key = position_key(content["item"])
        brief_hash = approval_hash(content["brief"])
        exists = s.scalar(
            select(ApprovalSignature.id).where(
                ApprovalSignature.position_key == key,
                ApprovalSignature.content_hash == brief_hash,
                ApprovalSignature.fingerprint == fp,
            )
        )
        if exists is not None:
            continue
        at = str(approval.get("at") or "")
        signature = keys.sign(approval_message(key, brief_hash, person_uuid, at))
        s.add(
            ApprovalSignature(
                position_key=key,
                content_hash=brief_hash,
                approver_uuid=person_uuid,
                approved_at=datetime.fromisoformat(at) if at else p.approved_at,
                fingerprint=fp,
                signature=crypto.b64(signature),
            )
        )
        made += 1
    s.flush()
    return made


def _record_stand_in(s: Session, person_id: int) -> None:
    """The member known here only by their key: their own store's entry wins over it."""
    from .sync.canon import Links, content_of_row
    from .sync.kinds import PEOPLE_SCOPE, SPECS, Kind
    from .sync.state import record_stub

    spec = SPECS[Kind.PERSON]
    row = s.execute(select(spec.table).where(spec.table.c.id == person_id)).one()
    links = Links(s)
    for f in spec.links():
        links.fetch(f.conv, [row._mapping[f.column]])
    record_stub(s, row.uuid, Kind.PERSON, PEOPLE_SCOPE, content_of_row(spec, row, links))
