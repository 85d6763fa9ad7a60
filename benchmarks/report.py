"""Writing the results: a JSON file and the table in docs/performance.md.

The Markdown table goes between two markers, so the analysis written around
it by hand (what was profiled, what was fixed, what remains) survives a re-run.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from adgsom_desktop.storage import atomic

from .harness import Result

START = "<!-- results:start (written by `python -m benchmarks.run`; edit outside these markers) -->"
END = "<!-- results:end -->"

SKELETON = f"""# Performance: the app against the floor

Every figure is a ratio to the tool underneath (the *floor*), measured side by side in
the same run on the same machine. Run `python -m benchmarks.run` to measure again.

{START}
{END}
"""


def machine() -> dict[str, Any]:
    import PySide6
    import reportlab
    import sqlalchemy

    from adgsom_desktop.storage import sqlite_driver

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "sqlite": sqlite_driver.sqlite_version(),
        "sqlcipher": sqlite_driver.cipher_version(),
        "reportlab": reportlab.Version,
    }


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MiB":
        return f"{value:,.0f} MiB"
    if value >= 100:
        return f"{value:,.0f} ms"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def _span(values: list[float], unit: str) -> str:
    if not values:
        return "-"
    return f"{fmt(min(values), unit)} - {fmt(max(values), unit)}"


def _verdict(r: Result) -> str:
    if r.error:
        return "**failed**"
    if r.pending:
        return "pending"
    if r.case.goal is None:
        return "(no goal)"
    return "met" if r.met else "**missed**"


def table(results: Sequence[Result]) -> list[str]:
    lines = [
        "| path | floor median | app median | ratio | goal | verdict | floor min-max | app min-max |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ]
    for r in results:
        unit = r.case.unit
        app = "pending" if r.pending else fmt(r.app_median, unit)
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        goal = f"<= {r.case.goal:g}x" if r.case.goal is not None else "-"
        lines.append(
            f"| {r.case.title} | {fmt(r.floor_median, unit)} | {app} | {ratio} | {goal} | "
            f"{_verdict(r)} | {_span(r.floor, unit)} | {_span(r.app, unit)} |"
        )
    return lines


def summary(results: Sequence[Result]) -> str:
    """One line a reader can trust: how many goals were met, which were missed."""
    goals = [r for r in results if r.case.goal is not None and not r.pending and not r.error]
    missed = [r.case.title for r in goals if not r.met]
    failed = [r.case.title for r in results if r.error]
    line = f"Goals met: {len(goals) - len(missed)} of {len(goals)} paths with a goal"
    line += f"; missed: {'; '.join(missed)}." if missed else "."
    if failed:
        line += f" Failed to run: {'; '.join(failed)}."
    return line


def markdown(results: Sequence[Result], meta: dict[str, Any]) -> str:
    m = meta["machine"]
    sizes = meta["sizes"]
    lines = [
        f"Measured {meta['finished']} on {m['cpu']} ({m['cores']} cores), {m['os']}; "
        f"Python {m['python']}, PySide6 {m['pyside6']}, SQLAlchemy {m['sqlalchemy']}, "
        f"SQLite {m['sqlite']} (SQLCipher {m['sqlcipher']}), reportlab {m['reportlab']}; "
        f"Qt platform `{meta['qt_platform']}`.",
        "",
        f"Data: size `{sizes['name']}`: {sizes['events']} events, {sizes['meetings']} meetings, "
        f"{sizes['items']:,} agenda items with full positions, {sizes['notes']:,} notes, "
        f"{sizes['actions']:,} action items (seed {meta['seed']}; store "
        f"{meta['store_mib']:,.0f} MiB, written through the bulk import"
        + (f" in {meta['generate_s']:.1f} s" if meta.get("generate_s") else "")
        + f"). {meta['runs']} runs per side after "
        f"{meta['warmup']} warm-up, interleaved; ratio = app median / floor median"
        + (
            "; times are CPU time (`--clock cpu`), not elapsed time."
            if meta.get("clock") == "cpu"
            else "."
        ),
        "",
        *table(results),
        "",
        summary(results),
        "",
        "What each side runs:",
        "",
    ]
    for r in results:
        app = r.case.app.label if r.case.app else f"pending: {r.case.pending}"
        lines.append(f"- **{r.case.title}** ({r.case.how}).")
        lines.append(f"  Floor: {r.case.floor.label}. App: {app}.")
        if r.error:
            lines.append(f"  Failed: `{r.error}`")
    return "\n".join(lines)


def write(results: Sequence[Result], meta: dict[str, Any], md_path: Path, json_path: Path) -> None:
    payload = {**meta, "results": [r.as_dict() for r in results]}
    atomic.write_bytes(
        json_path, (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    )
    text = md_path.read_text(encoding="utf-8") if md_path.exists() else SKELETON
    if START not in text or END not in text:
        text = text.rstrip("\n") + "\n\n" + START + "\n" + END + "\n"
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    body = markdown(results, meta)
    atomic.write_bytes(md_path, (head + START + "\n" + body + "\n" + END + tail).encode("utf-8"))


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
