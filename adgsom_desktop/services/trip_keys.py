"""Members' keys on a trip (#17, review s32 H26): the two offline paths meet.

A trip copy carries the public keys its team store trusts (each with its signed text,
``MemberKey.card``), so a bundle sent or opened at the venue uses the keys whose
fingerprints were compared at capital, and the private key of the member who takes it,
still sealed under that member's own passphrase (never the store's).  A team store with
no member signed in (a store file, or the server's owner) is used by whoever holds all
of it: its copy carries every private key it holds, each sealed under its member's own
passphrase, as the store itself does.

Bring back carries keys both ways, the same rule each way: a key made (or imported) in the
trip copy comes back to the team store, its public part checked as ``keys import`` checks
it (its own signature, its fingerprint); its private part, sealed, only for the member who
brings it back (or any member when nobody is signed in) and only when the team store holds
no private key of theirs yet.  Keys made at capital meanwhile go to the copy by the same
rule.  A key already known (same fingerprint) is left as it is.

Into a team store a member is signed in to, Bring back takes only a key of that member
(review s33 R14): a trip copy is a file, where anyone's key may be made, so a key made
there in another member's name is left out and named in the report; its public part is
a ``keys import`` someone does after comparing its fingerprint with its owner.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import MemberKey, Person
from ..errors import ValidationError

ALL = None  # every private key (nobody signed in)
_PRIVATE = ("sealed_private", "kdf_salt", "kdf_ops", "kdf_mem")


def signed_in_uuid(services: Any) -> str | None:
    """The person UUID of the member ``services`` is signed in as (``ALL``: nobody)."""
    signed = services.ctx.signed_in
    if signed is None:
        return ALL
    if signed.person_id is None:
        return ""  # a login of no person: no private key travels
    with services.ctx.read() as s:
        return s.scalar(select(Person.uuid).where(Person.id == signed.person_id)) or ""


def keys_out(s: Session, private_for: str | None) -> list[dict[str, Any]]:
    """The keys this store holds: public parts, and the sealed private part of the member
    ``private_for`` (a person UUID; ``ALL``: of every member)."""
    out = []
    for k in s.scalars(select(MemberKey).order_by(MemberKey.id)):
        row = {
            "person_uuid": k.person_uuid,
            "name": k.name,
            "sign_public": k.sign_public,
            "box_public": k.box_public,
            "fingerprint": k.fingerprint,
            "card": k.card,
            "created_at": k.created_at,
        }
        if k.sealed_readable and (private_for is ALL or k.person_uuid == private_for):
            row.update({f: getattr(k, f) for f in _PRIVATE[1:]})
            row["sealed_private"] = k.sealed_readable  # the server hands only one's own
        out.append(row)
    return out


def keys_in(
    ctx: Any, s: Session, keys: list[dict[str, Any]], origin: str, only_of: str | None = ALL
) -> tuple[int, list[str]]:
    """Add the keys of ``keys`` this store does not know (by fingerprint), each public part
    checked; a private part only for a member who has none here; only keys of the member
    ``only_of`` (a person UUID; ``ALL``: anyone's).  Returns how many were added and the
    names of the members whose keys were left out."""
    from .key_card import check_card

    known = set(s.scalars(select(MemberKey.fingerprint)).all())
    with_private = set(
        s.scalars(select(MemberKey.person_uuid).where(MemberKey.holds_private)).all()
    )
    added = 0
    left_out: list[str] = []
    for k in keys:
        if k["fingerprint"] in known:
            continue
        if only_of is not ALL and k["person_uuid"] != only_of:
            left_out.append(k["name"])  # not the bringer's: compared first (review s33 R14)
            continue
        fields, fp = check_card(k["card"])
        if (fp, fields["sign"], fields["box"]) != (
            k["fingerprint"],
            k["sign_public"],
            k["box_public"],
        ) or fields["person"].strip().lower() != k["person_uuid"]:
            raise ValidationError(
                "A member key from {origin} does not match its own signed text: "
                "nothing was changed.",
                origin=origin,
            )
        private = k.get("sealed_private") and k["person_uuid"] not in with_private
        row = MemberKey(
            **{f: k[f] for f in ("person_uuid", "name", "sign_public", "box_public", "card")},
            fingerprint=fp,
            created_at=k["created_at"],
            **({f: k[f] for f in _PRIVATE} if private else {}),
        )
        s.add(row)
        known.add(fp)
        if private:
            with_private.add(k["person_uuid"])
        person = s.scalar(select(Person.id).where(Person.uuid == k["person_uuid"]))
        what = "key and private key" if private else "key"
        ctx.audit(s, "key import", "person", person, f"{what} {fp} of {k['name']}, from {origin}")
        added += 1
    s.flush()
    return added, left_out
