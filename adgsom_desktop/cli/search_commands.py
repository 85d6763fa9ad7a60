"""search QUERY: ranked hits with highlighted snippets."""

from __future__ import annotations

import argparse

from .common import add_store_option, counted, open_services, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="search items, positions, notes, people, actions")
    add_store_option(p)
    p.add_argument("query", nargs="+", help='words to find (any script); "quotes" for a phrase')
    p.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    p.add_argument(
        "--kind",
        action="append",
        default=[],
        choices=["item", "position", "note", "person", "action", "outcome", "meeting", "event"],
        help="only hits of this kind (repeatable)",
    )
    p.set_defaults(func=cmd_search)


def _mark(snippet: str, spans: tuple[tuple[int, int], ...]) -> str:
    out_parts = []
    last = 0
    for a, b in spans:
        out_parts += [snippet[last:a], "[", snippet[a:b], "]"]
        last = b
    out_parts.append(snippet[last:])
    return "".join(out_parts)


def cmd_search(args: argparse.Namespace) -> int:
    from ..errors import ValidationError

    if not 1 <= args.limit <= 1000:
        raise ValidationError("--limit must be between 1 and 1000.")
    if not " ".join(args.query).strip():
        out('Nothing to search for: give one or more words (any script), or "a phrase".')
        return 1
    services = open_services(args, read_only_if_damaged=True)
    try:
        result = services.search.search(
            " ".join(args.query), limit=args.limit, kinds=tuple(args.kind)
        )
    finally:
        services.close()
    if result.hint and not result.hits:
        out(result.hint)
        return 1
    if result.hint:
        out(f"({result.hint})")
    for n, hit in enumerate(result.hits, 1):
        where = f" - {hit.context}" if hit.context else ""
        out(f"{n:>3}. [{hit.kind}] {hit.title}{where}")
        out(f"     {_mark(hit.snippet, hit.spans)}")
    out(f"{counted(len(result.hits), 'hit')} in {result.elapsed_ms:.1f} ms")
    return 0
