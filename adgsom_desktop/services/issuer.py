"""Who issues a pack or a report: a member of our delegation, never the computer's login.

The issuer is named on the cover ("Issued 12 January 2026, by ...") and is the
PDF's author.  It is, in order: the member chosen for this issue (the pack
dialog's *Issued by*, ``pack --issued-by``), on a team store the member signed
in, the member this user chose before for this store (remembered in the user's
config folder, per store), the member whose e-mail or name is the sign-in's
user name, the member
whose name is the user's name in Settings; else nobody (the cover then says
only when it was issued, and the PDF's author is our delegation).
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Delegation, Person
from ..errors import ValidationError
from ..paths import config_dir
from ..storage import atomic
from .context import ServiceContext
from .settings_service import our_code

REMEMBERED = "issuers.json"  # {store as shown: member id}


def our_members(s: Session) -> list[Person]:
    ours = our_code(s)
    if not ours:
        return []
    return list(
        s.scalars(
            select(Person)
            .join(Delegation, Person.delegation_id == Delegation.id)
            .where(Delegation.code == ours)
            .order_by(Person.ord, Person.id)
        )
    )


def issuer_name(p: Person) -> str:
    return f"{p.honorific} {p.full_name}".strip()


def _store_key(ctx: ServiceContext) -> str:
    try:
        return str(ctx.backend.locator.display)
    except AttributeError:  # a backend without a locator (a store being built)
        return ""


def remembered(ctx: ServiceContext) -> int | None:
    """The member this user chose last for this store (None: none yet)."""
    key = _store_key(ctx)
    try:
        data = json.loads((config_dir() / REMEMBERED).read_text(encoding="utf-8"))
        value = data.get(key) if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def remember(ctx: ServiceContext, person_id: int) -> None:
    """Keep ``person_id`` as this user's issuer for this store (best effort)."""
    key = _store_key(ctx)
    if not key:
        return
    path = config_dir() / REMEMBERED
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    if data.get(key) == person_id:
        return
    data[key] = person_id
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, json.dumps(data, indent=1).encode("utf-8"), kind="config")
    except OSError:
        pass  # not remembered: the next issue asks again (nothing else depends on it)


def _login(ctx: ServiceContext) -> str:
    try:
        url = ctx.backend.locator.url
    except AttributeError:
        return ""
    return (urlsplit(url).username or "") if url else ""


def resolve(s: Session, ctx: ServiceContext, issuer_id: int | None) -> Person | None:
    """The issuer of what is being issued now (see the module's docstring), or None."""
    members = our_members(s)
    by_id = {p.id: p for p in members}
    if issuer_id is not None:
        if issuer_id not in by_id:
            names = ", ".join(f"{p.id} {issuer_name(p)}" for p in members) or "none yet"
            raise ValidationError(
                "The issuer is a member of our delegation; {issuer_id} is not one "
                "(our members: {names}).",
                "issued_by",
                issuer_id=issuer_id,
                names=names,
            )
        return by_id[issuer_id]
    signed = getattr(ctx, "signed_in", None)  # a team store: the member signed in
    if signed is not None and signed.person_id in by_id:
        return by_id[signed.person_id]
    chosen = remembered(ctx)
    if chosen in by_id:
        return by_id[chosen]
    login = _login(ctx).casefold()
    if login:
        for p in members:
            if login in (p.email.split("@")[0].casefold(), p.full_name.casefold()):
                return p
    actor = ctx.actor.casefold()
    for p in members:
        if actor and actor in (p.full_name.casefold(), issuer_name(p).casefold()):
            return p
    return None


def find_member(s: Session, text: str) -> int:
    """A member of our delegation by id or by name (the CLI's ``--issued-by``)."""
    members = our_members(s)
    value = text.strip()
    if value.isdigit():
        return int(value)
    folded = value.casefold()
    found = [p for p in members if folded in (p.full_name.casefold(), issuer_name(p).casefold())]
    if len(found) != 1:
        names = ", ".join(f"{p.id} {issuer_name(p)}" for p in members) or "none yet"
        raise ValidationError(
            "{value!r} is not one member of our delegation (our members: {names})."
            if not found
            else "{value!r} is not exactly one member of our delegation (our members: {names}).",
            "issued_by",
            value=value,
            names=names,
        )
    return int(found[0].id)
