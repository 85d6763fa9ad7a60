"""Naming a member's key, and saying where it lives (review s33 R3).

A member may have two keys: one made in their own store (a laptop) whose public part
the others imported, and one made in the team store signed in.  A name then names one
member with two keys; the fingerprint tells them apart, and its first group (what people
read aloud over the phone) is enough when no other key starts with it.  Each key says
where it lives: a bundle sealed to it opens only where its private part is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import NotFoundError, ValidationError
from ..i18n.messages import Message
from .key_card import fp_compact

if TYPE_CHECKING:
    from .key_service import MemberKeyRec

_HEX = frozenset("0123456789abcdef")
MIN_PREFIX = 4  # one group of the fingerprint


def find_key(keys: Sequence[MemberKeyRec], text: str) -> MemberKeyRec:
    """The key ``text`` names: a member's name or part of it, a person or key id, a
    fingerprint or its first groups (with or without spaces) when no other key starts
    so.  A member with several keys is named by the fingerprint of one of them."""
    wanted = " ".join(text.split()).casefold()
    compact = fp_compact(wanted)
    found = [k for k in keys if k.name.casefold() == wanted or fp_compact(k.fingerprint) == compact]
    if text.strip().isdigit():
        found += [k for k in keys if k.person_id == int(text) or k.id == int(text)]
    if not found and len(compact) >= MIN_PREFIX and set(compact) <= _HEX:
        found = [k for k in keys if fp_compact(k.fingerprint).startswith(compact)]
    found = found or [k for k in keys if wanted and wanted in k.name.casefold()]
    unique = list({k.id: k for k in found}.values())
    if len(unique) == 1:
        return unique[0]
    if not unique:
        raise NotFoundError(
            "No member key matches {text!r} (known: {known}).",
            text=text,
            known="; ".join(f"{k.name} ({k.fingerprint})" for k in keys) or Message("none yet"),
        )
    people = {k.person_uuid for k in unique}
    if len(people) == 1:
        return _one_of_several(unique)
    raise ValidationError(
        "{text!r} matches several members ({key_names}): give more of the name or the fingerprint.",
        text=text,
        key_names="; ".join(f"{k.name} ({k.fingerprint})" for k in unique),
    )


def _one_of_several(keys: Sequence[MemberKeyRec]) -> MemberKeyRec:
    listed = [
        Message("{fingerprint}: {place}", fingerprint=k.fingerprint, place=key_place(k))
        for k in keys
    ]
    joined = listed[0]
    for more in listed[1:]:
        joined = Message("{first}; {then}", first=joined, then=more)
    raise ValidationError(
        "{member} has {count} keys here: give the fingerprint ({key_list}).",
        member=keys[0].name,
        count=len(keys),
        key_list=joined,
    )


def key_place(k: MemberKeyRec) -> Message:
    """Where the key lives, and so where a bundle sealed to it opens."""
    if k.yours:
        return Message("your own key, kept in this store: signs and opens here")
    if k.has_private:
        return Message(
            "{member}'s own key, kept in this store: signs and opens here with "
            "{member}'s key passphrase",
            member=k.name,
        )
    if k.made_here:
        return Message(
            "{member}'s key, kept in this store: a bundle sealed to it opens here, "
            "signed in as {member}",
            member=k.name,
        )
    return Message(
        "public key, imported: a bundle sealed to it opens in the store where it was made"
    )
