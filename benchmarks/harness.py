"""The benchmark harness: each app path measured side by side with its floor.

A *case* compares one app path with the tool underneath it (its *floor*).
Each side is a context manager factory: entering it does the set-up (not
timed) and yields a ``run()`` that performs the work once and returns one
measurement in the case's unit (it times only what it should).  The harness
warms both sides up, then runs them interleaved (floor, app, app, floor, ...)
so drift on a shared machine hits both alike, and reports medians, min-max
and the ratio of medians against the case's goal.

Cases whose app side is built elsewhere are *pending*: the floor is measured,
the app side is missing and the report says so.  A module of this package
named in ``PLUGINS`` may provide ``APP_SIDES = {case_name: Side}`` to fill
pending cases and ``CASES = [Case, ...]`` to add new ones.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import shutil
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .generate import DEFAULT_SEED, Sizes

Run = Callable[[], float]
SideFactory = Callable[["Env"], AbstractContextManager[Run]]

# Modules of this package that may plug app sides or cases in (written by other features).
PLUGINS = (
    "search_as_you_type",
    "pack_build",
    "notes_list",
    "tracker_open",
    "team_store",
    "bundle_exchange",
    "trip_exchange",
    "open_encrypted",
    "word_diff",
)


@dataclass(frozen=True)
class Side:
    label: str  # what runs ("SearchService.search", "raw sqlcipher3 FTS5 query")
    factory: SideFactory


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    unit: str  # "ms" or "MiB"
    goal: float | None  # app median / floor median must be <= goal
    floor: Side
    app: Side | None = None  # None: pending (built by another feature)
    pending: str = ""  # what the app side is waiting for
    how: str = ""  # one line on what is measured


@dataclass
class Env:
    """What every side may use: the sizes, the generated store, a scratch folder."""

    sizes: Sizes
    store: Path  # the pristine generated store: copy it (``copy_store``) before opening
    work: Path
    seed: int = DEFAULT_SEED
    runs: int = 5
    log: Callable[[str], None] = print
    cache: dict[str, Any] = field(default_factory=dict)  # inputs shared by a case's sides
    _qapp: Any = None
    _copies: int = 0

    def copy_store(self, name: str = "") -> Path:
        self._copies += 1
        target = self.work / f"{name or 'copy'}-{self._copies}.adgsom"
        shutil.copyfile(self.store, target)
        return target

    def shared_store(self) -> Path:
        """One copy for the sides that only read (opening it in the app writes nothing)."""
        target = self.work / "shared.adgsom"
        if not target.exists():
            shutil.copyfile(self.store, target)
        return target

    def qapp(self) -> Any:
        """The QApplication for in-process Qt cases (created on first use)."""
        if self._qapp is None:
            from PySide6.QtWidgets import QApplication

            self._qapp = QApplication.instance() or QApplication(["benchmarks"])
        return self._qapp


@dataclass
class Result:
    case: Case
    floor: list[float] = field(default_factory=list)
    app: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def pending(self) -> bool:
        return self.case.app is None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    @property
    def app_median(self) -> float | None:
        return statistics.median(self.app) if self.app else None

    @property
    def ratio(self) -> float | None:
        f, a = self.floor_median, self.app_median
        if f is None or a is None or f <= 0:
            return None
        return a / f

    @property
    def met(self) -> bool | None:
        if self.ratio is None or self.case.goal is None:
            return None
        return self.ratio <= self.case.goal

    def as_dict(self) -> dict[str, Any]:
        def span(values: list[float]) -> list[float] | None:
            return [min(values), max(values)] if values else None

        return {
            "name": self.case.name,
            "title": self.case.title,
            "unit": self.case.unit,
            "goal": self.case.goal,
            "how": self.case.how,
            "floor_label": self.case.floor.label,
            "app_label": self.case.app.label if self.case.app else None,
            "pending": self.case.pending if self.pending else "",
            "floor_runs": self.floor,
            "app_runs": self.app,
            "floor_median": self.floor_median,
            "app_median": self.app_median,
            "floor_min_max": span(self.floor),
            "app_min_max": span(self.app),
            "ratio": self.ratio,
            "met": self.met,
            "error": self.error,
        }


@dataclass
class Plugins:
    cases: list[Case] = field(default_factory=list)
    app_sides: dict[str, Side] = field(default_factory=dict)
    floor_sides: dict[str, Side] = field(default_factory=dict)


def load_plugins(names: tuple[str, ...] = PLUGINS) -> Plugins:
    """Cases and sides contributed by other modules of this package.

    A plugin module may define ``CASES`` (new cases), ``APP_SIDES`` (the app
    side of a pending case, by case name) and ``FLOOR_SIDES`` (a floor that
    replaces the generic one, e.g. the exact story the app's pack builds).
    """
    found = Plugins()
    for name in names:
        full = f"{__package__}.{name}"
        if importlib.util.find_spec(full) is None:
            continue
        module = importlib.import_module(full)
        found.cases.extend(getattr(module, "CASES", ()))
        found.app_sides.update(getattr(module, "APP_SIDES", {}))
        found.floor_sides.update(getattr(module, "FLOOR_SIDES", {}))
    return found


def plug(cases: list[Case], plugins: Plugins) -> list[Case]:
    """Cases with the plugins' sides put in, followed by the plugins' own cases."""
    out = []
    for case in cases:
        app = case.app or plugins.app_sides.get(case.name)
        floor = plugins.floor_sides.get(case.name, case.floor)
        pending = "" if app is not None else case.pending
        out.append(replace(case, app=app, floor=floor, pending=pending))
    return out + list(plugins.cases)


def measure(case: Case, env: Env, runs: int, warmup: int = 1) -> Result:
    """Warm up, then ``runs`` interleaved measurements of both sides."""
    result = Result(case)
    with contextlib.ExitStack() as stack:
        floor_run = stack.enter_context(case.floor.factory(env))
        app_run = stack.enter_context(case.app.factory(env)) if case.app else None
        for _ in range(warmup):
            floor_run()
            if app_run:
                app_run()
        for i in range(runs):
            order: list[tuple[Run, list[float]]] = [(floor_run, result.floor)]
            if app_run:
                pair = (app_run, result.app)
                order = [pair, *order] if i % 2 else [*order, pair]
            for run, sink in order:
                sink.append(run())
    return result


@contextlib.contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    """``with stopwatch() as elapsed: ...`` then ``elapsed()`` in milliseconds (of the
    clock chosen: ``use_clock``)."""
    clock = CLOCK[0]
    start = clock()
    end: list[float] = []
    yield lambda: ((end[0] if end else clock()) - start) * 1000
    end.append(clock())


# The wall clock by default; ``--clock cpu`` (``benchmarks.run``) measures the CPU time
# of the work instead (this process's, or a probe process's own), which a machine busy
# with other work disturbs far less than the wall clock (the fsync of a commit is not
# CPU time: the note edit is then the statements' cost without the disk's).
CLOCK: list[Callable[[], float]] = [time.perf_counter]


def use_clock(name: str) -> None:
    CLOCK[0] = time.process_time if name == "cpu" else time.perf_counter


def cpu_clock() -> bool:
    return CLOCK[0] is time.process_time
