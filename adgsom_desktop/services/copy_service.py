"""Moving a whole store between engines: a file to a team store's server, or back.

``copy_store`` copies every row (``storage.copy_store``: the history, the audit log
and the register with their ids) into a new store at the destination, then records
where the copy came from in the copy's own audit log, and checks the copied chain
end to end there: it verifies on the other side, or the copy is reported as broken.
The source is only read.

The copy is a store of its own (review s33 R20): a new identity (``store_id``, what
bundles and received audit logs name a store by) and its own name, given (``name``) or
"Copy of …, made DATE by WHO".  Members' stores made from the team store are so told
apart from it and from each other; a trip copy still comes back only to the store it
was taken from.

Whose private keys a copy holds (review s34 S3): a member's own store copied from the team
store is hers alone, so a copy keeps the sealed private key of one member at most:
``for_person`` (the member whose store it is), or, signed in as a member, her own (the
server hands no other).  Without either, a copy to a file holds public keys only (the
owner's copy must not hand every member every other member's sealed key to guess at
offline); a copy to a team store's server keeps every key it reads (the server then
withholds each from the others).  The report names whose private keys the copy holds and
whose it left out.

What a copy holds (review s35 T2): a copy for (or by) a member who is not the head of
delegation or an alternate is issued for the delegation, as her trip copy is: what only the
head reads is never written into it (``copy_audience``), and the report names it
(``left_out``).  A copy to a file is encrypted with ``passphrase`` (the command line asks for
one unless ``--plain``) and readable by its owner only (0600) in any case.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import NOT_NAMED, Audience
from ..domain.locator import Locator, LocatorKind
from ..domain.models import MemberKey, Person
from ..domain.passphrase import validate_new_passphrase
from ..domain.settings import STORE_ID, STORE_TITLE, StoreSetting
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from ..storage import copy_store as storage_copy
from .audit_anchor import forget
from .changes import Change, ChangeKind
from .container import Services

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CopyReport:
    source: Locator
    destination: Locator
    rows: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    audit_ok: bool = False
    audit_problems: tuple[str, ...] = ()
    title: str = ""  # the copy's own name
    private_kept: tuple[str, ...] = ()  # members whose sealed private key the copy holds
    private_left: tuple[str, ...] = ()  # members whose private key the source holds, not it
    audience: str = "hod"  # whom the copy is for (``copy_audience``)
    left_out: tuple[str, ...] = ()  # what a copy for the delegation was not given, in words
    encrypted: bool = False

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_store(
    source: Services,
    to: Locator | str,
    progress: Progress | None = None,
    *,
    name: str | None = None,
    for_person: int | None = None,
    passphrase: str | None = None,
) -> CopyReport:
    """Copy the open store ``source`` into a new store at ``to`` (refused if anything is
    there), under its own identity and ``name`` (default "Copy of …"); the copy's audit
    log records it, and its chain is verified.  ``for_person``: the member whose store it
    is (the only private key it keeps, and what she may read: ``copy_audience``);
    ``passphrase``: a copy to a file encrypted with it.  A file is readable by its owner
    only (mode 0600), encrypted or not."""
    from .copy_audience import copy_audience, left_out, mark_withheld, record_people, redactor

    destination = Locator.parse(to)
    if name is not None:
        name = clean_text(name, "Name", max_len=200, single_line=True, required=True)
    if passphrase is not None and destination.is_server:
        raise ValidationError(
            "A team store on a server is not encrypted with a passphrase (its server and "
            "its members' logins protect it): copy to it without one."
        )
    if passphrase is not None:
        validate_new_passphrase(passphrase)  # the one rule, as for a new store
    # Both stores start from the same recorded revisions, so an edit on either later
    # travels as a change made from them (not a conflict).  Only the sync tables change.
    private_of = _private_of(source, destination, for_person)
    kept, left = _whose_private(source, private_of)
    audience = copy_audience(source, for_person)
    source.sync.record_revisions()
    if audience is not Audience.HOD:
        record_people(source)  # one revision of every counterpart on both sides
    copied = storage_copy.copy_store(
        source.ctx.backend,
        destination,
        progress,
        private_of=private_of,
        redact=redactor(source, audience),
        passphrase=passphrase,
    )
    forget(destination)  # a store that was there before says nothing about the copy
    if not destination.is_server:  # placed as 0600 (``storage.copy_store``); its side files
        _owner_only(destination.file_path())
    dest = Services.for_store(copied.destination, actor=source.actor)
    withheld = left_out(audience)
    try:
        with dest.ctx.write() as s:
            mark_withheld(s, audience)
            title = name or _copy_title(s, source.ctx.actor)
            _own_identity(s, title)
            dest.ctx.audit(
                s,
                "copy",
                "store",
                None,
                f"copied from {source.locator.display}: {copied.total:,} rows; named “{title}”"
                + _private_words(kept, left)
                + (f"; for the delegation: left out {', '.join(withheld)}" if withheld else ""),
            )
        verified = dest.audit.verify()
    finally:
        dest.close()
    source.ctx.publish(Change(ChangeKind.AUDIT))
    return CopyReport(
        source.locator,
        destination,
        copied.rows,
        verified.entries,
        verified.ok,
        tuple(p.text for p in verified.problems),
        title,
        kept,
        left,
        audience.value,
        withheld,
        passphrase is not None,
    )


def _owner_only(path: Path) -> None:
    """The copy's file (and any side file SQLite keeps beside it) readable by its owner
    only: a store holds the delegation's briefs, encrypted or not."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(p, 0o600)


