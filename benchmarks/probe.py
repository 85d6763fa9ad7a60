"""A child process for start-up and memory measurements (one fresh process per run).

    python -m benchmarks.probe {bare|app} {paint|ready|idle|list} [STORE]

``bare`` shows a bare PySide6 main window; ``app`` starts the real app
(``adgsom_desktop.app.run_gui``) on STORE.  The same probe watches both: an
application-wide event filter notes the first Paint event of a top-level
window.  ``paint`` exits there; ``ready`` (app) waits until the store is open
and its navigation tree is painted; ``idle`` waits for that, idles a second,
and reports the peak resident memory (VmHWM); ``list`` (bare) also shows the
100k-note table and reports the peak.  Prints one JSON line with monotonic
clock readings, which the parent compares with its own clock before spawning.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

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


def main(argv: list[str]) -> int:
    kind, what = argv[0], argv[1]
    store = Path(argv[2]) if len(argv) > 2 else None
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    marks: dict[str, Any] = {}
    app = QApplication.instance() or QApplication(sys.argv[:1])

    def finish() -> None:
        marks["hwm_mib"] = peak_rss_mib()
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
            elif kind == "app" and "paint" in marks and "ready" not in marks:
                window = state["window"]
                if window is not None and store_shown(window):
                    marks["ready"] = time.monotonic()
                    if what == "ready":
                        finish()
                    else:
                        idle_then_finish()
            return False

    def after_bare_paint() -> None:
        if what == "list":
            from .bare_notes import load_rows, make_view

            assert store is not None
            view = make_view(load_rows(store))
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
    from adgsom_desktop.app import run_gui

    return run_gui(store=store)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
