"""The 100k-note list's floors: a bare QAbstractTableModel over the same rows.

The app sides are in ``benchmarks/notes_list.py`` (``APP_SIDES``, plugged in by
``harness.plug``); the 200-page pack is ``benchmarks/pack_build.py``'s case.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

from .harness import Case, Env, Run, Side, stopwatch

PAINT_TIMEOUT_S = 60


def wait_for_paint(app: Any, widget: Any) -> None:
    """Process events until ``widget`` has received a Paint event."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, _obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    try:
        while not painted:
            app.processEvents()
            if time.monotonic() > deadline:
                raise RuntimeError("the view was never painted")
    finally:
        widget.removeEventFilter(watch)


def _dispose(app: Any, view: Any) -> None:
    view.close()
    view.deleteLater()
    app.processEvents()


# -- the 100k-note list -----------------------------------------------------------------


def _list_open_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from .bare_floors import load_rows, make_view
        from .notes_list import notes_store

        app = env.qapp()
        store = notes_store(env)[0]  # the same file as the app side's

        def run() -> float:
            with stopwatch() as elapsed:
                view = make_view(load_rows(store))
                view.show()
                wait_for_paint(app, view.viewport())
            _dispose(app, view)
            return elapsed()

        yield run

    return Side("raw query + bare QAbstractTableModel in a QTableView, until painted", factory)


def _list_sort_floor() -> Side:
    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        from .bare_floors import SORT_COLUMN, load_rows, make_view
        from .notes_list import notes_store

        app = env.qapp()
        view = make_view(load_rows(notes_store(env)[0]))
        view.show()
        wait_for_paint(app, view.viewport())
        model = view.model()

        def run() -> float:
            with stopwatch() as elapsed:
                model.sort(SORT_COLUMN)
                wait_for_paint(app, view.viewport())
            model.sort(0)  # back to time order (not timed)
            wait_for_paint(app, view.viewport())
            return elapsed()

        try:
            yield run
        finally:
            _dispose(app, view)

    return Side("bare model: list.sort by speaker + layoutChanged, until repainted", factory)


CASES = [
    Case(
        name="notes_list_open",
        title="Open the 100k-note list",
        unit="ms",
        goal=1.3,
        floor=_list_open_floor(),
        pending="TODO(#4): the app's notes list (services + its QAbstractTableModel), "
        "APP_SIDES['notes_list_open'] in benchmarks/notes_list.py",
        how="one meeting holding all 100,000 notes; floor: every row read, then the first "
        "paint; app: the Notes tab pages, so to the first painted page (500 notes, the "
        "rest loads as the user scrolls)",
    ),
    Case(
        name="notes_list_sort",
        title="Sort the 100k-note list by speaker",
        unit="ms",
        goal=1.0,
        floor=_list_sort_floor(),
        pending="TODO(#4): APP_SIDES['notes_list_sort'] in benchmarks/notes_list.py",
        how="floor: all rows in memory, list.sort, repaint; app: a click on the Speaker "
        "header, the store sorts (keyset page on the sort key), first page repainted",
    ),
]
