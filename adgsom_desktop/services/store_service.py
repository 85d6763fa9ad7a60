"""What a store holds, and the database check (integrity plus the app's own rules)."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from ..storage import backup, migrate, search_index, sqlite_driver
from ..storage.store import Store
from ..storage.store import leftovers as store_leftovers
from .agenda_queries import numbering_inputs, renumber
from .audit_service import AuditService
from .changes import Change, ChangeKind
from .context import ServiceContext
from .note_service import _snapshot as _snap
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
        return tuple(INTERRUPTED[k] for k in self._ctx.store.interrupted if k in INTERRUPTED)

    def info(self) -> StoreInfo:
        store = self._ctx.store
        with self._ctx.read() as s:
            counts = {}
            for label, model in COUNTED:
                stmt = select(func.count()).select_from(model)
                if model is Note:
                    stmt = stmt.where(Note.deleted_at.is_(None))
                counts[label] = int(s.scalar(stmt) or 0)
            settings = read_settings(s)
        return StoreInfo(
            path=store.path,
            title=settings.title,
            encrypted=store.encrypted,
            revision=store.revision(),
            sqlite_version=sqlite_driver.sqlite_version(),
            size_bytes=store.path.stat().st_size,
            our_delegation=settings.our_delegation_code,
            counts=counts,
        )

    def check(self, repair: bool = False) -> CheckReport:
        """Run SQLite's integrity check and the app's invariants; optionally repair.

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
            if sqlite_driver.damage_in(exc) is not None:
                self._ctx.store.mark_damaged(detail)  # nothing more is written to it
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
        store = self._ctx.store
        revision = store.revision()
        with store.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"SQLite integrity: {r}" for r in rows[:20])
                store.mark_damaged("; ".join(rows[:3]))  # nothing more is written to it
            else:
                details.append("SQLite integrity check: ok")
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{len(fk)} rows point to records that no longer exist")
            conn.rollback()
        if revision != migrate.HEAD_REVISION:
            problems.append(f"schema {revision} is not the current {migrate.HEAD_REVISION}")
        else:
            details.append(f"Schema revision: {revision} (current)")
        if problems:  # a damaged file: do not attempt app-level repairs on it
            return CheckReport(
                False, revision, migrate.HEAD_REVISION, tuple(problems), (), tuple(details)
            )

        def found(msg: str, fix_msg: str) -> None:
            (fixed if repair else problems).append(f"{msg}: {fix_msg}" if repair else msg)

        leftovers = store_leftovers(store.path)
        if leftovers:
            if repair:
                for leftover in leftovers:
                    backup.wipe(leftover)
            found(f"{len(leftovers)} leftover file(s) of an interrupted operation", "removed")
        details.append(_encryption_state(store))
        plain = store.plain_backups()
        if plain:
            names = ", ".join(p.name for p in plain[:3]) + (" …" if len(plain) > 3 else "")
            what = f"{len(plain)} plain (unencrypted) backup(s) beside an encrypted store ({names})"
            if repair:
                store.encrypt_backups(plain)
                fixed.append(f"{what}: encrypted with the store's passphrase")
            else:
                problems.append(
                    f"{what}: --repair (or Tools > Check database) encrypts them with the "
                    "store's passphrase; or delete them (Tools > Backups)"
                )

        with self._ctx.write() if repair else self._ctx.read() as s:
            conn = s.connection()
            expected = search_index.expected_row_count(conn)
            actual = search_index.index_row_count(conn)
            index_ok = expected == actual
            if index_ok:
                try:
                    conn.exec_driver_sql(
                        f"INSERT INTO {search_index.FTS_TABLE}({search_index.FTS_TABLE}) "
                        "VALUES ('integrity-check')"
                    )
                except Exception:
                    index_ok = False
            if not index_ok:
                msg = f"search index out of step ({actual} rows, {expected} expected)"
                if repair:
                    search_index.rebuild(conn)
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
                found(f"agenda numbering out of step in {bad_numbers} meeting(s)", "renumbered")
            details.append(f"Agendas checked: {len(meetings)} meeting(s)")
            unversioned = list(s.scalars(select(Position).where(Position.version_no == 0)))
            if unversioned:
                if repair:
                    for pos in unversioned:
                        write_version(s, pos, "check", "first version written by the check")
                found(f"{len(unversioned)} position(s) without a saved version", "version written")
            missing = _notes_without_current_version(s)
            if missing:
                if repair:
                    for n in missing:
                        s.add(NoteVersion(note_id=n.id, version_no=n.version_no, snapshot=_snap(n)))
                found(f"{len(missing)} note(s) without their current version", "version written")
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


def _encryption_state(store: Store) -> str:
    count = len(backup.list_backups(store.path))
    if store.encrypted:
        return f"Encryption: the store is encrypted, and so are its backups ({count})"
    return f"Encryption: none: the store and its backups ({count}) are plain"


def _notes_without_current_version(s: Session) -> list[Note]:
    has = (
        select(NoteVersion.id)
        .where(NoteVersion.note_id == Note.id, NoteVersion.version_no == Note.version_no)
        .exists()
    )
    return list(s.scalars(select(Note).where(~has)))
