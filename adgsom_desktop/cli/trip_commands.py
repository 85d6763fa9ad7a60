"""trip take / trip return: one event of a team store on a laptop, and back (#17)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ValidationError
from .common import add_store_option, counted, new_passphrase, open_services, out
from .id_args import EVENT_ID


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("trip", help="trip copies: an event of a team store taken offline")
    trip = p.add_subparsers(dest="trip_command", metavar="ACTION", required=True)
    take = trip.add_parser(
        "take",
        help="copy one event (its meetings, briefs, notes...) of a team store into a new "
        "local store, which remembers where it came from",
    )
    add_store_option(take, required=True)
    take.add_argument("--event", type=EVENT_ID, required=True, help="the event's id")
    take.add_argument("--to", metavar="FILE", type=Path, required=True, help="the new store")
    how = take.add_mutually_exclusive_group()
    how.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the trip copy with a new passphrase, as it is by default (asked twice "
        "on a terminal; one line of standard input otherwise, after the team store's if it "
        "asks for one)",
    )
    how.add_argument(
        "--plain",
        action="store_true",
        help="write the trip copy unencrypted: anyone with the file reads the red lines and "
        "the not-for-disclosure background (a warning says so)",
    )
    take.set_defaults(func=cmd_trip_take)
    ret = trip.add_parser(
        "return",
        help="bring a trip copy back: what changed on the laptop goes into the team store, "
        "what changed there comes into the copy; conflicts kept on both sides",
    )
    add_store_option(ret, required=True)
    ret.set_defaults(func=cmd_trip_return)


def cmd_trip_take(args: argparse.Namespace) -> int:
    from ..services.trip_service import take_trip

    services = open_services(args)
    try:
        passphrase = None if args.plain else _trip_passphrase(args)
        took = take_trip(services, args.event, args.to, passphrase)
    finally:
        services.close()
    meetings, records = counted(took.meetings, "meeting"), counted(took.records, "record")
    out(f"Took {took.event} to {took.path}: {meetings}, {records}.")
    if took.left_out:
        out(
            f"Left out: {', '.join(w.lower() for w in took.left_out)}: only the head of "
            "delegation and the alternate read them; this copy holds what the delegation "
            "reads, and the team store keeps them as they are."
        )
    if took.left_behind:  # what a trip copy carries read-only (review s32 H24)
        out("Read only on the trip copy (changed in the team store, refreshed on each Bring back):")
        for line in took.left_behind:
            out(f"  {line}")
    if passphrase is None:
        print(
            f"warning: {took.path} is NOT encrypted: it holds the event's confidential briefs "
            "(red lines, not-for-disclosure background) in clear. Keep it off laptops that "
            "leave the building, or take it again without --plain.",
            file=sys.stderr,
        )
    else:
        out("The trip copy is encrypted: open it with the passphrase you gave.")
    out(f"Bring it back: adgsom-desktop trip return --store {took.path}")
    return 0


def _trip_passphrase(args: argparse.Namespace) -> str:
    """The trip copy's new passphrase (s31 G3: encrypted by default, as in the GUI)."""
    try:
        passphrase, repeat = new_passphrase(args)
    except ValidationError as exc:
        raise ValidationError(
            "A trip copy is encrypted: give its new passphrase on a terminal (asked twice) or "
            "as one line of standard input, after the team store's if it asks for one; "
            "--plain writes it unencrypted."
        ) from exc
    if repeat is not None and repeat != passphrase:
        raise ValidationError("The two passphrases differ: nothing was done.")
    return passphrase


def cmd_trip_return(args: argparse.Namespace) -> int:
    from ..services.trip_service import return_trip
    from .bundle_commands import _print_report

    services = open_services(args)
    try:
        info = services.trips.trip_of()
        back = return_trip(services)
    finally:
        services.close()
    out("Into the team store:")
    _print_report(back.to_team, False, info.locator if info is not None else "")
    out("Into this trip copy:")
    _print_report(back.to_trip, False, str(args.store.display))
    if back.left_behind:  # named under "Into the team store", said again where it is seen
        print(
            f"warning: {counted(len(back.left_behind), 'part')} changed on this laptop could not "
            "be brought back (listed above as NOT brought back): they are on this trip copy "
            "only.",
            file=sys.stderr,
        )
    return 0
