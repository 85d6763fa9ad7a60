"""team init: a team store on a PostgreSQL server (several people write at once)."""

from __future__ import annotations

import argparse

from ..domain.reference import DELEGATIONS
from .common import STORE_HELP, locator_arg, out


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("team", help="team stores on a PostgreSQL server")
    team = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = team.add_parser(
        "init",
        help="create a team store in an empty PostgreSQL database (the schema, the reference "
        "data, our delegation)",
    )
    init.add_argument(
        "--store",
        metavar="URL",
        type=locator_arg,
        required=True,
        help=STORE_HELP.replace("the store: a file, or ", ""),
    )
    init.add_argument(
        "--our-delegation",
        metavar="CODE",
        default="",
        help="our delegation's code, e.g. TH, VN, LA ("
        + ", ".join(d.code for d in DELEGATIONS[:11])
        + ")",
    )
    init.add_argument("--title", default="", help="a title for the store")
    init.set_defaults(func=cmd_team_init)


def cmd_team_init(args: argparse.Namespace) -> int:
    from ..errors import NotSupportedError
    from ..services.store_setup import create_store

    locator = args.store
    if not locator.is_server:
        raise NotSupportedError(
            f"{locator.display} is a file: a team store lives on a PostgreSQL server "
            "(postgresql://user@host/database). For a store file, use 'adgsom-desktop init'."
        )
    store = create_store(locator, our_delegation_code=args.our_delegation, title=args.title)
    store.close()
    out(f"Created a team store in {locator.display}")
    out(f"Open it: adgsom-desktop --store {locator.display}")
    return 0
