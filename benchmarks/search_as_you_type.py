"""Search latency as you type over a 100,000-note store, next to a raw FTS5 query.

For each query, every prefix the user types ("c", "ca", "cap", ...) is searched
the way the search window does (``SearchService.search``: parsing, FTS5 with
highlight and bm25, LIKE for a short lone word, snippets, titles), and the same
MATCH expression is run raw on a ``sqlcipher3`` connection (bm25 order, top 50,
no highlight) in the same run, so the app's overhead over SQLite is visible.

    python benchmarks/search_as_you_type.py [--notes 100000] [--repeat 5] [--store PATH]

Without --store it builds the scale store of the room's tests (tests/scale_fixtures.py)
in a temporary folder first. Prints a table (milliseconds, median and p95 per query).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = (
    "capacity building",
    "Viet Nam hoan nghenh",
    "ดิจิทัลของอาเซียน",
    "ສະໜັບສະໜູນ",
    "cross-border data",
    "Da Nang",
)


def prefixes(query: str) -> list[str]:
    return [query[:n] for n in range(1, len(query) + 1) if not query[:n].endswith(" ")]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, help="an existing plain store to search")
    args = parser.parse_args(argv)

    import sqlcipher3

    from adgsom_desktop.services.container import Services
    from adgsom_desktop.storage import search_index

    tmp = tempfile.TemporaryDirectory()
    path = args.store
    if path is None:
        from tests.scale_fixtures import build_scale_store

        path = Path(tmp.name) / "scale.adgsom"
        started = time.perf_counter()
        build_scale_store(path, notes=args.notes, items=args.items)
        print(
            f"built {args.notes:,} notes / {args.items:,} items in "
            f"{time.perf_counter() - started:.1f} s"
        )
    services = Services.open(path)
    raw = sqlcipher3.connect(str(path))
    raw_sql = (
        f"SELECT rowid FROM {search_index.FTS_TABLE} WHERE {search_index.FTS_TABLE} MATCH ? "
        f"ORDER BY bm25({search_index.FTS_TABLE}, 4.0, 1.0) LIMIT 50"
    )
    print(f"store: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    print()
    print(
        f"{'query (each prefix typed)':<28} {'app med':>8} {'app p95':>8} "
        f"{'raw med':>8} {'raw p95':>8} {'hits':>5}"
    )
    all_app: list[float] = []
    all_raw: list[float] = []
    try:
        for query in QUERIES:
            app_times: list[float] = []
            raw_times: list[float] = []
            hits = 0
            for _ in range(args.repeat):
                for prefix in prefixes(query):
                    t = time.perf_counter()
                    result = services.search.search(prefix, limit=50)
                    app_times.append((time.perf_counter() - t) * 1000)
                    hits = len(result.hits)
                    match = search_index.parse_query(prefix).match
                    if match:  # prefixes under 3 characters have no FTS expression
                        t = time.perf_counter()
                        raw.execute(raw_sql, (match,)).fetchall()
                        raw_times.append((time.perf_counter() - t) * 1000)
            all_app += app_times
            all_raw += raw_times
            print(
                f"{query:<28} {statistics.median(app_times):8.1f} {p95(app_times):8.1f} "
                f"{statistics.median(raw_times):8.1f} {p95(raw_times):8.1f} {hits:>5}"
            )
        print(
            f"{'all prefixes':<28} {statistics.median(all_app):8.1f} {p95(all_app):8.1f} "
            f"{statistics.median(all_raw):8.1f} {p95(all_raw):8.1f}"
        )
    finally:
        raw.close()
        services.close()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
