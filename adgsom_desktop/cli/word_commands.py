"""``brief export``: one item's brief as a Word document, in registered copies."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import add_store_option, open_services, out
from .id_args import ITEM_ID
from .pack_commands import _check_era, add_language_options

AUDIENCES = ["hod", "delegation", "agencies", "public"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("brief", help="one item's brief as a Word document (.docx)")
    commands = b.add_subparsers(dest="brief_command", required=True)
    e = commands.add_parser(
        "export",
        help="write an item's brief as .docx for an audience (entered in the register)",
        description="The item's brief with the sections its audience may read "
        "(docs/packs.md), the classification, reference and copy mark in every page's "
        "header and footer; every copy is entered in the distribution register.",
    )
    add_store_option(e)
    e.add_argument("--item", type=ITEM_ID, required=True, metavar="ID", help="the agenda item")
    e.add_argument("--audience", choices=AUDIENCES, default="hod", help="who it is for")
    e.add_argument(
        "--out", type=Path, required=True, metavar="FILE.docx",
        help="where to write (.docx is added to a name without it)",
    )  # fmt: skip
    e.add_argument("--classification", default="", help="the marking (default: the store's)")
    e.add_argument("--recipient", action="append", default=[], metavar="NAME",
                   help="one named copy per recipient (repeatable)")  # fmt: skip
    e.add_argument("--copies", type=int, default=1, help="number of unnamed copies")
    e.add_argument("--issued-by", default="", metavar="MEMBER",
                   help="who issues it: a member of our delegation, by name or id")  # fmt: skip
    add_language_options(e)
    e.set_defaults(func=cmd_brief_export)


def cmd_brief_export(args: argparse.Namespace) -> int:
    from ..domain.enums import Audience

    _check_era(args)
    services = open_services(args)
    try:
        issuer_id = services.packs.find_issuer(args.issued_by) if args.issued_by else None
        result = services.packs.export_brief(
            args.item,
            Audience(args.audience),
            args.out,
            classification=args.classification,
            recipients=tuple(args.recipient),
            copies=args.copies,
            issuer_id=issuer_id,
            language=args.language,
            buddhist_era=args.buddhist_era,
        )
    finally:
        services.close()
    out(
        f"Brief {result.reference} for {result.audience.reader}, {result.classification}: "
        f"{len(result.files)} Word {'copy' if len(result.files) == 1 else 'copies'} "
        f"(register issue {result.issue_id})"
    )
    for f in result.files:
        who = f" - {f.recipient}" if f.recipient else ""
        out(f"  copy {f.copy_no} of {f.copies_total}{who}: {f.path}  sha256 {f.sha256[:16]}")
    return 0
