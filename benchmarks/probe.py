"""A child process for start-up and memory measurements (one fresh process per run).

    python -m benchmarks.probe {bare|app} {paint|ready|idle|list} [STORE [MEETING]]

``bare`` shows a bare PySide6 main window; ``app`` starts the real app
(``adgsom_desktop.app.run_gui``) on STORE.  The same probe watches both: an
application-wide event filter notes the first Paint event of a top-level
window.  ``paint`` exits there; ``ready`` waits until the store's agenda tree
is painted (the app: the tree read on its worker and painted, its services still
loading; bare: one raw query into a QTreeView); ``idle`` waits for that (the app:
and for its services), idles a second, and reports the peak resident memory (VmHWM); ``list`` shows the 100k-note table
instead (bare: a QTableView over all notes after the first paint; app: once the
store is shown, MEETING is selected in the navigation and its Notes tab opened,
as a user does), idles a second and reports the peak.  Prints one JSON line with monotonic
clock readings, which the parent compares with its own clock before spawning.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

# Imports are kept to what both sides need: anything more here would be charged
# to the bare floor too and flatter the app's ratio.

IDLE_MS = 1000


def peak_rss_mib() -> float:
    """Peak resident set size of this process (Linux VmHWM; ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mib() -> float:
    """Resident set size now (Linux VmRSS; 0 elsewhere): what idling holds, beside the peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main(argv: list[str]) -> int:
    kind, what = argv[0], argv[1]
    store = argv[2] if len(argv) > 2 else None
    meeting = int(argv[3]) if len(argv) > 3 else None
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    marks: dict[str, Any] = {}
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def finish() -> None:
        import json

        marks["hwm_mib"] = peak_rss_mib()
        marks["rss_mib"] = rss_mib()
        sys.stdout.write(json.dumps(marks) + "\n")
        sys.stdout.flush()
        os._exit(0)  # teardown is not measured, and a store job may still run

    def idle_then_finish() -> None:
        QTimer.singleShot(IDLE_MS, finish)

    state: dict[str, Any] = {"window": None}

    def store_shown(window: Any) -> bool:
        nav = getattr(window, "nav", None)
        return bool(nav is not None and nav.isVisible() and nav.model.rowCount() > 0)

    class Watch(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() != QEvent.Type.Paint:
                return False
            if "paint" not in marks and isinstance(obj, QWidget) and obj.isWindow():
                marks["paint"] = time.monotonic()
                state["window"] = obj
                if what == "paint":
                    finish()
                elif kind == "bare":
                    QTimer.singleShot(0, after_bare_paint)
            elif kind == "bare" and "tree" in state and "ready" not in marks:
                if obj is state["tree"].viewport():
                    marks["ready"] = time.monotonic()
                    finish() if what == "ready" else idle_then_finish()
            elif kind == "app" and "paint" in marks and "ready" not in marks:
                window = state["window"]
                if window is not None and store_shown(window):
                    marks["ready"] = time.monotonic()
                    if what == "ready":
                        finish()
                    elif what == "list":
                        QTimer.singleShot(0, lambda: when_open(show_notes))
                    else:
                        # Idle memory: of the app at work (its services loaded), not of the
                        # tree painted while they load.
                        QTimer.singleShot(0, lambda: when_open(idle_then_finish))
            elif (
                kind == "app"
                and "notes" in state
                and "listed" not in marks
                and obj is state["notes"].table.viewport()
            ):
                marks["listed"] = time.monotonic()
                idle_then_finish()
            return False

    def when_open(then: Any) -> None:
        """``then`` once the store's services are loaded (the tree is painted before)."""
        if getattr(state["window"], "services", None) is None:
            QTimer.singleShot(5, lambda: when_open(then))
            return
        marks.setdefault("services", time.monotonic())
        then()

    def show_notes() -> None:
        """Select the meeting in the navigation and open its Notes tab, as a user does."""
        window = state["window"]
        assert meeting is not None
        if not window.nav.select("meeting", meeting):
            window.detail.show_record("meeting", meeting)
        tabs = window.detail.tabs("meeting")
        view = tabs.findChild(QWidget, "meetingNotes")
        state["notes"] = view
        tabs.setCurrentWidget(view)

    def after_bare_paint() -> None:
        if what in ("ready", "idle"):
            from pathlib import Path

            from .bare_floors import make_tree

            assert store is not None
            window = state["window"]
            tree = make_tree(Path(store))
            window.setCentralWidget(tree)
            state["tree"] = tree
            tree.viewport().installEventFilter(watch)
            return
        if what == "list":
            from pathlib import Path

            from .bare_floors import load_rows, make_view

            assert store is not None
            view = make_view(load_rows(Path(store)))
            state["view"] = view
            view.show()
            QTimer.singleShot(0, idle_then_finish)
        else:
            idle_then_finish()

    watch = Watch()
    app.installEventFilter(watch)
    if kind == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return int(app.exec())
    from pathlib import Path

    from adgsom_desktop.app import run_gui

    return run_gui(store=Path(store) if store else None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
