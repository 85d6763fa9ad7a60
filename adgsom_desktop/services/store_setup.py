"""Creating and opening stores, with the reference data a new store starts with."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import settings as keys
from ..domain.enums import AdmTagKind, FrameworkKind
from ..domain.locator import Locator
from ..domain.models import AdmTag, Delegation, Framework, StoreSetting
from ..domain.passphrase import validate_new_passphrase
from ..domain.reference import (
    ADM2030_OUTCOMES,
    DEFAULT_CLASSIFICATIONS,
    DELEGATIONS,
    DESIRED_OUTCOMES,
    FRAMEWORKS,
)
from ..domain.text import clean_text
from ..errors import ValidationError
from ..storage.backend import Backend, create_backend
from .audit_anchor import forget


def seed_reference_data(session: Session) -> None:
    """Delegations, ADM Desired Outcomes and default classifications (idempotent)."""
    existing = set(session.scalars(select(Delegation.code)))
    for n, seed in enumerate(DELEGATIONS):
        if seed.code not in existing:
            session.add(
                Delegation(
                    code=seed.code,
                    name=seed.name,
                    local_name=seed.local_name,
                    aliases=seed.aliases,
                    kind=seed.kind,
                    ord=n,
                )
            )
    seed_frameworks(session)
    if session.get(StoreSetting, keys.CLASSIFICATIONS) is None:
        session.add(
            StoreSetting(key=keys.CLASSIFICATIONS, value="\n".join(DEFAULT_CLASSIFICATIONS))
        )
    if session.get(StoreSetting, keys.DEFAULT_CLASSIFICATION) is None:
        session.add(StoreSetting(key=keys.DEFAULT_CLASSIFICATION, value="RESTRICTED"))


def seed_frameworks(session: Session) -> None:
    """The ADM 2025 with its Desired Outcomes, the ADM 2026-2030 with its draft outcomes,
    and this year's work plan (idempotent)."""
    by_code = {f.code: f for f in session.scalars(select(Framework))}
    for n, seed in enumerate(FRAMEWORKS):
        if seed.code not in by_code:
            fw = Framework(
                code=seed.code,
                title=seed.title,
                kind=FrameworkKind(seed.kind),
                parent_id=by_code[seed.parent].id if seed.parent in by_code else None,
                start_year=seed.start_year,
                end_year=seed.end_year,
                ord=n,
            )
            session.add(fw)
            session.flush()
            by_code[seed.code] = fw
    elements = {(t.framework_id, t.code) for t in session.scalars(select(AdmTag))}
    for fw_code, kind, seeds in (
        ("ADM2025", AdmTagKind.DESIRED_OUTCOME, DESIRED_OUTCOMES),
        ("ADM2030", AdmTagKind.OUTCOME, ADM2030_OUTCOMES),
    ):
        fid = by_code[fw_code].id
        for n, (code, title) in enumerate(seeds):
            if (fid, code) not in elements:
                session.add(AdmTag(framework_id=fid, code=code, kind=kind, title=title, ord=n))


MAX_TITLE = 200


def create_store(
    where: Locator | Path | str,
    *,
    passphrase: str | None = None,
    our_delegation_code: str = "",
    title: str = "",
) -> Backend:
    """Create a new store with reference data; returns it open.

    Every argument is checked before anything is created, and the store is
    built whole (schema, reference data, settings): a file under a temporary name,
    then renamed into place; a team store in one transaction of an empty database.
    A failure leaves no half-made store behind.
    """
    locator = Locator.parse(where)
    if passphrase is not None:
        validate_new_passphrase(passphrase)  # the one rule, as for encrypt and change
    code = clean_text(our_delegation_code, "Our delegation", max_len=20, single_line=True)
    code = code.upper()
    if code and code not in {d.code for d in DELEGATIONS}:
        raise ValidationError("No delegation with code {code}.", "our_delegation", code=code)
    title = clean_text(title, "Title", max_len=MAX_TITLE, single_line=True)

    def fill(s: Session) -> None:
        seed_reference_data(s)
        if code:
            s.add(StoreSetting(key=keys.OUR_DELEGATION, value=code))
        if title:
            s.add(StoreSetting(key=keys.STORE_TITLE, value=title))

    store = create_backend(locator, passphrase, fill)
    forget(locator)  # an old store's audit anchors say nothing about this one
    return store
