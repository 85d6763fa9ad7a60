"""An approval is the approver's own act on a store file too (#15 item 4).

A store file has no sign-in: whoever holds its passphrase opens it.  So approving a
brief asks for the approver's own approval PIN, which that member sets while it is
unset (or changes with the old one).  Only the head of our delegation and the
alternate approve (``domain.enums.approves_briefs``), so only they have a PIN.  The
store keeps a salted Argon2id hash of it, never the PIN.  Five wrong PINs in a row give a 60-second wait; every wrong PIN and
every wait is recorded in the audit log.  On a team store a signed-in member's
sign-in is the act (the server checks it); the store's owner, who is no member,
gives the approver's PIN like anyone at a store file.  So no member ever checks
another's PIN there, and the server shows a member's login only their own PIN rows
(``storage/pg_pins``): nobody guesses the head's PIN from its hash.

Approvals given before this rule (``approvals_signed_since``, written by migration
0015) are marked "before sign-in" in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.base import utcnow
from ..domain.delegations import Delegation, Person
from ..domain.enums import approves_briefs
from ..domain.settings import StoreSetting
from ..errors import NotFoundError, ValidationError
from ..i18n.messages import Message
from .context import ServiceContext
from .settings_service import our_code

MIN_PIN = 6
MAX_PIN = 128
MAX_FAILURES = 5
WAIT = timedelta(seconds=60)
PIN_KEY = "approval_pin."  # + person id: the PIN's hash
FAILURES_KEY = "approval_pin_failures."  # + person id: "<wrong in a row> <wait until>"
SIGNED_SINCE = "approvals_signed_since"


def hash_pin(pin: str) -> str:
    """A fresh salted Argon2id hash of ``pin`` (libsodium's, the "interactive" cost:
    64 MiB, 2 passes; ~70 ms here), as a PHC string."""
    from nacl import pwhash

    return pwhash.argon2id.str(
        pin.encode("utf-8"),
        opslimit=pwhash.argon2id.OPSLIMIT_INTERACTIVE,
        memlimit=pwhash.argon2id.MEMLIMIT_INTERACTIVE,
    ).decode("ascii")


def pin_matches(stored: str, pin: str) -> bool:
    from nacl import exceptions, pwhash

    try:
        return bool(pwhash.verify(stored.encode("ascii"), pin.encode("utf-8")))
    except (exceptions.InvalidkeyError, exceptions.CryptoError, ValueError, UnicodeError):
        return False


@dataclass(frozen=True)
class PinState:
    person_id: int
    name: str
    is_set: bool
    wait_seconds: int  # > 0: too many wrong PINs, try again after this


def _failures(session: Session, person_id: int) -> tuple[int, datetime | None]:
    row = session.get(StoreSetting, f"{FAILURES_KEY}{person_id}")
    if row is None or not row.value:
        return 0, None
    count, _, until = row.value.partition(" ")
    try:
        return int(count), datetime.fromisoformat(until) if until else None
    except ValueError:
        return 0, None


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(StoreSetting, key)
    if row is None:
        session.add(StoreSetting(key=key, value=value))
    else:
        row.value = value


def _wait_left(until: datetime | None, now: datetime) -> int:
    if until is None or until <= now:
        return 0
    return max(1, int((until - now).total_seconds() + 0.999))


def _not_on_a_trip_copy(session: Session) -> None:
    """A trip copy of a team store on a server takes no approval, so a PIN set there
    would never be used (review s32 H5): said, nothing changed."""
    from .position_workflow import team_server_of_trip

    team = team_server_of_trip(session)
    if team is not None:
        raise ValidationError(
            "This is a trip copy of the team store {team}: briefs are approved there, by the "
            "approver signed in, never here, so an approval PIN set here would not be used. "
            "Nothing was changed.",
            "approver",
            team=team.display,
        )


def _not_their_store(session: Session, person: Person) -> Message | None:
    """In a store that knows members' keys, an approval PIN is set and used only for an
    approver whose own key is here (review s32 H15): where the store knows the approver
    only by their public key, or not at all, it is another member's store, and an
    approval given here in the approver's name would be someone else's act.  None: it
    is theirs (or knows no key at all)."""
    from ..domain.models import MemberKey

    keys = session.execute(
        select(MemberKey.person_uuid, MemberKey.holds_private).limit(10_000)
    ).all()
    if not keys or any(u == person.uuid and sealed for u, sealed in keys):
        return None
    return Message(  # short, said before any PIN is asked (review s33 R18)
        "This is not {person_full_name}'s store: they approve in their own store, and their "
        "approval arrives here signed by their key in a bundle.",
        person_full_name=person.full_name,
    )


def _not_someone_elses_store(session: Session, person: Person) -> None:
    reason = _not_their_store(session, person)
    if reason is not None:
        raise ValidationError("{reason} Nothing was changed.", "approver", reason=reason)


def not_anothers_store(s: Session, person: Person) -> None:
    """A member's own store file holds their own key: it makes no own key for anyone
    else, who would then set a PIN and approve here in that name (review s33 R1).  A
    store file with no own key yet cannot tell whose it is (README: the limit).  A trip
    copy of a team store is left to Bring back, which brings back only the bringer's key
    (review s33 R14)."""
    from ..domain.models import MemberKey
    from .position_workflow import team_server_of_trip

    if team_server_of_trip(s) is not None:
        return
    owner = s.scalar(
        select(MemberKey.name)
        .where(MemberKey.holds_private, MemberKey.person_uuid != person.uuid)
        .order_by(MemberKey.id)
        .limit(1)
    )
    if owner is not None:
        raise ValidationError(
            "This store is {owner_name}'s (their own key is here): make "
            "{person_full_name}'s key in {person_full_name}'s own store. Nothing was done.",
            owner_name=owner,
            person_full_name=person.full_name,
        )


def _our_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("No person {person_id} in the store.", person_id=person_id)
    code = session.scalar(select(Delegation.code).where(Delegation.id == person.delegation_id))
    ours = our_code(session)
    if not ours or code != ours:
        raise ValidationError(
            "{person_full_name} is not a member of our own delegation: only our own people "
            "approve briefs, so only they have an approval PIN.",
            "approver",
            person_full_name=person.full_name,
        )
    if not approves_briefs(person.role):
        raise ValidationError(
            "{person_name}'s role in our delegation is {role}: only the head of "
            "delegation and the alternate approve briefs, so only they have an approval "
            "PIN. Nothing was changed.",
            "approver",
            person_name=person.full_name,
            role=person.role.label.lower(),
        )
    return person


class ApprovalPins:
    """Each approver's own PIN: set, changed, checked (wrong ones counted and recorded)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @property
    def required(self) -> bool:
        """Does an approval here need the approver's PIN?  Not for a member signed in to
        a team store (their sign-in is the act); yes at a store file and for the owner."""
        return self._ctx.signed_in is None

    def state(self, person_id: int) -> PinState:
        self._only_own(person_id)  # the server shows a member no one else's PIN
        with self._ctx.read() as s:
            person = _our_person(s, person_id)
            is_set = s.get(StoreSetting, f"{PIN_KEY}{person_id}") is not None
            _count, until = _failures(s, person_id)
            return PinState(person_id, person.full_name, is_set, _wait_left(until, utcnow()))

    def _only_own(self, person_id: int) -> None:
        signed = self._ctx.signed_in
        if signed is not None and signed.person_id != person_id:
            raise ValidationError(
                "You are signed in as {signed_name}: you set only your own approval PIN.",
                "approver",
                signed_name=signed.name,
            )

    def signed_since(self) -> datetime | None:
        """Since when approvals are a person's act (None: always, in this store)."""
        with self._ctx.read() as s:
            row = s.get(StoreSetting, SIGNED_SINCE)
        try:
            return datetime.fromisoformat(row.value) if row and row.value else None
        except ValueError:
            return None

    def refuse_on_a_trip_copy(self) -> None:
        """``ValidationError`` when a PIN set here would never be used (a trip copy)."""
        with self._ctx.read() as s:
            _not_on_a_trip_copy(s)

    def refuse_in_someone_elses_store(self, person_id: int) -> None:
        """``ValidationError`` when this store is not the approver's own (it knows members'
        keys, not theirs): said before any PIN is asked (review s32 H15)."""
        with self._ctx.read() as s:
            _not_someone_elses_store(s, _our_person(s, person_id))

    def not_here(self, person_ids: list[int]) -> dict[int, Message]:
        """The approvers among ``person_ids`` who approve in their own store, not here,
        each with the one-line reason: the Approve dialog leaves them out before any PIN
        is asked (review s33 R18).  Empty for a member signed in to a team store."""
        if not self.required:
            return {}
        with self._ctx.read() as s:
            found = {}
            for pid in person_ids:
                person = s.get(Person, pid)
                reason = _not_their_store(s, person) if person is not None else None
                if reason is not None:
                    found[pid] = reason
            return found

    def set_pin(self, person_id: int, new_pin: str, old_pin: str = "") -> None:
        """Set the approver's PIN (while unset), or change it with the old one."""
        if not MIN_PIN <= len(new_pin) <= MAX_PIN:
            raise ValidationError(
                "An approval PIN has {min_pin} to {max_pin} characters: nothing was changed.",
                "pin",
                min_pin=MIN_PIN,
                max_pin=MAX_PIN,
            )
        if not new_pin.strip():
            raise ValidationError("An approval PIN is not only spaces: nothing was changed.", "pin")
        self._only_own(person_id)
        refused: Message | None = None
        with self._ctx.write() as s:
            _not_on_a_trip_copy(s)
            person = _our_person(s, person_id)
            _not_someone_elses_store(s, person)
            stored = s.get(StoreSetting, f"{PIN_KEY}{person_id}")
            if stored is not None:
                refused = self._check(s, person, stored.value, old_pin, "changing the PIN")
            if refused is None:
                _put(s, f"{PIN_KEY}{person_id}", hash_pin(new_pin))
                action = "change approval PIN" if stored is not None else "set approval PIN"
                self._ctx.audit(s, action, "person", person_id, person.full_name)
        if refused is not None:
            raise ValidationError(refused, "pin")

    def verify(self, person_id: int, pin: str) -> None:
        """The approver's PIN, before an approval: a wrong one is counted and recorded
        (committed) and refused with ``ValidationError``; nothing else is changed."""
        refused: Message | None = None
        with self._ctx.write() as s:
            person = _our_person(s, person_id)
            _not_someone_elses_store(s, person)
            stored = s.get(StoreSetting, f"{PIN_KEY}{person_id}")
            if stored is None:
                refused = Message(
                    "{person_full_name} has no approval PIN yet: they set their own "
                    "(Approve dialog: Set or change my PIN…) before approving. Nothing was "
                    "approved.",
                    person_full_name=person.full_name,
                )
            else:
                refused = self._check(s, person, stored.value, pin, "approving")
        if refused is not None:
            raise ValidationError(refused, "pin")

    def _check(
        self, s: Session, person: Person, stored: str, pin: str, doing: str
    ) -> Message | None:
        """None if ``pin`` is right; else why not (a wrong PIN counted, the 5th a wait)."""
        now = utcnow()
        count, until = _failures(s, person.id)
        wait = _wait_left(until, now)
        if wait:
            return Message(
                "Too many wrong PINs for {person_full_name}: try again in {wait} seconds. "
                "Nothing was changed.",
                person_full_name=person.full_name,
                wait=wait,
            )
        if pin and pin_matches(stored, pin):
            if count or until:
                s.delete(s.get(StoreSetting, f"{FAILURES_KEY}{person.id}"))
            return None
        count += 1
        self._ctx.audit(
            s, "wrong approval PIN", "person", person.id, f"{person.full_name}, {doing} ({count})"
        )
        if count >= MAX_FAILURES:
            _put(s, f"{FAILURES_KEY}{person.id}", f"0 {(now + WAIT).isoformat()}")
            seconds = int(WAIT.total_seconds())
            self._ctx.audit(
                s,
                "approval PIN wait",
                "person",
                person.id,
                f"{person.full_name}: {MAX_FAILURES} wrong PINs, {seconds}-second wait",
            )
            return Message(
                "Wrong PIN for {person_full_name}, {max_failures} times in a row: approvals "
                "in their name wait {seconds} seconds. Nothing was changed.",
                person_full_name=person.full_name,
                max_failures=MAX_FAILURES,
                seconds=seconds,
            )
        _put(s, f"{FAILURES_KEY}{person.id}", f"{count} ")
        left = MAX_FAILURES - count
        if left == 1:
            return Message(
                "Wrong PIN for {person_full_name}: nothing was changed "
                "(1 more try before a {wait_total_seconds}-second wait).",
                person_full_name=person.full_name,
                wait_total_seconds=int(WAIT.total_seconds()),
            )
        return Message(
            "Wrong PIN for {person_full_name}: nothing was changed "
            "({left} more tries before a {wait_total_seconds}-second wait).",
            person_full_name=person.full_name,
            left=left,
            wait_total_seconds=int(WAIT.total_seconds()),
        )
