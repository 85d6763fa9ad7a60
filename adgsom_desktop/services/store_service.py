"""What a store holds, and the database check (integrity plus the app's own rules)."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.models import (
    ActionItem,
    AgendaItem,
    AuditEntry,
    Delegation,
    Event,
    Meeting,
    Note,
    Outcome,
    Person,
    Position,
    PositionVersion,
    StanceRecord,
)
from ..storage import migrate, search_index, sqlite_driver
from .agenda_queries import numbering_inputs, renumber
from .changes import Change, ChangeKind
from .context import ServiceContext
from .numbering import compute_numbers
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
    ("audit entries", AuditEntry),
)


class StoreService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

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
        numbers, missing first versions): nothing a user typed is changed.
        """
        problems: list[str] = []
        fixed: list[str] = []
        details: list[str] = []
        store = self._ctx.store
        revision = store.revision()
        with store.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            if rows != ["ok"]:
                problems.extend(f"SQLite integrity: {r}" for r in rows[:20])
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
                    fixed.append(msg + ": rebuilt")
                else:
                    problems.append(msg)
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
                msg = f"agenda numbering out of step in {bad_numbers} meeting(s)"
                (fixed if repair else problems).append(msg + (": renumbered" if repair else ""))
            unversioned = (
                s.scalar(select(func.count()).select_from(Position).where(Position.version_no == 0))
                or 0
            )
            if unversioned:
                problems.append(f"{unversioned} position(s) without a saved version")
            details.append(f"Agendas checked: {len(meetings)} meeting(s)")
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
