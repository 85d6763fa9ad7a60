"""Trip copies (#17): one event of a team store taken to a laptop, brought back later.

``take_trip`` writes a new local store (encrypted when a passphrase is given) holding the
event's meetings with every record and its revision, and remembers where it came from
(``store_setting.trip_of``).  The laptop works offline as usual.  ``return_trip`` merges
what changed on the laptop into the team store, then what changed on the team store
into the laptop copy, through the one merge engine (``SyncService``): what only one side
changed is taken, what both changed is a conflict kept on both sides, each import
backed up first (a file) and written in one transaction.

A copy taken by a member who is neither the head nor an alternate is issued for the
delegation (docs/packs.md's audience table, as a bundle to that member is): the
not-for-disclosure background and the personality notes are withheld
(``sync/withhold``), on the take and on every return, and the team store keeps its own
values of them when the copy comes back.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain.enums import NOT_NAMED, Audience, approves_briefs
from ..domain.locator import Locator
from ..domain.models import Event, Meeting, StoreSetting
from ..domain.settings import OUR_DELEGATION, TRIP_OF, TRIP_SERIES
from ..errors import NotFoundError, StoreError, ValidationError
from ..i18n.messages import Message
from .context import ServiceContext
from .register_travel import (
    Brought,
    TravellingIssue,
    bring_issues,
    reserve_series,
    settle_numbers,
    trip_issues,
)
from .sync.origins import trip_copy
from .sync.report import MergeReport, kept_there
from .trip_carry import CARRIED_PARTS
from .trip_options import TEAM_STORE, into_team, into_trip, options

# (done, total, what), ``what`` in the interface's language (the GUI's; English on the
# command line): the GUI's progress raises its own ``Cancelled`` here when the user
# cancelled, between steps; the step under way is one transaction, so nothing is half done.
Progress = Callable[[int, int, str], None]


def _quiet(_done: int, _total: int, _what: str) -> None:
    return None


@dataclass(frozen=True)
class TripOf:
    locator: str  # the team store, as shown (never a password)
    store_id: str
    event: str  # the event's UUID
    title: str
    series: str = ""  # its provisional numbers' series, reserved in the team store ("T3")
    audience: str = "hod"  # who the copy is for: "delegation" withholds what only the head reads
    taker: str = ""  # who took it, as the team store names them: the copy acts in their name


@dataclass(frozen=True)
class TripTaken:
    path: Path
    event: str
    meetings: int
    records: int
    left_out: tuple[str, ...] = ()  # what the copy withholds (a member's copy), in words
    # what stays in the team store (trip_scope.left_behind), in words (shown translated)
    left_behind: tuple[Message | str, ...] = ()


@dataclass(frozen=True)
class TripReturned:
    to_team: MergeReport
    to_trip: MergeReport
    # changes on the laptop that a trip copy cannot bring back (trip_scope.unbrought)
    left_behind: tuple[str, ...] = ()


class TripService:
    """What a store knows of being a trip copy."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def trip_of(self) -> TripOf | None:
        with self._ctx.read() as s:
            raw = s.scalar(select(StoreSetting.value).where(StoreSetting.key == TRIP_OF))
        if not raw:
            return None
        data = json.loads(raw)
        return TripOf(
            data["locator"],
            data["store_id"],
            data["event"],
            data.get("title", ""),
            data.get("series", ""),
            data.get("audience", Audience.HOD.value),
            data.get("taker", ""),
        )

    def mark(self, info: TripOf) -> None:
        with self._ctx.write() as s:
            row = s.get(StoreSetting, TRIP_OF)
            value = json.dumps(info.__dict__, ensure_ascii=False)
            if row is None:
                s.add(StoreSetting(key=TRIP_OF, value=value))
            else:
                row.value = value
            if info.series:
                series = s.get(StoreSetting, TRIP_SERIES)
                if series is None:
                    s.add(StoreSetting(key=TRIP_SERIES, value=info.series))
                else:
                    series.value = info.series
            self._ctx.audit(s, "trip", "store", None, f"a trip copy of {info.locator}")

    def reserve_series(self, title: str) -> str:
        """A series of provisional numbers for a new trip copy of this (team) store."""
        with self._ctx.write() as s:
            return reserve_series(self._ctx, s, title)

    def register_out(self, event_uuid: str) -> list[TravellingIssue]:
        """The register entries of the event, as they travel back (register_travel.py)."""
        with self._ctx.read() as s:
            return trip_issues(s, event_uuid)

    def left_behind(self, meeting_ids: list[int]) -> tuple[Message, ...]:
        """What of these meetings a trip copy does not carry (``trip_scope``)."""
        from .trip_scope import left_behind

        with self._ctx.read() as s:
            return left_behind(s, meeting_ids)

    def remember_uncarried(self, event_uuid: str) -> None:
        from .trip_scope import remember

        with self._ctx.write() as s:
            remember(s, event_uuid)

    def unbrought(self, event_uuid: str, changed: frozenset[str] | None = None) -> tuple[str, ...]:
        """What changed on this trip copy that Bring back cannot take (``trip_scope``;
        ``changed``: ``changed_parts`` when the caller has it already)."""
        from .trip_scope import unbrought

        with self._ctx.read() as s:
            return unbrought(s, event_uuid, changed)

    def carried(self, meeting_ids: list[int]) -> Any:
        """The negotiated texts and projects a copy of these meetings carries read-only
        (``trip_carry``), read from this (team) store."""
        from .trip_carry import read_carried

        with self._ctx.read() as s:
            return read_carried(s, meeting_ids)

    def refresh_carried(
        self, carried: Any, parts: tuple[str, ...], event_uuid: str
    ) -> tuple[str, ...]:
        """This copy's texts and projects (``parts``) replaced by the team store's; the
        parts whose rows changed, in words."""
        from .trip_carry import refresh

        with self._ctx.write() as s:
            changed = refresh(s, carried, parts, event_uuid)
            if changed:
                what = f"read-only from the team store: {', '.join(changed)}"
                self._ctx.audit(s, "trip refresh", "store", None, what)
            return changed

    def changed_parts(self, event_uuid: str) -> frozenset[str]:
        """The parts a copy does not bring back that changed on this laptop (never
        overwritten by a refresh: ``trip_scope``)."""
        from .trip_scope import changed_parts

        with self._ctx.read() as s:
            return changed_parts(s, event_uuid)

    def scope_ids(self, event_uuid: str) -> list[int]:
        """The event's meetings and, first, the earlier meetings they build on
        (``trip_scope.context_meetings``): what a trip copy exchanges."""
        from .trip_scope import context_meetings

        own = self.meeting_ids(event_uuid)
        with self._ctx.read() as s:
            return [*context_meetings(s, own), *own]

    def meeting_ids(self, event_uuid: str) -> list[int]:
        with self._ctx.read() as s:
            return list(
                s.scalars(
                    select(Meeting.id)
                    .join(Event, Event.id == Meeting.event_id)
                    .where(Event.uuid == event_uuid)
                    .order_by(Meeting.id)
                ).all()
            )

    def event_of(self, event_id: int) -> tuple[str, str, str]:
        """An event's UUID and title, and our delegation's code."""
        with self._ctx.write() as s:  # a row written by hand gets its UUID here
            from .sync.canon import give_uuids

            give_uuids(s)
            e = s.get(Event, event_id)
            if e is None:
                raise NotFoundError(
                    "There is no event {event_id} in this store.", event_id=event_id
                )
            code = s.scalar(select(StoreSetting.value).where(StoreSetting.key == OUR_DELEGATION))
            return str(e.uuid), e.short_title or e.title, code or ""


