"""Members of a team store: who signs in as whom, with which rights (#15).

Each member of our delegation gets a PostgreSQL login role of their own (named after
the store's database, so several delegations share a server); the server keeps
the rules (``Backend.roles``: only the head's group approves, the audit log is
insert-only, readers write nothing).  Adding and removing members is for the
store's owner or a signed-in head; a removed member's open sessions end at once
and their row stays, so the history still names them.  A person keeps one login for
good (``_one_login``; the server's rule too, ``storage/pg_persons``): a removed member
comes back under her own login, so no other login reads her key or PIN.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.delegations import Delegation, Person
from ..domain.settings import OUR_DELEGATION, StoreSetting
from ..domain.team import TEAM_ROLES, TeamMember
from ..errors import NotFoundError, NotSupportedError, ValidationError
from ..i18n.messages import Message
from ..storage.backend import Capability, SignedIn, TeamRoles
from .changes import Change, ChangeKind
from .context import ServiceContext
from .records import TeamMemberRec

MIN_PASSWORD = 10
LOGIN_RULE = "a-z, 0-9 and _, starting with a letter, at most 30 characters"


def _rec(m: TeamMember, name: str) -> TeamMemberRec:
    return TeamMemberRec(
        id=m.id,
        person_id=m.person_id,
        name=name,
        login=m.login,
        login_role=m.login_role,
        role=m.role,
        added_at=m.added_at,
        removed_at=m.removed_at,
    )


def _one_login(s: Session, person: Person, login_role: str) -> None:
    """A person keeps one login for good (the server's rule, ``storage/pg_persons``, said
    here in words first): a login that was ever theirs holds their sealed key, their PIN
    and the approvals in their name, and no other login is given them."""
    other = s.scalars(
        select(TeamMember)
        .where(TeamMember.person_id == person.id, TeamMember.login_role != login_role)
        .order_by(TeamMember.removed_at.is_not(None), TeamMember.id)
    ).first()
    if other is None:
        return
    if other.removed_at is None:
        raise ValidationError(
            "{person_full_name} is already a member, signed in as {taken_login}: a person "
            "keeps one login for good. Nothing was changed.",
            "person",
            person_full_name=person.full_name,
            taken_login=other.login,
        )
    raise ValidationError(
        "{person_full_name} signed in as {taken_login} until that login was removed: a "
        "person keeps one login for good, so that no other login reads their private key "
        "or approval PIN, nor approves in their name. Add {taken_login} again for them, "
        "with a new password. Nothing was changed.",
        "person",
        person_full_name=person.full_name,
        taken_login=other.login,
    )


class TeamService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def signed_in(self) -> SignedIn | None:
        """The member this app is signed in as (None: a store file, or the store's owner)."""
        return self._ctx.signed_in

    def read_only(self) -> bool:
        """Is this a reader's sign-in: the team store's server lets it read, never write
        (the window turns editing off for it)."""
        signed = self._ctx.signed_in
        return signed is not None and signed.role == "reader"

    def _roles(self, what: str) -> TeamRoles:
        backend = self._ctx.backend
        if Capability.SIGN_IN not in backend.capabilities:
            raise NotSupportedError(
                "{what} is only for a team store on a server: members sign in there with "
                "logins of their own. {locator_display} is a store file on this "
                "computer (its passphrase protects it).",
                what=what,
                locator_display=backend.locator.display,
            )
        return backend.roles()

    def members(self) -> list[TeamMemberRec]:
        self._roles("Listing team members")
        with self._ctx.read() as s:
            rows = s.execute(
                select(TeamMember, Person.full_name)
                .outerjoin(Person, Person.id == TeamMember.person_id)
                .order_by(TeamMember.removed_at.is_not(None), TeamMember.login)
            ).all()
            return [_rec(m, name or "(no longer in the store)") for m, name in rows]

    def signs_in(self) -> bool:
        """Do members sign in to this store with logins of their own (a team store)?"""
        return Capability.SIGN_IN in self._ctx.backend.capabilities

    def may_manage(self) -> bool:
        """May this sign-in add and remove members?  A team store's owner or its signed-in
        head (the server checks it too); nobody at a store file."""
        backend = self._ctx.backend
        signed = self._ctx.signed_in
        return Capability.SIGN_IN in backend.capabilities and (
            signed is None or signed.role == "head"
        )

    def _may_manage(self) -> None:
        signed = self._ctx.signed_in
        if signed is not None and signed.role != "head":
            raise ValidationError(
                "Only the head of delegation or the store's owner adds and removes members; "
                "you are signed in as {signed_name} ({signed_role}).",
                signed_name=signed.name,
                signed_role=signed.role,
            )

    def add_member(self, person_id: int, login: str, role: str, password: str) -> TeamMemberRec:
        """Give a person of our delegation a login of their own, with ``role``'s rights
        (head and alternate approve; a member writes; a reader reads)."""
        roles = self._roles("Adding a team member")
        self._may_manage()
        login = login.strip().lower()
        if not TEAM_ROLES.get(role):
            raise ValidationError(
                "No team role {role!r}: choose {team_roles}.",
                "role",
                role=role,
                team_roles=", ".join(TEAM_ROLES),
            )
        if not roles.valid_login(login):
            raise ValidationError(
                "A login is {login_rule}: {login!r} is not.",
                "login",
                login_rule=LOGIN_RULE,
                login=login,
            )
        if len(password) < MIN_PASSWORD:
            raise ValidationError(
                "A member's password has at least {min_password} characters.",
                "password",
                min_password=MIN_PASSWORD,
            )
        with self._ctx.write() as s:
            person = s.get(Person, person_id)
            ours = s.get(StoreSetting, OUR_DELEGATION)
            code = (
                s.scalar(select(Delegation.code).where(Delegation.id == person.delegation_id))
                if person
                else None
            )
            if person is None:
                raise NotFoundError("No person {person_id} in the store.", person_id=person_id)
            if ours is None or not ours.value or code != ours.value:
                raise ValidationError(
                    "{person_full_name} is not a member of our delegation: only our own "
                    "people sign in to the store.",
                    "person",
                    person_full_name=person.full_name,
                )
            conn = s.connection()
            by_head = self._ctx.signed_in is not None  # else the owner
            if not by_head:
                roles.secure(conn)  # the owner's: groups, grants, rules (idempotent)
            login_role = roles.login_role(conn, login)
            taken = s.scalars(
                select(TeamMember).where(
                    TeamMember.removed_at.is_(None), TeamMember.login_role == login_role
                )
            ).first()
            if taken is not None:
                raise ValidationError(
                    "{who} is already a member ({taken_login}): remove it first.",
                    "login",
                    who=Message("That login"),
                    taken_login=taken.login,
                )
            _one_login(s, person, login_role)
            if by_head:  # the server's function writes the login and the member's row
                roles.head_add_login(conn, login, TEAM_ROLES[role], password, person_id, role)
                member = s.scalars(
                    select(TeamMember)
                    .where(TeamMember.login_role == login_role)
                    .execution_options(populate_existing=True)
                ).one()
            else:
                roles.create_login(conn, login_role, TEAM_ROLES[role], password)
                member = s.scalars(
                    select(TeamMember).where(TeamMember.login_role == login_role)
                ).first() or TeamMember(login_role=login_role)
                member.person_id, member.login, member.role = person_id, login, role
                member.added_at, member.added_by = utcnow(), self._ctx.actor
                member.removed_at = None
                s.add(member)
                s.flush()
            self._ctx.audit(
                s,
                "add member",
                "team_member",
                member.id,
                f"{person.full_name} as {role} (login {login_role})",
            )
            rec = _rec(member, person.full_name)
        self._ctx.publish(Change(ChangeKind.SETTINGS))
        return rec

    def remove_member(self, login: str) -> tuple[TeamMemberRec, int]:
        """The member's login stops working at once: out of every group, no login, their
        open sessions ended.  Returns the member and how many sessions were ended."""
        roles = self._roles("Removing a team member")
        self._may_manage()
        login = login.strip().lower()
        with self._ctx.write() as s:
            login_role = roles.login_role(s.connection(), login)
            member = s.scalars(
                select(TeamMember).where(
                    TeamMember.login_role == login_role, TeamMember.removed_at.is_(None)
                )
            ).first()
            if member is None:
                raise NotFoundError("No member signs in as {login!r} in this store.", login=login)
            person = s.get(Person, member.person_id) if member.person_id else None
            name = person.full_name if person else login
            by_head = self._ctx.signed_in is not None
            if by_head:
                roles.head_remove_login(s.connection(), login)
                s.refresh(member)
            else:
                roles.remove_login(s.connection(), login_role)
                member.removed_at = utcnow()
            self._ctx.audit(
                s, "remove member", "team_member", member.id, f"{name} (login {login_role})"
            )
            rec = _rec(member, name)
        ended = roles.head_end_sessions(login) if by_head else roles.end_sessions(login_role)
        self._ctx.publish(Change(ChangeKind.SETTINGS))
        return rec, ended
