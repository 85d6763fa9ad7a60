"""The app side of the 100k-note list: the Notes tab of a meeting holding every note.

The app lists notes per meeting (the Notes tab), so the list cases run on a copy
of the large store in which one meeting holds all 100,000 notes (the worst case
the tab must handle); the floors read the same rows from the same file.

The Notes tab pages: it loads the first 500 notes and more as the user scrolls,
and a header click sorts in the store (keyset paging on the sort key).  So
"open" is the time to the first painted page, and "sort" is a click on the
Speaker header to the repainted first page; the floors load and sort all rows
in Python.  ``docs/performance.md`` says so beside the figures.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .harness import Case, Env, Run, Side, stopwatch

NOTES_STORE = "notes-one-meeting.adgsom"
NOTES_STORE_10X = "notes-one-meeting-10x.adgsom"
TIMES = 10  # the large list: ten times the size's notes (1,000,000 at full size)


def notes_store(env: Env) -> tuple[Path, int]:
    """A copy of the large store with every note on its first meeting, and that meeting."""
    from adgsom_desktop.storage import sqlite_driver

    target = env.work / NOTES_STORE
    if not target.exists():
        building = env.work / (NOTES_STORE + ".building")
        shutil.copyfile(env.store, building)
        conn = sqlite_driver.connect(building)
        try:
            # Moving the notes must not re-index them (the search index is not used here).
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'note'"
            ).fetchall()
            for name, _sql in triggers:
                conn.execute(f"DROP TRIGGER {name}")
            conn.execute("UPDATE note SET meeting_id = (SELECT min(id) FROM meeting)")
            for _name, sql in triggers:
                conn.execute(sql)
            conn.commit()
        finally:
            conn.close()
        building.replace(target)
    conn = sqlite_driver.connect(target)
    try:
        (meeting_id,) = conn.execute("SELECT min(id) FROM meeting").fetchone()
    finally:
        conn.close()
    return target, int(meeting_id)


def notes_store_10x(env: Env) -> tuple[Path, int]:
    """The one-meeting store with every note copied nine more times (same meeting, same
    times: ties keep id order), indexes kept in step; the search index is not (unused)."""
    from adgsom_desktop.storage import sqlite_driver

    source, meeting_id = notes_store(env)
    target = env.work / NOTES_STORE_10X
    if not target.exists():
        building = env.work / (NOTES_STORE_10X + ".building")
        shutil.copyfile(source, building)
        conn = sqlite_driver.connect(building)
        try:
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'note'"
            ).fetchall()
            for name, _sql in triggers:
                conn.execute(f"DROP TRIGGER {name}")
            columns = [r[1] for r in conn.execute("PRAGMA table_info(note)") if r[1] != "id"]
            names = ", ".join(columns)
            # a copy is another note: its own UUID (records that travel, #17)
            values = ", ".join("lower(hex(randomblob(16)))" if c == "uuid" else c for c in columns)
            (last,) = conn.execute("SELECT max(id) FROM note").fetchone()
            conn.execute("BEGIN")
            for _ in range(TIMES - 1):
                conn.execute(
                    f"INSERT INTO note ({names}) SELECT {values} FROM note WHERE id <= ?",
                    (last,),
                )
            conn.execute("COMMIT")
            for _name, sql in triggers:
                conn.execute(sql)
            conn.execute("ANALYZE")
        finally:
            conn.close()
        building.replace(target)
    return target, meeting_id


@contextlib.contextmanager
def _notes_view(env: Env, times: int = 1) -> Iterator[tuple[Any, Any, int]]:
    """Open services on the notes store (not timed); yields (app, services, meeting id)."""
    from adgsom_desktop.services.container import Services

    app = env.qapp()
    path, meeting_id = notes_store(env) if times == 1 else notes_store_10x(env)
    services = Services.open(path, actor="benchmark")
    try:
        yield app, services, meeting_id
    finally:
        services.close()


def _show(app: Any, services: Any, meeting_id: int) -> Any:
    """The Notes tab of the meeting as the app shows it: filters filled, first page painted."""
    from adgsom_desktop.ui.room.notes_view import NotesView

    from .cases_qt import wait_for_paint

    view = NotesView(services)
    view.resize(1200, 800)
    view.show_record(meeting_id)
    view.show()
    wait_for_paint(app, view.table.viewport())
    return view


def _dispose(app: Any, view: Any) -> None:
    view.close()
    view.deleteLater()
    app.processEvents()


def _open_side(times: int = 1) -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        with _notes_view(env, times) as (app, services, meeting_id):

            def run() -> float:
                with stopwatch() as elapsed:
                    view = _show(app, services, meeting_id)
                total = view.model.total
                _dispose(app, view)
                if total < env.sizes.notes * times:
                    raise RuntimeError(
                        f"the list shows {total} notes, not {env.sizes.notes * times}"
                    )
                return elapsed()

            yield run

    return Side(
        "the meeting's Notes tab (NotesView.show_record: filters, count, first page of "
        "NoteService.page), until painted",
        factory,
    )


def _sort_side() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        from adgsom_desktop.ui.room.notes_table_model import COL_SPEAKER, COL_TIME

        from .cases_qt import wait_for_paint

        with _notes_view(env) as (app, services, meeting_id):
            view = _show(app, services, meeting_id)
            header = view.table.horizontalHeader()

            def click(section: int) -> None:
                x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
                QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

            def run() -> float:
                with stopwatch() as elapsed:
                    click(COL_SPEAKER)
                    wait_for_paint(app, view.table.viewport())
                first = view.model.rows[0].speaker_code if view.model.rows else None
                click(COL_TIME)  # back to time order (not timed)
                wait_for_paint(app, view.table.viewport())
                if header.sortIndicatorSection() != COL_TIME or first is None:
                    raise RuntimeError("the header click did not sort the list")
                return elapsed()

            try:
                yield run
            finally:
                _dispose(app, view)

    return Side(
        "a click on the Notes tab's Speaker header: NoteService.page sorted by speaker "
        "(in SQL), first page repainted",
        factory,
    )


def _memory_side() -> Side:
    from .cases_process import probe_side

    return probe_side(
        "app with the large store, the meeting's Notes tab shown, idle 1 s",
        "app",
        "list",
        "hwm_mib",
        store=lambda env: notes_store(env),
    )


def _open_floor_10x() -> Side:
    """Raw: the count and the first page (500 notes in time order) into a bare model."""

    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from .bare_floors import load_first_page, make_view
        from .cases_qt import wait_for_paint

        app = env.qapp()
        store, meeting_id = notes_store_10x(env)

        def run() -> float:
            with stopwatch() as elapsed:
                total, rows = load_first_page(store, meeting_id)
                view = make_view(rows)
                view.show()
                wait_for_paint(app, view.viewport())
            _dispose(app, view)
            if total < env.sizes.notes * TIMES:
                raise RuntimeError(f"the floor counted {total} notes")
            return elapsed()

        yield run

    return Side(
        "raw: count(*) and the first 500 notes in time order (one query each, the same "
        "joins) into a bare QAbstractTableModel in a QTableView, until painted",
        factory,
    )


CASES = [
    Case(
        name="notes_list_open_10x",
        title="Open the list at 10x the notes (1,000,000 at full size)",
        unit="ms",
        goal=1.5,
        floor=_open_floor_10x(),
        app=_open_side(TIMES),
        how="one meeting holding ten times the size's notes; both sides count the list and "
        "show its first page (500 notes) until painted",
    ),
]

APP_SIDES = {
    "notes_list_open": _open_side(),
    "notes_list_sort": _sort_side(),
    "memory_notes_list": _memory_side(),
}
