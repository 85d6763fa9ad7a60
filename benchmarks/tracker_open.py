"""Opening the cooperation tracker over 5,000 projects with 50,000 reviews.

The app side builds the tracker window as View > Cooperation tracker does (its rows
read through ``ProjectService.rows``: five Core statements into ``ProjectRow``s,
the framework elements and partners for the filters, the filter pass, the table
model, the selected project's panel) until the table is painted.  The floor reads
the same rows with one raw SQL statement on the DB-API connection into tuples and
shows them in a bare ``QAbstractTableModel`` in a ``QTableView``, until painted.

The tracker store is written once per size (raw ``executemany``, not timed).
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .harness import Case, Env, Run, Side, stopwatch

COUNTS = {"full": (5_000, 10), "small": (1_000, 10), "tiny": (60, 10)}  # projects, reviews each
PARTNERS = ("JP", "KR", "CN", "EU", "ITU", "AU", "IN", "US", "UK", "NZ", "CA")
STATUSES = ("proposed", "approved", "ongoing", "completed", "extended", "dropped")

# The same rows as the tracker's table, in one statement on the DB-API connection: leads
# and outcomes concatenated, reviews counted with the newest one's day and decision, the
# next open milestone.
FLOOR_SQL = """
SELECT p.id, p.code, p.title, d.code, d.name, p.funder, p.amount, p.currency, p.start_date,
       p.end_date, p.phase, p.status, p.involvement, p.implementing_body,
       (SELECT group_concat(ld.code, ', ') FROM project_lead AS pl
          JOIN delegation AS ld ON ld.id = pl.delegation_id WHERE pl.project_id = p.id),
       (SELECT group_concat(f.code || ' ' || t.code, ', ') FROM project_outcome AS po
          JOIN adm_tag AS t ON t.id = po.tag_id JOIN framework AS f ON f.id = t.framework_id
          WHERE po.project_id = p.id),
       r.n, r.last, r.decision,
       (SELECT min(m.due_date) FROM project_milestone AS m
          WHERE m.project_id = p.id AND m.done_date IS NULL)
FROM project AS p
LEFT JOIN delegation AS d ON d.id = p.partner_id
LEFT JOIN (SELECT project_id, count(*) AS n, max(review_date) AS last, decision
           FROM project_progress GROUP BY project_id) AS r ON r.project_id = p.id
