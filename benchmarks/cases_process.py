"""Cases measured in a fresh process per run: cold start and peak memory."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .harness import Case, Env, Run, Side, cpu_clock

ROOT = Path(__file__).resolve().parent.parent
PROBE_TIMEOUT_S = 180


def run_probe(env: Env, home: Path, *args: str) -> tuple[float, dict[str, Any]]:
    """Spawn the probe; return the monotonic time just before the spawn and its report."""
    child_env = dict(os.environ)
    child_env["PYTHONPATH"] = str(ROOT) + os.pathsep + child_env.get("PYTHONPATH", "")
    child_env["ADGSOM_DESKTOP_HOME"] = str(home)
    cmd = [sys.executable, "-m", "benchmarks.probe", *args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=PROBE_TIMEOUT_S,
        env=child_env,
        cwd=str(ROOT),
        stdin=subprocess.DEVNULL,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"probe {' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}"
        )
    marks = json.loads(lines[-1])
    # The probe's own CPU time until it stopped at its mark (it exits there).
    marks["cpu_ms"] = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return started, marks


StoreOf = Callable[[Env], tuple[Path, int]]


def probe_side(label: str, kind: str, what: str, metric: str, store: bool | StoreOf) -> Side:
    """A side run in a fresh probe process per run; ``store``: the shared copy of the
    large store (True), none (False), or a function giving a store and a record id."""

    @contextlib.contextmanager
    def factory(env: Env) -> Iterator[Run]:
        home = env.work / f"home-{kind}-{what}"
        home.mkdir(parents=True, exist_ok=True)
        args = [kind, what]
        if callable(store):
            path, record_id = store(env)
            args += [str(path), str(record_id)]
        elif store:
            args.append(str(env.shared_store()))

        def run() -> float:
            started, marks = run_probe(env, home, *args)
            if metric == "hwm_mib":
                return float(marks["hwm_mib"])
            if cpu_clock():
                return float(marks["cpu_ms"])
            return (float(marks[metric]) - started) * 1000

        yield run

    return Side(label, factory)


def _notes_store(env: Env) -> tuple[Path, int]:
    from .notes_list import notes_store

    return notes_store(env)


BARE_WINDOW = "bare PySide6 QMainWindow, fresh process"
BARE_TREE = (
    "bare window, then one raw sqlcipher3 query of events, meetings and items into a "
    "QStandardItemModel tree (fresh process)"
)

CASES = [
    Case(
        name="cold_start",
        title="Cold start to the painted main window (large store)",
        unit="ms",
        goal=1.5,
        floor=probe_side(BARE_WINDOW, "bare", "paint", "paint", store=False),
        app=probe_side("adgsom_desktop.app.run_gui --store LARGE", "app", "paint", "paint", True),
        how="fresh process per run, from spawn to the first Paint event of the top-level window "
        "(same event filter in both)",
    ),
    Case(
        name="cold_start_store_shown",
        title="Cold start until the large store's agenda tree is painted",
        unit="ms",
        goal=2.0,
        floor=probe_side(BARE_TREE, "bare", "ready", "ready", store=True),
        app=probe_side(
            "run_gui: the store's tree read with plain SQL on a worker and painted (its "
            "services load after that)",
            "app",
            "ready",
            "ready",
            True,
        ),
        how="fresh process per run, from spawn to the first paint of the filled tree",
    ),
    Case(
        name="memory_idle",
        title="Peak memory, idle (large store shown)",
        unit="MiB",
        goal=1.5,
        floor=probe_side(BARE_TREE + ", idle 1 s", "bare", "idle", "hwm_mib", store=True),
        app=probe_side(
            "app with the large store shown and its services loaded, idle 1 s",
            "app",
            "idle",
            "hwm_mib",
            True,
        ),
        how="peak resident memory (VmHWM) of a fresh process",
    ),
    Case(
        name="memory_notes_list",
        title="Peak memory with the 100k-note list shown",
        unit="MiB",
        goal=1.5,
        floor=probe_side(
            "bare window + QTableView over a bare QAbstractTableModel of 100k notes, idle 1 s",
            "bare",
            "list",
            "hwm_mib",
            store=_notes_store,
        ),
        app=None,
        pending="TODO(#4): the app's notes list (its table model) - see benchmarks/notes_list.py",
        how="peak resident memory (VmHWM) of a fresh process",
    ),
]
