"""Creating and opening stores, with the reference data a new store starts with."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import settings as keys
from ..domain.enums import AdmTagKind
from ..domain.models import AdmTag, Delegation, StoreSetting
from ..domain.passphrase import validate_new_passphrase
from ..domain.reference import DEFAULT_CLASSIFICATIONS, DELEGATIONS, DESIRED_OUTCOMES
from ..domain.text import clean_text
from ..errors import ValidationError
from ..storage.store import Store


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
    tags = set(session.scalars(select(AdmTag.code)))
    for n, (code, title) in enumerate(DESIRED_OUTCOMES):
        if code not in tags:
            session.add(AdmTag(code=code, kind=AdmTagKind.DESIRED_OUTCOME, title=title, ord=n))
    if session.get(StoreSetting, keys.CLASSIFICATIONS) is None:
        session.add(
            StoreSetting(key=keys.CLASSIFICATIONS, value="\n".join(DEFAULT_CLASSIFICATIONS))
        )
    if session.get(StoreSetting, keys.DEFAULT_CLASSIFICATION) is None:
        session.add(StoreSetting(key=keys.DEFAULT_CLASSIFICATION, value="RESTRICTED"))


MAX_TITLE = 200


def create_store(
    path: Path | str,
    *,
    passphrase: str | None = None,
    our_delegation_code: str = "",
    title: str = "",
) -> Store:
    """Create a new store with reference data; returns it open.

    Every argument is checked before anything is created, and the store is
    built whole (schema, reference data, settings) under a temporary name, then
    renamed into place: a failure leaves no half-made store behind.
    """
    if passphrase is not None:
        validate_new_passphrase(passphrase)  # the one rule, as for encrypt and change
    code = clean_text(our_delegation_code, "Our delegation", max_len=20, single_line=True)
    code = code.upper()
    if code and code not in {d.code for d in DELEGATIONS}:
        raise ValidationError(f"No delegation with code {code}.", "our_delegation")
    title = clean_text(title, "Title", max_len=MAX_TITLE, single_line=True)

    def fill(s: Session) -> None:
        seed_reference_data(s)
        if code:
            s.add(StoreSetting(key=keys.OUR_DELEGATION, value=code))
        if title:
            s.add(StoreSetting(key=keys.STORE_TITLE, value=title))

    return Store.create(path, passphrase, fill)
