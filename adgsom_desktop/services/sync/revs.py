"""Revisions of records that travel: content-addressed, so every store names a state alike.

A record's *content* is its canonical form (``canon``: plain JSON values, links as
UUIDs, delegations by code), hashed into ``content_hash``.  A *revision* hashes the
record's key, its content hash and the revision(s) it was made from: so the same
edit made from the same state is the same revision everywhere, a record edited back
to an earlier text is a new revision (never mistaken for the old one), and two
stores that settle a conflict the same way meet at the same revision.

Each store keeps, per record, its revision and its *ancestry* (the revisions it
descends from).  Comparing an incoming revision with the local one:

- the same revision: nothing to do;
- the incoming one is in the local ancestry: it is stale (never reverts anything);
- the local one is in the incoming ancestry: the other side built on ours: take it;
- neither: both sides changed it: a conflict (unless the contents are equal, or one
  side deleted it: a deletion loses against an edit).

A deletion is a revision too (``GONE`` content), made from the last live one.
Ancestries are capped (``MAX_ANCESTRY``): a copy older than that is a conflict
rather than silently stale or silently newer.

No SQLAlchemy: values and functions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .json_text import json_encoder

GONE = "0" * 32  # the content hash of a deleted record
MAX_ANCESTRY = 400


_CANONICAL = json_encoder(sort_keys=True)


def canonical_json(content: Any) -> str:
    """The one text of a content (sorted keys, no spaces, UTF-8 as is): what
    ``json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``
    writes (``json_text``: its encoder made once)."""
    return _CANONICAL(content)


def hash_text(text: str) -> str:
    return hash_utf8(text.encode("utf-8"))


def hash_utf8(data: bytes) -> str:
    """``hash_text`` of the text whose UTF-8 is ``data``."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def content_hash(content: Any | None) -> str:
    return GONE if content is None else hash_text(canonical_json(content))


def same_content(a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` have one canonical text (``canonical_json``), found without
    writing it: equal, and every value of the same type (the text tells ``1``, ``1.0``
    and ``true`` apart where ``==`` does not; a float by its text: ``-0.0``, NaN).  False
    also for what it cannot vouch for (a key not a ``str``, a value of another type):
    the caller then hashes the content."""
    if a is b:
        return True
    t = type(a)
    if t is not type(b):
        return False
    if t is dict:
        if len(a) != len(b):
            return False
        for k, v in a.items():
            if type(k) is not str or k not in b:
                return False
            w = b[k]
            if v is w:
                continue
            # a record's fields are mostly flat: compared here, not a call each
            tv = type(v)
            if tv is not type(w):
                return False
            if tv is str or tv is int or tv is bool:
                if v != w:
                    return False
            elif v is not None and not same_content(v, w):
                return False
        return True
    if t is str or t is int or t is bool:
        return bool(a == b)
    if a is None:
        return True
    if t is list or t is tuple:
        return len(a) == len(b) and all(map(same_content, a, b))
    if t is float:
        return repr(a) == repr(b)
    return False


def hash_as(content: Any, known: tuple[Any, str] | None) -> str:
    """``content_hash(content)``, taken from ``known`` (a content and its hash, as
    ``merge.Incoming.hashed``) when ``content`` has the same canonical text."""
    if known is not None and same_content(content, known[0]):
        return known[1]
    return content_hash(content)


def make_rev(key: str, chash: str, parents: Iterable[str]) -> str:
    return hash_text(f"{key}|{chash}|{','.join(sorted(set(parents)))}")


def parse_ancestry(text: str) -> tuple[str, ...]:
    return tuple(text.split()) if text else ()


def join_ancestry(*parts: Iterable[str]) -> tuple[str, ...]:
    """Revisions of several ancestries, newest first as given, each once, capped."""
    seen: dict[str, None] = {}
    for part in parts:
        for rev in part:
            if rev and rev not in seen:
                seen[rev] = None
                if len(seen) >= MAX_ANCESTRY:
                    return tuple(seen)
    return tuple(seen)


@dataclass(frozen=True)
class RevState:
    """A record's revision as one store holds it."""

    rev: str
    gen: int
    ancestry: tuple[str, ...]
    content_hash: str

    @property
    def deleted(self) -> bool:
        return self.content_hash == GONE

    def knows(self, rev: str) -> bool:
        return rev == self.rev or rev in self.ancestry


def first(key: str, chash: str) -> RevState:
    return RevState(make_rev(key, chash, ()), 1, (), chash)


def successor(key: str, head: RevState, chash: str) -> RevState:
    """The revision a local change (or deletion) makes from ``head``."""
    return RevState(
        make_rev(key, chash, (head.rev,)),
        head.gen + 1,
        join_ancestry((head.rev,), head.ancestry),
        chash,
    )


def merged(key: str, chash: str, parents: Sequence[RevState]) -> RevState:
    """The revision settling several (a conflict resolved, equal contents met)."""
    return RevState(
        make_rev(key, chash, [p.rev for p in parents]),
        max(p.gen for p in parents) + 1,
        join_ancestry([p.rev for p in parents], *(p.ancestry for p in parents)),
        chash,
    )


def absorbed(winner: RevState, loser: RevState) -> RevState:
    """The winner, knowing the loser's revisions too (an edit beat a deletion): whoever
    holds the loser later takes the winner as newer."""
    return RevState(
        winner.rev,
        max(winner.gen, loser.gen),
        join_ancestry(winner.ancestry, (loser.rev,), loser.ancestry),
        winner.content_hash,
    )


class Relation(StrEnum):
    SAME = "same"
    STALE = "stale"  # the incoming revision is older than ours
    NEWER = "newer"  # the incoming revision was made from ours
    DIVERGED = "diverged"


def relation(local: RevState, incoming: RevState) -> Relation:
    if incoming.rev == local.rev:
        return Relation.SAME
    if incoming.rev in local.ancestry:
        return Relation.STALE
    if local.rev in incoming.ancestry:
        return Relation.NEWER
    return Relation.DIVERGED
