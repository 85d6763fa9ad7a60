"""What a store holds, and the database check (integrity plus the app's own rules)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.locator import Locator
from ..domain.models import (
    ActionItem,
    AgendaItem,
    AuditEntry,
    Delegation,
    Event,
    Meeting,
    Note,
    NoteVersion,
    Outcome,
    Person,
    Position,
    PositionVersion,
    Project,
    ProjectProgress,
    StanceRecord,
)
from ..i18n.messages import counted
from ..storage import migrate
from ..storage.backend import Capability
from .agenda_queries import numbering_inputs, renumber
from .audit_service import AuditService
from .changes import Change, ChangeKind
from .context import ServiceContext
from .note_writes import snapshot as _snap
from .numbering import compute_numbers
from .position_rows import write_version
from .records import CheckReport, StoreInfo
from .settings_service import read_settings

COUNTED = (
    ("delegations", Delegation),
    ("people", Person),
    ("events", Event),
    ("meetings", Meeting),
    ("agenda items", AgendaItem),
    ("positions", Position),
    ("position versions", PositionVersion),
    ("stances", StanceRecord),
    ("notes", Note),
    ("action items", ActionItem),
    ("outcomes", Outcome),
    ("projects", Project),
    ("project reviews", ProjectProgress),
    ("audit entries", AuditEntry),
)


# What opening the store found interrupted (the kinds of its stale temporaries), in words.
INTERRUPTED = {
    "encrypt": (
        "Encrypting this store was interrupted: the store and its backups are still plain "
        "(not encrypted). Encrypt it again."
    ),
    "rekey": (
        "Changing the passphrase was interrupted: the current passphrase still opens the "
        "store and its backups. Change it again."
    ),
    "restore": "Putting a backup in place was interrupted: the store was not replaced.",
}


class StoreService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def interrupted(self) -> tuple[str, ...]:
        """What opening the store found interrupted and undid (say it to the user)."""
        return tuple(INTERRUPTED[k] for k in self._ctx.backend.interrupted if k in INTERRUPTED)

    # -- what the GUI and the CLI may know of the store (never the backend itself) -----
    @property
    def locator(self) -> Locator:
        return self._ctx.backend.locator

    @property
    def capabilities(self) -> frozenset[Capability]:
        return self._ctx.backend.capabilities

    def can(self, capability: Capability) -> bool:
        return capability in self._ctx.backend.capabilities

    @property
    def encrypted(self) -> bool:
        return self._ctx.backend.encrypted

    @property
    def damaged(self) -> str | None:
        """What the engine said when damage was found (then nothing is written), or None."""
        return self._ctx.backend.damaged

    @property
    def closed(self) -> bool:
        return self._ctx.backend.closed

    def on_damaged(self, listener: Callable[[Exception], None]) -> Callable[[], None]:
        """Call ``listener`` (on the thread that found it) when damage is first found;
        returns a function that stops it."""
        return self._ctx.backend.on_damaged(listener)

    def info(self) -> StoreInfo:
        backend = self._ctx.backend
        with self._ctx.read() as s:
            counts = {}
            for label, model in COUNTED:
                stmt = select(func.count()).select_from(model)
                if model is Note:
                    stmt = stmt.where(Note.deleted_at.is_(None))
                counts[label] = int(s.scalar(stmt) or 0)
            settings = read_settings(s)
        about = backend.info()
        return StoreInfo(
            locator=about.locator,
            title=settings.title,
            encrypted=about.encrypted,
            revision=about.revision,
            engine=about.engine,
            size_bytes=about.size_bytes,
            our_delegation=settings.our_delegation_code,
            counts=counts,
            shared=Capability.SHARED in backend.capabilities,
        )

    def check(self, repair: bool = False) -> CheckReport:
        """Run the engine's own checks and the app's invariants; optionally repair.

        Repairs are limited to derived data (search index, automatic agenda
        numbers, missing history versions, the audit log's recorded head,
        leftovers of interrupted operations): nothing a user typed is changed.
        A second run after a repair finds nothing.  A damaged file is reported,
        never repaired in place (restore a backup).
        """
        try:
            return self._check(repair)
        except sa_exc.DatabaseError as exc:
            detail = str(exc.orig or exc).rstrip(".")
            if self._ctx.backend.damage_in(exc) is not None:
                self._ctx.backend.mark_damaged(detail)  # nothing more is written to it
            return CheckReport(
                False,
                None,
                migrate.HEAD_REVISION,
                (f"the store is damaged and cannot be read: {detail}",),
            )

    def _check(self, repair: bool) -> CheckReport:
        problems: list[str] = []
        fixed: list[str] = []
        details: list[str] = []
        backend = self._ctx.backend
        revision = backend.revision()
        health = backend.health(repair=repair)  # the engine's checks, and the file's own
        problems.extend(health.problems)
        details.extend(health.details)
        fixed.extend(health.fixed)
        if revision != migrate.HEAD_REVISION:
            problems.append(f"schema {revision} is not the current {migrate.HEAD_REVISION}")
        else:
            details.append(f"Schema revision: {revision} (current)")
        if not health.sound or revision != migrate.HEAD_REVISION:
            # a damaged file or an unknown schema: no app-level repair is attempted on it
            return CheckReport(
                False, revision, migrate.HEAD_REVISION, tuple(problems), (), tuple(details)
            )

        def found(msg: str, fix_msg: str) -> None:
            (fixed if repair else problems).append(f"{msg}: {fix_msg}" if repair else msg)

        index = backend.search
        with self._ctx.write() if repair else self._ctx.read() as s:
            conn = s.connection()
            actual, expected = index.rows(conn)
            index_ok = expected == actual and index.verify(conn) is None
            if not index_ok:
                msg = f"search index out of step ({actual} rows, {expected} expected)"
                if repair:
                    index.rebuild(conn)
                found(msg, "rebuilt")
            else:
                details.append(f"Search index: {actual} records")
            meetings = list(s.scalars(select(Meeting.id)))
            bad_numbers = 0
            for meeting_id in meetings:
                expected_numbers = compute_numbers(numbering_inputs(s, meeting_id))
                stored = dict(
                    s.execute(
                        select(AgendaItem.id, AgendaItem.number).where(
                            AgendaItem.meeting_id == meeting_id
                        )
                    ).all()
                )
                if any(stored[i] != n for i, n in expected_numbers.items()):
                    bad_numbers += 1
                    if repair:
                        renumber(s, meeting_id)
            if bad_numbers:
                found(
                    f"agenda numbering out of step in {counted(bad_numbers, 'meeting')}",
                    "renumbered",
                )
            details.append(f"Agendas checked: {counted(len(meetings), 'meeting')}")
            unversioned = list(s.scalars(select(Position).where(Position.version_no == 0)))
            if unversioned:
                if repair:
                    for pos in unversioned:
                        write_version(s, pos, "check", "first version written by the check")
                found(
                    f"{counted(len(unversioned), 'position')} without a saved version",
                    "version written",
                )
            missing = _notes_without_current_version(s)
            if missing:
                if repair:
                    for n in missing:
                        s.add(NoteVersion(note_id=n.id, version_no=n.version_no, snapshot=_snap(n)))
                found(
                    f"{counted(len(missing), 'note')} without their current version",
                    "version written",
                )
            if not unversioned and not missing:
                details.append("History: every position and note has its current version")
            audit = AuditService(self._ctx)
            report = audit._verify_in(s)
            if report.problems:
                problems.extend(f"audit log: {p.text}" for p in report.problems[:10])
                problems.append(
                    "the audit log was edited outside the app: restore a backup to see the "
                    "original entries"
                )
            elif not report.anchored and report.entries:
                if repair:
                    audit._anchor_in(s)
                found("the audit log's newest entry is not recorded apart", "recorded")
            else:
                details.append(f"Audit log: {report.entries:,} entries, chain intact")
            if repair and fixed:
                self._ctx.audit(s, "check", "store", None, "; ".join(fixed)[:2000])
        if fixed:
            self._ctx.publish(Change(ChangeKind.STORE))
        return CheckReport(
            not problems,
            revision,
            migrate.HEAD_REVISION,
            tuple(problems),
            tuple(fixed),
            tuple(details),
        )


def _notes_without_current_version(s: Session) -> list[Note]:
    has = (
        select(NoteVersion.id)
        .where(NoteVersion.note_id == Note.id, NoteVersion.version_no == Note.version_no)
        .exists()
    )
    return list(s.scalars(select(Note).where(~has)))
