"""Delegations and people (our members and counterparts)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import DelegationKind, approves_briefs
from ..domain.models import Delegation, Person
from ..domain.text import clean_text
from ..errors import NotFoundError, ValidationError
from .changes import Change, ChangeKind
from .context import ServiceContext
from .mapping import delegation_rec, person_rec
from .records import DelegationRec, PersonRec
from .settings_service import our_code
from .speaker_match import SpeakerCandidate, match_speakers
from .structure_fields import PersonFields


def list_delegations(session: Session) -> list[DelegationRec]:
    code = our_code(session)
    rows = session.scalars(select(Delegation).order_by(Delegation.ord, Delegation.code))
    return [delegation_rec(d, code) for d in rows]


def list_people(session: Session, delegation_id: int | None = None) -> list[PersonRec]:
    stmt = (
        select(Person, Delegation.code)
        .join(Delegation, Person.delegation_id == Delegation.id)
        .order_by(Delegation.ord, Person.ord, Person.full_name)
    )
    if delegation_id is not None:
        stmt = stmt.where(Person.delegation_id == delegation_id)
    return [person_rec(p, code) for p, code in session.execute(stmt)]


class DelegationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def delegations(self) -> list[DelegationRec]:
        with self._ctx.read() as s:
            return list_delegations(s)

    def our_delegation(self) -> DelegationRec | None:
        return next((d for d in self.delegations() if d.is_ours), None)

    def people(self, delegation_id: int | None = None) -> list[PersonRec]:
        with self._ctx.read() as s:
            return list_people(s, delegation_id)

    def our_members(self) -> list[PersonRec]:
        ours = self.our_delegation()
        return [] if ours is None else self.people(ours.id)

    def approvers(self) -> list[PersonRec]:
        """Who may approve a brief here (``approves_briefs``): at a store file (or the
        team store's owner) our members whose role is head of delegation or alternate; a
        member signed in to a team store: themselves if their team role approves."""
        signed = self._ctx.signed_in
        members = self.our_members()
        if signed is not None:
            if not approves_briefs(signed.role):
                return []
            return [p for p in members if p.id == signed.person_id]
        return [p for p in members if approves_briefs(p.role)]

    def counterparts(self) -> list[PersonRec]:
        ours = self.our_delegation()
        return [p for p in self.people() if ours is None or p.delegation_id != ours.id]

    def person(self, person_id: int) -> PersonRec:
        with self._ctx.read() as s:
            p = s.get(Person, person_id)
            if p is None:
                raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
            return person_rec(p, s.get_one(Delegation, p.delegation_id).code)

    def match_speaker(self, text: str, limit: int = 10) -> list[SpeakerCandidate]:
        with self._ctx.read() as s:
            return match_speakers(text, list_delegations(s), list_people(s), limit)

    def add_delegation(
        self, code: str, name: str, kind: DelegationKind, local_name: str = "", aliases: str = ""
    ) -> DelegationRec:
        code = clean_text(code, "Code", max_len=16, required=True, single_line=True).upper()
        name = clean_text(name, "Name", max_len=200, required=True, single_line=True)
        with self._ctx.write() as s:
            if s.scalar(select(Delegation.id).where(Delegation.code == code)) is not None:
                raise ValidationError(
                    "A delegation with code {code} already exists.", "code", code=code
                )
            last = s.scalar(select(Delegation.ord).order_by(Delegation.ord.desc()).limit(1)) or 0
            d = Delegation(
                code=code,
                name=name,
                local_name=clean_text(local_name, "Local name", max_len=200, single_line=True),
                aliases=clean_text(aliases, "Aliases", max_len=1000, single_line=True),
                kind=kind,
                ord=last + 1,
            )
            s.add(d)
            s.flush()
            self._ctx.audit(s, "create", "delegation", d.id, code)
            rec = delegation_rec(d, our_code(s))
            self._ctx.publish(Change(ChangeKind.DELEGATIONS, frozenset({rec.id})))
        return rec

    def put_person(self, fields: PersonFields, person_id: int | None = None) -> PersonRec:
        """Create (no ``person_id``) or edit a person."""
        with self._ctx.write() as s:
            p, d = write_person(s, self._ctx, fields, person_id)
            rec = person_rec(p, d.code)
            self._ctx.publish(Change(ChangeKind.PEOPLE, frozenset({rec.id}), records=(rec,)))
        return rec

    def save_person(self, *, person_id: int | None = None, **fields: Any) -> PersonRec:
        """``put_person`` by keywords (the names of ``PersonFields``): scripts, the demo, tests."""
        return self.put_person(PersonFields(**fields), person_id)


def write_person(
    s: Session, ctx: ServiceContext, fields: PersonFields, person_id: int | None = None
) -> tuple[Person, Delegation]:
    """Create or edit a person inside the caller's transaction (the text is cleaned first)."""
    f = fields.cleaned()
    d = s.get(Delegation, f.delegation_id)
    if d is None:
        raise ValidationError("Choose the person's delegation.", "delegation")
    if person_id is None:
        p = Person(**f.columns())
        p.ord = len(d.people)
        s.add(p)
        action = "create"
    else:
        found = s.get(Person, person_id)
        if found is None:
            raise NotFoundError("Person {person_id} no longer exists.", person_id=person_id)
        p = found
        for key, value in f.columns().items():
            setattr(p, key, value)
        action = "edit"
    s.flush()
    ctx.audit(s, action, "person", p.id, p.full_name)
    return p, d
