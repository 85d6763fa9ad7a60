"""The benchmarks keep working: every path runs end to end at a tiny size (no timing
asserted), the report keeps the hand-written analysis, pending paths plug in by name."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.harness import Case, Env, Plugins, Result, Side, measure, plug
from benchmarks.report import END, START, write

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_every_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    md, js = tmp_path / "performance.md", tmp_path / "performance.json"
    md.write_text(f"# Performance\n\nOur analysis.\n\n{START}\nold table\n{END}\n\nMore notes.\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--size", "tiny", "--runs", "1", "--warmup", "0",
         "--offscreen", "--out", str(md), "--json", str(js), "--data", str(tmp_path / "data")],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=480,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(js.read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in data["results"]}
    assert set(by_name) >= {
        "cold_start",
        "cold_start_store_shown",
        "memory_idle",
        "memory_notes_list",
        "search_ordinary",
        "search_worst",
        "note_edit",
        "bulk_import",
        "notes_list_open",
        "notes_list_sort",
        "pack_200",
        "pack_200_same_breaks",
        "team_search_ordinary",
        "team_search_worst",
        "team_note_edit",
    }
    for r in by_name.values():  # every path has its app side now: none is pending
        assert not r["error"], (r["name"], r["error"])
        assert not r["pending"], r["name"]
        assert len(r["floor_runs"]) == 1 and r["floor_runs"][0] > 0, r["name"]
        assert len(r["app_runs"]) == 1 and r["app_runs"][0] > 0, r["name"]
        assert r["ratio"] == pytest.approx(r["app_runs"][0] / r["floor_runs"][0])
    assert data["sizes"]["notes"] == 300 and data["qt_platform"] == "offscreen"
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nOur analysis.") and text.endswith("More notes.\n")
    assert "old table" not in text
    assert "| Search top-50 with snippets, ordinary terms |" in text
    assert "| Open the 100k-note list |" in text and "| A 200-page pack with contents |" in text
    assert "| pending |" not in text
    goals = sum(1 for r in data["results"] if r["goal"] is not None)
    met = sum(1 for r in data["results"] if r["goal"] is not None and r["met"])
    assert f"Goals met: {met} of {goals} paths with a goal" in text


def _constant(label: str, values: list[float]) -> Side:
    @contextlib.contextmanager
    def factory(_env: Env) -> Iterator[object]:
        it = iter(values)
        yield lambda: next(it)

    return Side(label, factory)  # type: ignore[arg-type]


def test_runs_interleave_after_warmup_and_ratio_is_of_medians(tmp_path: Path) -> None:
    order: list[str] = []

    def side(name: str, values: list[float]) -> Side:
        @contextlib.contextmanager
        def factory(_env: Env) -> Iterator[object]:
            it = iter(values)

            def run() -> float:
                order.append(name)
                return next(it)

            yield run

        return Side(name, factory)  # type: ignore[arg-type]

    case = Case("x", "X", "ms", 1.5, side("f", [99, 10, 11, 12]), side("a", [99, 20, 13, 30]))
    result = measure(case, Env(None, tmp_path, tmp_path), runs=3)  # type: ignore[arg-type]
    assert order == ["f", "a", "f", "a", "a", "f", "f", "a"]
    assert result.floor == [10, 11, 12] and result.app == [20, 13, 30]
    assert result.ratio == pytest.approx(20 / 11)
    assert result.met is False


def test_pending_cases_take_a_plugged_app_side() -> None:
    floor = _constant("floor", [1.0])
    pending = Case("pack_200", "Pack", "ms", 1.3, floor, None, pending="TODO(#5)")
    other = Case("other", "Other", "ms", None, floor, None, pending="TODO")
    app = _constant("app", [1.0])
    extra = Case("new", "New", "ms", 2.0, floor, app)
    cases = plug([pending, other], Plugins([extra], {"pack_200": app}, {}))
    assert [c.name for c in cases] == ["pack_200", "other", "new"]
    assert cases[0].app is app and cases[0].pending == ""
    assert cases[1].app is None and cases[1].pending == "TODO"


def test_report_table_marks_goals_pending_and_failures(tmp_path: Path) -> None:
    floor = _constant("floor", [])
    met = Result(Case("a", "Met path", "ms", 1.5, floor, floor), [10.0], [12.0])
    missed = Result(Case("b", "Missed path", "MiB", 1.3, floor, floor), [100.0], [150.0])
    pending = Result(Case("c", "Pending path", "ms", 1.3, floor, None, "TODO(#4)"), [5.0])
    failed = Result(Case("d", "Failed path", "ms", 1.5, floor, floor), error="RuntimeError: x")
    meta = {
        "finished": "now",
        "machine": dict.fromkeys(
            (
                "cpu",
                "cores",
                "os",
                "python",
                "pyside6",
                "sqlalchemy",
                "sqlite",
                "sqlcipher",
                "reportlab",
            ),
            "?",
        ),
        "qt_platform": "offscreen",
        "seed": 1,
        "runs": 1,
        "warmup": 0,
        "sizes": {"name": "tiny", "events": 1, "meetings": 1, "items": 1, "notes": 1, "actions": 1},
        "store_mib": 1.0,
        "generate_s": 0.1,
    }
    md = tmp_path / "perf.md"
    write([met, missed, pending, failed], meta, md, tmp_path / "perf.json")
    text = md.read_text(encoding="utf-8")
    assert "| Met path | 10.0 ms | 12.0 ms | 1.20x | <= 1.5x | met |" in text
    assert "| Missed path | 100 MiB | 150 MiB | 1.50x | <= 1.3x | **missed** |" in text
    assert "| Pending path | 5.00 ms | pending | - | <= 1.3x | pending |" in text
    assert "| Failed path | - | - | - | <= 1.5x | **failed** |" in text
    assert "pending: TODO(#4)" in text and "Failed: `RuntimeError: x`" in text
