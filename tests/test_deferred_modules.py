"""Modules SQLAlchemy imports but a file store never uses run on first use (#13, idle memory).

``deferred_modules.defer`` leaves a stand-in in ``sys.modules``: importing it again does
not run it, the first use of any of its names does, once, into the same module object.
Checked on throw-away modules written here (the real ones, asyncio and
importlib.metadata, are already imported in a pytest process) and, in a fresh process,
on SQLAlchemy itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from adgsom_desktop import deferred_modules
from adgsom_desktop.deferred_modules import defer, is_deferred

ROOT = Path(__file__).resolve().parent.parent

BODY = """
import time
RUNS.append(__name__)
time.sleep(SLEEP)
def double(x):
    return 2 * x
VALUE = 7
"""


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[tuple[Path, list[str]]]:
    """A folder on sys.path for throw-away modules, and the list their bodies append to."""
    runs: list[str] = []
    import builtins

    builtins.RUNS = runs  # type: ignore[attr-defined]
    sys.path.insert(0, str(tmp_path))
    before = set(sys.modules)
    try:
        yield tmp_path, runs
    finally:
        sys.path.remove(str(tmp_path))
        for name in set(sys.modules) - before:
            del sys.modules[name]
        del builtins.RUNS  # type: ignore[attr-defined]


def _write(folder: Path, name: str, sleep: float = 0.0, extra: str = "") -> None:
    (folder / f"{name}.py").write_text(BODY.replace("SLEEP", repr(sleep)) + extra, encoding="utf-8")


def test_importing_a_deferred_module_does_not_run_it_using_it_does_once(
    modules: tuple[Path, list[str]],
) -> None:
    folder, runs = modules
    _write(folder, "lean_a")
    assert defer("lean_a") is True
    import lean_a  # type: ignore[import-not-found]
    import lean_a as again  # type: ignore[import-not-found]  # a second import: no use

    assert runs == [] and is_deferred("lean_a") and again is lean_a
    assert lean_a.double(4) == 8  # the first use runs it...
    assert runs == ["lean_a"] and not is_deferred("lean_a")
    from lean_a import VALUE  # type: ignore[import-not-found]

    assert VALUE == 7 and runs == ["lean_a"]  # ...once, into the same module object
    assert sys.modules["lean_a"] is lean_a


def test_a_function_taken_before_use_runs_the_module_when_called(
    modules: tuple[Path, list[str]],
) -> None:
    """What SQLAlchemy does with asyncio: ``iscoroutine = asyncio.iscoroutine`` at import."""
    folder, runs = modules
    _write(folder, "lean_b")
    defer("lean_b", ("double",))
    import lean_b  # type: ignore[import-not-found]

    taken = lean_b.double
    assert runs == [] and is_deferred("lean_b")
    assert taken(5) == 10 and runs == ["lean_b"]
    assert lean_b.double is not taken and lean_b.double(1) == 2  # the real one from now on


def test_two_threads_using_it_at_once_run_it_once(modules: tuple[Path, list[str]]) -> None:
    folder, runs = modules
    _write(folder, "lean_c", sleep=0.2)
    defer("lean_c")
    import lean_c  # type: ignore[import-not-found]

    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(lean_c.VALUE)) for _ in range(4)]
    for t in threads:
        t.start()
        time.sleep(0.01)
    for t in threads:
        t.join()
    assert seen == [7, 7, 7, 7] and runs == ["lean_c"]


def test_a_module_whose_body_fails_is_imported_afresh_next_time(
    modules: tuple[Path, list[str]],
) -> None:
    folder, _ = modules
    _write(folder, "lean_d", extra="raise RuntimeError('broken')\n")
    defer("lean_d")
    import lean_d  # type: ignore[import-not-found]

    with pytest.raises(RuntimeError, match="broken"):
        lean_d.VALUE  # noqa: B018
    assert "lean_d" not in sys.modules
    _write(folder, "lean_d")
    import importlib

    importlib.invalidate_caches()
    sys.modules.pop("lean_d", None)
    assert importlib.import_module("lean_d").VALUE == 7


def test_an_imported_module_or_a_missing_one_is_left_alone(
    modules: tuple[Path, list[str]],
) -> None:
    assert defer("json") is False and not is_deferred("json")
    assert defer("no_such_module_here") is False and "no_such_module_here" not in sys.modules


def test_a_submodule_import_runs_its_deferred_package(modules: tuple[Path, list[str]]) -> None:
    folder, runs = modules
    package = folder / "lean_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("RUNS.append(__name__)\n", encoding="utf-8")
    (package / "part.py").write_text("RUNS.append(__name__)\nX = 1\n", encoding="utf-8")
    defer("lean_pkg")
    import lean_pkg.part  # type: ignore[import-not-found]

    assert runs == ["lean_pkg", "lean_pkg.part"] and lean_pkg.part.X == 1


SQLALCHEMY = """
import json, sys
from adgsom_desktop.deferred_modules import SQLALCHEMY_UNUSED, defer_unused_by_sqlalchemy, is_deferred
defer_unused_by_sqlalchemy()
import sqlalchemy, sqlalchemy.orm
from sqlalchemy import create_engine, text
import adgsom_desktop.domain.models
engine = create_engine("sqlite://")
with engine.connect() as conn:
    one = conn.execute(text("SELECT 1")).scalar()
idle = sorted(n for n in SQLALCHEMY_UNUSED if is_deferred(n))
from sqlalchemy.util.concurrency import iscoroutine
async def coro(): pass
c = coro()
print(json.dumps([one, idle, "asyncio.events" in sys.modules, "email" in sys.modules,
                  iscoroutine(c), is_deferred("asyncio")]))
c.close()
"""


def test_sqlalchemy_and_the_models_work_without_running_asyncio_or_metadata() -> None:
    """In a fresh process: SQLAlchemy, the ORM and the models import and query a SQLite
    engine with asyncio and importlib.metadata not run (docs/performance.md: 6 MiB with
    the PostgreSQL dialect); what SQLAlchemy took from asyncio still works when used."""
    out = subprocess.run(
        [sys.executable, "-c", SQLALCHEMY], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    one, idle, events, email, coroutine, still = json.loads(out.stdout.strip().splitlines()[-1])
    assert one == 1
    assert idle == sorted(deferred_modules.SQLALCHEMY_UNUSED)
    assert events is False and email is False
    assert coroutine is True and still is False  # the call ran asyncio, then answered
