"""Run every benchmark, app path against floor, and write docs/performance.md + JSON.

    python -m benchmarks.run                      # the full run (about 15 minutes)
    python -m benchmarks.run --size tiny --runs 1 --out /tmp/perf.md --json /tmp/perf.json
    python -m benchmarks.run --only search_ordinary search_worst

The large store is generated once (through the app's bulk import) into the
data folder and reused.  Real windows are used when Xvfb is available (a
private display is started for the run), else Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .generate import DEFAULT_SEED, SIZES, cached_store
from .harness import Case, Env, Result, load_plugins, measure, plug, use_clock

ROOT = Path(__file__).resolve().parent.parent


def all_cases() -> list[Case]:
    from . import cases_data, cases_process, cases_qt

    builtin = [*cases_process.CASES, *cases_data.CASES, *cases_qt.CASES]
    return plug(builtin, load_plugins())


@contextlib.contextmanager
def display(offscreen: bool) -> Iterator[str]:
    """A real X display (a private Xvfb) when possible, else the offscreen platform."""
    xvfb = shutil.which("Xvfb")
    if offscreen or os.environ.get("DISPLAY") or not xvfb:
        if offscreen or not os.environ.get("DISPLAY"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        yield os.environ.get("QT_QPA_PLATFORM", "xcb")
        return
    number = next(n for n in range(90, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        yield "xcb (Xvfb)"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--runs", type=int, default=5, help="runs per side (default 5)")
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", nargs="+", metavar="CASE", help="run only these cases")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--json", type=Path, default=ROOT / "docs" / "performance.json")
    parser.add_argument(
        "--data", type=Path, default=ROOT / "benchmarks" / "out", help="cache of generated stores"
    )
    parser.add_argument("--offscreen", action="store_true", help="never start Xvfb")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="what a run measures: elapsed time (default) or the work's CPU time (a busy "
        "machine disturbs it less; a commit's fsync is not counted)",
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    use_clock(args.clock)
    cases = all_cases()
    if args.list:
        for c in cases:
            print(f"{c.name:24} {c.title}" + (" (app side pending)" if c.app is None else ""))
        return 0
    if args.only:
        unknown = sorted(set(args.only) - {c.name for c in cases})
        if unknown:
            parser.error(f"unknown case(s): {', '.join(unknown)}")
        cases = [c for c in cases if c.name in args.only]

    from . import report

    sizes = SIZES[args.size]
    log = _logger()
    log(f"data: {sizes.name} (seed {args.seed})")
    store, generate_s = cached_store(args.data, sizes, args.seed)
    compile_app()
    log(f"store ready: {store} ({store.stat().st_size / 2**20:,.0f} MiB)")
    results: list[Result] = []
    work = Path(tempfile.mkdtemp(prefix="adgsom-bench-"))
    # The in-process sides run as a user with a fresh profile, like the probe processes
    # (not this machine's settings, audit anchors and write ledger, which tests leave by
    # the hundred: the anchor's folder was swept on every write of it).
    os.environ["ADGSOM_DESKTOP_HOME"] = str(work / "home")
    try:
        with display(args.offscreen) as qt_platform:
            env = Env(sizes, store, work, seed=args.seed, runs=args.runs, log=log)
            for case in cases:
                log(f"{case.name}: {case.title}")
                try:
                    result = measure(case, env, args.runs, args.warmup)
                except Exception as exc:  # report it and go on with the other cases
                    result = Result(case, error=f"{type(exc).__name__}: {exc}")
                env.cache.clear()
                results.append(result)
                log("  " + report.table([result])[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    meta = {
        "finished": report.now(),
        "machine": report.machine(),
        "qt_platform": qt_platform,
        "clock": args.clock,
        "seed": args.seed,
        "runs": args.runs,
        "warmup": args.warmup,
        "sizes": {
            "name": sizes.name,
            "events": sizes.events,
            "meetings": sizes.meetings,
            "items": sizes.items,
            "notes": sizes.notes,
            "actions": sizes.actions,
        },
        "store_mib": store.stat().st_size / 2**20,
        "generate_s": generate_s,
    }
    report.write(results, meta, args.out, args.json)
    log(f"wrote {args.out} and {args.json}")
    return 1 if any(r.error for r in results) else 0


def compile_app() -> None:
    """Byte-compile the app, as installing it does (pip writes the ``.pyc`` files).

    The fresh processes of the start-up cases would otherwise compile every module
    from source on each run whenever ``PYTHONDONTWRITEBYTECODE`` is set, which no
    installed app does (the floor's PySide6 is installed, hence compiled).
    """
    import compileall

    for package in ("adgsom_desktop", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)


def _logger() -> Callable[[str], None]:
    t0 = time.perf_counter()

    def log(text: str) -> None:
        print(f"[{time.perf_counter() - t0:7.1f} s] {text}", file=sys.stderr, flush=True)

    return log


if __name__ == "__main__":
    sys.exit(main())
