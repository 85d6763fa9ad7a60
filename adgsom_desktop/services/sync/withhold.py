"""What an exchange bundle may carry: the pack audiences' rule (``reports/audiences``).

A bundle is read by one member of the delegation (or whoever holds its passphrase), so
it is issued for an audience, as a pack is: the head of delegation (everything) or the
delegation (no not-for-disclosure background, no personality notes on counterparts).
The fields of the parts an audience may not read are **withheld**: emptied before the
payload is written, and named in the record, so that the store receiving it keeps its
own value of them (never overwritten by an empty one) and, when it does not have
them, remembers that it never received them and sends them on as withheld too.  A
round trip through a member who may not read a field therefore never erases it in the
head's store.

The parts that travel are named by their key in the pack rule (``PARTS``): whether an
audience may read them is decided there and nowhere else.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from ...domain.enums import Audience, MemberRole
from ...errors import ValidationError
from ...reports.audiences import part
from .kinds import Kind
from .merge import Incoming

# A part of the pack rule -> the fields of travelling records that hold it.
TRAVELLING_PARTS: dict[str, tuple[tuple[Kind, str], ...]] = {
    "pack.background_nfd": ((Kind.POSITION, "brief.background_nfd"),),
    "pack.personalities": (
        (Kind.PERSON, "bio"),
        (Kind.PERSON, "last_met"),
        (Kind.PERSON, "last_met_where"),
        (Kind.PERSON, "last_said"),
    ),
    # whole records, not fields: a payload for the delegation carries no interest at all
    # (interest_kind.readable); named here so that what is left out says so
    "pack.counterparts": (),
}
BUNDLE_AUDIENCES = (Audience.HOD, Audience.DELEGATION)
HEADS = (MemberRole.HEAD, MemberRole.ALTERNATE)  # the head, and whoever stands in

_EMPTY: dict[str, Any] = {"last_met": None}


def audience_for(role: MemberRole | None, asked: Audience | str | None) -> Audience:
    """The audience of a bundle for a member of ``role`` (None: a passphrase bundle,
    read by whoever holds it).  ``asked`` may narrow it, never widen it."""
    default = Audience.HOD if role in HEADS else Audience.DELEGATION
    if asked is None or asked == "":
        return default
    try:
        wanted = Audience(asked)
    except ValueError as exc:
        raise ValidationError("Unknown audience {asked!r}.", asked=asked) from exc
    if wanted not in BUNDLE_AUDIENCES:
        raise ValidationError(
            "A bundle travels between members of the delegation: it is not for "
            "{wanted_label}. Issue them a pack of that audience instead.",
            wanted_label=wanted.label.lower(),
        )
    if wanted is Audience.HOD and default is not Audience.HOD:
        who = "whoever holds its passphrase" if role is None else f"a member ({role.label})"
        raise ValidationError(
            "A bundle for {who} holds what the delegation's pack holds: it cannot carry "
            "what only the head of delegation may read (the not-for-disclosure background, "
            "personality notes). Send it to the head, or choose the delegation.",
            who=who,
        )
    return wanted


@cache  # two constant tables: once per audience (an import asks once per record)
def withheld_paths(audience: Audience) -> Mapping[Kind, tuple[str, ...]]:
    """The fields of each kind this audience may not read."""
    out: dict[Kind, list[str]] = {}
    for key, fields in TRAVELLING_PARTS.items():
        if part(key).allows(audience):
            continue
        for kind, path in fields:
            out.setdefault(kind, []).append(path)
    return {k: tuple(v) for k, v in out.items()}


def left_out(audience: Audience) -> tuple[str, ...]:
    """What a bundle for this audience leaves out, in words (for the dialog and the CLI)."""
    return tuple(part(key).label for key in TRAVELLING_PARTS if not part(key).allows(audience))


def _get(content: Mapping[str, Any], path: str) -> Any:
    at: Any = content
    for name in path.split("."):
        if not isinstance(at, Mapping):
            return None
        at = at.get(name)
    return at


def _put(content: dict[str, Any], path: str, value: Any) -> None:
    names = path.split(".")
    at: Any = content
    for name in names[:-1]:
        at = at.get(name)
        if not isinstance(at, dict):
            return
    at[names[-1]] = value


def _applies(kind: Kind, content: Mapping[str, Any], our_code: str) -> bool:
    # Personality notes are about counterparts: our own members' entries travel whole.
    return not (kind is Kind.PERSON and content.get("delegation") == our_code)


def withhold(
    records: Iterable[Incoming],
    audience: Audience,
    marks: Mapping[str, tuple[str, ...]],
    our_code: str,
) -> tuple[Incoming, ...]:
    """The records as the audience may receive them: each withheld field emptied and
    named (the audience's, and those this store never received: ``marks``)."""
    rule = withheld_paths(audience)
    out = []
    for rec in records:
        if rec.kind not in rule and rec.key not in marks:  # most records: nothing withheld
            out.append(rec)
            continue
        paths = list(marks.get(rec.key, ()))
        if rec.content is not None and _applies(rec.kind, rec.content, our_code):
            paths += [p for p in rule.get(rec.kind, ()) if p not in paths]
        if not paths or rec.content is None:
            out.append(rec)
            continue
        content = copy.deepcopy(rec.content)
        for path in paths:
            _put(content, path, _EMPTY.get(path, ""))
        out.append(replace(rec, content=content, withheld=tuple(paths)))
    return tuple(out)


def fill(records: Iterable[Incoming], local: Mapping[str, Any]) -> tuple[Incoming, ...]:
    """Incoming records with their withheld fields taken from this store's own copy
    (``local``: key -> content or None).  A record this store does not hold keeps
    them empty (and the store marks them as never received)."""
    out = []
    for rec in records:
        mine = local.get(rec.key)
        if not rec.withheld or rec.content is None or mine is None:
            out.append(rec)
            continue
        content = copy.deepcopy(rec.content)
        for path in rec.withheld:
            _put(content, path, copy.deepcopy(_get(mine, path)))
        out.append(replace(rec, content=content))
    return tuple(out)


# -- what a store was not sent (``sync_record.withheld``) ---------------------------------
# A mark is a path, or "path#hash": withheld by the audience rule from a record this store
# holds, with the hash of the value it held then.  Its own value is stale (the sender's
# revision may have changed the field), so the field is "not changed" by this store and
# travels on as withheld, until this store changes the value itself (then the new value is
# its own change and travels).  A bare path (never received, nothing held): always withheld.


def value_mark(content: Mapping[str, Any] | None, path: str) -> str:
    from .revs import content_hash

    return content_hash({"v": _get(content or {}, path)})[:16]


def parse_marks(text: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for token in text.split():
        path, _sep, mark = token.partition("#")
        out[path] = mark or None
    return out


def render_marks(marks: Mapping[str, str | None]) -> str:
    return " ".join(p if m is None else f"{p}#{m}" for p, m in sorted(marks.items()))


def still_withheld(
    marks: Mapping[str, str | None], content: Mapping[str, Any] | None
) -> tuple[str, ...]:
    """The marked fields this store has not changed since it was not sent them."""
    return tuple(
        p for p, m in marks.items() if m is None or content is None or value_mark(content, p) == m
    )


def hidden_by_audience(audience: str, rec: Incoming) -> tuple[str, ...]:
    """The fields of ``rec`` withheld because the bundle's audience may not read them
    (not because the sender never received them)."""
    try:
        rule = withheld_paths(Audience(audience)).get(rec.kind, ())
    except ValueError:
        return ()
    return tuple(p for p in rec.withheld if p in rule)


def approval_hash(brief: Mapping[str, Any]) -> str:
    """What an approver's signature covers: the brief as every member may read it (the
    fields only the head reads left out), so that a bundle for the delegation still
    carries a verifiable approval."""
    from .revs import content_hash

    shown = {k: v for k, v in brief.items() if k != "background_nfd"}
    return content_hash(shown)


def check_paths(kind: Kind, paths: Iterable[str]) -> tuple[str, ...]:
    """Withheld paths read from a payload: only the known ones of that kind."""
    known = {p for fields in TRAVELLING_PARTS.values() for k, p in fields if k is kind}
    got = tuple(paths)
    for p in got:
        if p not in known:
            raise ValidationError("unknown withheld field {p!r}", p=p)
    return got