def _private_of(source: Services, destination: Locator, for_person: int | None) -> str | None:
    """The person UUID whose private keys the copy keeps ('' none, None every one read)."""
    from .trip_keys import ALL, signed_in_uuid

    own = signed_in_uuid(source)
    if for_person is not None:
        with source.ctx.read() as s:
            uuid = s.scalar(select(Person.uuid).where(Person.id == for_person))
        if uuid is None:
            raise NotFoundError("No person {person_id} in the store.", person_id=for_person)
        if own is not ALL and uuid != own:
            raise ValidationError(
                "Signed in as {member}, a copy can hold only your own private key: give "
                "your own person with --for, or leave it out. Nothing was written.",
                member=source.ctx.actor,
            )
        return str(uuid)
    if own is not ALL:
        return own  # a member's copy: her own key, the only one the server hands her
    return None if destination.kind is LocatorKind.SERVER else ""


def _whose_private(source: Services, private_of: str | None) -> tuple[tuple[str, ...], ...]:
    """The names of the members whose private key the copy keeps, and of those it leaves."""
    kept: list[str] = []
    left: list[str] = []
    with source.ctx.read() as s:
        rows = s.execute(
            select(MemberKey.person_uuid, MemberKey.name)
            .where(MemberKey.holds_private)
            .order_by(MemberKey.id)
        ).all()
    for uuid, who in rows:
        side = kept if private_of is None or uuid == private_of else left
        if who not in side:
            side.append(who)
    return tuple(kept), tuple(left)


def _copy_title(s: Session, actor: str) -> str:
    """ "Copy of TITLE, made DATE by WHO" (the source's title cut to fit)."""
    source = s.scalar(select(StoreSetting.value).where(StoreSetting.key == STORE_TITLE)) or ""
    by = f" by {actor}" if actor and actor != NOT_NAMED else ""  # no "by not named"
    tail = f", made {date.today().isoformat()}{by}"[:120]
    return f"Copy of {source or 'a store'}"[: 200 - len(tail)] + tail


def _own_identity(s: Session, title: str) -> None:
    """The copy's own id and name (the source's are copied with every other row)."""
    from ..domain.base import new_uuid

    for key, value in ((STORE_ID, new_uuid()), (STORE_TITLE, title)):
        row = s.get(StoreSetting, key)
        if row is None:
            s.add(StoreSetting(key=key, value=value))
        else:
            row.value = value
    s.flush()


def _private_words(kept: tuple[str, ...], left: tuple[str, ...]) -> str:
    """The audit entry's words on the private keys a copy left out (none: nothing)."""
    if not left:
        return ""
    return f"; private key of {', '.join(kept)} only" if kept else "; public keys only"
