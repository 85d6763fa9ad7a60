"""``salvage``: save a readable copy of a damaged store (every row that can still be read)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_store_option, out, read_passphrase, store_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "salvage",
        help="save a readable copy of a damaged store (the damaged file is only read)",
        description=(
            "Write a NEW store holding every row of --store that can still be read: "
            "damaged pages are stepped over, rows whose parent was lost are dropped, "
            "notes lost but kept in their saved versions are rebuilt, the search index is "
            "rebuilt and the copy is checked. An encrypted store's copy is encrypted with "
            "the same passphrase. The damaged file is never changed."
        ),
    )
    add_store_option(p)
    p.add_argument("--out", metavar="NEW", type=Path, required=True, help="the new store file")
    p.set_defaults(func=cmd_salvage)


def cmd_salvage(args: argparse.Namespace) -> int:
    from ..errors import StoreError
    from ..services.backup_service import needs_passphrase
    from ..services.salvage_service import salvage_file

    path = store_path(args, "saving a readable copy (salvage)")
    if not path.is_file():
        raise StoreError(f"No store at {path}.")
    new = Path(args.out).expanduser()
    if new.exists():
        raise StoreError(f"{new} already exists: choose a new file for the readable copy.")
    passphrase = read_passphrase(args) if needs_passphrase(path) else None

    def report(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r[{done + 1}/{total}] {message:<50}", end="", file=sys.stderr, flush=True)

    result = salvage_file(path, new, passphrase, report)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    out(f"Readable copy of {path.name} written to {result.out}")
    out(f"{'table':<26} {'copied':>7} {'skipped':>8}  notes")
    for t in result.tables:
        if not (t.copied or t.skipped or t.lost is None or t.unlinked):
            continue
        notes = []
        if t.lost is None:
            notes.append("rows lost: unknown")
        elif t.lost:
            notes.append(f"{'' if t.lost_exact else 'up to '}{t.lost} on damaged pages")
        if t.recovered:
            notes.append(f"{t.recovered} rebuilt from saved versions")
        if t.garbled:
            notes.append(f"{t.garbled} kept with damaged text (bad bytes shown as \ufffd)")
        if t.refused:
            notes.append(f"{t.refused} unreadable values")
        if t.dropped:
            notes.append(f"{t.dropped} whose parent was lost")
        if t.unlinked:
            notes.append(f"{t.unlinked} links to lost rows cleared")
        out(f"{t.table:<26} {t.copied:>7,} {t.skipped:>8,}  {'; '.join(notes)}".rstrip())
    out(
        f"{result.copied:,} rows copied, {result.skipped:,} not copied, "
        f"in {result.seconds:.1f} s. The copy passed its integrity check"
        + (" and is encrypted with the same passphrase." if result.encrypted else ".")
    )
    out(f"{path.name} was not changed. Open the copy: adgsom-desktop info --store {result.out}")
    return 0
