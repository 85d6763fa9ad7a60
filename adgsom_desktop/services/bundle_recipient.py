"""Refusing a bundle sealed to a key this store does not know (review s34 S9)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..domain.models import MemberKey
from .sync import crypto


def refuse_unknown_key(s: Any, sender: str) -> None:
    """A bundle sealed to a key this store does not know at all (review s34 S9: it said
    "for someone else"): the envelope names the key by its encryption part only, so say
    the keys this store holds, by name and fingerprint, and whom to ask."""
    here = [
        f"{name} ({fingerprint})"
        for name, fingerprint in s.execute(
            select(MemberKey.name, MemberKey.fingerprint)
            .where(MemberKey.holds_private)
            .order_by(MemberKey.id)
        )
    ]
    if not here:
        raise crypto.BundleError(
            "This bundle is sealed to a key this store does not know, and this store holds "
            "no member's private key: ask {sender} to send it to the store that holds yours. "
            "Nothing was changed.",
            sender=sender,
        )
    raise crypto.BundleError(
        "This bundle is sealed to a key this store does not know (the keys whose private "
        "part is here: {own_keys}): ask {sender} to send it to one of them. Nothing was "
        "changed.",
        own_keys="; ".join(here),
        sender=sender,
    )
