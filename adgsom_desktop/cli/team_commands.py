"""team: a team store on a PostgreSQL server (several people write at once) and its
members, each signing in with a login of their own (init, add-member, remove-member,
members)."""

from __future__ import annotations

import argparse

from ..domain.reference import DELEGATIONS
from .common import STORE_HELP, locator_arg, open_services, out
from .id_args import PERSON_ID

_URL_HELP = (
    "the team store (postgresql://owner@host/database; the password from PGPASSWORD or ~/.pgpass)"
)


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

    add = team.add_parser(
        "add-member",
        help="give a person of our delegation a login of their own on the team store "
        "(the password is asked for, or read as one line of standard input)",
    )
    add.add_argument("--store", metavar="URL", type=locator_arg, required=True, help=_URL_HELP)
    add.add_argument(
        "--person", metavar="ID", type=PERSON_ID, required=True, help="the person's id"
    )
    add.add_argument(
        "--login", required=True, help="their login (a-z, 0-9, _): the role is <database>_<login>"
    )
    add.add_argument(
        "--role",
        required=True,
        choices=("head", "alternate", "member", "reader"),
        help="head and alternate approve briefs; a member writes; a reader only reads",
    )
    add.set_defaults(func=cmd_add_member)
    remove = team.add_parser(
        "remove-member", help="a member's login stops working at once (open sessions end)"
    )
    remove.add_argument("--store", metavar="URL", type=locator_arg, required=True, help=_URL_HELP)
    remove.add_argument("--login", required=True, help="the member's login")
    remove.set_defaults(func=cmd_remove_member)
    members = team.add_parser("members", help="who signs in to the team store, with which role")
    members.add_argument("--store", metavar="URL", type=locator_arg, required=True, help=_URL_HELP)
    members.set_defaults(func=cmd_members)


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


def _member_password() -> str:
    """The new member's password: asked twice on a terminal, else one line of standard
    input; never an argument (arguments show in ``ps``)."""
    import getpass
    import sys

    from ..errors import ValidationError

    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("The member's password: ")
        if getpass.getpass("Repeat it: ") != first:
            raise ValidationError("The two passwords differ: nothing was changed.")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line.strip():
        raise ValidationError(
            "Give the member's password: on a terminal (asked twice), or as one line on "
            "standard input."
        )
    return line.rstrip("\r\n")


def _sign_in_url(locator: object, role: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(getattr(locator, "remembered", ""))
    return url.set(username=role, password=None).render_as_string(hide_password=True)


def cmd_add_member(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        services.team.members()  # a store file refuses here, before the password is asked
        member = services.team.add_member(args.person, args.login, args.role, _member_password())
    finally:
        services.close()
    out(
        f"Added {member.name} as {member.role}: sign in as {_sign_in_url(args.store, member.login_role)}"
    )
    return 0


def cmd_remove_member(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        member, ended = services.team.remove_member(args.login)
    finally:
        services.close()
    out(f"Removed {member.name} ({member.login_role}): that login no longer signs in.")
    if ended < 0:
        out(
            "Their open sessions could not be ended from this login (it needs the "
            "pg_signal_backend role): they last until they disconnect, and that login "
            "cannot sign in again."
        )
    else:
        out(f"{ended} open session{'' if ended == 1 else 's'} ended.")
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        members = services.team.members()
        signed = services.team.signed_in()
    finally:
        services.close()
    if not members:
        out("No members yet: add them with 'adgsom-desktop team add-member'.")
    for m in members:
        state = (
            f"removed {m.removed_at:%d %b %Y}" if m.removed_at else f"since {m.added_at:%d %b %Y}"
        )
        out(f"  {m.login:<16} {m.role:<10} {m.name}  ({m.login_role}, {state})")
    if signed is not None:
        out(f"Signed in as {signed.name} ({signed.role})")
    return 0
