"""copy: a whole store into a new one, between a file and a team store's server."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import ValidationError
from .common import STORE_HELP, add_store_option, locator_arg, new_passphrase, open_services, out
from .id_args import PERSON_ID


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "copy",
        help="copy a whole store (history, audit log, register) into a new store: a file to "
        "a team store's server, or back",
    )
    add_store_option(p, required=True)
    p.add_argument(
        "--to",
        metavar="DEST",
        type=locator_arg,
        required=True,
        help=STORE_HELP.replace("the store:", "the new store:")
        + "; it must not exist (a file) or be an empty database (a server)",
    )
    p.add_argument(
        "--name",
        metavar="TITLE",
        help='the new store\'s name (default: "Copy of …, made DATE [by WHO]"); the copy is a '
        "store of its own, told apart from its source in bundles and audit logs",
    )
    p.add_argument(
        "--for",
        dest="for_person",
        metavar="PERSON",
        type=PERSON_ID,
        help="the member whose own store the copy is (their person id): the copy keeps their "
        "sealed private key and no other member's, and holds what they may read (a member "
        "who is not the head or an alternate: no not-for-disclosure background, no "
        "personality notes, as their trip copy); without it a copy to a file holds public "
        "keys only (signed in as a member: your own, and what you may read)",
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt a copy to a file with a new passphrase, as it is by default (asked twice "
        "on a terminal; one line of standard input otherwise, after the store's if it asks "
        "for one)",
    )
    how.add_argument(
        "--plain",
        action="store_true",
        help="write a copy to a file unencrypted: anyone with the file reads the briefs "
        "(a warning says so); it is readable by its owner only (mode 0600) either way",
    )
    p.set_defaults(func=cmd_copy)


def cmd_copy(args: argparse.Namespace) -> int:
    from ..services.copy_service import copy_store

    def progress(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{message:<44} {done:>9,}/{total:,}", end="", file=sys.stderr, flush=True)

    services = open_services(args)
    try:
        passphrase = None if args.plain or args.to.is_server else _copy_passphrase(args)
        report = copy_store(
            services,
            args.to,
            progress,
            name=args.name,
            for_person=args.for_person,
            passphrase=passphrase,
        )
    finally:
        services.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    out(f"Copied {report.source.display} to {report.destination.display}")
    out(f"The copy is a store of its own, named “{report.title}” (Settings can rename it).")
    for table, n in report.rows.items():
        if n:
            out(f"  {table:<26} {n:>9,}")
    out(f"{report.total:,} rows in all.")
    _say_private(report)
    if report.left_out:  # a member's own store (review s35 T2), as her trip copy says
        out(
            f"Left out: {', '.join(w.lower() for w in report.left_out)}: only the head of "
            "delegation and the alternate read them; this copy holds what the delegation "
            "reads, and the store it was copied from keeps them as they are."
        )
    if report.encrypted:
        out("The copy is encrypted: open it with the passphrase you gave.")
    elif not report.destination.is_server:
        print(
            f"warning: {report.destination.display} is NOT encrypted: it holds the "
            "delegation's confidential briefs (red lines included) in clear. Keep it off "
            "laptops that leave the building, or copy again without --plain.",
            file=sys.stderr,
        )
    if not report.audit_ok:
        for problem in report.audit_problems:
            out(f"  problem: {problem}")
        out("The copy's audit log does not verify: do not use the copy.")
        return 4
    out(f"The copy's audit log verifies: {report.audit_entries:,} entries, hash chain intact.")
    return 0


def _copy_passphrase(args: argparse.Namespace) -> str:
    """The copy's new passphrase (review s35 T2: encrypted by default, as a trip copy)."""
    try:
        passphrase, repeat = new_passphrase(args)
    except ValidationError as exc:
        raise ValidationError(
            "A copy to a file is encrypted: give its new passphrase on a terminal (asked "
            "twice) or as one line of standard input, after the store's if it asks for one; "
            "--plain writes it unencrypted."
        ) from exc
    if repeat is not None and repeat != passphrase:
        raise ValidationError("The two passphrases differ: nothing was done.")
    return passphrase


def _say_private(report: Any) -> None:
    """Whose sealed private keys the copy holds, and whose it left out (review s34 S3)."""
    kept, left = ", ".join(report.private_kept), ", ".join(report.private_left)
    if kept:
        out(f"The copy holds the private key of {kept} (sealed under their key passphrase).")
    if left and not kept:
        out(f"The copy holds no private key, public keys only (left out: {left}).")
        out(
            "To make a member's own store, copy with --for PERSON (their person id): it keeps "
            "their private key and no one else's."
        )
    elif left:
        out(f"Left out: the private keys of {left} (the copy holds their public keys).")
