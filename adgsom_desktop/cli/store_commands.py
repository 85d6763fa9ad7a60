"""init, demo, info, check."""

from __future__ import annotations

import argparse

from ..domain.reference import DELEGATIONS
from .common import (
    EXIT_DAMAGED,
    PASSPHRASE_ENV,
    add_store_option,
    damaged_advice,
    new_passphrase,
    open_services,
    out,
    store_locator,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "init", help="create a new, empty store (a file, or a team store in an empty database)"
    )
    add_store_option(p)
    p.add_argument(
        "--our-delegation",
        metavar="CODE",
        default="",
        help="our delegation's code, e.g. TH, VN, LA ("
        + ", ".join(d.code for d in DELEGATIONS[:11])
        + ")",
    )
    p.add_argument("--title", default="", help="a title for the store")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the store with a new passphrase (asked twice on a terminal; otherwise one "
        f"line read from standard input, or {PASSPHRASE_ENV})",
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="write the demo store (6th ADGSOM and related meetings)")
    add_store_option(p, required=True)
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace an existing store at --store (a file; or a team store's tables)",
    )
    p.add_argument(
        "--shift-to-today",
        action="store_true",
        help="move every date so that the demo's week starts today (default: the fixed "
        "dates, 12-16 January 2026)",
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="what a store holds, with counts")
    add_store_option(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="check integrity and migrations state")
    add_store_option(p)
    p.add_argument(
        "--repair",
        action="store_true",
        help="rebuild derived data (search index, agenda numbers) if out of step",
    )
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    from ..domain.passphrase import validate_new_passphrase
    from ..errors import ValidationError
    from ..services.store_setup import create_store

    locator = store_locator(args)
    passphrase = None
    if args.encrypt and locator.is_server:
        from ..errors import NotSupportedError
        from ..storage.backend import unsupported

        raise NotSupportedError(unsupported(locator, "encrypting with a passphrase"))
    if args.encrypt:
        passphrase, repeat = new_passphrase(args)
        if not passphrase:
            raise ValidationError("An encrypted store needs a passphrase.")
        validate_new_passphrase(passphrase, repeat)  # the one rule, as for encrypt
    store = create_store(
        locator, passphrase=passphrase, our_delegation_code=args.our_delegation, title=args.title
    )
    store.close()
    what = "team store in" if locator.is_server else "store"
    out(f"Created {'encrypted ' if passphrase else ''}{what} {locator.display}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from datetime import date

    from ..demo.writer import write_demo

    shift_to = date.today() if args.shift_to_today else None
    where = write_demo(store_locator(args), overwrite=args.overwrite, shift_to=shift_to)
    moved = f" (its week starts today, {shift_to:%d %b %Y})" if shift_to else ""
    out(f"Wrote the demo store to {where}{moved}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    services = open_services(args, read_only_if_damaged=True)
    try:
        info = services.store_info.info()
        events = services.events.events()
        signed = services.team.signed_in()
    finally:
        services.close()
    out(f"Store:        {info.locator.display}")
    if signed is not None:
        out(f"Signed in as {signed.name} ({signed.role})")
    if info.title:
        out(f"Title:        {info.title}")
    out(f"Encrypted:    {'yes' if info.encrypted else 'no'}")
    out(f"Our delegation: {info.our_delegation or '(not set)'}")
    if info.shared:
        out("Kind:         team store (several people write at once)")
    out(f"Schema:       {info.revision}   {info.engine}")
    if info.size_bytes is not None:
        out(f"Size:         {info.size_bytes / 1024:,.0f} KiB")
    for label, n in info.counts.items():
        out(f"  {label:<18} {n:>7,}")
    if events:
        out("Events:")
        for e in events:
            when = f"{e.start_date:%d %b %Y}" if e.start_date else ""
            out(f"  [{e.id}] {e.title} - {e.city} {when}".rstrip())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..errors import StoreCorruptError

    try:
        services = open_services(args)
    except StoreCorruptError as exc:
        out(f"  problem: {exc}")
        out(f"The store cannot be opened. {damaged_advice(store_locator(args))}")
        return EXIT_DAMAGED
    try:
        report = services.store_info.check(repair=args.repair)
    finally:
        services.close()
    for line in report.details:
        out(f"  ok: {line}")
    for line in report.fixed:
        out(f"  fixed: {line}")
    for line in report.problems:
        out(f"  problem: {line}")
    if report.ok:
        out("The store is healthy.")
        return 0
    out(
        "Problems found." + ("" if args.repair else " Run again with --repair to fix derived data.")
    )
    damaged = any("integrity" in p or "damaged" in p or "audit log" in p for p in report.problems)
    if damaged and store_locator(args).is_server:
        out(damaged_advice(store_locator(args)))
    elif damaged:
        out(
            "To go back to a good state: adgsom-desktop backup --list, then "
            f"adgsom-desktop restore --store {store_locator(args)} --latest (or a chosen backup)."
        )
    return 3
