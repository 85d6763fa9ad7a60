"""Where an exchange bundle's time goes (#17): the ``bundle_exchange`` app side, phase by phase.

    python -m benchmarks.bundle_profile [--size full] [--runs 5] [--data benchmarks/out]
                                        [--demo] [--clock cpu|wall]

Runs what the benchmark's app side runs (export of the busiest meeting sealed to a member,
open, import into a fresh store; Argon2id outside the time) and prints, per run, the CPU
time of the export, the open and the import, and for the import its parts (``PARTS``):
reading what the store holds, planning, writing the records (the notes alone), the
briefs, reading back what was written to record its revisions, settling the agendas,
writing the revisions, the report's lines, the import's audit entry and the other
store's entries kept, the audit anchor's durable files, the transactions' commits; then
the medians.  CPU time (``process_time``): the phases of one run are compared with each
other, on a machine shared with other work.
``--clock wall``: elapsed time instead (what a user waits, the disk's syncs included).
``--demo``: the demo store is the sending store (its busiest meeting), not a generated one.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

from .bundle_setup import PASSPHRASE, keys_cached, own_home, receiver, sender
from .generate import DEFAULT_SEED, SIZES, cached_store
from .harness import Env

ROOT = Path(__file__).resolve().parent.parent
PARTS = (  # (module, attribute, label): the import's parts
    ("adgsom_desktop.services.sync.importer", "held_for", "import: read what the store holds"),
    ("adgsom_desktop.services.sync.importer", "plan", "import: plan"),
    ("adgsom_desktop.services.sync.plan_writer", "insert_rows", "import: insert new rows"),
    ("adgsom_desktop.services.sync.plan_writer", "write_positions", "import: briefs"),
    ("adgsom_desktop.services.sync.plan_writer", "read_scope", "import: read back (revisions)"),
    ("adgsom_desktop.services.sync.plan_writer", "settle_agendas", "import: agendas settled"),
    ("adgsom_desktop.services.sync.plan_writer", "write", "import: revisions written"),
    ("adgsom_desktop.services.sync.importer", "lines_of", "import: report lines"),
    ("adgsom_desktop.services.context:ServiceContext", "_append_audit", "import: audit entry"),
    ("adgsom_desktop.services.sync.importer", "store_audit", "import: their audit entries"),
    (
        "adgsom_desktop.services.audit_anchor:AnchorKeeper",
        "advance_recorded",
        "import: audit anchor",
    ),
    ("sqlalchemy.orm.session:SessionTransaction", "commit", "import: commits"),
)


CLOCK: list[Callable[[], float]] = [time.process_time]


def _timed(owner: Any, attr: str, label: str, spent: dict[str, float]) -> Any:
    real = getattr(owner, attr)

    def run(*args: Any, **kwargs: Any) -> Any:
        started = CLOCK[0]()
        try:
            return real(*args, **kwargs)
        finally:
            spent[label] += CLOCK[0]() - started

    return mock.patch.object(owner, attr, run)


def _owner(where: str) -> Any:
    """``module`` or ``module:Class``: what holds the timed attribute."""
    import importlib

    module, _sep, cls = where.partition(":")
    found = importlib.import_module(module)
    return getattr(found, cls) if cls else found


def profile(
    size: str,
    runs: int,
    data: Path,
    log: Callable[[str], None] = print,
    *,
    demo: bool = False,
    clock: str = "cpu",
) -> dict[str, float]:
    """Median milliseconds per phase over ``runs`` runs (after one warm-up)."""
    CLOCK[0] = time.perf_counter if clock == "wall" else time.process_time
    per_run: dict[str, list[float]] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="adgsom-bundle-profile-") as tmp:
        if demo:
            from adgsom_desktop.demo.writer import write_demo

            store = Path(tmp) / "demo.adgsom"
            write_demo(store)
        else:
            store, _seconds = cached_store(data, SIZES[size], DEFAULT_SEED)
        env = Env(SIZES[size], store, Path(tmp))
        with own_home(env), keys_cached(), sender(env.copy_store("bundle-source")) as aide:
            for n in range(runs + 1):
                with receiver(env, aide, f"bundle-profile-{n % 2}") as head:
                    spent: dict[str, float] = defaultdict(float)
                    t0 = CLOCK[0]()
                    sent = aide.services.bundles.export(
                        aide.meeting,
                        env.work / "profile.adgsom-bundle",
                        sender_key_id=aide.key_id,
                        sender_passphrase=PASSPHRASE,
                        to_key_id=head.key_in_sender,
                        overwrite=True,  # each run writes the same file again
                    )
                    t1 = CLOCK[0]()
                    opened = head.services.bundles.open(sent.path, key_passphrase=PASSPHRASE)
                    # the import's parts only (commits and audit entries are the export's too)
                    patches = [_timed(_owner(m), a, label, spent) for m, a, label in PARTS]
                    for p in patches:
                        p.start()
                    try:
                        t2 = CLOCK[0]()
                        head.services.bundles.import_opened(opened, backup=False)
                        t3 = CLOCK[0]()
                    finally:
                        for p in patches:
                            p.stop()
                phases = {"export": t1 - t0, "open": t2 - t1, "import": t3 - t2, **spent}
                log(
                    f"run {n}{' (warm-up)' if n == 0 else ''}: {sent.records} records, "
                    + ", ".join(f"{k} {v * 1000:.1f}" for k, v in phases.items())
                    + (" ms" if clock == "wall" else " ms CPU")
                )
                if n:
                    for k, v in phases.items():
                        per_run[k].append(v * 1000)
    return {k: statistics.median(v) for k, v in per_run.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bundle_profile", description=__doc__
    )
    parser.add_argument("--size", choices=sorted(SIZES), default="full")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--demo", action="store_true", help="send the demo's busiest meeting")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    args = parser.parse_args(argv)
    medians = profile(args.size, max(1, args.runs), args.data, demo=args.demo, clock=args.clock)
    print(f"medians (ms{' CPU' if args.clock == 'cpu' else ', elapsed'}):")
    for k, v in medians.items():
        print(f"  {k:34} {v:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