ORDER BY p.code
"""


def tracker_store(env: Env) -> Path:
    """A store holding only the tracker: N projects, 10 reviews and 2 milestones each."""
    from adgsom_desktop.services.store_setup import create_store
    from adgsom_desktop.storage import sqlite_driver

    projects, reviews = COUNTS.get(env.sizes.name, COUNTS["full"])
    target = env.work / f"tracker-{projects}.adgsom"
    if target.exists():
        return target
    building = env.work / f"tracker-{projects}.building.adgsom"
    building.unlink(missing_ok=True)
    create_store(building, our_delegation_code="TH").close()
    conn = sqlite_driver.connect(building)
    try:
        rnd = random.Random(env.seed)
        ids = dict(conn.execute("SELECT code, id FROM delegation").fetchall())
        members = [
            ids[c] for c in ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN")
        ]
        tags = [r[0] for r in conn.execute("SELECT id FROM adm_tag").fetchall()]
        now = "2026-01-01 00:00:00"
        rows, leads, outcomes, progress, milestones = [], [], [], [], []
        for n in range(1, projects + 1):
            start = date(2020, 1, 1) + timedelta(days=rnd.randrange(3000))
            end = start + timedelta(days=rnd.randrange(200, 1800))
            rows.append(
                (
                    n,
                    f"P-{n:05d}",
                    f"Regional digital cooperation project {n} (ความร่วมมือ)",
                    ids[rnd.choice(PARTNERS)],
                    "Demo fund",
                    str(rnd.randrange(10**5, 10**7)),
                    "USD",
                    "ASEC",
                    start.isoformat(),
                    end.isoformat(),
                    "Phase 1",
                    rnd.choice(STATUSES),
                    "none",
                    "",
                    "",
                    "",
                    None,
                    "",
                    now,
                    now,
                )
            )
            for m in rnd.sample(members, 2):
                leads.append((n, m))
            for t in rnd.sample(tags, 2):
                outcomes.append((n, t))
            for k in range(reviews):
                progress.append(
                    (
                        n,
                        None,
                        f"{k + 1}th JWG",
                        (start + timedelta(days=90 * k)).isoformat(),
                        None,
                        "Progress reported on the work plan.",
                        f"Decision {k + 1}",
                        now,
                    )
                )
            for k in range(2):
                milestones.append(
                    (
                        n,
                        k,
                        "milestone",
                        f"Milestone {k + 1}",
                        (start + timedelta(days=200 * (k + 1))).isoformat(),
                        None,
                    )
                )
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO project (id, code, title, partner_id, funder, amount, currency,"
            " implementing_body, start_date, end_date, phase, status, involvement, description,"
            " remarks, next_phase, our_stance, our_position, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        conn.executemany("INSERT INTO project_lead VALUES (?, ?)", leads)
        conn.executemany("INSERT INTO project_outcome VALUES (?, ?)", outcomes)
        conn.executemany(
            "INSERT INTO project_progress (project_id, meeting_id, meeting_label, review_date,"
            " status, progress, decision, created_at) VALUES (?,?,?,?,?,?,?,?)",
            progress,
        )
        conn.executemany(
            "INSERT INTO project_milestone (project_id, ord, kind, title, due_date, done_date)"
            " VALUES (?,?,?,?,?,?)",
            milestones,
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    building.replace(target)
    return target


def _dispose(app: Any, widget: Any) -> None:
    """Close and really delete the window (deferred deletes are not run by processEvents)."""
    from PySide6.QtCore import QEvent

    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _app_side() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from adgsom_desktop.services.container import Services
        from adgsom_desktop.ui.tracker.tracker_window import TrackerWindow

        from .cases_qt import wait_for_paint

        app = env.qapp()
        path = tracker_store(env)
        services = Services.open(path, actor="benchmark")
        expected = COUNTS.get(env.sizes.name, COUNTS["full"])[0]
        try:

            def run() -> float:
                with stopwatch() as elapsed:
                    win = TrackerWindow(services, wait=True)
                    win.resize(1200, 800)
                    win.show()
                    wait_for_paint(app, win.table.viewport())
                shown = win.model.rowCount()
                _dispose(app, win)
                if shown != expected:
                    raise RuntimeError(f"the tracker shows {shown} projects, not {expected}")
                return elapsed()

            yield run
        finally:
            services.close()

    return Side(
        "the tracker window (TrackerWindow: ProjectService.rows, filters filled, table "
        "model, the first project's panel), until the table is painted",
        factory,
    )


def _floor_side() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        from adgsom_desktop.storage import sqlite_driver

        from .cases_qt import wait_for_paint

        class Bare(QAbstractTableModel):
            def __init__(self, rows: list[Any]) -> None:
                super().__init__()
                self.rows = rows

            def rowCount(self, parent: Any = QModelIndex()) -> int:
                return len(self.rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:
                return 13

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(self.rows[index.row()][index.column() + 1])
                return None

        app = env.qapp()
        path = tracker_store(env)
        conn = sqlite_driver.connect(path)
        try:

            def run() -> float:
                with stopwatch() as elapsed:
                    rows = conn.execute(FLOOR_SQL).fetchall()
                    view = QTableView()
                    model = Bare(rows)
                    view.setModel(model)
                    view.resize(1200, 800)
                    view.show()
                    wait_for_paint(app, view.viewport())
                _dispose(app, view)
                return elapsed()

            yield run
        finally:
            conn.close()

    return Side(
        "raw SQL (one statement with the same aggregates) into tuples, a bare "
        "QAbstractTableModel in a QTableView, until painted",
        factory,
    )


CASES = [
    Case(
        name="tracker_open",
        title="Open the cooperation tracker (5,000 projects, 50,000 reviews)",
        unit="ms",
        goal=1.5,
        floor=_floor_side(),
        app=_app_side(),
        how="a store with 5,000 projects (2 leads, 2 outcomes, 2 milestones, 10 reviews each)",
    ),
]