def trip_audience(team: Any, taken_for: str = Audience.HOD.value) -> Audience:
    """Who a trip copy is for: the head of delegation when the team store is signed in as
    the head or an alternate (or as its owner), the delegation for any other member (as a
    bundle to them would be, ``sync/withhold.audience_for``); never more than the copy was
    taken for (``taken_for``)."""
    signed = team.team.signed_in()
    head = signed is None or approves_briefs(signed.role)
    if head and taken_for == Audience.HOD.value:
        return Audience.HOD
    return Audience.DELEGATION


def take_trip(
    team: Any,
    event_id: int,
    to: Path | str,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> TripTaken:
    """A local store holding event ``event_id`` of ``team`` (a Services), at ``to``.

    Cancelled (``progress`` raises) or failed, no file is left at ``to``."""
    from .container import Services
    from .store_setup import create_store

    step = progress or _quiet
    target = Path(to)
    if target.exists():
        raise ValidationError(
            "{target} already exists: choose a new file for the trip copy.", target=target
        )
    step(0, 4, str(Message("Reading the event from the team store…")))
    event_uuid, title, code = team.trips.event_of(event_id)
    meetings = team.trips.meeting_ids(event_uuid)
    if not meetings:
        raise ValidationError("This event has no meetings: there is nothing to take.")
    audience = trip_audience(team)
    # One payload: the earlier meetings the event builds on (open actions carried over,
    # items followed on from) and the event's own, as Bring back sends them back; an
    # export orders its meetings itself and the merge places every record whatever its
    # meeting, so one export and one import do what one per meeting did.
    scope = team.trips.scope_ids(event_uuid)
    payload = team.sync.export_payload(
        scope,
        events=True,
        description=f"trip copy of {title}",
        audit_action="trip take",
        audience=audience,
    )
    behind = team.trips.left_behind(meetings)
    carried = team.trips.carried(scope)  # read-only there
    series = team.trips.reserve_series(title)  # before the copy: never one series twice
    n = len(payload.records)
    step(1, 4, str(Message("Creating the trip copy ({count:,} records)…", count=n)))
    trip: Any = None
    try:
        store = create_store(target, passphrase=passphrase, our_delegation_code=code,
                             title=f"Trip copy {series}: {title}")  # fmt: skip
        trip = Services.for_store(store, actor=team.actor)
        step(2, 4, str(Message("Writing {count:,} records into the trip copy…", count=n)))
        trip.sync.import_payload(
            payload, options(TEAM_STORE, team.actor), backup=False, audit_action="trip take"
        )
        trip.trips.mark(
            TripOf(
                team.locator.display,
                payload.store_id,
                event_uuid,
                title,
                series,
                audience.value,
                "" if team.actor == NOT_NAMED else team.actor,
            )
        )
        trip.trips.refresh_carried(carried, CARRIED_PARTS, event_uuid)
        trip.trips.remember_uncarried(event_uuid)
        _carry_keys(team, trip, TEAM_STORE)  # bundles at the venue (review s32 H26)
        step(3, 4, str(Message("Trip copy ready.")))
    except BaseException:
        if trip is not None:
            trip.close()
            trip = None
        _remove_store_file(target)
        raise
    finally:
        if trip is not None:
            trip.close()
    from .sync.withhold import left_out

    return TripTaken(target, title, len(meetings), len(payload.records), left_out(audience), behind)


def _issues_new(s: Any, issues: list[Any]) -> bool:
    """Whether the trip's register holds an entry the team store does not."""
    from ..domain.models import PackIssue

    uuids = [i.uuid for i in issues]
    held = set(s.scalars(select(PackIssue.uuid).where(PackIssue.uuid.in_(uuids))).all())
    return any(u not in held for u in uuids)


def _unsettled(s: Any, finals: dict[str, tuple[str, int | None]]) -> bool:
    """Whether an entry of the trip copy's register still has another number than the
    one the team store gave it (``settle_numbers``)."""
    from ..domain.models import PackIssue

    rows = s.execute(
        select(PackIssue.uuid, PackIssue.reference, PackIssue.addendum_no).where(
            PackIssue.uuid.in_(list(finals))
        )
    )
    return any((r.reference, r.addendum_no) != finals[r.uuid] for r in rows)


def _carry_keys(src: Any, dst: Any, origin: str, taker: Any = None) -> tuple[str, ...]:
    """The members' keys ``src`` holds that ``dst`` lacks (``trip_keys``): public parts,
    and the private key of the member signed in to ``taker`` (the team store) only; with
    ``taker`` (Bring back), only that member's keys come in: the others are named."""
    from .trip_keys import ALL, keys_in, keys_out, signed_in_uuid

    bringer = signed_in_uuid(taker or src)
    with src.ctx.read() as s:
        keys = keys_out(s, bringer)
    with dst.ctx.write() as s:
        _added, left = keys_in(dst.ctx, s, keys, origin, bringer if taker else ALL)
    return tuple(
        str(
            Message(
                "NOT brought back: a key made on the trip copy for {member}. Compare its "
                "fingerprint with {member} and import it with keys import.",
                member=name,
            )
        )
        for name in left
    )


def _remove_store_file(path: Path) -> None:
    """A trip copy left half made (cancelled, failed): gone, with its journal files."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


class SignInRefused(StoreError):
    """The team store's server refused the member's sign-in (a wrong or missing password):
    ``login`` is the name signed in with; nothing was changed on either side."""

    def __init__(self, said: StoreError, login: str) -> None:
        super().__init__(said.message_id, **said.message_values)
        self.login = login


def return_trip(
    trip: Any,
    team_passphrase: str | None = None,
    progress: Progress | None = None,
    password: str = "",
) -> TripReturned:
    """Merge the trip copy ``trip`` (a Services) into its team store, and back.

    Each direction is one transaction (a backup first).  Cancelled after the team store
    took the laptop's changes, the copy has not taken the team store's yet: bringing it
    back again finishes it (a merge done twice changes nothing more).  ``password``: the
    member's sign-in password for a team store on a server (typed, never stored; without
    one libpq looks in PGPASSWORD and ~/.pgpass); a refused sign-in is ``SignInRefused``."""
    from ..storage.backend import Failure
    from ..storage.pg_errors import classify
    from .container import Services

    step = progress or _quiet
    info = trip.trips.trip_of()
    if info is None:
        raise ValidationError("This store is not a trip copy: there is nothing to bring back.")
    where = Locator.parse(info.locator)
    # never the URL with the login (s33 R17)
    step(0, 5, str(Message("Connecting to {store}…", store=where.name)))
    try:
        team = Services.open(where.with_password(password), team_passphrase, actor=trip.actor)
    except StoreError as exc:
        if where.is_server and classify(exc.__cause__ or exc) is Failure.AUTH:
            raise SignInRefused(exc, where.fields().user) from exc
        raise
    try:
        if team.sync.store_id() != info.store_id:
            raise ValidationError(
                "{info_locator} is not the team store this trip copy was taken from "
                "(another store is there now): nothing was changed.",
                info_locator=info.locator,
            )
        step(1, 5, str(Message("Reading what changed on this laptop…")))
        here = trip.trips.scope_ids(info.event)
        # the exports' audit entries only once they bring something (review s33 R19)
        out = trip.sync.export_payload(here, events=True, audit_action=None)
        if out.store_id == info.store_id:
            raise ValidationError("The trip copy and its team store are the same store.")
        issues = trip.trips.register_out(info.event)
        origin = trip_copy(info.series, info.taker, trip.locator.name).text("en")  # stored
        brought = Brought({}, [])

        def enter(s: Any) -> None:  # the trip's register, in the same transaction
            got = bring_issues(team.ctx, s, issues, origin)
            brought.finals.update(got.finals)
            brought.entered.extend(got.entered)

        n = len(out.records)
        step(2, 5, str(Message("Merging {count:,} records into the team store…", count=n)))
        to_team = team.sync.import_payload(  # a brief's version: its author on the laptop,
            out,  # else the member signed in to bring it back (review s32 H3)
            into_team(origin, team.actor),
            audit_action="trip return",
            also=enter,
            also_new=lambda s: _issues_new(s, issues),
            quiet_audit=True,
        )
        if to_team.held:  # the register held already: the numbers it gave, to settle
            with team.ctx.read() as s:
                enter(s)
        else:
            trip.sync.audit_sent(here, out, "trip return")
        kept = trip.trips.changed_parts(info.event)  # never overwritten by the refresh
        unbrought = trip.trips.unbrought(info.event, kept)  # named, never lost in silence
        to_team = replace(
            to_team, register=tuple(brought.entered), notices=to_team.notices + unbrought
        )
        step(3, 5, str(Message("Reading what changed in the team store…")))
        there = team.trips.scope_ids(info.event)
        carried = team.trips.carried(there)
        back = team.sync.export_payload(  # never more than the copy may hold
            there,
            events=True,
            audit_action=None,
            audience=trip_audience(team, info.audience),
        )
        n = len(back.records)
        step(4, 5, str(Message("Merging {count:,} records into this trip copy…", count=n)))
        to_trip = trip.sync.import_payload(
            back,
            into_trip(origin, team.actor),
            audit_action="trip return",
            also=lambda s: settle_numbers(s, brought.finals),  # the final numbers
            also_new=lambda s: _unsettled(s, brought.finals),
            quiet_audit=True,
        )
        if not to_trip.held:
            team.sync.audit_sent(there, back, "trip return")
        to_trip = kept_there(to_trip, to_team.moves_lost, Message(TEAM_STORE), to_team.lines)
        keys_left = _carry_keys(trip, team, origin, taker=team)  # the venue's, and back
        _carry_keys(team, trip, TEAM_STORE)
        if keys_left:  # named, never lost in silence (review s33 R14)
            unbrought = unbrought + keys_left
            to_team = replace(to_team, notices=to_team.notices + keys_left)
        fresh = tuple(p for p in CARRIED_PARTS if p not in kept)
        refreshed = trip.trips.refresh_carried(carried, fresh, info.event)
        to_trip = replace(to_trip, refreshed=refreshed)
    finally:
        team.close()
    return TripReturned(to_team, to_trip, unbrought)
